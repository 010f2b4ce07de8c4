"""Rule 2: members aged 2+ on the departure date fit in the seats; infants fly on laps.

An infant takes no seat: it travels on the lap of its own member aged 18+ (airlines allow
one lap infant per adult), so a household flies only with at least as many members aged
18+ as infants on the departure date. The seats a household needs are counted here (the
options, the pin screening and the departure desk read them); the seat rows are
:mod:`solvers.rules.seat_capacity`.
"""

from __future__ import annotations

from collections.abc import Sequence

from solvers.problem import FlightSpec, PersonSpec, Problem, age_on, lap_infant


def seats_needed(problem: Problem, members: Sequence[PersonSpec], flight: FlightSpec) -> int:
    day = flight.departure_date
    return sum(1 for p in members if not lap_infant(p.date_of_birth, day, problem.infant_age))


def lap_count(problem: Problem, members: Sequence[PersonSpec],
              flight: FlightSpec) -> tuple[int, int]:
    """(infants, members aged 18+) of ``members`` on the flight's departure date."""
    day = flight.departure_date
    return (sum(1 for p in members if lap_infant(p.date_of_birth, day, problem.infant_age)),
            sum(1 for p in members if age_on(p.date_of_birth, day) >= problem.minor_age))


def infants_outnumber_adults(problem: Problem, members: Sequence[PersonSpec],
                             flight: FlightSpec) -> bool:
    """True when some infant of the household would have no lap of its own on the flight."""
    infants, adults = lap_count(problem, members, flight)
    return infants > adults

