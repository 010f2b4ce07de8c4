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
from planner.export.plan_reader import age_on
from planner.operation import get_settings


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
