"""planner/records/editing.py: add, change and delete records by hand, with checks, version
conflicts and audit entries that hold identifiers only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.db import Operation, open_operation
from planner.db.models import AuditEntry, Flight, Household, Person, Plan, PlanHousehold
from planner.errors import ConflictError, PlannerError
from planner.records import editing
from planner.records.editing import RecordKind, RecordRef
from planner.records.field_rules import ValidationError

TODAY = dt.date(2026, 3, 2)


def person(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "full_name": "Siti  Rahayu", "sex": "F", "date_of_birth": "17/05/1990",
        "passport_no": "b1234567", "phone": "+62 812 3456 789", "destinations": "cgk, sub",
        "notes": "Arrived with her sister",
    }
    base.update(values)
    return base


def flight(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"flight_no": "qz 8205", "destination": "CGK",
                            "departs_at": dt.datetime(2026, 3, 4, 8, 30), "seats": 180}
    base.update(values)
    return base


def audit_rows(operation: Operation) -> list[AuditEntry]:
    with operation.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_person_is_added_with_defaults_and_an_identifier_only_audit(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON, person(), today=TODAY)
    assert ref.key == "C-000001" and ref.version == 1
    with operation.session() as session:
        loaded = editing.load(session, RecordKind.PERSON, ref.id)
        household = session.scalar(select(Household))
        assert household is not None and household.implicit and household.code == "~C-000001"
    values = loaded.values
    assert values["full_name"] == "Siti Rahayu"  # spaces folded
    assert values["date_of_birth"] == dt.date(1990, 5, 17)  # day-first text accepted
    assert values["passport_no"] == "B1234567"
    assert values["document_status"] == "valid"  # a passport and no status: valid
    assert values["nationality"] == "IDN"  # the operation's default
    assert values["destinations"] == "CGK;SUB"
    assert values["household"] is None and values["needs_shelter"] is True
    entries = [e for e in audit_rows(operation) if e.entity == "person"]
    assert [(e.action, e.entity_key) for e in entries] == [("create", "C-000001")]
    text = repr([(e.details, e.entity_key) for e in audit_rows(operation)])
    for personal in ("Siti", "Rahayu", "B1234567", "812", "sister", "1990"):
        assert personal not in text


def test_every_bad_field_is_named_and_nothing_is_written(operation: Operation) -> None:
    bad = person(full_name=" ", sex="X", date_of_birth="2030-01-01", destinations="Atlantis",
                 phone="call me", pregnant=True, nationality="Indonesia")
    with pytest.raises(ValidationError) as caught, operation.session() as session:
        editing.create(session, RecordKind.PERSON, bad, today=TODAY)
    problems = caught.value.problems
    assert {k: p.code for k, p in problems.items()} == {
        "full_name": "required", "sex": "bad_choice", "date_of_birth": "in_future",
        "destinations": "bad_airport_list", "phone": "bad_phone", "nationality": "bad_country",
    }
    assert "Full name: Required." in str(caught.value)
    with operation.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_pregnant_needs_a_woman() -> None:
    with pytest.raises(ValidationError) as caught:
        editing.check(RecordKind.PERSON, person(sex="M", pregnant=True), today=TODAY,
                      creating=True)
    assert caught.value.problems["pregnant"].code == "not_female"


def test_duplicates_are_refused(operation: Operation) -> None:
    with operation.session() as session:
        editing.create(session, RecordKind.PERSON, person(case_no="C-1"), today=TODAY)
    with pytest.raises(ValidationError) as caught, operation.session() as session:
        editing.create(session, RecordKind.PERSON, person(case_no="C-1", passport_no="B1234567"),
                       today=TODAY)
    assert set(caught.value.problems) == {"case_no", "passport_no"}
    assert caught.value.problems["passport_no"].params["other"] == "C-1"


def test_update_changes_only_given_fields_and_bumps_the_version(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON, person(), today=TODAY)
    with operation.session() as session:
        new = editing.update(session, ref, {"medical": True, "household": "H-7"}, today=TODAY)
    assert new.version == ref.version + 1
    with operation.session() as session:
        values = editing.load(session, RecordKind.PERSON, ref.id).values
        codes = set(session.scalars(select(Household.code)))
    assert values["medical"] is True and values["household"] == "H-7"
    assert values["full_name"] == "Siti Rahayu"
    assert codes == {"H-7"}  # the implicit household of one went with its only member
    last = [e for e in audit_rows(operation) if e.entity == "person"][-1]
    assert last.action == "update" and sorted(last.details["fields"]) == ["household", "medical"]


def test_unchanged_values_write_nothing(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON, person(), today=TODAY)
    before = len(audit_rows(operation))
    with operation.session() as session:
        same = editing.update(session, ref, {"full_name": "Siti Rahayu"}, today=TODAY)
    assert same == ref and len(audit_rows(operation)) == before


def test_a_stale_version_is_a_conflict_and_loses_nothing(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON, person(), today=TODAY)
    with operation.session() as session:
        editing.update(session, ref, {"medical": True}, today=TODAY)  # another officer
    with pytest.raises(ConflictError, match="changed by another officer"), \
            operation.session() as session:
        editing.update(session, ref, {"disability": True}, today=TODAY)
    with pytest.raises(ConflictError), operation.session() as session:
        editing.delete(session, ref)
    with operation.session() as session:
        values = editing.load(session, RecordKind.PERSON, ref.id).values
    assert values["medical"] is True and values["disability"] is False


def test_a_change_committed_between_reading_and_writing_is_a_conflict(
    postgres_url: str,
) -> None:
    """PostgreSQL: the version counter catches a commit that lands after our check."""
    mine, theirs = open_operation(postgres_url, create=True), open_operation(postgres_url)
    try:
        with mine.session() as session:
            ref = editing.create(session, RecordKind.FLIGHT, flight())
        with pytest.raises(ConflictError), mine.session() as session:
            session.get(Flight, ref.id)  # our copy is read ...
            with theirs.session() as other:  # ... another officer commits ...
                editing.update(other, ref, {"seats": 120})
            editing.update(session, ref, {"seats": 150})  # ... and our write is refused
        with mine.session() as session:
            assert editing.load(session, RecordKind.FLIGHT, ref.id).values["seats"] == 120
    finally:
        mine.close()
        theirs.close()


def test_deleted_by_someone_else_is_a_conflict(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.SHELTER, {"name": "Wisma 1", "beds": 20})
    with operation.session() as session:
        editing.delete(session, ref)
    with pytest.raises(ConflictError, match="no longer exists"), operation.session() as session:
        editing.update(session, ref, {"beds": 30})


def test_delete_returns_values_that_recreate_the_person(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON, person(household="H-1"), today=TODAY)
    with operation.session() as session:
        removed = editing.delete(session, ref)
        assert session.scalar(select(func.count()).select_from(Household)) == 0
    with operation.session() as session:
        back = editing.create(session, RecordKind.PERSON, removed.values, today=TODAY)
        assert editing.load(session, RecordKind.PERSON, back.id).values == removed.values
    assert back.key == ref.key


def test_undoing_a_delete_brings_back_the_pins_that_went_with_it(
        operation: Operation) -> None:
    """Deleting the only member of a household removes its flight pin and the person's slot
    pin (cascade); making the person again from the returned values (the desktop's undo)
    makes them again, audited; a pin whose target went meanwhile is not made."""
    from planner.db.models import DocumentSlot, Pin, Shelter

    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON, person(household="H-1"), today=TODAY)
        editing.create(session, RecordKind.FLIGHT, flight())
        shelter = Shelter(name="Shelter A", beds=10)
        slot = DocumentSlot(slot_id="S-1", starts_at=dt.datetime(2026, 3, 3, 9, 0), capacity=5)
        session.add_all([shelter, slot])
        session.flush()
        person_row = session.get(Person, ref.id)
        flight_row = session.scalar(select(Flight))
        session.add_all([
            Pin(kind="flight", household_id=person_row.household_id, flight_id=flight_row.id),
            Pin(kind="shelter", household_id=person_row.household_id, shelter_id=shelter.id),
            Pin(kind="slot", person_id=person_row.id, slot_id=slot.id)])
    with operation.session() as session:
        removed = editing.delete(session, ref)
        assert session.scalar(select(func.count()).select_from(Pin)) == 0
        session.delete(session.scalar(select(Shelter)))  # the shelter goes meanwhile
    with operation.session() as session:
        back = editing.create(session, RecordKind.PERSON, removed.values, today=TODAY)
        pins = {p.kind: p for p in session.scalars(select(Pin))}
        person_row = session.get(Person, back.id)
        assert set(pins) == {"flight", "slot"}
        assert pins["flight"].household_id == person_row.household_id
        assert pins["slot"].person_id == person_row.id
    assert sum(1 for row in audit_rows(operation) if row.action == "pin") == 2


def test_household_rename_moves_every_member(operation: Operation) -> None:
    with operation.session() as session:
        a = editing.create(session, RecordKind.PERSON, person(household="H-1"), today=TODAY)
        editing.create(session, RecordKind.PERSON,
                       person(household="H-1", full_name="Budi", sex="M", passport_no=None),
                       today=TODAY)
        household = editing.household_ref(session, "H-1")
    with operation.session() as session:
        renamed = editing.rename_household(session, household, "FAM-9")
    assert renamed.key == "FAM-9"
    with operation.session() as session:
        assert editing.load(session, RecordKind.PERSON, a.id).values["household"] == "FAM-9"
    with pytest.raises(ConflictError), operation.session() as session:
        editing.rename_household(session, household, "FAM-10")  # based on the old code


def test_flight_checks_and_key(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.FLIGHT, flight())
    assert ref.key == "QZ 8205 2026-03-04"
    with operation.session() as session:
        row = session.get(Flight, ref.id)
        assert row is not None and row.origin == "PNH" and row.status == "planned"
        assert row.departure_date == dt.date(2026, 3, 4)
    with pytest.raises(ValidationError) as caught, operation.session() as session:
        editing.create(session, RecordKind.FLIGHT, flight(seats=-1, medical_capacity="many",
                                                          destination="Atlantis"))
    assert set(caught.value.problems) == {"seats", "medical_capacity", "destination"}
    with pytest.raises(ValidationError) as caught, operation.session() as session:
        editing.create(session, RecordKind.FLIGHT, flight(departs_at="2026-03-04 21:00"))
    assert caught.value.problems["flight_no"].code == "duplicate"


def test_a_flight_used_by_a_plan_cannot_be_deleted(operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, RecordKind.FLIGHT, flight())
        person_ref = editing.create(session, RecordKind.PERSON, person(), today=TODAY)
        household_id = session.get(Person, person_ref.id).household_id  # type: ignore[union-attr]
        plan = Plan(status="optimal", start_date=TODAY)
        session.add(plan)
        session.flush()
        session.add(PlanHousehold(plan_id=plan.id, household_id=household_id, flight_id=ref.id))
    with pytest.raises(PlannerError, match="1 stored plan refer to it; set its status to "
                                           "cancelled"), operation.session() as session:
        editing.delete(session, ref)


def test_shelter_period_and_slot_generated_id(operation: Operation) -> None:
    with pytest.raises(ValidationError) as caught, operation.session() as session:
        editing.create(session, RecordKind.SHELTER, {"name": "A", "beds": 3,
                                                     "open_from": "2026-03-05",
                                                     "open_until": "2026-03-01"})
    assert caught.value.problems["open_until"].code == "before"
    slot = {"starts_at": "2026-03-04 09:00", "capacity": 20,
            "location": "Embassy consular section"}
    with operation.session() as session:
        first = editing.create(session, RecordKind.SLOT, slot)
        second = editing.create(session, RecordKind.SLOT, slot)
        values = editing.load(session, RecordKind.SLOT, first.id).values
    assert first.key == "S-0304-0900-ECS" and second.key == "S-0304-0900-ECS2"
    assert values["ready_after_hours"] == 48.0


def test_households_cannot_be_made_or_deleted_directly(operation: Operation) -> None:
    with pytest.raises(PlannerError), operation.session() as session:
        editing.create(session, RecordKind.HOUSEHOLD, {"code": "H-1"})
    with pytest.raises(PlannerError), operation.session() as session:
        editing.delete(session, RecordRef(RecordKind.HOUSEHOLD, 1, "H-1", 1))


def test_cities_are_read_as_their_airports_as_the_importer_reads_them(
        operation: Operation) -> None:
    """The forms take "Surabaya" for SUB, as import does (one mapping, ``planner.airports``)."""
    with operation.session() as session:
        ref = editing.create(session, RecordKind.PERSON,
                             person(destinations="Surabaya, Medan"), today=TODAY)
        assert editing.load(session, RecordKind.PERSON, ref.id).values["destinations"] == \
            "SUB;KNO"
    with pytest.raises(ValidationError) as caught:
        editing.check(RecordKind.PERSON, person(destinations="Surabya"), today=TODAY,
                      creating=True)
    assert caught.value.problems["destinations"].code == "bad_airport_list"
