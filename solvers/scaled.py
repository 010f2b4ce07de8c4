"""The scaled method: the class model's LP relaxation, rounded to whole households, repaired.

For tens of thousands of persons CP-SAT's bound stalls, while the LP over household
classes (with document demand as a transportation flow and per-day counters in the bed
rows) solves in seconds and is within a hair of the integer optimum. Objective 1 is solved
first; its LP value is the proven bound reported for it. Objective 3 (overflow) is then
solved with objective 1 held at its LP value when the model has bed variables; at scale
beds are assigned greedily after the flights. The counts are rounded
down, which keeps every capacity row, and :mod:`solvers.repair` gives the seats, document
places and beds left over to the households without them.
"""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any

from ortools.linear_solver import pywraplp

from solvers import objectives
from solvers.backend import LpBackend
from solvers.classes import make_classes
from solvers.expand import expand
from solvers.model import PlanModel
from solvers.options import household_facts
from solvers.problem import Problem
from solvers.repair import repair
from solvers.rules import pins as pin_rules
from solvers.solution import (
    OBJECTIVES,
    Assignment,
    CancelCheck,
    PlanResult,
    Progress,
    ProgressCallback,
    SolveOptions,
)

LP_SOLVER = "GLOP"
#: Objective 1 is held at this share of its LP value while the overflow LP runs (the
#: rounding loses a little anyway, and an exact equality makes the second LP harder).
HOLD = 1.0 - 1e-6
#: The LP of objective 1 must finish: its optimum is the bound the plan reports.
LP_MIN_SECONDS = 60.0


def solve_scaled(problem: Problem, options: SolveOptions,
                 progress: ProgressCallback | None = None,
                 should_cancel: CancelCheck | None = None) -> PlanResult:
    began = time.perf_counter()
    timings: dict[str, float] = {}
    screened = pin_rules.screen(problem)
    facts = household_facts(problem, screened)
    classes = make_classes(facts, screened)
    backend = LpBackend(LP_SOLVER)
    # Beds are left to the greedy fill: at this size the per-shelter variables would
    # outnumber everything else by far, and beds never change objective 1.
    model = PlanModel(problem, backend, classes, screened, shelters=False)
    timings["build"] = time.perf_counter() - began
    solver = backend.solver
    parameters: dict[str, Any] = {
        "method": "scaled", "solver": LP_SOLVER, "classes": len(classes),
        "households": len(problem.households), "variables": model.vars.count(),
        "time_limit": options.time_limit,
    }
    first = model.objectives[0]
    lp_values: dict[str, float] = {}
    status_by: dict[str, str] = {}
    stage_began = time.perf_counter()
    ok = _lp(solver, first, max(LP_MIN_SECONDS, options.time_limit - timings["build"]), began)
    timings["lp_flown_weight"] = time.perf_counter() - stage_began
    if not ok or (should_cancel and should_cancel()):
        status = "cancelled" if should_cancel and should_cancel() else "failed"
        return PlanResult(Assignment(), status, {}, {}, list(screened.conflicts), "scaled",
                          parameters, timings, time.perf_counter() - began)
    bound = solver.Objective().Value() + first.constant
    lp_values[first.name] = bound
    if progress:
        progress(Progress("objective 1 LP", first.name, None, bound,
                          time.perf_counter() - began))
    values = {id(v): v.solution_value() for v in _all(model)}
    overflow = model.objectives[2]
    left = options.time_limit - (time.perf_counter() - began)
    if model.vars.a and overflow.terms and left > 0.4 * options.time_limit:
        hold = solver.Constraint(math.floor((bound - first.constant) * HOLD), solver.infinity())
        for var, coef in first.terms:
            hold.SetCoefficient(var, hold.GetCoefficient(var) + coef)
        stage_began = time.perf_counter()
        if _lp(solver, overflow, left * 0.6, began):
            lp_values[overflow.name] = solver.Objective().Value() + overflow.constant
            values = {id(v): v.solution_value() for v in _all(model)}
        timings["lp_overflow"] = time.perf_counter() - stage_began
    stage_began = time.perf_counter()
    plan = expand(model, lambda var: math.floor(values[id(var)] + 1e-6))
    plan = repair(problem, plan, facts, screened)
    timings["round_repair"] = time.perf_counter() - stage_began
    figures = objectives.evaluate(problem, plan)
    bounds = {first.name: bound}
    if overflow.name in lp_values:
        # The overflow LP ran with objective 1 held near its LP value; its optimum bounds
        # the plans that fly at least that much weight, not every plan: reported as such.
        parameters["overflow_lp_value"] = lp_values[overflow.name]
    for name, _ in OBJECTIVES:
        status_by[name] = "feasible"
    if figures["flown_weight"] >= math.floor(bound + 1e-6):
        status_by[first.name] = "optimal"
    if problem.reference is None:
        status_by["changes"] = "optimal"
    parameters["gap_flown_weight"] = (bound - figures["flown_weight"]) / max(1.0, bound)
    status = "cancelled" if should_cancel and should_cancel() else "feasible"
    timings["total"] = time.perf_counter() - began
    return PlanResult(plan, status, figures, bounds, list(screened.conflicts), "scaled",
                      dataclasses.asdict(options) | parameters, timings,
                      time.perf_counter() - began, status_by)


def _all(model: PlanModel) -> list[Any]:
    v = model.vars
    return [*v.n.values(), *v.a.values(), *v.g.values()]


def _lp(solver: pywraplp.Solver, objective: Any, seconds: float, began: float) -> bool:
    goal = solver.Objective()
    goal.Clear()
    for var, coef in objective.terms:
        goal.SetCoefficient(var, goal.GetCoefficient(var) + coef)
    if objective.sense == "max":
        goal.SetMaximization()
    else:
        goal.SetMinimization()
    solver.SetTimeLimit(int(max(1.0, seconds) * 1000))
    del began
    status = solver.Solve()
    return bool(status == pywraplp.Solver.OPTIMAL)
