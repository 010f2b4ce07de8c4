"""Greedy repair and fill of a plan, within every capacity (used by the scaled method).

``repair`` first takes off any household whose documents have no place in time (after the
rounding of an LP, a few may lack one), then offers the seats, document places and beds
left to the households without them, heaviest first. It never breaks a rule, so it can
only raise objective 1 and lower the overflow.
"""

from __future__ import annotations

from collections import Counter

from solvers.nights import shelter_nights
from solvers.options import HouseholdFacts
from solvers.problem import HouseholdSpec, PersonSpec, Problem
from solvers.rules.pins import ScreenedPins
from solvers.rules.shelter_fit import open_for
from solvers.solution import Assignment


class Capacities:
    def __init__(self, problem: Problem, plan: Assignment) -> None:
        self.problem = problem
        self.seats: Counter[int] = Counter()
        self.medical: Counter[int] = Counter()
        self.slots: Counter[int] = Counter(plan.slot_of.values())
        self.beds: Counter[tuple[int, object]] = Counter()
        self.slots_by_time = sorted(problem.slots, key=lambda s: (s.starts_at, s.id))

    def take_slot(self, person: PersonSpec, flight_id: int) -> int | None:
        flight = self.problem.flight_by_id[flight_id]
        for slot in self.slots_by_time:
            if self.slots[slot.id] < slot.capacity and self.problem.slot_in_time(
                    slot, person, flight):
                self.slots[slot.id] += 1
                return slot.id
        return None


def repair(problem: Problem, plan: Assignment, facts: list[HouseholdFacts],
           pins: ScreenedPins) -> Assignment:
    caps = Capacities(problem, plan)
    by_id = {f.household.id: f for f in facts}
    # Documents: every flown member who needs one gets a place in time, or the household
    # stays (pinned households keep their flight: their documents were planned exactly).
    for household_id, flight_id in sorted(plan.flight_of.items()):
        option = next(o for o in by_id[household_id].options if o.flight_id == flight_id)
        caps.seats[flight_id] += option.seats
        caps.medical[flight_id] += option.medical
    for household_id, flight_id in sorted(plan.flight_of.items()):
        household = problem.household_by_id[household_id]
        missing = [p for p in problem.members(household)
                   if p.needs_document and p.id not in plan.slot_of]
        taken = []
        for person in missing:
            slot_id = caps.take_slot(person, flight_id)
            if slot_id is None:
                break
            taken.append((person.id, slot_id))
        if len(taken) == len(missing):
            plan.slot_of.update(taken)
        elif household_id not in pins.flight:
            for _, slot_id in taken:
                caps.slots[slot_id] -= 1
            _ground(problem, plan, caps, by_id[household_id], flight_id, pins)
    _fill_flights(problem, plan, caps, facts, pins)
    _fill_shelters(problem, plan, facts)
    return plan


def _ground(problem: Problem, plan: Assignment, caps: Capacities, facts: HouseholdFacts,
            flight_id: int, pins: ScreenedPins) -> None:
    option = next(o for o in facts.options if o.flight_id == flight_id)
    caps.seats[flight_id] -= option.seats
    caps.medical[flight_id] -= option.medical
    del plan.flight_of[facts.household.id]
    for person in problem.members(facts.household):
        if person.id in plan.slot_of and person.id not in pins.slot:
            caps.slots[plan.slot_of.pop(person.id)] -= 1
    # Its stay now runs to the horizon end: keep the bed only if the shelter allows it.
    plan.shelter_of.pop(facts.household.id, None)


def _fill_flights(problem: Problem, plan: Assignment, caps: Capacities,
                  facts: list[HouseholdFacts], pins: ScreenedPins) -> None:
    waiting = sorted((f for f in facts if f.household.id not in plan.flight_of and f.options),
                     key=lambda f: (-f.weight / f.size, f.household.id))
    for fact in waiting:
        for option in sorted(fact.options, key=lambda o: (o.date, o.flight_id)):
            flight = problem.flight_by_id[option.flight_id]
            if caps.seats[flight.id] + option.seats > flight.seats:
                continue
            cap = flight.medical_capacity
            if cap is not None and caps.medical[flight.id] + option.medical > cap:
                continue
            taken = []
            for person in problem.members(fact.household):
                if person.needs_document and person.id not in pins.slot:
                    slot_id = caps.take_slot(person, flight.id)
                    if slot_id is None:
                        break
                    taken.append((person.id, slot_id))
            needed = sum(1 for p in problem.members(fact.household)
                         if p.needs_document and p.id not in pins.slot)
            if len(taken) < needed:
                for _, slot_id in taken:
                    caps.slots[slot_id] -= 1
                continue
            plan.flight_of[fact.household.id] = flight.id
            plan.slot_of.update(taken)
            caps.seats[flight.id] += option.seats
            caps.medical[flight.id] += option.medical
            # A shelter held for a longer stay stays valid for a shorter one.
            break


def _stay(problem: Problem, plan: Assignment, household: HouseholdSpec) -> object:
    flight_id = plan.flight_of.get(household.id)
    departure = problem.flight_by_id[flight_id].departure_date if flight_id else None
    return shelter_nights(problem.household_ready(household), departure, problem.horizon_end)


def _fill_shelters(problem: Problem, plan: Assignment, facts: list[HouseholdFacts]) -> None:
    beds: Counter[tuple[int, object]] = Counter()
    for household_id, shelter_id in plan.shelter_of.items():
        household = problem.household_by_id[household_id]
        people = len(problem.sheltered_members(household))
        for night in _stay(problem, plan, household) or ():  # type: ignore[attr-defined]
            beds[(shelter_id, night)] += people
    for fact in sorted(facts, key=lambda f: (f.ready, f.household.id)):
        if fact.household.id in plan.shelter_of or not fact.sheltered:
            continue
        nights = _stay(problem, plan, fact.household)
        if nights is None:
            continue
        for shelter_id in fact.shelters:
            shelter = problem.shelter_by_id[shelter_id]
            if not open_for(shelter, nights):  # type: ignore[arg-type]
                continue
            if all(beds[(shelter_id, n)] + fact.sheltered <= shelter.beds
                   for n in nights):  # type: ignore[attr-defined]
                for n in nights:  # type: ignore[attr-defined]
                    beds[(shelter_id, n)] += fact.sheltered
                plan.shelter_of[fact.household.id] = shelter_id
                break
