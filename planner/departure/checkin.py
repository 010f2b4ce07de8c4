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
    closed_when,
    find_flight,
    flight_households,
    household_codes,
    household_flight,
    lock_rows,
    members,
    published_plan,
    unknown_cases_refusal,
)
from planner.departure.flight_problem import flight_problem
from planner.departure.standby import broken_rule, not_seated_reason
from planner.domain import FlightStatus, PersonStatus
from planner.errors import PlannerError
from planner.operation import get_settings
from planner.planning.problem_builder import accepted_destinations
from solvers.reasons import Reason
from solvers.solution import Assignment
from solvers.validate import RULES


def open_for_checkin(flight: Flight) -> None:
    """Refuse a flight that takes no more check-ins, in one line."""
    if flight.status == FlightStatus.DEPARTED.value:
        raise PlannerError.of("checkin_departed", flight=flight.key)
    if flight.status == FlightStatus.CANCELLED.value:
        raise PlannerError.of("checkin_cancelled", flight=flight.key)
    if flight.closed_at is not None:
        raise PlannerError.of("checkin_closed", flight=flight.key, **closed_when(flight))


@dataclass(frozen=True)
class Refused:
    """A line of a file of scans (or a case number) that was not checked in, and why."""

    #: Where it was: "line 7" of the file, or "" for a case number given on its own.
    where: str
    #: What the line says (a case number, or the text that is none).
    text: str
    why: Reason


@dataclass
class CheckinResult:
    flight: str
    standby: bool
    #: Households checked in now.
    checked_in: list[HouseholdChange] = field(default_factory=list)
    #: Case numbers named that were checked in for this flight already.
    already: list[str] = field(default_factory=list)
    #: The lines not checked in (:func:`check_in_lines` only), in the order of the lines.
    refused: list[Refused] = field(default_factory=list)


def _found(session: Session, wanted: Sequence[str]) -> dict[str, Person]:
    """The persons of these (upper-case) case numbers, their rows locked and read again."""
    found = {p.case_no.upper(): p for p in session.scalars(
        select(Person).where(Person.case_no.in_(list(wanted))))}
    lock_rows(session, Person, [p.id for p in found.values()])
    for person in found.values():
        session.refresh(person)
    return found


def check_in(session: Session, flight_key: str, case_nos: Sequence[str],
             standby: bool = False) -> CheckinResult:
    """Check in the households of ``case_nos`` for the flight, every member named; any
    case number that cannot check in refuses the whole command, before anything changes."""
    flight = find_flight(session, flight_key, lock=True)
    open_for_checkin(flight)
    plan_id = published_plan(session)
    wanted = list(dict.fromkeys(c.strip().upper() for c in case_nos if c.strip()))
    if not wanted:
        raise PlannerError.of("checkin_nobody_named")
    found = _found(session, wanted)
    unknown = [c for c in wanted if c not in found]
    named = [found[c] for c in wanted if c in found]
    if not named:
        raise unknown_cases_refusal("checkin", unknown, others=False)
    # Every mistake of the command is found before it is refused, so the officer mends
    # them in one go: the unknown case numbers, each person who cannot check in, each
    # household that cannot (those of a refused person are not judged further).
    whys = [Reason("unknown_cases_named", {"case_nos": unknown})] if unknown else []
    refused_households = set()
    for person in named:
        refusal = _person_refusal(session, flight, person)
        if refusal is not None:
            whys.append(refusal)
            refused_households.add(person.household_id)
    households = members(session, {p.household_id for p in named}, lock=True)
    judged = {h: people for h, people in households.items() if h not in refused_households}
    whys.extend(_household_refusals(session, flight, plan_id, judged,
                                    {p.id for p in named}, standby).values())
    if whys:
        raise _refusal(whys, len(unknown), others=len(households) > 1 or len(
            {p.household_id for p in named}) > 1 or bool(unknown))
    return _check_in_households(session, flight, households, {p.id for p in named}, standby)


def _refusal(whys: list[Reason], unknown: int, others: bool) -> PlannerError:
    """The one refusal of a check-in by case numbers, naming every mistake (``whys``;
    ``unknown`` case numbers among them, said in one). Other case numbers named
    (``others``): it says that they were not checked in either, and how to check in what
    can be."""
    count = len(whys) - (1 if unknown else 0) + unknown
    if count > 1:
        return PlannerError.of("checkin_refused_all", whys=[why.as_json() for why in whys])
    why = whys[0]
    if why.code == "unknown_cases_named":
        return unknown_cases_refusal("checkin", why.facts["case_nos"], others)
    if others:
        return PlannerError.of("checkin_none_of_them", why=why.as_json())
    return PlannerError.of(why.code, **why.facts)


