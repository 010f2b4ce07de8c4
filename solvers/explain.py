"""Reasons of SPEC 3.3: why a household has no flight, and why one has no bed.

Every reason is checked against the data and the finished plan before it is given: a
flight is called full only when its free seats (or medical places) in the plan are fewer
than the household needs, a slot only when no place is left in time, and so on. Each
reason carries a stable ``code``, a sentence ``text`` an officer can act on, and the
structured facts it rests on, under stable names: every fact the sentence states is there
(dates as ISO text), so a program can word the reason again in another language.

The overflow reason is stored as text only (a text column of the plan), so its sentences
come from :data:`OVERFLOW_SENTENCES` and :func:`read_overflow` recovers the code and the
facts from a stored sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from solvers.nights import shelter_nights
from solvers.options import EarliestDocument, MemberKeys
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, age_on
from solvers.rules import fit_to_travel
from solvers.rules.documents import EligibleSlots
from solvers.rules.seats import infants_outnumber_adults, lap_count, laps_short
from solvers.rules.shelter_fit import misfit, open_for
from solvers.solution import Assignment

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
           "Dec")


def _day(day: dt.date) -> str:
    # English month names whatever the C locale (Qt sets it from the system).
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def read_day(text: str) -> dt.date | None:
    """A date written by this module or the pin rules ("5 Mar 2026", "05 Mar 2026")."""
    found = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", text.strip())
    if not found or found.group(2) not in _MONTHS:
        return None
    try:
        return dt.date(int(found.group(3)), _MONTHS.index(found.group(2)) + 1,
                       int(found.group(1)))
    except ValueError:
        return None


def _list(items: list[str], limit: int = 4) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


@dataclass
class PlanUsage:
    """Seats, medical places, slot places and beds a plan uses."""

    seats: Counter[int]
    medical: Counter[int]
    slots: Counter[int]
    beds: Counter[tuple[int, dt.date]]
    passengers: Counter[int]

    @classmethod
    def of(cls, problem: Problem, plan: Assignment) -> PlanUsage:
        usage = cls(Counter(), Counter(), Counter(plan.slot_of.values()), Counter(), Counter())
        for household_id, flight_id in plan.flight_of.items():
            flight = problem.flight_by_id[flight_id]
            members = problem.members(problem.household_by_id[household_id])
            usage.seats[flight_id] += _seats(problem, members, flight)
            usage.medical[flight_id] += sum(1 for p in members if p.medical)
            usage.passengers[flight_id] += len(members)
        for household_id, shelter_id in plan.shelter_of.items():
            household = problem.household_by_id[household_id]
            leaves_on = plan.flight_of.get(household_id)
            nights = shelter_nights(
                problem.household_ready(household),
                problem.flight_by_id[leaves_on].departure_date if leaves_on else None,
                problem.horizon_end,
            )
            people = len(problem.sheltered_members(household))
            for night in nights or ():
                usage.beds[(shelter_id, night)] += people
        return usage


def _seats(problem: Problem, members: list[PersonSpec], flight: FlightSpec) -> int:
    return sum(
        1 for p in members if age_on(p.date_of_birth, flight.departure_date) >= problem.infant_age
    )


class _Lookups:
    """What every household's reasons read: flights per airport, the earliest document
    per ready date, each slot's free places, eligible slots per (ready date, flight), the
    kept slot pins, and who sits on each flight of the reference plan."""

    def __init__(self, problem: Problem, plan: Assignment, usage: PlanUsage,
                 conflicts: list[dict[str, Any]]) -> None:
        self.by_airport: dict[str, list[FlightSpec]] = {}
        for flight in problem.usable_flights:
            self.by_airport.setdefault(flight.destination, []).append(flight)
        self.earliest = EarliestDocument(problem)
        self.eligible = EligibleSlots(problem)
        self.free = {s.id: s.capacity - usage.slots[s.id] for s in problem.slots}
        released = {c.get("pin_id") for c in conflicts}
        #: person id -> the slot a kept pin holds for it (the plan keeps it flown or not).
        self.slot_pins = {p.subject_id: p.target_id for p in problem.pins
                          if p.kind == "slot" and p.id not in released
                          and plan.slot_of.get(p.subject_id) == p.target_id}
        self._newcomers: dict[int, tuple[int, int]] = {}
        self._open: dict[tuple[dt.date, dt.datetime], list[int]] = {}
        #: Documents must be ready by this moment for each flight (rule 6).
        self.deadline = {f.id: problem.departure_deadline(f) for f in problem.usable_flights}
        self.problem, self.plan, self.usage = problem, plan, usage

    def open_slots(self, ready: dt.date, flight: FlightSpec) -> list[int]:
        """Slots in time for a person ready on ``ready`` and ``flight`` with a free place."""
        key = (ready, flight.departs_at)
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = [s for s in self.eligible(ready, flight)
                                       if self.free[s] > 0]
        return found

    def newcomers(self, flight_id: int) -> tuple[int, int]:
        """Persons on ``flight_id`` in the plan who were not on it in the reference plan,
        and their priority weight."""
        found = self._newcomers.get(flight_id)
        if found is None:
            problem, reference = self.problem, self.problem.reference or {}
            persons = [p for h, f in self.plan.flight_of.items() if f == flight_id
                       for p in problem.members(problem.household_by_id[h])
                       if reference.get(p.id) != flight_id]
            found = self._newcomers[flight_id] = (len(persons), sum(p.weight for p in persons))
        return found


#: Reason codes in the order the officer can act on them, first what the officer can
#: change in the plan or the appointments, last the facts of the records (the dates a
#: household may travel, its size, its members): a pin released; a flight with room the
#: planner did not use (pin it); a seat lost to other households; documents (a pinned
#: appointment too late, no appointment early enough, appointments fully booked); seats
#: and medical places taken; flights too small for the household; then the household's
#: own facts. Reasons of one code keep the order they were made in.
ACTION_ORDER = ("pin_conflict", "not_placed", "lost_seat", "pinned_slot_late",
                "no_fit_to_travel", "no_document_slot", "document_slots_full", "flights_full",
                "medical_capacity_full", "medical_capacity", "household_too_large",
                "infant_without_adult", "flights_before_ready", "not_cleared",
                "no_flight_after_ready", "no_flight_to_destination", "no_common_destination")
_RANK = {code: rank for rank, code in enumerate(ACTION_ORDER)}


def in_action_order(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(reasons, key=lambda r: _RANK.get(str(r.get("code")), len(_RANK)))


def explain_unflown(
    problem: Problem,
    plan: Assignment,
    conflicts: list[dict[str, Any]],
    usage: PlanUsage | None = None,
    reference_plan_id: int | None = None,
) -> dict[int, list[dict[str, Any]]]:
    """Reasons for every household of ``problem`` without a flight in ``plan``: every
    reason that holds, in the order of ACTION_ORDER. Together they account for every
    usable flight to an airport all members accept: each such flight is named by at least
    one reason. ``reference_plan_id`` names the plan ``problem.reference`` comes from.

    Households whose members agree in everything the rules read (the reference flight
    too) have the same reasons unless a reason names persons; those are worked out once
    and copied."""
    usage = usage or PlanUsage.of(problem, plan)
    lookups = _Lookups(problem, plan, usage, conflicts)
    keys = MemberKeys(problem)
    shared: dict[tuple[object, ...], list[dict[str, Any]]] = {}
    pin_conflicts: dict[str, list[dict[str, Any]]] = {}
    for conflict in conflicts:
        subject = str(conflict.get("subject", ""))
        pin_conflicts.setdefault(subject, []).append(conflict)
    result = {}
    for household in problem.households:
        if household.id in plan.flight_of:
            continue
        signature = tuple(sorted(keys.of(m) for m in household.members))
        known = shared.get(signature)
        if known is not None:
            reasons = _copy(known)
        else:
            reasons = _household_reasons(problem, household, usage, lookups,
                                         reference_plan_id)
            if not any("persons" in r for r in reasons) and not any(
                    m in lookups.slot_pins for m in household.members):
                shared[signature] = _copy(reasons)
        for conflict in pin_conflicts.get(f"household {household.code}", []):
            reason = {"code": "pin_conflict", "text": conflict["text"],
                      "pin_id": conflict.get("pin_id")}
            reason.update({k: conflict[k] for k in ("kind", "subject", "target")
                           if k in conflict})
            reasons.insert(0, reason)
        result[household.id] = reasons
    return result


def _copy(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: list(v) if isinstance(v, list) else v for k, v in r.items()} for r in reasons]


def _plural(count: int, one: str, many: str | None = None) -> str:
    """"1 flight", "3 flights", "2 medical passengers"."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _verb(count: int, one: str, many: str) -> str:
    """The verb agreeing with ``count`` things: "is" for one, "are" for more."""
    return one if count == 1 else many


