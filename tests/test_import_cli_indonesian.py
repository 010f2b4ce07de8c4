"""``evacplan import --lang id`` says its whole report in Indonesian: the headings, the
counts, the dry run's and the refusal's sentences and the command's last line (they were
English while the reasons were Indonesian)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.importing.cli import new_operation_file, run
from tests.importing.office_rosters import family_column_unnamed

ROSTER = ("Case No,Full name,Sex,Date of birth,Passport no,Household,Airports\n"
          "N-1,Siti Aminah,F,1990-01-02,X1234567,H1,CGK\n"
          "N-2,Budi Santoso,Q,1990-01-02,X1234568,H2,CGK\n"
          "N-3,Ani Wulandari,F,notadate,X1234569,H3,CGK\n")

#: Sentences of the English report that the Indonesian one must not keep.
ENGLISH = ("Read bad.csv", "header row", "Rejected rows (2):", "Persons (would be):",
           "added", "unchanged", "rejected", "Dry run: nothing was changed.",
           "Nothing was imported: 2 rows are invalid",
           "nothing was imported from bad.csv: 2 rows are invalid")


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text(ROSTER, encoding="utf-8")
    return path


@pytest.mark.parametrize("dry_run", [True, False])
def test_the_import_report_is_all_indonesian(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path, roster: Path,
                                             dry_run: bool) -> None:
    db = str(new_operation_file(tmp_path))
    extra = ["--dry-run"] if dry_run else []
    english = run(capsys, "--db", db, "import", str(roster), *extra)
    indonesian = run(capsys, "--db", db, "import", str(roster), "--lang", "id", *extra)
    assert english[0] == indonesian[0] == 1  # a dry run fails as the import it tries would
    english_text = english[1] + english[2]
    indonesian_text = indonesian[1] + indonesian[2]
    said = [s for s in ENGLISH if s in english_text]
    assert len(said) >= 8, english_text  # the English run says them
    assert [s for s in said if s in indonesian_text] == [], indonesian_text
    assert "Baris yang ditolak (2):" in indonesian_text
    assert "Orang (akan): 1 ditambahkan, 0 diperbarui, 0 tidak berubah, 2 ditolak" \
        in indonesian_text
    if dry_run:
        assert "Uji coba: tidak ada yang diubah." in indonesian_text
    else:
        assert "Tidak ada yang diimpor: 2 baris tidak sah" in indonesian_text
        assert "tidak ada yang diimpor dari bad.csv: 2 baris tidak sah" in indonesian[2]


def test_a_bad_airport_says_a_city_is_taken_too(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    """The import reads cities ('Surabaya', 'Kota Surabaya') as well as codes, and its
    refusal of a place it does not know says so, in both languages (it asked for a
    three-letter code only)."""
    path = tmp_path / "places.csv"
    path.write_text("Case No,Full name,Sex,Date of birth,Airports\n"
                    "N-1,Siti Aminah,F,1990-01-02,Kota Surabaya\n"
                    "N-2,Budi Santoso,M,1990-01-02,Atlantis\n", encoding="utf-8")
    db = str(new_operation_file(tmp_path))
    _, english, _ = run(capsys, "--db", db, "import", str(path), "--dry-run")
    _, indonesian, _ = run(capsys, "--db", db, "import", str(path), "--dry-run", "--lang", "id")
    assert ("'Atlantis' is not a three-letter airport code such as CGK or a city such as "
            "Surabaya") in english
    assert "'Atlantis' bukan kode bandara tiga huruf seperti CGK atau kota seperti Surabaya" \
        in indonesian
    assert "Kota Surabaya" not in english  # read as SUB
    assert "1 added, 0 updated, 0 unchanged, 1 rejected" in english


def test_the_columns_are_described_in_indonesian(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, roster: Path) -> None:
    """How each column was taken, and what became of the others, in the language too."""
    path = tmp_path / "extra.csv"
    path.write_text(ROSTER.replace("Airports\n", "Airports,Agama\n", 1)
                    .replace(",CGK\n", ",CGK,Islam\n"), encoding="utf-8")
    db = str(new_operation_file(tmp_path))
    mapping = '{"Full name": "full_name"}'
    _, english, _ = run(capsys, "--db", db, "import", str(path), "--dry-run",
                        "--mapping", mapping)
    _, indonesian, _ = run(capsys, "--db", db, "import", str(path), "--dry-run",
                           "--mapping", mapping, "--lang", "id")
    assert "(from the mapping)" in english and "  not imported:" in english
    assert "(dari pemetaan)" in indonesian and "  tidak diimpor:" in indonesian
    assert "(from the mapping)" not in indonesian and "not imported" not in indonesian


def test_a_column_to_decide_says_its_confidence_with_a_decimal_comma(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The proposal's confidence read '0.93' in Indonesian too; it is '0,93' there."""
    case, letter, _ = family_column_unnamed(tmp_path / "roster")
    db = str(new_operation_file(tmp_path))
    lines = {}
    for language in ("en", "id"):
        code, out, _ = run(capsys, "--db", db, "import", str(case.path), "--lang", language)
        assert code == 1
        lines[language] = next(x for x in out.splitlines()
                               if x.strip().startswith(f"{letter} ") and "--ignore-column" in x)
    english = re.search(r"\(confidence (\d)\.(\d\d)\)", lines["en"])
    assert english is not None, lines["en"]
    assert f"{english[1]},{english[2]}" in lines["id"], lines["id"]
    assert f"{english[1]}.{english[2]}" not in lines["id"]
