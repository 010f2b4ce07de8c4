"""The residual of a rounded plan, solved exactly: who takes the seats the rounding left.

Rounding the LP down leaves a few seats on many flights, and filling them greedily is
myopic: it takes every seat but not with the heaviest households (the weight lost:
docs/decisions.md, Planner). The residual is a small operation of its own: the flights
with seats left (those seats and medical places only), the slots with places left, and
the households still waiting. CP-SAT solves its objective 1 exactly on the class model (documents included),
within a time limit, and its plan joins the rounded one. Every rule holds in the union:
the residual's capacities are what the rounded plan left.
"""

from __future__ import annotations

import dataclasses
import logging

from solvers.classes import make_classes
from solvers.exact import ExactSolver
from solvers.expand import expand
from solvers.model import PlanModel
from solvers.options import household_facts
from solvers.problem import FlightSpec, Problem, SlotSpec
from solvers.rounding import SeatBook, SlotMatcher
from solvers.rules.pins import ScreenedPins
from solvers.solution import Assignment, SolveOptions

log = logging.getLogger(__name__)

#: Waiting households the residual takes at most: CP-SAT solves a few thousand in seconds.
MAX_HOUSEHOLDS = 3000


def capacities_left(problem: Problem, book: SeatBook, matcher: SlotMatcher
                    ) -> tuple[tuple[FlightSpec, ...], tuple[SlotSpec, ...]]:
    """The usable flights with seats left in ``book`` (those seats and medical places
    only) and the slots with places left in ``matcher``."""
    flights = []
    for flight in problem.usable_flights:
        seats = int(book.seats_left[flight.id])
        if seats <= 0:
            continue
        medical = None if flight.medical_capacity is None else \
            max(0, int(book.medical_left[flight.id]))
        flights.append(dataclasses.replace(flight, seats=seats, medical_capacity=medical))
    slots = tuple(dataclasses.replace(s, capacity=matcher.free[s.id])
                  for s in problem.slots if matcher.free[s.id] > 0)
    return tuple(flights), slots


def residual_problem(problem: Problem, plan: Assignment, book: SeatBook,
                     matcher: SlotMatcher, limit: int | None = None) -> Problem | None:
    """The flights with seats left (those seats and medical places only), the slots with
    places left and the waiting households that could use them (at most ``limit``, the
    heaviest per member first); None when nothing is left to plan."""
    flights, slots = capacities_left(problem, book, matcher)
    if not flights:
        return None
    airports = {f.destination for f in flights}
    last = max(f.departure_date for f in flights)
    # The residual plans without pins: a household whose member's document slot is pinned
    # would get flights its pinned slot is too late for (and that its class, which the
    # seat book reads, does not have). It stays out; the residual only adds what it can.
    slot_pinned = {pin.subject_id for pin in problem.pins if pin.kind == "slot"}
    households = []
    for household in problem.households:
        if household.id in plan.flight_of:
            continue
        if slot_pinned.intersection(household.members):
            continue
        if not airports.intersection(problem.accepted_destinations(household)):
            continue
        if problem.household_ready(household) > last:
            continue
        households.append(household)
    if not households:
        return None
    if limit is not None and len(households) > limit:  # the heaviest per member first
        households.sort(key=lambda h: (-sum(problem.person_by_id[m].weight
                                            for m in h.members) / len(h.members), h.id))
        households = sorted(households[:limit], key=lambda h: h.id)
    persons = tuple(problem.person_by_id[m] for h in households for m in h.members)
    return dataclasses.replace(problem, persons=persons, households=tuple(households),
                               flights=flights, shelters=(), slots=slots, pins=(),
                               reference=None)


def solve_residual(problem: Problem, plan: Assignment, book: SeatBook, matcher: SlotMatcher,
                   pins: ScreenedPins, seconds: float, seed: int) -> int:
    """Place waiting households on the seats left; returns the weight gained."""
    residual = residual_problem(problem, plan, book, matcher, MAX_HOUSEHOLDS)
    if residual is None:
        return 0
    empty = ScreenedPins()
    facts = [f for f in household_facts(residual, empty) if len(f.arrays)]
    if not facts:
        return 0
    classes = make_classes(facts, empty)
    model = PlanModel(residual, classes, empty, shelters=False)
    solver = ExactSolver(model, SolveOptions(time_limit=seconds, seed=seed))
    outcome = solver.solve(stages=1)
    values = outcome.values
    if values is None:
        return 0
    found = expand(model, lambda var: values[var.index])
    gained = 0
    for household_id, flight_id in found.flight_of.items():
        plan.flight_of[household_id] = flight_id
        book.book(household_id, flight_id, 1)
        gained += sum(problem.person_by_id[m].weight
                      for m in problem.household_by_id[household_id].members)
    for person_id, slot_id in found.slot_of.items():
        plan.slot_of[person_id] = slot_id
        matcher.free[slot_id] -= 1
    del pins
    log.info("residual: %d households, %d classes, weight %d gained", len(residual.households),
             len(classes), gained)
    return gained
