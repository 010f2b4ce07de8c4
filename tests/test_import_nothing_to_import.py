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


ALL_BAD = ("Nama,Jenis Kelamin,Tanggal Lahir,HP\n"
           "Siti Aminah,X,1990-13-03,087129262708\n"
           "Budi,Q,1985-05-36,081234567890\n"
           "Ani,Z,1985-05-06,081234567891\n")


@pytest.mark.parametrize(("lang", "last", "error"), [
    ("en", "No row of allbad.csv can be imported (3 rejected), so --skip-invalid would import "
           "nothing; the commonest problems: (1) column B (Jenis Kelamin), 3 rows, such as "
           "'X': not a sex (M/F, L/P, Male/Female, Laki-laki/Perempuan); (2) column C "
           "(Tanggal Lahir), 2 rows, such as '1990-13-03': There is no month 13",
     "evacplan: no row of allbad.csv can be imported: 3 rejected (listed above)"),
    ("id", "Tidak ada baris allbad.csv yang dapat diimpor (3 ditolak), jadi --skip-invalid "
           "tidak akan mengimpor apa pun; masalah yang paling sering: (1) kolom B (Jenis "
           "Kelamin), 3 baris, misalnya 'X': ",
     "evacplan: tidak ada baris allbad.csv yang dapat diimpor: 3 ditolak (tercantum di atas)")])
@pytest.mark.parametrize("dry", [[], ["--dry-run"]])
def test_every_row_invalid_says_none_can_be_imported_and_why_not_skip_invalid(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, last: str,
        error: str, dry: list[str]) -> None:
    db = str(new_operation_file(tmp_path))
    (tmp_path / "allbad.csv").write_text(ALL_BAD, encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--lang", lang, "import",
                         str(tmp_path / "allbad.csv"), *dry)
    assert code == 1
    assert last in out.splitlines()[-1]
    assert "correct them or import the valid rows" not in out
    assert err.splitlines() == [error]
