"""Proven bounds of the objectives after the first, for plans of the scaled method.

SPEC 3.2 asks a bound of every objective a plan did not close. Each bound here holds for
every plan at least as good as the given one in objective 1 (flying at least its weight):
it comes from a relaxation of SPEC 3.1 with objective 1 held there, so no such plan can do
better.

- Objective 2 (changes): the LP of objective 1 over profiles with its keep columns
  (:mod:`solvers.lp_model`), objective 1 held at the plan's weight, minimising changes over
  every column (priced by :class:`~solvers.highs_lp.HighsLp`; when the time runs out, the
  LP's value less what the columns left out could still save).
- Objective 5 (first choices): a Lagrangian bound at class level (objective 4's, seats
  priced by airport and day, is :mod:`solvers.waiting_bound`'s; this one, over flights,
  was weaker and slower there: docs/decisions.md, "Objective 4's bound counts seats"). Each
  class chooses a flight for all of its households, or none; the seats of each flight and
  objective 1's weight are priced by multipliers instead of held (documents, medical places
  and the other objectives are left out). For any multipliers
  ``L = price of the weight * its level - sum of seats * their price + sum over classes of
  households * the best choice's priced value`` bounds the objective; the multipliers start
  from the seat prices of objective 1's LP and are improved by subgradient steps.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import time
from dataclasses import dataclass

import numpy as np

from solvers.classes import HouseholdClass
from solvers.highs_lp import HighsLp
from solvers.lp_model import ArrayModel
from solvers.problem import Problem

log = logging.getLogger(__name__)

#: Subgradient steps at most (each is one pass over the class options: about 1 ms at
#: 20,000 persons, 106,287 options), and the seconds a bound may take at most.
STEPS = 2000
SECONDS = 3.0
#: Columns joining the LP of objective 2's bound per round at most, in all and per
#: profile (more than objective 1's LP takes: why, docs/decisions.md, "Re-plans at
#: 150,000 persons bounded").
CHANGES_BATCH = 25_000
CHANGES_PER_PROFILE = 5


def changes_lp_bound(lp: HighsLp, model: ArrayModel, hold: int,
                     classes: list[HouseholdClass], weight: float, seconds: float
                     ) -> tuple[float, str] | None:
    """A proven bound of objective 2 over every plan flying at least ``weight``: the
    profile LP of objective 1 (``lp``, after its plan was made; ``hold``: its row of
    objective 1, or -1) with the weight held there, minimising changes over every column;
    when its time runs out, the LP's value less what the columns left out could still
    save. Returns the bound and how it was made, or None when the LP found nothing."""
    held = hold if hold >= 0 else lp.hold(model.flown_weight(), True, weight)
    lp.set_row_bounds(held, weight - 1e-7 * max(1.0, weight), np.inf)
    # The primal simplex from the LP's last basis (still primal feasible: the weight
    # held is the plan's, at most the LP's): 0.9 s where the dual simplex took 4.6 s
    # (20,000 persons re-planned).
    _, strategy = lp.highs.getOptionValue("simplex_strategy")
    lp.highs.setOptionValue("simplex_strategy", 4)
    try:
        result = lp.solve(model.changes(), False, max(0.5, seconds),
                          batch=CHANGES_BATCH, per_profile=CHANGES_PER_PROFILE)
    finally:
        lp.highs.setOptionValue("simplex_strategy", strategy)
    if result.bound is None:
        return None
    constant = sum(c.count * c.facts.changes_grounded for c in classes)
    return (float(max(0, math.ceil(result.bound + constant - 1e-6))),
            "lp" if result.optimal else "lp, columns left out priced")


@dataclass
class ClassOptions:
    """Every class's flight options as flat arrays (one entry per class and flight)."""

    owner: np.ndarray
    flight: np.ndarray
    seats: np.ndarray
    waiting: np.ndarray
    first_choice: np.ndarray
    #: Per class: its weight per household and its households.
    weight: np.ndarray
    count: np.ndarray
    #: Per flight position: seats.
    capacity: np.ndarray

    @staticmethod
    def of(problem: Problem, classes: list[HouseholdClass]) -> ClassOptions:
        flights = sorted(problem.usable_flights, key=lambda f: (f.departs_at, f.id))
        ids = np.asarray([f.id for f in flights], dtype=np.int64)
        lookup = np.full(int(ids.max(initial=0)) + 1, -1, dtype=np.int64)
        lookup[ids] = np.arange(len(ids))
        arrays = [c.facts.arrays for c in classes]
        sizes = np.asarray([len(a) for a in arrays], dtype=np.int64)

        def joined(name: str) -> np.ndarray:
            parts = [getattr(a, name) for a in arrays if len(a)]
            return np.concatenate(parts).astype(np.float64) if parts else np.zeros(0)

        flight_ids = joined("flight_id").astype(np.int64)
        return ClassOptions(
            owner=np.repeat(np.arange(len(classes)), sizes),
            flight=lookup[flight_ids] if len(flight_ids) else flight_ids,
            seats=joined("seats"), waiting=joined("waiting"),
            first_choice=joined("first_choice"),
            weight=np.asarray([c.facts.weight for c in classes], dtype=np.float64),
            count=np.asarray([c.count for c in classes], dtype=np.float64),
            capacity=np.asarray([f.seats for f in flights], dtype=np.float64))


