"""Rule 10: pinned assignments are kept; a pin that breaks a rule is released and reported.

Pins are screened before the model is built, slot pins first, then flight pins, then
shelter pins, each kind in the order the pins were made. A pin is kept when it satisfies
every rule on its own and, together with the pins kept before it, fits the seats, medical
places, slot capacity (a flight pin's members needing a document must all find a place in
a slot in time, beside those of the flight pins kept before) and beds. A shelter pin without a flight pin is checked for a stay up
to the horizon end, so that keeping it never depends on the household getting a flight.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ortools.graph.python import max_flow

from solvers.nights import shelter_nights
from solvers.problem import PinSpec, Problem
from solvers.rules import destination, fit_to_travel, seats, shelter_fit, timing

if TYPE_CHECKING:
    from solvers.model import PlanModel


@dataclass
class ScreenedPins:
    flight: dict[int, int] = field(default_factory=dict)
    shelter: dict[int, int] = field(default_factory=dict)
    slot: dict[int, int] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _conflict(pin: PinSpec, subject: str, target: str, why: str) -> dict[str, Any]:
    return {
        "code": "pin_conflict",
        "pin_id": pin.id,
        "kind": pin.kind,
        "subject": subject,
        "target": target,
        "text": f"The pin of {subject} to {pin.kind} {target} was released: {why}.",
    }


_ORDER = {"slot": 0, "flight": 1, "shelter": 2}


class _Screening:
    """Pins screened one by one in the order of :func:`screen`, with the seats, medical
    places, slot places and beds the kept ones take."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.kept = ScreenedPins()
        self.seats_used: dict[int, int] = defaultdict(int)
        self.medical_used: dict[int, int] = defaultdict(int)
        self.slot_used: dict[int, int] = defaultdict(int)
        self.beds_used: dict[tuple[int, dt.date], int] = defaultdict(int)

    def add(self, pin: PinSpec) -> None:
        problem, kept = self.problem, self.kept
        if pin.kind == "slot":
            why = _screen_slot(problem, pin, self.slot_used)
            if why is None:
                kept.slot[pin.subject_id] = pin.target_id
                self.slot_used[pin.target_id] += 1
        elif pin.kind == "flight":
            why = self._screen_flight_pin(pin)
            if why is None:
                household = problem.household_by_id[pin.subject_id]
                flight = problem.flight_by_id[pin.target_id]
                members = problem.members(household)
                kept.flight[household.id] = flight.id
                self.seats_used[flight.id] += seats.seats_needed(problem, members, flight)
                self.medical_used[flight.id] += sum(1 for p in members if p.medical)
        elif pin.kind == "shelter":
            why = _screen_shelter(problem, pin, kept, self.beds_used)
        else:
            why = f"'{pin.kind}' is not a kind of pin"
        if why is not None:
            kept.conflicts.append(_conflict(pin, *_names(problem, pin), why))

    def _screen_flight_pin(self, pin: PinSpec) -> str | None:
        """Why a flight pin screened now would be released (None: it is kept)."""
        why = _screen_flight(self.problem, pin, self.kept, self.seats_used, self.medical_used)
        if why is None:
            why = _screen_documents(self.problem, pin, self.kept, self.slot_used)
        return why


def screen(problem: Problem) -> ScreenedPins:
    screening = _Screening(problem)
    for pin in sorted(problem.pins, key=lambda p: (_ORDER.get(p.kind, 3), p.id)):
        screening.add(pin)
    return screening.kept