def _household_reasons(
    problem: Problem, household: HouseholdSpec, usage: PlanUsage, lookups: _Lookups,
    reference_plan_id: int | None,
) -> list[dict[str, Any]]:
    members = problem.members(household)
    accepted = problem.accepted_destinations(household)
    to_places = " or ".join(accepted) if accepted else "a destination every member accepts"
    if not accepted:
        return [{"code": "no_common_destination",
                 "text": "The members accept no arrival airport in common; record one they "
                         "all accept or split the household."}]
    flights = sorted((f for a in accepted for f in lookups.by_airport.get(a, ())),
                     key=lambda f: (f.departs_at, f.id))
    if not flights:
        return [{"code": "no_flight_to_destination", "destinations": list(accepted),
                 "start": problem.start.isoformat(),
                 "text": f"No usable flight to {to_places} on or after "
                         f"{_day(problem.start)}; add a flight or accept another airport."}]
    ready = problem.household_ready(household)
    cleared = problem.household_cleared(household)
    earliest = max(problem.start, ready, cleared or problem.start)
    later = [f for f in flights if f.departure_date >= earliest]
    if not later:
        last = max(f.departure_date for f in flights)
        if cleared is not None and cleared >= ready and cleared > last:
            return [{"code": "not_cleared", "cleared_from": cleared.isoformat(),
                     "last_flight": last.isoformat(), "destinations": list(accepted),
                     "text": f"Cleared to leave only from {_day(cleared)}, after the last "
                             f"flight to {to_places} on {_day(last)}."}]
        return [{"code": "no_flight_after_ready", "ready": earliest.isoformat(),
                 "last_flight": last.isoformat(), "destinations": list(accepted),
                 "text": f"Available to travel only from {_day(earliest)}, after the last "
                         f"flight to {to_places} on {_day(last)}."}]
    blocks = _FlightBlocks(problem, members, usage, lookups)
    for flight in later:
        blocks.check(flight)
    reasons = blocks.reasons(to_places, earliest, later)
    early = [f for f in flights if f.departure_date < earliest]
    if early:
        cleared_binds = cleared is not None and cleared == earliest and cleared >= ready
        keys = [f.key for f in early]
        reasons.append({
            "code": "flights_before_ready", "flights": keys, "ready": earliest.isoformat(),
            "cleared": cleared_binds,
            "text": f"{_list(keys)} {_verb(len(keys), 'leaves', 'leave')} before "
                    f"{_day(earliest)}, the day it is "
                    f"{'cleared to leave' if cleared_binds else 'available to travel'}.",
        })
    _lost_seat(problem, household, reasons, lookups, reference_plan_id)
    for reason in reasons:
        reason.setdefault("destinations", list(accepted))
    return in_action_order(reasons)


