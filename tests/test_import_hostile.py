"""Hostile and broken files: each gets its clear message (or its records) and leaves the
operation unchanged; the real-world corpus of odd workbooks, every file of it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import defusedxml
import openpyxl
import pytest

from planner.db import Operation
from planner.importing import (
    ImportFileError,
    ImportOptions,
    SheetKind,
    analyse,
    limits,
    run_import,
)
from planner.words.render import render
from tests.importing import hostile_files as hostile
from tests.importing.state import counts, roster

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/calamine")


def test_defusedxml_is_installed_and_used() -> None:
    assert defusedxml.__version__
    assert openpyxl.DEFUSEDXML  # openpyxl, used to write workbooks, parses safely too


@pytest.mark.parametrize(("make", "message"), [
    (hostile.encrypted, "protected with a password"),
    (hostile.billion_laughs, "declares XML entities or a document type"),
    (hostile.external_entity, "declares XML entities or a document type"),
    (hostile.compression_bomb, "compression bomb"),
    (hostile.row_beyond_the_sheet, "beyond the 1,048,576 rows"),
    (hostile.truncated, "damaged"),
], ids=lambda v: getattr(v, "__name__", "")[:30])
def test_hostile_files_get_a_clear_message_and_change_nothing(
        sqlite_operation: Operation, tmp_path: Path, make: Callable[[Path], Path],
        message: str) -> None:
    path = make(tmp_path / "roster.xlsx")
    before = counts(sqlite_operation)
    with pytest.raises(ImportFileError, match=message) as caught:
        run_import(sqlite_operation, path)
    assert "roster.xlsx" in str(caught.value)
    assert counts(sqlite_operation) == before


def test_huge_shared_strings_are_refused(sqlite_operation: Operation, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = hostile.persons(tmp_path / "r.xlsx", hostile.GOOD_ROW)
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS_BYTES", 100)
    with pytest.raises(ImportFileError, match="shared text table unpacks to"):
        run_import(sqlite_operation, path)
    assert counts(sqlite_operation)["persons"] == 0


def test_absurd_dimensions_are_read_without_filling_them(sqlite_operation: Operation,
                                                        tmp_path: Path) -> None:
    report = run_import(sqlite_operation, hostile.absurd_dimensions(tmp_path / "r.xlsx"))
    assert report.counts[SheetKind.PERSONS].added == 1
    notes = [render(w) for w in report.warnings]
    assert any("right of column" in w and "not read" in w for w in notes), notes


def test_prefixed_elements_are_read_like_plain_ones(sqlite_operation: Operation,
                                                   tmp_path: Path) -> None:
    report = run_import(sqlite_operation, hostile.prefixed_namespace(tmp_path / "r.xlsx"))
    assert report.counts[SheetKind.PERSONS].added == 2
    people = {p["full_name"]: p for p in roster(sqlite_operation)}
    assert people["Nur"]["household"] == people["Siti"]["household"] == "KLG-1"


def test_formula_without_a_saved_result_rejects_its_row(sqlite_operation: Operation,
                                                        tmp_path: Path) -> None:
    path = hostile.formula_without_value(tmp_path / "r.xlsx")
    report = run_import(sqlite_operation, path, ImportOptions(skip_invalid=True))
    [row] = report.rejected
    assert row.number == 3 and "formula without a saved result" in row.problems[0].reason
    assert report.counts[SheetKind.PERSONS].added == 2  # the cached result of row 4 is used


def test_a_cell_beyond_excels_limit_rejects_its_row(sqlite_operation: Operation,
                                                    tmp_path: Path) -> None:
    report = run_import(sqlite_operation, hostile.oversized_cell(tmp_path / "r.xlsx"))
    assert not report.committed
    [row] = report.rejected
    assert "32,767 characters" in row.problems[0].reason
    assert counts(sqlite_operation)["persons"] == 0


def _corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.name not in ("README.md", "LICENSE-MIT.md"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus {CORPUS} is not on this machine")
def test_every_corpus_file_ends_in_records_or_a_clear_message(tmp_path: Path) -> None:
    files = _corpus_files()
    assert len(files) >= 130
    db = tmp_path / "corpus.sqlite"
    results: dict[str, dict[str, object]] = {}
    pending = [str(f) for f in files]
    while pending:  # a crashed worker is restarted after the file it died on
        done = subprocess.run(
            [sys.executable, "-m", "tests.importing.corpus_worker", str(db), *pending],
            capture_output=True, text=True, cwd=ROOT, timeout=900)
        for line in done.stdout.splitlines():
            result = json.loads(line)
            results[result["file"]] = result
        remaining = [f for f in pending if f not in results]
        if remaining:
            results[remaining[0]] = {"outcome": "crash", "message": done.stderr[-500:]}
            remaining = remaining[1:]
        pending = remaining
    bad = {Path(f).name: (r["outcome"], r["message"]) for f, r in results.items()
           if r["outcome"] not in ("records", "message")}
    assert not bad, bad
    empty = None
    for name, result in results.items():
        if result["outcome"] == "message":
            assert str(result["message"]).strip() and "\n" not in str(result["message"]), name
        current = result["counts"]
        assert isinstance(current, dict)
        if empty is None:
            empty = current
        # None of these files holds a valid roster: the operation never changes.
        assert current["persons"] == 0 and current["flights"] == 0, name
        assert current["shelters"] == 0 and current["document_slots"] == 0, name
        assert current["import_batches"] == 0 and current["audit_log"] == empty["audit_log"], name
    slowest = max(float(r.get("seconds", 0)) for r in results.values())  # type: ignore[arg-type]
    assert slowest < 30


def test_old_formats_are_read_or_the_message_says_how_to_convert(tmp_path: Path) -> None:
    for name in ("date.xls", "date.ods", "date.xlsb"):
        source = CORPUS / name
        if not source.exists():
            pytest.skip("corpus not available")
        with pytest.raises(ImportFileError, match="no sheet of persons"):
            analyse(source)  # read fine; it simply holds no roster


def test_a_shared_text_index_that_is_not_a_number_rejects_its_row(
    sqlite_operation: Operation, tmp_path: Path
) -> None:
    """Found by the fuzz test: ``<c t="s"><v>abc</v></c>`` once escaped as a ValueError."""
    from tests.importing.raw_xlsx import Raw, RawSheet, write_raw_xlsx

    path = write_raw_xlsx(tmp_path / "r.xlsx", [RawSheet("Persons", [
        ["Full Name", "Sex", "Date of Birth"],
        ["Siti Rahayu", "F", dt.date(1990, 5, 17)],
        [Raw('<c r="{ref}" t="s"><v>abc</v></c>'), "M", dt.date(1988, 1, 2)],
    ])])
    report = run_import(sqlite_operation, path, ImportOptions(skip_invalid=True))
    assert report.counts[SheetKind.PERSONS].added == 1
    [row] = report.rejected
    assert row.number == 3
    assert counts(sqlite_operation)["persons"] == 1
