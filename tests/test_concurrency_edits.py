"""Two officers editing the same person never lose an update (SPEC 7).

Each officer works in a real session of their own (on PostgreSQL, a connection of its
own to the server): read the person, change the notes from what they read, save. A
save based on an outdated read is refused (the version counter), the officer reloads
and makes the change again, as the program tells them to. Over 100 random
interleavings of the two officers' steps on PostgreSQL (40 on SQLite, where each save
waits for the disk), every change must survive.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.db import Operation
from planner.db.engine import explain_database_error
from planner.db.models import AuditEntry, Household, Person
from planner.errors import ConflictError
from planner.operation import initialise
from planner.protection import audit
from planner.records import editing

EDITS_PER_OFFICER = 3
INTERLEAVINGS = 100
#: SQLite waits for fsync on every save: fewer interleavings keep the suite fast there.
SQLITE_INTERLEAVINGS = 40


def _seed(operation: Operation) -> int:
    with operation.session() as session:
        initialise(session, "Concurrency")
        household = Household(code="H-1")
        person = Person(case_no="C-000001", household_ref=household, full_name="Siti Rahayu",
                        name_key="siti rahayu", sex="F", date_of_birth=dt.date(1990, 5, 17),
                        nationality="IDN", document_status="missing", notes="")
        session.add_all([household, person])
        session.flush()
        return person.id


def _schedules(seed: int, count: int = INTERLEAVINGS) -> list[list[str]]:
    """Random interleavings of two officers' steps: each reads then writes, three times."""
    rng = random.Random(seed)
    schedules = []
    for _ in range(count):
        steps = ["A"] * (2 * EDITS_PER_OFFICER) + ["B"] * (2 * EDITS_PER_OFFICER)
        rng.shuffle(steps)
        schedules.append(steps)
    return schedules


class Officer:
    """One officer's session; ``save`` retries after a refusal, as the program asks."""

    def __init__(self, name: str, operation: Operation, person_id: int) -> None:
        self.name = name
        self.session: Session = operation.sessions()
        self.person_id = person_id
        self.person: Person | None = None
        self.edits = 0
        self.refusals = 0
        self.reading = True

    def read(self) -> None:
        self.session.rollback()  # end the previous transaction: see what others saved
        self.person = self.session.get(Person, self.person_id, populate_existing=True)

    def save(self, trial: int) -> None:
        token = f"{self.name}{trial}.{self.edits};"
        while True:
            assert self.person is not None
            self.person.notes = (self.person.notes or "") + token
            try:
                self.session.commit()
                break
            except StaleDataError as exc:
                self.session.rollback()
                self.refusals += 1
                message = explain_database_error(exc) or ""
                assert "Another officer changed" in message and "reload" in message
                self.read()
        self.edits += 1

    def step(self, trial: int) -> None:
        if self.reading:
            self.read()
        else:
            self.save(trial)
        self.reading = not self.reading

    def close(self) -> None:
        self.session.close()


def _run(operation: Operation, person_id: int, schedules: list[list[str]],
         make: Callable[[str, Operation, int], Officer]) -> tuple[int, list[str]]:
    refusals = 0
    expected: list[str] = []
    for trial, steps in enumerate(schedules):
        officers = {name: make(name, operation, person_id) for name in "AB"}
        try:
            for name in steps:
                officers[name].step(trial)
        finally:
            for officer in officers.values():
                refusals += officer.refusals
                officer.close()
        expected += [f"{name}{trial}.{n};" for name in "AB" for n in range(EDITS_PER_OFFICER)]
    return refusals, expected


def test_no_update_is_lost_over_100_interleavings(operation: Operation) -> None:
    person_id = _seed(operation)
    count = INTERLEAVINGS if not operation.is_sqlite else SQLITE_INTERLEAVINGS
    refusals, expected = _run(operation, person_id, _schedules(2026, count), Officer)
    with operation.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        saved = [token + ";" for token in (person.notes or "").split(";") if token]
        version = person.version
    assert sorted(saved) == sorted(expected), "an officer's change was lost or doubled"
    assert version == 1 + len(expected)
    assert refusals > count // 2, "the interleavings should provoke conflicts"


class CarelessOfficer(Officer):
    """Control: saves without the version check, as a program without counters would."""

    def save(self, trial: int) -> None:
        assert self.person is not None
        notes = (self.person.notes or "") + f"{self.name}{trial}.{self.edits};"
        self.session.rollback()
        self.session.execute(update(Person).where(Person.id == self.person_id)
                             .values(notes=notes).execution_options(synchronize_session=False))
        self.session.commit()
        self.edits += 1


def test_control_without_version_counters_updates_are_lost(operation: Operation) -> None:
    """The schedules above would lose updates if the counter did not refuse stale saves."""
    person_id = _seed(operation)
    _, expected = _run(operation, person_id, _schedules(seed=2026)[:20], CarelessOfficer)
    with operation.session() as session:
        notes = session.scalar(select(Person.notes).where(Person.id == person_id)) or ""
    assert len([t for t in notes.split(";") if t]) < len(expected)


