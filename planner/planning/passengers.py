"""The passengers of one flight counted once, as the planner counts them (SPEC 3.1 rule 2:
an infant travels on a lap and takes no seat).

The results screen's flight loads (``overview.FlightLoad``), what cancelling a
flight or cutting its seats takes from its passengers (``departure.common.Booked``) and
the situation report's flights (``sitrep.figures.FlightLine``) all are such a count; each
chooses its persons, this counts them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from planner.domain import PersonStatus
from solvers.problem import lap_infant


class Passenger(Protocol):
    """What the count reads of a person (an ORM ``Person`` or a row of its columns)."""

    @property
    def household_id(self) -> int: ...
    @property
    def date_of_birth(self) -> dt.date: ...
    @property
    def medical(self) -> bool: ...
    @property
    def status(self) -> str: ...
    @property
    def status_flight_id(self) -> int | None: ...


@dataclass(frozen=True)
class PassengerCount:
    """The persons a plan puts on one flight."""

    passengers: int = 0
    households: int = 0
    #: Passengers who take a seat (everyone but infants on a lap) and infants.
    seated: int = 0
    infants: int = 0
    medical: int = 0
    #: Of them, told to report for this flight (called) and present at its check-in.
    called: int = 0
    checked_in: int = 0


def count_passengers(people: Iterable[Passenger], flight_id: int, departure: dt.date | None,
                     infant_age: int) -> PassengerCount:
    """Count ``people`` on the flight ``flight_id`` departing on ``departure`` (None: a
    flight no longer stored, where every passenger is counted as seated)."""
    passengers = infants = medical = called = checked_in = 0
    households: set[int] = set()
    for person in people:
        passengers += 1
        households.add(person.household_id)
        if departure is not None and lap_infant(person.date_of_birth, departure, infant_age):
            infants += 1
        medical += bool(person.medical)
        if person.status_flight_id == flight_id:
            called += person.status == PersonStatus.CALLED.value
            checked_in += person.status == PersonStatus.CHECKED_IN.value
    return PassengerCount(passengers, len(households), passengers - infants, infants, medical,
                          called, checked_in)
