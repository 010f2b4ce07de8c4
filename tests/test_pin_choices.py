"""Flights offered to pin a household to (planner.planning.pin_choices) and the freed-seat
candidates (insights.freed_seat_candidates): only what the next plan keeps is offered.

The property test is the officer's promise: a pin to any flight offered as holding is kept
by the next plan (the household flies on it, every rule of SPEC 3.1 holds), and a pin to
a flight offered as not holding is released by the next plan with the clause shown."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from planner import demo
from planner.db import Operation
from planner.db.models import Flight, Person
from planner.errors import PlannerError
from planner.planning import insights, pins, service
from planner.planning.pin_choices import PinAdvisor, pin_advisor
from planner.planning.reading import load_assignment
from planner.words.render import render
from solvers.problem import PinSpec, Problem, age_on
from solvers.reasons import Reason
from solvers.solution import SolveOptions
from solvers.solve import solve
from solvers.validate import released_pin_ids, validate
from tests.test_solver_property import operations

FAST = service.PlanningOptions(time_limit=20)


def _with_new_pin(prob: Problem, household_id: int, flight_id: int) -> tuple[Problem, int]:
    """The problem after an officer pins the household to the flight (the household's own
    flight pin replaced; the new pin is the newest)."""
    others = tuple(p for p in prob.pins
                   if not (p.kind == "flight" and p.subject_id == household_id))
    pin_id = max((p.id for p in prob.pins), default=0) + 1
    return dataclasses.replace(
        prob, pins=(*others, PinSpec(pin_id, "flight", household_id, flight_id))), pin_id


def _rules_of_the_household_alone_hold(prob: Problem, household_id: int,
                                       flight_id: int) -> None:
    """SPEC 3.1 rules 2-5 and 11 that depend on the household alone, read from the spec."""
    household = prob.household_by_id[household_id]
    flight = prob.flight_by_id[flight_id]
    members = prob.members(household)
    day = flight.departure_date
    assert flight.status in ("planned", "confirmed") and day >= prob.start
    assert all(flight.destination in p.destinations for p in members)
    assert all(day >= (p.available_from or prob.start) for p in members)
    assert all(p.cleared_from is None or day >= p.cleared_from for p in members)
    ages = [age_on(p.date_of_birth, day) for p in members]
    assert sum(a < 2 for a in ages) <= sum(a >= 18 for a in ages)
    assert sum(a >= 2 for a in ages) <= flight.seats
    medical = sum(p.medical for p in members)
    assert flight.medical_capacity is None or medical <= flight.medical_capacity


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations())
def test_a_flight_offered_holds_in_the_next_plan_and_one_refused_is_released(
        prob: Problem) -> None:
    advisor = PinAdvisor(prob)
    for household in prob.households:
        choices = advisor.choices(household.id)
        assert {c.flight_id for c in choices} == {
            f.id for f in prob.flights if f.departure_date >= prob.start}
        holding = [c for c in choices if c.holds]
        assert choices[:len(holding)] == holding, "the flights that hold come first"
        for choice in choices:
            pinned, pin_id = _with_new_pin(prob, household.id, choice.flight_id)
            result = solve(pinned, SolveOptions(time_limit=5, method="exact"))
            released = released_pin_ids(result.conflicts)
            assert validate(pinned, result.assignment, released) == []
            if choice.holds:
                _rules_of_the_household_alone_hold(prob, household.id, choice.flight_id)
                assert pin_id not in released, (household.code, choice.key)
                assert result.assignment.flight_of.get(household.id) == choice.flight_id
            else:
                assert pin_id in released, (household.code, choice.key, choice.why_not)
                conflict = next(c for c in result.conflicts if c["pin_id"] == pin_id)
                assert choice.why_not is not None
                assert conflict["why"] == choice.why_not.as_json()
                assert render(conflict).endswith(f": {render(choice.why_not)}.")


def _household_accepting_only(session: object, airport: str) -> int:
    """A household whose members accept only ``airport`` (made so for the test)."""
    person = session.scalar(select(Person).order_by(Person.id))  # type: ignore[attr-defined]
    for member in session.scalars(  # type: ignore[attr-defined]
            select(Person).where(Person.household_id == person.household_id)):
        member.destinations = airport
        member.available_from = None
        member.cleared_from = None
    return int(person.household_id)


def test_a_household_accepting_only_kno_is_offered_no_flight_elsewhere(
        sqlite_operation: Operation) -> None:
    operation = sqlite_operation
    with operation.session() as session:
        demo.create(session, 300, seed=4)
        airports = sorted({f.destination for f in session.scalars(select(Flight))})
        assert len(airports) >= 2, airports
        only = airports[0]
        household_id = _household_accepting_only(session, only)
    service.solve_and_store(operation, FAST)
    with operation.session() as session:
        advisor = pin_advisor(session, [household_id])
    choices = advisor.choices(household_id)
    holding = [c for c in choices if c.holds]
    assert holding and all(c.destination == only for c in holding)
    elsewhere = [c for c in choices if c.destination != only]
    assert elsewhere and all(not c.holds for c in elsewhere)
    assert all(c.why_not in (Reason("destination_not_accepted", {"airport": c.destination,
                                                                  "accepted": [only]}),
                             Reason("flight_not_flying", {"status": c.status}))
               for c in elsewhere)
    # The best first: where the plan has room, then the earliest.
    roomy = [c for c in holding if c.has_room]
    assert holding[:len(roomy)] == roomy
    assert [c.departs_at for c in roomy] == sorted(c.departs_at for c in roomy)
    # The same answer by the household's code and a flight's key, as the desktop asks it.
    with operation.session() as session:
        case_no = session.scalar(select(Person.case_no).where(
            Person.household_id == household_id))
    # pins.pin, which every caller goes through, refuses what the advisor rules out.
    with pytest.raises(PlannerError) as refused:
        pins.pin(operation, "flight", case_no, elsewhere[0].key)
    said = refused.value.reason
    assert said is not None
    # The clause the list gives is the refusal's (an airport not accepted names those
    # that are, in both).
    assert elsewhere[0].why_not is not None
    assert (said.code, said.facts["why"]) == ("pin_refused", elsewhere[0].why_not.as_json())
    assert pins.pin(operation, "flight", case_no, holding[0].key) > 0


def test_freed_seats_go_to_households_whose_earlier_flight_was_cancelled(
        sqlite_operation: Operation) -> None:
    """A household on a cancelled flight is not flying: it is a candidate for the free
    seats of a later flight even though the cancelled one left earlier."""
    operation = sqlite_operation
    with operation.session() as session:
        demo.create(session, 300, seed=5)
    plan_id = service.solve_and_store(operation, FAST)
    with operation.session() as session:
        plan = load_assignment(session, plan_id)
        # The earliest flight with passengers is cancelled; a flight a day later to the
        # same airport has room.
        earlier = min((session.get(Flight, f) for f in set(plan.flight_of.values())),
                      key=lambda f: (f.departs_at, f.id))
        departs = earlier.departs_at + dt.timedelta(days=1)
        later = Flight(flight_no="XT 900", origin=earlier.origin,
                       destination=earlier.destination, departs_at=departs,
                       departure_date=departs.date(), seats=60, status="confirmed")
        session.add(later)
        earlier.status = "cancelled"
        session.flush()
        cancelled_key, later_key = earlier.key, later.key
        on_cancelled = {h for h, f in plan.flight_of.items() if f == earlier.id}
    found = insights.freed_seat_candidates(operation, later_key, plan_id)
    from_cancelled = [c for c in found if c.household_id in on_cancelled]
    assert from_cancelled, "nobody of the cancelled flight is offered the free seats"
    for candidate in from_cancelled:
        assert candidate.current_flight == cancelled_key
        assert candidate.current_status == "cancelled"
        assert candidate.gain > 0, "a household of a cancelled flight gains its seat"
    gains = [c.gain for c in found]
    assert gains == sorted(gains, reverse=True)


def test_freed_seat_candidates_are_households_whose_pin_holds(
        sqlite_operation: Operation) -> None:
    """Pins made after the plan took most of a flight's free seats: a household offered
    those seats must still fit beside them, or its pin would be released."""
    operation = sqlite_operation
    with operation.session() as session:
        demo.create(session, 300, seed=6)
        for flight in session.scalars(select(Flight)):
            flight.seats = 15  # many are left behind
    plan_id = service.solve_and_store(operation, FAST)
    with operation.session() as session:
        latest = max(session.scalars(select(Flight)), key=lambda f: (f.departs_at, f.id))
        departs = latest.departs_at + dt.timedelta(days=1)
        session.add(Flight(flight_no="XT 901", origin=latest.origin,
                           destination=session.scalar(select(Flight.destination).where(
                               Flight.flight_no == "JT 2495")) or latest.destination,
                           departs_at=departs, departure_date=departs.date(), seats=20,
                           status="confirmed"))
        session.flush()
        flight = session.scalar(select(Flight).where(Flight.flight_no == "XT 901"))
        key, flight_id, seats = flight.key, flight.id, flight.seats
    before = insights.freed_seat_candidates(operation, key, plan_id)
    assert len(before) >= 3 and any(c.seats > 1 for c in before)
    # Pin candidates until one seat is left to the pins.
    taken = 0
    for candidate in before:
        if taken + candidate.seats <= seats - 1:
            pins.pin(operation, "flight", candidate.household, key)
            taken += candidate.seats
    assert taken == seats - 1
    found = insights.freed_seat_candidates(operation, key, plan_id)
    assert found and all(c.seats <= 1 for c in found), [(c.household, c.seats) for c in found]
    with operation.session() as session:
        advisor = pin_advisor(session, [c.household_id for c in found])
    for candidate in found:
        assert advisor.why_not(candidate.household_id, flight_id) is None
        _rules_of_the_household_alone_hold(advisor.problem, candidate.household_id,
                                           flight_id)
