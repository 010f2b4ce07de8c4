"""Planning services for the command line and the desktop program (no Qt here).

``solve_and_store`` reads a consistent snapshot of the operation, solves it (in the
caller's thread: the desktop program runs it in a background task), checks the plan with
the independent validators, and stores it in one transaction after making sure that the
records did not change meanwhile. Cancel keeps the best plan found so far with status
"cancelled"; when the solver had found none, nothing is stored and None is returned.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import time
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.db.locks import hold_writes
from planner.db.models import Plan
from planner.errors import ConflictError, PlannerError
from planner.planning.bounds import check_start, check_time_limit
from planner.planning.problem_builder import BuiltProblem, build_problem, fingerprint
from planner.planning.storage import store_plan, utc_now
from planner.protection import audit
from planner.words.render import violation_text
from solvers.reasons import Reason
from solvers.solution import CancelCheck, Progress, ProgressCallback, SolveOptions
from solvers.solve import ExactTooLarge, solve
from solvers.validate import released_pin_ids, validate

#: Key of the PostgreSQL advisory lock that lets one publish run at a time per operation.
PUBLISH_LOCK = 0x45565042
#: Seconds kept for checking and storing the plan (and the command's summary of it): the
#: larger of so many per household and usable flight (the reasons of those left behind
#: look at every flight they could take) and so many times the reading's seconds. 30,000
#: demo persons, 17,576 households, 138 flights: read 1.4 s, then 0.5 s checking and
#: 1.4 s storing at load 4; under load 6 read 1.7-2.2 s, then 4.1-4.5 s. 150,000
#: persons, 87,969 households, 687 flights, load 3.5: read 5.3 s, then 3.7 s checking and
#: 15.8 s storing (before the matchings of the reasons were shared, at load 5.7: 16 s
#: and 45.6 s).
AFTER_SOLVE_PER_HOUSEHOLD_FLIGHT = 0.6e-6
AFTER_SOLVE_PER_READ = 3.0
#: The solver's least seconds: the largest of these, so many times the reading's seconds
#: and so many per household and usable flight (the scaled method forms its classes,
#: solves the LP and makes whole households of its plan, which grow with the operation:
#: at 30,000 persons 2.1 s at load 3, 4 s at load 6 (read 1.7 s); at 150,000 persons
#: 69 s at load 5.7, the LP 42 s of them; 47 s at load 3.5, the LP 27 s).
MIN_SOLVER_SECONDS = 1.0
SOLVER_LEAST_PER_READ = 2.5
SOLVER_LEAST_PER_HOUSEHOLD_FLIGHT = 1.0e-6
#: The tables ``fingerprint`` covers: held against writes from the check to the commit.
PLANNING_INPUTS = ("settings", "persons", "households", "flights", "shelters",
                   "document_slots", "pins")

#: The stages of a solve after the solver's own, as progress reports say them (with no
#: objective: they are about the whole plan).
READING_STAGE = Reason("stage_reading")
SOLVING_STAGE = "stage_solving"
CHECKING_STAGE = Reason("stage_checking")
STORING_STAGE = Reason("stage_storing")
STORED_STAGE = Reason("stage_stored")


@dataclass(frozen=True)
class PlanningOptions:
    start: dt.date | None = None
    time_limit: float = 60.0
    #: "auto", "exact" or "scaled".
    method: str = "auto"
    #: The plan whose flights objective 2 keeps; None = the last published plan.
    reference_plan_id: int | None = None
    use_reference: bool = True
    publish: bool = False
    seed: int = 1
    workers: int = 1
    #: When the job began (``time.perf_counter()``), if before the call: the command
    #: line's start. The time limit counts from then.
    started: float | None = None


@dataclass(frozen=True)
class TimeBudget:
    """How a job's time limit is shared once the operation is read: the seconds gone,
    the seconds kept for checking and storing, and the solver's."""

    persons: int
    limit: float
    spent: float
    after: float
    solver: float

    @classmethod
    def of(cls, limit: float, spent: float, read: float, households: int, flights: int,
           persons: int) -> TimeBudget:
        after = max(AFTER_SOLVE_PER_HOUSEHOLD_FLIGHT * households * max(1, flights),
                    AFTER_SOLVE_PER_READ * read)
        least = max(MIN_SOLVER_SECONDS, SOLVER_LEAST_PER_READ * read,
                    SOLVER_LEAST_PER_HOUSEHOLD_FLIGHT * households * max(1, flights))
        return cls(persons, limit, spent, after, max(least, limit - spent - after))

    @property
    def fits(self) -> bool:
        """Whether the time limit leaves the solver at least its least seconds."""
        return self.spent + self.after + self.solver <= self.limit + 1e-9

    @property
    def work(self) -> int:
        """The whole seconds of reading, checking and storing, as the notice says them."""
        return math.ceil(self.spent + self.after)

    @property
    def needed(self) -> int:
        """The whole seconds of the job with the solver's share, as the notice says them."""
        return math.ceil(self.spent + self.after + self.solver)

    def notice(self) -> Reason:
        """What the officer is told up front when the limit cannot hold (one template,
        ``time_limit_cannot_hold``, for the command line and the desktop)."""
        limit: int | str = round(self.limit) if self.limit == round(self.limit) \
            else f"{self.limit:g}"
        return Reason("time_limit_cannot_hold", {
            "limit": limit, "persons": self.persons, "work": self.work,
            "solver": math.ceil(self.solver), "needed": self.needed})


