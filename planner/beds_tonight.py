"""Why persons are without a bed tonight while beds are free (the situation report screen).

The situation report counts the persons in care who need a bed and have none tonight in
the plan in use, beside the beds free tonight (``planner.sitrep.figures``). Both can be
large at once, and an officer reads that as beds left empty by mistake. ``beds_tonight``
sorts the persons without a bed by why, with the same reading of the day as the report:

- their household is not all in care yet (a household's stay starts when its last member
  is in care, SPEC 3.1 rule 8);
- they are not in the plan in use (registered after it was made);
- the plan's flight for them leaves that day or has left (no bed the night of the flight);
- the plan places them in a shelter closed that night (to be moved);
- the plan places them in no shelter. For each shelter with free beds tonight, these are
  split by the planner's own reason (``shelters_full``: "all shelters that take this
  household are full", naming a full night of each): the shelter takes the household but
  is full on another night of its stay (a household stays in one shelter for its whole
  stay), or it does not take the household at all (its policy, medical care, or its open
  dates).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, PlanHousehold, Settings, Shelter
from planner.sitrep.figures import OUT_STATUSES, Sitrep, person_histories, zone_of


@dataclass(frozen=True)
class FreeShelter:
    """A shelter with beds free tonight, and the persons the plan gives no shelter who
    cannot have them."""

    name: str
    free: int
    #: The shelter's policy ("any", "women_children", "men") and whether it has medical care.
    accepts: str
    medical_care: bool
    #: Persons whose household the shelter takes, kept out by a night it is full.
    full_on_a_night: int = 0
    #: Persons whose household the shelter does not take (policy, care, open dates).
    not_taken: int = 0


@dataclass(frozen=True)
class BedsTonight:
    """The persons without a bed tonight by why (they add up to ``without``)."""

    without: int
    free: int
    arriving: int = 0
    not_in_plan: int = 0
    flying: int = 0
    closed_shelter: int = 0
    no_shelter: int = 0
    shelters: list[FreeShelter] = field(default_factory=list)


def _full_shelters(why: dict[str, Any] | None) -> set[str] | None:
    """The shelters the planner found full for a household it gave no shelter (the
    shelters that take it); None when it stored no such reason."""
    if not why or why.get("code") != "shelters_full" or why.get("full_more"):
        return None  # no such reason, or its list cut short: which shelters is not known
    return {str(night.get("shelter")) for night in why.get("full", [])}


def beds_tonight(session: Session, sitrep: Sitrep) -> BedsTonight:
    """Why each person in care who needs a bed has none on the report's night."""
    day = sitrep.day
    settings = session.get(Settings, 1)
    persons = person_histories(session, zone_of(settings.timezone if settings else "UTC"))
    status_of = {p.id: p.status_on(day) for p in persons}
    waiting = Counter(p.household_id for p in persons if status_of[p.id] is None)
    needing = [p for p in persons
               if status_of[p.id] not in (None, *OUT_STATUSES) and p.needs_shelter]
    placed: dict[int, tuple[int | None, int | None, set[str] | None]] = {}
    if sitrep.plan_id is not None:
        for row in session.execute(
                select(PlanHousehold.household_id, PlanHousehold.flight_id,
                       PlanHousehold.shelter_id, PlanHousehold.overflow_why)
                .where(PlanHousehold.plan_id == sitrep.plan_id)):
            placed[row.household_id] = (row.flight_id, row.shelter_id,
                                        _full_shelters(row.overflow_why))
    flight_days = {fid: d for fid, d in session.execute(select(Flight.id, Flight.departure_date))}
    shelters = {s.id: s for s in session.scalars(select(Shelter))}
    open_tonight = {s.name for s in sitrep.shelters if s.open}
    counts: Counter[str] = Counter()
    kept_out: list[set[str] | None] = []  # the full shelters of each person given none
    for person in needing:
        if waiting[person.household_id]:
            counts["arriving"] += 1
            continue
        if person.household_id not in placed:
            counts["not_in_plan"] += 1
            continue
        flight, shelter, full = placed[person.household_id]
        if flight is not None and flight_days.get(flight, dt.date.max) <= day:
            counts["flying"] += 1
        elif shelter is None:
            counts["no_shelter"] += 1
            kept_out.append(full)
        elif shelters[shelter].name not in open_tonight:
            counts["closed_shelter"] += 1
    free = [FreeShelter(
        s.name, s.free, shelter.accepts, shelter.medical_care,
        full_on_a_night=sum(1 for full in kept_out if full is not None and s.name in full),
        not_taken=sum(1 for full in kept_out if full is not None and s.name not in full))
        for s in sitrep.shelters if s.free
        for shelter in [next(x for x in shelters.values() if x.name == s.name)]]
    return BedsTonight(sitrep.without_bed, sitrep.beds_free, counts["arriving"],
                       counts["not_in_plan"], counts["flying"], counts["closed_shelter"],
                       counts["no_shelter"], free)
