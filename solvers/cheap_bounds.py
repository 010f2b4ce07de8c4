"""Bounds of objectives 3-5 that every solve can afford (O(n log n) over the classes), for
the objectives a solve could not bound itself in its time (issue 14: no objective an
officer sees is left with a plain bound of 0 days, 0 nights or every person).

Each holds for every plan the model allows, so for its lexicographic optimum:

* overflow person-nights (min): on each night, the persons needing a bed who cannot have
  flown yet (ready, and before their earliest usable flight, or all nights up to the
  horizon end without one) less the beds of every shelter open that night;
* priority-weighted waiting (min): the optimum flies a weight of at least ``W`` (any
  plan's flown weight). Seats counted, the Lagrangian bound of
  :mod:`solvers.waiting_bound` (the seats of each airport and day priced by a small LP);
  and, whatever that LP does, the bound without seats: each household at best on its
  cheapest option, so its waiting is at least the fractional knapsack
  ``min sum c_h x_h, sum w_h x_h >= W, 0 <= x_h <= 1``, solved exactly (in rationals) by
  ``c_h / w_h`` ascending. The larger of the two;
* the weight flown (max), for when objective 1's LP is cut short: the fractional knapsack
  of the households over the seats of every usable flight, each at its fewest seats;
* first choices (max): at most, per household, the most members one of its options takes
  to their first choice, and per airport no more than its flights' seats and the laps of
  the infants preferring it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from solvers import waiting_bound
from solvers.classes import HouseholdClass
from solvers.problem import Problem, lap_infant


def flown_weight(problem: Problem, classes: Sequence[HouseholdClass]) -> Fraction:
    """At most the priority weight any plan flies: households with an option, taken by
    weight per seat (their fewest seats over their options), until the seats of every
    usable flight are used, the last one in part. Destinations, days, medical places and
    documents are left out, so it holds for every plan (the plain bound, every household
    with an option, leaves out the seats too)."""
    seats_left = sum(f.seats for f in problem.usable_flights)
    total = Fraction(0)
    items: list[tuple[Fraction, int, int, int]] = []
    for cls in classes:
        facts = cls.facts
        if not len(facts.arrays.seats) or facts.weight <= 0:
            continue
        seats = int(facts.arrays.seats.min())
        if seats <= 0:  # takes no seat (never: an infant flies on an adult's lap)
            total += facts.weight * cls.count
            continue
        items.append((Fraction(facts.weight, seats), facts.weight, seats, cls.count))
    items.sort(reverse=True)
    for _, weight, seats, count in items:
        if seats_left <= 0:
            break
        whole = min(count, seats_left // seats)
        total += weight * whole
        seats_left -= seats * whole
        if whole < count and seats_left > 0:
            total += Fraction(weight * seats_left, seats)
            seats_left = 0
    return total


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


#: How each bound here is named in ``Plan.parameters["bound_methods"]``.
SEATED_WAITING = "seats priced by airport and day"
KNAPSACK_WAITING = "cheapest options, seats left out"
NIGHTS = "night by night, every shelter"
FIRST_CHOICES = "per household and airport"


def waiting_days(problem: Problem, classes: Sequence[HouseholdClass], flown_weight: int,
                 seconds: float = waiting_bound.LP_SECONDS) -> tuple[Fraction, str] | None:
    """The least priority-weighted waiting of any plan flying ``flown_weight`` or more,
    and how it was found: seats counted where the prices of :mod:`solvers.waiting_bound`
    could be found (its LP gets ``seconds``; none when ``seconds`` is 0), else the
    knapsack without seats; None when neither is known (then the bound of 0 stays)."""
    found = []
    if seconds > 0:
        seated = waiting_bound.seat_aware_waiting(problem, classes, flown_weight, seconds)
        if seated is not None:
            found.append((seated, SEATED_WAITING))
    without_seats = knapsack_waiting(classes, flown_weight)
    if without_seats is not None:
        found.append((without_seats, KNAPSACK_WAITING))
    # the first of the largest: the seat-aware one where they tie
    return max(found, key=lambda pair: pair[0]) if found else None


def knapsack_waiting(classes: Sequence[HouseholdClass], flown_weight: int) -> Fraction | None:
    """The least priority-weighted waiting of any plan flying ``flown_weight`` or more,
    seats left out; None when the classes' options cannot fly that much or a weight is
    negative."""
    total = 0
    need = flown_weight
    rest: list[tuple[float, int, int, int]] = []
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
            rest.append((cost / facts.weight, cost, facts.weight, cls.count))
    # Correct rounding is monotone, so the float ratios never invert two exact ones (two
    # distinct ratios of whole numbers differ by 1 / (w1 w2), far above a float's step);
    # the sums stay exact.
    rest.sort()
    for _, cost, weight, count in rest:
        if need <= 0:
            break
        if weight * count <= need:
            total += cost * count
            need -= weight * count
        else:
            return total + Fraction(cost * need, weight)
    if need > 0:
        return None
    return Fraction(total)


def first_choices(problem: Problem, classes: Sequence[HouseholdClass]) -> int:
    """The most persons any plan flies to their first choice: the least of, per household,
    the most members one of its options takes to their first choice, and, per airport,
    the persons who could fly there as their first choice, at most the seats of the usable
    flights there plus the infants preferring it (an infant on the day of a flight, on a
    lap, takes no seat; it was one on the plan start already)."""
    flying = [cls for cls in classes if len(cls.facts.arrays)]
    if not flying:
        return 0
    airports = sorted({f.destination for f in problem.flights})
    code = {airport: index for index, airport in enumerate(airports)}
    known = sorted(problem.flights, key=lambda f: f.id)
    known_ids = np.asarray([f.id for f in known], dtype=np.int64)
    known_airports = np.asarray([code[f.destination] for f in known], dtype=np.int64)
    flight_ids = np.concatenate([cls.facts.arrays.flight_id for cls in flying])
    firsts = np.concatenate([cls.facts.arrays.first_choice for cls in flying]).astype(np.int64)
    lengths = np.asarray([len(cls.facts.arrays) for cls in flying], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    airport = known_airports[np.searchsorted(known_ids, flight_ids)]
    counts = np.asarray([cls.count for cls in flying], dtype=np.int64)
    # Each class's options are one segment; the most first-choice members it takes on any
    # option, and to each airport (0 where it cannot go: nobody's first choice reached).
    by_household = int((np.maximum.reduceat(firsts, starts) * counts).sum())
    reachable = np.zeros(len(airports), dtype=np.int64)
    for index in np.unique(airport).tolist():
        there = np.where(airport == index, firsts, 0)
        reachable[index] = int((np.maximum.reduceat(there, starts) * counts).sum())
    room = np.zeros(len(airports), dtype=np.int64)
    for flight in problem.usable_flights:
        room[code[flight.destination]] += flight.seats
    # Whoever was born before this year is infant_age or older on the plan start.
    born_after = dt.date(problem.start.year - problem.infant_age - 1, 1, 1)
    for person in problem.persons:
        index = code.get(person.destinations[0]) if person.destinations else None
        if index is not None and person.date_of_birth >= born_after \
                and lap_infant(person.date_of_birth, problem.start, problem.infant_age):
            room[index] += 1
    by_airport = int(np.minimum(reachable, room).sum())
    return min(by_household, by_airport)
