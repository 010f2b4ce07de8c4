"""Bounds of objectives 3-5 that every solve can afford (O(n log n) over the classes), for
the objectives a solve could not bound itself in its time (issue 14: no objective an
officer sees is left with a plain bound of 0 days, 0 nights or every person).

Each holds for every plan the model allows, so for its lexicographic optimum:

* overflow person-nights (min): on each night, the persons needing a bed who cannot have
  flown yet (ready, and before their earliest usable flight, or all nights up to the
  horizon end without one) less the beds of every shelter open that night;
* priority-weighted waiting (min): the optimum flies a weight of at least ``W`` (any
  plan's flown weight), each household at best on its cheapest option, so its waiting is at
  least the fractional knapsack ``min sum c_h x_h, sum w_h x_h >= W, 0 <= x_h <= 1``,
  solved exactly (in rationals) by ``c_h / w_h`` ascending;
* first choices (max): at most, per household, the most members one of its options takes
  to their first choice, and per airport no more than its flights' seats and the laps of
  the infants preferring it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction

from solvers.classes import HouseholdClass
from solvers.problem import Problem, age_on


def overflow_nights(problem: Problem, classes: Sequence[HouseholdClass]) -> int:
    """Person-nights without a bed that no plan avoids (SPEC 3.1 rule 8's nights)."""
    start = problem.start
    nights = (problem.horizon_end - start).days + 1
    present = [0] * (nights + 1)
    for cls in classes:
        facts = cls.facts
        if not facts.sheltered:
            continue
        first = (facts.ready - start).days
        days = facts.arrays.day
        last = int(days.min()) - 1 if len(days) else nights - 1
        if last < first:
            continue
        people = facts.sheltered * cls.count
        present[max(first, 0)] += people
        present[last + 1] -= people
    total = 0
    running = 0
    for index in range(nights):
        running += present[index]
        night = start + dt.timedelta(days=index)
        beds = sum(s.beds for s in problem.shelters if s.is_open(night))
        total += max(0, running - beds)
    return total


def waiting_days(classes: Sequence[HouseholdClass], flown_weight: int) -> Fraction | None:
    """The least priority-weighted waiting of any plan flying ``flown_weight`` or more;
    None when the classes' options cannot fly that much or a weight is negative (then
    the bound of 0 stays)."""
    total = Fraction(0)
    need = Fraction(flown_weight)
    rest: list[tuple[Fraction, int, int, int]] = []
    for cls in classes:
        facts = cls.facts
        if facts.weight < 0:
            return None
        waiting = facts.arrays.waiting
        if not len(waiting):
            continue
        cost = int(waiting.min())
        if cost <= 0:  # taken whole: it can only lower the waiting
            total += cost * cls.count
            need -= facts.weight * cls.count
        elif facts.weight > 0:
            rest.append((Fraction(cost, facts.weight), cost, facts.weight, cls.count))
    rest.sort()
    for _, cost, weight, count in rest:
        if need <= 0:
            break
        units = min(Fraction(count), need / weight)
        total += cost * units
        need -= weight * units
    if need > 0:
        return None
    return total


def first_choices(problem: Problem, classes: Sequence[HouseholdClass]) -> int:
    """The most persons any plan flies to their first choice: the least of, per household,
    the most members one of its options takes to their first choice, and, per airport,
    the persons who could fly there as their first choice, at most the seats of the usable
    flights there plus the infants preferring it (an infant on the day of a flight, on a
    lap, takes no seat; it was one on the plan start already)."""
    by_household = 0
    reachable: dict[str, int] = {}
    destination = {f.id: f.destination for f in problem.usable_flights}
    for cls in classes:
        arrays = cls.facts.arrays
        if not len(arrays):
            continue
        by_household += int(arrays.first_choice.max()) * cls.count
        takes: dict[str, int] = {}
        for flight_id, first in zip(arrays.flight_id.tolist(), arrays.first_choice.tolist(),
                                    strict=True):
            airport = destination[flight_id]
            takes[airport] = max(takes.get(airport, 0), first)
        for airport, first in takes.items():
            reachable[airport] = reachable.get(airport, 0) + first * cls.count
    room: dict[str, int] = {}
    for flight in problem.usable_flights:
        room[flight.destination] = room.get(flight.destination, 0) + flight.seats
    for person in problem.persons:
        if person.destinations and age_on(person.date_of_birth, problem.start) \
                < problem.infant_age:
            airport = person.destinations[0]
            room[airport] = room.get(airport, 0) + 1
    by_airport = sum(min(count, room.get(airport, 0)) for airport, count in reachable.items())
    return min(by_household, by_airport)
