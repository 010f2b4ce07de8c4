"""Deleted persons are physically gone, purge after retention, nothing personal in logs.

The proof of erasure reads the raw bytes of the operation file and its write-ahead log
and shared-memory files, looking for the deleted person's name and passport number.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import AuditEntry, Flight, Household, Person
from planner.errors import PlannerError
from planner.operation import get_settings
from planner.protection import backup, privacy

OLD = dt.datetime(2025, 1, 10, 8, 0)
RECENT = dt.datetime(2025, 6, 1, 8, 0)


def _raw_bytes(db: Path) -> bytes:
    parts = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def _person(case_no: str, name: str, passport: str, household: Household,
            created: dt.datetime = OLD, departed: Flight | None = None) -> Person:
    return Person(case_no=case_no, household_ref=household, full_name=name,
                  name_key=name.lower(), sex="F", date_of_birth=dt.date(1991, 4, 2),
                  nationality="IDN", passport_no=passport, document_status="valid",
                  phone="+62 812 5550 " + case_no[-3:], notes=f"notes about {name}",
                  created_at=created,
                  departed_flight_id=departed.id if departed is not None else None)


def _roster(operation: Operation) -> None:
    """Two departed persons registered long ago, one waiting since long ago, one recent."""
    with operation.session() as session:
        flight = Flight(flight_no="GA 501", origin="PNH", destination="CGK",
                        departs_at=dt.datetime(2025, 2, 1, 9, 0),
                        departure_date=dt.date(2025, 2, 1), seats=100, status="departed")
        family = Household(code="H-7")
        alone = Household(code="~C-000003", implicit=True)
        recent = Household(code="~C-000004", implicit=True)
        session.add_all([flight, family, alone, recent])
        session.flush()
        session.add_all([
            _person("C-000001", "Wulandari Kusumawardhani", "QX7731901", family, departed=flight),
            _person("C-000002", "Pramudya Ananta Kusumawardhani", "QX7731902", family,
                    departed=flight),
            _person("C-000003", "Sekar Ayu Larasati", "QX7731903", alone),
            _person("C-000004", "Bintang Mahaputra", "QX7731904", recent, created=RECENT),
        ])


@pytest.fixture
def rostered(sqlite_path: Path) -> Iterator[Operation]:
    """A SQLite operation holding the roster above; a test may close it early to scan it."""
    operation = open_operation(sqlite_path, create=True)
    try:
        _roster(operation)
        yield operation
    finally:
        operation.close()


def test_a_deleted_person_is_gone_from_the_files(rostered: Operation, sqlite_path: Path) -> None:
    with rostered.session() as session:
        session.delete(session.scalars(select(Person).filter_by(case_no="C-000003")).one())
    rostered.close()
    raw = _raw_bytes(sqlite_path)
    assert b"Sekar Ayu Larasati" not in raw and b"QX7731903" not in raw
    assert b"sekar ayu larasati" not in raw  # the matching key in its index
    assert b"Bintang Mahaputra" in raw  # the scan does see what is still there


def test_without_secure_delete_the_bytes_would_remain(tmp_path: Path) -> None:
    """Control: the scan above would catch a name that SQLite merely unlinked."""
    db = tmp_path / "plain.sqlite"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA secure_delete = OFF")
    connection.execute("CREATE TABLE persons (id INTEGER PRIMARY KEY, full_name TEXT)")
    connection.execute("INSERT INTO persons (full_name) VALUES ('Sekar Ayu Larasati')")
    connection.commit()
    connection.execute("DELETE FROM persons")
    connection.commit()
    connection.close()
    assert b"Sekar Ayu Larasati" in _raw_bytes(db)


def test_purge_removes_flown_persons_and_erases_them(rostered: Operation,
                                                     sqlite_path: Path) -> None:
    report = privacy.purge(rostered, dt.date(2025, 3, 1), today=dt.date(2025, 7, 1))
    with rostered.session() as session:
        left = set(session.scalars(select(Person.case_no)))
        households = set(session.scalars(select(Household.code)))
        purged = session.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).all()
    rostered.close()
    assert report.case_numbers == ("C-000001", "C-000002")
    assert report.households == 1 and report.kept_waiting == 1 and report.erased
    assert left == {"C-000003", "C-000004"} and "H-7" not in households
    assert sorted(e.entity_key or "" for e in purged) == ["", "C-000001", "C-000002"]
    raw = _raw_bytes(sqlite_path)
    for secret in (b"Wulandari", b"Pramudya", b"QX7731901", b"QX7731902", b"5550 001"):
        assert secret not in raw, secret
    assert b"Sekar Ayu Larasati" in raw


def test_purge_including_waiting_closes_the_operation(rostered: Operation,
                                                       sqlite_path: Path) -> None:
    dry = privacy.purge(rostered, dt.date(2025, 3, 1), include_waiting=True, dry_run=True,
                        today=dt.date(2025, 7, 1))
    with rostered.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4
    report = privacy.purge(rostered, dt.date(2025, 3, 1), include_waiting=True,
                           today=dt.date(2025, 7, 1))
    rostered.close()
    assert dry.dry_run and dry.persons == 3
    assert report.case_numbers == ("C-000001", "C-000002", "C-000003") and report.kept_waiting == 0
    assert b"Sekar Ayu Larasati" not in _raw_bytes(sqlite_path)


def test_purge_reports_when_another_program_holds_an_old_snapshot(
    rostered: Operation, sqlite_path: Path
) -> None:
    reader = sqlite3.connect(sqlite_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM persons").fetchone() == (4,)
    report = privacy.purge(rostered, dt.date(2025, 3, 1), today=dt.date(2025, 7, 1))
    assert report.persons == 2 and not report.erased
    reader.rollback()
    reader.close()
    assert privacy.erase_traces(rostered)
    rostered.close()
    assert b"Wulandari" not in _raw_bytes(sqlite_path)


def test_purge_refuses_a_future_date(sqlite_operation: Operation) -> None:
    with pytest.raises(PlannerError, match="in the future"):
        privacy.purge(sqlite_operation, dt.date.today() + dt.timedelta(days=1))


def test_purge_on_each_backend(operation: Operation) -> None:
    _roster(operation)
    report = privacy.purge(operation, dt.date(2025, 3, 1), today=dt.date(2025, 7, 1))
    assert report.persons == 2 and report.erased
    with operation.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2


def test_cli_purge_uses_the_retention_date_and_removes_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        _roster(operation)
        with operation.session() as session:
            get_settings(session).retention_until = dt.date(2025, 3, 1)
        held = backup.backup_before_import(operation)
    finally:
        operation.close()
    assert held is not None and b"Wulandari" in held.read_bytes()
    assert main(["--db", str(db), "purge", "--dry-run"]) == 0
    assert "Would remove 2 persons flown and registered before 1 Mar 2025" in \
        capsys.readouterr().out
    assert main(["--db", str(db), "purge", "--remove-backups"]) == 0
    out = capsys.readouterr().out
    assert "Removed 2 persons" in out and "physically erased" in out
    assert f"Overwrote with zeros and removed the backup {held}" in out
    assert not held.exists()


def test_cli_purge_without_a_date_asks_for_one(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "purge"]) == 1
    assert "--before DATE" in capsys.readouterr().err


def test_sql_logs_and_errors_hold_no_personal_values(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    operation = open_operation(tmp_path / "op.sqlite", create=True)
    try:
        _roster(operation)
        with operation.session() as session:
            assert session.scalars(select(Person.full_name)).all()
        with pytest.raises(IntegrityError) as failed, operation.session() as session:
            household = session.scalars(select(Household)).first()
            session.add(_person("C-000001", "Duplikat Rahasia Sekali", "QX999", household))
    finally:
        operation.close()
    for secret in ("Wulandari", "QX7731901", "Duplikat Rahasia", "5550"):
        assert secret not in caplog.text
        assert secret not in str(failed.value)


def test_a_person_deleted_in_the_editor_is_gone_from_the_files(rostered: Operation,
                                                               sqlite_path: Path) -> None:
    from planner.records import editing

    with rostered.session() as session:
        person = session.scalars(select(Person).filter_by(case_no="C-000004")).one()
        ref = editing.RecordRef(editing.RecordKind.PERSON, person.id, "C-000004",
                                person.version)
    with rostered.session() as session:
        editing.delete(session, ref)
    rostered.close()
    raw = _raw_bytes(sqlite_path)
    for secret in (b"Bintang Mahaputra", b"bintang mahaputra", b"QX7731904", b"5550 004"):
        assert secret not in raw, secret