def lagrangian_bound(options: ClassOptions, values: np.ndarray, sense: str, weight: float,
                     seat_prices: np.ndarray | None, target: float, seconds: float) -> float:
    """A proven bound of the objective whose value per option is ``values`` ("min" or
    "max"), over plans flying at least ``weight``: the best Lagrangian value found.
    ``seat_prices``: objective 1's LP seat duals (weight per seat), a start for the
    multipliers; ``target``: the plan's value (the steps aim at it)."""
    began = time.perf_counter()
    seconds = min(seconds, SECONDS)
    sign = 1.0 if sense == "min" else -1.0
    # As a minimisation of sign * values: price lambda >= 0 on the weight, mu >= 0 on seats.
    cost = sign * values
    flights = len(options.capacity)
    base = np.zeros(flights) if seat_prices is None else np.maximum(seat_prices, 0.0)

    classes = len(options.weight)
    # options are grouped by class: each class's options are one run of the arrays
    sizes = np.bincount(options.owner, minlength=classes)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    present = np.flatnonzero(sizes)
    owner_weight = options.weight[options.owner]

    def evaluate(lam: float, mu: np.ndarray) -> tuple[float, np.ndarray, float]:
        priced = cost - lam * owner_weight + mu[options.flight] * options.seats
        best = np.zeros(classes)
        pick = np.full(classes, -1, dtype=np.int64)
        if len(priced):
            lowest = np.minimum.reduceat(priced, starts[present])
            take = present[lowest < 0]
            best[take] = lowest[lowest < 0]
            # the first option of each such class that reaches its lowest value
            hits = np.flatnonzero(priced <= best[options.owner]) if len(take) else \
                np.zeros(0, dtype=np.int64)
            hits = hits[best[options.owner[hits]] < 0]
            owners, first = np.unique(options.owner[hits], return_index=True)
            pick[owners] = hits[first]
        value = float(best @ options.count) + lam * weight - float(mu @ options.capacity)
        flying = pick >= 0
        flown = float(options.weight[flying] @ options.count[flying])
        used = np.zeros(flights)
        np.add.at(used, options.flight[pick[flying]],
                  options.seats[pick[flying]] * options.count[flying])
        # the subgradient: seats over capacity, weight short of its level
        return value, used - options.capacity, weight - flown

    # The weight's price: the best of a few on the line lambda * (1, seat prices).
    best_value, best_lam, best_mu = -math.inf, 0.0, np.zeros(flights)
    scale = max(1.0, float(np.abs(cost).max(initial=0.0)))
    for lam in [0.0, *(scale * 2.0 ** k for k in range(-12, 6))]:
        value = evaluate(lam, lam * base)[0]
        if value > best_value:
            best_value, best_lam, best_mu = value, lam, lam * base
    lam, mu = best_lam, best_mu.copy()
    goal = sign * target
    step_scale = 2.0
    stalled = 0
    for _ in range(STEPS):
        if time.perf_counter() - began > seconds or goal - best_value <= 1e-9 * max(1, abs(goal)):
            break
        value, gradient_mu, gradient_lam = evaluate(lam, mu)
        if value > best_value + 1e-9 * max(1.0, abs(best_value)):
            best_value, best_lam, best_mu = value, lam, mu.copy()
            stalled = 0
        else:
            stalled += 1
            if stalled >= 10:
                step_scale /= 2
                stalled = 0
                lam, mu = best_lam, best_mu.copy()
        norm = gradient_lam ** 2 + float(gradient_mu @ gradient_mu)
        if norm <= 0:
            break
        step = step_scale * max(goal - value, 1e-6 * max(1.0, abs(goal))) / norm
        lam = max(0.0, lam + step * gradient_lam)
        mu = np.maximum(0.0, mu + step * gradient_mu)
    log.info("Lagrangian bound %.1f (plan %.1f) in %.2f s", sign * best_value, target,
             time.perf_counter() - began)
    return sign * best_value


