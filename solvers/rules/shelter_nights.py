"""Rule 8: a sheltered household takes one bed per member needing shelter for every night
from R_h to the night before departure (or to the horizon end E when it does not fly); beds
per night hold, and the shelter is open on every night of the stay.

A variable a[c, s, d] exists only when shelter s is open on every night of that stay. The
night rows use per-day counters: beds taken on night t = arrivals up to t minus departures
up to t, which keeps each row short at any size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from solvers.nights import ONE_DAY, shelter_nights
from solvers.rules.shelter_fit import open_for

if TYPE_CHECKING:
    from solvers.classes import HouseholdClass
    from solvers.model import PlanModel


def leave_dates(cls: HouseholdClass) -> list[dt.date | None]:
    dates: list[dt.date | None] = sorted({o.date for o in cls.facts.options})
    return [*dates, None]


def add(model: PlanModel) -> None:
    problem = model.problem
    end = problem.horizon_end
    backend = model.backend
    arrivals: dict[tuple[int, dt.date], list[tuple[Any, int]]] = defaultdict(list)
    departures: dict[tuple[int, dt.date], list[tuple[Any, int]]] = defaultdict(list)
    for cls in model.classes:
        facts = cls.facts
        if facts.sheltered == 0 or not facts.shelters:
            continue
        for day in leave_dates(cls):
            nights = shelter_nights(facts.ready, day, end)
            if nights is None:
                continue
            here = []
            for shelter_id in facts.shelters:
                shelter = problem.shelter_by_id[shelter_id]
                if shelter.beds < facts.sheltered or not open_for(shelter, nights):
                    continue
                var = backend.new_var(cls.count, f"a[c{cls.index},s{shelter_id},{day}]")
                model.vars.a[(cls.index, shelter_id, day)] = var
                here.append((var, 1))
                arrivals[(shelter_id, facts.ready)].append((var, facts.sheltered))
                if day is not None:
                    departures[(shelter_id, day)].append((var, facts.sheltered))
            if here:
                leaving, constant = model.leaving_terms(cls, day)
                backend.add_le(here + [(v, -c) for v, c in leaving], constant)
    for shelter in problem.shelters:
        _night_rows(model, shelter.id, shelter.beds, arrivals, departures, end)


def _night_rows(
    model: PlanModel,
    shelter_id: int,
    beds: int,
    arrivals: dict[tuple[int, dt.date], list[tuple[Any, int]]],
    departures: dict[tuple[int, dt.date], list[tuple[Any, int]]],
    end: dt.date,
) -> None:
    backend = model.backend
    days = sorted({d for (s, d) in arrivals if s == shelter_id})
    if not days:
        return
    running: list[tuple[Any, int]] = []
    night = days[0]
    while night <= end:
        for key, sign in (((shelter_id, night), 1), ((shelter_id, night), -1)):
            source = arrivals if sign == 1 else departures
            terms = source.get(key)
            if terms:
                counter = backend.new_var(beds, f"{'in' if sign == 1 else 'out'}[s{shelter_id},{night}]")
                backend.add_eq([*terms, (counter, -1)], 0)
                running.append((counter, sign))
        if running:
            backend.add_le(list(running), beds)
        night += ONE_DAY
