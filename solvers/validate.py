"""Solver-independent checks of a finished plan: one function per hard rule of SPEC 3.1.

Each function returns the violations it finds (empty when the rule holds), each the rule
it breaks and a code with the facts (``Violation``); their words are one template per code
in ``planner/words/violation_templates.py``.
They read only the problem and the plan, recomputing every fact from the records, so a
bug in the model cannot hide behind a matching bug here. :func:`validate` runs them all.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass

from solvers.nights import shelter_nights
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, age_on
from solvers.reasons import Reason
from solvers.solution import Assignment


@dataclass(frozen=True)
class Violation:
    """A broken rule: which (``"rule 2"``, ``"fit to travel"``), a code and its facts
    (plain values, so violations compare and go into sets)."""

    rule: str
    code: str
    facts: tuple[tuple[str, str | int | bool], ...] = ()

    @property
    def reason(self) -> Reason:
        return Reason(self.code, dict(self.facts))

    def __str__(self) -> str:
        facts = ", ".join(f"{name}={value}" for name, value in self.facts)
        return f"{self.rule}: {self.code} ({facts})"


def _broken(rule: int | str, code: str, **facts: str | int | bool) -> Violation:
    return Violation(f"rule {rule}" if isinstance(rule, int) else rule, code,
                     tuple(facts.items()))


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


def rule_01_together(problem: Problem, plan: Assignment) -> list[Violation]:
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
                errors.append(_broken(1, "broken_unknown_id", kind=kind, id=key))
    for household_id, flight_id in plan.flight_of.items():
        if flight_id not in problem.flight_by_id:
            errors.append(_broken(1, "broken_unknown_flight", household_id=household_id,
                                  flight_id=flight_id))
    for household_id, shelter_id in plan.shelter_of.items():
        if shelter_id not in problem.shelter_by_id:
            errors.append(_broken(1, "broken_unknown_shelter", household_id=household_id,
                                  shelter_id=shelter_id))
    return errors


def rule_02_seats(problem: Problem, plan: Assignment) -> list[Violation]:
    errors = []
    used: Counter[int] = Counter()
    for household, flight in _flown(problem, plan):
        ages = [age_on(p.date_of_birth, flight.departure_date) for p in problem.members(household)]
        used[flight.id] += sum(1 for a in ages if a >= problem.infant_age)
        infants = sum(1 for a in ages if a < problem.infant_age)
        adults = sum(1 for a in ages if a >= problem.minor_age)
        if infants > adults:
            errors.append(_broken(2, "broken_laps", household=household.code, infants=infants,
                                  adults=adults, minor_age=problem.minor_age, flight=flight.key))
    for flight_id, seats in used.items():
        flight = problem.flight_by_id[flight_id]
        if seats > flight.seats:
            errors.append(_broken(2, "broken_seats", flight=flight.key, seated=seats,
                                  seats=flight.seats))
    return errors


def rule_03_medical(problem: Problem, plan: Assignment) -> list[Violation]:
    medical: Counter[int] = Counter()
    for household, flight in _flown(problem, plan):
        medical[flight.id] += sum(1 for p in problem.members(household) if p.medical)
    errors = []
    for flight_id, count in medical.items():
        cap = problem.flight_by_id[flight_id].medical_capacity
        if cap is not None and count > cap:
            errors.append(_broken(3, "broken_medical", flight=problem.flight_by_id[flight_id].key,
                                  medical=count, capacity=cap))
    return errors


def rule_04_destination(problem: Problem, plan: Assignment) -> list[Violation]:
    return [
        _broken(4, "broken_destination", case_no=person.case_no, airport=flight.destination,
                flight=flight.key)
        for household, flight in _flown(problem, plan)
        for person in problem.members(household)
        if flight.destination not in person.destinations
    ]


def rule_05_timing(problem: Problem, plan: Assignment) -> list[Violation]:
    errors = []
    for household, flight in _flown(problem, plan):
        day = flight.departure_date
        if day < problem.start:
            errors.append(_broken(5, "broken_before_start", flight=flight.key,
                                  start=problem.start.isoformat()))
        for person in problem.members(household):
            ready = problem.person_ready(person)
            if day < ready:
                errors.append(_broken(5, "broken_before_ready", case_no=person.case_no,
                                      departure=day.isoformat(), ready=ready.isoformat()))
            if person.cleared_from is not None and day < person.cleared_from:
                errors.append(_broken(5, "broken_before_cleared", case_no=person.case_no,
                                      departure=day.isoformat(),
                                      cleared=person.cleared_from.isoformat()))
    return errors


def rule_06_documents(problem: Problem, plan: Assignment) -> list[Violation]:
    errors = []
    for person_id, flight in sorted(_flight_of_person(problem, plan).items()):
        person = problem.person_by_id[person_id]
        if not person.needs_document:
            continue
        slot_id = plan.slot_of.get(person_id)
        slot = problem.slot_by_id.get(slot_id) if slot_id is not None else None
        if slot is None:
            errors.append(_broken(6, "broken_no_document", case_no=person.case_no,
                                  flight=flight.key))
            continue
        if slot.date < problem.person_ready(person):
            errors.append(_broken(6, "broken_slot_before_ready", case_no=person.case_no,
                                  slot=slot.key))
        deadline = flight.departs_at - dt.timedelta(hours=problem.checkin_buffer_hours)
        if slot.ready_at > deadline:
            errors.append(_broken(6, "broken_document_late", case_no=person.case_no,
                                  slot=slot.key, ready_at=slot.ready_at.isoformat(sep=" "),
                                  flight=flight.key))
    return errors


def rule_07_slot_capacity(problem: Problem, plan: Assignment) -> list[Violation]:
    counts = Counter(plan.slot_of.values())
    return [
        _broken(7, "broken_slot_capacity", slot=problem.slot_by_id[s].key, persons=n,
                capacity=problem.slot_by_id[s].capacity)
        for s, n in counts.items()
        if s in problem.slot_by_id and n > problem.slot_by_id[s].capacity
    ]


def _sheltered(problem: Problem, household: HouseholdSpec) -> list[PersonSpec]:
    return [p for p in problem.members(household) if p.needs_shelter]


def rule_08_shelter_nights(problem: Problem, plan: Assignment) -> list[Violation]:
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
                errors.append(_broken(8, "broken_shelter_closed", shelter=shelter.name,
                                      night=night.isoformat(), household=household.code))
                break
        for night in nights:
            beds[(shelter.id, night)] += people
    for (shelter_id, night), used in sorted(beds.items()):
        shelter = problem.shelter_by_id[shelter_id]
        if used > shelter.beds:
            errors.append(_broken(8, "broken_beds", shelter=shelter.name, persons=used,
                                  beds=shelter.beds, night=night.isoformat()))
    return errors


def rule_09_shelter_fit(problem: Problem, plan: Assignment) -> list[Violation]:
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
                errors.append(_broken(9, "broken_women_children", case_no=person.case_no,
                                      shelter=shelter.name))
            if shelter.accepts == "men" and person.sex != "M":
                errors.append(_broken(9, "broken_men_only", case_no=person.case_no,
                                      shelter=shelter.name))
            if person.medical and not shelter.medical_care:
                errors.append(_broken(9, "broken_medical_care", case_no=person.case_no,
                                      shelter=shelter.name))
    return errors


def rule_10_pins(problem: Problem, plan: Assignment, released: Collection[int] = ()) -> list[Violation]:
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
            errors.append(_broken(10, "broken_pin", pin_id=pin.id, kind=pin.kind))
    return errors


def rule_11_flight_status(problem: Problem, plan: Assignment) -> list[Violation]:
    return [
        _broken(11, "broken_flight_status", household=household.code, flight=flight.key,
                status=flight.status, before_start=flight.departure_date < problem.start)
        for household, flight in _flown(problem, plan)
        if flight.status not in ("planned", "confirmed") or flight.departure_date < problem.start
    ]


def rule_fit_to_travel(problem: Problem, plan: Assignment) -> list[Violation]:
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
                errors.append(_broken("fit to travel", "broken_no_clearance",
                                      case_no=person.case_no, flight=flight.key))
            elif not clearance <= flight.departure_date <= clearance + dt.timedelta(days=days):
                errors.append(_broken("fit to travel", "broken_clearance_window",
                                      case_no=person.case_no, clearance=clearance.isoformat(),
                                      flight=flight.key, days=days))
    return errors


RULES: tuple[Callable[[Problem, Assignment], list[Violation]], ...] = (
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


def validate(problem: Problem, plan: Assignment, released_pins: Collection[int] = ()) -> list[Violation]:
    """Every violation of SPEC 3.1 in ``plan``; ``released_pins`` are the pin ids the plan
    reports as conflicts."""
    errors: list[Violation] = []
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
