"""The exact method: the class model, one objective after another.

Each objective of SPEC 3.2 is solved in turn; its value is then held by a constraint
(equal when proven optimal, at least as good when the time ran out) so that a later
objective never trades an earlier one off, and the previous solution is the start of the
next solve. Objectives 1 and 2 go to HiGHS's MIP without the beds, the later ones to
HiGHS's MIP with them (:mod:`solvers.mip`); CP-SAT, on the same rows, takes over a stage
that the MIP could not start. One CP-SAT worker with ``linearization_level=2``, which
runs the LP-based search the default two-worker portfolio leaves out (why: docs/decisions.md,
Planner, "Lexicographic order").

A bound of a later objective holds for every plan at least as good as this one in the
objectives before it (they are held so while it is solved).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from ortools.sat.python import cp_model

from solvers.backend import CpSatModel
from solvers.hints import WarmStart, hint_of
from solvers.mip import ClassMip, MipRun
from solvers.model import Objective, PlanModel
from solvers.reasons import Reason
from solvers.solution import (
    CancelCheck,
    Progress,
    ProgressCallback,
    SolveOptions,
    objective_done,
    objective_stage,
)

log = logging.getLogger(__name__)

#: Share of the time limit objective 1 may use; the later objectives share what is left.
FIRST_OBJECTIVE_SHARE = 0.6
#: Objectives whose run without a hint comes first, and its share of their time.
FREE_FIRST = frozenset({"overflow_person_nights"})
FREE_FIRST_SHARE = 0.8
#: Seconds at most for re-timing the flights of a hint for its beds (the start of
#: objective 3: :func:`solvers.bed_timing.place_beds`).
HINT_BED_TIMING_SECONDS = 2.0
#: Relative time of the later objectives: overflow (bed assignment) is the hardest.
#: Objective 2 (changes) is what a re-plan after a cancellation is about: it gets as much.
STAGE_WEIGHT = {"overflow_person_nights": 2, "changes": 2}
#: Re-plans whose warm start did not prove objective 1: the share of the time of
#: objectives 1-2 its MIP may take; and the share of objective 2's time its LP bound may.
REPLAN_FIRST_SHARE = 0.5
CHANGES_BOUND_SHARE = 0.5
#: From this many columns of objective 1's MIP, a warm plan short of the LP bound is first
#: searched near the LP's plan (:meth:`ClassMip.lp_guided`); below, HiGHS's whole search
#: is quicker than that search finding nothing (measured: docs/decisions.md, Planner,
#: "Objectives 1, 4 and 5 at 5,000 persons").
NEAR_LP_FIRST_COLUMNS = 6_000


@dataclass
class StageResult:
    name: str
    status: str
    value: int | None
    bound: float | None
    seconds: float


@dataclass
class ExactOutcome:
    #: Variable index -> value of the best plan; None until a plan is found.
    values: dict[Any, int] | None = None
    stages: list[StageResult] = field(default_factory=list)
    cancelled: bool = False
    #: How the bound of an objective was made where not by its own search (as the
    #: scaled method's ``bound_methods``): "lp" for objective 2 of a re-plan.
    bound_methods: dict[str, str] = field(default_factory=dict)


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, stage: Reason, objective: Objective, began: float,
                 progress: ProgressCallback | None) -> None:
        super().__init__()
        self.stage = stage
        self.objective = objective
        self.began = began
        self.progress = progress

    def on_solution_callback(self) -> None:
        if self.progress is not None:
            self.progress(Progress(
                stage=self.stage,
                objective=self.objective.name,
                best=self.objective_value + self.objective.constant,
                bound=self.best_objective_bound + self.objective.constant,
                elapsed=time.perf_counter() - self.began,
            ))


class _CancelWatch:
    """Polls ``should_cancel`` in a thread and stops the running search."""

    def __init__(self, solver: cp_model.CpSolver, should_cancel: CancelCheck | None) -> None:
        self.solver = solver
        self.should_cancel = should_cancel
        self.cancelled = False
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> _CancelWatch:
        if self.should_cancel is not None:
            self._thread = threading.Thread(target=self._watch, daemon=True)
            self._thread.start()
        return self

    def _watch(self) -> None:
        assert self.should_cancel is not None
        while not self._done.wait(0.05):
            if self.should_cancel():
                self.cancelled = True
                self.solver.stop_search()
                return

    def __exit__(self, *_: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()


class ExactSolver:
    def __init__(self, model: PlanModel, options: SolveOptions,
                 progress: ProgressCallback | None = None,
                 should_cancel: CancelCheck | None = None) -> None:
        self.model = model
        self.backend = CpSatModel(model.rows)
        self.options = options
        self.progress = progress
        self.should_cancel = should_cancel

    def solve(self, stages: int | None = None, warm: WarmStart | None = None) -> ExactOutcome:
        """Solve the objectives in order (only the first ``stages`` of them when given).

        With a ``warm`` start, objective 1 is proven by its LP bound when the warm plan
        reaches it, and every search starts from the best plan so far as a hint."""
        cp = self.backend.model
        outcome = ExactOutcome()
        began = time.perf_counter()
        deadline = began + self.options.time_limit
        all_vars = self.backend.vars
        objectives = self.model.objectives[:stages]
        self._held: list[tuple[Objective, MipRun]] = []
        settled = self._mip_phase(objectives, warm, outcome, began, deadline)
        if stages is None or stages > 1:
            settled = self._later_phase(objectives, settled, warm, outcome, began, deadline)
        for index, objective in enumerate(objectives):
            if index < settled:
                continue
            if outcome.cancelled or (self.should_cancel and self.should_cancel()):
                outcome.cancelled = True
                break
            remaining = deadline - time.perf_counter()
            if index == 0:
                budget = remaining * FIRST_OBJECTIVE_SHARE
            else:
                later = sum(STAGE_WEIGHT.get(o.name, 1) for o in objectives[index:] if o.terms)
                budget = remaining * STAGE_WEIGHT.get(objective.name, 1) / max(1, later)
            if budget <= 0.05 and (outcome.values is not None or warm is not None):
                outcome.stages.append(StageResult(objective.name, "not solved", None, None, 0.0))
                continue
            stage_began = time.perf_counter()
            if not objective.terms and (outcome.values is not None or warm is not None):
                outcome.stages.append(StageResult(objective.name, "optimal", objective.constant,
                                                  objective.constant, 0.0))
                continue
            expr = self.backend.expr(objective.terms) if objective.terms else 0
            if index == 0 and warm is not None:
                held = warm.flown_weight - objective.constant
                if warm.proven:
                    cp.add(expr == held)
                    outcome.stages.append(StageResult(
                        objective.name, "optimal", warm.flown_weight,
                        float(math.floor(warm.bound + 1e-6)), time.perf_counter() - stage_began))
                    if self.progress is not None:
                        self.progress(Progress(objective_done(1), objective.name,
                                               warm.flown_weight, warm.bound,
                                               time.perf_counter() - began))
                    continue
                cp.add(expr >= held)
            stage_name = objective_stage(index + 1, len(objectives))
            hint = outcome.values if outcome.values is not None else (
                warm.hint if warm is not None else None)
            if objective.sense == "max":
                cp.maximize(expr)
            else:
                cp.minimize(expr)
            reporter = _Reporter(stage_name, objective, began, self.progress)
            run = self._stage(cp, objective, budget, hint, all_vars, reporter)
            outcome.cancelled = outcome.cancelled or run.cancelled
            seconds = time.perf_counter() - stage_began
            if run.values is None:
                log.info("objective %s: no solution (%s)", objective.name, run.status_name)
                outcome.stages.append(StageResult(objective.name, "not solved", None,
                                                  run.bound, seconds))
                if run.infeasible:
                    raise InfeasibleModel(objective.name)
                if outcome.values is None and warm is None:
                    return outcome
                continue
            value = run.value + objective.constant
            bound = run.bound if run.bound is not None else float(value)
            proven = run.proven
            outcome.stages.append(StageResult(
                objective.name, "optimal" if proven else "feasible", value, bound, seconds))
            outcome.values = run.values
            if self.progress is not None:
                self.progress(Progress(objective_done(index + 1), objective.name, value,
                                       bound, time.perf_counter() - began))
            if objective.terms:
                _hold(cp, expr, objective, value - objective.constant, proven)
        cp.clear_objective()
        return outcome

    def _mip_phase(self, objectives: list[Objective], warm: WarmStart | None,
                   outcome: ExactOutcome, began: float, deadline: float) -> int:
        """Objective 1 (unless the warm start proved it) and objective 2 (when there is a
        reference plan) by HiGHS's MIP (see :mod:`solvers.mip`), held in the CP-SAT model
        for the later objectives. Returns how many objectives it settled; the CP-SAT
        stages take over from there (also when the MIP found no plan in its time)."""
        first = objectives[0] if objectives else None
        second = objectives[1] if len(objectives) > 1 and objectives[1].terms else None
        warm_proven = warm is not None and warm.proven
        if first is None or not first.terms or (warm_proven and second is None):
            return 0
        if second is not None and warm is not None and warm.changes_bound is not None:
            return self._replan_phase(first, second, warm, outcome, began, deadline)
        cp = self.backend.model
        mip = ClassMip(self.model, seed=self.options.seed)
        hint = warm.hint if warm is not None else None
        stage_began = time.perf_counter()
        budget = (deadline - stage_began) * FIRST_OBJECTIVE_SHARE
        one_name = objective_stage(1, len(objectives))
        kwargs: dict[str, Any] = {"began": began, "progress": self.progress,
                                  "should_cancel": self.should_cancel}
        if warm_proven:
            assert warm is not None
            runs = [MipRun("optimal", None, warm.flown_weight, float(warm.flown_weight))]
            outcome.stages.append(StageResult(first.name, "optimal", warm.flown_weight,
                                              float(math.floor(warm.bound + 1e-6)), 0.0))
            mip.hold(first, runs[0])
            # Said like every other settled objective: without it a re-plan's progress
            # had no report of objective 1 (the Plan screen's Time cell stayed blank).
            if self.progress is not None:
                self.progress(Progress(objective_done(1), first.name, warm.flown_weight,
                                       warm.bound, time.perf_counter() - began))
            stage_began = time.perf_counter()
            assert second is not None
            runs.append(mip.solve(second, budget, hint,
                                  stage=objective_stage(2, len(objectives)), **kwargs))
        elif second is not None:
            runs = list(mip.solve_pair(first, second, budget, hint, stage=one_name, **kwargs))
        elif hint is not None and len(mip.columns) >= NEAR_LP_FIRST_COLUMNS:
            # The warm plan is short of the LP bound: the search near the LP's plan first,
            # HiGHS's whole search (whose root node's cut rounds come before its own such
            # search) only for the time left (measured: docs/decisions.md, Planner,
            # "Objectives 1, 4 and 5 at 5,000 persons").
            start = np.zeros(mip.count)
            for index, value in hint.items():
                start[index] = value
            runs = [mip.lp_guided(first, budget, start, stage=one_name, **kwargs)]
        else:
            runs = [mip.solve(first, budget, hint, stage=one_name, **kwargs)]
        settled = 0
        for index, (objective, run) in enumerate(zip((first, second), runs, strict=False)):
            assert objective is not None
            outcome.cancelled = outcome.cancelled or run.cancelled
            if run.status == "infeasible":
                raise InfeasibleModel(objective.name)
            if run.value is None:
                break
            expr = self.backend.expr(objective.terms)
            _hold(cp, expr, objective, run.value - objective.constant, run.proven)
            self._held.append((objective, run))
            settled = index + 1
            if run.values is None:  # objective 1 of the warm start: recorded and held above
                continue
            mip.hold(objective, run)
            bound = run.bound
            if bound is None and objective.sense == "max" and warm is not None:
                bound = float(math.floor(warm.bound + 1e-6))
            outcome.stages.append(StageResult(objective.name, run.status, run.value, bound,
                                              time.perf_counter() - stage_began))
            outcome.values = self._hint_of(mip, run.values)
            if self.progress is not None:
                self.progress(Progress(objective_done(index + 1), objective.name,
                                       run.value, bound, time.perf_counter() - began))
        return settled

    def _replan_phase(self, first: Objective, second: Objective, warm: WarmStart,
                      outcome: ExactOutcome, began: float, deadline: float) -> int:
        """Objectives 1 and 2 of a re-plan from the warm start (the LP's plan repaired near
        the reference plan, :func:`solvers.warm.warm_start`): objective 1 proven by the LP
        bound or by HiGHS's MIP from the warm plan; objective 2 bounded by the warm
        start's LP with objective 1 held (:func:`solvers.bounds.changes_lp_bound`), and
        searched by the MIP from the best plan only while the plan is above that bound.
        The MIP's own bound of objective 2, out of time, was only the persons forced off
        (docs/decisions.md, Planner, "The exact method's re-plans repaired and bounded by
        the LP")."""
        mip = ClassMip(self.model, seed=self.options.seed)
        count = len(self.model.objectives)
        kwargs: dict[str, Any] = {"began": began, "progress": self.progress,
                                  "should_cancel": self.should_cancel}
        stage_began = phase_began = time.perf_counter()
        budget = max(0.5, (deadline - stage_began) * FIRST_OBJECTIVE_SHARE)
        best = np.zeros(mip.count)
        for index, value in warm.hint.items():
            best[index] = value
        full: dict[int, int] = dict(warm.hint)  # the best plan with its beds
        bound_one = float(math.floor(warm.bound + 1e-6))
        if warm.proven:
            one = MipRun("optimal", best, warm.flown_weight, bound_one)
        else:
            run = mip.solve(first, REPLAN_FIRST_SHARE * budget, warm.hint,
                            stage=objective_stage(1, count), **kwargs)
            outcome.cancelled = outcome.cancelled or run.cancelled
            if run.status == "infeasible":
                raise InfeasibleModel(first.name)
            if run.bound is not None:
                bound_one = min(bound_one, run.bound)
            if run.values is not None and run.value is not None \
                    and run.value > warm.flown_weight:
                best = run.values
                full = self._hint_of(mip, run.values)
                one = MipRun(run.status, best, run.value, bound_one)
            else:
                one = MipRun("optimal" if warm.flown_weight >= bound_one else "feasible",
                             best, warm.flown_weight, bound_one)
        assert one.value is not None
        self._settle(mip, first, one, outcome, full, stage_began, began, 1)
        stage_began = time.perf_counter()
        cost = mip.cost(second)
        value = int(round(float(cost @ best))) + second.constant
        ends = phase_began + budget
        assert warm.changes_bound is not None
        made = warm.changes_bound(float(one.value),
                                  CHANGES_BOUND_SHARE * max(0.5, ends - stage_began))
        bound_two = made[0] if made is not None else None
        if made is not None:
            outcome.bound_methods[second.name] = made[1]
        log.info("re-plan: objective 1 %s (%s), objective 2 %s, LP bound %s (%.1f s)",
                 one.value, one.status, value, bound_two, time.perf_counter() - stage_began)
        if bound_two is not None and value <= math.ceil(bound_two - 1e-6):
            two = MipRun("optimal", best, value, float(value))
        else:
            hint = {i: int(v) for i, v in enumerate(best)}
            run = mip.solve(second, max(0.2, ends - time.perf_counter()), hint,
                            stage=objective_stage(2, count), **kwargs)
            outcome.cancelled = outcome.cancelled or run.cancelled
            if run.bound is not None and (bound_two is None or run.bound > bound_two):
                bound_two = run.bound
                outcome.bound_methods.pop(second.name, None)
            if run.values is not None and run.value is not None and run.value < value:
                best, value = run.values, run.value
                full = self._hint_of(mip, run.values)
            met = bound_two is not None and value <= math.ceil(bound_two - 1e-6)
            two = MipRun("optimal" if run.proven or met else "feasible", best, value,
                         float(value) if met else bound_two)
        self._settle(mip, second, two, outcome, full, stage_began, began, 2)
        return 2

    def _settle(self, mip: ClassMip, objective: Objective, run: MipRun,
                outcome: ExactOutcome, full: dict[int, int], stage_began: float,
                began: float, number: int) -> None:
        """Hold ``objective`` at the run's value in the MIP and in CP-SAT, record its stage
        and make ``full`` (its plan with beds) the best plan so far."""
        assert run.value is not None
        mip.hold(objective, run)
        _hold(self.backend.model, self.backend.expr(objective.terms), objective,
              run.value - objective.constant, run.proven)
        self._held.append((objective, run))
        outcome.stages.append(StageResult(objective.name, run.status, run.value, run.bound,
                                          time.perf_counter() - stage_began))
        outcome.values = full
        if self.progress is not None:
            self.progress(Progress(objective_done(number), objective.name, run.value,
                                   run.bound, time.perf_counter() - began))

    def _later_phase(self, objectives: list[Objective], settled: int,
                     warm: WarmStart | None, outcome: ExactOutcome, began: float,
                     deadline: float) -> int:
        """The objectives after those the MIP of objectives 1-2 settled (beds, waiting,
        first choices), one after the other by HiGHS's MIP over every variable, the bed
        stays included, each starting from the best plan so far and held afterwards
        (equal when proven, at least as good otherwise). Each stage's bound is HiGHS's
        dual bound, or the LP relaxation's when the time ran out before its root node
        ended. Returns how many objectives are settled; CP-SAT takes over from there
        when a stage found no plan."""
        if outcome.values is None and warm is not None and warm.proven and settled == 0 \
                and objectives and objectives[0].terms:
            first = objectives[0]
            run = MipRun("optimal", None, warm.flown_weight, float(warm.flown_weight))
            _hold(self.backend.model, self.backend.expr(first.terms), first,
                  warm.flown_weight - first.constant, True)
            self._held.append((first, run))
            outcome.stages.append(StageResult(first.name, "optimal", warm.flown_weight,
                                              float(math.floor(warm.bound + 1e-6)), 0.0))
            outcome.values = dict(warm.hint)
            settled = 1
            if self.progress is not None:
                self.progress(Progress(objective_done(1), first.name, warm.flown_weight,
                                       warm.bound, time.perf_counter() - began))
        if settled == 0 or outcome.values is None or settled >= len(objectives):
            return settled
        mip = ClassMip(self.model, seed=self.options.seed, beds=True)
        for objective, run in self._held:
            mip.hold(objective, run)
        cp = self.backend.model
        for index in range(settled, len(objectives)):
            objective = objectives[index]
            if outcome.cancelled or (self.should_cancel and self.should_cancel()):
                outcome.cancelled = True
                return index
            if not objective.terms:
                outcome.stages.append(StageResult(objective.name, "optimal",
                                                  objective.constant, objective.constant, 0.0))
                continue
            remaining = deadline - time.perf_counter()
            later = sum(STAGE_WEIGHT.get(o.name, 1) for o in objectives[index:] if o.terms)
            budget = remaining * STAGE_WEIGHT.get(objective.name, 1) / max(1, later)
            stage_began = time.perf_counter()
            if budget <= 0.05:
                outcome.stages.append(StageResult(objective.name, "not solved", None, None,
                                                  0.0))
                continue
            run = self._later_stage(mip, objective, index, len(objectives), budget,
                                    outcome.values, began)
            outcome.cancelled = outcome.cancelled or run.cancelled
            if run.values is None or run.value is None:
                log.info("objective %s: the MIP found no plan (%s)", objective.name,
                         run.status)
                return index
            mip.hold(objective, run)
            _hold(cp, self.backend.expr(objective.terms), objective,
                  run.value - objective.constant, run.proven)
            outcome.stages.append(StageResult(objective.name, run.status, run.value,
                                              run.bound, time.perf_counter() - stage_began))
            outcome.values = {i: int(v) for i, v in enumerate(run.values)}
            if self.progress is not None:
                self.progress(Progress(objective_done(index + 1), objective.name,
                                       run.value, run.bound, time.perf_counter() - began))
        return len(objectives)

    def _later_stage(self, mip: ClassMip, objective: Objective, index: int, count: int,
                     budget: float, start: dict[int, int], began: float) -> MipRun:
        """One objective after objective 2, by :meth:`ClassMip.lp_guided` from ``start``."""
        current = np.zeros(mip.count)
        for i, value in start.items():
            current[i] = value
        return mip.lp_guided(objective, budget, current,
                             stage=objective_stage(index + 1, count), began=began,
                             progress=self.progress, should_cancel=self.should_cancel,
                             last=index == count - 1)

    def _hint_of(self, mip: ClassMip, values: Any) -> dict[int, int]:
        """A whole plan from the MIP's values: with the bed variables fixed at zero there,
        the beds come from the bed pass over the flights found (a start for objective 3)."""
        if not mip.beds_fixed:
            return {i: int(v) for i, v in enumerate(values)}
        from solvers.bed_timing import place_beds
        from solvers.expand import expand

        plan = expand(self.model, lambda var: values[var.index])
        place_beds(self.model.problem, plan, self.model.classes, self.model.pins,
                   time.perf_counter() + HINT_BED_TIMING_SECONDS)
        return hint_of(self.model, plan)

    def _stage(self, cp: cp_model.CpModel, objective: Objective, budget: float,
               hint: dict[int, int] | None, all_vars: list[Any], reporter: _Reporter) -> _Run:
        """Solve one objective from the hint (the best plan so far). Overflow runs without
        the hint first, keeping only plans at least as good as the hint, since the LP-guided
        search finds better bed plans than a search around the previous one (the measurement:
        docs/decisions.md, Planner); the hinted run is its fallback. Without a hint, one run."""
        if hint is None:
            return self._run(cp, objective, budget, all_vars, reporter)
        began = time.perf_counter()
        if objective.name in FREE_FIRST:
            # Only plans at least as good as the hint count: the search without it then
            # never ends worse than the plan it could have started from.
            terms = objective.terms
            if terms and all(var.index in hint for var, _ in terms):
                reached = sum(coef * hint[var.index] for var, coef in terms)
                expr = self.backend.expr(terms)
                cp.add(expr <= reached if objective.sense == "min" else expr >= reached)
            free = self._run(cp, objective, budget * FREE_FIRST_SHARE, all_vars, reporter)
            if free.values is not None or free.cancelled or free.infeasible:
                return free
        for var in all_vars:
            if var.index in hint:
                cp.add_hint(var, hint[var.index])
        hinted = self._run(cp, objective, max(0.5, budget - (time.perf_counter() - began)),
                           all_vars, reporter)
        cp.clear_hints()
        return hinted

    def _run(self, cp: cp_model.CpModel, objective: Objective, seconds: float,
             all_vars: list[Any], reporter: _Reporter) -> _Run:
        solver = cp_model.CpSolver()
        params = solver.parameters
        params.max_time_in_seconds = max(0.05, seconds)
        params.num_workers = self.options.workers
        params.random_seed = self.options.seed
        if self.options.workers == 1:
            params.linearization_level = 2
        with _CancelWatch(solver, self.should_cancel) as watch:
            status = solver.solve(cp, reporter)
        found = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        bound = solver.best_objective_bound + objective.constant if found else None
        return _Run(
            status_name=solver.status_name(status),
            values={v.index: int(solver.value(v)) for v in all_vars} if found else None,
            value=int(round(solver.objective_value)) if found else 0,
            bound=bound,
            proven=status == cp_model.OPTIMAL,
            infeasible=status == cp_model.INFEASIBLE,
            cancelled=watch.cancelled,
        )


def _hold(cp: cp_model.CpModel, expr: Any, objective: Objective, held: int,
          proven: bool) -> None:
    """Keep an objective at its value (at least as good when it was not proven)."""
    if proven:
        cp.add(expr == held)
    elif objective.sense == "max":
        cp.add(expr >= held)
    else:
        cp.add(expr <= held)


@dataclass
class _Run:
    status_name: str
    values: dict[int, int] | None
    #: Objective value without its constant.
    value: int
    bound: float | None
    proven: bool
    infeasible: bool
    cancelled: bool


class InfeasibleModel(RuntimeError):
    """The model has no solution: kept pins that cannot hold together (a bug otherwise)."""
