"""Re-timing the flown households for the beds (solvers/bed_timing.py): on random small
operations (hypothesis) every plan it makes passes the validator, flies the same
households (objective 1), changes no more persons against the reference plan (objective
2) and has no more overflow than the bed pass alone (objective 3); and on a hand-made
operation, the household needing beds takes the earlier flight."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solvers.bed_timing import exchange_by_flow, fly_unhoused_first, place_beds, retime
from solvers.beds import assign_beds
from solvers.objectives import evaluate
from solvers.prepared import Prepared
from solvers.problem import PinSpec, Problem, ShelterSpec
from solvers.scaled import greedy_plan
from solvers.solution import Assignment
from solvers.validate import capacity_left, released_pin_ids, validate
from tests.test_solver_rules import S, flight, person, problem, slot

#: Rules of SPEC 3.1 a plan's flights (not its beds) must keep.
FLIGHT_RULES = ("rule 1", "rule 2", "rule 3", "rule 4", "rule 5", "rule 6", "rule 7",
                "rule 10", "rule 11")


@st.composite
def crowded_beds(draw: st.DrawFn) -> tuple[Problem, int]:
    """Up to eight households (some needing beds, documents, medical places) on a few
    small flights over a week, a few small shelters, perhaps pins and a reference plan;
    and a seed for shuffling the first plan's flights."""
    persons = []
    pid = 0
    for household in range(1, draw(st.integers(2, 8)) + 1):
        dest = draw(st.sampled_from([("CGK",), ("SUB",), ("CGK", "SUB")]))
        available = S + dt.timedelta(days=draw(st.integers(0, 3)))
        for _ in range(draw(st.integers(1, 3))):
            pid += 1
            persons.append(person(
                pid, household, age=draw(st.sampled_from((1, 10, 30, 65))),
                sex=draw(st.sampled_from("MF")), dest=dest, doc=draw(st.integers(0, 3)) == 0,
                medical=draw(st.integers(0, 4)) == 0, shelter=draw(st.integers(0, 3)) > 0,
                available=available, weight=draw(st.integers(1, 3))))
    flights = [flight(fid, draw(st.integers(1, 7)), seats=draw(st.integers(1, 5)),
                      dest=draw(st.sampled_from(["CGK", "SUB"])),
                      medical=draw(st.sampled_from([None, 0, 1])))
               for fid in range(1, draw(st.integers(1, 5)) + 1)]
    slots = tuple(slot(sid, draw(st.integers(0, 4)), capacity=draw(st.integers(1, 4)))
                  for sid in range(1, draw(st.integers(0, 3)) + 1))
    shelters = tuple(
        ShelterSpec(sid, f"Shelter {sid}", draw(st.integers(1, 3)),
                    accepts=draw(st.sampled_from(["any", "women_children", "men"])),
                    medical_care=draw(st.booleans()),
                    open_until=draw(st.sampled_from([None, S + dt.timedelta(days=4)])))
        for sid in range(1, draw(st.integers(1, 3)) + 1))
    prob = problem(persons, flights, shelters=shelters, slots=slots)
    households = [h.id for h in prob.households]
    pins = []
    if draw(st.booleans()):
        pins.append(PinSpec(1, "flight", draw(st.sampled_from(households)),
                            draw(st.sampled_from(flights)).id))
    if draw(st.booleans()):
        pins.append(PinSpec(2, "shelter", draw(st.sampled_from(households)),
                            draw(st.sampled_from(shelters)).id))
    reference = None
    if draw(st.booleans()):
        choices = [None, *(f.id for f in flights)]
        reference = {}
        for household in prob.households:
            choice = draw(st.sampled_from(choices))
            for member in household.members:
                if choice is not None:
                    reference[member] = choice
    return dataclasses.replace(prob, pins=tuple(pins), reference=reference), \
        draw(st.integers(0, 1000))


