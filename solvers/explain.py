"""Reasons of SPEC 3.3: why a household has no flight, and why one has no bed.

Every reason is checked against the data and the finished plan before it is given: a
flight is called full only when its free seats (or medical places) in the plan are fewer
than the household needs, a slot only when no place is left in time, and so on. Each
reason is a ``Reason(code, facts)`` in its stored JSON form (``{"code": ..., **facts}``):
every fact its sentence states is there, under stable names (dates as ISO text). Its
words are the code's template in ``planner/words/templates.py``, in every language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from solvers.nights import shelter_nights
from solvers.options import EarliestDocument, MemberKeys
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, ShelterSpec, age_on
from solvers.reasons import Reason
from solvers.rules import fit_to_travel
from solvers.rules.documents import EligibleSlots
from solvers.rules.seats import infants_outnumber_adults, lap_count, seats_needed
from solvers.rules.shelter_fit import misfit, open_for
from solvers.solution import Assignment

#: Items of a list kept in a stored reason; the rest are counted in ``<name>_more``.
_KEPT = 4


def _kept(name: str, items: list[Any]) -> dict[str, Any]:
    """A long list fact cut to its first items, with how many were left out."""
    facts: dict[str, Any] = {name: items[:_KEPT]}
    if len(items) > _KEPT:
        facts[f"{name}_more"] = len(items) - _KEPT
    return facts


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
            usage.seats[flight_id] += seats_needed(problem, members, flight)
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
        #: (persons' ready dates, departure) -> whether they all get a free place in time.
        self.matched: dict[tuple[tuple[dt.date, ...], dt.datetime], bool] = {}
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
    too) have the same reasons: those are worked out once and copied. A reason that names
    persons names them for what their keys say (documents, clearances), so the copy names
    the members with the same keys (at 30,000 demo persons 2,791 of the 4,804 households
    left behind were worked out one by one when such reasons were not shared)."""
    usage = usage or PlanUsage.of(problem, plan)
    lookups = _Lookups(problem, plan, usage, conflicts)
    keys = MemberKeys(problem)
    shared: dict[tuple[object, ...], _Shared] = {}
    pin_conflicts: dict[str, list[dict[str, Any]]] = {}
    for conflict in conflicts:
        if conflict.get("code") == "pin_conflict" and \
                conflict.get("subject_kind") == "household":
            pin_conflicts.setdefault(str(conflict.get("subject")), []).append(conflict)
    result = {}
    for household in problem.households:
        if household.id in plan.flight_of:
            continue
        signature = tuple(sorted(keys.of(m) for m in household.members))
        known = shared.get(signature)
        if known is not None:
            reasons = known.copy_for(problem, household, keys)
        else:
            reasons = _household_reasons(problem, household, usage, lookups,
                                         reference_plan_id)
            if not any(m in lookups.slot_pins for m in household.members):
                shared[signature] = _Shared.of(problem, household, keys, reasons)
        for conflict in pin_conflicts.get(household.code, []):
            reasons.insert(0, dict(conflict))
        result[household.id] = reasons
    return result


def _copy(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: list(v) if isinstance(v, list) else v for k, v in r.items()} for r in reasons]


@dataclass
class _Shared:
    """One household's reasons, for the households whose members have the same keys:
    for each reason naming persons, the keys of the members it names."""

    reasons: list[dict[str, Any]]
    named: list[frozenset[tuple[object, ...]] | None]

    @classmethod
    def of(cls, problem: Problem, household: HouseholdSpec, keys: MemberKeys,
           reasons: list[dict[str, Any]]) -> _Shared:
        key_of = {problem.person_by_id[m].case_no: keys.of(m) for m in household.members}
        named = [frozenset(key_of[c] for c in r["persons"]) if "persons" in r else None
                 for r in reasons]
        return cls(_copy(reasons), named)

    def copy_for(self, problem: Problem, household: HouseholdSpec,
                 keys: MemberKeys) -> list[dict[str, Any]]:
        reasons = _copy(self.reasons)
        for reason, named in zip(reasons, self.named, strict=True):
            if named is not None:
                reason["persons"] = sorted(problem.person_by_id[m].case_no
                                           for m in household.members if keys.of(m) in named)
        return reasons


