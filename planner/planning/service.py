"""Planning services for the command line and the desktop program (no Qt here).

``solve_and_store`` reads a consistent snapshot of the operation, solves it (in the
caller's thread: the desktop program runs it in a background task), checks the plan with
the independent validators, and stores it in one transaction after making sure that the
records did not change meanwhile. Cancel keeps the best plan found so far with status
"cancelled"; when the solver had found none, nothing is stored and None is returned.
"""

from __future__ import annotations

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
from solvers.solution import CancelCheck, Progress, ProgressCallback, SolveOptions
from solvers.solve import ExactTooLarge, solve
from solvers.validate import released_pin_ids, validate

#: Key of the PostgreSQL advisory lock that lets one publish run at a time per operation.
PUBLISH_LOCK = 0x45565042
#: The tables ``fingerprint`` covers: held against writes from the check to the commit.
#: Share of the time limit kept for checking and storing the plan, and the solver's least.
AFTER_SOLVE_SHARE = 0.1
MIN_SOLVER_SECONDS = 5.0
PLANNING_INPUTS = ("settings", "persons", "households", "flights", "shelters",
                   "document_slots", "pins")

#: The stages of a solve after the solver's own, as progress reports say them (with no
#: objective: they are about the whole plan).
CHECKING_STAGE = "checking the plan against every rule"
STORING_STAGE = "storing the plan with the reasons of those left behind"


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
    raise ConflictError("The operation's records kept changing while the plan was being "
                        "prepared; try again when the import or edit has finished")


def _repeatable_read(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def solve_and_store(
    operation: Operation,
    options: PlanningOptions | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> int | None:
    """Make a plan and store it; return its id (None when cancelled before any plan)."""
    options = options or PlanningOptions()
    began = time.perf_counter()
    check_time_limit(options.time_limit)
    with operation.session() as session:
        check_start(session, options.start)
    built = read_snapshot(operation, options)
    read_seconds = time.perf_counter() - began
    # The time limit covers the whole job: reading, solving, checking and storing.
    solver_seconds = max(MIN_SOLVER_SECONDS,
                         options.time_limit * (1 - AFTER_SOLVE_SHARE) - read_seconds)
    try:
        result = solve(
            built.problem,
            SolveOptions(time_limit=solver_seconds, method=options.method, seed=options.seed,
                         workers=options.workers),
            progress,
            should_cancel,
        )
    except ExactTooLarge as exc:
        # In the officer's terms: the whole job's limit, of which the solver gets a share.
        needs = math.ceil((exc.needs_seconds + read_seconds) / (1 - AFTER_SOLVE_SHARE))
        raise PlannerError(
            f"The exact method cannot plan {exc.households:,} households ({exc.classes:,} "
            f"kinds on {exc.flights:,} flights) within {options.time_limit:g} s; use the "
            f"scaled method (--method scaled), or give the "
            f"exact one a time limit of at least {needs:,} s") from exc
    if result.status in ("failed", "cancelled") and not result.objectives:
        if result.status == "cancelled":
            return None
        raise PlannerError("The planner found no plan within the time limit; "
                           "solve again with a longer --time-limit")
    def stage(name: str) -> None:
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
            raise ConflictError("The operation's records changed while the plan was being made; "
                                "the plan was not stored: solve again")
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
    return plan_id


def publish_plan(operation: Operation, plan_id: int) -> None:
    """Make ``plan_id`` the published plan; refused when the records changed since it was
    made, or when it is cancelled or failed. One publish at a time per operation."""
    with operation.session() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise PlannerError(f"There is no plan {plan_id} in this operation")
        _publish(session, plan, audit.current_actor())


def _publish(session: Session, plan: Plan, actor: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUBLISH_LOCK})
    hold_writes(session, PLANNING_INPUTS)
    if plan.status not in ("optimal", "feasible"):
        raise PlannerError(f"Plan {plan.id} is {plan.status}; only a finished plan can be "
                           "published: solve again")
    if plan.parameters.get("fingerprint") != fingerprint(session):
        raise ConflictError(f"The operation's records changed since plan {plan.id} was made; "
                            "solve again before publishing")
    plan.published_at = utc_now()
    plan.published_by = actor
    audit.record(session, "publish", "plan", str(plan.id), {"status": plan.status})


def published_plan_id(operation: Operation) -> int | None:
    with operation.session() as session:
        return session.scalar(
            select(Plan.id).where(Plan.published_at.is_not(None))
            .order_by(Plan.published_at.desc(), Plan.id.desc()).limit(1))