def first_plan(prob: Problem, seed: int) -> tuple[Assignment, Prepared]:
    """A valid plan without beds: the greedy plan, then each flown household moved, in a
    random order, to a random flight of its options where the plan stays valid (so that
    households needing beds are not always on the earliest flights)."""
    prepared = Prepared.of(prob)
    plan = greedy_plan(prob, prepared.classes, prepared.screened).plan
    released = released_pin_ids(prepared.screened.conflicts)
    rng = random.Random(seed)
    class_of = {h: c for c in prepared.classes for h in c.households}
    flown = sorted(plan.flight_of)
    rng.shuffle(flown)
    for household_id in flown:
        if household_id in prepared.screened.flight:
            continue
        options = [int(f) for f in class_of[household_id].facts.arrays.flight_id]
        before = plan.flight_of[household_id]
        plan.flight_of[household_id] = rng.choice(options)
        if _flight_violations(prob, plan, released):
            plan.flight_of[household_id] = before
    return plan, prepared


def _flight_violations(prob: Problem, plan: Assignment, released: set[int]) -> list[object]:
    """What the plan breaks of the rules on flights and slots (a shelter pin is kept by
    the bed pass, not by the flights)."""
    return [v for v in validate(prob, plan, released) if v.rule in FLIGHT_RULES
            and dict(v.facts).get("kind") != "shelter"]


def _bed_days(prob: Problem, prepared: Prepared, plan: Assignment) -> int:
    """Persons needing a bed times the day (from S) of their household's flight."""
    class_of = {h: c for c in prepared.classes for h in c.households}
    return sum(class_of[h].facts.sheltered * (prob.flight_by_id[f].departure_date - S).days
               for h, f in plan.flight_of.items())


def _changes(prob: Problem, plan: Assignment) -> int:
    return evaluate(prob, plan)["changes"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded_beds())
def test_retiming_keeps_every_rule_and_objectives_1_to_3(case: tuple[Problem, int]) -> None:
    prob, seed = case
    plan, prepared = first_plan(prob, seed)
    released = released_pin_ids(prepared.screened.conflicts)
    classes, pins = prepared.classes, prepared.screened
    assert _flight_violations(prob, plan, released) == []
    alone = Assignment(dict(plan.flight_of), {}, dict(plan.slot_of))
    assign_beds(prob, alone, classes, pins)
    before = evaluate(prob, alone)

    # Each step alone: the flights stay valid, the same households fly, no more changes.
    retimed = Assignment(dict(plan.flight_of), {}, dict(plan.slot_of))
    retime(prob, retimed, classes, pins)
    assert _flight_violations(prob, retimed, released) == []
    assert set(retimed.flight_of) == set(plan.flight_of)
    assert _changes(prob, retimed) <= before["changes"]
    for household_id, flight_id in pins.flight.items():
        assert retimed.flight_of[household_id] == flight_id
    assign_beds(prob, retimed, classes, pins)
    overflow = evaluate(prob, retimed)["overflow_person_nights"]
    fly_unhoused_first(prob, retimed, classes, pins)
    assert validate(prob, retimed, released) == []
    assert set(retimed.flight_of) == set(plan.flight_of)
    assert _changes(prob, retimed) <= before["changes"]
    # Each move and each bed given there lowers the overflow.
    overflow_then = evaluate(prob, retimed)["overflow_person_nights"]
    assert overflow_then <= overflow
    # The flow with beds placed: the beds stay valid (a household with one only moves
    # earlier) and the overflow does not grow.
    exchange_by_flow(prob, retimed, classes, pins, housed=True)
    assert validate(prob, retimed, released) == []
    assert set(retimed.flight_of) == set(plan.flight_of)
    assert _changes(prob, retimed) <= before["changes"]
    assert evaluate(prob, retimed)["overflow_person_nights"] <= overflow_then

    # The exchanges by flow: every flight keeps its seats and medical places used, and the
    # persons needing a bed times their flight's day do not grow (the plan is a flow).
    flowed = Assignment(dict(plan.flight_of), {}, dict(plan.slot_of))
    exchange_by_flow(prob, flowed, classes, pins)
    assert _flight_violations(prob, flowed, released) == []
    assert set(flowed.flight_of) == set(plan.flight_of)
    assert _changes(prob, flowed) <= before["changes"]
    assert capacity_left(prob, flowed) == capacity_left(prob, plan)
    for household_id, flight_id in pins.flight.items():
        assert flowed.flight_of[household_id] == flight_id
    assert _bed_days(prob, prepared, flowed) <= _bed_days(prob, prepared, plan)

    # All, and the bed pass: never worse than the bed pass alone.
    place_beds(prob, plan, classes, pins)
    after = evaluate(prob, plan)
    assert validate(prob, plan, released) == []
    assert after["flown_weight"] == before["flown_weight"]
    assert set(plan.flight_of) == set(alone.flight_of)
    assert after["changes"] <= before["changes"]
    assert after["overflow_person_nights"] <= before["overflow_person_nights"]