def check_in_lines(session: Session, flight_key: str, lines: Sequence[tuple[str, str]],
                   standby: bool = False) -> CheckinResult:
    """Check in what a file of scans names, each household on its own: the households
    every line of which can check in are checked in; every other line is in
    ``refused`` with why (an unknown code, a person who cannot check in, a household
    not on the flight or named only in part), and nothing of its household changes.
    ``lines`` are (where, text) pairs: ("line 7", "C-000123"). The flight itself
    (closed, departed, unknown) still refuses everything."""
    flight = find_flight(session, flight_key, lock=True)
    open_for_checkin(flight)
    plan_id = published_plan(session)
    result = CheckinResult(flight.key, standby)
    codes = {where: text.strip().upper() for where, text in lines}
    found = _found(session, list(dict.fromkeys(c for c in codes.values() if c)))
    refused: dict[str, Reason] = {}  # where -> why
    named: dict[int, Person] = {}
    for where in codes:
        code = codes[where]
        person = found.get(code)
        why = (Reason("checkin_unknown_case") if person is None else
               _person_refusal(session, flight, person))
        if why is not None:
            refused[where] = why
        elif person is not None:
            named[person.id] = person
    bad_households = {found[codes[w]].household_id for w in refused if codes[w] in found}
    households = members(session, {p.household_id for p in named.values()}, lock=True)
    refusals = _household_refusals(session, flight, plan_id, households, set(named),
                                   standby)
    for household_id in bad_households & set(households):
        refusals.setdefault(household_id, Reason("checkin_other_member"))
    for where in codes:
        person = found.get(codes[where])
        if where not in refused and person is not None and person.household_id in refusals:
            refused[where] = refusals[person.household_id]
    result.refused = [Refused(where, text.strip(), refused[where]) for where, text in lines
                      if where in refused]
    good = {h: people for h, people in households.items() if h not in refusals}
    checked = _check_in_households(session, flight, good, set(named), standby)
    result.checked_in, result.already = checked.checked_in, checked.already
    return result


def _person_refusal(session: Session, flight: Flight, person: Person) -> Reason | None:
    """Why this person cannot check in for the flight at all, or None."""
    if person.status not in WAITING:
        return Reason("checkin_not_waiting", {"case_no": person.case_no,
                                              "status": person.status})
    if person.status == PersonStatus.CHECKED_IN.value and person.status_flight_id not in (
            None, flight.id):
        other = session.get(Flight, person.status_flight_id)
        return Reason("checkin_elsewhere", {"case_no": person.case_no,
                                            "flight": other.key if other else None})
    return None


def _household_refusals(session: Session, flight: Flight, plan_id: int,
                        households: dict[int, list[Person]], named_ids: set[int],
                        standby: bool) -> dict[int, Reason]:
    """Why each household that cannot check in cannot (household id -> why), in the
    order of ``households``."""
    codes = household_codes(session, households)
    on_flight = set(flight_households(session, plan_id, flight.id))
    refusals: dict[int, Reason] = {}
    for household_id, people in households.items():
        code = codes[household_id]
        if standby and household_id in on_flight:
            refusals[household_id] = Reason("checkin_has_seat", {
                "household": code, "flight": flight.key, "plan": str(plan_id)})
            continue
        if not standby and household_id not in on_flight:
            seat = household_flight(session, plan_id, household_id)
            seat_flight = session.get(Flight, seat) if seat is not None else None
            refusals[household_id] = Reason("checkin_no_seat", {
                "household": code, "flight": flight.key, "plan": str(plan_id),
                "seat_flight": seat_flight.key if seat_flight is not None else None})
            continue
        missing = [p.case_no for p in people if p.id not in named_ids and not _here(p, flight)]
        if missing:
            refusals[household_id] = Reason("checkin_in_part", {"household": code,
                                                                "missing": missing})
            continue
        why = destination_refusal(session, flight, people) if standby else None
        if why is not None:
            # The reason names the member; the household's code is said only when it is
            # not that of a person travelling alone (their case number, said already).
            alone = code in {p.case_no for p in people}
            refusals[household_id] = why if alone else Reason("checkin_of_household", {
                "household": code, "why": why.as_json()})
            continue
        reason = standby_rule_refusal(session, flight, plan_id, people) if standby else None
        if reason is not None:  # the close's sentence, which names nobody
            refusals[household_id] = Reason("checkin_of_household", {
                "household": code, "why": Reason("checkin_never_seated", {
                    "why": reason.as_json(), "flight": flight.key}).as_json()})
    return refusals


def standby_rule_refusal(session: Session, flight: Flight, plan_id: int,
                         people: Sequence[Person]) -> Reason | None:
    """Why a standby household could never be seated on the flight, even on an empty one,
    as the close would say it (:func:`planner.departure.standby.not_seated_reason`), or
    None: the validator's rules (``solvers.validate.RULES``, in their order, as the
    close's standby fill runs them) on the flight with this household alone aboard, so
    every rule it breaks is its own (not ready by the departure, no document in time, no
    clearance covering it...). Reads only this household's persons and slots."""
    if not people:
        return None
    household_id = people[0].household_id
    problem, slot_of = flight_problem(session, flight, plan_id, [p.id for p in people])
    if household_id not in problem.household_by_id:
        return None
    nobody = Assignment(slot_of=dict(slot_of))
    trial = Assignment(flight_of={household_id: flight.id}, slot_of=dict(slot_of))
    broken = broken_rule(problem, trial, {rule: set() for rule in RULES})
    if broken is None:
        return None
    return not_seated_reason(problem, nobody, household_id, broken)


