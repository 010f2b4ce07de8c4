"""The one count of a flight's passengers that the results screen's loads and the
cancel / seat-cut questions share (``planner.planning.passengers``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.planning.passengers import PassengerCount, count_passengers

DAY = dt.date(2026, 3, 10)


@dataclass(frozen=True)
class Person:
    household_id: int
    date_of_birth: dt.date
    medical: bool = False
    status: str = "registered"
    status_flight_id: int | None = None


def test_infants_take_no_seat_and_only_this_flights_calls_count() -> None:
    people = [
        Person(1, dt.date(1990, 1, 1), status="called", status_flight_id=7),
        Person(1, dt.date(2025, 3, 11), medical=True),  # not yet 1 on the day: on a lap
        Person(1, dt.date(2024, 3, 10)),  # 2 on the day: takes a seat
        Person(2, dt.date(1950, 5, 5), status="checked_in", status_flight_id=7),
        Person(3, dt.date(1980, 5, 5), status="called", status_flight_id=8),  # another flight
    ]
    assert count_passengers(people, 7, DAY, infant_age=2) == PassengerCount(
        passengers=5, households=3, seated=4, infants=1, medical=1, called=1, checked_in=1)


def test_a_flight_no_longer_stored_counts_every_passenger_seated() -> None:
    people = [Person(1, dt.date(2026, 1, 1)), Person(1, dt.date(1990, 1, 1))]
    assert count_passengers(people, 7, None, infant_age=2).seated == 2
    assert count_passengers([], 7, DAY, infant_age=2) == PassengerCount()
