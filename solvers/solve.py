"""Entry point of the solvers: a frozen problem in, a plan with its figures out."""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any

from solvers import objectives, waiting_bound
from solvers.exact import ExactSolver, InfeasibleModel
from solvers.expand import expand
from solvers.model import PlanModel
from solvers.prepared import Prepared
from solvers.problem import Problem
from solvers.reasons import Reason
from solvers.solution import (
    OBJECTIVES,
    Assignment,
    CancelCheck,
    PlanResult,
    ProgressCallback,
    SolveOptions,
)
from solvers.warm import warm_start

#: Share of the time limit the exact method's warm start (LP and its plan) may take.
WARM_SHARE = 0.3
#: The same for a re-plan, whose warm start also repairs its plan near the reference plan
#: (:func:`solvers.warm.warm_start`).
REPLAN_WARM_SHARE = 0.45
#: Households' classes times usable flights the exact method builds, warm-starts and
#: solves per second of its time limit (its model grows about so; measured at 30,000 demo
#: persons: 7,108 classes on 138 flights built 339,348 variables in 37 s, and the whole
#: run took 67 s for a limit of 10). Beyond, "exact" is refused and "auto" picks "scaled".
EXACT_CLASS_FLIGHTS_PER_SECOND = 10_000


class ExactTooLarge(ValueError):
    """The exact method was asked for an operation it cannot plan within the time limit;
    ``needs_seconds`` is the solver time it would need."""

    def __init__(self, households: int, classes: int, flights: int, time_limit: float) -> None:
        self.households, self.classes, self.flights = households, classes, flights
        self.needs_seconds = classes * max(1, flights) / EXACT_CLASS_FLIGHTS_PER_SECOND
        super().__init__(
            f"The exact method cannot plan {households:,} households ({classes:,} kinds on "
            f"{flights:,} flights) within {time_limit:.0f} s; use the scaled method "
            f"(--method scaled), or give the exact one at least "
            f"{math.ceil(self.needs_seconds):,} s")


def exact_fits(problem: Problem, prepared: Prepared, time_limit: float) -> bool:
    """Whether the exact method can plan ``problem`` within ``time_limit`` seconds."""
    size = len(prepared.classes) * max(1, len(problem.usable_flights))
    return size <= EXACT_CLASS_FLIGHTS_PER_SECOND * time_limit


def choose_method(problem: Problem, options: SolveOptions,
                  prepared: Prepared | None = None) -> str:
    """The method asked for, or with "auto" the exact one when the operation makes at
    most ``exact_max_classes`` classes (see SolveOptions)."""
    if options.method == "scaled":
        return options.method
    if options.method == "exact":
        prepared = prepared or Prepared.of(problem)
        if not exact_fits(problem, prepared, options.time_limit):
            raise ExactTooLarge(len(problem.households), len(prepared.classes),
                                len(problem.usable_flights), options.time_limit)
        return options.method
    if len(problem.households) > options.exact_max_households:
        return "scaled"
    prepared = prepared or Prepared.of(problem)
    if len(prepared.classes) > options.exact_max_classes \
            or not exact_fits(problem, prepared, options.time_limit):
        return "scaled"
    return "exact"


