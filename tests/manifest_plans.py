"""Stored plans for manifest tests and the export benchmark, made without the solver.

``store_greedy_plan`` fills the usable flights of an operation household by household
(first fit, by departure) and writes the Plan, PlanHousehold and PlanPerson rows the
solver would write. It respects seats, infants, medical capacity, destinations and
timing; it is not optimal and does not need to be: the manifests print what is stored.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from planner.db.models import (
    DocumentSlot,
    Flight,
    Person,
    Plan,
    PlanHousehold,
    PlanPerson,
    Shelter,
)
from planner.domain import USABLE_FLIGHT_STATUSES, DocumentStatus
from planner.operation import get_settings
from solvers.problem import age_on


@dataclass
class _Load:
    seats: int
    medical: int | None
    used_seats: int = 0
    used_medical: int = 0


@dataclass
class StoredPlan:
    plan_id: int
    #: flight id -> person ids on it
    flown: dict[int, list[int]] = field(default_factory=dict)
    unflown_households: list[int] = field(default_factory=list)

    @property
    def flown_persons(self) -> int:
        return sum(len(v) for v in self.flown.values())


def store_greedy_plan(
    session: Session,
    *,
    published: bool = False,
    relax: bool = False,
    max_flown: int | None = None,
    created_at: dt.datetime | None = None,
) -> StoredPlan:
    """Store a first-fit plan; ``relax`` ignores destinations, dates and documents."""
    settings = get_settings(session)
    start = settings.plan_start or dt.date.today()
    buffer = dt.timedelta(hours=settings.checkin_buffer_hours)
    usable = {s.value for s in USABLE_FLIGHT_STATUSES}
    flights = [f for f in session.scalars(select(Flight).order_by(Flight.departs_at, Flight.id))
               if f.status in usable and f.departure_date >= start]
    loads = {f.id: _Load(f.seats, f.medical_capacity) for f in flights}
    shelters = list(session.scalars(select(Shelter).order_by(Shelter.id)))
    shelter_left = {s.id: s.beds for s in shelters}
    slots = list(session.scalars(select(DocumentSlot).order_by(DocumentSlot.starts_at)))
    slot_left = {s.id: s.capacity for s in slots}
    members: dict[int, list[Person]] = defaultdict(list)
    for person in session.scalars(select(Person).where(Person.departed_flight_id.is_(None))
                                  .order_by(Person.id)):
        members[person.household_id].append(person)

    plan = Plan(status="feasible", start_date=start, created_by="test",
                created_at=created_at or dt.datetime(2026, 3, 1, 12, 0),
                published_at=dt.datetime(2026, 3, 1, 13, 0) if published else None)
    session.add(plan)
    session.flush()
    stored = StoredPlan(plan.id)
    household_rows: list[dict[str, Any]] = []
    person_rows: list[dict[str, Any]] = []
    flown_total = 0
    for household_id, people in members.items():
        ready = max(max(start, p.available_from or start) for p in people)
        cleared = max((p.cleared_from for p in people if p.cleared_from), default=start)
        accepted = None
        for p in people:
            mine = set(p.destination_list or [settings.default_destination])
            accepted = mine if accepted is None else accepted & mine
        chosen: Flight | None = None
        chosen_slots: dict[int, int] = {}
        if max_flown is None or flown_total + len(people) <= max_flown:
            for flight in flights:
                day = flight.departure_date
                if not relax and (flight.destination not in (accepted or set())
                                  or day < max(ready, cleared)):
                    continue
                ages = [age_on(p.date_of_birth, day) for p in people]
                if any(a < settings.infant_age for a in ages) and not any(
                        a >= settings.minor_age for a in ages):
                    break
                seated = sum(1 for a in ages if a >= settings.infant_age)
                medical = sum(1 for p in people if p.medical)
                load = loads[flight.id]
                if load.used_seats + seated > load.seats:
                    continue
                if load.medical is not None and load.used_medical + medical > load.medical:
                    continue
                picked = {} if relax else _slots_for(people, flight, slots, slot_left, start,
                                                     buffer)
                if picked is None:
                    continue
                chosen, chosen_slots = flight, picked
                load.used_seats += seated
                load.used_medical += medical
                break
        if chosen is not None:
            for slot_id in chosen_slots.values():
                slot_left[slot_id] -= 1
            stored.flown[chosen.id] = stored.flown.get(chosen.id, []) + [p.id for p in people]
            flown_total += len(people)
        else:
            stored.unflown_households.append(household_id)
        needing = sum(1 for p in people if p.needs_shelter)
        shelter_id = None
        if needing:
            for shelter in shelters:
                if shelter_left[shelter.id] >= needing:
                    shelter_id = shelter.id
                    shelter_left[shelter.id] -= needing
                    break
        destinations = ", ".join(sorted(accepted or ())) or "no common destination"
        household_rows.append({
            "plan_id": plan.id,
            "household_id": household_id,
            "flight_id": chosen.id if chosen else None,
            "shelter_id": shelter_id,
            "reasons": [] if chosen else [{
                "code": "flights_full",
                "text": f"all flights to {destinations} on or after {max(ready, cleared)} "
                        "are full or too early for a document",
            }],
            "overflow_person_nights": 0 if shelter_id or not needing else needing * 3,
            "overflow_reason": None if shelter_id or not needing else
            "all compatible shelters are full",
        })
        for p in people:
            person_rows.append({"plan_id": plan.id, "person_id": p.id,
                                "slot_id": chosen_slots.get(p.id)})
    for rows, model in ((household_rows, PlanHousehold), (person_rows, PlanPerson)):
        for offset in range(0, len(rows), 10_000):
            session.execute(insert(model), rows[offset: offset + 10_000])
    session.flush()
    return stored


def _slots_for(people: list[Person], flight: Flight, slots: list[DocumentSlot],
               left: dict[int, int], start: dt.date,
               buffer: dt.timedelta) -> dict[int, int] | None:
    """A slot for each member without a valid document, or None when one cannot have one."""
    picked: dict[int, int] = {}
    taken: dict[int, int] = defaultdict(int)
    latest_ready = flight.departs_at - buffer
    for person in people:
        if person.document_status == DocumentStatus.VALID.value:
            continue
        ready = max(start, person.available_from or start)
        for slot in slots:
            if slot.starts_at.date() < ready:
                continue
            if slot.starts_at + dt.timedelta(hours=slot.ready_after_hours) > latest_ready:
                break
            if left[slot.id] - taken[slot.id] > 0:
                picked[person.id] = slot.id
                taken[slot.id] += 1
                break
        else:
            return None
        if person.id not in picked:
            return None
    return picked


SMALL_START = dt.date(2026, 3, 2)
#: Marks every note of the small operation, so a test can look for it in a file's bytes.
NOTE_MARK = "NOTE-7f3a"


def store_small_operation(session: Session, *, published: bool = True) -> int:
    """A hand-made operation whose manifests are known by heart; returns its plan id.

    QZ 8205 (2026-03-05, CGK) carries household H-1 (father, pregnant mother who needs an
    ETD, infant) and C-000007 (medical, wheelchair); GA 123 (2026-03-07, SUB) carries the
    two unaccompanied minors of H-2; C-000006 is left behind. E = 2026-03-07 (the
    cancelled JT 1 does not count). H-1 sleeps in Wisma A, H-2 has no bed.
    """
    from planner.db.models import Household

    settings = get_settings(session)
    settings.name = "Test operation & partners"
    settings.plan_start = SMALL_START
    session.add_all([
        Household(id=1, code="H-1"), Household(id=2, code="H-2"),
        Household(id=3, code="~C-000006", implicit=True),
        Household(id=4, code="~C-000007", implicit=True),
    ])
    session.add_all([
        Flight(id=1, flight_no="QZ 8205", carrier="Indonesia AirAsia", origin="PNH",
               destination="CGK", departs_at=dt.datetime(2026, 3, 5, 8, 15),
               departure_date=dt.date(2026, 3, 5), seats=10, medical_capacity=1,
               status="confirmed"),
        Flight(id=2, flight_no="GA 123", carrier="Garuda Indonesia", origin="PNH",
               destination="SUB", departs_at=dt.datetime(2026, 3, 7, 10, 0),
               departure_date=dt.date(2026, 3, 7), seats=5, status="planned"),
        Flight(id=3, flight_no="JT 1", carrier="Lion Air", origin="PNH", destination="DPS",
               departs_at=dt.datetime(2026, 3, 20, 6, 0), departure_date=dt.date(2026, 3, 20),
               seats=100, status="cancelled"),
        Shelter(id=1, name="Wisma A", beds=10, accepts="any", medical_care=True),
        DocumentSlot(id=1, slot_id="S-0303-0900", starts_at=dt.datetime(2026, 3, 3, 9, 0),
                     capacity=5, ready_after_hours=24, location="Embassy consular section"),
    ])
    people = [
        # id, household, name, sex, born, passport, status, extra
        (1, 1, "Agus Pratama", "M", dt.date(1980, 1, 1), "A1234567", "valid", {}),
        (2, 1, "Siti Pratama", "F", dt.date(1985, 6, 15), None, "missing",
         {"pregnant": True, "available_from": dt.date(2026, 3, 3), "trafficking_victim": True}),
        (3, 1, "Putri Pratama", "F", dt.date(2025, 6, 1), None, "missing", {}),
        (4, 2, "Dimas Lubis", "M", dt.date(2010, 5, 5), "B7654321", "valid", {}),
        (5, 2, "Rina Lubis", "F", dt.date(2012, 7, 7), "B7654322", "valid", {}),
        (6, 3, "Budi Santoso", "M", dt.date(1990, 2, 2), "C1111111", "valid",
         {"trafficking_victim": True, "destinations": "DPS"}),
        (7, 4, "Hadi Wijaya", "M", dt.date(1960, 3, 4), "C2222222", "valid",
         {"medical": True, "disability": True, "needs_shelter": False}),
    ]
    for pid, household, name, sex, born, passport, status, extra in people:
        values: dict[str, Any] = {
            "id": pid, "case_no": f"C-{pid:06d}", "household_id": household, "full_name": name,
            "name_key": name.lower(), "sex": sex, "date_of_birth": born, "nationality": "IDN",
            "passport_no": passport, "document_status": status,
            "phone": f"+855 97 {pid:03d} 4{pid:02d}", "destinations": "CGK;SUB",
            "notes": f"{NOTE_MARK} case {pid} met the police liaison",
        }
        values.update(extra)
        session.add(Person(**values))
    session.flush()
    plan = Plan(id=1, status="optimal", start_date=SMALL_START, created_by="test",
                created_at=dt.datetime(2026, 3, 1, 9, 0),
                published_at=dt.datetime(2026, 3, 1, 10, 0) if published else None,
                conflicts=[{"code": "pin_released", "text": "pin of C-000006 to JT 1 released: "
                            "the flight was cancelled"}])
    session.add(plan)
    session.flush()
    session.add_all([
        PlanHousehold(plan_id=plan.id, household_id=1, flight_id=1, shelter_id=1),
        PlanHousehold(plan_id=plan.id, household_id=2, flight_id=2, overflow_person_nights=10,
                      overflow_reason="all compatible shelters are full"),
        PlanHousehold(plan_id=plan.id, household_id=3, shelter_id=1, reasons=[
            {"code": "no_flight", "text": "no usable flight to DPS on or after 2026-03-02"}]),
        PlanHousehold(plan_id=plan.id, household_id=4, flight_id=1),
    ])
    session.add_all([PlanPerson(plan_id=plan.id, person_id=pid,
                                slot_id=1 if pid in (2, 3) else None) for pid in range(1, 8)])
    session.flush()
    return plan.id
