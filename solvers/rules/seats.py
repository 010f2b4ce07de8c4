"""Rule 2: members aged 2+ on the departure date fit in the seats; infants need an adult."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from solvers.problem import FlightSpec, PersonSpec, Problem, age_on

if TYPE_CHECKING:
    from solvers.model import PlanModel


def seats_needed(problem: Problem, members: Sequence[PersonSpec], flight: FlightSpec) -> int:
    day = flight.departure_date
    return sum(1 for p in members if age_on(p.date_of_birth, day) >= problem.infant_age)


def infant_without_adult(
    problem: Problem, members: Sequence[PersonSpec], flight: FlightSpec
) -> bool:
    day = flight.departure_date
    ages = [age_on(p.date_of_birth, day) for p in members]
    return any(a < problem.infant_age for a in ages) and not any(
        a >= problem.minor_age for a in ages
    )


def add(model: PlanModel) -> None:
    """Seats of each flight hold the seat-taking members of the households on it."""
    for flight_id, users in model.by_flight.items():
        terms = [(var, option.seats) for _, var, option in users if option.seats]
        model.backend.add_le(terms, model.problem.flight_by_id[flight_id].seats)
