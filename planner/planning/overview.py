"""A stored plan as the results screen shows it: loads, nights, who is left behind, pins.

``read_overview`` reads one plan in a few queries and returns plain frozen records (no Qt,
no ORM objects), so the desktop program can read it on a worker thread and draw it on
the GUI thread:

- every flight departing on or after the plan start with the seats its passengers take
  (infants on a lap take none, SPEC 3.1 rule 2) and its medical passengers;
- every shelter's beds used and beds available on each night from the plan start to the
  horizon end E (SPEC 3.1 rule 8; a closed night has no beds), and the persons who need
  a bed and have none (overflow) per night;
- every household with its members, flight, shelter, reasons (SPEC 3.3), overflow and pins;
- whether the records changed since the plan was made (then it cannot be published).

``list_plans`` lists the stored plans, newest first, for a chooser.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Household, Person, Pin, Plan, PlanHousehold, Shelter
from planner.domain import USABLE_FLIGHT_STATUSES
from planner.errors import PlannerError
from planner.operation import get_settings
from planner.planning.passengers import PassengerCount, count_passengers
from planner.planning.problem_builder import (
    fingerprint,
    household_json_code,
    latest_published_plan_id,
)
from planner.words.render import stored_reason
from solvers.nights import horizon_end, household_ready_date, shelter_nights
from solvers.problem import age_on

#: Longest stretch of nights an overview covers (a typo in a flight's year must not make
#: a chart of 3,000 nights).
MAX_NIGHTS = 400


@dataclass(frozen=True)
class PlanListing:
    """One stored plan, for a chooser."""

    plan_id: int
    created_at: dt.datetime
    created_by: str
    status: str
    start: dt.date
    published_at: dt.datetime | None
    flown_persons: int | None
    reference_plan_id: int | None


@dataclass(frozen=True, kw_only=True)
class FlightLoad(PassengerCount):
    """A flight of the plan with its passengers counted (``PassengerCount``)."""

    flight_id: int
    key: str
    flight_no: str
    carrier: str | None
    origin: str
    destination: str
    departs_at: dt.datetime
    status: str
    seats: int
    medical_capacity: int | None

    @property
    def usable(self) -> bool:
        return self.status in {s.value for s in USABLE_FLIGHT_STATUSES}

    @property
    def free(self) -> int:
        return self.seats - self.seated


@dataclass(frozen=True)
class ShelterUse:
    shelter_id: int
    name: str
    beds: int
    accepts: str
    medical_care: bool
    #: Beds used on each night of ``PlanOverview.nights``.
    used: tuple[int, ...]
    #: Beds the shelter offers on each night (0 while it is closed).
    capacity: tuple[int, ...]

    @property
    def peak(self) -> int:
        return max(self.used, default=0)

    @property
    def person_nights(self) -> int:
        return sum(self.used)


@dataclass(frozen=True)
class MemberLine:
    person_id: int
    case_no: str
    full_name: str
    sex: str
    #: Age at the plan start.
    age: int
    destinations: str
    needs_shelter: bool


@dataclass(frozen=True)
class HouseholdLine:
    household_id: int
    #: The officers' household code; for a household of one, the member's case number.
    code: str
    implicit: bool
    #: The code the pin service takes (the stored code).
    stored_code: str
    members: tuple[MemberLine, ...]
    flight_id: int | None
    flight_key: str | None
    shelter_id: int | None
    shelter_name: str | None
    #: SPEC 3.3 reasons when it has no flight: each a reason's JSON (``"code"`` and its
    #: facts; ``"text"`` for a plan stored before reasons were codes), for ``render``.
    reasons: tuple[dict[str, Any], ...]
    overflow_person_nights: int
    #: Why it has no bed (a reason's JSON, as ``reasons``); None when it has one.
    overflow_why: dict[str, Any] | None
    pinned_flight: str | None
    pinned_shelter: str | None

    @property
    def flown(self) -> bool:
        return self.flight_id is not None

    @property
    def pinned(self) -> bool:
        return self.pinned_flight is not None or self.pinned_shelter is not None


@dataclass(frozen=True)
class PlanOverview:
    plan_id: int
    status: str
    created_at: dt.datetime
    created_by: str
    start: dt.date
    horizon_end: dt.date
    published_at: dt.datetime | None
    #: The operation's published plan now (may be another one, or None).
    published_plan_id: int | None
    reference_plan_id: int | None
    objectives: dict[str, Any]
    bounds: dict[str, float]
    gaps: dict[str, float | None]
    objective_status: dict[str, str]
    method: str
    solve_seconds: float
    conflicts: tuple[dict[str, Any], ...]
    #: Records (persons, flights, shelters, slots, pins, settings) changed since the plan.
    records_changed: bool
    nights: tuple[dt.date, ...]
    flights: tuple[FlightLoad, ...]
    shelters: tuple[ShelterUse, ...]
    #: Persons who need a bed and have none, per night.
    overflow_by_night: tuple[int, ...]
    households: tuple[HouseholdLine, ...]

    @property
    def is_published(self) -> bool:
        return self.published_plan_id == self.plan_id

    @property
    def publishable(self) -> bool:
        return self.status in ("optimal", "feasible") and not self.records_changed

    @property
    def persons(self) -> int:
        return sum(len(h.members) for h in self.households)

    @property
    def flown_persons(self) -> int:
        return sum(len(h.members) for h in self.households if h.flown)

    @property
    def left_behind(self) -> tuple[HouseholdLine, ...]:
        return tuple(h for h in self.households if not h.flown)

    @property
    def overflow_person_nights(self) -> int:
        return sum(h.overflow_person_nights for h in self.households)

    def flight(self, flight_id: int) -> FlightLoad | None:
        return next((f for f in self.flights if f.flight_id == flight_id), None)


def list_plans(session: Session, limit: int = 200) -> list[PlanListing]:
    """The stored plans, newest first."""
    rows = session.execute(
        select(Plan.id, Plan.created_at, Plan.created_by, Plan.status, Plan.start_date,
               Plan.published_at, Plan.objectives, Plan.reference_plan_id)
        .order_by(Plan.id.desc()).limit(limit))
    listings = []
    for row in rows:
        flown = (row.objectives or {}).get("flown_persons")
        listings.append(PlanListing(
            plan_id=row.id, created_at=row.created_at, created_by=row.created_by or "",
            status=row.status, start=row.start_date, published_at=row.published_at,
            flown_persons=int(flown) if isinstance(flown, int | float) else None,
            reference_plan_id=row.reference_plan_id))
    return listings


@dataclass(frozen=True)
class PlanSummary:
    """A plan's outcome in figures, for the line the Plan screen shows after solving."""

    plan_id: int
    status: str
    objectives: dict[str, Any]
    bounds: dict[str, float]
    objective_status: dict[str, str]
    solve_seconds: float
    #: Persons the plan covers (flown or not).
    persons: int
    reference_plan_id: int | None
    conflicts: int
    #: "exact" or "scaled" (None for a plan stored without it).
    method: str | None = None

    @property
    def flown_persons(self) -> int:
        return int(self.objectives.get("flown_persons", 0))

    @property
    def left_behind(self) -> int:
        return self.persons - self.flown_persons


