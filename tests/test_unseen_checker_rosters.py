"""Rosters as an independent checker would bring them (``tests/importing/checker_rosters``):
each is imported through ``evacplan import`` as an officer does, without --quiet, and
every person must arrive with the values the file gives, or the file must be refused
with the rows and columns named."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.db import open_operation
from tests.importing import checker_rosters as cr
from tests.importing.cli import new_operation_file, run
from tests.importing.state import roster


def _key(name: str, born: dt.date) -> tuple[str, dt.date]:
    return " ".join(name.split()).upper(), born


def wrong_values(db: Path, case: cr.Case) -> list[tuple[str, str, Any, Any]]:
    """(name, field, expected, stored) for each value the import stored wrong."""
    operation = open_operation(db)
    try:
        stored = {_key(p["full_name"], p["date_of_birth"]): p for p in roster(operation)}
    finally:
        operation.close()
    assert len(stored) == len(case.persons)
    codes: dict[str, str] = {}
    wrong = []
    for person in case.persons:
        got = stored[_key(person["full_name"], person["date_of_birth"])]
        for name, value in person.items():
            if name == "full_name":
                continue
            if name == "household":
                # codes from the file are kept; a household of one is exported blank
                if value is None:
                    ok = got[name] is None
                else:
                    ok = codes.setdefault(value, got[name]) == got[name] == value
                if not ok:
                    wrong.append((person["full_name"], name, value, got[name]))
            elif got[name] != value:
                wrong.append((person["full_name"], name, value, got[name]))
    return wrong


def import_as_officer(capsys: pytest.CaptureFixture[str], db: Path,
                      case: cr.Case) -> tuple[int, str, str]:
    _, out, _ = run(capsys, "--db", str(db), "import", str(case.path), "--dry-run")
    assert "Dry run: nothing was changed." in out
    return run(capsys, "--db", str(db), "import", str(case.path))


IMPORTED: list[Any] = [
    cr.kbri_logo_title,
    cr.two_header_rows,
    cr.khmer_thai_titles, cr.hidden_and_trailing, cr.csv_cp1252, cr.csv_bom_semicolon,
    cr.mixed_dates,
]


@pytest.mark.parametrize("make", IMPORTED, ids=lambda make: getattr(make, "__name__", ""))
def test_an_unseen_roster_imports_every_person_with_the_values_it_gives(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        make: Callable[[Path], cr.Case]) -> None:
    case = make(tmp_path)
    db = new_operation_file(tmp_path)
    code, out, err = import_as_officer(capsys, db, case)
    assert code == 0, out + err
    assert f"Persons: {len(case.persons)} added" in out, out
    if case.not_records:
        assert "a totals line, not a record" in out
    assert wrong_values(db, case) == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_rosters_saved_by_libreoffice_import_alike(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for case in cr.libreoffice_saved(tmp_path):
        folder = tmp_path / case.path.suffix[1:]
        folder.mkdir()
        db = new_operation_file(folder)
        code, out, err = import_as_officer(capsys, db, case)
        assert code == 0, (case.path.name, out + err)
        assert wrong_values(db, case) == [], case.path.name
