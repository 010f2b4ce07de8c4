"""Reading a stored plan into the complete (embassy) manifest document.

The plan's households give each household's flight, shelter, reasons and overflow; its
persons give each person's document slot. Ages and categories on a manifest are those on
the flight's departure date (what the airline checks); everywhere else those on the plan's
start date S. Reads columns, not ORM objects, so 20,000 passengers load in well under a
second.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from planner.db.models import (
    DocumentSlot,
    Flight,
    Household,
    Person,
    Plan,
    PlanHousehold,
    PlanPerson,
    Settings,
    Shelter,
)
from planner.domain import (
    PLANNED_PERSON_STATUSES,
    USABLE_FLIGHT_STATUSES,
    DocumentStatus,
    PlanStatus,
)
from planner.errors import PlannerError
from planner.export.model import (
    ETD,
    PASSPORT,
    AgeGroup,
    Copy,
    FlightManifest,
    ManifestDocument,
    Need,
    OverflowHousehold,
    Passenger,
    ShelterRoster,
    ShelterStay,
    SlotBooking,
    SlotSchedule,
    UnassignedPerson,
)
from planner.operation import get_settings
from planner.words.render import render, stored_reason
from solvers.nights import horizon_end, household_ready_date, shelter_nights
from solvers.problem import age_on

#: Statuses of persons still to travel (SPEC 8.1); the flown are listed on their flight.
_WAITING = frozenset(s.value for s in PLANNED_PERSON_STATUSES)

_PERSON_COLUMNS = (
    Person.id,
    Person.case_no,
    Person.household_id,
    Person.full_name,
    Person.sex,
    Person.date_of_birth,
    Person.nationality,
    Person.passport_no,
    Person.document_status,
    Person.phone,
    Person.destinations,
    Person.available_from,
    Person.needs_shelter,
    Person.medical,
    Person.pregnant,
    Person.disability,
    Person.trafficking_victim,
    Person.notes,
    Person.departed_flight_id,
    Person.status,
)


def choose_plan(session: Session, plan_id: int | None = None) -> Plan:
    """The plan ``plan_id``; by default the published one, else the latest that did not fail."""
    if plan_id is not None:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise PlannerError.of("plan_unknown", plan=str(plan_id))
        return plan
    published = session.scalars(
        select(Plan)
        .where(Plan.published_at.is_not(None))
        .order_by(Plan.published_at.desc(), Plan.id.desc())
        .limit(1)
    ).first()
    if published is not None:
        return published
    latest = session.scalars(
        select(Plan).where(Plan.status != PlanStatus.FAILED.value).order_by(Plan.id.desc()).limit(1)
    ).first()
    if latest is None:
        raise PlannerError.of("no_plan_to_export")
    return latest


def _reason_text(reason: Any) -> str:
    """A stored reason in the manifests' words (English; see planner.words)."""
    stored = stored_reason(reason)
    return render(stored) if stored else ""