def solve(
    problem: Problem,
    options: SolveOptions | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> PlanResult:
    """Plan ``problem`` under SPEC 3. Cancel keeps the best plan found so far (status
    "cancelled"); with no plan found the status is "cancelled" or "failed" and the
    assignment is empty."""
    options = options or SolveOptions()
    began = time.perf_counter()
    prepared = Prepared.of(problem)
    method = choose_method(problem, options, prepared)
    if method == "scaled":
        from solvers.scaled import solve_scaled

        return solve_scaled(problem, options, progress, should_cancel, prepared=prepared)
    try:
        return _solve_exact(problem, prepared, options, progress, should_cancel, began, [])
    except InfeasibleModel:
        released = [Reason("pins_together", {"pin_id": pin.id, "kind": pin.kind}).as_json()
                    for pin in problem.pins]
        unpinned = dataclasses.replace(problem, pins=())
        return _solve_exact(unpinned, Prepared.of(unpinned), options, progress,
                            should_cancel, began, released)


def _solve_exact(
    problem: Problem,
    prepared: Prepared,
    options: SolveOptions,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
    began: float,
    extra_conflicts: list[dict[str, Any]],
) -> PlanResult:
    timings: dict[str, float] = {}
    screened, classes = prepared.screened, prepared.classes
    model = PlanModel(problem, classes, screened)
    timings["build"] = time.perf_counter() - began
    warm = warm_start(problem, classes, screened, model, options,
                      (WARM_SHARE if problem.reference is None else REPLAN_WARM_SHARE)
                      * max(0.5, options.time_limit - timings["build"]),
                      should_cancel)
    timings["warm_start"] = time.perf_counter() - began - timings["build"]
    remaining = max(0.5, options.time_limit - (time.perf_counter() - began))
    solver = ExactSolver(model, dataclasses.replace(options, time_limit=remaining), progress,
                         should_cancel)
    outcome = solver.solve(warm=warm)
    timings["solve"] = time.perf_counter() - began - timings["build"]
    parameters: dict[str, Any] = {
        "method": "exact",
        "solver": "CP-SAT",
        "workers": options.workers,
        "seed": options.seed,
        "time_limit": options.time_limit,
        "classes": len(classes),
        "households": len(problem.households),
        "variables": model.vars.count(),
        "stages": [dataclasses.asdict(s) for s in outcome.stages],
        "bound_methods": outcome.bound_methods,
    }
    conflicts = [*extra_conflicts, *screened.conflicts]
    if warm is not None:
        parameters["warm_start"] = {"flown_weight": warm.flown_weight, "bound": warm.bound,
                                    "proven": warm.proven}
    if outcome.values is None and warm is None:
        status = "cancelled" if outcome.cancelled else "failed"
        return PlanResult(Assignment(), status, {}, {}, conflicts, "exact", parameters, timings,
                          time.perf_counter() - began)
    values = outcome.values
    if values is None:
        assert warm is not None
        plan = warm.plan
    else:
        plan = expand(model, lambda var: values[var.index])
    timings["expand"] = time.perf_counter() - began - timings["build"] - timings["solve"]
    figures = objectives.evaluate(problem, plan)
    bounds: dict[str, float] = {}
    objective_status: dict[str, str] = {}
    for stage in outcome.stages:
        objective_status[stage.name] = stage.status
        if stage.status != "optimal" and stage.bound is not None:
            bounds[stage.name] = stage.bound
    if warm is not None and objective_status.get("flown_weight") != "optimal":
        # The LP bound holds whatever CP-SAT found (or did not find) in its time.
        known = bounds.get("flown_weight")
        bounds["flown_weight"] = warm.bound if known is None else min(known, warm.bound)
    for name, _ in OBJECTIVES:
        objective_status.setdefault(name, "not solved")
    # The seat-aware bound's LP gets what the limit leaves, at least its reserve (the
    # exact method's stages keep to the limit, but its LP at these sizes takes a fraction
    # of a second), none once cancelled.
    objectives.add_plain_bounds(
        problem, bounds, objective_status, classes, figures["flown_weight"],
        parameters["bound_methods"],
        0.0 if outcome.cancelled else options.time_limit - (time.perf_counter() - began),
        kept=0.0 if outcome.cancelled else waiting_bound.reserve_seconds(prepared.seconds))
    objectives.close_met(figures, bounds, objective_status)
    if outcome.cancelled:
        status = "cancelled"
    elif all(s == "optimal" for s in objective_status.values()):
        status = "optimal"
    else:
        status = "feasible"
    return PlanResult(plan, status, figures, bounds, conflicts, "exact", parameters, timings,
                      time.perf_counter() - began, objective_status)
