"""Rule 4: the flight's destination is one that every member of the household accepts."""

from __future__ import annotations

from solvers.problem import FlightSpec, HouseholdSpec, Problem


def allows(problem: Problem, household: HouseholdSpec, flight: FlightSpec) -> bool:
    return flight.destination in problem.accepted_destinations(household)