def _household_reasons(
    problem: Problem, household: HouseholdSpec, usage: PlanUsage, lookups: _Lookups,
    reference_plan_id: int | None,
) -> list[dict[str, Any]]:
    members = problem.members(household)
    accepted = problem.accepted_destinations(household)
    if not accepted:
        return [Reason("no_common_destination").as_json()]
    flights = sorted((f for a in accepted for f in lookups.by_airport.get(a, ())),
                     key=lambda f: (f.departs_at, f.id))
    if not flights:
        return [{"code": "no_flight_to_destination", "destinations": list(accepted),
                 "start": problem.start.isoformat()}]
    ready = problem.household_ready(household)
    cleared = problem.household_cleared(household)
    earliest = max(problem.start, ready, cleared or problem.start)
    later = [f for f in flights if f.departure_date >= earliest]
    if not later:
        last = max(f.departure_date for f in flights)
        if cleared is not None and cleared >= ready and cleared > last:
            return [{"code": "not_cleared", "cleared_from": cleared.isoformat(),
                     "last_flight": last.isoformat(), "destinations": list(accepted)}]
        return [{"code": "no_flight_after_ready", "ready": earliest.isoformat(),
                 "last_flight": last.isoformat(), "destinations": list(accepted)}]
    blocks = _FlightBlocks(problem, members, usage, lookups)
    for flight in later:
        blocks.check(flight)
    reasons = blocks.reasons(earliest, later)
    early = [f for f in flights if f.departure_date < earliest]
    if early:
        cleared_binds = cleared is not None and cleared == earliest and cleared >= ready
        keys = [f.key for f in early]
        reasons.append({"code": "flights_before_ready", "flights": keys,
                        "ready": earliest.isoformat(), "cleared": cleared_binds})
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
        #: Why a late member's document cannot be in time: "late" (every appointment
        #: they can attend is after the flight's check-in: an earlier one helps),
        #: "before_ready" (every appointment is before the day they can attend: only one
        #: on or after it helps), "none" (the operation has no appointment at all).
        self.late_causes: set[str] = set()
        self.pinned_late: set[str] = set()
        self.booked: set[str] = set()
        #: Case numbers without a fit-to-travel clearance for some flight.
        self.uncleared: set[str] = set()
        self.seats: dict[int, int] = {}
        #: What holds for every flight of a departure date: (members without clearance,
        #: an infant without a lap, seats needed).
        self._by_day: dict[dt.date, tuple[list[str], bool, int]] = {}
        #: Members needing a document: (case number, the slot a kept pin holds or None,
        #: the earliest moment their document can be ready).
        self._documents = [
            (p.case_no, lookups.slot_pins.get(p.id),
             lookups.earliest.ready_at(problem.person_ready(p)))
            for p in members if p.needs_document]

    def _day(self, flight: FlightSpec) -> tuple[list[str], bool, int]:
        day = flight.departure_date
        found = self._by_day.get(day)
        if found is None:
            problem, members = self.problem, self.members
            found = self._by_day[day] = (
                fit_to_travel.uncovered(problem, members, flight),
                infants_outnumber_adults(problem, members, flight),
                seats_needed(problem, members, flight))
        return found

    def _add(self, code: str, flight: FlightSpec) -> None:
        self.flights.setdefault(code, []).append(flight)

    def check(self, flight: FlightSpec) -> None:
        problem, members = self.problem, self.members
        fixed = []
        uncovered, no_lap, need = self._day(flight)
        if uncovered:
            fixed.append("no_fit_to_travel")
            self.uncleared.update(uncovered)
        if no_lap:
            fixed.append("infant_without_adult")
        self.seats[flight.id] = need
        if need > flight.seats:
            fixed.append("household_too_large")
        if flight.medical_capacity is not None and self.medical > flight.medical_capacity:
            fixed.append("medical_capacity")
        deadline = self.lookups.deadline[flight.id]
        pinned, late = [], []
        for case_no, slot_id, ready_at in self._documents:
            if slot_id is not None:
                if problem.slot_by_id[slot_id].ready_at > deadline:
                    pinned.append(case_no)
            elif ready_at is None or ready_at > deadline:
                late.append(case_no)
                self.late_causes.add("late" if ready_at is not None else
                                     "before_ready" if problem.slots else "none")
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

    def reasons(self, earliest: dt.date, later: list[FlightSpec]) -> list[dict[str, Any]]:
        made = []
        for code, flights in self.flights.items():
            keys = [f.key for f in flights]
            # all_flights: the reason blocks every flight the household could take from
            # its first day (its sentence then says so instead of listing them).
            reason: dict[str, Any] = {"code": code, "flights": keys,
                                      "all_flights": len(flights) == len(later)}
            if code == "infant_without_adult":
                infants, adults = lap_count(self.problem, self.members, flights[0])
                reason.update(minor_age=self.problem.minor_age, infants=infants,
                              adults=adults)
            elif code == "household_too_large":
                reason["seats"] = self.seats[flights[0].id]
            elif code == "medical_capacity":
                reason.update(medical=self.medical, after=earliest.isoformat())
            elif code == "pinned_slot_late":
                reason["persons"] = sorted(self.pinned_late)
            elif code == "no_fit_to_travel":
                reason.update(persons=sorted(self.uncleared),
                              days=self.problem.fit_to_travel_days)
            elif code == "no_document_slot":
                reason.update(persons=sorted(self.late), after=earliest.isoformat())
                # The advice follows the cause: "add an earlier appointment" only when
                # an earlier one would do (the template's variants).
                cause = next((c for c in ("none", "before_ready") if c in self.late_causes),
                             None)
                if cause is not None:
                    reason["cause"] = cause
            elif code == "flights_full":
                competing = sum(self.usage.passengers[f.id] for f in flights)
                reason.update(after=earliest.isoformat(), competing_persons=competing)
            elif code == "medical_capacity_full":
                reason["medical"] = self.medical
            elif code == "document_slots_full":
                reason["persons"] = sorted(self.booked)
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
        reasons.append({
            "code": "lost_seat", "flight": flight.key, "reference_plan": reference_plan_id,
            "newcomers": newcomers, "newcomer_weight": their_weight, "weight": weight,
            "persons_weighed": len(members), "higher_priority": heavier,
        })
        full["flights"].remove(flight.key)
    if not full["flights"]:
        reasons.remove(full)
        return
    keys = full["flights"]
    competing = sum(lookups.usage.passengers[f.id] for f in problem.usable_flights
                    if f.key in keys)
    full["competing_persons"] = competing




