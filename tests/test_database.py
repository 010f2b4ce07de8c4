"""The operation database on SQLite and PostgreSQL: schema, constraints, file handling."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from planner.db import Operation, open_operation, resolve_url
from planner.db.migrations import current_revision, downgrade, head_revision
from planner.db.models import Base, Flight, Household, Person, Shelter
from planner.errors import DatabaseError, OperationNotFound
from planner.protection import audit


def _person(household: Household, case_no: str = "C-000001", **values: object) -> Person:
    fields: dict[str, object] = dict(
        case_no=case_no, household_ref=household, full_name="Siti Rahayu", name_key="siti rahayu",
        sex="F", date_of_birth=dt.date(1990, 5, 17), nationality="IDN", document_status="missing",
    )
    fields.update(values)
    return Person(**fields)


def test_schema_matches_models(operation: Operation) -> None:
    assert current_revision(operation) == head_revision()
    with operation.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_unique_case_number(operation: Operation) -> None:
    with operation.session() as session:
        household = Household(code="H-1")
        session.add_all([_person(household), household])
    with pytest.raises(IntegrityError), operation.session() as session:
        household = session.query(Household).one()
        session.add(_person(household, full_name="Another"))


@pytest.mark.parametrize(
    "values",
    [{"sex": "X"}, {"document_status": "stolen"}],
    ids=["sex", "document_status"],
)
def test_person_check_constraints(operation: Operation, values: dict[str, object]) -> None:
    with pytest.raises(IntegrityError), operation.session() as session:
        household = Household(code="H-1")
        session.add_all([household, _person(household, **values)])


def test_flight_key_and_checks(operation: Operation) -> None:
    departs = dt.datetime(2026, 3, 5, 9, 30)
    flight = dict(flight_no="QZ 8205", origin="PNH", destination="CGK", departs_at=departs,
                  departure_date=departs.date(), seats=180)
    with operation.session() as session:
        session.add(Flight(**flight))
    with pytest.raises(IntegrityError), operation.session() as session:
        session.add(Flight(**flight))
    with pytest.raises(IntegrityError), operation.session() as session:
        session.add(Flight(**{**flight, "flight_no": "GA 1", "seats": -1}))
    with pytest.raises(IntegrityError), operation.session() as session:
        session.add(Flight(**{**flight, "flight_no": "GA 2", "status": "delayed"}))


def test_shelter_open_period_check(operation: Operation) -> None:
    with pytest.raises(IntegrityError), operation.session() as session:
        session.add(Shelter(name="Wisma 1", beds=10, open_from=dt.date(2026, 3, 9),
                            open_until=dt.date(2026, 3, 1)))


def test_household_foreign_key_is_enforced(operation: Operation) -> None:
    with pytest.raises(IntegrityError), operation.session() as session:
        session.add(Person(case_no="C-1", household_id=999, full_name="A", name_key="a", sex="M",
                           date_of_birth=dt.date(1990, 1, 1), nationality="IDN",
                           document_status="valid"))


def test_concurrent_edit_is_refused(operation: Operation) -> None:
    """Two sessions load the same person; the second writer must not overwrite the first."""
    with operation.session() as session:
        household = Household(code="H-1")
        session.add_all([household, _person(household)])
    first = operation.sessions()
    second = operation.sessions()
    try:
        mine = first.query(Person).one()
        theirs = second.query(Person).one()
        mine.phone = "+62 811 000"
        first.commit()
        theirs.phone = "+62 822 000"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_audit_chain_detects_alteration(operation: Operation) -> None:
    with operation.session() as session:
        audit.record(session, "create", "person", "C-000001", {"fields": ["full_name"]})
        audit.record(session, "export", "plan", "1", {"copy": "airline"}, recipient="airline")
    with operation.session() as session:
        assert audit.verify_chain(session).ok
        assert audit.verify_chain(session).entries == 2
        session.execute(text("UPDATE audit_log SET entity_key = 'C-000002' WHERE id = 1"))
    with operation.session() as session:
        check = audit.verify_chain(session)
        assert not check.ok and check.first_bad_id == 1


def test_sqlite_file_is_owner_only_and_tuned(sqlite_path: Path) -> None:
    operation = open_operation(sqlite_path, create=True)
    try:
        mode = stat.S_IMODE(os.stat(sqlite_path).st_mode)
        assert mode == 0o600
        with operation.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        operation.close()


def test_missing_file_is_not_created_without_asking(tmp_path: Path) -> None:
    with pytest.raises(OperationNotFound, match="evacplan init"):
        open_operation(tmp_path / "nothing.sqlite")
    assert not (tmp_path / "nothing.sqlite").exists()


def test_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a workbook, not a database")
    with pytest.raises(DatabaseError, match="not a SQLite file"):
        open_operation(path)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(DatabaseError, match="not an operation"):
        open_operation(path, create=True)


def test_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(DatabaseError, match="Cannot open the operation"):
        open_operation("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_resolve_url_forms(tmp_path: Path) -> None:
    assert resolve_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert resolve_url(None).endswith("operation.sqlite")
    with pytest.raises(DatabaseError, match="Not a database URL"):
        resolve_url("nonsense://::")


def test_older_schema_is_backed_up_then_migrated(database_url: str) -> None:
    operation = open_operation(database_url, create=True)
    try:
        downgrade(operation, "0001")
        _insert_old_person(operation)
        assert current_revision(operation) == "0001"
    finally:
        operation.close()
    reopened = open_operation(database_url)
    try:
        assert current_revision(reopened) == head_revision()
        with reopened.session() as session:
            assert sorted(p.case_no for p in session.query(Person)) == ["C-000001", "C-000002"]
        if reopened.is_sqlite:
            backup = reopened.migration_backup
            assert backup is not None and backup.exists()
            assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600
            import sqlite3

            with sqlite3.connect(backup) as connection:
                assert connection.execute("SELECT version_num FROM alembic_version").fetchone() \
                    == ("0001",)
                assert connection.execute("SELECT count(*) FROM persons").fetchone() == (2,)
    finally:
        reopened.close()


def _insert_old_person(operation: Operation, departed_flight: bool = False) -> None:
    """A person written as an older schema holds it: plain SQL, no model of today."""
    with operation.engine.begin() as connection:
        connection.execute(text("INSERT INTO households (id, code, implicit) "
                                "VALUES (1, 'H-1', false)"))
        flight_id = None
        if departed_flight:
            connection.execute(text(
                "INSERT INTO flights (id, flight_no, origin, destination, departs_at, "
                "departure_date, seats, status, version) VALUES (1, 'QZ 8205', 'PNH', 'CGK', "
                "'2026-02-03 10:00:00', '2026-02-03', 100, 'departed', 1)"))
            flight_id = 1
        now = dt.datetime(2026, 1, 1)
        for number, departed in ((1, flight_id), (2, None)):
            connection.execute(text(
                "INSERT INTO persons (case_no, household_id, full_name, name_key, sex, "
                "date_of_birth, nationality, document_status, needs_shelter, medical, "
                "pregnant, disability, trafficking_victim, departed_flight_id, created_at, "
                "updated_at, version) VALUES (:case_no, 1, 'Siti Rahayu', 'siti rahayu', 'F', "
                "'1990-05-17', 'IDN', 'missing', true, false, false, false, false, :departed, "
                ":now, :now, 1)"),
                {"case_no": f"C-00000{number}", "departed": departed, "now": now})


def test_migration_gives_every_person_a_movement_status(database_url: str) -> None:
    """SPEC 8.1: an older operation's persons become registered, or flown when the
    operation knows the departed flight they left on."""
    operation = open_operation(database_url, create=True)
    try:
        downgrade(operation, "0003")
        _insert_old_person(operation, departed_flight=True)
    finally:
        operation.close()
    reopened = open_operation(database_url)
    try:
        with reopened.session() as session:
            status = {p.case_no: (p.status, p.status_flight_id, p.no_show_count)
                      for p in session.query(Person)}
        assert status == {"C-000001": ("flown", 1, 0), "C-000002": ("registered", None, 0)}
    finally:
        reopened.close()


def test_newer_schema_is_refused(sqlite_path: Path) -> None:
    operation = open_operation(sqlite_path, create=True)
    with operation.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    operation.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_operation(sqlite_path)