class _PlanData:
    """The rows of one plan, loaded once and indexed by id."""

    def __init__(self, session: Session, plan: Plan) -> None:
        self.plan = plan
        # Core execution: the same rows without the ORM's per-row bookkeeping.
        connection = session.connection()
        self.households: list[Row[Any]] = list(connection.execute(
            select(PlanHousehold.household_id, PlanHousehold.flight_id, PlanHousehold.shelter_id,
                   PlanHousehold.reasons, PlanHousehold.overflow_person_nights,
                   PlanHousehold.overflow_why, PlanHousehold.overflow_reason)
            .where(PlanHousehold.plan_id == plan.id)
        ))
        planned_flight = {row.household_id: row.flight_id for row in self.households}
        self.codes: dict[int, str | None] = {
            row.id: None if row.implicit else row.code
            for row in connection.execute(
                select(Household.id, Household.code, Household.implicit)
                .join(PlanHousehold, PlanHousehold.household_id == Household.id)
                .where(PlanHousehold.plan_id == plan.id)
            )
        }
        #: Members still to travel, oldest first: one who left on another flight is out.
        self.members: dict[int, list[Any]] = defaultdict(list)
        for person in connection.execute(
            select(*_PERSON_COLUMNS)
            .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
            .where(PlanHousehold.plan_id == plan.id)
        ):
            departed = person.departed_flight_id
            if (departed is None and person.status in _WAITING) \
                    or (departed is not None and departed == planned_flight.get(
                        person.household_id)):
                self.members[person.household_id].append(person)
        for members in self.members.values():
            members.sort(key=lambda p: (p.date_of_birth, p.case_no))
        self.slot_of: dict[int, int] = {
            row.person_id: row.slot_id
            for row in connection.execute(
                select(PlanPerson.person_id, PlanPerson.slot_id).where(
                    PlanPerson.plan_id == plan.id, PlanPerson.slot_id.is_not(None)
                )
            )
        }
        self.flights = {f.id: f for f in session.scalars(select(Flight))}
        self.flight_keys = {flight_id: f.key for flight_id, f in self.flights.items()}
        self.shelters = {s.id: s for s in session.scalars(select(Shelter).order_by(Shelter.name))}
        self.slots = {s.id: s for s in session.scalars(select(DocumentSlot))}

    def horizon_end(self) -> dt.date:
        stored = (self.plan.parameters or {}).get("horizon_end")
        if isinstance(stored, str):
            try:
                return dt.date.fromisoformat(stored)
            except ValueError:
                pass
        usable = {status.value for status in USABLE_FLIGHT_STATUSES}
        return horizon_end(
            self.plan.start_date,
            (f.departure_date for f in self.flights.values() if f.status in usable),
        )

    def travelling(self, household_id: int) -> list[Row[Any]]:
        return self.members.get(household_id, [])


def _needs(person: Row[Any], age: int, group: AgeGroup, accompanied: bool,
           minor_age: int) -> tuple[Need, ...]:
    needs: list[Need] = []
    if person.medical:
        needs.append(Need.MEDICAL)
    if person.disability:
        needs.append(Need.WHEELCHAIR)
    if person.pregnant:
        needs.append(Need.PREGNANT)
    if age < minor_age and not accompanied:
        needs.append(Need.UNACCOMPANIED_MINOR)
    if group is AgeGroup.INFANT:
        needs.append(Need.INFANT)
    return tuple(needs)


def _group(age: int, settings: Settings) -> AgeGroup:
    if age < settings.infant_age:
        return AgeGroup.INFANT
    return AgeGroup.CHILD if age < settings.minor_age else AgeGroup.ADULT


def _document(person: Row[Any]) -> tuple[str, str | None]:
    if person.document_status == DocumentStatus.VALID.value:
        return PASSPORT, person.passport_no
    return ETD, None  # its number is known only once the document is issued


def _flight_manifests(data: _PlanData, settings: Settings) -> list[FlightManifest]:
    by_flight: dict[int, list[tuple[int, list[Row[Any]]]]] = defaultdict(list)
    shelter_of: dict[int, int | None] = {}
    for row in data.households:
        if row.flight_id is None:
            continue
        members = data.travelling(row.household_id)
        if members:
            by_flight[row.flight_id].append((row.household_id, members))
            shelter_of[row.household_id] = row.shelter_id
    manifests: list[FlightManifest] = []
    for flight_id, households in by_flight.items():
        flight = data.flights[flight_id]
        day = flight.departure_date
        households.sort(key=lambda item: min(p.case_no for p in item[1]))
        passengers: list[Passenger] = []
        for household_id, members in households:
            ages = [age_on(p.date_of_birth, day) for p in members]
            accompanied = any(age >= settings.minor_age for age in ages)
            shelter_id = shelter_of[household_id]
            shelter = data.shelters[shelter_id].name if shelter_id in data.shelters else None
            for person, age in zip(members, ages, strict=True):
                group = _group(age, settings)
                doc_type, doc_no = _document(person)
                slot = data.slots.get(data.slot_of.get(person.id, -1))
                passengers.append(Passenger(
                    number=len(passengers) + 1,
                    full_name=person.full_name,
                    sex=person.sex,
                    date_of_birth=person.date_of_birth,
                    age=age,
                    group=group,
                    nationality=person.nationality,
                    document_type=doc_type,
                    document_no=doc_no,
                    household=data.codes.get(household_id),
                    needs=_needs(person, age, group, accompanied, settings.minor_age),
                    case_no=person.case_no,
                    phone=person.phone,
                    notes=person.notes,
                    trafficking_victim=bool(person.trafficking_victim),
                    document_status=person.document_status,
                    document_slot=slot.slot_id if slot is not None else None,
                    shelter=shelter,
                ))
        manifests.append(FlightManifest(
            key=flight.key,
            flight_no=flight.flight_no,
            carrier=flight.carrier,
            origin=flight.origin,
            destination=flight.destination,
            departs_at=flight.departs_at,
            status=flight.status,
            seats=flight.seats,
            medical_capacity=flight.medical_capacity,
            passengers=tuple(passengers),
            report_at=flight.departs_at - dt.timedelta(hours=settings.checkin_buffer_hours),
        ))
    manifests.sort(key=lambda m: (m.departs_at, m.flight_no))
    return manifests


