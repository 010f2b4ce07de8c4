"""The class model's rows (:mod:`solvers.rows`) as integer programs solved by HiGHS.

For the first two objectives (weight flown, then changes against the reference plan) HiGHS's
branch and bound is the better tool: it proves both on re-plans where CP-SAT's search
stopped far from its bound (``benchmarks/replan.py``, its ``obj12_s`` column; the figures:
docs/decisions.md, Planner, "Objectives 1 and 2 by a MIP" and "Re-planning after a
cancellation").

Neither objective reads the beds: a household may always go without a shelter (it is then
in overflow, which rule 8 allows). Unless a kept shelter pin forces a stay, every row that
holds a bed variable is met with no stay at all, whatever the flights; so for them the bed
variables are fixed at zero, which leaves both objectives' optima unchanged and the model
small. The later objectives (overflow, waiting, first choices) run over every variable
(``beds=True``), each from its LP relaxation (:meth:`ClassMip.relaxation`, a proven bound),
a search near the LP's plan (:meth:`ClassMip.improve`) and the whole search
(:mod:`solvers.exact`).
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from solvers.highs_lp import lp_time_limit, new_highs, wall_clock
from solvers.model import Objective, PlanModel
from solvers.reasons import Reason
from solvers.solution import CancelCheck, Progress, ProgressCallback

log = logging.getLogger(__name__)


#: From this many columns the LP relaxation is solved by HiGHS's interior point method
#: (with its crossover to a vertex) instead of the dual simplex (measured:
#: docs/decisions.md, Planner, "Measured figures behind the solvers' choices").
INTERIOR_POINT_COLUMNS = 10_000

#: Share of an objective's time its LP relaxation may take at most in
#: :meth:`ClassMip.lp_guided`, and rounds (and their share of the time left) of the search
#: near the LP's plan, which come before HiGHS's whole search (why: docs/decisions.md,
#: Planner, "Measured figures behind the solvers' choices").
RELAXATION_SHARE = 0.5
NEIGHBOURHOOD_ROUNDS = 3
NEIGHBOURHOOD_SHARE = 0.5
#: HiGHS's whole search runs only with at least this many times the LP's time left (its
#: root node, LP and cut rounds, may take many times the LP's time and does not look at
#: the limit: docs/decisions.md, Planner, "Measured figures behind the solvers' choices").
WHOLE_SEARCH_LP_TIMES = 10.0
#: The solve's last stage, whose whole search has no later stage to leave time to, ends it
#: this many times its LP's time (at least a second) before its deadline: at 5,000 persons
#: HiGHS overran the deadline by up to 3.4 s (docs/decisions.md, Planner, "Objectives 1, 4
#: and 5 at 5,000 persons").
LAST_STAGE_MARGIN_LP_TIMES = 2.0
#: Objectives after objective 3 searched with every day's sheltered departures held
#: (:meth:`ClassMip.same_days`), per class; and those also searched so per bed group, a
#: larger search that pays for waiting only (measured: docs/decisions.md, Planner,
#: "Objectives 1, 4 and 5 at 5,000 persons").
SAME_DAYS_OBJECTIVES = frozenset({"waiting_weighted_days", "first_choice"})
GROUP_DAYS_OBJECTIVES = frozenset({"waiting_weighted_days"})


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

    def __init__(self, model: PlanModel, *, seed: int = 1, beds: bool = False) -> None:
        """``beds``: keep the bed variables (objective 3 and after); without, they are
        fixed at zero unless a kept shelter pin forces a stay (see the module)."""
        self.model = model
        count = model.rows.variables
        self.count = count
        upper = model.rows.upper_bounds()
        arrays = model.rows.arrays()
        # Bed variables: the stays b, i.e. all but the flight counts (n) and the document
        # flows (g). Every row holding one reads "stays of a group leaving on a day <= its
        # households leaving that day" or "stays over a night <= beds": all hold with no
        # stay at all. Only a kept shelter pin forces a stay.
        bed = np.ones(count, dtype=bool)
        bed[[v.index for v in model.vars.n.values()]] = False
        bed[[v.index for v in model.vars.g.values()]] = False
        self.beds_fixed = not beds and bool(bed.any()) and not model.pins.shelter
        self._bed = bed
        # Fixed bed variables are left out of the MIP altogether (at 10,000 persons they are
        # nine in ten of its columns): its columns are the model variables in ``columns``.
        self.columns = np.flatnonzero(~bed) if self.beds_fixed else np.arange(count)
        position = np.full(count, -1, dtype=np.int64)
        position[self.columns] = np.arange(len(self.columns))
        width = len(self.columns)
        self.highs = h = new_highs()
        h.setOptionValue("threads", 1)
        h.setOptionValue("random_seed", int(seed))
        h.setOptionValue("mip_rel_gap", 0.0)
        self._lower = np.zeros(width)
        self._upper = upper[self.columns]
        h.addVars(width, self._lower, self._upper)
        h.changeColsIntegrality(width, np.arange(width, dtype=np.int32),
                                np.full(width, highspy.HighsVarType.kInteger))
        # Rows with their columns renumbered; entries of fixed bed variables dropped, and
        # rows left empty by that dropped too (they hold with no stay, see above).
        mapped = position[arrays.index]
        keep = mapped >= 0
        row_of = np.repeat(np.arange(len(arrays)), np.diff(arrays.start))[keep]
        counts = np.bincount(row_of, minlength=len(arrays))
        used = np.flatnonzero(counts)
        starts = np.concatenate([[0], np.cumsum(counts[used])[:-1]]).astype(np.int32)
        h.addRows(len(used), arrays.lower[used], arrays.upper[used], int(keep.sum()), starts,
                  mapped[keep].astype(np.int32), arrays.value[keep])
    def cost(self, objective: Objective) -> np.ndarray:
        cost = np.zeros(self.count)
        for var, coefficient in objective.terms:
            cost[var.index] += coefficient
        return cost

    def solve(self, objective: Objective, seconds: float, hint: dict[int, int] | None,
              *, stage: Reason, began: float, progress: ProgressCallback | None = None,
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
                   hint: dict[int, int] | None, *, stage: Reason, began: float,
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
             improved: Any, fixed: np.ndarray | None = None) -> _Outcome:
        """One MIP run; ``fixed``: per model variable, its value, or NaN where it is free
        (every column is free again after the run)."""
        h = self.highs
        width = len(self.columns)
        everything = np.arange(width, dtype=np.int32)
        if fixed is not None:
            pinned = fixed[self.columns]
            free = np.isnan(pinned)
            h.changeColsBounds(width, everything, np.where(free, self._lower, pinned),
                               np.where(free, self._upper, pinned))
        try:
            return self._run_model(cost, sense, seconds, hint, should_cancel, improved)
        finally:
            if fixed is not None:
                h.changeColsBounds(width, everything, self._lower, self._upper)

    def _run_model(self, cost: np.ndarray, sense: str, seconds: float,
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
            # HiGHS looks at its time limit only between its root node's cut rounds: the
            # wall clock stops it inside them too (solvers.highs_lp.wall_clock).
            with wall_clock(h, seconds):
                h.run()
            solution = h.getSolution()
            reported = h.getInfo().objective_function_value
            found = float(cost[self.columns] @ np.round(np.asarray(solution.col_value)))
            if solution.value_valid and abs(found - reported) > 1e-6 * max(1.0, abs(reported)):
                # Seen with HiGHS 1.16 on a model its presolve closes: the optimum is
                # reported but the start solution is returned. Solved again without it.
                log.info("HiGHS returned a solution worth %s for an optimum of %s; "
                         "solving again without the start", found, reported)
                h.clearSolver()
                again = max(0.2, seconds - (time.perf_counter() - began))
                h.setOptionValue("time_limit", again)
                with wall_clock(h, again):
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

    def relaxation(self, objective: Objective, seconds: float
                   ) -> tuple[float, np.ndarray] | None:
        """The LP relaxation of ``objective`` over the rows and the objectives held: its
        optimum rounded to the integer side (the objectives are integral), a proven bound,
        and its values of every model variable. None when the LP did not end in time."""
        h = self.highs
        width = len(self.columns)
        everything = np.arange(width, dtype=np.int32)
        h.changeColsIntegrality(width, everything,
                                np.full(width, highspy.HighsVarType.kContinuous))
        try:
            h.changeColsCost(width, everything, self.cost(objective)[self.columns])
            h.changeObjectiveSense(highspy.ObjSense.kMaximize if objective.sense == "max"
                                   else highspy.ObjSense.kMinimize)
            lp_time_limit(h, max(0.2, seconds))
            if width >= INTERIOR_POINT_COLUMNS:
                h.setOptionValue("solver", "ipm")
            try:
                h.run()
            finally:
                h.setOptionValue("solver", "choose")
            if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
                log.info("LP relaxation of %s: %s", objective.name,
                         h.modelStatusToString(h.getModelStatus()))
                return None
            bound = _bound(float(h.getInfo().objective_function_value), objective)
            values = np.zeros(self.count)
            values[self.columns] = np.asarray(h.getSolution().col_value)
            return (bound, values) if bound is not None else None
        finally:
            h.changeColsIntegrality(width, everything,
                                    np.full(width, highspy.HighsVarType.kInteger))
            h.clearSolver()

    def improve(self, objective: Objective, seconds: float, start: np.ndarray,
                relaxed: np.ndarray, *, should_cancel: CancelCheck | None = None
                ) -> np.ndarray | None:
        """A better plan than ``start`` near the LP relaxation ``relaxed``, or None: the
        variables where the two agree are fixed and HiGHS searches the others (relaxation
        induced neighbourhood search). Its bound holds for the neighbourhood only, so it
        proves nothing about the objective."""
        agree = np.abs(start - relaxed) < 1e-6
        fixed = np.where(agree, start, np.nan)
        hint = {int(i): int(v) for i, v in enumerate(start)}
        cost = self.cost(objective)
        run = self._run(cost, objective.sense, seconds, hint, should_cancel, None, fixed)
        if run.values is None:
            return None
        sign = 1.0 if objective.sense == "max" else -1.0
        return run.values if sign * float(cost @ run.values) > sign * float(cost @ start) + 0.5 \
            else None

    def same_days(self, objective: Objective, seconds: float, start: np.ndarray, *,
                  groups: bool = False, should_cancel: CancelCheck | None = None
                  ) -> np.ndarray | None:
        """A better plan than ``start`` with the same overflow, or None. The bed stays are
        fixed, and so is how many households of each sheltered class leave on each day
        (with ``groups``, of each bed group, or for sheltered classes no shelter fits, of
        each ready date and sheltered count: the person-nights depend on nothing else).
        Free: the flights of the households needing no bed, which no bed row reads, and
        the flight of each sheltered household within its day (with ``groups``, also
        which of a group's households leave on that day)."""
        if self.beds_fixed:
            return None
        h = self.highs
        n = self.model.vars.n
        group_of = {cls.index: group.index for group in self.model.bed_groups
                    for cls in group.classes}
        by_key: dict[tuple[Any, ...], list[int]] = {}
        for cls in self.model.classes:
            facts = cls.facts
            if not facts.sheltered:
                continue
            group = group_of.get(cls.index)
            if not groups:
                kind: tuple[Any, ...] = ("class", cls.index)
            elif group is not None:
                kind = ("group", group)
            else:
                kind = ("none", facts.ready, facts.sheltered)
            for option in facts.options:
                by_key.setdefault((*kind, option.date), []).append(
                    n[(cls.index, option.flight_id)].index)
        rows = [np.asarray(indices, dtype=np.int64) for indices in by_key.values()]
        held = [float(start[chosen].sum()) for chosen in rows]
        fixed = np.where(self._bed, start, np.nan)
        first = h.getNumRow()
        if rows:
            lengths = np.asarray([len(r) for r in rows])
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int32)
            position = np.full(self.count, -1, dtype=np.int64)
            position[self.columns] = np.arange(len(self.columns))
            columns = position[np.concatenate(rows)].astype(np.int32)
            level = np.asarray(held)
            h.addRows(len(rows), level, level, len(columns), starts, columns,
                      np.ones(len(columns)))
        hint = {int(i): int(v) for i, v in enumerate(start)}
        cost = self.cost(objective)
        try:
            run = self._run(cost, objective.sense, seconds, hint, should_cancel, None, fixed)
        finally:
            if rows:
                h.deleteRows(len(rows), np.arange(first, first + len(rows), dtype=np.int32))
        log.debug("%s: same days %s (%s)", objective.name, run.status,
                 None if run.values is None else float(cost @ run.values))
        if run.values is None:
            return None
        sign = 1.0 if objective.sense == "max" else -1.0
        return run.values if sign * float(cost @ run.values) > sign * float(cost @ start) + 0.5 \
            else None

    def lp_guided(self, objective: Objective, budget: float, start: np.ndarray, *,
                  stage: Reason, began: float, progress: ProgressCallback | None = None,
                  should_cancel: CancelCheck | None = None, last: bool = False) -> MipRun:
        """``objective`` from the plan ``start`` (every model variable) within ``budget``
        seconds: its LP relaxation (a proven bound, and the search ends there when the
        start reaches it); then, while the plan is short of it, searches near the LP's
        plan where the two differ (each better plan is the next start), and HiGHS's whole
        search from the best plan for the time left (when ``last``, the solve's last
        stage, whatever is left: no later stage would use it). Never worse than
        ``start``."""
        stage_began = time.perf_counter()
        deadline = stage_began + budget
        cost = self.cost(objective)
        current = start
        value = int(round(float(cost @ current))) + objective.constant
        relaxed = self.relaxation(objective, max(0.5, RELAXATION_SHARE * budget))
        lp_seconds = time.perf_counter() - stage_began
        bound = relaxed[0] if relaxed is not None else None
        log.info("%s: start %s, LP bound %s (%.1f s)", objective.name, value, bound,
                 time.perf_counter() - stage_began)
        better = (lambda a, b: a > b) if objective.sense == "max" else (lambda a, b: a < b)
        if bound is not None and not better(bound, value):
            return MipRun("optimal", current, value, float(value))
        for groups in (False, True):
            if objective.name not in (GROUP_DAYS_OBJECTIVES if groups
                                      else SAME_DAYS_OBJECTIVES):
                continue
            left = deadline - time.perf_counter()
            if left <= 0.5 or (should_cancel and should_cancel()):
                break
            found = self.same_days(objective, NEIGHBOURHOOD_SHARE * left, current,
                                   groups=groups, should_cancel=should_cancel)
            if found is None:
                continue
            current = found
            value = int(round(float(cost @ current))) + objective.constant
            log.info("%s: %s on the same days (%s; %.1f s)", objective.name, value,
                     "groups" if groups else "classes", time.perf_counter() - stage_began)
            if progress is not None:
                progress(Progress(stage, objective.name, value, bound,
                                  time.perf_counter() - began))
            if bound is not None and not better(bound, value):
                return MipRun("optimal", current, value, float(value))
        if relaxed is not None:
            for _ in range(NEIGHBOURHOOD_ROUNDS):
                left = deadline - time.perf_counter()
                if left <= 0.5 or (should_cancel and should_cancel()):
                    break
                found = self.improve(objective, NEIGHBOURHOOD_SHARE * left, current,
                                     relaxed[1], should_cancel=should_cancel)
                if found is None:
                    break
                current = found
                value = int(round(float(cost @ current))) + objective.constant
                log.info("%s: %s near the LP's plan (%.1f s)", objective.name, value,
                         time.perf_counter() - stage_began)
                if progress is not None:
                    progress(Progress(stage, objective.name, value, bound,
                                      time.perf_counter() - began))
                if not better(bound, value):
                    return MipRun("optimal", current, value, float(value))
        left = deadline - time.perf_counter()
        if last:
            # HiGHS stops on the wall clock only now and then: its LP's time twice over is
            # kept from the limit.
            left -= max(1.0, LAST_STAGE_MARGIN_LP_TIMES * lp_seconds)
        if relaxed is not None and left < (0.5 if last else WHOLE_SEARCH_LP_TIMES * lp_seconds):
            # HiGHS's root node alone would take longer than that: the best plan stands.
            return MipRun("feasible", current, value, bound)
        hint = {i: int(v) for i, v in enumerate(current)}
        run = self.solve(objective, max(0.2, left), hint, stage=stage, began=began,
                         progress=progress, should_cancel=should_cancel)
        log.info("%s: HiGHS's search %s, %s, bound %s (%.1f s)", objective.name, run.status,
                 run.value, run.bound, time.perf_counter() - stage_began)
        if run.values is None or run.value is None or better(value, run.value):
            return MipRun("feasible", current, value, bound, run.cancelled)
        if run.status != "optimal" and bound is not None:
            # the LP's bound and HiGHS's dual bound both hold: the tighter one is kept
            known = run.bound
            run.bound = bound if known is None else (
                min(known, bound) if objective.sense == "max" else max(known, bound))
        return run

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


def _reporter(progress: ProgressCallback | None, stage: Reason, objective: Objective,
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
