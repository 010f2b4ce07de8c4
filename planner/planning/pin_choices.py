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

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner.db import Operation
from planner.errors import PlannerError
from planner.planning.pins import find_flight, find_household
from planner.planning.problem_builder import build_problem
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


def _pins_households(problem: Problem) -> set[int]:
    """Households the pin screening reads: those pinned, and those of persons with a slot
    pin."""
    found = {p.subject_id for p in problem.pins if p.kind in ("flight", "shelter")}
    persons = problem.person_by_id
    found |= {persons[p.subject_id].household_id for p in problem.pins
              if p.kind == "slot" and p.subject_id in persons}
    return found


def pin_advisor(session: Session, households: Iterable[int],
                free_seats: Mapping[int, int] | None = None) -> PinAdvisor:
    """An advisor for ``households`` (and no others: the problem it keeps holds only them
    and the households of the pins, so a plan of 150,000 persons is not kept twice),
    with the free seats of the plan shown by flight id."""
    problem = build_problem(session, use_reference=False).problem
    keep = set(households) | _pins_households(problem)
    problem = dataclasses.replace(
        problem, persons=tuple(p for p in problem.persons if p.household_id in keep),
        households=tuple(h for h in problem.households if h.id in keep))
    return PinAdvisor(problem, free_seats)


def flight_pin_problem(operation: Operation, subject: str,
                       flight_key: str) -> Reason | None:
    """Why a pin of the household ``subject`` (its code or a member's case number) to the
    flight ``flight_key`` would be released at the next plan; None when it would hold."""
    with operation.session() as session:
        household_id = find_household(session, subject).id
        flight_id = find_flight(session, flight_key).id
        advisor = pin_advisor(session, [household_id])
    return advisor.why_not(household_id, flight_id)


def refuse_flight_pin(operation: Operation, subject: str, flight_key: str) -> None:
    """Raise a ``PlannerError`` when a pin of the household ``subject`` to the flight
    ``flight_key`` would be released at the next plan (the desktop offers no such flight):
    a flight to an airport the household does not accept names the airports it accepts
    and the flight's; any other clause (a flight cancelled or departed, before the
    household can leave, too small...) is said as the released pin would say it."""
    with operation.session() as session:
        household = find_household(session, subject)
        flight = find_flight(session, flight_key)
        # A household of one is named by its member's case number, as the officer wrote it.
        name = subject if household.implicit else household.code
        destination = flight.destination
        advisor = pin_advisor(session, [household.id])
        why = advisor.why_not(household.id, flight.id)
        if why is None:
            return
        planned = advisor.problem.household_by_id.get(household.id)
        accepted = advisor.problem.accepted_destinations(planned) if planned else ()
    if why.code == "destination_not_accepted" and accepted:
        raise PlannerError.of("pin_destination_refused", household=name,
                              accepted=list(accepted), flight=flight_key.strip(),
                              airport=destination)
    raise PlannerError.of("pin_refused", household=name, flight=flight_key.strip(),
                          why=why.as_json())
