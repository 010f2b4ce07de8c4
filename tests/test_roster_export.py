"""``export-roster``: every person, every field of SPEC 2.1, in .xlsx, .csv and .json;
importing the output into an empty operation gives the same roster."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner import demo
from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import AuditEntry, Person
from planner.errors import PlannerError
from planner.fields import PERSON, header_for
from planner.importing import SheetKind, run_import
from planner.roster_export import export_roster
from tests.importing.state import roster

TRICKY_NOTES = ["=HYPERLINK(\"http://x\")", "-- minus", "+62 plus", "@at", "line\none",
                "José, \"quoted\"; semi"]


@pytest.fixture
def source(tmp_path: Path) -> Operation:
    operation = open_operation(tmp_path / "source.sqlite", create=True)
    with operation.session() as session:
        demo.create(session, 120, seed=5)
        people = session.scalars(select(Person).order_by(Person.id).limit(len(TRICKY_NOTES)))
        for person, note in zip(people, TRICKY_NOTES, strict=True):
            person.notes = note
    yield operation
    operation.close()


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "json"])
def test_export_then_import_gives_the_same_roster(source: Operation, operation: Operation,
                                                  tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"roster.{suffix}"
    assert export_roster(source, path) == 120
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    report = run_import(operation, path)
    assert report.committed, [str(p) for p in report.problems][:5]
    assert report.counts[SheetKind.PERSONS].added == 120
    assert roster(operation) == roster(source)
    again = run_import(operation, path)
    assert again.counts[SheetKind.PERSONS].unchanged == 120


def test_files_carry_the_template_headers_and_no_formulas(source: Operation,
                                                          tmp_path: Path) -> None:
    export_roster(source, tmp_path / "r.xlsx")
    export_roster(source, tmp_path / "r.csv")
    export_roster(source, tmp_path / "r.json")
    sheet = load_workbook(tmp_path / "r.xlsx")["Persons"]
    assert [c.value for c in sheet[1]] == [header_for(f) for f in PERSON.names]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [header_for(f) for f in PERSON.names]
    notes = [r[PERSON.names.index("notes")] for r in rows[1:len(TRICKY_NOTES) + 1]]
    assert notes[0].startswith("'=") and notes[1].startswith("'-") and notes[3] == "'@at"
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(data) == 120 and list(data[0]) == list(PERSON.names)
    assert isinstance(data[0]["date_of_birth"], str) and data[0]["notes"] == TRICKY_NOTES[0]
    assert isinstance(data[0]["medical"], bool)


def test_export_is_audited_without_personal_data(source: Operation, tmp_path: Path) -> None:
    export_roster(source, tmp_path / "r.csv")
    with source.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        assert (entry.entity, entry.details) == (
            "roster", {"format": "csv", "persons": 120, "file": "r.csv"})


def test_wrong_name_and_failed_write_leave_nothing(source: Operation, tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match=".xlsx, .csv or .json"):
        export_roster(source, tmp_path / "r.txt")
    with pytest.raises(PlannerError, match="does not exist"):
        export_roster(source, tmp_path / "no" / "r.csv")
    with source.session() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []


def test_command(source: Operation, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = source.path
    assert db is not None
    assert main(["--db", str(db), "export-roster", str(tmp_path / "r.json")]) == 0
    assert "Exported 120 persons to" in capsys.readouterr().out
    assert main(["--db", str(db), "export-roster", str(tmp_path / "r.pdf")]) == 1
    assert ".xlsx, .csv or .json" in capsys.readouterr().err