def destination_refusal(session: Session, flight: Flight, people: Sequence[Person]
                        ) -> Reason | None:
    """Why a standby household cannot take a seat on the flight whatever seats free up
    (a member does not accept its destination, rule 4 of SPEC 3.1), or None. Said at
    check-in rather than at the close, while the person is at the desk."""
    refusing = _destination_refusing(session, flight, people)
    if refusing is None:
        return None
    case_no, accepted = refusing
    return Reason("checkin_wrong_destination", {
        "flight": flight.key, "airport": flight.destination, "case_no": case_no,
        "accepted": list(accepted)})


def _destination_refusing(session: Session, flight: Flight, people: Sequence[Person]
                          ) -> tuple[str, tuple[str, ...]] | None:
    """The first member who does not accept the flight's destination, and the airports
    they accept; None when every member accepts it."""
    default = get_settings(session).default_destination
    for person in people:
        accepted = accepted_destinations(person.destinations, default)
        if flight.destination not in accepted:
            return person.case_no, accepted
    return None


def _here(person: Person, flight: Flight) -> bool:
    return person.status == PersonStatus.CHECKED_IN.value and person.status_flight_id == flight.id


def _check_in_households(session: Session, flight: Flight,
                         households: dict[int, list[Person]], named_ids: set[int],
                         standby: bool) -> CheckinResult:
    """Check in these households (checked already: every member named or here)."""
    codes = household_codes(session, households)
    result = CheckinResult(flight.key, standby)
    for household_id, people in households.items():
        result.already.extend(p.case_no for p in people if _here(p, flight)
                              and p.id in named_ids)
        new = [p for p in people if not _here(p, flight)]
        if new:
            change_status(session, new, PersonStatus.CHECKED_IN, action="checkin",
                          flight=flight, standby=standby)
            result.checked_in.append(HouseholdChange(codes[household_id],
                                                     tuple(p.case_no for p in new)))
    return result


@dataclass(frozen=True)
class ScanAnswer:
    """What the desk says to one scan, at once."""

    #: "checked_in" (the household is complete and stored), "waiting" (the household's
    #: other members are still to be scanned), "already", "wrong_flight" (a seat on
    #: another flight, or none: standby), "standby" (checked in as standby), "unknown",
    #: "not_waiting" (flown, withdrawn, missing...), "closed", "wrong_destination"
    #: (standby for a flight to an airport a member does not accept), "never_seated"
    #: (standby for a flight the household could never be seated on: ``why``).
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
    #: For "wrong_destination": why, as ``evacplan checkin`` says it (the flight's
    #: airport, the member who does not accept it and the airports they accept); for
    #: "never_seated": the rule of SPEC 3.1 the household would break, as the close
    #: would say it.
    why: Reason | None = None


def answer_scan(session: Session, flight_id: int, case_no: str, pending: Collection[str],
                standby: bool = False) -> ScanAnswer:
    """The desk's answer to a scanned ``case_no``; ``pending`` are the case numbers scanned
    before whose household was not yet complete. A household whose every member is now
    scanned is checked in (in the caller's transaction)."""
    code = case_no.strip().upper()
    flight = session.get(Flight, flight_id)
    if flight is None:
        raise PlannerError.of("flight_removed")
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
    if seat == flight.id:
        # A seat on this flight is checked in as the seat, though Standby is still ticked
        # from the last standby: "wrong flight, the seat is on" this very flight helps nobody.
        standby = False
    elif not standby:
        other = session.get(Flight, seat) if seat else None
        return ScanAnswer("wrong_flight", code, label,
                          other_flight=other.key if other else None)
    elsewhere = [p for p in household if p.status == PersonStatus.CHECKED_IN.value
                 and p.status_flight_id not in (None, flight.id)]
    if elsewhere:  # a member is at another flight's check-in: never split the household
        other = session.get(Flight, elsewhere[0].status_flight_id)
        return ScanAnswer("wrong_flight", code, label,
                          other_flight=other.key if other else None)
    wrong = destination_refusal(session, flight, household) if standby else None
    if wrong is not None:  # as evacplan checkin says it (checkin_wrong_destination)
        return ScanAnswer("wrong_destination", code, label, why=wrong)
    never = standby_rule_refusal(session, flight, plan_id, household) if standby else None
    if never is not None:
        return ScanAnswer("never_seated", code, label, why=never)
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
