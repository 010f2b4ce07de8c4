"""Why a household has no flight (SPEC 3.3): every reason true, all of them, in the order
the officer can act on them.

Each reason is checked here against the plan and the records with code of its own (not
the explanation's): a flight is called full only when its free seats in the plan are fewer
than the household needs, the document slots booked only when no matching of its members
to free places in time exists, and so on; every usable flight to an airport the household
accepts is named by some reason; after a re-plan a household taken off a flight that still
flies and is full is told it lost its seat there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from typing import Any

from hypothesis import HealthCheck, given, settings

from planner.words.render import render
from solvers.explain import ACTION_ORDER, PlanUsage, explain_unflown
from solvers.problem import FlightSpec, HouseholdSpec, PinSpec, Problem, age_on
from solvers.solution import Assignment, SolveOptions
from solvers.solve import solve
from solvers.validate import released_pin_ids
from tests.test_solver_property import operations, replans
from tests.test_solver_rules import S, flight, person, problem, slot


def _flights_named(reason: dict[str, Any]) -> set[str]:
    named = set(reason.get("flights") or ())
    if reason.get("flight"):
        named.add(reason["flight"])
    return named


def code_of(reason: dict[str, Any]) -> str:
    return str(reason["code"])


def _seats(prob: Problem, members: list[Any], flt: FlightSpec) -> int:
    return sum(1 for p in members if age_on(p.date_of_birth, flt.departure_date) >= 2)


def _kept_slot_pins(prob: Problem, plan: Assignment, conflicts: list[dict]) -> dict[int, int]:
    released = released_pin_ids(conflicts)
    return {p.subject_id: p.target_id for p in prob.pins
            if p.kind == "slot" and p.id not in released}


def _documents_matchable(prob: Problem, plan: Assignment, members: list[Any],
                         flt: FlightSpec, pinned: dict[int, int]) -> bool:
    """Brute force: the members needing a document (without a kept slot pin) each get
    a free place of a slot in time for ``flt``."""
    used = PlanUsage.of(prob, plan).slots
    places = [s for s in prob.slots for _ in range(max(0, s.capacity - used[s.id]))]
    needing = [p for p in members if p.needs_document and p.id not in pinned]
    if len(needing) > len(places):
        return False
    return not needing or any(
        all(prob.slot_in_time(places[i], p, flt) for i, p in zip(chosen, needing, strict=True))
        for chosen in itertools.permutations(range(len(places)), len(needing)))


def check_reasons(prob: Problem, plan: Assignment, conflicts: list[dict],
                  status: str, reference_plan_id: int | None = None) -> None:
    usage = PlanUsage.of(prob, plan)
    explained = explain_unflown(prob, plan, conflicts, usage, reference_plan_id)
    pinned = _kept_slot_pins(prob, plan, conflicts)
    by_key = {f.key: f for f in prob.flights}
    for household in prob.households:
        if household.id in plan.flight_of:
            assert household.id not in explained
            continue
        reasons = explained[household.id]
        assert reasons, f"{household.code} left without a reason"
        codes = [r["code"] for r in reasons]
        assert codes == sorted(codes, key=ACTION_ORDER.index), codes
        members = prob.members(household)
        accepted = prob.accepted_destinations(household)
        candidates = {f.key for f in prob.usable_flights if f.destination in accepted}
        named: set[str] = set()
        for reason in reasons:
            assert render(reason) and "(s)" not in render(reason), reason
            # (A released pin's sentence is the pin rules' own.)
            assert code_of(reason) == "pin_conflict" or not re.search(
                r"\b1 (flights|persons|seats|medical passengers|were|are|have)\b",
                render(reason)), render(reason)
            named |= _flights_named(reason)
            _check_one(prob, plan, usage, household, members, reason, pinned, by_key)
        if reasons[-1]["code"] not in ("no_common_destination", "no_flight_to_destination",
                                       "not_cleared", "no_flight_after_ready"):
            assert candidates <= named, (codes, candidates - named)
        if status == "optimal":
            # A flight with room for the household in an optimal plan would fly more weight.
            assert "not_placed" not in codes, reasons


def _check_one(prob: Problem, plan: Assignment, usage: PlanUsage, household: HouseholdSpec,
               members: list[Any], reason: dict[str, Any], pinned: dict[int, int],
               by_key: dict[str, FlightSpec]) -> None:
    code = reason["code"]
    accepted = prob.accepted_destinations(household)
    candidates = [f for f in prob.usable_flights if f.destination in accepted]
    ready = prob.household_ready(household)
    cleared = prob.household_cleared(household)
    earliest = max(prob.start, ready, cleared or prob.start)
    flights = [by_key[k] for k in reason.get("flights") or ()]
    for flt in flights:
        assert flt in candidates, (code, flt.key)
    medical = sum(1 for p in members if p.medical)
    if code == "no_common_destination":
        assert not accepted
    elif code == "no_flight_to_destination":
        assert not candidates
    elif code == "not_cleared":
        assert cleared is not None and all(f.departure_date < cleared for f in candidates)
    elif code == "no_flight_after_ready":
        assert all(f.departure_date < earliest for f in candidates)
    elif code == "flights_before_ready":
        assert reason["ready"] == earliest.isoformat()
        assert flights and all(f.departure_date < earliest for f in flights)
    else:
        assert flights or code == "lost_seat" or code == "pin_conflict", reason
        for flt in flights:
            assert flt.departure_date >= earliest, (code, flt.key)
    for flt in flights:
        free = flt.seats - usage.seats[flt.id]
        need = _seats(prob, members, flt)
        ages = [age_on(p.date_of_birth, flt.departure_date) for p in members]
        if code == "infant_without_adult":
            infants = sum(1 for a in ages if a < prob.infant_age)
            adults = sum(1 for a in ages if a >= prob.minor_age)
            assert infants > adults, flt.key
        elif code == "household_too_large":
            assert need > flt.seats and reason["seats"] == _seats(prob, members, flights[0])
        elif code == "medical_capacity":
            assert flt.medical_capacity is not None and medical > flt.medical_capacity
        elif code == "no_document_slot":
            late = [p for p in members if p.case_no in reason["persons"]]
            assert late and all(p.needs_document and p.id not in pinned for p in late)
            assert any(not any(prob.slot_in_time(s, p, flt) for s in prob.slots)
                       for p in late), flt.key
        elif code == "pinned_slot_late":
            assert any(p.id in pinned and not prob.slot_in_time(
                prob.slot_by_id[pinned[p.id]], p, flt) for p in members)
        elif code == "flights_full":
            assert free < need, flt.key
        elif code == "medical_capacity_full":
            assert flt.medical_capacity - usage.medical[flt.id] < medical
        elif code == "document_slots_full":
            assert not _documents_matchable(prob, plan, members, flt, pinned), flt.key
        elif code == "not_placed":
            # Room on every count: the household could be added as it is.
            assert free >= need
            assert flt.medical_capacity is None or \
                flt.medical_capacity - usage.medical[flt.id] >= medical
            assert _documents_matchable(prob, plan, members, flt, pinned)
    if code == "flights_full":
        assert reason["competing_persons"] == sum(usage.passengers[f.id] for f in flights)
    if code == "lost_seat":
        flt = by_key[reason["flight"]]
        reference = prob.reference or {}
        assert any(reference.get(m) == flt.id for m in household.members)
        assert flt.seats - usage.seats[flt.id] < _seats(prob, members, flt)
        newcomers = [p for h, f in plan.flight_of.items() if f == flt.id
                     for p in prob.members(prob.household_by_id[h])
                     if reference.get(p.id) != flt.id]
        assert reason["newcomers"] == len(newcomers) > 0
        assert reason["newcomer_weight"] == sum(p.weight for p in newcomers)
        weight = sum(p.weight for p in members)
        assert reason["higher_priority"] == (
            reason["newcomer_weight"] / len(newcomers) > weight / len(members))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations())
def test_every_reason_holds_and_every_flight_is_accounted_for(prob: Problem) -> None:
    result = solve(prob, SolveOptions(time_limit=5, method="exact"))
    check_reasons(prob, result.assignment, result.conflicts, result.status)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replans())
def test_reasons_after_a_replan_hold(prob: Problem) -> None:
    result = solve(prob, SolveOptions(time_limit=5, method="exact"))
    check_reasons(prob, result.assignment, result.conflicts, result.status, 7)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations())
def test_reasons_of_any_plan_hold(prob: Problem) -> None:
    """Not only the optimum: a plan that flies nobody (every flight has room) and the
    plan with one household taken off are explained truly too."""
    check_reasons(dataclasses.replace(prob, pins=()), Assignment(), [], "feasible")
    result = solve(prob, SolveOptions(time_limit=5, method="exact"))
    plan = result.assignment
    released = released_pin_ids(result.conflicts)
    pinned = {p.subject_id for p in prob.pins if p.kind == "flight" and p.id not in released}
    for household_id in list(plan.flight_of)[:1]:
        if household_id in pinned:
            continue
        fewer = dataclasses.replace(plan, flight_of={
            h: f for h, f in plan.flight_of.items() if h != household_id})
        members = set(prob.household_by_id[household_id].members)
        slot_pinned = {p.subject_id for p in prob.pins if p.kind == "slot"
                       and p.id not in released}
        fewer.slot_of = {p: s for p, s in plan.slot_of.items()
                         if p not in members or p in slot_pinned}
        check_reasons(prob, fewer, result.conflicts, "feasible")


# --- the cases of issue 12 ------------------------------------------------------------------
def _reasons_of(prob: Problem, household: int, reference_plan_id: int | None = None
                ) -> list[dict[str, Any]]:
    result = solve(prob, SolveOptions(time_limit=10, method="exact"))
    assert result.status == "optimal"
    check_reasons(prob, result.assignment, result.conflicts, result.status, reference_plan_id)
    return explain_unflown(prob, result.assignment, result.conflicts,
                           reference_plan_id=reference_plan_id)[household]


def test_the_document_block_comes_before_a_full_early_flight() -> None:
    """The only flight the household's document is in time for is full; seats remain on
    a later one, where the real block is that no appointment is early enough. Before, the
    one reason given was "All 1 flight(s) ... are full", and the later flight with its
    free seats was never named."""
    prob = problem(
        [person(1, 1, weight=3, available=S + dt.timedelta(days=4)), person(2, 2, doc=True)],
        [flight(1, 4, seats=1), flight(2, 3, seats=5, hour=8)],
        slots=(slot(1, 1, capacity=1, ready_after=48.0),))
    # Slot 1 is ready on day 3 at 09:00: too late for flight 2 (day 3, 08:00, check-in
    # 05:00), in time for flight 1 (day 4), where person 1 (weight 3, available from day 4)
    # takes the only seat.
    reasons = _reasons_of(prob, 2)
    assert [r["code"] for r in reasons] == ["no_document_slot", "flights_full"]
    assert reasons[0]["flights"] == ["XX 2 2026-03-05"]
    assert render(reasons[0]) == ("No document appointment is early enough for C-000002 to "
                                  "take XX 2 2026-03-05; add an earlier appointment.")
    assert render(reasons[1]) == "XX 1 2026-03-06 is full in this plan, carrying 1 person."


def test_every_reason_is_given_with_correct_plurals() -> None:
    """Two flights full, one too early, one too small: each named once, in words an officer
    reads without "(s)"."""
    later, ready = S + dt.timedelta(days=3), S + dt.timedelta(days=2)
    prob = problem(
        [person(1, 1, weight=4, available=later), person(2, 1, weight=4, available=later),
         person(3, 2, weight=4, available=later), person(4, 2, weight=4, available=later),
         person(5, 3, available=ready), person(6, 3, available=ready)],
        [flight(1, 1, seats=5), flight(2, 3, seats=2), flight(3, 4, seats=2),
         flight(4, 5, seats=1)])
    reasons = _reasons_of(prob, 3)
    assert [r["code"] for r in reasons] == ["flights_full", "household_too_large",
                                            "flights_before_ready"]
    full, small, early = (render(r) for r in reasons)
    assert full == ("XX 2 2026-03-05, XX 3 2026-03-06 are full in this plan, carrying "
                    "4 persons.")
    assert small == "The household needs 2 seats, more than XX 4 2026-03-07 has."
    assert early == ("XX 1 2026-03-03 leaves before 4 Mar 2026, the day it is available "
                     "to travel.")


def test_a_household_that_lost_its_seat_is_told_who_took_it() -> None:
    """After a cancellation the displaced household (weight 4) takes the seat household 2
    (weight 1) had in plan 7: household 2 is told it lost that seat, on which flight and to
    whom, not only that the flight is full."""
    prob = problem([person(1, 1, weight=4), person(2, 2, weight=1)],
                   [flight(1, 2, seats=1, status="cancelled"), flight(2, 3, seats=1)],
                   reference={1: 1, 2: 2})
    reasons = _reasons_of(prob, 2, reference_plan_id=7)
    assert [r["code"] for r in reasons] == ["lost_seat"]
    assert render(reasons[0]) == (
        "Lost its seat on XX 2 2026-03-05 (plan 7) to households of higher priority: "
        "it now carries 1 person not on it then, with priority weight 4 (this household: 1 "
        "for 1 person).")
    assert reasons[0]["flight"] == "XX 2 2026-03-05" and reasons[0]["higher_priority"]


def test_medical_places_taken_and_a_pinned_appointment_too_late() -> None:
    prob = problem([person(1, 1, medical=True, weight=4), person(2, 2, medical=True)],
                   [flight(1, 3, seats=5, medical=1)])
    reasons = _reasons_of(prob, 2)
    assert [(r["code"], render(r)) for r in reasons] == [
        ("medical_capacity_full", "The medical places on XX 1 2026-03-05 are taken.")]
    # Appointment 1 would be in time; the pin holds appointment 2, ready too late.
    prob = problem([person(3, 3, doc=True)], [flight(1, 3, seats=5)],
                   slots=(slot(1, 1), slot(2, 3)), pins=(PinSpec(1, "slot", 3, 2),))
    reasons = _reasons_of(prob, 3)
    assert [(r["code"], render(r)) for r in reasons] == [
        ("pinned_slot_late", "The pinned document appointment of C-000003 is ready too late "
                             "for XX 1 2026-03-05; pin an earlier appointment or remove the "
                             "pin.")]


def test_members_without_a_common_airport() -> None:
    prob = problem([person(1, 1, dest=("CGK",)), person(2, 1, dest=("SUB",))],
                   [flight(1, 3, dest="CGK"), flight(2, 3, dest="SUB")])
    assert [r["code"] for r in _reasons_of(prob, 1)] == ["no_common_destination"]


def test_households_alike_share_their_reasons_each_naming_its_own_members(
        monkeypatch: Any) -> None:
    """Two households whose members agree in everything the rules read, a document too
    late for the only flight: the reasons are worked out once (at 30,000 persons,
    working out every household whose reason named persons took most of storing a plan)
    and each household's reason names its own members, not the other's."""
    import solvers.explain as explain

    prob = problem(
        [person(1, 1, doc=True), person(2, 1), person(3, 2, doc=True), person(4, 2)],
        [flight(1, 2, seats=10)], slots=(slot(1, 3),))
    worked_out = []
    original = explain._household_reasons

    def counted(problem_: Problem, household: HouseholdSpec, *rest: Any) -> Any:
        worked_out.append(household.id)
        return original(problem_, household, *rest)

    monkeypatch.setattr(explain, "_household_reasons", counted)
    reasons = explain_unflown(prob, Assignment(), [])
    assert worked_out == [1]
    assert [(r["code"], r["persons"]) for r in reasons[1]] == [
        ("no_document_slot", ["C-000001"])]
    assert [(r["code"], r["persons"]) for r in reasons[2]] == [
        ("no_document_slot", ["C-000003"])]


def test_whether_slots_serve_persons_ready_alike_is_matched_once(monkeypatch: Any) -> None:
    """Two households that differ (a weight) but whose members needing a document are
    ready on the same days: whether the free places serve them is matched once for the
    flight (at 150,000 persons the matching ran 514,934 times, a third of the reasons'
    time), and both are told the appointments are booked, each naming its own members."""
    import solvers.explain as explain

    prob = problem(
        [person(1, 1, doc=True), person(2, 1, doc=True),
         person(3, 2, doc=True), person(4, 2, doc=True, weight=2)],
        [flight(1, 4, seats=10)], slots=(slot(1, 1, capacity=1),))
    matched = []
    original = explain._matchable

    def counted(options: Any, lookups: Any) -> bool:
        matched.append(options)
        return original(options, lookups)

    monkeypatch.setattr(explain, "_matchable", counted)
    reasons = explain_unflown(prob, Assignment(), [])
    assert len(matched) == 1
    assert [(r["code"], r["persons"]) for r in reasons[1]] == [
        ("document_slots_full", ["C-000001", "C-000002"])]
    assert [(r["code"], r["persons"]) for r in reasons[2]] == [
        ("document_slots_full", ["C-000003", "C-000004"])]


def test_document_advice_matches_its_cause() -> None:
    """"Add an earlier appointment" was the advice whatever the cause: wrong when the only
    appointment is before the person can attend one (an earlier one helps even less) or
    when there is none at all."""
    ready = S + dt.timedelta(days=3)
    # The only slot (day 1) is before the person is ready (day 3); the flight is day 6.
    before = problem([person(1, 1, doc=True, available=ready)], [flight(1, 6)],
                     slots=(slot(1, 1),))
    reasons = explain_unflown(before, Assignment(), [])[1]
    assert [(r["code"], r.get("cause")) for r in reasons] == [
        ("no_document_slot", "before_ready")]
    assert render(reasons[0]) == (
        "Every document appointment is before 5 Mar 2026, the first day C-000001 can attend "
        "one; add an appointment from 5 Mar 2026 on, in time for XX 1 2026-03-08.")
    # No slot at all: add appointments, not an earlier one.
    none = problem([person(1, 1, doc=True), person(2, 1, doc=True)], [flight(1, 6)])
    reasons = explain_unflown(none, Assignment(), [])[1]
    assert render(reasons[0]) == (
        "The operation has no document appointment, and C-000001, C-000002 need travel "
        "documents to fly; add appointments (Document slots).")
    # A slot after the person is ready but too late for the flight: earlier is right.
    late = problem([person(1, 1, doc=True)], [flight(1, 2)], slots=(slot(1, 3),))
    reasons = explain_unflown(late, Assignment(), [])[1]
    assert "cause" not in reasons[0]
    assert render(reasons[0]).endswith("add an earlier appointment.")
