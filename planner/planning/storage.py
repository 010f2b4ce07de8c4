"""Storing a solved plan: the Plan row, one PlanHousehold per household, PlanPerson slots."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from planner.db.models import Plan, PlanHousehold, PlanPerson
from solvers.explain import PlanUsage, explain_overflow, explain_unflown
from solvers.problem import Problem
from solvers.solution import PlanResult

CHUNK = 20_000


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
    reasons = explain_unflown(problem, plan, result.conflicts, usage)
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
        households.append({
            "plan_id": row.id,
            "household_id": household.id,
            "flight_id": plan.flight_of.get(household.id),
            "shelter_id": plan.shelter_of.get(household.id),
            "reasons": reasons.get(household.id, []),
            "overflow_person_nights": nights,
            "overflow_reason": why,
        })
    for offset in range(0, len(households), CHUNK):
        session.execute(insert(PlanHousehold), households[offset: offset + CHUNK])
    persons = [
        {"plan_id": row.id, "person_id": person_id, "slot_id": slot_id}
        for person_id, slot_id in sorted(plan.slot_of.items())
    ]
    for offset in range(0, len(persons), CHUNK):
        session.execute(insert(PlanPerson), persons[offset: offset + CHUNK])
    return row.id


def _gap(value: float | None, bound: float) -> float | None:
    """Relative distance between a value and its proven bound (0 = closed)."""
    if value is None:
        return None
    scale = max(abs(bound), abs(value), 1.0)
    return round(abs(bound - value) / scale, 6)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