def plan_summary(session: Session, plan_id: int) -> PlanSummary:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise PlannerError.of("plan_unknown", plan=str(plan_id))
    persons = session.scalar(
        select(func.count(Person.id))
        .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
        .where(PlanHousehold.plan_id == plan_id, Person.departed_flight_id.is_(None))) or 0
    parameters = plan.parameters or {}
    return PlanSummary(
        plan_id=plan.id, status=plan.status, objectives=dict(plan.objectives or {}),
        bounds={k: float(v) for k, v in (plan.bounds or {}).items()},
        objective_status=dict(parameters.get("objective_status") or {}),
        solve_seconds=float(plan.solve_seconds), persons=int(persons),
        reference_plan_id=plan.reference_plan_id, conflicts=len(plan.conflicts or ()),
        method=parameters.get("method") or None)


def _horizon(plan: Plan, flights: list[Flight]) -> dt.date:
    stored = (plan.parameters or {}).get("horizon_end")
    if isinstance(stored, str):
        try:
            return dt.date.fromisoformat(stored)
        except ValueError:
            pass
    usable = {s.value for s in USABLE_FLIGHT_STATUSES}
    return horizon_end(plan.start_date, (f.departure_date for f in flights if f.status in usable))


def _pins(session: Session) -> tuple[dict[int, int], dict[int, int]]:
    flight_pins: dict[int, int] = {}
    shelter_pins: dict[int, int] = {}
    for kind, household_id, flight_id, shelter_id in session.execute(
            select(Pin.kind, Pin.household_id, Pin.flight_id, Pin.shelter_id)):
        if household_id is None:
            continue
        if kind == "flight" and flight_id is not None:
            flight_pins[household_id] = flight_id
        elif kind == "shelter" and shelter_id is not None:
            shelter_pins[household_id] = shelter_id
    return flight_pins, shelter_pins


