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
import time

from solvers.beds import assign_beds
from solvers.classes import HouseholdClass
from solvers.hints import WarmStart, hint_of
from solvers.model import PlanModel
from solvers.problem import Problem
from solvers.rules.pins import ScreenedPins
from solvers.scaled import lp_plan
from solvers.solution import CancelCheck, SolveOptions


def warm_start(problem: Problem, classes: list[HouseholdClass], screened: ScreenedPins,
               model: PlanModel, options: SolveOptions, seconds: float,
               should_cancel: CancelCheck | None = None) -> WarmStart | None:
    """None when the LP could not be solved or the solve is cancelled. The whole-household
    MIP runs to its optimum (no gap): at this size it takes a fraction of a second, and a
    plan at the bound proves objective 1 without a search."""
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
    return WarmStart(made.plan, made.value, made.bound, made.proven,
                     hint_of(model, made.plan))
