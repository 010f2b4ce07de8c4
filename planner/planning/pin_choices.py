"""The flights a household can be pinned to, best first, and why a pin to any other would
not hold.

A pin that breaks a rule of SPEC 3.1 is released at the next plan (rule 10), so offering
one leads an officer into a decision that cannot hold. The flights offered are screened
on the current records by the pin rule itself (``solvers.rules.pins.NewFlightPins``),
exactly as the next plan will screen the new pin: the rules that depend on the household
alone (status, destination, timing, infants and adults, seats and medical places of the
flight, a document slot in time), and the seats, medical places and slot places the
other pins already hold.

The best flight comes first: one on which the plan shown still has the seats the
household needs (the next plan can keep everyone else where they are), then the earliest
(the least waiting, SPEC 3.2 objective 4), then one to the household's first choice of
airport (objective 5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.planning.pin_problem import pins_problem
from solvers.problem import Problem
from solvers.reasons import Reason
from solvers.rules.pins import NewFlightPins
from solvers.rules.seats import seats_needed


@dataclass(frozen=True)
class FlightChoice:
    """A flight as a target of a household's pin."""

    flight_id: int
    key: str
    destination: str
    departs_at: dt.datetime
    status: str
    #: Seats the household takes on it (members aged 2+ on the day).
    seats: int
    #: Seats free on it in the plan shown (None: the plan does not show the flight).
    free: int | None
    #: The flight goes to the household's first choice of airport.
    first_choice: bool
    #: The clause of the pin rule that would release the pin (``solvers.rules.pins``, a
    #: reason as a released pin's conflict gives it under ``why``); None: it would hold.
    why_not: Reason | None

    @property
    def holds(self) -> bool:
        return self.why_not is None

    @property
    def has_room(self) -> bool:
        """The pin holds and the plan shown has the seats: nobody else need move."""
        return self.holds and self.free is not None and self.seats <= self.free


def _best_first(choice: FlightChoice) -> tuple[object, ...]:
    if choice.holds:
        return (0, not choice.has_room, choice.departs_at, not choice.first_choice,
                choice.key)
    return (1, choice.departs_at, choice.key)


class PinAdvisor:
    """Flight choices of households of one plan, on the records as they are now."""

    def __init__(self, problem: Problem, free_seats: Mapping[int, int] | None = None) -> None:
        self.problem = problem
        self.free_seats = dict(free_seats or {})
        self._pins = NewFlightPins(problem)

    def why_not(self, household_id: int, flight_id: int) -> Reason | None:
        """Why a pin of the household to the flight would be released (None: it holds)."""
        return self._pins.why(household_id, flight_id)

    def choices(self, household_id: int) -> list[FlightChoice]:
        """Every flight from the plan start on, those a pin to would hold first, the best
        first; the others after, in departure order, each with the rule that rules it out."""
        problem = self.problem
        household = problem.household_by_id.get(household_id)
        members = problem.members(household) if household is not None else []
        accepted = problem.accepted_destinations(household) if household is not None else ()
        made = []
        for flight in problem.flights:
            if flight.departure_date < problem.start:
                continue
            made.append(FlightChoice(
                flight_id=flight.id, key=flight.key, destination=flight.destination,
                departs_at=flight.departs_at, status=flight.status,
                seats=seats_needed(problem, members, flight),
                free=self.free_seats.get(flight.id),
                first_choice=bool(accepted) and accepted[0] == flight.destination,
                why_not=self.why_not(household_id, flight.id)))
        return sorted(made, key=_best_first)


def pin_advisor(session: Session, households: Iterable[int],
                free_seats: Mapping[int, int] | None = None) -> PinAdvisor:
    """An advisor for ``households`` (and no others, ``pins_problem``), with the free
    seats of the plan shown by flight id."""
    return PinAdvisor(pins_problem(session, households), free_seats)
