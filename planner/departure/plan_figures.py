"""The published plan's figures after a close changed its passenger list.

Close writes what happened into the published plan (no-shows off the flight, standby
households on it), so the plan's stored objectives (SPEC 3.2, the figures of ``solve
--json``, the Plan screen's list) would describe a passenger list it no longer has. They
are refigured here by difference: the objectives of the households the close changed are
evaluated before and after with the solver's own ``solvers.objectives.evaluate``, on the
plan's start date and against the plan's reference, and the plan's figures move by the
difference; every other household's share is the one the plan was made with. The proven
bounds stay those of the solve (they bound the problem the solver was given); the plan's
``parameters`` keep a line per close that changed it, so a reader can tell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Person, Plan, PlanHousehold
from planner.operation import get_settings
from planner.planning.problem_builder import person_specs
from solvers.objectives import evaluate
from solvers.problem import FlightSpec, Problem
from solvers.solution import Assignment


def plan_flights(session: Session, plan_id: int, households: Sequence[int]) -> dict[int, int]:
    """Household id -> flight id in the plan, for those of ``households`` it flies."""
    return {hid: fid for hid, fid in session.execute(
        select(PlanHousehold.household_id, PlanHousehold.flight_id).where(
            PlanHousehold.plan_id == plan_id, PlanHousehold.household_id.in_(households),
            PlanHousehold.flight_id.is_not(None))) if fid is not None}


def refigure_after_close(session: Session, plan: Plan, flight: Flight,
                         before: dict[int, int], after: dict[int, int],
                         changed: Sequence[int]) -> dict[str, int]:
    """Move ``plan``'s objectives by what the close of ``flight`` changed: the flights of
    the households ``changed`` went from ``before`` to ``after`` (household id -> flight
    id); returns the differences."""
    if not changed:
        return {}
    removed = sum(1 for h in changed if before.get(h) == flight.id and after.get(h) is None)
    added = sum(1 for h in changed if after.get(h) == flight.id and before.get(h) != flight.id)
    settings = get_settings(session)
    persons, households = person_specs(session, settings, plan.start_date,
                                       Person.household_id.in_(changed))
    flights = tuple(
        FlightSpec(f.id, f.key, f.destination, f.departs_at, f.seats, f.medical_capacity,
                   f.status)
        for f in session.scalars(select(Flight).where(Flight.departure_date >= plan.start_date)))
    reference = None
    if plan.reference_plan_id is not None:
        flown_before = plan_flights(session, plan.reference_plan_id, changed)
        reference = {p.id: flown_before[p.household_id] for p in persons
                     if p.household_id in flown_before}
    problem = Problem(start=plan.start_date, persons=tuple(persons),
                      households=tuple(households), flights=flights, reference=reference,
                      minor_age=settings.minor_age, infant_age=settings.infant_age)
    sheltered = {hid: sid for hid, sid in session.execute(
        select(PlanHousehold.household_id, PlanHousehold.shelter_id).where(
            PlanHousehold.plan_id == plan.id, PlanHousehold.household_id.in_(changed),
            PlanHousehold.shelter_id.is_not(None))) if sid is not None}
    then = evaluate(problem, Assignment(flight_of=dict(before), shelter_of=dict(sheltered)))
    now = evaluate(problem, Assignment(flight_of=dict(after), shelter_of=dict(sheltered)))
    difference = {name: now[name] - then[name] for name in now}
    objectives: dict[str, Any] = dict(plan.objectives or {})
    for name, moved in difference.items():
        if isinstance(objectives.get(name), int | float):
            objectives[name] = objectives[name] + moved
    plan.objectives = objectives
    parameters = dict(plan.parameters or {})
    parameters["changed_by_close"] = [*parameters.get("changed_by_close", []), {
        "flight": flight.key, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "removed_households": removed, "added_households": added,
        "objectives_moved": difference}]
    plan.parameters = parameters
    return difference
