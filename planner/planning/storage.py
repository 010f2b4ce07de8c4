"""Storing a solved plan: the Plan row, one PlanHousehold per household, PlanPerson slots.

The rows go in through ``insert_rows`` (COPY on PostgreSQL, the driver's executemany on
SQLite): the ORM's bulk insert ran many of them one statement at a time (the times before
and after: docs/decisions.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from planner.db.models import Plan, PlanHousehold, PlanPerson
from planner.importing.bulk_insert import insert_rows
from solvers.explain import PlanUsage, explain_overflow, explain_unflown
from solvers.problem import Problem
from solvers.solution import PlanResult

CHUNK = 20_000
HOUSEHOLD_COLUMNS = ("plan_id", "household_id", "flight_id", "shelter_id", "reasons",
                     "overflow_person_nights", "overflow_why")


def store_plan(
    session: Session,
    problem: Problem,
    result: PlanResult,
    *,
    reference_plan_id: int | None,
    fingerprint: str,
    actor: str,
    extra_timings: dict[str, float] | None = None,
) -> int:
    """Insert the plan in the caller's transaction and return its id."""
    plan = result.assignment
    usage = PlanUsage.of(problem, plan)
    reasons = explain_unflown(problem, plan, result.conflicts, usage, reference_plan_id)
    overflow = explain_overflow(problem, plan, usage)
    gaps = {
        name: _gap(result.objectives.get(name), bound) for name, bound in result.bounds.items()
    }
    parameters: dict[str, Any] = {
        **result.parameters,
        "timings": {**result.timings, **(extra_timings or {})},
        "objective_status": result.objective_status,
        "gaps": gaps,
        "fingerprint": fingerprint,
        # E of SPEC 3.1 at solve time: the manifests' shelter nights must not move when a
        # flight's status changes after the plan was made.
        "horizon_end": problem.horizon_end.isoformat(),
    }
    row = Plan(
        created_by=actor,
        status=result.status,
        start_date=problem.start,
        reference_plan_id=reference_plan_id,
        objectives=dict(result.objectives),
        bounds={k: float(v) for k, v in result.bounds.items()},
        solve_seconds=round(result.solve_seconds, 3),
        parameters=parameters,
        conflicts=list(result.conflicts),
    )
    session.add(row)
    session.flush()
    households = []
    for household in problem.households:
        nights, why = overflow.get(household.id, (0, None))
        households.append((row.id, household.id, plan.flight_of.get(household.id),
                           plan.shelter_of.get(household.id), reasons.get(household.id, []),
                           nights, why))
    persons = [(row.id, person_id, slot_id) for person_id, slot_id in sorted(plan.slot_of.items())]
    for table, columns, rows in (
            (PlanHousehold.__table__, HOUSEHOLD_COLUMNS, households),
            (PlanPerson.__table__, ("plan_id", "person_id", "slot_id"), persons)):
        for offset in range(0, len(rows), CHUNK):
            insert_rows(session, cast(Table, table), columns, rows[offset: offset + CHUNK])
    return row.id


def _gap(value: float | None, bound: float) -> float | None:
    """Relative distance between a value and its proven bound (0 = closed)."""
    if value is None:
        return None
    scale = max(abs(bound), abs(value), 1.0)
    return round(abs(bound - value) / scale, 6)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
