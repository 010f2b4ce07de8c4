"""Beds for the households of a plan whose flights are decided (rules 8 and 9; objective 3).

Each sheltered household needs its beds for a fixed run of nights once its flight is known.
Households are placed night by night: those whose stay begins first, and of those the
longest stays first, each in a shelter that takes it (rule 9), is open and has its beds
free on every night of the stay; of those, the one that the fewest households could use. Bed use is a (shelter x night) array, so a placement
is one vectorised check over the fitting shelters. Kept shelter pins are placed first.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from solvers.classes import HouseholdClass
from solvers.nights import shelter_nights
from solvers.problem import Problem
from solvers.rules.pins import ScreenedPins
from solvers.solution import Assignment


def assign_beds(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
                pins: ScreenedPins) -> None:
    shelters = list(problem.shelters)
    if not shelters:
        return
    start, end = problem.start, problem.horizon_end
    nights = (end - start).days + 1
    index_of = {s.id: i for i, s in enumerate(shelters)}
    beds = np.asarray([s.beds for s in shelters], dtype=np.int64)
    is_open = np.asarray([[s.is_open(start + dt.timedelta(days=t)) for t in range(nights)]
                          for s in shelters], dtype=bool)
    used = np.zeros((len(shelters), nights), dtype=np.int64)
    stays = []
    class_of = {h: cls for cls in classes for h in cls.households}
    for household in problem.households:
        cls = class_of.get(household.id)
        pinned = pins.shelter.get(household.id)
        if pinned is not None:
            plan.shelter_of[household.id] = pinned
        if cls is None or not cls.facts.sheltered:
            continue
        flight_id = plan.flight_of.get(household.id)
        departure = problem.flight_by_id[flight_id].departure_date if flight_id else None
        stay = shelter_nights(cls.facts.ready, departure, end)
        if stay is None:
            continue
        first, last = (stay.first - start).days, (stay.last - start).days
        if pinned is not None:
            used[index_of[pinned], first: last + 1] += cls.facts.sheltered
            continue
        stays.append((first, first - last, household.id, last, cls))
    # Households with the same stay, beds and fitting shelters are placed together.
    groups: dict[tuple[int, int, int, tuple[int, ...]], list[int]] = {}
    for first, _, household_id, last, cls in stays:
        key = (first, last, cls.facts.sheltered, cls.facts.shelters)
        groups.setdefault(key, []).append(household_id)
    # Of the shelters with room, the one fewest households can use: a shelter for women
    # and children goes to a woman before a shelter that takes anyone.
    wanted = np.zeros(len(shelters), dtype=np.int64)
    for (_, _, size, fits), members in groups.items():
        for shelter_id in fits:
            wanted[index_of[shelter_id]] += size * len(members)
    for (first, last, size, fits), members in sorted(
            groups.items(), key=lambda g: (g[0][0] - g[0][1], g[0][0], min(g[1]))):
        candidates = np.asarray([index_of[s] for s in fits], dtype=np.int64)
        if not len(candidates):
            continue
        waiting = sorted(members)
        open_all = is_open[candidates, first: last + 1].all(axis=1)
        while waiting:
            free = (beds[candidates, None] - used[candidates, first: last + 1]).min(axis=1)
            room = np.flatnonzero(open_all & (free >= size))
            if not len(room):
                break
            pick = room[np.argmin(wanted[candidates[room]])]
            chosen = int(candidates[pick])
            take = min(len(waiting), int(free[pick]) // size)
            used[chosen, first: last + 1] += take * size
            for household_id in waiting[:take]:
                plan.shelter_of[household_id] = shelters[chosen].id
            waiting = waiting[take:]
