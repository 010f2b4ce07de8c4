"""Solver-independent checks of a finished plan: one function per hard rule of SPEC 3.1.

Each function returns the violations it finds as sentences (empty when the rule holds).
They read only the problem and the plan, recomputing every fact from the records, so a
bug in the model cannot hide behind a matching bug here. :func:`validate` runs them all.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Collection

from solvers.nights import shelter_nights
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, age_on
from solvers.solution import Assignment


def _flown(problem: Problem, plan: Assignment) -> list[tuple[HouseholdSpec, FlightSpec]]:
    result = []
    for household_id, flight_id in sorted(plan.flight_of.items()):
        household = problem.household_by_id.get(household_id)
        flight = problem.flight_by_id.get(flight_id)
        if household is not None and flight is not None:
            result.append((household, flight))
    return result


def _flight_of_person(problem: Problem, plan: Assignment) -> dict[int, FlightSpec]:
    return {
        member: flight
        for household, flight in _flown(problem, plan)
        for member in household.members
    }


def rule_01_together(problem: Problem, plan: Assignment) -> list[str]:
    """Plans are kept per household, so members share a flight and a shelter by
    construction; check that every entry names a household (and slots a person) of the
    problem, so nobody is split off under another key."""
    errors = []
    for kind, mapping, known in (
        ("flight", plan.flight_of, problem.household_by_id),
        ("shelter", plan.shelter_of, problem.household_by_id),
        ("slot", plan.slot_of, problem.person_by_id),
    ):
        for key in mapping:
            if key not in known:
                errors.append(f"rule 1: {kind} assigned to unknown id #{key}")
    for household_id, flight_id in plan.flight_of.items():
        if flight_id not in problem.flight_by_id:
            errors.append(f"rule 1: household #{household_id} is on unknown flight #{flight_id}")
    for household_id, shelter_id in plan.shelter_of.items():
        if shelter_id not in problem.shelter_by_id:
            errors.append(f"rule 1: household #{household_id} is in unknown shelter #{shelter_id}")
    return errors


def rule_02_seats(problem: Problem, plan: Assignment) -> list[str]:
    errors = []
    used: Counter[int] = Counter()
    for household, flight in _flown(problem, plan):
        ages = [age_on(p.date_of_birth, flight.departure_date) for p in problem.members(household)]
        used[flight.id] += sum(1 for a in ages if a >= problem.infant_age)
        infants = sum(1 for a in ages if a < problem.infant_age)
        adults = sum(1 for a in ages if a >= problem.minor_age)
        if infants > adults:
            errors.append(f"rule 2: household {household.code} flies {infants} infant(s) with "
                          f"{adults} member(s) aged {problem.minor_age}+ on {flight.key} (one "
                          "lap infant per adult)")
    for flight_id, seats in used.items():
        flight = problem.flight_by_id[flight_id]
        if seats > flight.seats:
            errors.append(f"rule 2: {flight.key} has {seats} seated passengers for "
                          f"{flight.seats} seats")
    return errors


def rule_03_medical(problem: Problem, plan: Assignment) -> list[str]:
    medical: Counter[int] = Counter()
    for household, flight in _flown(problem, plan):
        medical[flight.id] += sum(1 for p in problem.members(household) if p.medical)
    errors = []
    for flight_id, count in medical.items():
        cap = problem.flight_by_id[flight_id].medical_capacity
        if cap is not None and count > cap:
            errors.append(f"rule 3: {problem.flight_by_id[flight_id].key} carries {count} "
                          f"medical passengers for a capacity of {cap}")
    return errors


def rule_04_destination(problem: Problem, plan: Assignment) -> list[str]:
    return [
        f"rule 4: {person.case_no} does not accept {flight.destination} ({flight.key})"
        for household, flight in _flown(problem, plan)
        for person in problem.members(household)
        if flight.destination not in person.destinations
    ]


def rule_05_timing(problem: Problem, plan: Assignment) -> list[str]:
    errors = []
    for household, flight in _flown(problem, plan):
        day = flight.departure_date
        if day < problem.start:
            errors.append(f"rule 5: {flight.key} leaves before the plan start")
        for person in problem.members(household):
            ready = problem.person_ready(person)
            if day < ready:
                errors.append(f"rule 5: {person.case_no} flies on {day} before ready on {ready}")
            if person.cleared_from is not None and day < person.cleared_from:
                errors.append(f"rule 5: {person.case_no} flies on {day} before cleared on "
                              f"{person.cleared_from}")
    return errors


def rule_06_documents(problem: Problem, plan: Assignment) -> list[str]:
    errors = []
    for person_id, flight in sorted(_flight_of_person(problem, plan).items()):
        person = problem.person_by_id[person_id]
        if not person.needs_document:
            continue
        slot_id = plan.slot_of.get(person_id)
        slot = problem.slot_by_id.get(slot_id) if slot_id is not None else None
        if slot is None:
            errors.append(f"rule 6: {person.case_no} flies on {flight.key} without a document slot")
            continue
        if slot.date < problem.person_ready(person):
            errors.append(f"rule 6: {person.case_no} has slot {slot.key} before being available")
        deadline = flight.departs_at - dt.timedelta(hours=problem.checkin_buffer_hours)
        if slot.ready_at > deadline:
            errors.append(f"rule 6: the document of {person.case_no} from {slot.key} is ready "
                          f"at {slot.ready_at}, after check-in for {flight.key}")
    return errors


def rule_07_slot_capacity(problem: Problem, plan: Assignment) -> list[str]:
    counts = Counter(plan.slot_of.values())
    return [
        f"rule 7: slot {problem.slot_by_id[s].key} has {n} persons for {problem.slot_by_id[s].capacity} places"
        for s, n in counts.items()
        if s in problem.slot_by_id and n > problem.slot_by_id[s].capacity
    ]


def _sheltered(problem: Problem, household: HouseholdSpec) -> list[PersonSpec]:
    return [p for p in problem.members(household) if p.needs_shelter]


def rule_08_shelter_nights(problem: Problem, plan: Assignment) -> list[str]:
    errors = []
    beds: Counter[tuple[int, dt.date]] = Counter()
    for household_id, shelter_id in sorted(plan.shelter_of.items()):
        household = problem.household_by_id.get(household_id)
        shelter = problem.shelter_by_id.get(shelter_id)
        if household is None or shelter is None:
            continue
        flight_id = plan.flight_of.get(household_id)
        flight = problem.flight_by_id.get(flight_id) if flight_id is not None else None
        nights = shelter_nights(problem.household_ready(household),
                                flight.departure_date if flight else None, problem.horizon_end)
        if nights is None:
            continue
        people = len(_sheltered(problem, household))
        for night in nights:
            if not shelter.is_open(night):
                errors.append(f"rule 8: {shelter.name} is closed on the night of {night} when "
                              f"household {household.code} stays")
                break
        for night in nights:
            beds[(shelter.id, night)] += people
    for (shelter_id, night), used in sorted(beds.items()):
        shelter = problem.shelter_by_id[shelter_id]
        if used > shelter.beds:
            errors.append(f"rule 8: {shelter.name} has {used} persons for {shelter.beds} beds "
                          f"on the night of {night}")
    return errors


def rule_09_shelter_fit(problem: Problem, plan: Assignment) -> list[str]:
    errors = []
    for household_id, shelter_id in sorted(plan.shelter_of.items()):
        household = problem.household_by_id.get(household_id)
        shelter = problem.shelter_by_id.get(shelter_id)
        if household is None or shelter is None:
            continue
        for person in _sheltered(problem, household):
            age = age_on(person.date_of_birth, problem.start)
            if shelter.accepts == "women_children" and person.sex != "F" and (
                age >= problem.child_shelter_age
            ):
                errors.append(f"rule 9: {person.case_no} cannot stay in {shelter.name} "
                              "(women and children only)")
            if shelter.accepts == "men" and person.sex != "M":
                errors.append(f"rule 9: {person.case_no} cannot stay in {shelter.name} (men only)")
            if person.medical and not shelter.medical_care:
                errors.append(f"rule 9: {person.case_no} is medical and {shelter.name} has no "
                              "medical care")
    return errors


def rule_10_pins(problem: Problem, plan: Assignment, released: Collection[int] = ()) -> list[str]:
    errors = []
    for pin in problem.pins:
        if pin.id in released:
            continue
        held = {
            "flight": plan.flight_of,
            "shelter": plan.shelter_of,
            "slot": plan.slot_of,
        }.get(pin.kind, {})
        if held.get(pin.subject_id) != pin.target_id:
            errors.append(f"rule 10: pin #{pin.id} ({pin.kind}) is neither kept nor released")
    return errors


def rule_11_flight_status(problem: Problem, plan: Assignment) -> list[str]:
    return [
        f"rule 11: household {household.code} is on {flight.key}, which is {flight.status}"
        + ("" if flight.departure_date >= problem.start else " and left before the plan start")
        for household, flight in _flown(problem, plan)
        if flight.status not in ("planned", "confirmed") or flight.departure_date < problem.start
    ]


def rule_fit_to_travel(problem: Problem, plan: Assignment) -> list[str]:
    """Issue 17, when the operation asks for it: every flown medical or pregnant person has
    a clearance dated at most ``fit_to_travel_days`` days before the departure, and not
    after it."""
    days = problem.fit_to_travel_days
    if days is None:
        return []
    errors = []
    for household, flight in _flown(problem, plan):
        for person in problem.members(household):
            if not person.needs_clearance:
                continue
            clearance = person.clearance
            if clearance is None:
                errors.append(f"fit to travel: {person.case_no} flies on {flight.key} "
                              "without a medical clearance")
            elif not clearance <= flight.departure_date <= clearance + dt.timedelta(days=days):
                errors.append(f"fit to travel: {person.case_no}'s clearance of {clearance} "
                              f"does not cover {flight.key} ({days} days)")
    return errors


RULES: tuple[Callable[[Problem, Assignment], list[str]], ...] = (
    rule_01_together,
    rule_02_seats,
    rule_03_medical,
    rule_04_destination,
    rule_05_timing,
    rule_06_documents,
    rule_07_slot_capacity,
    rule_08_shelter_nights,
    rule_09_shelter_fit,
    rule_11_flight_status,
    rule_fit_to_travel,
)


def validate(problem: Problem, plan: Assignment, released_pins: Collection[int] = ()) -> list[str]:
    """Every violation of SPEC 3.1 in ``plan``; ``released_pins`` are the pin ids the plan
    reports as conflicts."""
    errors: list[str] = []
    for rule in RULES:
        errors.extend(rule(problem, plan))
    errors.extend(rule_10_pins(problem, plan, released_pins))
    return errors


def released_pin_ids(conflicts: list[dict[str, object]]) -> set[int]:
    ids = set()
    for conflict in conflicts:
        pin_id = conflict.get("pin_id")
        if isinstance(pin_id, int):
            ids.add(pin_id)
    return ids


def capacity_left(problem: Problem, plan: Assignment) -> dict[int, int]:
    """Free seats per usable flight in ``plan`` (for explanations and freed-seat ranking)."""
    used: dict[int, int] = defaultdict(int)
    for household, flight in _flown(problem, plan):
        used[flight.id] += sum(
            1 for p in problem.members(household)
            if age_on(p.date_of_birth, flight.departure_date) >= problem.infant_age
        )
    return {f.id: f.seats - used[f.id] for f in problem.usable_flights}
