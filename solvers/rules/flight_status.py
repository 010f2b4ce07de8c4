"""Rule 11: cancelled and departed flights take no new passengers; none before S."""

from __future__ import annotations

from solvers.problem import FlightSpec, Problem


def usable(problem: Problem, flight: FlightSpec) -> bool:
    return problem.is_usable(flight)
