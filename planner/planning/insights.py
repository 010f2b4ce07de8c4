"""Questions officers ask of a plan: who gets a freed seat, and who moved since the last one.

Both answer against the current records (through the planner's own problem and rules),
so a freed seat is offered only to households that may really take it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.db.models import Flight, Person, Plan, PlanHousehold
from planner.errors import PlannerError
from planner.planning.pins import find_flight
from planner.planning.problem_builder import (
    build_problem,
    latest_published_plan_id,
    reference_flights,
)
from planner.planning.reading import get_plan, load_assignment
from solvers.explain import PlanUsage, explain_unflown
from solvers.options import EarliestDocument, allows_flight
from solvers.problem import Problem
from solvers.reasons import Reason
from solvers.rules.pins import NewFlightPins, ScreenedPins
from solvers.rules.seats import seats_needed
from solvers.solution import Assignment


@dataclass(frozen=True)
class SeatCandidate:
    household: str
    household_id: int
    persons: int
    seats: int
    #: Priority weight flown more if the household takes the seats (objective 1 gain).
    gain: int
    #: Days waited since the household was ready.
    waiting_days: int
    #: Flight the household holds in the plan now (None: none).
    current_flight: str | None
    #: That flight's status now: "cancelled" or "departed" (or a flight before the plan
    #: start) means the household is not flying.
    current_status: str | None = None


def _plan_for(operation: Operation, plan_id: int | None) -> int:
    with operation.session() as session:
        chosen = plan_id or latest_published_plan_id(session) or session.scalar(
            select(Plan.id).order_by(Plan.id.desc()).limit(1))
    if chosen is None:
        raise PlannerError.of("no_plan_yet")
    return chosen


def freed_seat_candidates(operation: Operation, flight_key: str,
                          plan_id: int | None = None) -> list[SeatCandidate]:
    """Households that could take the free seats of ``flight_key`` in the plan (default:
    the published one), best first: the most priority weight gained, then the longest wait.
    Households already on a later flight follow with a gain of 0 (they would leave sooner);
    a household on a flight that no longer flies (cancelled, departed, before the plan
    start) is not flying. Each is offered only when a pin of it to the flight would hold
    at the next plan (the pin rule's own screening, beside the other pins); households
    pinned to the flight already are not offered it again."""
    chosen = _plan_for(operation, plan_id)
    with operation.session() as session:
        flight_row = find_flight(session, flight_key)
        problem = build_problem(session, use_reference=False).problem
        plan = in_plans_now(problem, load_assignment(session, chosen))
    flight = problem.flight_by_id[flight_row.id]
    usage = PlanUsage.of(problem, plan)
    free = flight.seats - usage.seats[flight.id]
    medical_free = (None if flight.medical_capacity is None
                    else flight.medical_capacity - usage.medical[flight.id])
    earliest = EarliestDocument(problem)
    slots_left = {s.id: s.capacity - usage.slots[s.id] for s in problem.slots}
    new_pins = NewFlightPins(problem)
    pinned_here = {p.subject_id for p in problem.pins
                   if p.kind == "flight" and p.target_id == flight.id}
    candidates = []
    for household in problem.households:
        current = plan.flight_of.get(household.id)
        if current == flight.id or household.id in pinned_here:
            continue
        now_on = problem.flight_by_id[current] if current is not None else None
        flying = now_on is not None and problem.is_usable(now_on)
        if flying and now_on is not None and now_on.departure_date <= flight.departure_date:
            continue
        if not allows_flight(problem, household, flight, ScreenedPins(), earliest):
            continue
        members = problem.members(household)
        need = seats_needed(problem, members, flight)
        medical = sum(1 for p in members if p.medical)
        if need > free or (medical_free is not None and medical > medical_free):
            continue
        # The slot places the household holds in the plan are its own to use again.
        own = dict(slots_left)
        for person in members:
            if person.id in plan.slot_of:
                own[plan.slot_of[person.id]] += 1
        if not _documents_available(problem, members, flight, own):
            continue
        if new_pins.why(household.id, flight.id) is not None:
            continue
        ready = problem.household_ready(household)
        candidates.append(SeatCandidate(
            household=household.code, household_id=household.id, persons=len(members),
            seats=need, gain=sum(p.weight for p in members) if not flying else 0,
            waiting_days=(flight.departure_date - ready).days,
            current_flight=problem.flight_by_id[current].key if current else None,
            current_status=problem.flight_by_id[current].status if current else None,
        ))
    candidates.sort(key=lambda c: seat_order(c.gain, c.waiting_days, c.household_id))
    return candidates


def in_plans_now(problem: Problem, plan: Assignment) -> Assignment:
    """The part of a stored plan whose households new plans still hold (SPEC 8.1).

    A plan published before a departure still lists the households that have flown (or
    left, withdrew, went missing); they are out of the problem, and the seats and slot
    places the plan gave them are no longer anyone's to count.
    """
    households = set(problem.household_by_id)
    persons = {p.id for p in problem.persons}
    return Assignment(
        flight_of={h: f for h, f in plan.flight_of.items() if h in households},
        shelter_of={h: s for h, s in plan.shelter_of.items() if h in households},
        slot_of={p: s for p, s in plan.slot_of.items() if p in persons},
    )


def seat_order(gain: int, waiting_days: int, household_id: int) -> tuple[int, int, int]:
    """The order of candidates for a freed seat (the freed-seat answer, and the standby
    households at a flight's close): the most priority weight gained first, then the
    longest wait, then the household registered first."""
    return (-gain, -waiting_days, household_id)


def _documents_available(problem: Any, members: list[Any], flight: Any,
                         slots_left: dict[int, int]) -> bool:
    left = dict(slots_left)
    for person in members:
        if not person.needs_document:
            continue
        slot = next((s for s in problem.slots
                     if left[s.id] > 0 and problem.slot_in_time(s, person, flight)), None)
        if slot is None:
            return False
        left[slot.id] -= 1
    return True


@dataclass(frozen=True)
class Move:
    household: str
    household_id: int
    before: str | None
    after: str | None
    code: str
    #: The facts of the move besides the flights: the status of the flight left
    #: ("flight_unusable"), the plan compared with ("newly_flown"), the reason for the
    #: household's lost seat ("lost_seat": the reason of ``solvers.explain`` naming the
    #: seat it lost, else its first reason; None: see its reasons).
    before_status: str | None = None
    against: int | None = None
    reason: dict[str, Any] | None = field(default=None, compare=False, hash=False)
    #: The flight the household did not check in for under ``against`` ("newly_flown").
    no_show: str | None = None

    @property
    def why(self) -> Reason:
        """The move as a reason (code ``move_<code>``), for ``planner.words.render``."""
        facts = {"before": self.before, "after": self.after,
                 "before_status": self.before_status, "against": self.against,
                 "reason": self.reason, "no_show": self.no_show}
        return Reason(f"move_{self.code}", {k: v for k, v in facts.items() if v is not None})


def compared_with(session: Session, plan_id: int, against: int | None = None) -> int | None:
    """The plan ``plan_diff`` compares ``plan_id`` with: ``against``, else the plan's
    reference, else the published plan; None when that is no other plan."""
    plan = get_plan(session, plan_id)
    other = against or plan.reference_plan_id or latest_published_plan_id(session)
    if other is None or other == plan_id:
        return None
    get_plan(session, other)
    return other


def plan_diff(operation: Operation, plan_id: int, against: int | None = None) -> list[Move]:
    """Households whose flight differs between ``plan_id`` and ``against`` (default: the
    plan's reference, else the published plan), with why.

    The moves go forward in time, from the older plan to the newer, whichever of the two
    is named first: ``plan-diff 1`` with plan 2 published says what plan 2 changed of
    plan 1, not plan 1's households as moves plan 1 made (plans are numbered as made)."""
    with operation.session() as session:
        other = compared_with(session, plan_id, against)
        if other is None:
            return []
        if other > plan_id:
            plan_id, other = other, plan_id
        plan = get_plan(session, plan_id)
        # A move is proven needed only against the plan objective 2 counted changes from,
        # and only when the planner closed objective 2 (not when it ran out of time or
        # never reached it).
        status = (plan.parameters or {}).get("objective_status") or {}
        changes_proven = other == plan.reference_plan_id and status.get("changes") == "optimal"
        problem = build_problem(session, use_reference=False).problem
        now = load_assignment(session, plan_id)
        before = load_assignment(session, other)
        reasons: dict[int, list[dict[str, Any]]] = {
            row.household_id: row.reasons or [] for row in session.execute(
                select(PlanHousehold.household_id, PlanHousehold.reasons)
                .where(PlanHousehold.plan_id == plan_id))
        }
        # A close takes a no-show's flight off the plan it closed under and says why there:
        # such a household had a seat in ``other``, not "no flight".
        no_shows: dict[int, str] = {
            row.household_id: str(found["flight"])
            for row in session.execute(
                select(PlanHousehold.household_id, PlanHousehold.reasons)
                .where(PlanHousehold.plan_id == other, PlanHousehold.flight_id.is_(None)))
            for found in row.reasons or []
            if found.get("code") == "no_show" and found.get("flight")
        }
        keys = {f.id: (f.key, f.status) for f in session.scalars(select(Flight))}
    moves = []
    for household in problem.households:
        facts: dict[str, Any] = {}
        old, new = before.flight_of.get(household.id), now.flight_of.get(household.id)
        if old == new:
            continue
        old_key = keys[old][0] if old in keys else None
        new_key = keys[new][0] if new in keys else None
        if old is not None and old in keys and not problem.is_usable(problem.flight_by_id[old]):
            code = "flight_unusable"
            facts["before_status"] = keys[old][1]
        elif new is None:
            found = reasons.get(household.id) or explain_unflown(
                problem, now, []).get(household.id, [])
            # The reason naming the seat it lost, else the first (the most actionable).
            why = next((r for r in found if r.get("code") == "lost_seat"),
                       found[0] if found else None)
            code = "lost_seat"
            facts["reason"] = dict(why) if why else None
        elif old is None:
            code = "newly_flown"
            facts["against"] = other
            if household.id in no_shows:
                facts["no_show"] = no_shows[household.id]
        elif changes_proven:
            code = "moved"
        else:
            # The solver stopped before proving the changes minimal: do not claim a cause.
            code = "moved_unproven"
        moves.append(Move(household.code, household.id, old_key, new_key, code, **facts))
    return moves


@dataclass(frozen=True)
class SeatChanges:
    """What publishing ``plan_id`` does to the seats of the plan published before it
    (``against``; None when none was): persons of the plan counted as objective 2 counts
    them, each person once."""

    plan_id: int
    against: int | None
    #: Had a seat in ``against``, have none in ``plan_id``.
    lose: int = 0
    #: On another flight than in ``against``.
    change: int = 0
    #: Had no seat in ``against``, have one now.
    gain: int = 0
    #: Households of the persons who lose their seat.
    households_losing: int = 0

    @property
    def any(self) -> bool:
        return bool(self.lose or self.change or self.gain)


def seat_changes(operation: Operation, plan_id: int,
                 against: int | None = None) -> SeatChanges:
    """Who loses, changes or gains a seat if ``plan_id`` replaces ``against`` (default: the
    published plan) as the plan people are told; for the warning before a publish."""
    with operation.session() as session:
        get_plan(session, plan_id)
        other = against if against is not None else latest_published_plan_id(session)
        if other is None or other == plan_id:
            return SeatChanges(plan_id, None if other is None else other)
        get_plan(session, other)
        before = reference_flights(session, other) or {}
        now = reference_flights(session, plan_id) or {}
        persons = session.execute(
            select(Person.id, Person.household_id)
            .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
            .where(PlanHousehold.plan_id == plan_id, Person.departed_flight_id.is_(None)))
        lose = change = gain = 0
        losing: set[int] = set()
        for person_id, household_id in persons:
            old, new = before.get(person_id), now.get(person_id)
            if old is not None and new is None:
                lose += 1
                losing.add(household_id)
            elif old is not None and new != old:
                change += 1
            elif old is None and new is not None:
                gain += 1
    return SeatChanges(plan_id, other, lose, change, gain, len(losing))
