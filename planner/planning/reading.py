"""Reading stored plans back: as an Assignment for the solvers, and as SPEC 5's JSON."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import (
    DocumentSlot,
    Flight,
    Household,
    Person,
    Plan,
    PlanHousehold,
    PlanPerson,
    Shelter,
)
from planner.errors import PlannerError
from planner.planning.problem_builder import household_json_code, planned_persons
from planner.words.render import with_text
from solvers.solution import Assignment


def get_plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise PlannerError.of("plan_unknown", plan=str(plan_id))
    return plan


def load_assignment(session: Session, plan_id: int) -> Assignment:
    plan = Assignment()
    for household_id, flight_id, shelter_id in session.execute(
        select(PlanHousehold.household_id, PlanHousehold.flight_id, PlanHousehold.shelter_id)
        .where(PlanHousehold.plan_id == plan_id)
    ):
        if flight_id is not None:
            plan.flight_of[household_id] = flight_id
        if shelter_id is not None:
            plan.shelter_of[household_id] = shelter_id
    for person_id, slot_id in session.execute(
        select(PlanPerson.person_id, PlanPerson.slot_id).where(PlanPerson.plan_id == plan_id)
    ):
        if slot_id is not None:
            plan.slot_of[person_id] = slot_id
    return plan


def plan_summary(session: Session, plan_id: int) -> dict[str, Any]:
    """What ``evacplan solve`` says of a stored plan: ``plan_json``'s figures with the
    households counted (``households``, ``flown_households``) instead of listed. Reading
    the whole document to count it took 2.2 s of a 10 s job at 30,000 persons."""
    plan = get_plan(session, plan_id)
    households, flown = session.execute(
        select(func.count(), func.count(PlanHousehold.flight_id))
        .where(PlanHousehold.plan_id == plan_id)).one()
    return {
        "plan_id": plan.id,
        "status": plan.status,
        "objectives": _objectives(plan),
        "bounds": dict(plan.bounds or {}),
        "solve_seconds": plan.solve_seconds,
        "households": int(households),
        "flown_households": int(flown),
        "conflicts": len(plan.conflicts or []),
        "method": (plan.parameters or {}).get("method"),
    }


def _objectives(plan: Plan) -> dict[str, Any]:
    objectives = dict(plan.objectives or {})
    for name in ("flown_weight", "flown_persons", "changes", "overflow_person_nights",
                 "waiting_weighted_days", "first_choice"):
        objectives.setdefault(name, 0)
    return objectives


def plan_json(session: Session, plan_id: int) -> dict[str, Any]:
    """The JSON of SPEC 5 for a stored plan."""
    plan = get_plan(session, plan_id)
    flights = {f.id: f.key for f in session.scalars(select(Flight))}
    shelters = dict(session.execute(select(Shelter.id, Shelter.name)).all())
    slots = dict(session.execute(select(DocumentSlot.id, DocumentSlot.slot_id)).all())
    slot_of = dict(session.execute(
        select(PlanPerson.person_id, PlanPerson.slot_id).where(PlanPerson.plan_id == plan_id)
    ).all())
    members: dict[int, list[dict[str, Any]]] = {}
    for person_id, case_no, household_id, status in session.execute(
        select(Person.id, Person.case_no, Person.household_id, Person.status)
        .where(planned_persons()).order_by(Person.id)
    ):
        slot_id = slot_of.get(person_id)
        members.setdefault(household_id, []).append(
            {"case_no": case_no, "doc_slot": slots.get(slot_id) if slot_id else None,
             "status": status})
    households = []
    for row, code, implicit in session.execute(
        select(PlanHousehold, Household.code, Household.implicit)
        .join(Household, Household.id == PlanHousehold.household_id)
        .where(PlanHousehold.plan_id == plan_id).order_by(PlanHousehold.household_id)
    ):
        households.append({
            "household": household_json_code(code, implicit),
            "flight": flights.get(row.flight_id) if row.flight_id else None,
            "shelter": shelters.get(row.shelter_id) if row.shelter_id else None,
            "members": members.get(row.household_id, []),
            "reasons": [with_text(r) for r in row.reasons or []],
        })
    return {
        "plan_id": plan.id,
        "status": plan.status,
        "start": plan.start_date.isoformat(),
        "objectives": _objectives(plan),
        "bounds": dict(plan.bounds or {}),
        "solve_seconds": plan.solve_seconds,
        "households": households,
        "conflicts": [with_text(c) for c in plan.conflicts or []],
    }
