"""The import's sentences as codes with facts (issue 15): every code the importer gives has
one template (found by reading the importer, so a code without words fails here), every
template is translated with the same facts, counted things take the right number in both
languages, and the command line writes the rejected rows' reasons in Indonesian when asked,
the same sentences the desktop shows."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from planner.cli import main as cli_main
from planner.importing import RowProblem, analyse
from planner.importing.problems import MergedRow
from planner.words.catalogue import TRANSLATIONS_DIR, catalogue_words, read_ts
from planner.words.import_templates import FIELD_PARTS, IMPORT_TEMPLATES, IMPORT_VALUE_WORDS
from planner.words.render import ENGLISH, placeholders, render
from solvers.reasons import Reason
from tests.ministry_workbook import write_ministry_workbook

ROOT = Path(__file__).resolve().parent.parent
INDONESIAN = catalogue_words("id")
#: Calls whose first string argument (or ``code=``) is an import code.
_CODE_CALLS = {"Reason", "ValueProblem", "UnusableCell", "_reject", "_coded", "_examples_of",
               "ImportFileError", "UndecidedColumns", "_damaged"}
_CODE = re.compile(r"[a-z0-9]+(_[a-z0-9]+)*")


def _import_codes() -> set[str]:
    """Every code planner/importing/ gives: the code arguments of the calls that make one,
    and the codes of the tables that pick one (``{"recognised": "header_listed", ...}``)."""
    codes: set[str] = set()
    for path in sorted((ROOT / "planner" / "importing").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in _CODE_CALLS:
                    continue
                args = [*node.args, *(k.value for k in node.keywords if k.arg == "code")]
                args += [part for a in args if isinstance(a, ast.IfExp)
                         for part in (a.body, a.orelse)]
                codes |= {a.value for a in args if isinstance(a, ast.Constant)
                          and isinstance(a.value, str) and _CODE.fullmatch(a.value)}
            elif isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, str) and node.value.value in IMPORT_TEMPLATES:
                codes.add(node.value.value)  # a check that returns its problem's code
    return codes


def test_every_code_the_importer_gives_has_a_template() -> None:
    given = _import_codes()
    assert {"bad_sex", "required", "repeats_person", "spreadsheet_error", "household_runs",
            "namesake", "cells_not_read", "no_header_row", "file_empty", "file_missing",
            "file_is_folder", "part_ends_inside", "columns_undecided"} <= given
    assert given <= IMPORT_TEMPLATES.keys(), given - IMPORT_TEMPLATES.keys()


def test_every_import_template_is_translated_with_the_same_facts() -> None:
    catalogue = {source: text for (context, source, comment), text
                 in read_ts(TRANSLATIONS_DIR / "evacplan_id.ts").items()
                 if not context and not comment}
    sources = [s for entry in IMPORT_TEMPLATES.values() for t in entry.templates()
               for s in t.sentences()]
    sources += [w for table in IMPORT_VALUE_WORDS.values() for w in table.values()]
    sources += list(FIELD_PARTS.values())
    for source in sources:
        assert source in catalogue, f"not translated: {source!r}"
        assert placeholders(catalogue[source]) == placeholders(source), source


def test_no_sentence_is_left_in_the_importer() -> None:
    """The importer states codes and facts; a reason or warning written as an English
    sentence in planner/importing/ (outside error messages) fails here."""
    for path in sorted((ROOT / "planner" / "importing").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        strings = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
                   and isinstance(node.value, str) and id(node) not in docstrings]
        for phrase in ("not a record", "were not read", "repeats the person", "looks like a "
                       "household", "its cells hold", "is missing (required)", "row {"):
            assert not [s for s in strings if phrase in s], (path.name, phrase)


@pytest.mark.parametrize(("facts", "english", "indonesian"), [
    ({"key": "QZ 1 2026-03-05", "first_row": "2", "fields": ["seats"]},
     "repeats QZ 1 2026-03-05 of row 2 but Seats differs",
     "mengulang QZ 1 2026-03-05 dari baris 2 tetapi Kursi berbeda"),
    ({"key": "QZ 1 2026-03-05", "first_row": "2", "fields": ["seats", "carrier"]},
     "repeats QZ 1 2026-03-05 of row 2 but Seats, Carrier differ",
     "mengulang QZ 1 2026-03-05 dari baris 2 tetapi Kursi, Maskapai berbeda"),
])
def test_a_count_of_fields_takes_its_number(facts: dict[str, Any], english: str,
                                            indonesian: str) -> None:
    why = Reason("repeats_record", facts)
    assert render(why) == english
    assert render(why, INDONESIAN) == indonesian


def test_cells_not_read_and_rows_of_another_encoding_count_right() -> None:
    one = Reason("cells_not_read", {"count": 1, "column": "XFD"})
    many = Reason("cells_not_read", {"count": 1200, "column": "XFD"})
    assert render(one) == "1 cell right of column XFD was not read"
    assert render(many) == "1,200 cells right of column XFD were not read"
    assert render(many, INDONESIAN) == "1.200 sel di kanan kolom XFD tidak dibaca"
    rows = Reason("some_rows_cp1252", {"rows": [str(n) for n in range(2, 22)], "rows_more": 5})
    assert "rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 and 5 " \
        "more are Windows-1252" in render(rows)


def test_a_problem_reads_whole_in_either_language() -> None:
    problem = RowProblem("Data WNI", 14, Reason("form_no_such_day", {"day": 31, "days": 28}),
                         "D", "Tgl Lahir", "date_of_birth", "31/02/1990")
    assert str(problem) == ("Data WNI row 14 column D (Tgl Lahir): '31/02/1990': That month "
                            "has 28 days, so there is no day 31.")
    assert problem.text(INDONESIAN) == ("Data WNI baris 14 kolom D (Tgl Lahir): '31/02/1990': "
                                        "Bulan itu punya 28 hari, jadi tidak ada tanggal 31.")
    missing = RowProblem("Persons", 3, Reason("required"), field="full_name")
    assert missing.short == "Full name: is missing (required)"
    assert missing.short_in(INDONESIAN).startswith("Nama lengkap: ")
    merged = MergedRow("Persons", 9, "Sheet2", 4, ("passport_no", "full_name"))
    assert merged.text(ENGLISH) == ("Persons row 9 repeats Sheet2 row 4 (same Passport no., "
                                    "Full name): merged")
    assert "digabung" in merged.text(INDONESIAN)


def test_the_rejects_workbook_and_the_printed_reasons_in_indonesian(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = write_ministry_workbook(tmp_path / "daftar.xlsx", persons=10, bad_rows=2)
    database = tmp_path / "op.sqlite"
    assert cli_main(["--db", str(database), "init"]) == 0
    rejects = tmp_path / "tolak.xlsx"
    code = cli_main(["--db", str(database), "import", str(workbook), "--skip-invalid",
                     "--rejects", str(rejects), "--lang", "id"])
    assert code == 0
    printed = capsys.readouterr().out
    sheet = load_workbook(rejects).active
    headers = [c.value for c in sheet[1]]
    problems = [row[headers.index("Problem")] for row in sheet.iter_rows(min_row=2,
                                                                         values_only=True)]
    assert len(problems) == 2 and all(problems)
    rejected = [p for row in analyse(workbook).rejected for p in row.problems]
    assert problems == [p.short_in(INDONESIAN) for p in rejected]
    assert problems != [p.short for p in rejected]
    for problem in rejected:
        assert f"  {problem.text(INDONESIAN)}\n" in printed, printed
