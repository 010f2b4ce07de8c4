"""Objectives 1 and 2 of the class model as integer programs solved by HiGHS.

The class model (:mod:`solvers.model`) is linear rows over non-negative integer counts, so
the rows CP-SAT holds can be handed unchanged to HiGHS's branch and bound. For the first
two objectives (weight flown, then changes against the reference plan) that search is the
better tool: on the re-plans of ``benchmarks/replan.py`` (5,000 persons, the busiest flight
cancelled) it proves both in seconds (its ``obj12_s`` column), where CP-SAT stopped after
its share of the time at 1,779 changes against a bound of 244 (seed 2, the same benchmark
before this module).

Neither objective reads the beds: a household may always go without a shelter (it is then
in overflow, which rule 8 allows). Unless a kept shelter pin forces a stay, every row that
holds a bed variable (a stay or a shelter's nightly counter) is met with no stay at all,
whatever the flights; so the bed variables are fixed at zero here, which leaves both
objectives' optima unchanged and the model small (the bed variables and their rows are
most of it). Beds are then planned by
CP-SAT in objective 3, from a bed plan made for the flights found here.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from solvers.highs_lp import new_highs
from solvers.model import Objective, PlanModel
from solvers.solution import CancelCheck, Progress, ProgressCallback

log = logging.getLogger(__name__)

#: CP-SAT writes unbounded row sides as the extreme 64-bit integers.
_UNBOUNDED = 2**62


@dataclass
class MipRun:
    #: "optimal", "feasible" (time ran out with a plan), "not solved" or "infeasible".
    status: str
    #: Value of every model variable (bed variables at zero when they were fixed).
    values: np.ndarray | None
    #: The objective's value and proven bound, constants included.
    value: int | None
    bound: float | None
    cancelled: bool = False

    @property
    def proven(self) -> bool:
        return self.status == "optimal"


class ClassMip:
    """The rows of ``model`` as a HiGHS MIP. Build it before any objective is held in the
    CP-SAT model: it copies the rows as they are then."""

    def __init__(self, model: PlanModel, *, seed: int = 1) -> None:
        self.model = model
        proto = model.backend.model.proto
        count = len(proto.variables)
        self.count = count
        domains = [list(v.domain) for v in proto.variables]
        lower = np.asarray([d[0] for d in domains], dtype=np.float64)
        upper = np.asarray([d[-1] for d in domains], dtype=np.float64)
        del domains
        rows = [(list(c.linear.vars), list(c.linear.coeffs), list(c.linear.domain))
                for c in proto.constraints]
        if any(not c.has_linear() or len(c.enforcement_literal) for c in proto.constraints):
            raise ValueError("the class model holds a row that is not a plain linear row")
        # Bed variables: the stays (a) and the shelters' nightly counters, i.e. all but
        # the flight counts (n) and the document flows (g). Every row holding one reads
        # "stays of a class leaving on a day <= its households leaving that day", "counter =
        # sum of stays" or "counters <= beds": all hold with no stay at all. Only a kept
        # shelter pin forces a stay.
        beds = np.ones(count, dtype=bool)
        beds[[v.index for v in model.vars.n.values()]] = False
        beds[[v.index for v in model.vars.g.values()]] = False
        self.beds_fixed = bool(beds.any()) and not model.pins.shelter
        # Fixed bed variables are left out of the MIP altogether (at 10,000 persons they are
        # nine in ten of its columns): its columns are the model variables in ``columns``.
        self.columns = np.flatnonzero(~beds) if self.beds_fixed else np.arange(count)
        position = np.full(count, -1, dtype=np.int64)
        position[self.columns] = np.arange(len(self.columns))
        width = len(self.columns)
        self.highs = h = new_highs()
        h.setOptionValue("threads", 1)
        h.setOptionValue("random_seed", int(seed))
        h.setOptionValue("mip_rel_gap", 0.0)
        h.addVars(width, lower[self.columns], upper[self.columns])
        h.changeColsIntegrality(width, np.arange(width, dtype=np.int32),
                                np.full(width, highspy.HighsVarType.kInteger))
        starts, indices, values, row_lower, row_upper = [], [], [], [], []
        at = 0
        for variables, coefficients, domain in rows:
            kept = [(int(position[v]), c) for v, c in zip(variables, coefficients, strict=True)
                    if position[v] >= 0]
            if not kept:  # only bed variables, all at zero: the row holds (see above)
                continue
            starts.append(at)
            indices.extend(v for v, _ in kept)
            values.extend(c for _, c in kept)
            at += len(kept)
            row_lower.append(-np.inf if domain[0] <= -_UNBOUNDED else float(domain[0]))
            row_upper.append(np.inf if domain[-1] >= _UNBOUNDED else float(domain[-1]))
        h.addRows(len(starts), np.asarray(row_lower), np.asarray(row_upper), len(indices),
                  np.asarray(starts, dtype=np.int32), np.asarray(indices, dtype=np.int32),
                  np.asarray(values, dtype=np.float64))
        self._lower, self._upper = lower[self.columns], upper[self.columns]
        #: Rows ``sum = value`` (the shelters' nightly counters), to complete a hint.
        self._equalities = [(variables, coefficients, domain[0])
                            for variables, coefficients, domain in rows
                            if domain[0] == domain[-1]] if not self.beds_fixed else []

    def cost(self, objective: Objective) -> np.ndarray:
        cost = np.zeros(self.count)
        for var, coefficient in objective.terms:
            cost[var.index] += coefficient
        return cost

    def solve(self, objective: Objective, seconds: float, hint: dict[int, int] | None,
              *, stage: str, began: float, progress: ProgressCallback | None = None,
              should_cancel: CancelCheck | None = None) -> MipRun:
        """Optimise ``objective`` over the rows and the objectives held so far, starting
        from ``hint`` (a plan of the model's variables) when it is given."""
        cost = self.cost(objective)
        run = self._run(cost, objective.sense, seconds, hint, should_cancel,
                        _reporter(progress, stage, objective, 1.0, began))
        if run.status not in ("optimal", "feasible"):
            return MipRun(run.status, None, None, None, run.cancelled)
        value = int(round(float(cost @ run.values))) + objective.constant
        proven = run.status == "optimal"
        bound = float(value) if proven else _bound(run.dual, objective)
        return MipRun(run.status, run.values, value, bound, run.cancelled)

    def solve_pair(self, first: Objective, second: Objective, seconds: float,
                   hint: dict[int, int] | None, *, stage: str, began: float,
                   progress: ProgressCallback | None = None,
                   should_cancel: CancelCheck | None = None) -> tuple[MipRun, MipRun]:
        """Objective 1 (maximised) and then 2 (minimised) in one search, by weights that
        keep their order: objective 2 counts persons, so it moves by at most the number of
        persons P, and objective 1 (integer weights) weighs P + 1 times as much. One search
        for both starts objective 1's search with the reference in view; one after the
        other, the second search started from a plan that knew nothing of it."""
        assert first.sense == "max" and second.sense == "min"
        persons = len(self.model.problem.persons)
        scale = float(persons + 1)
        one, two = self.cost(first), self.cost(second)
        run = self._run(scale * one - two, "max", seconds, hint, should_cancel,
                        _reporter(progress, stage, first, scale, began))
        if run.status not in ("optimal", "feasible"):
            empty = MipRun(run.status, None, None, None, run.cancelled)
            return empty, empty
        value_one = int(round(float(one @ run.values)))
        value_two = int(round(float(two @ run.values)))
        if run.status == "optimal":
            return (MipRun("optimal", run.values, value_one + first.constant,
                           float(value_one + first.constant), run.cancelled),
                    MipRun("optimal", run.values, value_two + second.constant,
                           float(value_two + second.constant), run.cancelled))
        # Out of time: every plan has scale * one - two <= dual, and two <= P - constant
        # (objective 2 is at most P), so one <= (dual + P - constant) / scale.
        bound_one = None
        if math.isfinite(run.dual):
            bound_one = float(math.floor((run.dual + persons - second.constant) / scale
                                         + 1e-9) + first.constant)
        # And every plan keeping objective 1 at least at this value (it is held so) has
        # two >= scale * one - dual: a bound of objective 2.
        bound_two = None
        if math.isfinite(run.dual):
            bound_two = float(max(0, math.ceil(scale * value_one - run.dual - 1e-9)
                                  + second.constant))
        return (MipRun("feasible", run.values, value_one + first.constant, bound_one,
                       run.cancelled),
                MipRun("feasible", run.values, value_two + second.constant, bound_two,
                       run.cancelled))

    def _run(self, cost: np.ndarray, sense: str, seconds: float,
             hint: dict[int, int] | None, should_cancel: CancelCheck | None,
             improved: Any) -> _Outcome:
        h = self.highs
        width = len(self.columns)
        everything = np.arange(width, dtype=np.int32)
        h.changeColsCost(width, everything, cost[self.columns])
        h.changeObjectiveSense(highspy.ObjSense.kMaximize if sense == "max"
                               else highspy.ObjSense.kMinimize)
        h.setOptionValue("time_limit", max(0.2, seconds))  # from the start of the run
        if hint is not None:
            hint = self._complete(hint)
            start = np.asarray([hint.get(int(i), 0) for i in self.columns], dtype=np.float64)
            start = np.clip(start, self._lower, self._upper)
            h.setSolution(width, everything, start)
        cancelled = False

        def interrupt(event: Any) -> None:
            nonlocal cancelled
            if should_cancel is not None and should_cancel():
                cancelled = True
                event.interrupt()

        h.cbMipInterrupt.subscribe(interrupt)
        if improved is not None:
            h.cbMipImprovingSolution.subscribe(improved)
        h.enableCallbacks()
        began = time.perf_counter()
        try:
            h.run()
            solution = h.getSolution()
            reported = h.getInfo().objective_function_value
            found = float(cost[self.columns] @ np.round(np.asarray(solution.col_value)))
            if solution.value_valid and abs(found - reported) > 1e-6 * max(1.0, abs(reported)):
                # Seen with HiGHS 1.16 on a model its presolve closes: the optimum is
                # reported but the start solution is returned. Solved again without it.
                log.warning("HiGHS returned a solution worth %s for an optimum of %s; "
                            "solving again without the start", found, reported)
                h.clearSolver()
                h.setOptionValue("time_limit",
                                 max(0.2, seconds - (time.perf_counter() - began)))
                h.run()
        finally:
            h.cbMipInterrupt.unsubscribe(interrupt)
            if improved is not None:
                h.cbMipImprovingSolution.unsubscribe(improved)
        status = h.getModelStatus()
        info = h.getInfo()
        solution = h.getSolution()
        if status == highspy.HighsModelStatus.kInfeasible:
            return _Outcome("infeasible", None, math.nan, cancelled)
        if not solution.value_valid or info.primal_solution_status == 0:
            return _Outcome("not solved", None, math.nan, cancelled)
        proven = status == highspy.HighsModelStatus.kOptimal
        values = np.zeros(self.count)
        values[self.columns] = np.round(np.asarray(solution.col_value))
        return _Outcome("optimal" if proven else "feasible", values,
                        float(info.mip_dual_bound), cancelled)

    def _complete(self, hint: dict[int, int]) -> dict[int, int]:
        """The hint with each variable that an equality row defines from hinted ones (a
        shelter's nightly counter, the sum of its stays) filled in: a plan gives stays,
        not counters, and a start breaking ``counter = sum of stays`` is no start."""
        if not self._equalities:
            return hint
        full = dict(hint)
        for variables, coefficients, value in self._equalities:
            missing = [i for i, var in enumerate(variables) if var not in full]
            if len(missing) != 1:
                continue
            at = missing[0]
            rest = sum(full[var] * c for i, (var, c) in enumerate(zip(variables, coefficients,
                                                                     strict=True)) if i != at)
            quotient, remainder = divmod(value - rest, coefficients[at])
            if not remainder:
                full[variables[at]] = quotient
        return full

    def hold(self, objective: Objective, run: MipRun) -> None:
        """Keep ``objective`` at the run's value (at least as good when not proven)."""
        assert run.value is not None
        cost = self.cost(objective)
        held = float(run.value - objective.constant)
        if run.proven:
            lower, upper = held, held
        elif objective.sense == "max":
            lower, upper = held, np.inf
        else:
            lower, upper = -np.inf, held
        cost = cost[self.columns]
        used = np.flatnonzero(cost)
        self.highs.addRow(lower, upper, len(used), used.astype(np.int32), cost[used])


@dataclass
class _Outcome:
    status: str
    values: np.ndarray | None
    #: HiGHS's dual bound of the weighted objective (NaN when unknown).
    dual: float
    cancelled: bool


def _reporter(progress: ProgressCallback | None, stage: str, objective: Objective,
              scale: float, began: float) -> Any:
    """A callback reporting each better plan as objective 1's (or the only) value."""
    if progress is None:
        return None

    def improved(event: Any) -> None:
        out = event.data_out

        def shown(value: float) -> float | None:
            # HiGHS reports an infinite bound (or value) until it has one.
            return value / scale + objective.constant if math.isfinite(value) else None

        progress(Progress(stage, objective.name, shown(out.objective_function_value),
                          shown(out.mip_dual_bound), time.perf_counter() - began))

    return improved


def _bound(dual: float, objective: Objective) -> float | None:
    if not math.isfinite(dual):
        return None
    rounded = math.floor(dual + 1e-6) if objective.sense == "max" else math.ceil(dual - 1e-6)
    return float(rounded + objective.constant)
