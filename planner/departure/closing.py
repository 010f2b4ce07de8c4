"""Closing a flight (SPEC 8.4 ``close``): no-shows off, standby households on.

Every passenger household of the flight (in the published plan) not checked in becomes
``no_show``; the seats they free go to the standby households checked in for the flight,
whole households only, best first by the freed-seat answer's order
(:func:`planner.planning.insights.seat_order`), each taken only when the validator of
SPEC 3.1 (:func:`solvers.validate.validate`) finds the flight's passengers keep every
rule with it: seats, infants on the laps of the household's adults, medical capacity,
destination, timing, documents in time and slot capacity. The published plan then
records what happened, and the manifest gets its next revision when one was exported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import (
    Flight,
    Person,
    Plan,
    PlanHousehold,
    utcnow,
)
from planner.departure.checkin import open_for_checkin
from planner.departure.common import (
    HouseholdChange,
    change_status,
    closed_when,
    described,
    find_flight,
    flight_households,
    household_codes,
    members,
    published_plan,
)
from planner.departure.flight_problem import flight_problem
from planner.departure.plan_figures import plan_flights, refigure_after_close
from planner.departure.revisions import latest, record_revision
from planner.departure.standby import fill_standby
from planner.domain import PersonStatus
from planner.errors import PlannerError
from planner.planning.insights import seat_order
from planner.protection import audit
from planner.words.render import ENGLISH, Words, render, said
from solvers.problem import FlightSpec, HouseholdSpec, Problem
from solvers.reasons import Reason
from solvers.rules.seats import seats_needed
from solvers.solution import Assignment


@dataclass
class CloseResult:
    flight: str
    plan_id: int
    seats: int
    #: Passenger households not checked in: now no-shows, planned again.
    removed: list[HouseholdChange] = field(default_factory=list)
    #: Standby households given the freed seats.
    added: list[HouseholdChange] = field(default_factory=list)
    #: Standby households left without a seat, with why.
    not_seated: list[HouseholdChange] = field(default_factory=list)
    #: Seats taken by the passengers after the close.
    seats_used: int = 0
    #: The manifest revision the close wrote (None when no manifest was exported yet, or
    #: when the passenger list is still the one of the last revision).
    revision: int | None = None

    @property
    def seats_left(self) -> int:
        return self.seats - self.seats_used

    def lines(self, words: Words = ENGLISH) -> list[str]:
        """What the close did, as the command prints it, in the language of ``words``."""
        def households(changes: list[HouseholdChange]) -> str:
            return described(changes, 1000, words) or said(words, "close_nobody")

        out = [said(words, "close_removed", households=households(self.removed)),
               said(words, "close_added", households=households(self.added))]
        out.extend(said(words, "close_not_seated", household=c.household,
                         why=render(c.why, words) if c.why else "")
                   for c in self.not_seated)
        out.append(said(words, "close_seats_left", left=self.seats_left, seats=self.seats))
        return out



@dataclass
class _Reading:
    flight: Flight
    plan_id: int
    problem: Problem
    #: Household id -> checked in as a passenger (True) or not (False).
    passengers: dict[int, bool]
    standby: list[int]
    slot_of: dict[int, int]
    codes: dict[int, str]
    cases: dict[int, tuple[str, ...]]


def _read(session: Session, flight: Flight) -> _Reading:
    plan_id = published_plan(session)
    on_flight = flight_households(session, plan_id, flight.id)
    waiting = members(session, on_flight)
    passengers = {
        hid: any(p.status == PersonStatus.CHECKED_IN.value and p.status_flight_id == flight.id
                 for p in people)
        for hid, people in waiting.items()}
    standby_ids = sorted(set(session.scalars(
        select(Person.household_id).where(
            Person.status == PersonStatus.CHECKED_IN.value, Person.status_flight_id == flight.id,
            Person.standby.is_(True)))) - set(on_flight))
    standby_people = members(session, standby_ids)
    everyone = {**waiting, **standby_people}
    problem, slot_of = flight_problem(session, flight, plan_id,
                                      [p.id for people in everyone.values() for p in people])
    return _Reading(flight, plan_id, problem, passengers, standby_ids, slot_of,
                    household_codes(session, everyone),
                    {hid: tuple(p.case_no for p in people) for hid, people in everyone.items()})


def _gain_and_wait(problem: Problem, household: HouseholdSpec, flight: FlightSpec,
                   flying_elsewhere: bool) -> tuple[int, int]:
    members_ = problem.members(household)
    gain = 0 if flying_elsewhere else sum(p.weight for p in members_)
    return gain, (flight.departure_date - problem.household_ready(household)).days


def preview_close(session: Session, flight: Flight) -> CloseResult:
    """What closing ``flight`` now would do; changes nothing."""
    reading = _read(session, flight)
    return _decide(session, reading)


def _decide(session: Session, reading: _Reading) -> CloseResult:
    problem, flight_spec = reading.problem, reading.problem.flights[0]
    by_id = problem.household_by_id
    result = CloseResult(reading.flight.key, reading.plan_id, reading.flight.seats)
    kept = Assignment()
    kept.slot_of.update(reading.slot_of)
    for hid, here in sorted(reading.passengers.items()):
        if here:
            kept.flight_of[hid] = flight_spec.id
        else:
            result.removed.append(HouseholdChange(reading.codes[hid], reading.cases[hid]))
    elsewhere = dict(session.execute(
        select(PlanHousehold.household_id, PlanHousehold.flight_id).where(
            PlanHousehold.plan_id == reading.plan_id,
            PlanHousehold.household_id.in_(reading.standby or [0]),
            PlanHousehold.flight_id.is_not(None))).all())
    usable = set(session.scalars(select(Flight.id).where(
        Flight.id.in_(list(elsewhere.values()) or [0]),
        Flight.status.in_(("planned", "confirmed")))))
    ranked = sorted(
        (h for h in reading.standby if h in by_id),
        key=lambda h: seat_order(*_gain_and_wait(problem, by_id[h], flight_spec,
                                                 elsewhere.get(h) in usable), h))
    kept, added, refused = fill_standby(problem, kept, ranked)
    for hid in added:
        result.added.append(HouseholdChange(
            reading.codes[hid], reading.cases[hid],
            seats_needed(problem, problem.members(by_id[hid]), flight_spec)))
    for hid, why in refused:
        result.not_seated.append(HouseholdChange(
            reading.codes[hid], reading.cases[hid],
            seats_needed(problem, problem.members(by_id[hid]), flight_spec), why=why))
    result.seats_used = sum(seats_needed(problem, problem.members(by_id[h]), flight_spec)
                            for h in kept.flight_of)
    return result


def close_flight(session: Session, flight_key: str) -> CloseResult:
    """Close the flight: no-shows, standby fill, the plan and the manifest revision."""
    flight = find_flight(session, flight_key, lock=True)
    if flight.closed_at is not None:
        raise PlannerError.of("close_closed", flight=flight.key, **closed_when(flight))
    open_for_checkin(flight)
    reading = _read(session, flight)
    if not any(reading.passengers.values()) and not reading.standby:
        raise PlannerError.of("close_none_checked_in", flight=flight.key)
    result = _decide(session, reading)
    by_code = {reading.codes[h]: h for h in reading.codes}
    removed_ids = [by_code[c.household] for c in result.removed]
    added_ids = [by_code[c.household] for c in result.added]
    left_ids = [by_code[c.household] for c in result.not_seated]
    people = members(session, [*removed_ids, *added_ids, *left_ids], lock=True)
    for hid in removed_ids:
        for person in people.get(hid, []):
            person.no_show_count += 1
        change_status(session, people.get(hid, []), PersonStatus.NO_SHOW, action="close",
                      flight=flight)
    for hid in added_ids:
        change_status(session, people.get(hid, []), PersonStatus.CHECKED_IN, action="close",
                      flight=flight)
    for hid in left_ids:
        change_status(session, people.get(hid, []), PersonStatus.REGISTERED, action="close",
                      reason="no seat left at close")
    changed = [*removed_ids, *added_ids]
    before = plan_flights(session, reading.plan_id, changed)
    _rewrite_plan(session, reading.plan_id, flight, removed_ids, added_ids)
    session.flush()
    plan = session.get(Plan, reading.plan_id)
    assert plan is not None
    refigure_after_close(session, plan, flight, before,
                         plan_flights(session, reading.plan_id, changed), changed)
    flight.closed_at = utcnow()
    audit.record(session, "close", "flight", flight.key, {
        "plan_id": reading.plan_id,
        "removed": [c for h in result.removed for c in h.case_nos],
        "added": [c for h in result.added for c in h.case_nos],
        "seats_left": result.seats_left})
    session.flush()
    exported = latest(session, flight.id)
    revision = record_revision(session, flight, reading.plan_id,
                               why={**dict.fromkeys(_cases(result.removed), "no_show"),
                                    **dict.fromkeys(_cases(result.added), "standby")},
                               only_after_first=True)
    # Only a new revision is news: the same list as the last one needs no new export.
    new = revision is not None and (exported is None or revision.number != exported.revision)
    result.revision = revision.number if revision is not None and new else None
    return result


def _cases(changes: list[HouseholdChange]) -> list[str]:
    return [c for h in changes for c in h.case_nos]


def _rewrite_plan(session: Session, plan_id: int, flight: Flight, removed: list[int],
                  added: list[int]) -> None:
    """The published plan records what happened: no-shows without a flight (planned
    again by the next plan), standby households on the flight."""
    rows = {r.household_id: r for r in session.scalars(select(PlanHousehold).where(
        PlanHousehold.plan_id == plan_id,
        PlanHousehold.household_id.in_([*removed, *added] or [0])))}
    when = dt.date.today().isoformat()
    for hid in removed:
        row = rows[hid]
        row.flight_id = None
        row.reasons = [Reason("no_show", {"flight": flight.key, "date": when}).as_json()]
    for hid in added:
        existing = rows.get(hid)
        if existing is None:
            session.add(PlanHousehold(plan_id=plan_id, household_id=hid, flight_id=flight.id,
                                      reasons=[]))
        else:
            existing.flight_id = flight.id
            existing.reasons = []
