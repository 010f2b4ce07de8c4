"""Choosing the flown households' flights again for the beds (solvers/full_rounding.py):
on a hand-made operation a family needing beds takes the early flight from two travellers
needing none (an exchange of different sizes the bed pass cannot make), and on random
small operations (hypothesis) every plan passes the validator, flies the same households
(objective 1), changes no more persons (objective 2) and has no more overflow than the
plan's flights with their beds simply placed (objective 3)."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings

from solvers.bed_timing import place_beds
from solvers.beds import assign_beds
from solvers.full_rounding import place_beds_rounded
from solvers.objectives import evaluate
from solvers.prepared import Prepared
from solvers.problem import Problem, ShelterSpec
from solvers.solution import Assignment
from solvers.validate import released_pin_ids, validate
from tests.test_bed_timing import crowded_beds, first_plan
from tests.test_solver_rules import flight, person, problem

SECONDS = 10.0


def test_a_family_takes_the_early_flight_from_two_travellers() -> None:
    """Two seats on day 1 and two on day 5; a couple needing beds (the only shelter has
    one bed: no room for them) and two travellers needing none. The first plan flies the
    couple on day 5: 2 persons x 5 nights of overflow. The bed pass exchanges households
    of the same seats only, so it stays at 10; the MIP puts the couple on day 1 and the
    travellers on day 5: 2 x 1 night."""
    prob = problem(
        [person(1, 1), person(2, 1), person(3, 2, shelter=False),
         person(4, 3, shelter=False)],
        [flight(1, 1, seats=2), flight(2, 5, seats=2)],
        shelters=(ShelterSpec(1, "Shelter 1", 1),))
    prepared = Prepared.of(prob)
    plan = Assignment({1: 2, 2: 1, 3: 1})
    assert validate(prob, plan) == []
    as_before = Assignment(dict(plan.flight_of))
    place_beds(prob, as_before, prepared.classes, prepared.screened)
    assert evaluate(prob, as_before)["overflow_person_nights"] == 10
    now = time.perf_counter()
    done, _ = place_beds_rounded(prob, plan, prepared.classes, prepared.screened,
                                 now + SECONDS, SECONDS)
    assert done is not None and done.moved == 3
    assert plan.flight_of == {1: 1, 2: 2, 3: 2}
    assert validate(prob, plan) == []
    assert evaluate(prob, plan)["overflow_person_nights"] == 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded_beds())
def test_rounding_keeps_every_rule_and_objectives_1_to_3(case: tuple[Problem, int]) -> None:
    prob, seed = case
    plan, prepared = first_plan(prob, seed)
    released = released_pin_ids(prepared.screened.conflicts)
    classes, pins = prepared.classes, prepared.screened
    alone = Assignment(dict(plan.flight_of), {}, dict(plan.slot_of))
    assign_beds(prob, alone, classes, pins)
    before = evaluate(prob, alone)
    now = time.perf_counter()
    place_beds_rounded(prob, plan, classes, pins, now + SECONDS, SECONDS)
    after = evaluate(prob, plan)
    assert validate(prob, plan, released) == []
    assert set(plan.flight_of) == set(alone.flight_of)
    assert plan.slot_of == alone.slot_of
    assert after["flown_weight"] == before["flown_weight"]
    assert after["changes"] <= before["changes"]
    assert after["overflow_person_nights"] <= before["overflow_person_nights"]
    for household_id, flight_id in pins.flight.items():
        if household_id in plan.flight_of:
            assert plan.flight_of[household_id] == flight_id
