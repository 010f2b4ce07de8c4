"""``evacplan import`` through its entry point: what it prints, --dry-run, --skip-invalid,
--rejects, --mapping, --sheet, and one clear line on stderr for every failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.db import open_operation
from tests.importing import ministry_roster as ministry
from tests.importing.cli import new_operation_file, run
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx
from tests.importing.state import counts, roster, snapshot


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_operation_file(tmp_path)


def test_prints_columns_ignored_columns_problems_and_counts(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = ministry.write_ministry_roster(tmp_path / "roster.xlsx").path
    code, out, err = run(capsys, "--db", str(db), "import", str(path), "--skip-invalid")
    assert code == 0, err
    assert "Sheet 'Data WNI': persons, header row 4" in out
    assert "B NAMA LENGKAP" in out and "-> full_name" in out
    assert "D TEMPAT, TGL. LAHIR" in out and "-> date_of_birth" in out
    assert ("Data WNI row 14 column D (TEMPAT, TGL. LAHIR): '31/02/1990': That month has "
            "28 days, so there is no day 31.") in out
    assert "Persons: 8 added, 0 updated, 0 unchanged, 1 repeated row merged, 3 rejected" in out
    assert "Data WNI row 13 repeats row 5 (same Passport no., Full name, Date of birth): " \
        "merged" in out
    assert "  not imported:\n    A NO: row numbers\n" in out
    assert "Data WNI row 18: a totals line" in out
    assert "Imported roster.xlsx as import batch" in out


def test_dry_run_changes_nothing_not_even_the_audit_log(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = ministry.write_ministry_roster(tmp_path / "roster.xlsx").path
    operation = open_operation(db)
    try:
        before, before_counts = snapshot(operation), counts(operation)
        code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--dry-run")
        # Its invalid rows would have the import refused: the dry run fails as it would.
        assert code == 1
        assert "Persons (would be): 8 added" in out and "Dry run: nothing was changed." in out
        assert snapshot(operation) == before
        assert counts(operation) == before_counts  # audit_log and import_batches included
    finally:
        operation.close()


def test_invalid_rows_import_nothing_and_fail_with_one_line(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = ministry.write_ministry_roster(tmp_path / "roster.xlsx").path
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1
    assert err.count("\n") == 1 and "nothing was imported from roster.xlsx: 3 rows" in err
    assert "Traceback" not in err
    operation = open_operation(db)
    try:
        assert counts(operation)["persons"] == 0
    finally:
        operation.close()


def test_rejects_workbook_can_be_corrected_and_imported(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = ministry.write_ministry_roster(tmp_path / "roster.xlsx").path
    rejects = tmp_path / "rejects.xlsx"
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--skip-invalid",
                       "--rejects", str(rejects))
    assert code == 0 and "Wrote 3 rejected rows" in out
    assert (rejects.stat().st_mode & 0o777) == 0o600
    workbook = load_workbook(rejects)
    sheet = workbook["Persons"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Case No", "Household", "Full Name", "Sex", "Date of Birth"]
    assert header[-3:] == ["Problem", "Source Sheet", "Source Row"]
    rows = {r[header.index("Source Row")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == set(ministry.BROKEN_ROWS)
    assert "there is no day 31" in rows[14][header.index("Problem")]
    assert rows[14][header.index("Date of Birth")] == "31/02/1990"
    # The officer corrects the three rows in the rejects workbook and imports it.
    fixes = {14: ("Date of Birth", "28/02/1990"), 15: ("Sex", "L"),
             16: ("Full Name", "Wulan Sari")}
    for number, (column, value) in fixes.items():
        for row in sheet.iter_rows(min_row=2):
            if row[header.index("Source Row")].value == number:
                row[header.index(column)].value = value
    workbook.save(rejects)
    code, out, err = run(capsys, "--db", str(db), "import", str(rejects))
    assert code == 0, err
    assert "Persons: 3 added, 0 updated, 0 unchanged, 0 rejected" in out
    assert "not imported:" in out and "Problem: the rejects workbook" in out
    operation = open_operation(db)
    try:
        names = {p["full_name"] for p in roster(operation)}
    finally:
        operation.close()
    assert {"Hendra Gunawan", "Yusuf", "Wulan Sari"} <= names and len(names) == 11


def test_mapping_file_and_sheet_option(db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = write_raw_xlsx(tmp_path / "odd.xlsx", [
        RawSheet("Notes", [["nothing here"]]),
        RawSheet("Sheet2", [["Nm", "Klm", "Lhr"], ["Siti", "P", "01/01/1990"]]),
    ])
    code, _, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1 and "holds no sheet of persons" in err and "--mapping" in err
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"Nm": "full_name", "Klm": "sex", "Lhr": "date_of_birth"}),
                       encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(path), "--sheet", "Sheet2",
                         "--mapping", str(mapping))
    assert code == 0, err
    assert "A Nm  -> full_name (from the mapping)" in out
    assert "Persons: 1 added" in out


@pytest.mark.parametrize(("args", "message"), [
    (["import", "{tmp}/missing.xlsx"], "No file at"),
    (["import", "{roster}", "--mapping", "{tmp}/none.json"], "Cannot read the mapping"),
    (["import", "{roster}", "--sheet", "Lain"], "has no sheet named 'Lain'"),
    (["import", "/work/shared/corpus/calamine/pass_protected.xlsx"], "protected with a password"),
])
def test_failures_are_one_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               args: list[str], message: str) -> None:
    roster_path = ministry.write_ministry_roster(tmp_path / "roster.xlsx").path
    filled = [a.format(tmp=tmp_path, roster=roster_path) for a in args]
    code, _, err = run(capsys, "--db", str(db), *filled)
    assert code == 1
    assert err.count("\n") == 1 and message in err, err


def test_one_invalid_row_is_counted_in_the_singular(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "two.csv"
    path.write_text("Full Name,Sex,Date of Birth\nSiti Rahma,F,1990-05-17\n"
                    "Budi Santoso,X,1988-01-02\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1
    assert "Nothing was imported: 1 row is invalid; correct it or import" in out
    assert "nothing was imported from two.csv: 1 row is invalid (listed above); correct it " \
        "or use --skip-invalid" in err