def _shelter_rosters(data: _PlanData, settings: Settings) -> list[ShelterRoster]:
    start = data.plan.start_date
    end = data.horizon_end()
    stays: dict[int, list[ShelterStay]] = defaultdict(list)
    for row in data.households:
        if row.shelter_id is None or row.shelter_id not in data.shelters:
            continue
        members = data.travelling(row.household_id)
        flight = data.flights.get(row.flight_id) if row.flight_id is not None else None
        ready = household_ready_date(start, (p.available_from for p in members))
        nights = shelter_nights(ready, flight.departure_date if flight else None, end)
        if nights is None:
            continue
        for person in members:
            if not person.needs_shelter:
                continue
            age = age_on(person.date_of_birth, start)
            needs = _needs(person, age, _group(age, settings), True, settings.minor_age)
            stays[row.shelter_id].append(ShelterStay(
                case_no=person.case_no,
                full_name=person.full_name,
                sex=person.sex,
                age=age,
                household=data.codes.get(row.household_id),
                first_night=nights.first,
                last_night=nights.last,
                leaves_on=flight.key if flight else None,
                needs=tuple(n for n in needs if n is not Need.INFANT),
            ))
    rosters = []
    for shelter_id, shelter in data.shelters.items():
        listed = sorted(stays.get(shelter_id, ()), key=lambda s: (s.first_night, s.case_no))
        rosters.append(ShelterRoster(
            name=shelter.name, beds=shelter.beds, accepts=shelter.accepts,
            medical_care=shelter.medical_care, stays=tuple(listed),
        ))
    return rosters


def _slot_schedule(data: _PlanData) -> list[SlotSchedule]:
    flight_of: dict[int, str | None] = {}
    for row in data.households:
        flight_of[row.household_id] = data.flight_keys.get(row.flight_id)
    booked: dict[int, list[SlotBooking]] = defaultdict(list)
    for household_id, members in data.members.items():
        for person in members:
            slot_id = data.slot_of.get(person.id)
            if slot_id is None or slot_id not in data.slots:
                continue
            booked[slot_id].append(SlotBooking(
                case_no=person.case_no, full_name=person.full_name,
                document_status=person.document_status,
                household=data.codes.get(household_id), flight=flight_of.get(household_id),
            ))
    schedule = []
    for slot_id, bookings in booked.items():
        slot = data.slots[slot_id]
        schedule.append(SlotSchedule(
            slot_id=slot.slot_id, starts_at=slot.starts_at, location=slot.location,
            capacity=slot.capacity,
            ready_at=slot.starts_at + dt.timedelta(hours=slot.ready_after_hours),
            bookings=tuple(sorted(bookings, key=lambda b: b.case_no)),
        ))
    schedule.sort(key=lambda s: (s.starts_at, s.slot_id))
    return schedule


