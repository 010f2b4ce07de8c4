"""A dry run ends as the import would (it exited 0 while the import it tried would be
refused), and a column of numbers is described as numbers, not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.cli import new_operation_file, run

ALL_BAD = ("Nama,Jenis Kelamin,Tanggal Lahir,HP,Umur\n"
           "Siti Aminah,X,1990-13-03,087129262708,34\n"
           "Budi,Q,1985-05-36,081234567890,40\n")
ONE_BAD = ALL_BAD + "Ani,P,1991-02-03,081234567891,35\n"


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, Path, Path]:
    (tmp_path / "allbad.csv").write_text(ALL_BAD, encoding="utf-8")
    (tmp_path / "onebad.csv").write_text(ONE_BAD, encoding="utf-8")
    return str(new_operation_file(tmp_path)), tmp_path / "allbad.csv", tmp_path / "onebad.csv"


@pytest.mark.parametrize(("lang", "last", "error", "numbers"), [
    ("en", "Dry run: nothing was changed. The import would be refused: 2 rows are invalid",
     "the import of onebad.csv would be refused: 2 rows are invalid (listed above)",
     "E Umur: ages (whole numbers from 34 to 40 (ages?))"),
    ("id", "Uji coba: tidak ada yang diubah. Impor akan ditolak: 2 baris tidak valid",
     "impor onebad.csv akan ditolak: 2 baris tidak valid (tercantum di atas)",
     "E Umur: umur (bilangan bulat dari 34 sampai 40 (umur?))")])
def test_a_dry_run_the_import_would_refuse_fails_and_says_so(
        capsys: pytest.CaptureFixture[str], files: tuple[str, Path, Path], lang: str,
        last: str, error: str, numbers: str) -> None:
    # A file with a valid row (one where every row is invalid: test_import_nothing_to_import).
    db, _, one_bad = files
    code, out, err = run(capsys, "--db", db, "--lang", lang, "import", str(one_bad),
                         "--dry-run")
    assert code != 0
    assert out.splitlines()[-1].startswith(last)
    assert error in err
    assert numbers in out
    # The import itself fails the same way.
    assert run(capsys, "--db", db, "--lang", lang, "import", str(one_bad))[0] != 0


def test_no_valid_row_fails_with_skip_invalid_too(capsys: pytest.CaptureFixture[str],
                                                  files: tuple[str, Path, Path]) -> None:
    db, all_bad, one_bad = files
    for dry in (["--dry-run"], []):
        code, out, err = run(capsys, "--db", db, "import", str(all_bad), "--skip-invalid", *dry)
        assert code != 0
        assert "no row of allbad.csv can be imported (2 rejected)" in out.splitlines()[-1]
        assert "no row of allbad.csv can be imported: 2 rejected (listed above)" in err
    # A file with a valid row: its dry run with --skip-invalid succeeds, as its import does.
    code, out, _ = run(capsys, "--db", db, "import", str(one_bad), "--skip-invalid",
                       "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == "Dry run: nothing was changed."
    code, out, err = run(capsys, "--db", db, "import", str(one_bad), "--dry-run")
    assert code != 0
    assert "would be refused: 2 rows are invalid" in err
