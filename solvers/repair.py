"""A re-plan repaired near its reference plan: the households it changed, planned again.

After a disruption the scaled method's plan comes from an LP over profiles, rounded; the
persons it moves are chosen by that LP's choice among objective 1's optima and by the
rounding, not by a search for the fewest changes (20,000 persons, one flight cancelled:
640 persons moved where the LP said 459 would do at the same weight). The *repair*
neighbourhood holds every household whose flight is its reference flight (or that flies
in neither plan) where the plan put it, and plans the others again, with the households
still waiting that could take their seats, as an operation of their own: the seats,
medical places and slot places the held households leave, the reference plan of its
members. The class model's MIP solves it (objective 1, then objective 2 with objective 1 held,
each started from the plan's own choice for them: :mod:`solvers.mip`),
so the repaired plan flies at least the weight of the plan and changes at most its
persons; it replaces the plan only when it is better in SPEC 3.2's order.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from dataclasses import dataclass

import numpy as np

from solvers import objectives
from solvers.classes import HouseholdClass, make_classes
from solvers.expand import expand
from solvers.hints import hint_of
from solvers.mip import ClassMip, MipRun
from solvers.model import PlanModel
from solvers.options import household_facts
from solvers.problem import Problem
from solvers.residual import capacities_left
from solvers.rounding import SeatBook, SlotMatcher
from solvers.rules.pins import ScreenedPins
from solvers.solution import REPAIR_STAGE, Assignment

log = logging.getLogger(__name__)

#: Waiting households (without a reference flight) the neighbourhood takes at most,
#: heaviest per member first: they can only add weight, at the price of changes.
MAX_WAITING = 300
#: Share of the repair's time that objective 1 may take; objective 2 has the rest.
FIRST_SHARE = 0.4


@dataclass
class Repaired:
    plan: Assignment
    #: Households planned again, and the objectives of the plan before and after.
    households: int
    before: dict[str, int]
    after: dict[str, int]
    seconds: float


def repair(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
           screened: ScreenedPins, seconds: float, seed: int, *,
           bound: float | None = None) -> Repaired | None:
    """The plan with the households that it changed planned again (see the module's
    text); None without a reference plan, when nothing changed or when the exact model
    found nothing in ``seconds``. The returned plan is never worse than ``plan`` in
    SPEC 3.2's first two objectives (flights and slots only; beds come later).
    ``bound``: a proven bound of objective 1; when the plan reaches it, objective 1 is
    only held and the whole time goes to objective 2 (5,000 persons re-planned: the
    search for more weight took 8 of the repair's 15 s and found none)."""
    began = time.perf_counter()
    reference = problem.reference
    if reference is None or seconds < 0.5:
        return None
    pinned = set(screened.flight) | {h for h in problem.household_by_id
                                     if any(m in screened.slot
                                            for m in problem.household_by_id[h].members)}
    free: list[int] = []
    waiting: list[int] = []
    for household in problem.households:
        if household.id in pinned:
            continue
        flight_id = plan.flight_of.get(household.id)
        if any(reference.get(m) != flight_id for m in household.members):
            free.append(household.id)
        elif flight_id is None:
            waiting.append(household.id)
    if not free and not waiting:
        return None
    weight = {h.id: sum(problem.person_by_id[m].weight for m in h.members)
              for h in problem.households}
    waiting.sort(key=lambda h: (-weight[h] / len(problem.household_by_id[h].members), h))
    chosen = set(free) | set(waiting[:MAX_WAITING])
    held = Assignment(
        flight_of={h: f for h, f in plan.flight_of.items() if h not in chosen},
        slot_of={p: s for p, s in plan.slot_of.items()
                 if problem.person_by_id[p].household_id not in chosen})
    sub = _neighbourhood(problem, held, classes, screened, chosen)
    if sub is None:
        return None
    empty = ScreenedPins()
    facts = [f for f in household_facts(sub, empty) if len(f.arrays)]
    if not facts:
        return None
    sub_classes = make_classes(facts, empty)
    model = PlanModel(sub, sub_classes, empty, shelters=False)
    start = Assignment(
        flight_of={h: f for h, f in plan.flight_of.items()
                   if h in chosen and h in sub.household_by_id},
        slot_of={p: s for p, s in plan.slot_of.items()
                 if problem.person_by_id[p].household_id in chosen
                 and problem.person_by_id[p].household_id in sub.household_by_id})
    solve_began = time.perf_counter()
    proven = bound is not None and \
        objectives.evaluate(problem, plan)["flown_weight"] >= math.floor(bound + 1e-6)
    values = _solve(model, start, seconds - (solve_began - began), seed, proven)
    if values is None:
        return None
    found = expand(model, lambda var: values[var.index])
    repaired = Assignment(flight_of={**held.flight_of, **found.flight_of},
                          slot_of={**held.slot_of, **found.slot_of})
    for person_id, slot_id in screened.slot.items():
        repaired.slot_of[person_id] = slot_id
    before = objectives.evaluate(problem, plan)
    after = objectives.evaluate(problem, repaired)
    log.info("repair: %d households again (%d changed), weight %d -> %d, changes %d -> %d "
             "in %.1f s", len(sub.households), len(free), before["flown_weight"],
             after["flown_weight"], before["changes"], after["changes"],
             time.perf_counter() - began)
    return Repaired(repaired, len(sub.households), before, after,
                    time.perf_counter() - began)


def _solve(model: PlanModel, start: Assignment, seconds: float, seed: int,
           proven: bool = False) -> np.ndarray | None:
    """Objective 1, then objective 2 with objective 1 held, by HiGHS on the
    neighbourhood's class model, each from the best plan so far (``start`` first: the
    plan's own choice, so neither gets worse) and guided by its LP relaxation
    (:meth:`ClassMip.lp_guided`: HiGHS's whole search of objective 2 alone found nothing
    better than its start in 6 s at 20,000 persons re-planned, its root node unfinished).
    One weighted search for both (the exact method's way) spent the whole time on
    objective 1 at 20,000 persons re-planned."""
    began = time.perf_counter()
    if seconds < 0.5:
        return None
    first, second = model.objectives[0], model.objectives[1]
    mip = ClassMip(model, seed=seed)
    hinted = np.zeros(model.vars.count())
    for index, value in hint_of(model, start).items():
        hinted[index] = value
    hinted_value = int(round(float(mip.cost(first) @ hinted))) + first.constant
    run = MipRun("optimal", hinted, hinted_value, None) if proven else \
        mip.lp_guided(first, FIRST_SHARE * seconds, hinted, stage=REPAIR_STAGE, began=began)
    mip.hold(first, run)
    values = run.values
    assert values is not None
    first_seconds = time.perf_counter() - began
    left = seconds - first_seconds
    if left >= 0.2:
        fewer = mip.lp_guided(second, left, values, stage=REPAIR_STAGE, began=began)
        if fewer.values is not None:
            values = fewer.values
        log.info("repair: objective 1 %s (%s) in %.1f s, objective 2 %s (%s, bound %s) in "
                 "%.1f s", run.value, run.status, first_seconds, fewer.value, fewer.status,
                 fewer.bound, time.perf_counter() - began - first_seconds)
    return values


def better(before: dict[str, int], after: dict[str, int]) -> bool:
    """Whether ``after`` is better than ``before`` in objectives 1 and 2 (SPEC 3.2)."""
    return (after["flown_weight"], -after["changes"]) > \
        (before["flown_weight"], -before["changes"])


def _neighbourhood(problem: Problem, held: Assignment, classes: list[HouseholdClass],
                   screened: ScreenedPins, chosen: set[int]) -> Problem | None:
    """The operation of the chosen households: every usable flight with the seats and
    medical places the held households leave, the slots with their places left, the
    reference plan of its members; no shelters (beds come after), no pins (pinned
    households are held)."""
    book = SeatBook(problem, classes, held)
    matcher = SlotMatcher(problem, screened)
    for slot_id in held.slot_of.values():
        matcher.free[slot_id] -= 1
    for slot_id in screened.slot.values():
        matcher.free[slot_id] += 1  # counted by the matcher and again among held slots
    flights, slots = capacities_left(problem, book, matcher)
    if not flights:
        return None
    households = tuple(h for h in problem.households if h.id in chosen)
    if not households:
        return None
    members = {m for h in households for m in h.members}
    persons = tuple(problem.person_by_id[m] for h in households for m in h.members)
    assert problem.reference is not None
    reference = {p: f for p, f in problem.reference.items() if p in members}
    return dataclasses.replace(problem, persons=persons, households=households,
                               flights=flights, shelters=(), slots=slots, pins=(),
                               reference=reference)