def test_edit_of_a_person_another_officer_deleted_is_refused(operation: Operation) -> None:
    person_id = _seed(operation)
    first, second = operation.sessions(), operation.sessions()
    try:
        mine = first.get(Person, person_id)
        theirs = second.get(Person, person_id)
        assert mine is not None and theirs is not None
        second.delete(theirs)
        second.commit()
        mine.phone = "+62 811 000"
        with pytest.raises(StaleDataError) as refused:
            first.commit()
        assert "Another officer changed or deleted" in (explain_database_error(refused.value)
                                                        or "")
    finally:
        first.close()
        second.close()


def test_postgres_save_waiting_on_a_row_lock_is_refused_not_lost(postgres_url: str) -> None:
    """On the server, the second save waits for the first to commit, then is refused."""
    from planner.db import open_operation

    operation = open_operation(postgres_url, create=True)
    try:
        person_id = _seed(operation)
        first, second = operation.sessions(), operation.sessions()
        mine = first.get(Person, person_id)
        theirs = second.get(Person, person_id)
        assert mine is not None and theirs is not None
        mine.notes = "A;"
        first.flush()  # the row is now locked by the first officer's open transaction
        outcome: list[BaseException | None] = []

        def save_theirs() -> None:
            theirs.notes = "B;"
            try:
                second.commit()
                outcome.append(None)
            except StaleDataError as exc:
                second.rollback()
                outcome.append(exc)

        worker = threading.Thread(target=save_theirs)
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive(), "the second save should wait for the row lock"
        first.commit()
        worker.join(timeout=30)
        assert len(outcome) == 1 and isinstance(outcome[0], StaleDataError)
        first.close()
        second.close()
        with operation.session() as session:
            assert session.scalar(select(Person.notes).where(Person.id == person_id)) == "A;"
    finally:
        operation.close()


# -- through the editing service the desktop program uses ---------------------------------


class FormOfficer(Officer):
    """An officer working through ``planner.records.editing``: open the form, save it (one action)."""

    def __init__(self, name: str, operation: Operation, person_id: int) -> None:
        super().__init__(name, operation, person_id)
        self.operation = operation
        self.form: editing.RecordValues | None = None

    def read(self) -> None:
        with self.operation.session() as session:
            self.form = editing.load(session, editing.RecordKind.PERSON, self.person_id)

    def save(self, trial: int) -> None:
        token = f"{self.name}{trial}.{self.edits};"
        while True:
            assert self.form is not None
            notes = (self.form.values["notes"] or "") + token
            try:
                with self.operation.session() as session:
                    editing.update(session, self.form.ref, {"notes": notes})
                break
            except ConflictError as exc:
                self.refusals += 1
                assert "changed by another officer" in str(exc) and "reload" in str(exc)
                self.read()
        self.edits += 1


def test_editing_service_never_loses_an_update(operation: Operation) -> None:
    person_id = _seed(operation)
    # the ORM-level test above runs the 100 on the server; the editor's path runs 40 each
    count = SQLITE_INTERLEAVINGS
    refusals, expected = _run(operation, person_id, _schedules(7, count), FormOfficer)
    with operation.session() as session:
        notes = session.scalar(select(Person.notes).where(Person.id == person_id)) or ""
        updates = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "update", AuditEntry.entity_key == "C-000001"))
    assert sorted(t + ";" for t in notes.split(";") if t) == sorted(expected)
    assert refusals > count // 2
    assert updates == len(expected), "one audit entry per saved change, none for refusals"


def test_editing_saves_racing_in_two_threads_lose_nothing(operation: Operation) -> None:
    """Both officers press Save at the same moment, many times, for real."""
    person_id = _seed(operation)

    def officer(name: str) -> None:
        for n in range(15):
            while True:
                with operation.session() as session:
                    form = editing.load(session, editing.RecordKind.PERSON, person_id)
                try:
                    with operation.session() as session:
                        editing.update(session, form.ref,
                                       {"notes": (form.values["notes"] or "") + f"{name}{n};"})
                    break
                except ConflictError:
                    continue

    threads = [threading.Thread(target=officer, args=(name,)) for name in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    with operation.session() as session:
        notes = session.scalar(select(Person.notes).where(Person.id == person_id)) or ""
        assert audit.verify_chain(session).ok
    assert sorted(t for t in notes.split(";") if t) == sorted(
        f"{name}{n}" for name in "AB" for n in range(15))


def test_officers_can_add_records_to_a_demo_operation(operation: Operation) -> None:
    """The demo inserts rows with their ids; on PostgreSQL the id sequences must follow,
    or the first person, household or flight an officer adds collides with a demo row."""
    from planner.demo import create as create_demo

    with operation.session() as session:
        create_demo(session, 30, seed=1)
    with operation.session() as session:
        ref = editing.create(session, editing.RecordKind.PERSON, {
            "full_name": "Nadia Putri", "sex": "F", "date_of_birth": dt.date(1994, 2, 3),
            "household": "H-NEW"})
        flight = editing.create(session, editing.RecordKind.FLIGHT, {
            "flight_no": "GA 9", "origin": "PNH", "destination": "CGK",
            "departs_at": dt.datetime(2026, 3, 9, 10, 0), "seats": 100})
    with operation.session() as session:
        assert session.get(Person, ref.id) is not None and flight.id > 0
        assert session.scalar(select(func.count()).select_from(Person)) == 31
