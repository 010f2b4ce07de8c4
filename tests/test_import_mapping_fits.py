"""A ``--mapping`` that fits no sheet of the file is refused naming what does not match:
which of its columns the file lacks, what the nearest header row reads, or the sheet it
is for that the file does not have (the refusal told the officer who had given one to
"name the columns with --mapping"), in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.importing.cli import new_operation_file, run

ODD = "Col1,Col2,Col3\nSiti Aminah,P,1990-02-03\nBudi,L,1985-05-06\n"
PART = "Nama Lengkap,X,Y\nSiti Aminah,P,1990-02-03\n"


def _files(tmp_path: Path, roster: str, mapping: dict[str, object]) -> tuple[str, str, str]:
    db = str(new_operation_file(tmp_path))
    (tmp_path / "roster.csv").write_text(roster, encoding="utf-8")
    (tmp_path / "m.json").write_text(json.dumps(mapping), encoding="utf-8")
    return db, str(tmp_path / "roster.csv"), str(tmp_path / "m.json")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "roster.csv holds no sheet the mapping m.json fits ('roster': no row near the top has "
           "the mapping's columns 'Nama Lengkap', 'JK', 'Tgl Lahir' (the nearest, row 1, "
           "reads 'Col1', 'Col2', 'Col3')"),
    ("id", "roster.csv tidak berisi lembar yang cocok dengan pemetaan m.json ('roster': tidak ada "
           "baris di bagian atas yang memuat kolom pemetaan 'Nama Lengkap', 'JK', 'Tgl Lahir' "
           "(yang terdekat, baris 1, berbunyi 'Col1', 'Col2', 'Col3')")])
@pytest.mark.parametrize("dry_run", [True, False])
def test_the_mapping_s_columns_the_file_lacks_are_named(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, said: str,
        dry_run: bool) -> None:
    db, roster, mapping = _files(tmp_path, ODD, {
        "Nama Lengkap": "full_name", "JK": "sex", "Tgl Lahir": "date_of_birth"})
    code, out, err = run(capsys, "--db", db, "--lang", lang, "import", roster, "--mapping",
                         mapping, *(["--dry-run"] if dry_run else []))
    assert code != 0
    assert said in err
    assert "--mapping\n" not in err and "with --mapping" not in err
    assert "dengan --mapping\n" not in err


def test_a_column_the_file_has_is_not_named(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    db, roster, mapping = _files(tmp_path, PART, {
        "Nama Lengkap": "full_name", "JK": "sex", "Tgl Lahir": "date_of_birth"})
    code, _out, err = run(capsys, "--db", db, "import", roster, "--mapping", mapping)
    assert code != 0
    assert "the mapping's columns 'JK', 'Tgl Lahir' (the nearest, row 1, reads " \
           "'Nama Lengkap', 'X', 'Y')" in err


def test_mapping_columns_found_but_too_few_ask_for_the_kind(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db, roster, mapping = _files(tmp_path, PART, {"Nama Lengkap": "full_name"})
    code, _out, err = run(capsys, "--db", db, "import", roster, "--mapping", mapping)
    assert code != 0
    assert "add the sheet's kind to the mapping" in err
    # With the kind the same file imports (sex and date of birth named by letter).
    (tmp_path / "m.json").write_text(json.dumps({
        "kind": "persons", "columns": {"Nama Lengkap": "full_name", "X": "sex",
                                       "Y": "date_of_birth"}}), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", roster, "--mapping", mapping)
    assert code == 0, err


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "the mapping m.json is for the sheet 'Data', and roster.csv has no sheet of that name "
           "(its sheets: 'roster')"),
    ("id", "pemetaan m.json ditujukan untuk lembar 'Data', dan roster.csv tidak punya lembar bernama "
           "itu (lembarnya: 'roster')")])
def test_a_mapping_for_a_sheet_the_file_lacks_says_so(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, said: str) -> None:
    db, roster, mapping = _files(tmp_path, ODD, {"sheet": "Data",
                                                 "columns": {"Col1": "full_name"}})
    code, _out, err = run(capsys, "--db", db, "--lang", lang, "import", roster, "--mapping",
                          mapping)
    assert code != 0
    assert said in err
