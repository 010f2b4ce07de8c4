"""A warm start for the exact method: the scaled method's LP plan, as the first plan.

The LP over household profiles (:mod:`solvers.scaled`) gives objective 1's bound in well
under a second at a few thousand persons, and its whole-household plan (with beds from
:mod:`solvers.beds`) is a complete, feasible plan. When that plan reaches the LP bound
rounded down, objective 1 is proven optimal without a search; otherwise HiGHS's MIP (or
CP-SAT, when the MIP finds no plan) starts from it (:mod:`solvers.exact`). The later
objectives start from it too: the bed pass gives them a bed plan to improve instead of
none. :mod:`solvers.hints` turns it into the model's variable values.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable

from solvers import bounds, repair
from solvers.bed_timing import place_beds
from solvers.classes import HouseholdClass
from solvers.hints import WarmStart, hint_of
from solvers.model import PlanModel
from solvers.problem import Problem
from solvers.rules.pins import ScreenedPins
from solvers.scaled import LpPlan, lp_plan
from solvers.solution import CancelCheck, SolveOptions

#: Re-plans: the share of the warm start's seconds its LP plan may take (the repair of
#: the households it moved has the rest, at least REPAIR_MIN_SECONDS).
REPLAN_LP_SHARE = 0.5
REPAIR_MIN_SECONDS = 2.0
#: The least seconds the warm plan's flights are re-timed for its beds
#: (:func:`solvers.bed_timing.place_beds`).
BED_TIMING_LEAST_SECONDS = 1.0


def warm_start(problem: Problem, classes: list[HouseholdClass], screened: ScreenedPins,
               model: PlanModel, options: SolveOptions, seconds: float,
               should_cancel: CancelCheck | None = None) -> WarmStart | None:
    """None when the LP could not be solved or the solve is cancelled. The whole-household
    MIP runs to its optimum (no gap): at this size it takes a fraction of a second, and a
    plan at the bound proves objective 1 without a search. A re-plan's LP plan is then
    repaired near the reference plan (:mod:`solvers.repair`: the households it moved,
    planned again), and the start carries the LP bound of objective 2."""
    began = time.perf_counter()
    if should_cancel is not None and should_cancel():
        return None
    replan = problem.reference is not None
    made = lp_plan(problem, classes, screened,
                   dataclasses.replace(options, time_limit=REPLAN_LP_SHARE * seconds
                                       if replan else seconds), began,
                   should_cancel=should_cancel, gap=0.0, weigh_changes=False)
    if made is None:
        return None
    value = made.value
    if replan and not (should_cancel is not None and should_cancel()):
        left = max(REPAIR_MIN_SECONDS, seconds - (time.perf_counter() - began))
        repaired = repair.repair(problem, made.plan, classes, screened, left, options.seed,
                                 bound=made.bound)
        if repaired is not None and repair.better(repaired.before, repaired.after):
            made.plan = repaired.plan
            value = repaired.after["flown_weight"]
    place_beds(problem, made.plan, classes, screened,
               time.perf_counter() + max(BED_TIMING_LEAST_SECONDS,
                                         seconds - (time.perf_counter() - began)))
    made.timings["warm_start"] = time.perf_counter() - began
    return WarmStart(made.plan, value, made.bound, value >= math.floor(made.bound + 1e-6),
                     hint_of(model, made.plan),
                     _changes_bound(made, classes) if replan else None)


def _changes_bound(made: LpPlan, classes: list[HouseholdClass]
                   ) -> Callable[[float, float], tuple[float, str] | None] | None:
    """The LP bound of objective 2 from the warm start's LP (with a reference plan)."""
    lp, lp_model = made.lp, made.model
    if lp is None or lp_model is None:
        return None
    hold = made.hold

    def changes_bound(weight: float, seconds: float) -> tuple[float, str] | None:
        return bounds.changes_lp_bound(lp, lp_model, hold, classes, weight, seconds)

    return changes_bound