class _FlightBlocks:
    """What keeps one household off each flight it could otherwise take.

    First what holds whatever the plan: an infant without a lap, more seats or medical
    places than the flight has, documents that cannot be ready in time. A flight without
    any of those is then checked against the plan: seats, medical places and document
    places taken (every one that holds), or else nothing blocks it ("not_placed")."""

    def __init__(self, problem: Problem, members: list[PersonSpec], usage: PlanUsage,
                 lookups: _Lookups) -> None:
        self.problem, self.members, self.usage, self.lookups = problem, members, usage, lookups
        self.medical = sum(1 for p in members if p.medical)
        #: code -> flights it blocks, in departure order.
        self.flights: dict[str, list[FlightSpec]] = {}
        self.late: set[str] = set()
        self.pinned_late: set[str] = set()
        self.booked: set[str] = set()
        #: Case numbers without a fit-to-travel clearance for some flight.
        self.uncleared: set[str] = set()
        self.seats: dict[int, int] = {}

    def _add(self, code: str, flight: FlightSpec) -> None:
        self.flights.setdefault(code, []).append(flight)

    def check(self, flight: FlightSpec) -> None:
        problem, members = self.problem, self.members
        fixed = []
        uncovered = fit_to_travel.uncovered(problem, members, flight)
        if uncovered:
            fixed.append("no_fit_to_travel")
            self.uncleared.update(uncovered)
        if infants_outnumber_adults(problem, members, flight):
            fixed.append("infant_without_adult")
        need = self.seats[flight.id] = _seats(problem, members, flight)
        if need > flight.seats:
            fixed.append("household_too_large")
        if flight.medical_capacity is not None and self.medical > flight.medical_capacity:
            fixed.append("medical_capacity")
        deadline = self.lookups.deadline[flight.id]
        pinned, late = [], []
        for person in members:
            if not person.needs_document:
                continue
            slot_id = self.lookups.slot_pins.get(person.id)
            if slot_id is not None:
                if problem.slot_by_id[slot_id].ready_at > deadline:
                    pinned.append(person.case_no)
                continue
            ready_at = self.lookups.earliest.ready_at(problem.person_ready(person))
            if ready_at is None or ready_at > deadline:
                late.append(person.case_no)
        if pinned:
            fixed.append("pinned_slot_late")
            self.pinned_late.update(pinned)
        if late:
            fixed.append("no_document_slot")
            self.late.update(late)
        for code in fixed:
            self._add(code, flight)
        if fixed:
            return
        taken = []
        if flight.seats - self.usage.seats[flight.id] < need:
            taken.append("flights_full")
        if flight.medical_capacity is not None and (
                flight.medical_capacity - self.usage.medical[flight.id] < self.medical):
            taken.append("medical_capacity_full")
        needing = [p for p in members
                   if p.needs_document and p.id not in self.lookups.slot_pins]
        if needing and not _slots_free(problem, needing, flight, self.lookups):
            taken.append("document_slots_full")
            self.booked.update(p.case_no for p in needing)
        for code in taken or ["not_placed"]:
            self._add(code, flight)

    def reasons(self, to_places: str, earliest: dt.date,
                later: list[FlightSpec]) -> list[dict[str, Any]]:
        made = []
        for code, flights in self.flights.items():
            keys = [f.key for f in flights]
            every = len(flights) == len(later)
            # all_flights: the reason blocks every flight the household could take from
            # its first day (its sentence then says so instead of listing them).
            reason: dict[str, Any] = {"code": code, "flights": keys, "all_flights": every}
            if code == "infant_without_adult":
                age = self.problem.minor_age
                infants, adults = lap_count(self.problem, self.members, flights[0])
                reason.update(minor_age=age, infants=infants, adults=adults)
                on = "" if every else f" on {_list(keys)}"
                reason["text"] = (
                    f"An infant in this household has no member aged {age} or over to "
                    f"travel with{on}." if infants == 1 else
                    f"The household has {laps_short(infants, adults, age)}{on}; each infant "
                    "travels on the lap of its own adult.")
            elif code == "household_too_large":
                seats = self.seats[flights[0].id]
                reason["seats"] = seats
                reason["text"] = (f"The household needs {_plural(seats, 'seat')}, more than "
                                  f"{_list(keys)} {_verb(len(keys), 'has', 'have')}.")
            elif code == "medical_capacity":
                reason.update(medical=self.medical, after=earliest.isoformat())
                reason["text"] = (f"Its {_plural(self.medical, 'medical passenger')} "
                                  f"{_verb(self.medical, 'exceeds', 'exceed')} the "
                                  f"medical capacity of {_list(keys)}.")
            elif code == "pinned_slot_late":
                persons = sorted(self.pinned_late)
                reason["persons"] = persons
                reason["text"] = (f"The pinned document appointment of {_list(persons)} is "
                                  f"ready too late for {_list(keys)}; pin an earlier "
                                  "appointment or remove the pin.")
            elif code == "no_fit_to_travel":
                persons = sorted(self.uncleared)
                days = self.problem.fit_to_travel_days
                reason.update(persons=persons, days=days)
                reason["text"] = (f"No fit-to-travel clearance: {_list(persons)} "
                                  f"{_verb(len(persons), 'needs', 'need')} a medical clearance "
                                  f"dated at most {_plural(days or 0, 'day')} before "
                                  f"{_list(keys)}; record the clearance date.")
            elif code == "no_document_slot":
                persons = sorted(self.late)
                reason.update(persons=persons, after=earliest.isoformat())
                target = (f"any flight to {to_places} from {_day(earliest)}" if every
                          else _list(keys))
                reason["text"] = (f"No document slot is early enough for {_list(persons)} "
                                  f"to take {target}; add an earlier appointment.")
            elif code == "flights_full":
                competing = sum(self.usage.passengers[f.id] for f in flights)
                reason.update(after=earliest.isoformat(), competing_persons=competing)
                reason["text"] = (f"{_list(keys)} {_verb(len(keys), 'is', 'are')} full in this "
                                  f"plan, carrying {_plural(competing, 'person')}.")
            elif code == "medical_capacity_full":
                reason["medical"] = self.medical
                reason["text"] = f"The medical places on {_list(keys)} are taken."
            elif code == "document_slots_full":
                persons = sorted(self.booked)
                reason["persons"] = persons
                reason["text"] = (f"Every document slot early enough for {_list(persons)} to "
                                  f"take {_list(keys)} is fully booked.")
            else:  # not_placed
                reason["text"] = (f"{_list(keys)} still {_verb(len(keys), 'has', 'have')} room for "
                                  "this household, but the planner could not place it "
                                  "without moving others within its time limit; solve "
                                  "again with more time or pin it.")
            made.append(reason)
        return made