def test_the_household_needing_beds_takes_the_earlier_flight() -> None:
    """Two single travellers, one seat on day 1 and one on day 5, and one bed in a shelter
    open until night 2: in the first plan the traveller needing a bed flies on day 5 and
    has none (nights 0-4, the shelter closes after night 2: 5 person-nights of overflow).
    Exchanged, the traveller needing a bed flies on day 1 and has the bed for night 0,
    and the one needing none waits: no overflow."""
    prob = problem(
        [person(1, 1, shelter=True), person(2, 2, shelter=False)],
        [flight(1, 1, seats=1), flight(2, 5, seats=1)],
        shelters=(ShelterSpec(1, "Shelter 1", 1, open_until=S + dt.timedelta(days=2)),))
    prepared = Prepared.of(prob)
    plan = Assignment({1: 2, 2: 1})
    assert validate(prob, plan) == []
    alone = Assignment(dict(plan.flight_of))
    assign_beds(prob, alone, prepared.classes, prepared.screened)
    assert evaluate(prob, alone)["overflow_person_nights"] == 5
    done = place_beds(prob, plan, prepared.classes, prepared.screened)
    assert done is not None and done.flowed == 2  # the exchange, found by the flow
    assert plan.flight_of == {1: 1, 2: 2}
    assert plan.shelter_of == {1: 1}
    assert evaluate(prob, plan)["overflow_person_nights"] == 0
    assert validate(prob, plan) == []


def test_exchanges_by_flow_close_a_cycle_that_pairs_do_not() -> None:
    """Three households of two, one flight each on days 1, 2 and 3 (two seats each, to
    X, Y and Z), no bed that fits them (the shelter takes women and children): A (two
    needing a bed, X or Z) on day 3, B (none needing a bed, X or Y) on day 1, C (one
    needing a bed, Y or Z) on day 2: 2 x 3 + 1 x 2 = 8 person-nights of overflow. No
    exchange of two is possible but B with C, which would move C later; the moves of one
    household at a time leave the plan as it is. The flow over the three (A day 1, B day
    2, C day 3) gives 2 x 1 + 1 x 3 = 5, and the beds' re-timing keeps it."""
    prob = problem(
        [person(1, 1, dest=("X", "Z")), person(2, 1, dest=("X", "Z")),
         person(3, 2, dest=("X", "Y"), shelter=False),
         person(4, 2, dest=("X", "Y"), shelter=False),
         person(5, 3, dest=("Y", "Z")), person(6, 3, dest=("Y", "Z"), shelter=False)],
        [flight(1, 1, seats=2, dest="X"), flight(2, 2, seats=2, dest="Y"),
         flight(3, 3, seats=2, dest="Z")],
        shelters=(ShelterSpec(1, "Shelter 1", 10, accepts="women_children"),))
    prepared = Prepared.of(prob)
    classes, pins = prepared.classes, prepared.screened
    plan = Assignment({1: 3, 2: 1, 3: 2})
    assert validate(prob, plan) == []
    assert evaluate(prob, plan)["overflow_person_nights"] == 8
    paired = Assignment(dict(plan.flight_of))
    retime(prob, paired, classes, pins)
    assign_beds(prob, paired, classes, pins)
    fly_unhoused_first(prob, paired, classes, pins)
    assert paired.flight_of == plan.flight_of
    flowed = Assignment(dict(plan.flight_of))
    # Out of time, nothing moves.
    assert exchange_by_flow(prob, flowed, classes, pins, time.perf_counter() - 1) == 0
    assert flowed.flight_of == plan.flight_of
    assert exchange_by_flow(prob, flowed, classes, pins) == 3
    assert flowed.flight_of == {1: 1, 2: 2, 3: 3}
    assert validate(prob, flowed) == []
    assert evaluate(prob, flowed)["overflow_person_nights"] == 5
    place_beds(prob, plan, classes, pins)
    assert plan.flight_of == {1: 1, 2: 2, 3: 3}
    assert evaluate(prob, plan)["overflow_person_nights"] == 5
    assert validate(prob, plan) == []
