"""The frozen problem of ``solvers`` built from one consistent read of the operation.

Persons whose movement status (SPEC 8.1) takes them out (flown, arrived, self-departed,
withdrawn, missing) are out of the plan; households called or checked in for a flight are
held on it by a pin of their own (:func:`movement_holds`); every flight, shelter, slot and
pin goes in (the solver itself keeps unusable flights out of the plan and reports
pins on them). The reference is the last published plan, unless another is named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Row, func, select
from sqlalchemy.orm import Session

from planner.db.models import (
    DocumentSlot,
    Flight,
    Household,
    Person,
    Pin,
    Plan,
    PlanHousehold,
    Settings,
    Shelter,
)
from planner.domain import HELD_PERSON_STATUSES, PLANNED_PERSON_STATUSES, DocumentStatus
from planner.operation import get_settings, plan_start
from solvers.problem import (
    FlightSpec,
    HouseholdSpec,
    PersonSpec,
    PinSpec,
    Problem,
    ShelterSpec,
    SlotSpec,
    WeightSettings,
    age_on,
    lap_infant,
    priority_weight,
)


@dataclass(frozen=True)
class BuiltProblem:
    problem: Problem
    reference_plan_id: int | None
    #: Fingerprint of the input records at build time (see :func:`fingerprint`).
    fingerprint: str


def latest_published_plan_id(session: Session) -> int | None:
    return session.scalar(
        select(Plan.id).where(Plan.published_at.is_not(None))
        .order_by(Plan.published_at.desc(), Plan.id.desc()).limit(1)
    )


def fingerprint(session: Session) -> str:
    """A digest of counts and version sums of every input table: any edit changes it."""
    parts = []
    for model in (Person, Household, Flight, Shelter, DocumentSlot, Pin):
        version = getattr(model, "version", None)
        row = session.execute(
            select(
                func.count(),
                func.coalesce(func.max(model.id), 0),
                func.coalesce(func.sum(model.id), 0),
                func.coalesce(func.sum(version), 0) if version is not None else func.count(),
            ).select_from(model)
        ).one()
        parts.append(f"{model.__tablename__}:{tuple(int(x) for x in row)}")
    departed = session.scalar(
        select(func.coalesce(func.sum(Person.departed_flight_id), 0))
    )
    parts.append(f"departed:{int(departed or 0)}")
    settings = get_settings(session)
    parts.append(f"settings:{settings.version}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def build_problem(
    session: Session,
    start: dt.date | None = None,
    reference_plan_id: int | None = None,
    use_reference: bool = True,
) -> BuiltProblem:
    settings = get_settings(session)
    day = start or plan_start(settings)
    persons, households = person_specs(session, settings, day, planned_persons())
    held = held_flights(session)
    flight_rows = session.scalars(select(Flight).order_by(Flight.departs_at, Flight.id)).all()
    flights = tuple(
        FlightSpec(id=f.id, key=f.key, destination=f.destination, departs_at=f.departs_at,
                   seats=f.seats, medical_capacity=f.medical_capacity, status=f.status)
        for f in flight_rows
    )
    closed = {f.id for f in flight_rows if f.closed_at is not None}
    flights = tuple(closed_to_newcomers(f, persons, held, settings.infant_age)
                    if f.id in closed else f for f in flights)
    shelters = tuple(
        ShelterSpec(id=s.id, name=s.name, beds=s.beds, accepts=s.accepts,
                    medical_care=bool(s.medical_care), open_from=s.open_from,
                    open_until=s.open_until)
        for s in session.scalars(select(Shelter).order_by(Shelter.id))
    )
    slots = tuple(
        SlotSpec(id=s.id, key=s.slot_id, starts_at=s.starts_at, capacity=s.capacity,
                 ready_after_hours=s.ready_after_hours)
        for s in session.scalars(select(DocumentSlot).order_by(DocumentSlot.starts_at,
                                                                DocumentSlot.id))
    )
    pins = movement_holds(held) + tuple(
        _pin_spec(p) for p in session.scalars(select(Pin).order_by(Pin.id))
        if not (p.kind == "flight" and p.household_id in held))
    if use_reference and reference_plan_id is None:
        reference_plan_id = latest_published_plan_id(session)
    reference = reference_flights(session, reference_plan_id) if use_reference else None
    problem = Problem(
        start=day,
        persons=tuple(persons),
        households=tuple(households),
        flights=flights,
        shelters=shelters,
        slots=slots,
        pins=pins,
        reference=reference,
        checkin_buffer_hours=settings.checkin_buffer_hours,
        minor_age=settings.minor_age,
        infant_age=settings.infant_age,
        child_shelter_age=settings.child_shelter_age,
        fit_to_travel_days=(settings.fit_to_travel_days if settings.fit_to_travel_required
                            else None),
    )
    return BuiltProblem(problem, reference_plan_id if use_reference else None,
                        fingerprint(session))


def planned_persons() -> ColumnElement[bool]:
    """Persons whose movement status keeps them in new plans (SPEC 8.1)."""
    return Person.status.in_([s.value for s in PLANNED_PERSON_STATUSES])


def accepted_destinations(destinations: str | None, default: str) -> tuple[str, ...]:
    """The airports a person accepts (the ``destinations`` field, ';'-separated), or the
    operation's default destination when the field is empty."""
    return tuple(d for d in (destinations or "").split(";") if d) or (default,)