def _lost_seat(problem: Problem, household: HouseholdSpec, reasons: list[dict[str, Any]],
               lookups: _Lookups, reference_plan_id: int | None) -> None:
    """A household that flew in the reference plan on a flight now full lost its seat to
    the households on it now: say so (which flight, who took it) instead of only that the
    flight is full."""
    reference = problem.reference or {}
    was_on = {reference[m] for m in household.members if m in reference}
    full = next((r for r in reasons if r["code"] == "flights_full"), None)
    if full is None or not was_on:
        return
    members = problem.members(household)
    weight = sum(p.weight for p in members)
    for flight_id in sorted(was_on):
        flight = problem.flight_by_id.get(flight_id)
        if flight is None or flight.key not in full["flights"]:
            continue
        newcomers, their_weight = lookups.newcomers(flight_id)
        if newcomers == 0:  # the same passengers as then: not a seat taken by others
            continue
        # Heavier: more priority weight a person than this household's.
        heavier = their_weight * len(members) > weight * newcomers
        then = f"plan {reference_plan_id}" if reference_plan_id else "the previous plan"
        taken_by = "households of higher priority" if heavier else "other households"
        reasons.append({
            "code": "lost_seat", "flight": flight.key, "reference_plan": reference_plan_id,
            "newcomers": newcomers, "newcomer_weight": their_weight, "weight": weight,
            "persons_weighed": len(members), "higher_priority": heavier,
            "text": f"Lost its seat on {flight.key} ({then}) to {taken_by}: "
                    f"{_plural(newcomers, 'person')} who {_verb(newcomers, 'was', 'were')} "
                    f"not on it then {_verb(newcomers, 'flies', 'fly')} on it now, with "
                    f"priority weight {their_weight:,} (this household: {weight:,} for "
                    f"{_plural(len(members), 'person')}).",
        })
        full["flights"].remove(flight.key)
    if not full["flights"]:
        reasons.remove(full)
        return
    keys = full["flights"]
    competing = sum(lookups.usage.passengers[f.id] for f in problem.usable_flights
                    if f.key in keys)
    full["competing_persons"] = competing
    full["text"] = (f"{_list(keys)} {_verb(len(keys), 'is', 'are')} full in this plan, "
                    f"carrying {_plural(competing, 'person')}.")




