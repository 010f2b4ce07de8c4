"""The repair of a re-plan (solvers/repair.py): the households a plan changed, planned again.

Random crowded re-plans (hypothesis): the repaired plan passes every validator and is never
worse than the plan it starts from in objectives 1 and 2 (SPEC 3.2's order); from an empty
plan every household is in the neighbourhood, so the repair is the lexicographic optimum of
objectives 1 and 2 that brute force finds. And a move the LP's rounding makes for nothing
is taken back.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from solvers import repair
from solvers.classes import make_classes
from solvers.objectives import evaluate
from solvers.options import household_facts
from solvers.problem import Problem
from solvers.rules.pins import screen
from solvers.scaled import published_candidate
from solvers.solution import Assignment
from solvers.validate import validate
from tests.test_solver_property import _kept, brute_force, replans
from tests.test_solver_rules import flight, person, problem, slot


def _repair(prob: Problem, plan: Assignment) -> tuple[Assignment, dict[str, int]]:
    screened = screen(prob)
    classes = make_classes(household_facts(prob, screened), screened)
    repaired = repair.repair(prob, plan, classes, screened, 10.0, 1)
    if repaired is None:
        return plan, evaluate(prob, plan)
    return repaired.plan, repaired.after


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replans())
def test_a_repaired_plan_is_valid_and_never_worse(prob: Problem) -> None:
    screened = screen(prob)
    classes = make_classes(household_facts(prob, screened), screened)
    start = published_candidate(prob, classes, screened)
    assert start is not None
    before = evaluate(prob, start)
    plan, after = _repair(prob, start)
    assert validate(prob, plan, set()) == []
    assert after == {k: v for k, v in evaluate(prob, plan).items() if k in after}
    assert (after["flown_weight"], -after["changes"]) >= \
        (before["flown_weight"], -before["changes"])
    best_weight, best_changes = brute_force(prob, _kept(prob, set()))
    assert after["flown_weight"] <= best_weight
    if after["flown_weight"] == best_weight:
        assert after["changes"] >= best_changes


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replans())
def test_repairing_an_empty_plan_finds_the_lexicographic_optimum(prob: Problem) -> None:
    """From no flights at all every household is changed or waiting, so all are planned
    again: the most weight, then the fewest persons moved, as brute force says."""
    plan, after = _repair(prob, Assignment())
    assert validate(prob, plan, set()) == []
    assert (after["flown_weight"], after["changes"]) == brute_force(prob, _kept(prob, set()))


def test_a_household_moved_for_nothing_goes_back_to_its_flight() -> None:
    """Household 1 (one member needing a document) was on flight 1 and has been moved to
    flight 2, as the LP's rounding may do when both flights have room: the repair puts it
    back with its slot, and the heavy household left waiting flies (the only change)."""
    persons = [person(1, 1, doc=True), person(2, 1), person(3, 2), person(4, 3, weight=3)]
    flights = [flight(1, 3, seats=2), flight(2, 4, seats=3), flight(3, 5, seats=1)]
    prob = problem(persons, flights, slots=(slot(1, 0, capacity=1),),
                   reference={1: 1, 2: 1, 3: 2})
    moved = Assignment(flight_of={1: 2, 2: 2}, slot_of={1: 1})
    assert validate(prob, moved, set()) == []
    assert evaluate(prob, moved)["changes"] == 2
    plan, after = _repair(prob, moved)
    assert plan.flight_of[1] == 1 and plan.slot_of[1] == 1
    assert plan.flight_of[2] == 2  # household 2 stays on its flight
    assert plan.flight_of[3] in (2, 3)  # and the heavy newcomer takes a free seat
    assert after["changes"] == 1  # only the newcomer
    assert validate(prob, plan, set()) == []
