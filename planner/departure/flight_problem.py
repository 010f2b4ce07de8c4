"""One flight and some households as the validator of SPEC 3.1 reads them: the close's
standby fill (:mod:`planner.departure.closing`) and the standby check-in's own-rule check
(:func:`planner.departure.checkin.standby_rule_refusal`) read the same facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import DocumentSlot, Flight, Person, Plan, PlanPerson
from planner.operation import get_settings
from planner.planning.problem_builder import person_specs
from solvers.problem import FlightSpec, Problem, SlotSpec


def flight_problem(session: Session, flight: Flight, plan_id: int, person_ids: Sequence[int]
                   ) -> tuple[Problem, dict[int, int]]:
    """The problem of ``flight`` alone with the households of ``person_ids`` (their
    members), and the document slots those persons hold in the plan (person id -> slot
    id), each slot with the places other persons take off."""
    plan = session.get(Plan, plan_id)
    assert plan is not None
    settings = get_settings(session)
    start = min(plan.start_date, flight.departure_date)
    ids = list(person_ids)
    persons, households = person_specs(session, settings, start, Person.id.in_(ids)) \
        if ids else ([], [])
    slot_of = {pid: sid for pid, sid in session.execute(
        select(PlanPerson.person_id, PlanPerson.slot_id).where(
            PlanPerson.plan_id == plan_id, PlanPerson.person_id.in_(ids),
            PlanPerson.slot_id.is_not(None))) if sid is not None} if ids else {}
    problem = Problem(
        start=start, persons=tuple(persons), households=tuple(households),
        flights=(FlightSpec(flight.id, flight.key, flight.destination, flight.departs_at,
                            flight.seats, flight.medical_capacity, flight.status),),
        shelters=(), slots=_slots(session, plan_id, slot_of), pins=(),
        checkin_buffer_hours=settings.checkin_buffer_hours, minor_age=settings.minor_age,
        infant_age=settings.infant_age, child_shelter_age=settings.child_shelter_age,
        fit_to_travel_days=(settings.fit_to_travel_days if settings.fit_to_travel_required
                            else None))
    return problem, slot_of


def _slots(session: Session, plan_id: int, slot_of: dict[int, int]) -> tuple[SlotSpec, ...]:
    """The slots these persons hold in the plan, with the places others take off."""
    used = set(slot_of.values())
    if not used:
        return ()
    mine = Counter(slot_of.values())
    everyone = dict(session.execute(
        select(PlanPerson.slot_id, func.count()).where(
            PlanPerson.plan_id == plan_id, PlanPerson.slot_id.in_(used))
        .group_by(PlanPerson.slot_id)).all())
    return tuple(
        SlotSpec(s.id, s.slot_id, s.starts_at, s.capacity - (everyone.get(s.id, 0) - mine[s.id]),
                 s.ready_after_hours)
        for s in session.scalars(select(DocumentSlot).where(DocumentSlot.id.in_(used))))
