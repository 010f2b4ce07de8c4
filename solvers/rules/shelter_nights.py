"""Rule 8: a sheltered household takes one bed per member needing shelter for every night
from R_h to the night before departure (or to the horizon end E when it does not fly); beds
per night hold, and the shelter is open on every night of the stay.

For beds, households with the same ready date, sheltered members and fitting shelters
(rule 9) that leave on the same day are interchangeable, whatever else differs: they form a
*bed group*, and ``b[g, s, d]`` counts its households in shelter s leaving on day d (a
variable only when s is open on every night of that stay). A household with a kept shelter
pin is a group of its own. Beds used on a night change only when a stay begins or ends and
never grow between two nights on which stays begin, so a shelter's beds are held on those
nights alone: the nights between them are an interval where nothing is added.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from solvers.model_context import BedGroup
from solvers.nights import shelter_nights
from solvers.rules.shelter_fit import open_for

if TYPE_CHECKING:
    from solvers.classes import HouseholdClass
    from solvers.model_context import ModelContext


def leave_dates(cls: HouseholdClass) -> list[dt.date | None]:
    dates = sorted({o.date for o in cls.facts.options})
    return [*dates, None]


def bed_groups(model: ModelContext) -> list[BedGroup]:
    """The sheltered classes that fit some shelter, grouped for beds (see the module)."""
    pinned = set(model.pins.shelter)
    groups: dict[tuple[object, ...], BedGroup] = {}
    for cls in model.classes:
        facts = cls.facts
        if facts.sheltered == 0 or not facts.shelters:
            continue
        alone = cls.index if pinned.intersection(cls.households) else None
        key = (facts.ready, facts.sheltered, facts.shelters, alone)
        group = groups.get(key)
        if group is None:
            group = groups[key] = BedGroup(len(groups), facts.ready, facts.sheltered,
                                           facts.shelters)
        group.classes.append(cls)
    return list(groups.values())


def add(model: ModelContext) -> None:
    problem = model.problem
    end = problem.horizon_end
    rows = model.rows
    model.bed_groups = bed_groups(model)
    #: shelter id -> (variable, sheltered members, first night, last night)
    stays: dict[int, list[tuple[Any, int, dt.date, dt.date]]] = defaultdict(list)
    for group in model.bed_groups:
        days: dict[dt.date | None, int] = defaultdict(int)
        for cls in group.classes:
            for day in leave_dates(cls):
                days[day] += cls.count
        for day, most in sorted(days.items(), key=lambda d: d[0] or dt.date.max):
            nights = shelter_nights(group.ready, day, end)
            if nights is None:
                continue
            here = []
            for shelter_id in group.shelters:
                shelter = problem.shelter_by_id[shelter_id]
                if shelter.beds < group.sheltered or not open_for(shelter, nights):
                    continue
                var = rows.new_var(most, f"b[g{group.index},s{shelter_id},{day}]")
                model.vars.b[(group.index, shelter_id, day)] = var
                here.append((var, 1))
                stays[shelter_id].append((var, group.sheltered, nights.first, nights.last))
            if not here:
                continue
            leaving: list[tuple[Any, int]] = []
            constant = 0
            for cls in group.classes:
                terms, households = model.leaving_terms(cls, day)
                leaving.extend(terms)
                constant += households
            rows.add_le(here + [(v, -c) for v, c in leaving], constant)
    for shelter in problem.shelters:
        used = stays.get(shelter.id)
        if not used:
            continue
        for night in sorted({first for _, _, first, _ in used}):
            rows.add_le([(var, size) for var, size, first, last in used
                         if first <= night <= last], shelter.beds)
