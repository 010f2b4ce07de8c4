"""``evacplan export``: files, messages and failures as an officer meets them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner.cli import main
from planner.db import open_operation
from planner.db.models import Person
from tests.manifest_plans import store_small_operation


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "operation.sqlite"
    operation = open_operation(path, create=True)
    try:
        with operation.session() as session:
            store_small_operation(session)
    finally:
        operation.close()
    return str(path)


def test_export_writes_an_owner_only_workbook(db: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "manifests.xlsx"
    assert main(["--db", db, "export", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.out.strip() == (f"Wrote the embassy copy of plan 1 to {out}: "
                                   "2 flights, 6 passengers")
    assert printed.err == ""
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_bytes()[:2] == b"PK"


def test_export_airline_pdf(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "airline.pdf"
    assert main(["--db", db, "export", str(out), "--copy", "airline",
                 "--flight", "GA 123 2026-03-07"]) == 0
    assert "airline and immigration copy of plan 1" in capsys.readouterr().out
    assert out.read_bytes()[:5] == b"%PDF-"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


@pytest.mark.parametrize(("arguments", "message"), [
    (["out.txt"], "Cannot export manifests to out.txt: name the file .xlsx or .pdf"),
    (["out.xlsx", "--plan", "9"], "There is no plan 9 in this operation"),
    (["out.xlsx", "--flight", "QZ 1 2026-01-01"], "Plan 1 puts no one on flight 'QZ 1 2026-01-01'"),
])
def test_mistakes_are_one_line_and_write_nothing(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, arguments: list[str], message: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", db, "export", *arguments]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not list(tmp_path.glob("*out*"))


def test_missing_pdf_renderer_is_a_clear_error(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("planner.export.service.entry_points", lambda **_: [])
    assert main(["--db", db, "export", str(tmp_path / "m.pdf")]) == 1
    err = capsys.readouterr().err
    assert "No PDF renderer is installed" in err and err.count("\n") == 1
    assert not (tmp_path / "m.pdf").exists()


def test_replaced_characters_are_warned_about_without_the_text(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    operation = open_operation(db)
    try:
        with operation.session() as session:
            person = session.query(Person).filter_by(case_no="C-000004").one()
            person.notes = "secret\x00detail"
    finally:
        operation.close()
    assert main(["--db", db, "export", str(tmp_path / "m.xlsx")]) == 0
    err = capsys.readouterr().err
    assert err == ("evacplan: warning: sheet 'GA 123 2026-03-07', row 7, column Notes: "
                   "control characters replaced\n")


def test_a_folder_in_the_way_is_a_clear_error(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "taken.xlsx").mkdir()
    assert main(["--db", db, "export", str(tmp_path / "taken.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"evacplan: Cannot write {tmp_path / 'taken.xlsx'}: ")
    assert err.count("\n") == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".taken")] == []
