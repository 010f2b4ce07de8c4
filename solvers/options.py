"""What each household could do: the flights it may take under the rules that concern it
alone (2, 4, 5, 6, 11 and its pins), with the objective terms of each choice, and the class
key that makes interchangeable households one decision with a count.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from solvers.nights import night_count
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem
from solvers.rules import destination, flight_status, seats, timing
from solvers.rules.pins import ScreenedPins


@dataclass(frozen=True)
class FlightOption:
    flight_id: int
    date: dt.date
    seats: int
    medical: int
    first_choice: int
    waiting: int
    changes: int


@dataclass(frozen=True)
class HouseholdFacts:
    household: HouseholdSpec
    ready: dt.date
    size: int
    weight: int
    #: Members who need a bed.
    sheltered: int
    #: Ready dates R_p of members who need a document and have no kept slot pin, sorted.
    document_ready: tuple[dt.date, ...]
    options: tuple[FlightOption, ...]
    #: Persons whose reference flight differs when the household does not fly.
    changes_grounded: int
    #: Shelters whose policy and care fit the sheltered members (rule 9, without dates).
    shelters: tuple[int, ...]

    def nights(self, departure: dt.date | None, end: dt.date) -> int:
        return night_count(self.ready, departure, end)

    def class_key(self, pinned: bool) -> tuple[object, ...]:
        """Equal keys mean interchangeable households (pinned ones stay alone)."""
        return (
            self.household.id if pinned else None,
            self.options,
            self.changes_grounded,
            self.weight,
            self.size,
            self.ready,
            self.sheltered,
            self.shelters,
            self.document_ready,
        )


class EarliestDocument:
    """The earliest moment a document can be ready for a person ready on a date (rule 6)."""

    def __init__(self, problem: Problem) -> None:
        slots = sorted(problem.slots, key=lambda s: s.date)
        self._dates = [s.date for s in slots]
        # suffix minimum of ready_at over slots sorted by date
        self._suffix: list[dt.datetime | None] = [None] * (len(slots) + 1)
        for index in range(len(slots) - 1, -1, -1):
            later = self._suffix[index + 1]
            here = slots[index].ready_at
            self._suffix[index] = here if later is None or here < later else later

    def ready_at(self, person_ready: dt.date) -> dt.datetime | None:
        index = bisect.bisect_left(self._dates, person_ready)
        return self._suffix[index]


def household_facts(
    problem: Problem, pins: ScreenedPins, earliest: EarliestDocument | None = None
) -> list[HouseholdFacts]:
    """Facts of every household, in the order of ``problem.households``."""
    earliest = earliest or EarliestDocument(problem)
    by_destination: dict[str, list[FlightSpec]] = {}
    for flight in problem.flights:
        if flight_status.usable(problem, flight):
            by_destination.setdefault(flight.destination, []).append(flight)
    reference = problem.reference or {}
    result = []
    for household in problem.households:
        members = problem.members(household)
        ready = problem.household_ready(household)
        pinned_flight = pins.flight.get(household.id)
        if pinned_flight is None:
            earliest_day = timing.earliest_departure(problem, household)
            candidates = sorted(
                (f for d in problem.accepted_destinations(household)
                 for f in by_destination.get(d, ()) if f.departure_date >= earliest_day),
                key=lambda f: (f.departs_at, f.id))
        else:
            candidates = [problem.flight_by_id[pinned_flight]]
        options = []
        for flight in candidates:
            if not allows_flight(problem, household, flight, pins, earliest):
                continue
            options.append(flight_option(problem, members, flight, ready, reference))
        doc_ready = tuple(
            sorted(
                problem.person_ready(p)
                for p in members
                if p.needs_document and p.id not in pins.slot
            )
        )
        grounded_changes = sum(1 for p in members if p.id in reference)
        shelters = tuple(
            s.id for s in problem.shelters if problem.shelter_accepts(s, household)
        )
        result.append(
            HouseholdFacts(
                household=household,
                ready=ready,
                size=len(members),
                weight=sum(p.weight for p in members),
                sheltered=sum(1 for p in members if p.needs_shelter),
                document_ready=doc_ready,
                options=tuple(options),
                changes_grounded=grounded_changes,
                shelters=shelters,
            )
        )
    return result


def flight_option(
    problem: Problem,
    members: list[PersonSpec],
    flight: FlightSpec,
    ready: dt.date,
    reference: dict[int, int] | object,
) -> FlightOption:
    ref = problem.reference or {}
    day = flight.departure_date
    return FlightOption(
        flight_id=flight.id,
        date=day,
        seats=seats.seats_needed(problem, members, flight),
        medical=sum(1 for p in members if p.medical),
        first_choice=sum(1 for p in members if p.destinations[:1] == (flight.destination,)),
        waiting=sum(p.weight * (day - problem.person_ready(p)).days for p in members),
        changes=sum(1 for p in members if ref.get(p.id) != flight.id),
    )


def allows_flight(
    problem: Problem,
    household: HouseholdSpec,
    flight: FlightSpec,
    pins: ScreenedPins,
    earliest: EarliestDocument,
) -> bool:
    """Rules 2 (infants, a flight too small), 3 (too many medical), 4, 5, 6 (a slot exists
    in time for every member who needs one, ignoring capacity) and 11, for one flight."""
    if not flight_status.usable(problem, flight):
        return False
    if not destination.allows(problem, household, flight) or not timing.allows(
        problem, household, flight
    ):
        return False
    members = problem.members(household)
    if seats.infant_without_adult(problem, members, flight):
        return False
    if seats.seats_needed(problem, members, flight) > flight.seats:
        return False
    medical = sum(1 for p in members if p.medical)
    if flight.medical_capacity is not None and medical > flight.medical_capacity:
        return False
    deadline = problem.departure_deadline(flight)
    for person in members:
        pinned_slot = pins.slot.get(person.id)
        if pinned_slot is not None:
            if problem.slot_by_id[pinned_slot].ready_at > deadline and person.needs_document:
                return False
            continue
        if person.needs_document:
            ready_at = earliest.ready_at(problem.person_ready(person))
            if ready_at is None or ready_at > deadline:
                return False
    return True
