"""Pinning and unpinning: an officer's decision the planner keeps (SPEC 3.1 rule 10).

A flight or shelter pin names a household (by its code, or by the case number of any
member); a slot pin names a person. Targets are named by their readable keys: a flight
as "flight_no YYYY-MM-DD", a shelter by name, a slot by its slot id.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.db.models import DocumentSlot, Flight, Household, Person, Pin, Shelter
from planner.domain import PinKind
from planner.errors import PlannerError
from planner.planning.pin_problem import pins_problem
from planner.planning.problem_builder import household_json_code
from planner.protection import audit
from solvers.rules.pins import judge_new_pin

#: The codes of the refusals of :func:`pin` (a pin the next plan would release).
REFUSALS = frozenset({"pin_refused", "pin_shelter_refused",
                      "pin_slot_refused", "pin_releases_pin"})


def find_household(session: Session, subject: str) -> Household:
    household = session.scalar(select(Household).where(Household.code == subject))
    if household is None:
        person = session.scalar(select(Person).where(Person.case_no == subject))
        if person is not None:
            household = person.household_ref
    if household is None:
        raise PlannerError.of("household_or_case_unknown", subject=subject)
    return household


def find_person(session: Session, case_no: str) -> Person:
    person = session.scalar(select(Person).where(Person.case_no == case_no))
    if person is None:
        raise PlannerError.of("case_unknown", case_no=case_no)
    return person


def find_flight(session: Session, key: str) -> Flight:
    number, _, day = key.strip().rpartition(" ")
    try:
        date = dt.date.fromisoformat(day)
    except ValueError as exc:
        raise PlannerError.of("flight_key_wrong", given=key) from exc
    flight = session.scalar(select(Flight).where(Flight.flight_no == number.strip(),
                                                 Flight.departure_date == date))
    if flight is None:
        raise PlannerError.of("flight_unknown", flight=key)
    return flight


def _target(session: Session, kind: PinKind, target: str) -> tuple[str, int]:
    if kind is PinKind.FLIGHT:
        return "flight_id", find_flight(session, target).id
    if kind is PinKind.SHELTER:
        shelter = session.scalar(select(Shelter).where(Shelter.name == target))
        if shelter is None:
            raise PlannerError.of("shelter_unknown", shelter=target)
        return "shelter_id", shelter.id
    slot = session.scalar(select(DocumentSlot).where(DocumentSlot.slot_id == target))
    if slot is None:
        raise PlannerError.of("slot_unknown", slot=target)
    return "slot_id", slot.id


def _refuse_released(session: Session, kind: PinKind, household_id: int, subject_id: int,
                     name: str, target: str, target_id: int) -> None:
    """Raise a ``PlannerError`` when the next plan would release the pin of the household
    (or, a slot pin, the person) ``subject_id``, called ``name``, to ``target`` (SPEC 3.1
    rule 10: ``solvers.rules.pins`` screens it on the records as they are now), or would
    release a pin kept now because of it. A flight to an airport
    the household does not accept names the airports it accepts and the flight's; any
    other clause (a shelter that does not take the household, a flight cancelled, an
    appointment before the person is in the embassy's care...) is said as the released
    pin would say it."""
    problem = pins_problem(session, [household_id])
    verdict = judge_new_pin(problem, kind.value, subject_id, target_id)
    target = target.strip()
    other = verdict.releases
    if other is not None:
        raise PlannerError.of("pin_releases_pin", subject=name, kind=kind.value,
                              target=target, other=other["subject"],
                              other_kind=other["kind"], other_target=other["target"],
                              why=other["why"])
    why = verdict.why
    if why is None:
        return
    if kind is PinKind.SLOT:
        raise PlannerError.of("pin_slot_refused", person=name, slot=target,
                              why=why.as_json())
    if kind is PinKind.SHELTER:
        raise PlannerError.of("pin_shelter_refused", household=name, shelter=target,
                              why=why.as_json())
    raise PlannerError.of("pin_refused", household=name, flight=target, why=why.as_json())


def pin(operation: Operation, kind: str, subject: str, target: str,
        note: str | None = None) -> int:
    """Pin a household's flight or shelter, or a person's slot; replaces an earlier pin of
    the same kind for the same subject. Returns the pin id. A pin the next plan would
    release, or that would get a pin kept now released, is refused
    (:func:`_refuse_released`): nothing is pinned."""
    try:
        pin_kind = PinKind(kind)
    except ValueError as exc:
        raise PlannerError.of("pin_kind_wrong", kind=kind) from exc
    with operation.session() as session:
        column, target_id = _target(session, pin_kind, target)
        if pin_kind is PinKind.SLOT:
            person = find_person(session, subject)
            where = (Pin.kind == pin_kind.value, Pin.person_id == person.id)
            values = {"person_id": person.id}
            key = person.case_no
            _refuse_released(session, pin_kind, person.household_id, person.id, key,
                             target, target_id)
        else:
            household = find_household(session, subject)
            where = (Pin.kind == pin_kind.value, Pin.household_id == household.id)
            values = {"household_id": household.id}
            key = household.code
            # A household of one is named by its member's case number (SPEC 5's code).
            _refuse_released(session, pin_kind, household.id, household.id,
                             household_json_code(key, household.implicit), target,
                             target_id)
        existing = session.scalar(select(Pin).where(*where))
        if existing is not None:
            session.delete(existing)
            session.flush()
        row = Pin(kind=pin_kind.value, created_by=audit.current_actor(), note=note,
                  **values, **{column: target_id})
        session.add(row)
        session.flush()
        audit.record(session, "pin", "pin", str(row.id),
                     {"kind": pin_kind.value, "subject": key, "target": target})
        return row.id


def unpin(operation: Operation, kind: str, subject: str) -> bool:
    """Remove the pin of ``kind`` on ``subject``; False when there was none."""
    with operation.session() as session:
        if kind == PinKind.SLOT.value:
            person = find_person(session, subject)
            row = session.scalar(select(Pin).where(Pin.kind == kind, Pin.person_id == person.id))
        else:
            household = find_household(session, subject)
            row = session.scalar(
                select(Pin).where(Pin.kind == kind, Pin.household_id == household.id))
        if row is None:
            return False
        audit.record(session, "unpin", "pin", str(row.id), {"kind": kind, "subject": subject})
        session.delete(row)
        return True