class NewFlightPins:
    """What a new pin of a household to a flight would meet at the next plan.

    ``why(household_id, flight_id)`` is the clause of the rule that would release it, or
    None when :func:`screen` would keep it. The new pin replaces the household's own
    flight pin and comes after every other pin (it is the newest), as when an officer
    makes it; shelter pins are screened after flight pins and never release one."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.newest = max((p.id for p in problem.pins), default=0) + 1
        self._own = {p.subject_id for p in problem.pins if p.kind == "flight"}
        self._screenings: dict[int | None, _Screening] = {}

    def _screening(self, household_id: int) -> _Screening:
        replaced = household_id if household_id in self._own else None
        found = self._screenings.get(replaced)
        if found is None:
            found = self._screenings[replaced] = _Screening(self.problem)
            for pin in sorted(self.problem.pins, key=lambda p: (_ORDER.get(p.kind, 3), p.id)):
                if pin.kind == "slot" or (pin.kind == "flight" and pin.subject_id != replaced):
                    found.add(pin)
        return found

    def why(self, household_id: int, flight_id: int) -> str | None:
        return self._screening(household_id)._screen_flight_pin(
            PinSpec(self.newest, "flight", household_id, flight_id))


def _names(problem: Problem, pin: PinSpec) -> tuple[str, str]:
    if pin.kind == "slot":
        person = problem.person_by_id.get(pin.subject_id)
        slot = problem.slot_by_id.get(pin.target_id)
        return (f"person {person.case_no}" if person else f"person #{pin.subject_id}",
                slot.key if slot else f"#{pin.target_id}")
    household = problem.household_by_id.get(pin.subject_id)
    subject = f"household {household.code}" if household else f"household #{pin.subject_id}"
    if pin.kind == "flight":
        flight = problem.flight_by_id.get(pin.target_id)
        return subject, flight.key if flight else f"#{pin.target_id}"
    shelter = problem.shelter_by_id.get(pin.target_id)
    return subject, shelter.name if shelter else f"#{pin.target_id}"


def _screen_slot(problem: Problem, pin: PinSpec, used: dict[int, int]) -> str | None:
    person = problem.person_by_id.get(pin.subject_id)
    slot = problem.slot_by_id.get(pin.target_id)
    if person is None:
        return "the person is no longer awaiting a flight"
    if slot is None:
        return "the slot no longer exists"
    ready = problem.person_ready(person)
    if slot.date < ready:
        return f"the slot is on {slot.date:%d %b %Y}, before the person is available on {ready:%d %b %Y}"
    if used[slot.id] + 1 > slot.capacity:
        return f"the slot's {slot.capacity} places are taken by earlier pins"
    return None


def _screen_flight(
    problem: Problem,
    pin: PinSpec,
    kept: ScreenedPins,
    seats_used: dict[int, int],
    medical_used: dict[int, int],
) -> str | None:
    household = problem.household_by_id.get(pin.subject_id)
    flight = problem.flight_by_id.get(pin.target_id)
    if household is None:
        return "the household is no longer awaiting a flight"
    if flight is None:
        return "the flight no longer exists"
    if not problem.is_usable(flight):
        if flight.status not in ("planned", "confirmed"):
            return f"the flight is {flight.status}"
        return f"the flight left on {flight.departure_date:%d %b %Y}, before the plan start"
    if not destination.allows(problem, household, flight):
        return f"not every member accepts {flight.destination}"
    earliest = timing.earliest_departure(problem, household)
    if not timing.allows(problem, household, flight):
        return f"the household cannot leave before {earliest:%d %b %Y}"
    members = problem.members(household)
    uncovered = fit_to_travel.uncovered(problem, members, flight)
    if uncovered:
        return (f"no fit-to-travel clearance of {', '.join(uncovered)} covers "
                f"{flight.departure_date:%d %b %Y}")
    infants, adults = seats.lap_count(problem, members, flight)
    if infants > adults:
        if infants == 1:
            return f"an infant would travel without a member aged {problem.minor_age} or over"
        return (f"its {infants} infants would travel with {adults} of its members aged "
                f"{problem.minor_age} or over, and each infant needs the lap of its own adult")
    need = seats.seats_needed(problem, members, flight)
    if need > flight.seats:
        return f"the flight has fewer seats ({flight.seats}) than the household needs ({need})"
    if seats_used[flight.id] + need > flight.seats:
        return f"its {flight.seats} seats are taken by earlier pins"
    medical = sum(1 for p in members if p.medical)
    cap = flight.medical_capacity
    if cap is not None and medical > cap:
        return (f"the flight carries fewer medical passengers ({cap}) than the household "
                f"has ({medical})")
    if cap is not None and medical_used[flight.id] + medical > cap:
        return f"its medical capacity of {cap} is taken"
    for person in members:
        if not person.needs_document:
            continue
        pinned = kept.slot.get(person.id)
        if pinned is not None:
            if not problem.slot_in_time(problem.slot_by_id[pinned], person, flight):
                return f"the document of {person.case_no} from its pinned slot is not ready in time"
        elif not any(problem.slot_in_time(s, person, flight) for s in problem.slots):
            return f"no document slot is early enough for {person.case_no}"
    return None


def _screen_documents(problem: Problem, pin: PinSpec, kept: ScreenedPins,
                      slot_used: dict[int, int]) -> str | None:
    """The members of this household and of the flight pins kept before it who need a
    document and have no slot pin must all get a place in a slot in time for their
    flight (rules 6 and 7, a maximum flow over the places the slot pins left)."""
    demands = []
    for household_id, flight_id in [*kept.flight.items(), (pin.subject_id, pin.target_id)]:
        flight = problem.flight_by_id[flight_id]
        for person in problem.members(problem.household_by_id[household_id]):
            if person.needs_document and person.id not in kept.slot:
                demands.append((person, flight))
    if not demands:
        return None
    slots = list(problem.slots)
    sink = 1 + len(demands) + len(slots)
    flow = max_flow.SimpleMaxFlow()
    for i, (person, flight) in enumerate(demands):
        flow.add_arc_with_capacity(0, 1 + i, 1)
        for j, slot in enumerate(slots):
            if problem.slot_in_time(slot, person, flight):
                flow.add_arc_with_capacity(1 + i, 1 + len(demands) + j, 1)
    for j, slot in enumerate(slots):
        flow.add_arc_with_capacity(1 + len(demands) + j, sink,
                                   max(0, slot.capacity - slot_used[slot.id]))
    flow.solve(0, sink)
    if flow.optimal_flow() < len(demands):
        return "the document slots in time for its members are taken (by pins or capacity)"
    return None


def _screen_shelter(
    problem: Problem,
    pin: PinSpec,
    kept: ScreenedPins,
    beds_used: dict[tuple[int, dt.date], int],
) -> str | None:
    household = problem.household_by_id.get(pin.subject_id)
    shelter = problem.shelter_by_id.get(pin.target_id)
    if household is None:
        return "the household is no longer awaiting a flight"
    if shelter is None:
        return "the shelter no longer exists"
    misfit = shelter_fit.misfit(problem, shelter, household)
    if misfit is not None:
        return misfit
    flight_id = kept.flight.get(household.id)
    departure = problem.flight_by_id[flight_id].departure_date if flight_id else None
    nights = shelter_nights(problem.household_ready(household), departure, problem.horizon_end)
    if not shelter_fit.open_for(shelter, nights):
        return "the shelter is closed on some night of the stay"
    sheltered = len(problem.sheltered_members(household))
    if nights is not None and sheltered:
        for night in nights:
            if beds_used[(shelter.id, night)] + sheltered > shelter.beds:
                return f"its {shelter.beds} beds are taken by earlier pins on the night of {night:%d %b %Y}"
        for night in nights:
            beds_used[(shelter.id, night)] += sheltered
    kept.shelter[household.id] = shelter.id
    return None


def add(model: PlanModel) -> None:
    """Kept flight pins: the household is on its flight; kept shelter pins: in its shelter.

    (Kept slot pins take their place in :mod:`solvers.rules.slot_capacity` and restrict
    the household's flights in :mod:`solvers.options`.)
    """
    by_household = {h: cls for cls in model.classes for h in cls.households}
    for household_id, flight_id in model.pins.flight.items():
        cls = by_household[household_id]
        var = model.vars.n.get((cls.index, flight_id))
        if var is None:
            raise RuntimeError(f"kept pin of household #{household_id} has no flight option")
        model.rows.add_eq([(var, 1)], 1)
    # A household with a kept shelter pin is a bed group of its own (shelter_nights).
    group_of = {cls.index: group.index for group in model.bed_groups for cls in group.classes}
    for household_id, shelter_id in model.pins.shelter.items():
        group = group_of.get(by_household[household_id].index)
        terms = [(var, 1) for (g, s, _), var in model.vars.b.items()
                 if g == group and s == shelter_id]
        if terms:
            model.rows.add_eq(terms, 1)
