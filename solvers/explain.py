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
            reason = {"code": "pin_conflict", "text": conflict["text"],
                      "pin_id": conflict.get("pin_id")}
            reason.update({k: conflict[k] for k in ("kind", "subject", "target")
                           if k in conflict})
            reasons.insert(0, reason)
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
    usable = [f for f in later if not infants_outnumber_adults(problem, members, f)]
    if not usable:
        infants, adults = lap_count(problem, members, later[0])
        reason = {"code": "infant_without_adult", "minor_age": problem.minor_age,
                  "infants": infants, "adults": adults}
        if infants == 1:
            reason["text"] = ("An infant in this household has no member aged "
                              f"{problem.minor_age} or over to travel with.")
        else:
            reason["text"] = (f"The household has {laps_short(infants, adults, problem.minor_age)}"
                              "; each infant travels on the lap of its own adult.")
        return [reason]
    fits = [f for f in usable if _seats(problem, members, f) <= f.seats]
    if not fits:
        needed = _seats(problem, members, usable[0])
        return [{"code": "household_too_large", "flights": [f.key for f in usable],
                 "seats": needed, "destinations": list(accepted),
                 "text": f"The household needs {needed} seats, "
                         f"more than any flight to {to_places} has."}]
    medical = sum(1 for p in members if p.medical)
    cared = [f for f in fits if f.medical_capacity is None or medical <= f.medical_capacity]
    if not cared:
        return [{"code": "medical_capacity", "flights": [f.key for f in fits],
                 "medical": medical, "destinations": list(accepted),
                 "after": earliest.isoformat(),
                 "text": f"{medical} medical passengers exceed the medical capacity of every "
                         f"flight to {to_places} from {_day(earliest)}."}]
    documented, late = _with_documents(problem, members, cared, lookups)
    if not documented:
        return [{"code": "no_document_slot", "persons": late,
                 "destinations": list(accepted), "after": earliest.isoformat(),
                 "text": f"No document slot is early enough for {_list(late)} to take any "
                         f"flight to {to_places} from {_day(earliest)}; add an earlier "
                         "appointment."}]
    reasons = _capacity_reasons(problem, plan, members, documented, usage, to_places,
                                earliest, lookups)
    for reason in reasons:
        reason.setdefault("destinations", list(accepted))
    return reasons


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
