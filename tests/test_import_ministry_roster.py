"""Issue 3, done when: a roster typed the way ministries type them imports every valid
person with every field right, rejects exactly the broken rows with reasons, and a second
import changes nothing. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import ImportBatch, Person
from planner.importing import ImportOptions, SheetKind, analyse, run_import
from tests.importing import ministry_roster as ministry
from tests.importing.state import roster, snapshot


@pytest.fixture
def roster_file(tmp_path: Path) -> ministry.Roster:
    return ministry.write_ministry_roster(tmp_path / "Data WNI Maret.xlsx")


def test_layout_is_found_under_the_title_block(roster_file: ministry.Roster) -> None:
    analysis = analyse(roster_file.path)
    [sheet] = analysis.sheets
    assert sheet.kind is SheetKind.PERSONS
    assert sheet.header_row == ministry.HEADER_ROW
    fields = {c.header: c.field for c in sheet.columns}
    assert fields == {
        "NO": None, "NAMA LENGKAP": "full_name", "L/P": "sex",
        "TEMPAT, TGL. LAHIR": "date_of_birth", "NO. PASPOR": "passport_no",
        "STATUS PASPOR": "document_status", "NO. HP / WA": "phone", "KELUARGA": "household",
        "KOTA TUJUAN": "destinations", "TGL TIBA": "available_from", "HAMIL": "pregnant",
        "SAKIT": "medical", "KET.": "notes",
    }


def test_imports_every_valid_person_rejects_exactly_the_broken_rows(
        operation: Operation, roster_file: ministry.Roster) -> None:
    report = run_import(operation, roster_file.path, ImportOptions(skip_invalid=True))
    assert report.committed
    counts = report.counts[SheetKind.PERSONS]
    assert (counts.added, counts.updated, counts.unchanged) == (len(roster_file.expected), 0, 0)
    assert counts.duplicates == 1  # the person typed twice is one person
    assert {s.row for s in report.skipped} == {ministry.TOTALS_ROW, *ministry.NOTE_ROWS}
    # Exactly the broken rows, each reason naming sheet, row, column and value.
    assert {row.number for row in report.rejected} == set(ministry.BROKEN_ROWS)
    for row in report.rejected:
        [problem] = row.problems
        assert problem.sheet == ministry.SHEET
        assert problem.header == ministry.BROKEN_ROWS[row.number]
        assert problem.reason
    by_row = {row.number: row.problems[0] for row in report.rejected}
    assert by_row[14].value == "31/02/1990" and "there is no day 31" in by_row[14].reason
    assert by_row[15].value == "X" and "not a sex" in by_row[15].reason
    assert by_row[16].field == "full_name" and "missing" in by_row[16].reason

    stored = roster(operation, with_case_no=False)
    expected = sorted(roster_file.expected, key=lambda p: (p["full_name"], p["date_of_birth"]))
    assert len(stored) == len(expected)
    for got, want in zip(stored, expected, strict=True):
        for field, value in want.items():
            assert got[field] == value, (want["full_name"], field)
    with operation.session() as session:
        people = session.scalars(select(Person)).all()
        assert sorted(p.case_no for p in people) == [f"C-{n:06d}" for n in range(1, 9)]
        assert {p.source_sheet for p in people} == {ministry.SHEET}
        assert {p.source_file for p in people} == {roster_file.path.name}
        siti = next(p for p in people if p.full_name == "Siti Aminah")
        assert siti.source_row == 5
        batch = session.get(ImportBatch, report.batch_id)
        assert batch is not None and batch.counts["persons"]["added"] == 8
        assert len(batch.sha256) == 64


def test_a_second_import_changes_nothing(operation: Operation,
                                         roster_file: ministry.Roster) -> None:
    run_import(operation, roster_file.path, ImportOptions(skip_invalid=True))
    before = snapshot(operation)
    again = run_import(operation, roster_file.path, ImportOptions(skip_invalid=True))
    counts = again.counts[SheetKind.PERSONS]
    assert (counts.added, counts.updated, counts.unchanged) == (0, 0, 8)
    after = snapshot(operation)
    for table in ("persons", "households", "settings"):
        assert after[table] == before[table], table


def test_without_skip_invalid_nothing_is_imported(operation: Operation,
                                                  roster_file: ministry.Roster) -> None:
    before = snapshot(operation)
    report = run_import(operation, roster_file.path)
    assert not report.committed
    assert len(report.rejected) == len(ministry.BROKEN_ROWS)
    assert report.counts[SheetKind.PERSONS].added == 8  # what would have been added
    assert snapshot(operation) == before


def test_same_outcome_when_rows_are_written_a_few_at_a_time(
        sqlite_operation: Operation, roster_file: ministry.Roster,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The person typed twice lies in another chunk than the first: matched in the database."""
    from planner.importing import person_writer

    monkeypatch.setattr(person_writer, "CHUNK_ROWS", 2)
    report = run_import(sqlite_operation, roster_file.path, ImportOptions(skip_invalid=True))
    counts = report.counts[SheetKind.PERSONS]
    assert (counts.added, counts.duplicates, counts.rejected) == (8, 1, 3)
    again = run_import(sqlite_operation, roster_file.path, ImportOptions(skip_invalid=True))
    assert again.counts[SheetKind.PERSONS].unchanged == 8