def _slots_free(problem: Problem, needing: list[PersonSpec], flight: FlightSpec,
                lookups: _Lookups) -> bool:
    """Whether every person of ``needing`` can get a free place in time for ``flight``
    (rules 6 and 7): a matching of persons to free places, found by augmenting paths, so
    that a greedy choice cannot call the slots booked while places remain for everyone."""
    options = [lookups.open_slots(problem.person_ready(p), flight) for p in needing]
    if len(options) == 1:
        return bool(options[0])
    holders: dict[int, list[int]] = {}

    def place(person: int, seen: set[int]) -> bool:
        for slot in options[person]:
            if slot in seen:
                continue
            seen.add(slot)
            taken = holders.setdefault(slot, [])
            if len(taken) < lookups.free[slot]:
                taken.append(person)
                return True
            for index, other in enumerate(taken):
                if place(other, seen):
                    taken[index] = person
                    return True
        return False

    return all(place(person, set()) for person in range(len(needing)))


def explain_overflow(problem: Problem, plan: Assignment,
                     usage: PlanUsage | None = None) -> dict[int, tuple[int, str]]:
    """Person-nights and the reason for every household that needs beds and has none."""
    usage = usage or PlanUsage.of(problem, plan)
    result = {}
    # The reason depends on what rule 9 reads of the sheltered members, the nights and
    # the number of beds: worked out once for each of these.
    reasons: dict[tuple[object, ...], str] = {}
    for household in problem.households:
        if household.id in plan.shelter_of:
            continue
        sheltered = problem.sheltered_members(household)
        people = len(sheltered)
        flight_id = plan.flight_of.get(household.id)
        departure = problem.flight_by_id[flight_id].departure_date if flight_id else None
        nights = shelter_nights(problem.household_ready(household), departure,
                                problem.horizon_end)
        if not people or nights is None:
            continue
        key = (_fit_key(problem, sheltered), nights.first, nights.last, people)
        why = reasons.get(key)
        if why is None:
            why = reasons[key] = _overflow_reason(problem, household, nights, people, usage)
        result[household.id] = (people * nights.count, why)
    return result