@dataclass(frozen=True)
class BudgetNotice(Progress):
    """The report that the time limit cannot hold, sent once before solving: its stage is
    the notice (``TimeBudget.notice``), its ``budget`` the figures."""

    budget: TimeBudget


class PlanValidationError(PlannerError):
    """The solver produced a plan that breaks a hard rule: a bug, never stored."""


def read_snapshot(operation: Operation, options: PlanningOptions) -> BuiltProblem:
    """Build the problem; read twice-checked so a concurrent import cannot tear it."""
    for _ in range(3):
        with operation.session() as session:
            _repeatable_read(session)
            before = fingerprint(session)
            built = build_problem(session, options.start, options.reference_plan_id,
                                  options.use_reference)
        if built.fingerprint == before:
            return built
    raise ConflictError.of("plan_records_kept_changing")


def _repeatable_read(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def solving_stage(persons: int, households: int, flights: int, seconds: float) -> Reason:
    """The stage said once the operation is read: what is solved, and the solver's
    seconds (its share of the whole job's time limit)."""
    return Reason(SOLVING_STAGE, {"persons": persons, "households": households,
                                  "flights": flights, "seconds": round(seconds)})


def solve_and_store(
    operation: Operation,
    options: PlanningOptions | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> int | None:
    """Make a plan and store it; return its id (None when cancelled before any plan)."""
    options = options or PlanningOptions()
    reading = time.perf_counter()
    began = reading if options.started is None else min(options.started, reading)
    check_time_limit(options.time_limit)
    with operation.session() as session:
        check_start(session, options.start)
    if progress is not None:
        # Reading takes seconds at scale (4-6 s at 30,000 persons): said, not silent.
        progress(Progress(READING_STAGE, "", None, None, time.perf_counter() - began))
    built = read_snapshot(operation, options)
    read_seconds = time.perf_counter() - reading
    # The time limit covers the whole job, from the command's start: reading, solving,
    # checking and storing; the solver gets what the others leave.
    budget = TimeBudget.of(options.time_limit, time.perf_counter() - began, read_seconds,
                           len(built.problem.households),
                           len(built.problem.usable_flights), len(built.problem.persons))
    if not budget.fits and progress is not None:
        progress(BudgetNotice(budget.notice(), "", None, None, budget.spent, budget))
    elif progress is not None:
        # What is solved and in how long, before the solver's first report (which at
        # scale comes after its classes and model are built).
        problem = built.problem
        progress(Progress(solving_stage(len(problem.persons), len(problem.households),
                                        len(problem.usable_flights), budget.solver),
                          "", None, None, time.perf_counter() - began))
    solver_began = time.perf_counter()

    def solver_progress(report: Progress) -> None:
        """The solver's reports, timed from the job's start like the job's own."""
        assert progress is not None
        progress(dataclasses.replace(
            report, elapsed=report.elapsed + solver_began - began))

    try:
        result = solve(
            built.problem,
            SolveOptions(time_limit=budget.solver, method=options.method, seed=options.seed,
                         workers=options.workers),
            solver_progress if progress is not None else None,
            should_cancel,
        )
    except ExactTooLarge as exc:
        # In the officer's terms: the whole job's limit, of which the solver gets a share.
        needs = math.ceil(exc.needs_seconds + budget.spent + budget.after)
        raise PlannerError.of(
            "exact_too_large", households=exc.households, classes=exc.classes,
            flights=exc.flights, limit=f"{options.time_limit:g}", needs=needs) from exc
    if result.status in ("failed", "cancelled") and not result.objectives:
        if result.status == "cancelled":
            return None
        raise PlannerError.of("no_plan_in_time")
    def stage(name: Reason) -> None:
        """The job's stages after the solver (checking, storing with the reasons), which
        take seconds at scale: said, not silent."""
        if progress is not None:
            progress(Progress(name, "", None, None, time.perf_counter() - began))

    stage(CHECKING_STAGE)
    check_began = time.perf_counter()
    violations = validate(built.problem, result.assignment, released_pin_ids(result.conflicts))
    if violations:
        raise PlanValidationError(
            f"Internal error: the plan breaks SPEC 3.1 ({violation_text(violations[0])}; "
            f"{len(violations)} violation(s) in all); it was not stored - please report this bug"
        )
    validate_seconds = time.perf_counter() - check_began
    actor = audit.current_actor()
    with operation.session() as session:
        hold_writes(session, PLANNING_INPUTS)
        if fingerprint(session) != built.fingerprint:
            raise ConflictError.of("plan_records_changed")
        stage(STORING_STAGE)
        store_began = time.perf_counter()
        plan_id = store_plan(
            session, built.problem, result,
            reference_plan_id=built.reference_plan_id, fingerprint=built.fingerprint,
            actor=actor,
            extra_timings={"read": read_seconds, "validate": validate_seconds},
        )
        audit.record(session, "solve", "plan", str(plan_id), {
            "status": result.status, "method": result.method,
            "households": len(built.problem.households),
            "flown_households": len(result.assignment.flight_of),
            "reference_plan_id": built.reference_plan_id,
            "conflicts": len(result.conflicts),
        })
        plan = session.get(Plan, plan_id)
        assert plan is not None
        plan.parameters = {**plan.parameters, "timings": {
            **plan.parameters.get("timings", {}), "store": time.perf_counter() - store_began}}
        if options.publish:
            _publish(session, plan, actor)
    stage(STORED_STAGE)
    return plan_id


def publish_plan(operation: Operation, plan_id: int) -> None:
    """Make ``plan_id`` the published plan; refused when the records changed since it was
    made, or when it is cancelled or failed. One publish at a time per operation."""
    with operation.session() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise PlannerError.of("plan_unknown", plan=str(plan_id))
        _publish(session, plan, audit.current_actor())


def _publish(session: Session, plan: Plan, actor: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUBLISH_LOCK})
    hold_writes(session, PLANNING_INPUTS)
    if plan.status not in ("optimal", "feasible"):
        raise PlannerError.of("publish_unfinished", plan=str(plan.id), status=plan.status)
    if plan.parameters.get("fingerprint") != fingerprint(session):
        raise ConflictError.of("publish_records_changed", plan=str(plan.id))
    plan.published_at = utc_now()
    plan.published_by = actor
    audit.record(session, "publish", "plan", str(plan.id), {"status": plan.status})


def published_plan_id(operation: Operation) -> int | None:
    with operation.session() as session:
        return session.scalar(
            select(Plan.id).where(Plan.published_at.is_not(None))
            .order_by(Plan.published_at.desc(), Plan.id.desc()).limit(1))