def _left_behind(data: _PlanData) -> tuple[list[UnassignedPerson], list[OverflowHousehold]]:
    start = data.plan.start_date
    unassigned: list[UnassignedPerson] = []
    overflow: list[OverflowHousehold] = []
    for row in data.households:
        members = data.travelling(row.household_id)
        if not members:
            continue
        code = data.codes.get(row.household_id)
        if row.flight_id is None:
            reasons = tuple(t for t in (_reason_text(r) for r in row.reasons or ()) if t)
            for person in members:
                unassigned.append(UnassignedPerson(
                    case_no=person.case_no, full_name=person.full_name, sex=person.sex,
                    age=age_on(person.date_of_birth, start), household=code,
                    destinations=(person.destinations or "").replace(";", ", "),
                    reasons=reasons or ("the planner recorded no reason",),
                ))
        if row.overflow_person_nights:
            cases = tuple(sorted(p.case_no for p in members))
            overflow.append(OverflowHousehold(
                household=code or cases[0], case_numbers=cases,
                person_nights=row.overflow_person_nights,
                reason=_reason_text(stored_reason(row.overflow_why, row.overflow_reason)),
            ))
    unassigned.sort(key=lambda u: u.case_no)
    overflow.sort(key=lambda o: (-o.person_nights, o.household))
    return unassigned, overflow


def _select_flights(
    flights: list[FlightManifest], keys: Sequence[str] | None, plan_id: int
) -> list[FlightManifest]:
    if not keys:
        return flights
    by_key = {f.key: f for f in flights}
    missing = [k for k in keys if k not in by_key]
    if missing:
        raise PlannerError.of("export_flight_empty", plan=str(plan_id), flight=missing[0])
    return [by_key[k] for k in dict.fromkeys(keys)]


def read_shelter_roster(session: Session, plan_id: int, shelter: str) -> ShelterRoster | None:
    """The roster of ``shelter`` in the plan ``plan_id``, as its sheet in the manifests
    lists it (who sleeps there: members still to travel who need a shelter, on the nights
    of their stay); None when the plan has no such shelter. Tags for a shelter read it,
    so a sheet of labels has the roster's persons."""
    plan = choose_plan(session, plan_id)
    rosters = _shelter_rosters(_PlanData(session, plan), get_settings(session))
    return next((r for r in rosters if r.name == shelter), None)


def _conflict_text(conflicts: Iterable[Any]) -> tuple[str, ...]:
    return tuple(t for t in (_reason_text(c) for c in conflicts or ()) if t)


def read_manifests(
    session: Session,
    plan_id: int | None = None,
    *,
    flights: Sequence[str] | None = None,
    now: dt.datetime | None = None,
) -> ManifestDocument:
    """The complete embassy copy of a stored plan (default plan: see ``choose_plan``).

    ``flights`` (keys such as ``"QZ 8205 2026-03-05"``) chooses flights: the document
    holds their manifests only, without the operation's shelters, appointments and
    persons left behind (``ManifestDocument.chosen_flights``).
    """
    settings = get_settings(session)
    plan = choose_plan(session, plan_id)
    data = _PlanData(session, plan)
    chosen = bool(flights)
    unassigned, overflow = ([], []) if chosen else _left_behind(data)
    return ManifestDocument(
        operation=settings.name,
        plan_id=plan.id,
        plan_status=plan.status,
        plan_start=plan.start_date,
        plan_created_at=plan.created_at,
        published_at=plan.published_at,
        generated_at=now or dt.datetime.now().replace(microsecond=0),
        copy=Copy.EMBASSY,
        flights=tuple(_select_flights(_flight_manifests(data, settings), flights, plan.id)),
        shelters=() if chosen else tuple(_shelter_rosters(data, settings)),
        slots=() if chosen else tuple(_slot_schedule(data)),
        unassigned=tuple(unassigned),
        overflow=tuple(overflow),
        conflicts=_conflict_text(plan.conflicts),
        persons_in_plan=sum(
            len(data.travelling(r.household_id)) for r in data.households
        ),
        chosen_flights=chosen,
    )
