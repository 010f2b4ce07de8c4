"""Reasons of SPEC 3.3: why a household has no flight, and why one has no bed.

Every reason is checked against the data and the finished plan before it is given: a
flight is called full only when its free seats (or medical places) in the plan are fewer
than the household needs, a slot only when no place is left in time, and so on. Each
reason carries a stable ``code``, a sentence ``text`` an officer can act on, and the
structured facts it rests on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from solvers.nights import shelter_nights
from solvers.options import EarliestDocument, MemberKeys
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, age_on
from solvers.rules.documents import EligibleSlots
from solvers.rules.shelter_fit import misfit, open_for
from solvers.solution import Assignment


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


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
            flight_id = plan.flight_of.get(household_id)
            nights = shelter_nights(
                problem.household_ready(household),
                problem.flight_by_id[flight_id].departure_date if flight_id else None,
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
    per ready date, each slot's free places and eligible slots per (ready date, flight)."""

    def __init__(self, problem: Problem, usage: PlanUsage) -> None:
        self.by_airport: dict[str, list[FlightSpec]] = {}
        for flight in problem.usable_flights:
            self.by_airport.setdefault(flight.destination, []).append(flight)
        self.earliest = EarliestDocument(problem)
        self.eligible = EligibleSlots(problem)
        self.free = {s.id: s.capacity - usage.slots[s.id] for s in problem.slots}


def explain_unflown(
    problem: Problem,
    plan: Assignment,
    conflicts: list[dict[str, Any]],
    usage: PlanUsage | None = None,
) -> dict[int, list[dict[str, Any]]]:
    """Reasons for every household of ``problem`` without a flight in ``plan``.

    Households whose members agree in everything the rules read have the same reasons
    unless a reason names persons; those are worked out once and copied."""
    usage = usage or PlanUsage.of(problem, plan)
    lookups = _Lookups(problem, usage)
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
            reasons = _household_reasons(problem, plan, household, usage, lookups)
            if not any("persons" in r for r in reasons):
                shared[signature] = _copy(reasons)
        for conflict in pin_conflicts.get(f"household {household.code}", []):
            reasons.insert(0, {"code": "pin_conflict", "text": conflict["text"],
                               "pin_id": conflict.get("pin_id")})
        result[household.id] = reasons
    return result


def _copy(reasons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: list(v) if isinstance(v, list) else v for k, v in r.items()} for r in reasons]


def _household_reasons(
    problem: Problem, plan: Assignment, household: HouseholdSpec, usage: PlanUsage,
    lookups: _Lookups,
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
                     "last_flight": last.isoformat(),
                     "text": f"Cleared to leave only from {_day(cleared)}, after the last "
                             f"flight to {to_places} on {_day(last)}."}]
        return [{"code": "no_flight_after_ready", "ready": earliest.isoformat(),
                 "last_flight": last.isoformat(),
                 "text": f"Available to travel only from {_day(earliest)}, after the last "
                         f"flight to {to_places} on {_day(last)}."}]
    usable = [f for f in later if not _infant_alone(problem, members, f)]
    if not usable:
        return [{"code": "infant_without_adult",
                 "text": "An infant in this household has no member aged "
                         f"{problem.minor_age} or over to travel with."}]
    fits = [f for f in usable if _seats(problem, members, f) <= f.seats]
    if not fits:
        return [{"code": "household_too_large", "flights": [f.key for f in usable],
                 "text": f"The household needs {_seats(problem, members, usable[0])} seats, "
                         f"more than any flight to {to_places} has."}]
    medical = sum(1 for p in members if p.medical)
    cared = [f for f in fits if f.medical_capacity is None or medical <= f.medical_capacity]
    if not cared:
        return [{"code": "medical_capacity", "flights": [f.key for f in fits],
                 "text": f"{medical} medical passengers exceed the medical capacity of every "
                         f"flight to {to_places} from {_day(earliest)}."}]
    documented, late = _with_documents(problem, members, cared, lookups)
    if not documented:
        return [{"code": "no_document_slot", "persons": late,
                 "text": f"No document slot is early enough for {_list(late)} to take any "
                         f"flight to {to_places} from {_day(earliest)}; add an earlier "
                         "appointment."}]
    return _capacity_reasons(problem, plan, members, documented, usage, to_places, earliest,
                             lookups)


def _infant_alone(problem: Problem, members: list[PersonSpec], flight: FlightSpec) -> bool:
    ages = [age_on(p.date_of_birth, flight.departure_date) for p in members]
    return any(a < problem.infant_age for a in ages) and not any(
        a >= problem.minor_age for a in ages)


