"""The explanation of an inferred column says each clause once: a header that reads like
another field whose cells hold sex words said "its cells hold sex words (p 6, l 4)"
twice ("..., but its cells hold sex words (p 6, l 4) and 0 % of them read as Status; its
cells hold sex words (p 6, l 4)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.cli import new_operation_file, run

ROWS = [("Siti", "P", "1990-01-02"), ("Budi", "L", "1985-03-04"), ("Ani", "P", "1991-02-03"),
        ("Dewi", "P", "1992-02-03"), ("Eko", "L", "1980-01-01"), ("Fitri", "P", "1993-01-01"),
        ("Gita", "P", "1994-01-01"), ("Hadi", "L", "1970-01-01"), ("Ira", "P", "1990-01-01"),
        ("Joko", "L", "1960-01-01")]


@pytest.mark.parametrize(("lang", "clause"), [
    ("en", "its cells hold sex words (p 6, l 4)"),
    ("id", "sel-selnya berisi kata jenis kelamin (p 6, l 4)")])
def test_an_inferred_column_says_what_its_cells_hold_once(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, clause: str) -> None:
    db = str(new_operation_file(tmp_path))
    roster = tmp_path / "roster.csv"
    roster.write_text("Nama,Status,Tgl Lahir\n" + "".join(f"{','.join(r)}\n" for r in ROWS),
                      encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--lang", lang, "import", str(roster),
                         "--dry-run")
    assert code == 0, err
    line = next(text for text in out.splitlines() if "B Status" in text)
    assert "-> sex" in line
    assert line.count(clause) == 1, line