def _fit_key(problem: Problem, sheltered: list[PersonSpec]) -> tuple[bool, bool, bool]:
    """What rule 9 reads of the sheltered members (see shelter_fit.misfit)."""
    return (
        any(p.sex != "F" and age_on(p.date_of_birth, problem.start) >= problem.child_shelter_age
            for p in sheltered),
        any(p.sex != "M" for p in sheltered),
        any(p.medical for p in sheltered),
    )


#: The overflow reasons by code: English sentences whose fields :func:`read_overflow` can
#: read back from a stored plan. ``first``/``last``/``night`` are dates (``_day``);
#: ``misfits``, ``shelters`` and ``full`` are lists written by ``_list``.
OVERFLOW_SENTENCES = {
    "no_shelter": "No shelter is recorded for the nights of {first} to {last}.",
    "no_fitting_shelter": "No shelter takes this household: {misfits}.",
    "shelters_closed": "Every shelter that takes this household is closed on some of the "
                       "nights of {first} to {last} ({shelters}).",
    "not_placed": "{shelter} has beds for the nights of {first} to {last}, but the planner "
                  "did not place the household within its time limit; solve again or pin "
                  "the shelter.",
    "shelters_full": "All shelters that take this household are full: {full}.",
}
#: One item of the ``full`` list of "shelters_full".
FULL_ON_NIGHT = "{shelter} on the night of {night}"
_DATE_FIELDS = ("first", "last", "night")
_LIST_FIELDS = ("misfits", "shelters", "full")


