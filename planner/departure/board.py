"""What the departure-day screen shows of one flight: its passengers and standby with
their status, and the counts (seats booked and lap infants, checked in, no-show, standby,
seats free).

Who takes a seat is the planner's one rule, ``solvers.problem.lap_infant`` (SPEC 3.1 rule
2): the seats booked are counted beside the flight's seats, the infants on a lap apart, as
the situation report's flights count them (``sitrep.figures.FlightLine``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Household, Person, PlanHousehold, Settings
from planner.departure.common import WAITING
from planner.domain import FlightStatus, PersonStatus
from planner.operation import get_settings
from planner.planning.problem_builder import household_json_code, latest_published_plan_id
from planner.sitrep.day import operation_today
from solvers.problem import lap_infant

#: The roles of a row: a booked passenger, or standby.
PASSENGER, STANDBY = "passenger", "standby"


@dataclass(frozen=True)
class BoardRow:
    case_no: str
    full_name: str
    household: str
    role: str
    status: str
    no_shows: int
    #: Travelling alone: ``household`` is their case number (SPEC 5's JSON), which the
    #: screen leaves blank as the roster, the manifests and the call list do.
    alone: bool = False


@dataclass(frozen=True)
class Counts:
    #: Booked passengers who take a seat, and the infants on a lap booked with them (no
    #: seat, SPEC 3.1 rule 2): a valid plan never books more seats than ``seats``.
    seats_booked: int
    infants: int
    checked_in: int
    no_show: int
    standby: int
    seats: int
    seats_free: int
    #: Passengers told their flight (``called``), flown and handed over (``arrived``).
    called: int = 0
    flown: int = 0
    arrived: int = 0

    @property
    def booked(self) -> int:
        """Persons booked: the seats booked and the infants on their laps."""
        return self.seats_booked + self.infants


@dataclass(frozen=True)
class Board:
    flight_id: int
    flight: str
    flight_status: str
    closed: bool
    plan_id: int | None
    rows: tuple[BoardRow, ...]
    counts: Counts
    #: The day the flight is due to leave, and how many days after the operation's today
    #: (0 for today's flight, negative for a past one): closing or departing a flight of a
    #: later day is said before it is done.
    departs_on: dt.date | None = None
    days_ahead: int = 0


def departure_flights(session: Session) -> list[tuple[int, str, str, bool]]:
    """(id, key, status, closed) of flights a departure desk may work on: not cancelled,
    in departure order."""
    return [(f.id, f.key, f.status, f.closed_at is not None) for f in session.scalars(
        select(Flight).where(Flight.status != FlightStatus.CANCELLED.value)
        .order_by(Flight.departs_at, Flight.id))]


def read_board(session: Session, flight_id: int) -> Board:
    flight = session.get(Flight, flight_id)
    assert flight is not None
    settings: Settings = get_settings(session)
    plan_id = latest_published_plan_id(session)
    booked_households = set(session.scalars(select(PlanHousehold.household_id).where(
        PlanHousehold.plan_id == plan_id, PlanHousehold.flight_id == flight.id))) \
        if plan_id is not None else set()
    query = (
        select(Person.case_no, Person.full_name, Person.household_id, Person.status,
               Person.status_flight_id, Person.standby, Person.no_show_count,
               Person.date_of_birth, Household.code, Household.implicit)
        .join(Household, Household.id == Person.household_id)
        .where(or_(Person.household_id.in_(booked_households or {0}),
                   Person.status_flight_id == flight.id))
        .order_by(Person.household_id, Person.case_no))
    rows, seats_taken = [], 0
    checked = no_show = standby = infants = 0
    states: dict[str, int] = {}
    for r in session.execute(query):
        here = r.status_flight_id == flight.id
        # Who flew on it is their movement, not the plan: a plan published after the
        # flight left rightly has them no more (SPEC 8.1), and the board still lists them.
        on_board = (r.household_id in booked_households and r.status in WAITING) or (
            here and r.status in (PersonStatus.FLOWN.value, PersonStatus.ARRIVED.value))
        is_standby = here and r.standby and r.status == PersonStatus.CHECKED_IN.value
        was_no_show = here and r.status == PersonStatus.NO_SHOW.value
        if not (on_board or is_standby or was_no_show):
            continue
        role = STANDBY if is_standby else PASSENGER
        rows.append(BoardRow(r.case_no, r.full_name, household_json_code(r.code, r.implicit),
                             role, r.status, r.no_show_count, r.implicit))
        if is_standby:
            standby += 1
            continue
        if was_no_show:
            no_show += 1
            continue
        states[r.status] = states.get(r.status, 0) + 1
        if here and r.status in (PersonStatus.CHECKED_IN.value, PersonStatus.FLOWN.value,
                                 PersonStatus.ARRIVED.value):
            checked += 1
        if lap_infant(r.date_of_birth, flight.departure_date, settings.infant_age):
            infants += 1
        else:
            seats_taken += 1
    rows.sort(key=lambda row: row.role == STANDBY)  # the passengers, then the standby queue
    counts = Counts(seats_taken, infants, checked, no_show, standby, flight.seats,
                    max(0, flight.seats - seats_taken),
                    called=states.get(PersonStatus.CALLED.value, 0),
                    flown=states.get(PersonStatus.FLOWN.value, 0),
                    arrived=states.get(PersonStatus.ARRIVED.value, 0))
    return Board(flight.id, flight.key, flight.status, flight.closed_at is not None, plan_id,
                 tuple(rows), counts, flight.departure_date,
                 (flight.departure_date - operation_today(session)).days)
