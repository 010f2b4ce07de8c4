"""Rule 5: departure on or after S, R_h and every member's cleared_from."""

from __future__ import annotations

import datetime as dt

from solvers.problem import FlightSpec, HouseholdSpec, Problem


def earliest_departure(problem: Problem, household: HouseholdSpec) -> dt.date:
    earliest = max(problem.start, problem.household_ready(household))
    cleared = problem.household_cleared(household)
    return max(earliest, cleared) if cleared else earliest


def allows(problem: Problem, household: HouseholdSpec, flight: FlightSpec) -> bool:
    return flight.departure_date >= earliest_departure(problem, household)
