"""What the departure-day actions share: finding the flight and its passengers, and
changing statuses with their audit entries."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from planner.db.models import Flight, Household, Person, PlanHousehold, StatusChange
from planner.domain import PLANNED_PERSON_STATUSES, USABLE_FLIGHT_STATUSES, PersonStatus
from planner.errors import PlannerError
from planner.operation import get_settings
from planner.planning.passengers import PassengerCount, count_passengers
from planner.planning.problem_builder import household_json_code, latest_published_plan_id
from planner.protection import audit
from planner.words.render import ENGLISH, Words, render
from solvers.reasons import Reason

#: Statuses of persons still in the embassy's care, waiting to fly.
WAITING = frozenset(s.value for s in PLANNED_PERSON_STATUSES)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()


def find_flight(session: Session, text: str, *, lock: bool = False) -> Flight:
    """The flight named ``"QZ 8205 2026-02-03"`` (or its key with other spacing:
    ``"QZ8205 2026-02-03"``); ``lock`` takes its row for this transaction."""
    number, _, day = text.strip().rpartition(" ")
    try:
        date = dt.date.fromisoformat(day)
    except ValueError as exc:
        raise PlannerError.of("flight_key_wrong", given=text) from exc
    wanted = _compact(number)
    query = select(Flight).where(Flight.departure_date == date).order_by(Flight.id)
    flights = [f for f in session.scalars(query) if _compact(f.flight_no) == wanted]
    if not flights:
        raise PlannerError.of("flight_unknown", flight=text.strip())
    flight = flights[0]
    if lock:
        lock_rows(session, Flight, [flight.id])
        session.refresh(flight)
    return flight


#: The refusals of case numbers no person has, per command that names case numbers:
#: when they are all the command named, and when other case numbers were named too.
_UNKNOWN_CASES = {"checkin": ("checkin_unknown_cases", "checkin_none_of_them"),
                  "status": ("status_unknown_cases", "status_none_of_them")}


def unknown_cases_refusal(command: str, unknown: Sequence[str], others: bool) -> PlannerError:
    """The refusal of case numbers no person has, worded alike by ``checkin`` and
    ``status``: "Unknown case number: C-9; nothing was changed" when they are all that
    was named; "C-9: unknown case number; nothing was changed: the other case numbers
    named were not changed either (...)" when ``others`` were named too."""
    alone, among = _UNKNOWN_CASES[command]
    if others:
        return PlannerError.of(among, why=Reason("unknown_cases_named",
                                                 {"case_nos": list(unknown)}).as_json())
    return PlannerError.of(alone, case_nos=list(unknown))


def operation_today(session: Session) -> dt.date:
    """``planner.sitrep.day.operation_today``, read when asked: the sitrep package reads
    openpyxl, which a command such as ``status`` has no use for."""
    from planner.sitrep.day import operation_today as today

    return today(session)


def refuse_early(session: Session, flight_key: str, action: str) -> None:
    """Refuse to ``close`` or ``depart`` (``action``) a flight due on a later day than the
    operation's today (its time zone): closed on the 4th, a flight of the 8th makes every
    passenger not yet checked in a no-show. The officer who means it says ``--early``.
    A flight the action would not change (cancelled, departed) is left to its own refusal."""
    flight = find_flight(session, flight_key)
    usable = flight.status in {status.value for status in USABLE_FLIGHT_STATUSES}
    if not usable or (action == "close" and flight.closed_at is not None):
        return
    ahead = (flight.departure_date - operation_today(session)).days
    if ahead > 0:
        due = Reason("flight_due_later", {"day": flight.departure_date.isoformat(),
                                          "count": ahead})
        raise PlannerError.of(f"{action}_early", flight=flight.key, due=due.as_json())


def closed_when(flight: Flight) -> dict[str, str]:
    """When the flight was closed, where the operation is (its time zone, as the officer
    lives the day): the facts ``day``, ``time`` and ``zone`` of a refusal."""
    assert flight.closed_at is not None
    return moment_facts(object_session(flight), flight.closed_at)


def moment_facts(session: Session | None, at: dt.datetime) -> dict[str, str]:
    """A stored moment (UTC) where the operation is (its time zone, as the officer lives
    the day): the facts ``day``, ``time`` and ``zone`` of a sentence."""
    zone_name = get_settings(session).timezone if session is not None else "UTC"
    from planner.sitrep.figures import zone_of  # the sitrep package reads openpyxl

    zone = zone_of(zone_name)
    moment = at.replace(tzinfo=dt.UTC).astimezone(zone)
    return {"day": moment.date().isoformat(), "time": f"{moment:%H:%M}", "zone": str(zone)}


