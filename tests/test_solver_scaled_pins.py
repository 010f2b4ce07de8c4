"""The scaled method keeps a flight pin (SPEC 3.1 rule 10) on a flight the plan would fill
with others: before, its first LP lacked the pinned option, was infeasible, and the solve
of a whole operation failed ("no plan within the time limit") after one kept pin."""

from __future__ import annotations

from solvers.problem import PinSpec
from solvers.solution import SolveOptions
from solvers.solve import solve
from solvers.validate import released_pin_ids, validate
from tests.test_solver_rules import flight, person, problem, slot


def test_a_pin_onto_a_contested_flight_is_kept_by_the_scaled_method() -> None:
    prob = problem([person(1, 1, weight=4), person(2, 2, weight=1), person(3, 3, weight=2)],
                   [flight(1, 2, seats=1), flight(2, 4, seats=1)],
                   pins=(PinSpec(1, "flight", 2, 1),))
    result = solve(prob, SolveOptions(time_limit=10, method="scaled"))
    assert result.status in ("feasible", "optimal"), result.parameters
    assert result.conflicts == []
    assert validate(prob, result.assignment, released_pin_ids(result.conflicts)) == []
    assert result.assignment.flight_of[2] == 1  # the pinned household on its flight
    assert result.objectives["flown_weight"] == 1 + 4  # and the heaviest on the other


def test_a_slot_pin_too_late_for_the_flight_leaves_the_household_waiting() -> None:
    """A person pinned to an appointment ready too late for the only flight, while another
    appointment would be in time: the household waits (rule 10 keeps the pin). Before, the
    LP's residual plan, made without pins, put it on the flight and the solve failed with
    an IndexError (exact method, through its warm start, and scaled alike)."""
    prob = problem([person(1, 1, weight=4), person(3, 3, doc=True)],
                   [flight(1, 3, seats=5)], slots=(slot(1, 1), slot(2, 3)),
                   pins=(PinSpec(1, "slot", 3, 2),))
    for method in ("exact", "scaled"):
        result = solve(prob, SolveOptions(time_limit=10, method=method))
        assert result.status in ("feasible", "optimal"), (method, result.parameters)
        assert validate(prob, result.assignment, released_pin_ids(result.conflicts)) == []
        assert result.assignment.flight_of == {1: 1}
        assert result.assignment.slot_of == {3: 2}
