"""The bounds of objectives 3-5 every solve can afford (issue 14: no plain 0 days, 0 nights,
every person to a first choice when a better bound is cheap): by hand on a small case, and
never past the value of the exact method's proven lexicographic optimum, nor of any plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solvers import cheap_bounds, objectives
from solvers.prepared import Prepared
from solvers.problem import Problem, ShelterSpec
from solvers.solution import SolveOptions
from solvers.solve import solve
from tests.test_solver_property import PROVING_LIMIT, bed_operations, every_plan, operations
from tests.test_solver_rules import S, flight, person, problem


def _hand_case() -> Problem:
    later = S + dt.timedelta(days=1)
    return problem(
        [person(1, 1, weight=3),  # CGK only: flight 1 on day 2, waits 3 x 2 = 6
         person(2, 2, dest=("SUB", "CGK"), available=later),  # ready day 1: flight 1
         person(3, 2, dest=("SUB", "CGK"), available=later),  # waits 2, flight 2 waits 6
         person(4, 3, dest=("JED",))],  # no flight at all: a bed up to the horizon end
        [flight(1, 2, dest="CGK"), flight(2, 4, dest="SUB")],
        shelters=(ShelterSpec(1, "Hall", 1),))


def test_hand_computed_bounds() -> None:
    prob = _hand_case()
    classes = Prepared.of(prob).classes
    # Waiting without seats: household 2 first (2 days for weight 2), then household 1
    # (6 for 3); the seats (2 on flight 1) do not bind here, so both bounds agree.
    assert cheap_bounds.knapsack_waiting(classes, 5) == Fraction(8)
    assert cheap_bounds.knapsack_waiting(classes, 4) == Fraction(2) + Fraction(6 * 2, 3)
    assert cheap_bounds.knapsack_waiting(classes, 0) == 0
    assert cheap_bounds.knapsack_waiting(classes, 6) is None  # no plan flies 6
    assert cheap_bounds.waiting_days(prob, classes, 5) == (8, cheap_bounds.SEATED_WAITING)
    assert cheap_bounds.waiting_days(prob, classes, 6) is None
    # First choices: person 1 on flight 1, persons 2 and 3 on flight 2; person 4 never.
    assert cheap_bounds.first_choices(prob, classes) == 3
    # Nights (E = day 4, one bed): night 0 persons 1 and 4, night 1 persons 1-4, nights
    # 2-4 person 4 alone: 1 + 3 + 0 + 0 + 0 beyond the one bed.
    assert cheap_bounds.overflow_nights(prob, classes) == 4
    bounds = objectives.plain_bounds(prob, classes, 5)
    assert bounds["waiting_weighted_days"] == 8.0
    assert bounds["first_choice"] == 3.0
    assert bounds["overflow_person_nights"] == 4.0
    # They are met by the proven optimum here (both households on flight 1, person 4
    # in the bed): the bounds are tight, not merely valid.
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert result.status == "optimal"
    assert result.objectives["flown_weight"] == 5
    assert result.objectives["waiting_weighted_days"] == 8
    assert result.objectives["overflow_person_nights"] == 4
    assert result.objectives["first_choice"] == 1


def test_an_unbounded_objective_gets_the_cheap_bound_not_the_plain_one() -> None:
    prob = _hand_case()
    classes = Prepared.of(prob).classes
    bounds: dict[str, float] = {"waiting_weighted_days": 3.0, "first_choice": 2.0}
    status = dict.fromkeys(bounds, "feasible") | {"overflow_person_nights": "feasible"}
    objectives.add_plain_bounds(prob, bounds, status, classes, 5)
    assert bounds["waiting_weighted_days"] == 8.0  # tighter than the known 3
    assert bounds["first_choice"] == 2.0  # the known one is tighter than 3
    assert bounds["overflow_person_nights"] == 4.0


def _classes_solved(prob: Problem, conflicts: list[dict]) -> list:
    """The classes the solve planned: without pins when it had to release them."""
    if "pins_together" in repr(conflicts):
        prob = dataclasses.replace(prob, pins=())
    return Prepared.of(prob).classes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(operations(), bed_operations()))
def test_bounds_never_pass_the_proven_optimum(prob: Problem) -> None:
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert result.status == "optimal", result.objective_status
    got = result.objectives
    classes = _classes_solved(prob, result.conflicts)
    bounds = objectives.plain_bounds(prob, classes, got["flown_weight"])
    assert bounds["waiting_weighted_days"] <= got["waiting_weighted_days"]
    assert bounds["overflow_person_nights"] <= got["overflow_person_nights"]
    assert bounds["first_choice"] >= got["first_choice"]
    assert cheap_bounds.flown_weight(prob, classes) >= got["flown_weight"]
    # Any lower side of objective 1 gives a weaker bound, still valid.
    for weight in range(got["flown_weight"] + 1):
        below = cheap_bounds.waiting_days(prob, classes, weight)
        assert below is not None and below[0] <= got["waiting_weighted_days"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bed_operations())
def test_bounds_hold_for_every_plan(prob: Problem) -> None:
    """Not only the optimum: every plan the rules allow has at least the nights bound, at
    most the first-choice bound, and at least the waiting bound of its own flown weight."""
    classes = Prepared.of(prob).classes
    nights = cheap_bounds.overflow_nights(prob, classes)
    firsts = cheap_bounds.first_choices(prob, classes)
    weight = cheap_bounds.flown_weight(prob, classes)
    for figures in every_plan(prob):
        assert figures["flown_weight"] <= weight
        assert figures["overflow_person_nights"] >= nights
        assert figures["first_choice"] <= firsts
        waiting = cheap_bounds.waiting_days(prob, classes, figures["flown_weight"])
        assert waiting is not None and waiting[0] <= figures["waiting_weighted_days"]


def test_first_choices_are_capped_by_seats_and_laps() -> None:
    """Four persons prefer SUB, whose one flight has one seat: at most that seat and the lap
    of the one infant preferring SUB (the proven optimum reaches it)."""
    prob = problem(
        [person(1, 1, dest=("SUB", "CGK")), person(2, 2, dest=("SUB", "CGK")),
         person(3, 3, dest=("SUB",)), person(4, 3, age=0, dest=("SUB",))],
        [flight(1, 1, dest="SUB", seats=1), flight(2, 1, dest="CGK", seats=5)])
    classes = Prepared.of(prob).classes
    assert cheap_bounds.first_choices(prob, classes) == 2
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert result.status == "optimal"
    assert result.objectives["first_choice"] == 2


def test_the_weight_flown_is_capped_by_every_flights_seats() -> None:
    """Four households want the one flight of 3 seats, taken by weight per seat:
    household 1 (weight 4 on 1 seat), then household 2 (3 + 1 on 2 seats): 8 for the 3
    seats, where every household with a flight weighs 10."""
    prob = problem([person(1, 1, weight=4), person(2, 2, weight=3), person(3, 2),
                    person(4, 3), person(5, 4)], [flight(1, 2, seats=3)])
    classes = Prepared.of(prob).classes
    assert cheap_bounds.flown_weight(prob, classes) == 8
    # no seats bind: every household with a flight
    roomy = dataclasses.replace(prob, flights=(flight(1, 2, seats=9),))
    assert cheap_bounds.flown_weight(roomy, Prepared.of(roomy).classes) == 10
    # one seat left for the couple: half of it
    prob2 = problem([person(1, 1, weight=4), person(2, 2, weight=3), person(3, 2)],
                    [flight(1, 2, seats=2)])
    assert cheap_bounds.flown_weight(prob2, Prepared.of(prob2).classes) == Fraction(6)