def lock_rows(session: Session, model: type, ids: Sequence[int]) -> None:
    """Take the rows for this transaction: FOR UPDATE on PostgreSQL (a second desk waits,
    then reads what the first wrote); SQLite has one writer at a time already."""
    if not ids or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(model.id).where(model.id.in_(list(ids)))  # type: ignore[attr-defined]
                    .with_for_update())


def published_plan(session: Session) -> int:
    plan_id = latest_published_plan_id(session)
    if plan_id is None:
        raise PlannerError.of("no_published_plan")
    return plan_id


def flight_households(session: Session, plan_id: int, flight_id: int) -> list[int]:
    """Households the plan puts on the flight, in the order of the plan (seat order)."""
    return list(session.scalars(
        select(PlanHousehold.household_id)
        .where(PlanHousehold.plan_id == plan_id, PlanHousehold.flight_id == flight_id)
        .order_by(PlanHousehold.household_id)))


@dataclass(frozen=True)
class Booked(PassengerCount):
    """Who holds a seat on a flight in the published plan and is still to fly: what
    cancelling the flight or cutting its seats takes from them (``seated``: the seats
    they take, by their age on the flight's day as the planner counts them)."""

    plan_id: int | None = None


def booked_on(session: Session, flight_id: int) -> Booked:
    plan_id = latest_published_plan_id(session)
    if plan_id is None:
        return Booked()
    people = [p for group in members(session, flight_households(session, plan_id, flight_id))
              .values() for p in group]
    flight = session.get(Flight, flight_id)
    count = count_passengers(people, flight_id, flight.departure_date if flight else None,
                             get_settings(session).infant_age)
    return Booked(**asdict(count), plan_id=plan_id)


def household_flight(session: Session, plan_id: int, household_id: int) -> int | None:
    return session.scalar(select(PlanHousehold.flight_id).where(
        PlanHousehold.plan_id == plan_id, PlanHousehold.household_id == household_id))


def members(session: Session, household_ids: Iterable[int], *,
            statuses: Iterable[str] = WAITING, lock: bool = False) -> dict[int, list[Person]]:
    """The persons of these households whose status is one of ``statuses``, by household,
    in case-number order."""
    ids = sorted(set(household_ids))
    if not ids:
        return {}
    query = (select(Person).where(Person.household_id.in_(ids),
                                  Person.status.in_(list(statuses)))
             .order_by(Person.household_id, Person.case_no))
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    found: dict[int, list[Person]] = defaultdict(list)
    for person in session.scalars(query):
        found[person.household_id].append(person)
    return dict(found)


def household_codes(session: Session, household_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(household_ids))
    if not ids:
        return {}
    return {hid: household_json_code(code, bool(implicit)) for hid, code, implicit in
            session.execute(select(Household.id, Household.code, Household.implicit)
                            .where(Household.id.in_(ids)))}


@dataclass(frozen=True)
class HouseholdChange:
    """A household an action changed: its code (a case number for a household of one)
    and its members' case numbers."""

    household: str
    case_nos: tuple[str, ...]
    #: Seats it takes (members aged 2+ on the departure date), where that matters.
    seats: int = 0
    #: Why, where the action says why (a standby household left without a seat).
    why: Reason | None = None

    @property
    def persons(self) -> int:
        return len(self.case_nos)


def change_status(session: Session, persons: Sequence[Person], to: PersonStatus, *,
                  action: str, flight: Flight | None = None, standby: bool = False,
                  reason: str | None = None) -> None:
    """Set the status of ``persons`` and audit each change: who, when, from, to."""
    entries: list[tuple[str, str, str | None, dict[str, Any]]] = []
    actor = audit.current_actor()
    for person in persons:
        details: dict[str, Any] = {"from": person.status, "to": to.value, "by": action}
        if flight is not None:
            details["flight"] = flight.key
        if standby:
            details["standby"] = True
        if reason:
            details["reason"] = reason
        session.add(StatusChange(person_id=person.id, from_status=person.status,
                                 to_status=to.value, actor=actor,
                                 flight_id=flight.id if flight is not None else None))
        person.status = to.value
        person.status_flight_id = flight.id if flight is not None else None
        person.standby = standby
        entries.append(("status", "person", person.case_no, details))
    if entries:
        audit.record_many(session, entries, actor=actor)
    session.flush()


def described(changes: Sequence[HouseholdChange], limit: int = 12,
              words: Words = ENGLISH) -> str:
    """"H-1 (C-000001, C-000002); C-000003": households as an officer reads them, the
    first ``limit`` of them and how many more."""
    shown = "; ".join(
        c.household if c.case_nos == (c.household,) else
        f"{c.household} ({', '.join(c.case_nos)})" for c in changes[:limit])
    more = len(changes) - limit
    return shown + ("; " + render(Reason("households_more", {"count": more}), words)
                    if more > 0 else "")
