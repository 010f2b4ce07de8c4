"""Departing and arriving (SPEC 8.4 ``depart`` and ``arrive``), and the other status
changes of SPEC 8.1 (``status``: self-departed, withdrawn, missing, back to registered)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Person
from planner.departure.common import (
    WAITING,
    HouseholdChange,
    change_status,
    find_flight,
    household_codes,
    lock_rows,
    members,
    unknown_cases_refusal,
)
from planner.domain import FlightStatus, PersonStatus
from planner.errors import PlannerError
from planner.protection import audit
from solvers.reasons import Reason


def _grouped(session: Session, people: Sequence[Person]) -> list[HouseholdChange]:
    codes = household_codes(session, {p.household_id for p in people})
    by_household: dict[int, list[str]] = {}
    for person in people:
        by_household.setdefault(person.household_id, []).append(person.case_no)
    return [HouseholdChange(codes[h], tuple(c)) for h, c in sorted(by_household.items())]


def depart(session: Session, flight_key: str) -> list[HouseholdChange]:
    """The flight departs: its checked-in passengers are ``flown``."""
    flight = find_flight(session, flight_key, lock=True)
    if flight.status == FlightStatus.DEPARTED.value:
        raise PlannerError.of("depart_departed", flight=flight.key)
    if flight.status == FlightStatus.CANCELLED.value:
        raise PlannerError.of("depart_cancelled", flight=flight.key)
    if flight.closed_at is None:
        raise PlannerError.of("depart_not_closed", flight=flight.key)
    query = (select(Person).where(Person.status == PersonStatus.CHECKED_IN.value,
                                  Person.status_flight_id == flight.id)
             .order_by(Person.household_id, Person.case_no))
    boarded = list(session.scalars(query))
    if not boarded:
        raise PlannerError.of("depart_nobody", flight=flight.key)
    lock_rows(session, Person, [p.id for p in boarded])
    change_status(session, boarded, PersonStatus.FLOWN, action="depart", flight=flight)
    for person in boarded:
        person.departed_flight_id = flight.id
    flight.status = FlightStatus.DEPARTED.value
    audit.record(session, "depart", "flight", flight.key, {"flown": len(boarded)})
    session.flush()
    return _grouped(session, boarded)


@dataclass
class Arrival:
    """The households ``arrive`` handed over, and those a member's case number named
    (case number named -> the household's change) where the others were not named."""

    households: list[HouseholdChange]
    named_by: dict[str, HouseholdChange] = field(default_factory=dict)

    @property
    def persons(self) -> int:
        return sum(h.persons for h in self.households)


def arrive(session: Session, flight_key: str, case_nos: Sequence[str] = ()) -> Arrival:
    """The flight's flown passengers (or the households named) are handed over. A
    household arrives together: one member's case number names the whole household
    (the members flown on this flight), as the desk's tag of any member would."""
    flight = find_flight(session, flight_key, lock=True)
    if flight.status != FlightStatus.DEPARTED.value:
        raise PlannerError.of("arrive_not_departed", flight=flight.key)
    flown = list(session.scalars(
        select(Person).where(Person.status == PersonStatus.FLOWN.value,
                             Person.status_flight_id == flight.id)
        .order_by(Person.household_id, Person.case_no)))
    wanted = list(dict.fromkeys(c.strip().upper() for c in case_nos if c.strip()))
    if wanted:
        known = {p.case_no.upper(): p for p in flown}
        strangers = [c for c in wanted if c not in known]
        if strangers:
            raise PlannerError.of("arrive_not_flown", flight=flight.key,
                                  case_nos=_not_flown(session, strangers))
        households = {known[c].household_id for c in wanted}
        flown = [p for p in flown if p.household_id in households]
    if not flown:
        raise PlannerError.of("arrive_nobody", flight=flight.key)
    lock_rows(session, Person, [p.id for p in flown])
    change_status(session, flown, PersonStatus.ARRIVED, action="arrive", flight=flight)
    audit.record(session, "arrive", "flight", flight.key, {"arrived": len(flown)})
    result = Arrival(_grouped(session, flown))
    for change in result.households:
        named = [c for c in change.case_nos if c.upper() in wanted]
        if named and len(named) < change.persons:
            result.named_by[named[0]] = change
    return result


def _not_flown(session: Session, case_nos: Sequence[str]) -> list[dict[str, Any]]:
    """"C-000001 (arrived already), C-999999 (unknown case number)": why each case number
    cannot arrive, as reasons' JSON (the facts of ``arrive_not_flown``)."""
    found = {p.case_no.upper(): p for p in session.scalars(
        select(Person).where(Person.case_no.in_(list(case_nos))))}
    parts = []
    for code in case_nos:
        person = found.get(code)
        if person is None:
            parts.append(Reason("not_flown_unknown", {"case_no": code}))
        elif person.status == PersonStatus.FLOWN.value:
            other = session.get(Flight, person.status_flight_id) \
                if person.status_flight_id else None
            parts.append(Reason("not_flown_elsewhere", {
                "case_no": code, "flight": other.key if other else None}))
        elif person.status == PersonStatus.ARRIVED.value:
            parts.append(Reason("not_flown_arrived", {"case_no": code}))
        else:
            parts.append(Reason("not_flown_status", {"case_no": code,
                                                     "status": person.status}))
    return [part.as_json() for part in parts]


#: The statuses ``evacplan status`` sets (SPEC 8.4), and those it may set them from.
SETTABLE = {
    PersonStatus.SELF_DEPARTED: WAITING,
    PersonStatus.WITHDRAWN: WAITING,
    PersonStatus.MISSING: WAITING,
    PersonStatus.REGISTERED: WAITING | {PersonStatus.SELF_DEPARTED.value,
                                        PersonStatus.WITHDRAWN.value,
                                        PersonStatus.MISSING.value},
}


#: The action that sets each status ``evacplan status`` does not set.
SET_BY = {
    PersonStatus.CALLED: "evacplan call-list",
    PersonStatus.CHECKED_IN: "evacplan checkin",
    PersonStatus.NO_SHOW: "evacplan close",
    PersonStatus.FLOWN: "evacplan depart",
    PersonStatus.ARRIVED: "evacplan arrive",
}


def settable(to: str) -> PersonStatus:
    """The status ``--set`` names, or a one-line refusal naming what sets it instead."""
    names = [s.value for s in SETTABLE]
    try:
        target = PersonStatus(to.strip().lower())
    except ValueError:
        raise PlannerError.of("status_not_settable", choices=names, given=to) from None
    if target not in SETTABLE:
        raise PlannerError.of("status_set_by", choices=names, given=to, status=target.value,
                              command=SET_BY[target])
    return target


@dataclass
class StatusResult:
    to: str
    changed: list[HouseholdChange] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def set_status(session: Session, case_nos: Sequence[str], to: str,
               reason: str | None = None) -> StatusResult:
    """The other changes of SPEC 8.1, whole households only."""
    target = settable(to)
    if target is PersonStatus.WITHDRAWN and not (reason or "").strip():
        raise PlannerError.of("withdrawal_needs_reason")
    wanted = list(dict.fromkeys(c.strip().upper() for c in case_nos if c.strip()))
    if not wanted:
        raise PlannerError.of("status_no_case")
    found = {p.case_no.upper(): p for p in session.scalars(
        select(Person).where(Person.case_no.in_(wanted)))}
    unknown = [c for c in wanted if c not in found]
    if unknown and not found:
        raise unknown_cases_refusal("status", unknown, others=False)
    # Every mistake is found before the command is refused, so the officer mends them in
    # one go: the unknown case numbers, each person who cannot take the status, each
    # household named in part.
    whys = [Reason("unknown_cases_named", {"case_nos": unknown})] if unknown else []
    lock_rows(session, Person, [p.id for p in found.values()])
    result = StatusResult(target.value)
    for person in (found[c] for c in wanted if c in found):  # in the order named
        session.refresh(person)
        if person.status == target.value:
            result.unchanged.append(person.case_no)
        elif person.status not in SETTABLE[target]:
            whys.append(Reason("status_cannot_become", {
                "case_no": person.case_no, "status": person.status, "to": target.value}))
            continue
        if person.status == PersonStatus.CHECKED_IN.value and person.status_flight_id:
            flight = session.get(Flight, person.status_flight_id)
            if flight is not None and flight.closed_at is not None:
                whys.append(Reason("status_boarded", {"case_no": person.case_no,
                                                      "flight": flight.key}))
    households = members(session, {p.household_id for p in found.values()},
                         statuses={s.value for s in PersonStatus})
    movable = SETTABLE[target] | {target.value}
    named = set(found)
    for household_id, people in households.items():
        rest = [p.case_no for p in people
                if p.case_no.upper() not in named and p.status in movable
                and p.status != target.value]
        if rest:
            code = household_codes(session, [household_id])[household_id]
            whys.append(Reason("status_in_part", {"household": code, "missing": rest}))
    if len(whys) > 1:
        raise PlannerError.of("status_refused_all", whys=[why.as_json() for why in whys])
    if unknown:  # the one mistake, among case numbers that could change
        raise unknown_cases_refusal("status", unknown, others=True)
    if whys and whys[0].code == "status_cannot_become":
        raise PlannerError.of("status_refused_one", why=whys[0].as_json())
    if whys:
        raise PlannerError.of(whys[0].code, **whys[0].facts)
    moving = [p for p in found.values() if p.status != target.value]
    change_status(session, moving, target, action="status", reason=reason)
    result.changed = _grouped(session, moving)
    return result