def person_specs(
    session: Session, settings: Settings, day: dt.date, where: ColumnElement[bool],
) -> tuple[list[PersonSpec], list[HouseholdSpec]]:
    """The persons chosen by ``where`` and their households, as the solver reads them."""
    weight_settings = WeightSettings(
        weights=dict(settings.weights or {}),
        minor_age=settings.minor_age,
        elderly_age=settings.elderly_age,
    )
    default_destination = settings.default_destination
    rows = session.execute(
        select(
            Person.id, Person.case_no, Person.household_id, Person.sex, Person.date_of_birth,
            Person.destinations, Person.available_from, Person.cleared_from,
            Person.document_status, Person.needs_shelter, Person.medical, Person.pregnant,
            Person.disability, Person.trafficking_victim, Person.medical_clearance,
        ).where(where).order_by(Person.id)
    ).all()
    by_household: dict[int, list[Row[*tuple[Any, ...]]]] = defaultdict(list)
    for row in rows:
        by_household[row.household_id].append(row)
    household_query = select(Household.id, Household.code, Household.implicit)
    if len(by_household) < 10_000:  # a few households: read only theirs
        household_query = household_query.where(Household.id.in_(list(by_household)))
    codes = {hid: (code, bool(implicit))
             for hid, code, implicit in session.execute(household_query)}
    persons: list[PersonSpec] = []
    households: list[HouseholdSpec] = []
    for household_id in sorted(by_household):
        members = by_household[household_id]
        has_adult = any(age_on(m.date_of_birth, day) >= settings.minor_age for m in members)
        for m in members:
            destinations = accepted_destinations(m.destinations, default_destination)
            persons.append(PersonSpec(
                id=m.id,
                case_no=m.case_no,
                household_id=household_id,
                sex=m.sex,
                date_of_birth=m.date_of_birth,
                destinations=destinations,
                available_from=m.available_from,
                cleared_from=m.cleared_from,
                needs_document=m.document_status != DocumentStatus.VALID.value,
                needs_shelter=bool(m.needs_shelter),
                medical=bool(m.medical),
                needs_clearance=bool(m.medical) or bool(m.pregnant),
                clearance=m.medical_clearance,
                weight=priority_weight(
                    age=age_on(m.date_of_birth, day),
                    medical=bool(m.medical),
                    pregnant=bool(m.pregnant),
                    disability=bool(m.disability),
                    trafficking_victim=bool(m.trafficking_victim),
                    household_has_adult=has_adult,
                    settings=weight_settings,
                ),
            ))
        code, implicit = codes[household_id]
        households.append(HouseholdSpec(
            id=household_id,
            code=household_json_code(code, implicit),
            members=tuple(m.id for m in members),
        ))
    return persons, households


def held_flights(session: Session) -> dict[int, int]:
    """Household id -> the flight its members were called or checked in for (SPEC 8.1:
    kept on that flight unless released; held there until it closes). Standby persons
    are not held: they came without a seat."""
    held: dict[int, int] = {}
    for household_id, flight_id in session.execute(
        select(Person.household_id, Person.status_flight_id)
        .where(Person.status.in_([s.value for s in HELD_PERSON_STATUSES]),
               Person.status_flight_id.is_not(None), Person.standby.is_(False))
        .order_by(Person.id)
    ):
        if flight_id is not None:  # the query's is_not(None), said again for the types
            held.setdefault(household_id, flight_id)
    return held


def closed_to_newcomers(flight: FlightSpec, persons: list[PersonSpec], held: dict[int, int],
                        infant_age: int) -> FlightSpec:
    """A closed flight (SPEC 8.4) takes nobody new: it keeps the seats and medical places
    of the households held on it (its checked-in passengers and the standby seated at the
    close), so a no-show or anyone else cannot be planned onto it again."""
    aboard = [p for p in persons if held.get(p.household_id) == flight.id]
    seats = sum(1 for p in aboard
                if not lap_infant(p.date_of_birth, flight.departure_date, infant_age))
    medical = sum(1 for p in aboard if p.medical)
    capacity = flight.medical_capacity
    return replace(flight, seats=min(flight.seats, seats),
                   medical_capacity=medical if capacity is None else min(capacity, medical))


def movement_holds(held: dict[int, int]) -> tuple[PinSpec, ...]:
    """Flight pins of the held households, numbered below zero so they never meet an
    officer's pin id and are screened before every officer's pin."""
    return tuple(PinSpec(-household_id, "flight", household_id, flight_id)
                 for household_id, flight_id in sorted(held.items()))


def household_json_code(code: str, implicit: bool) -> str:
    """SPEC 5's household: the officers' code, or the case number for a household of one.

    An implicit household's code is ``~`` plus the case number; the JSON shows the case
    number alone so an officer recognises the person.
    """
    return code[1:] if implicit and code.startswith("~") else code


def _pin_spec(pin: Pin) -> PinSpec:
    if pin.kind == "slot":
        return PinSpec(pin.id, pin.kind, pin.person_id or 0, pin.slot_id or 0)
    target = pin.flight_id if pin.kind == "flight" else pin.shelter_id
    return PinSpec(pin.id, pin.kind, pin.household_id or 0, target or 0)


def reference_flights(session: Session, plan_id: int | None) -> dict[int, int] | None:
    """Person id -> flight id in a stored plan (persons its households flew)."""
    if plan_id is None:
        return None
    rows = session.execute(
        select(Person.id, PlanHousehold.flight_id)
        .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
        .where(PlanHousehold.plan_id == plan_id, PlanHousehold.flight_id.is_not(None))
    )
    return {person_id: flight_id for person_id, flight_id in rows if flight_id is not None}
