"""An import that can take nothing says why, as an officer reads it: a file with its
headers and no row under them is a mistake (it said "Nothing changed: the operation
already holds everything" and exited 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.importing.cli import new_operation_file, run

HEADERS = "case_no,full_name,sex,date_of_birth,household\n"


@pytest.mark.parametrize(("lang", "error"), [
    ("en", "nothing to import: sheet 'kosong' of kosong.csv has no rows under its "
           "headers (header row 1)"),
    ("id", "tidak ada yang diimpor: lembar 'kosong' dari kosong.csv tidak memiliki baris "
           "di bawah judulnya (baris judul 1)")])
@pytest.mark.parametrize("dry", [[], ["--dry-run"]])
def test_a_file_of_headers_only_fails_naming_file_and_sheet(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, error: str,
        dry: list[str]) -> None:
    db = str(new_operation_file(tmp_path))
    (tmp_path / "kosong.csv").write_text(HEADERS + "\n,,,,\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--lang", lang, "import",
                         str(tmp_path / "kosong.csv"), *dry)
    assert code == 1
    assert err.splitlines() == [f"evacplan: {error}"]
    assert "Nothing changed" not in out and "Tidak ada yang berubah" not in out
    assert "nothing was changed" not in out.lower()


def test_a_workbook_whose_sheets_have_headers_only_names_each(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(new_operation_file(tmp_path))
    book = Workbook()
    book.active.title = "Persons"
    book.active.append(HEADERS.strip().split(","))
    flights = book.create_sheet("Flights")
    flights.append(["flight_no", "date", "from", "to", "seats"])
    book.save(tmp_path / "blank.xlsx")
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "blank.xlsx"))
    assert code == 1
    assert err.splitlines() == [
        "evacplan: nothing to import: sheets 'Persons', 'Flights' of blank.xlsx have no "
        "rows under their headers"]


def test_a_file_with_rows_already_imported_still_says_nothing_changed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(new_operation_file(tmp_path))
    roster = tmp_path / "roster.csv"
    roster.write_text(HEADERS + "C-1,Siti Aminah,F,1990-03-03,H-1\n", encoding="utf-8")
    assert run(capsys, "--db", db, "import", str(roster))[0] == 0
    code, out, err = run(capsys, "--db", db, "import", str(roster))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == ("Nothing changed: the operation already holds "
                                    "everything in roster.csv.")