def read_overview(session: Session, plan_id: int | None = None) -> PlanOverview:
    """The plan ``plan_id`` (default: the latest) as the results screen shows it."""
    if plan_id is None:
        plan_id = session.scalar(select(Plan.id).order_by(Plan.id.desc()).limit(1))
        if plan_id is None:
            raise PlannerError.of("operation_has_no_plan")
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise PlannerError.of("plan_unknown", plan=str(plan_id))
    settings = get_settings(session)
    start = plan.start_date
    flights = list(session.scalars(select(Flight)))
    flight_by_id = {f.id: f for f in flights}
    end = _horizon(plan, flights)
    count = max(1, min(MAX_NIGHTS, (end - start).days + 1))
    nights = tuple(start + dt.timedelta(days=i) for i in range(count))
    shelters = list(session.scalars(select(Shelter).order_by(Shelter.name)))
    shelter_by_id = {s.id: s for s in shelters}
    flight_pins, shelter_pins = _pins(session)

    codes = {hid: (code, bool(implicit)) for hid, code, implicit in session.execute(
        select(Household.id, Household.code, Household.implicit)
        .join(PlanHousehold, PlanHousehold.household_id == Household.id)
        .where(PlanHousehold.plan_id == plan.id))}
    planned = list(session.execute(
        select(PlanHousehold.household_id, PlanHousehold.flight_id, PlanHousehold.shelter_id,
               PlanHousehold.reasons, PlanHousehold.overflow_person_nights,
               PlanHousehold.overflow_why, PlanHousehold.overflow_reason)
        .where(PlanHousehold.plan_id == plan.id).order_by(PlanHousehold.household_id)))
    planned_flight = {row.household_id: row.flight_id for row in planned}
    members: dict[int, list[Any]] = defaultdict(list)
    for person in session.execute(
            select(Person.id, Person.case_no, Person.full_name, Person.sex,
                   Person.date_of_birth, Person.destinations, Person.available_from,
                   Person.needs_shelter, Person.medical, Person.household_id,
                   Person.departed_flight_id, Person.status, Person.status_flight_id)
            .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
            .where(PlanHousehold.plan_id == plan.id)):
        departed = person.departed_flight_id
        if departed is None or departed == planned_flight.get(person.household_id):
            members[person.household_id].append(person)

    aboard: dict[int, list[Any]] = defaultdict(list)
    used: dict[int, list[int]] = {s.id: [0] * (count + 1) for s in shelters}
    overflow = [0] * (count + 1)
    households: list[HouseholdLine] = []
    for row in planned:
        people = sorted(members.get(row.household_id, ()),
                        key=lambda p: (p.date_of_birth, p.case_no))
        if not people:
            continue
        flight = flight_by_id.get(row.flight_id) if row.flight_id is not None else None
        if flight is not None:
            aboard[flight.id].extend(people)
        sheltered = sum(1 for p in people if p.needs_shelter)
        ready = household_ready_date(start, (p.available_from for p in people))
        stay = shelter_nights(ready, flight.departure_date if flight else None, end)
        if stay is not None and sheltered:
            first = max(0, (stay.first - start).days)
            last = min(count - 1, (stay.last - start).days)
            if first <= last:
                target = used.get(row.shelter_id) if row.shelter_id is not None else None
                target = target if target is not None else overflow
                target[first] += sheltered
                target[last + 1] -= sheltered
        code, implicit = codes.get(row.household_id, ("", False))
        pinned_flight = flight_pins.get(row.household_id)
        pinned_shelter = shelter_pins.get(row.household_id)
        shelter = shelter_by_id.get(row.shelter_id) if row.shelter_id is not None else None
        households.append(HouseholdLine(
            household_id=row.household_id,
            code=household_json_code(code, implicit),
            implicit=implicit,
            stored_code=code,
            members=tuple(MemberLine(
                person_id=p.id, case_no=p.case_no, full_name=p.full_name, sex=p.sex,
                age=age_on(p.date_of_birth, start),
                destinations=(p.destinations or settings.default_destination or ""),
                needs_shelter=bool(p.needs_shelter)) for p in people),
            flight_id=flight.id if flight else None,
            flight_key=flight.key if flight else None,
            shelter_id=shelter.id if shelter else None,
            shelter_name=shelter.name if shelter else None,
            reasons=tuple(r for r in (stored_reason(r) for r in row.reasons or ()) if r),
            overflow_person_nights=int(row.overflow_person_nights or 0),
            overflow_why=stored_reason(row.overflow_why, row.overflow_reason),
            pinned_flight=(flight_by_id[pinned_flight].key
                           if pinned_flight in flight_by_id else None),
            pinned_shelter=(shelter_by_id[pinned_shelter].name
                            if pinned_shelter in shelter_by_id else None),
        ))
    flight_loads = []
    for flight in sorted(flights, key=lambda f: (f.departs_at, f.flight_no)):
        if flight.departure_date < start and flight.id not in aboard:
            continue
        counted = count_passengers(aboard.get(flight.id, ()), flight.id,
                                   flight.departure_date, settings.infant_age)
        flight_loads.append(FlightLoad(
            **asdict(counted), flight_id=flight.id, key=flight.key, flight_no=flight.flight_no,
            carrier=flight.carrier, origin=flight.origin, destination=flight.destination,
            departs_at=flight.departs_at, status=flight.status, seats=flight.seats,
            medical_capacity=flight.medical_capacity))
    shelter_uses = []
    for shelter in shelters:
        capacity = tuple(
            shelter.beds if _open(shelter, night) else 0 for night in nights)
        shelter_uses.append(ShelterUse(
            shelter_id=shelter.id, name=shelter.name, beds=shelter.beds,
            accepts=shelter.accepts, medical_care=bool(shelter.medical_care),
            used=_running(used[shelter.id], count), capacity=capacity))
    parameters = plan.parameters or {}
    return PlanOverview(
        plan_id=plan.id, status=plan.status, created_at=plan.created_at,
        created_by=plan.created_by or "", start=start, horizon_end=end,
        published_at=plan.published_at, published_plan_id=latest_published_plan_id(session),
        reference_plan_id=plan.reference_plan_id, objectives=dict(plan.objectives or {}),
        bounds={k: float(v) for k, v in (plan.bounds or {}).items()},
        gaps=dict(parameters.get("gaps") or {}),
        objective_status=dict(parameters.get("objective_status") or {}),
        method=str(parameters.get("method") or ""), solve_seconds=float(plan.solve_seconds),
        conflicts=tuple(c for c in plan.conflicts or () if isinstance(c, dict)),
        records_changed=parameters.get("fingerprint") != fingerprint(session),
        nights=nights, flights=tuple(flight_loads), shelters=tuple(shelter_uses),
        overflow_by_night=_running(overflow, count), households=tuple(households),
    )


def _open(shelter: Shelter, night: dt.date) -> bool:
    return ((shelter.open_from is None or shelter.open_from <= night)
            and (shelter.open_until is None or night <= shelter.open_until))


def _running(changes: list[int], count: int) -> tuple[int, ...]:
    """Per-night totals from a difference array (+n on the first night, -n after the last)."""
    totals, value = [], 0
    for index in range(count):
        value += changes[index]
        totals.append(value)
    return tuple(totals)