def _slots_free(problem: Problem, needing: list[PersonSpec], flight: FlightSpec,
                lookups: _Lookups) -> bool:
    """Whether every person of ``needing`` can get a free place in time for ``flight``
    (rules 6 and 7): a matching of persons to free places, found by augmenting paths, so
    that a greedy choice cannot call the slots booked while places remain for everyone."""
    readies = [problem.person_ready(p) for p in needing]
    if len(readies) == 1:
        return bool(lookups.open_slots(readies[0], flight))
    # The answer depends on the ready dates and the departure alone (the free places do
    # not change while reasons are given): households alike ask it once.
    key = (tuple(sorted(readies)), flight.departs_at)
    known = lookups.matched.get(key)
    if known is None:
        known = lookups.matched[key] = _matchable(
            [lookups.open_slots(ready, flight) for ready in readies], lookups)
    return known


def _matchable(options: list[list[int]], lookups: _Lookups) -> bool:
    """Whether each person (their slots in ``options``) gets a free place of its own."""
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

    return all(place(person, set()) for person in range(len(options)))


def explain_overflow(problem: Problem, plan: Assignment,
                     usage: PlanUsage | None = None) -> dict[int, tuple[int, dict[str, Any]]]:
    """Person-nights and the reason (a ``Reason``'s JSON) for every household that needs
    beds and has none."""
    usage = usage or PlanUsage.of(problem, plan)
    result = {}
    # The reason depends on what rule 9 reads of the sheltered members, the nights and
    # the number of beds: worked out once for each of these.
    reasons: dict[tuple[object, ...], dict[str, Any]] = {}
    fits: dict[tuple[bool, bool, bool], _Fits] = {}
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
        fit = _fit_key(problem, sheltered)
        key = (fit, nights.first, nights.last, people)
        why = reasons.get(key)
        if why is None:
            shelters = fits.get(fit)
            if shelters is None:
                shelters = fits[fit] = _Fits.of(problem, household)
            why = reasons[key] = _overflow_reason(problem, shelters, nights, people, usage)
        result[household.id] = (people * nights.count, dict(why))
    return result


def _fit_key(problem: Problem, sheltered: list[PersonSpec]) -> tuple[bool, bool, bool]:
    """What rule 9 reads of the sheltered members (see shelter_fit.misfit)."""
    return (
        any(p.sex != "F" and age_on(p.date_of_birth, problem.start) >= problem.child_shelter_age
            for p in sheltered),
        any(p.sex != "M" for p in sheltered),
        any(p.medical for p in sheltered),
    )


@dataclass
class _Fits:
    """Rule 9 for the households of one ``_fit_key``: why each shelter that does not take
    them does not (its reason's JSON), and the shelters that do."""

    misfits: list[dict[str, Any]]
    fitting: list[ShelterSpec]

    @classmethod
    def of(cls, problem: Problem, household: HouseholdSpec) -> _Fits:
        misfits, fitting = [], []
        for shelter in problem.shelters:
            why = misfit(problem, shelter, household)
            if why is None:
                fitting.append(shelter)
            else:
                misfits.append(why.as_json())
        return cls(misfits, fitting)


def _overflow_reason(problem: Problem, fits: _Fits, nights: Any, people: int,
                     usage: PlanUsage) -> dict[str, Any]:
    days = {"first": nights.first.isoformat(), "last": nights.last.isoformat()}
    if not problem.shelters:
        return Reason("no_shelter", days).as_json()
    fitting = fits.fitting
    if not fitting:
        return Reason("no_fitting_shelter", _kept("misfits", fits.misfits)).as_json()
    open_ones = [s for s in fitting if open_for(s, nights)]
    if not open_ones:
        return Reason("shelters_closed",
                      {**days, **_kept("shelters", [s.name for s in fitting])}).as_json()
    full = []
    for shelter in open_ones:
        night = next((n for n in nights
                      if shelter.beds - usage.beds[(shelter.id, n)] < people), None)
        if night is None:
            return Reason("shelter_not_placed", {"shelter": shelter.name, **days}).as_json()
        full.append(Reason("shelter_full_on", {"shelter": shelter.name,
                                               "night": night.isoformat()}).as_json())
    return Reason("shelters_full", _kept("full", full)).as_json()