def overflow_bound(problem: Problem, classes: list[HouseholdClass]) -> float:
    """A proven bound of objective 3 night by night, over every plan.

    On night t the persons needing a bed who are there are those ready by t less those
    who have left; at most the seats of the flights before t (and the infants on laps)
    and at most the persons who could take such a flight can have left. Of those there,
    persons who fit only shelters of a set U cannot have more beds than U's shelters open
    that night, whatever the stays: the rest are in overflow. Summed over the nights,
    with the worst set U each night (per night, so it holds although a stay keeps its
    shelter)."""
    start, end = problem.start, problem.horizon_end
    nights = (end - start).days + 1
    if nights <= 0 or not problem.shelters:
        return 0.0
    fitsets: dict[tuple[int, ...], int] = {}
    ready = []  # (fitset index, first night, first day it could leave, persons)
    infants = 0
    for cls in classes:
        facts = cls.facts
        if not facts.sheltered:
            continue
        index = fitsets.setdefault(facts.shelters, len(fitsets))
        first = (facts.ready - start).days
        leave = int(facts.arrays.day.min()) if len(facts.arrays) else nights + 1
        ready.append((index, first, leave, facts.sheltered * cls.count))
        if len(facts.arrays):
            infants += int((facts.size - facts.arrays.seats).max()) * cls.count
    seats_by = np.zeros(nights + 1)
    for flight in problem.usable_flights:
        day = (flight.departure_date - start).days
        if 0 <= day <= nights:
            seats_by[day:] += flight.seats
    # Persons leave without a seat only as lap infants.
    seats_by += infants
    open_beds = np.zeros((len(problem.shelters), nights))
    for i, shelter in enumerate(problem.shelters):
        open_beds[i] = [shelter.beds if shelter.is_open(start + dt.timedelta(days=t)) else 0
                        for t in range(nights)]
    shelter_index = {s.id: i for i, s in enumerate(problem.shelters)}
    sets = list(fitsets)
    masks = [sum(1 << shelter_index[s] for s in fits) for fits in sets]
    unions = {0}
    for mask in masks:
        unions |= {u | mask for u in unions}
    present = np.zeros((len(sets), nights))  # ready by night t
    leavable = np.zeros((len(sets), nights))  # ready by t and able to leave before t
    for index, first, leave, persons in ready:
        if first < nights:
            present[index, max(first, 0):] += persons
            if leave <= nights - 1:
                leavable[index, max(first, leave, 0):] += persons
    worst = np.zeros(nights)
    for union in unions:
        inside = [i for i, mask in enumerate(masks) if mask & ~union == 0]
        if not inside:
            continue
        beds = open_beds[[i for i in range(len(problem.shelters)) if union >> i & 1]].sum(
            axis=0) if union else np.zeros(nights)
        gone = np.minimum(leavable[inside].sum(axis=0), seats_by[:nights])
        worst = np.maximum(worst, present[inside].sum(axis=0) - gone - beds)
    return float(np.maximum(worst, 0).sum())
