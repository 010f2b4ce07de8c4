"""Check-in (SPEC 8.4 ``checkin``): persons present at the check-in point for a flight,
as its passengers or as standby hoping for a freed seat.

Whole households only: a command naming part of a household is refused, and the desk
keeps the scans of a household until its last member is scanned (:func:`answer_scan`).
The person rows are locked for the transaction, so two desks never check one person in
twice: the second desk waits for the first and then reads "already checked in".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Person
from planner.departure.common import (
    WAITING,
    HouseholdChange,
    change_status,
    find_flight,
    flight_households,
    household_codes,
    household_flight,
    lock_rows,
    members,
    published_plan,
)
from planner.domain import FlightStatus, PersonStatus
from planner.errors import PlannerError


def open_for_checkin(flight: Flight) -> None:
    """Refuse a flight that takes no more check-ins, in one line."""
    if flight.status == FlightStatus.DEPARTED.value:
        raise PlannerError(f"{flight.key} has departed: nobody can check in for it")
    if flight.status == FlightStatus.CANCELLED.value:
        raise PlannerError(f"{flight.key} is cancelled: nobody can check in for it")
    if flight.closed_at is not None:
        raise PlannerError(f"{flight.key} was closed at {flight.closed_at:%H:%M} UTC: "
                           "check-in has ended")


@dataclass
class CheckinResult:
    flight: str
    standby: bool
    #: Households checked in now.
    checked_in: list[HouseholdChange] = field(default_factory=list)
    #: Case numbers named that were checked in for this flight already.
    already: list[str] = field(default_factory=list)


def _persons(session: Session, case_nos: Sequence[str]) -> list[Person]:
    wanted = list(dict.fromkeys(c.strip().upper() for c in case_nos if c.strip()))
    if not wanted:
        raise PlannerError("Name at least one case number (or --file SCANS.txt)")
    found = {p.case_no.upper(): p for p in session.scalars(
        select(Person).where(Person.case_no.in_(wanted)))}
    unknown = [c for c in wanted if c not in found]
    if unknown:
        raise PlannerError(f"Unknown case number{'s' if len(unknown) > 1 else ''}: "
                           f"{', '.join(unknown)}; nothing was checked in")
    lock_rows(session, Person, [p.id for p in found.values()])
    for person in found.values():
        session.refresh(person)
    return [found[c] for c in wanted]


def check_in(session: Session, flight_key: str, case_nos: Sequence[str],
             standby: bool = False) -> CheckinResult:
    """Check in the households of ``case_nos`` for the flight, every member named."""
    flight = find_flight(session, flight_key, lock=True)
    open_for_checkin(flight)
    plan_id = published_plan(session)
    named = _persons(session, case_nos)
    for person in named:
        if person.status not in WAITING:
            raise PlannerError(
                f"{person.case_no} is {person.status}: only a person waiting to fly can "
                "check in (evacplan status ... --set registered, if they are back)")
        if person.status == PersonStatus.CHECKED_IN.value and person.status_flight_id not in (
                None, flight.id):
            other = session.get(Flight, person.status_flight_id)
            raise PlannerError(f"{person.case_no} is checked in for "
                               f"{other.key if other else 'another flight'}")
    households = members(session, {p.household_id for p in named}, lock=True)
    codes = household_codes(session, households)
    on_flight = set(flight_households(session, plan_id, flight.id))
    named_ids = {p.id for p in named}
    result = CheckinResult(flight.key, standby)
    for household_id, people in households.items():
        code = codes[household_id]
        if standby and household_id in on_flight:
            raise PlannerError(f"{code} has seats on {flight.key} in plan {plan_id}: "
                               "check it in without --standby")
        if not standby and household_id not in on_flight:
            seat = household_flight(session, plan_id, household_id)
            seat_flight = session.get(Flight, seat) if seat is not None else None
            where = (f"its flight is {seat_flight.key}" if seat_flight is not None
                     else "it has no flight")
            raise PlannerError(f"{code} has no seat on {flight.key} in plan {plan_id} ({where}); "
                               "check it in with --standby to wait for a freed seat")
        here = [p for p in people if p.status == PersonStatus.CHECKED_IN.value
                and p.status_flight_id == flight.id]
        missing = [p.case_no for p in people if p.id not in named_ids and p not in here]
        if missing:
            raise PlannerError(
                f"{code} would be checked in only in part: {', '.join(missing)} not named; "
                "a household checks in together (name every member)")
        result.already.extend(p.case_no for p in here if p.id in named_ids)
        new = [p for p in people if p not in here]
        if new:
            change_status(session, new, PersonStatus.CHECKED_IN, action="checkin",
                          flight=flight, standby=standby)
            result.checked_in.append(HouseholdChange(code, tuple(p.case_no for p in new)))
    return result


@dataclass(frozen=True)
class ScanAnswer:
    """What the desk says to one scan, at once."""

    #: "checked_in" (the household is complete and stored), "waiting" (the household's
    #: other members are still to be scanned), "already", "wrong_flight" (a seat on
    #: another flight, or none: standby), "standby" (checked in as standby), "unknown",
    #: "not_waiting" (flown, withdrawn, missing...), "closed".
    kind: str
    case_no: str
    household: str = ""
    #: Members of the household still to scan (for "waiting").
    missing: tuple[str, ...] = ()
    #: The flight of the person's seat, for "wrong_flight".
    other_flight: str | None = None
    #: The person's status, for "not_waiting".
    status: str = ""
    checked_in: tuple[str, ...] = ()


def answer_scan(session: Session, flight_id: int, case_no: str, pending: Collection[str],
                standby: bool = False) -> ScanAnswer:
    """The desk's answer to a scanned ``case_no``; ``pending`` are the case numbers scanned
    before whose household was not yet complete. A household whose every member is now
    scanned is checked in (in the caller's transaction)."""
    code = case_no.strip().upper()
    flight = session.get(Flight, flight_id)
    if flight is None:
        raise PlannerError("The flight is no longer in the operation")
    lock_rows(session, Flight, [flight.id])
    try:
        open_for_checkin(flight)
    except PlannerError:
        return ScanAnswer("closed", code)
    person = session.scalar(select(Person).where(Person.case_no == code))
    if person is None:
        return ScanAnswer("unknown", code)
    plan_id = published_plan(session)
    household = members(session, [person.household_id], lock=True).get(person.household_id, [])
    label = household_codes(session, [person.household_id])[person.household_id]
    if person.status not in WAITING:
        return ScanAnswer("not_waiting", code, label, status=person.status)
    if person.status == PersonStatus.CHECKED_IN.value:
        if person.status_flight_id == flight.id:
            return ScanAnswer("already", code, label)
        other = session.get(Flight, person.status_flight_id) if person.status_flight_id \
            else None
        return ScanAnswer("wrong_flight", code, label,
                          other_flight=other.key if other else None)
    seat = household_flight(session, plan_id, person.household_id)
    if (seat == flight.id) == standby:
        other = session.get(Flight, seat) if seat else None
        return ScanAnswer("wrong_flight", code, label,
                          other_flight=other.key if other else None)
    elsewhere = [p for p in household if p.status == PersonStatus.CHECKED_IN.value
                 and p.status_flight_id not in (None, flight.id)]
    if elsewhere:  # a member is at another flight's check-in: never split the household
        other = session.get(Flight, elsewhere[0].status_flight_id)
        return ScanAnswer("wrong_flight", code, label,
                          other_flight=other.key if other else None)
    scanned = {c.upper() for c in pending} | {code}
    missing = tuple(p.case_no for p in household if p.case_no.upper() not in scanned
                    and not (p.status == PersonStatus.CHECKED_IN.value
                             and p.status_flight_id == flight.id))
    if missing:
        return ScanAnswer("waiting", code, label, missing=missing)
    # Every member scanned: the household checks in (rows locked above, checks done).
    new = [p for p in household if not (p.status == PersonStatus.CHECKED_IN.value
                                         and p.status_flight_id == flight.id)]
    change_status(session, new, PersonStatus.CHECKED_IN, action="checkin", flight=flight,
                  standby=standby)
    return ScanAnswer("standby" if standby else "checked_in", code, label,
                      checked_in=tuple(p.case_no for p in new))
