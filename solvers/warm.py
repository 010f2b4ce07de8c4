"""A warm start for the exact method: the LP plan of the scaled method, as a CP-SAT hint.

The LP over household profiles (:mod:`solvers.scaled`) gives objective 1's bound in well
under a second at a few thousand persons, and its whole-household plan (with beds from
:mod:`solvers.beds`) is a complete, feasible plan. When that plan reaches the LP bound
rounded down, objective 1 is proven optimal without a search; otherwise CP-SAT starts from
it. The later objectives start from it too: the bed pass gives CP-SAT a bed plan to improve
instead of none.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from solvers.beds import assign_beds
from solvers.classes import HouseholdClass
from solvers.model import PlanModel
from solvers.problem import Problem
from solvers.rules.documents import EligibleSlots
from solvers.rules.pins import ScreenedPins
from solvers.scaled import LpPlan, lp_plan
from solvers.solution import Assignment, CancelCheck, SolveOptions


@dataclass
class WarmStart:
    #: The LP plan (with beds) and its bound.
    made: LpPlan
    #: CP-SAT variable index -> value for the flight, shelter and slot counts.
    hint: dict[int, int]

    @property
    def plan(self) -> Assignment:
        return self.made.plan

    @property
    def flown_weight(self) -> int:
        return self.made.value

    @property
    def bound(self) -> float:
        return self.made.bound

    @property
    def proven(self) -> bool:
        return self.made.proven


def warm_start(problem: Problem, classes: list[HouseholdClass], screened: ScreenedPins,
               model: PlanModel, options: SolveOptions, seconds: float,
               should_cancel: CancelCheck | None = None) -> WarmStart | None:
    """None when the LP could not be solved or the solve is cancelled. The whole-household
    MIP runs to its optimum (no gap): at this size it takes a fraction of a second, and a
    plan at the bound proves objective 1 without CP-SAT."""
    began = time.perf_counter()
    if should_cancel is not None and should_cancel():
        return None
    made = lp_plan(problem, classes, screened,
                   dataclasses.replace(options, time_limit=seconds), began,
                   should_cancel=should_cancel, gap=0.0, weigh_changes=False)
    if made is None:
        return None
    assign_beds(problem, made.plan, classes, screened)
    made.timings["warm_start"] = time.perf_counter() - began
    return WarmStart(made, hint_of(model, made.plan))


def hint_of(model: PlanModel, plan: Assignment) -> dict[int, int]:
    """The values of the model's n, a and g variables that make up ``plan``."""
    problem = model.problem
    class_of = {h: cls for cls in model.classes for h in cls.households}
    counts: Counter[Any] = Counter()
    for household_id, flight_id in plan.flight_of.items():
        counts[model.vars.n[(class_of[household_id].index, flight_id)]] += 1
    group_of = {cls.index: group.index for group in model.bed_groups for cls in group.classes}
    for household_id, shelter_id in plan.shelter_of.items():
        flight_id = plan.flight_of.get(household_id)
        day = problem.flight_by_id[flight_id].departure_date if flight_id else None
        group = group_of.get(class_of[household_id].index)
        var = model.vars.b.get((group, shelter_id, day)) if group is not None else None
        if var is not None:
            counts[var] += 1
    node_of = {(node.ready, node.slots): node.index for node in model.nodes}
    eligible = EligibleSlots(problem)
    for household_id, flight_id in plan.flight_of.items():
        flight = problem.flight_by_id[flight_id]
        for person_id in problem.household_by_id[household_id].members:
            person = problem.person_by_id[person_id]
            slot_id = plan.slot_of.get(person_id)
            if not person.needs_document or person_id in model.pins.slot or slot_id is None:
                continue
            ready = problem.person_ready(person)
            node = node_of.get((ready, eligible(ready, flight)))
            var = model.vars.g.get((node, slot_id)) if node is not None else None
            if var is not None:
                counts[var] += 1
    hint = {}
    for variables in (model.vars.n, model.vars.b, model.vars.g):
        for var in variables.values():
            hint[var.index] = counts[var]
    return hint