def _with_documents(problem: Problem, members: list[PersonSpec], flights: list[FlightSpec],
                    lookups: _Lookups) -> tuple[list[FlightSpec], list[str]]:
    needing = [(p, lookups.earliest.ready_at(problem.person_ready(p)))
               for p in members if p.needs_document]
    ok, late = [], set()
    for flight in flights:
        deadline = problem.departure_deadline(flight)
        missing = [p.case_no for p, ready_at in needing
                   if ready_at is None or ready_at > deadline]
        if missing:
            late.update(missing)
        else:
            ok.append(flight)
    return ok, sorted(late)


def _capacity_reasons(problem: Problem, plan: Assignment, members: list[PersonSpec],
                      flights: list[FlightSpec], usage: PlanUsage, to_places: str,
                      earliest: dt.date, lookups: _Lookups) -> list[dict[str, Any]]:
    full, medical_full, slots_full, open_flights = [], [], [], []
    medical = sum(1 for p in members if p.medical)
    needing = [p for p in members if p.needs_document]
    for flight in flights:
        if flight.seats - usage.seats[flight.id] < _seats(problem, members, flight):
            full.append(flight)
        elif flight.medical_capacity is not None and (
                flight.medical_capacity - usage.medical[flight.id] < medical):
            medical_full.append(flight)
        elif needing and not _slots_free(problem, needing, flight, lookups):
            slots_full.append(flight)
        else:
            open_flights.append(flight)
    reasons: list[dict[str, Any]] = []
    if full:
        competing = sum(usage.passengers[f.id] for f in full)
        reasons.append({
            "code": "flights_full", "flights": [f.key for f in full],
            "after": earliest.isoformat(), "competing_persons": competing,
            "text": f"All {len(full)} flight(s) to {to_places} it could take from "
                    f"{_day(earliest)} are full ({_list([f.key for f in full])}), carrying "
                    f"{competing} persons in this plan.",
        })
    if medical_full:
        reasons.append({
            "code": "medical_capacity_full", "flights": [f.key for f in medical_full],
            "text": f"The medical places on {_list([f.key for f in medical_full])} are taken.",
        })
    if slots_full:
        reasons.append({
            "code": "document_slots_full", "flights": [f.key for f in slots_full],
            "persons": [p.case_no for p in needing],
            "text": f"Seats remain on {_list([f.key for f in slots_full])}, but every document "
                    "slot early enough for "
                    f"{_list([p.case_no for p in needing])} is fully booked.",
        })
    if open_flights:
        reasons.append({
            "code": "not_placed", "flights": [f.key for f in open_flights],
            "text": f"{_list([f.key for f in open_flights])} still has room for this "
                    "household, but the planner could not place it without moving others "
                    "within its time limit; solve again with "
                    "more time or pin it.",
        })
    return reasons


def _slots_free(problem: Problem, needing: list[PersonSpec], flight: FlightSpec,
                lookups: _Lookups) -> bool:
    """Whether every person of ``needing`` can get a free place in time (greedy by date)."""
    taken: Counter[int] = Counter()
    for person in sorted(needing, key=lambda p: problem.person_ready(p), reverse=True):
        eligible = lookups.eligible(problem.person_ready(person), flight)
        chosen = next((s for s in eligible if lookups.free[s] - taken[s] > 0), None)
        if chosen is None:
            return False
        taken[chosen] += 1
    return True


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


def _overflow_reason(problem: Problem, household: HouseholdSpec, nights: Any, people: int,
                     usage: PlanUsage) -> str:
    stay = f"the nights of {_day(nights.first)} to {_day(nights.last)}"
    if not problem.shelters:
        return f"No shelter is recorded for {stay}."
    misfits = [m for s in problem.shelters if (m := misfit(problem, s, household))]
    fitting = [s for s in problem.shelters if misfit(problem, s, household) is None]
    if not fitting:
        return f"No shelter takes this household: {_list(misfits, 3)}."
    open_ones = [s for s in fitting if open_for(s, nights)]
    if not open_ones:
        return (f"Every shelter that takes this household is closed on some of {stay} "
                f"({_list([s.name for s in fitting])}).")
    full = []
    for shelter in open_ones:
        night = next((n for n in nights
                      if shelter.beds - usage.beds[(shelter.id, n)] < people), None)
        if night is None:
            return (f"{shelter.name} has beds for {stay}, but the planner did not place the "
                    "household within its time limit; solve again or pin the shelter.")
        full.append(f"{shelter.name} on the night of {_day(night)}")
    return f"All shelters that take this household are full: {_list(full)}."