def _overflow_reason(problem: Problem, household: HouseholdSpec, nights: Any, people: int,
                     usage: PlanUsage) -> str:
    days = {"first": _day(nights.first), "last": _day(nights.last)}
    sentences = OVERFLOW_SENTENCES
    if not problem.shelters:
        return sentences["no_shelter"].format(**days)
    misfits = [m for s in problem.shelters if (m := misfit(problem, s, household))]
    fitting = [s for s in problem.shelters if misfit(problem, s, household) is None]
    if not fitting:
        return sentences["no_fitting_shelter"].format(misfits=_list(misfits, 3))
    open_ones = [s for s in fitting if open_for(s, nights)]
    if not open_ones:
        return sentences["shelters_closed"].format(
            shelters=_list([s.name for s in fitting]), **days)
    full = []
    for shelter in open_ones:
        night = next((n for n in nights
                      if shelter.beds - usage.beds[(shelter.id, n)] < people), None)
        if night is None:
            return sentences["not_placed"].format(shelter=shelter.name, **days)
        full.append(FULL_ON_NIGHT.format(shelter=shelter.name, night=_day(night)))
    return sentences["shelters_full"].format(full=_list(full))


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(f"(?P<{part}>.+?)" if i % 2 else re.escape(part)
                    for i, part in enumerate(parts))
    return re.compile(regex)


_OVERFLOW_PATTERNS = {code: _pattern(t) for code, t in OVERFLOW_SENTENCES.items()}
_FULL_PATTERN = _pattern(FULL_ON_NIGHT)


def read_list(text: str) -> tuple[list[str], int]:
    """The items a ``_list`` shows and how many it left out ("A, B and 3 more")."""
    more = 0
    found = re.fullmatch(r"(.*) and (\d+) more", text)
    if found:
        text, more = found.group(1), int(found.group(2))
    return [item for item in text.split(", ") if item], more


def read_overflow(text: str) -> dict[str, Any] | None:
    """The code and the facts of a stored overflow reason, or None for a sentence this
    module does not write (such as one stored by an older version): dates as ISO text,
    lists as lists with ``<name>_more`` for the items left out."""
    for code, pattern in _OVERFLOW_PATTERNS.items():
        found = pattern.fullmatch(text or "")
        if not found:
            continue
        facts: dict[str, Any] = {"code": code}
        for name, value in found.groupdict().items():
            if name in _DATE_FIELDS:
                day = read_day(value)
                if day is None:
                    break
                facts[name] = day.isoformat()
            elif name in _LIST_FIELDS:
                facts[name], facts[f"{name}_more"] = read_list(value)
            else:
                facts[name] = value
        else:
            if code == "shelters_full" and not _read_full_items(facts):
                continue
            return facts
    return None


def _read_full_items(facts: dict[str, Any]) -> bool:
    items = []
    for item in facts["full"]:
        found = _FULL_PATTERN.fullmatch(item)
        day = read_day(found.group("night")) if found else None
        if found is None or day is None:
            return False
        items.append({"shelter": found.group("shelter"), "night": day.isoformat()})
    facts["full"] = items
    return True
