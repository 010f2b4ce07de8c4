"""Rule 10: pinned assignments are kept; a pin that breaks a rule is released and reported.

Pins are screened before the model is built, slot pins first, then flight pins, then
shelter pins, each kind in the order the pins were made. A pin is kept when it satisfies
every rule on its own and, together with the pins kept before it, fits the seats, medical
places, slot capacity (a flight pin's members needing a document must all find a place in
a slot in time, beside those of the flight pins kept before) and beds. A shelter pin without a flight pin is checked for a stay up
to the horizon end, so that keeping it never depends on the household getting a flight.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ortools.graph.python import max_flow

from solvers.nights import shelter_nights
from solvers.problem import PinSpec, Problem
from solvers.reasons import Reason
from solvers.rules import destination, fit_to_travel, seats, shelter_fit, timing


@dataclass
class ScreenedPins:
    flight: dict[int, int] = field(default_factory=dict)
    shelter: dict[int, int] = field(default_factory=dict)
    slot: dict[int, int] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _conflict(pin: PinSpec, subject_kind: str, subject: str, target: str,
              why: Reason) -> dict[str, Any]:
    """A released pin as stored (``Reason("pin_conflict", ...)``'s JSON): the household's
    (or person's) code, the target's key and the clause of the rule that released it."""
    return Reason("pin_conflict", {"pin_id": pin.id, "kind": pin.kind,
                                   "subject_kind": subject_kind, "subject": subject,
                                   "target": target, "why": why.as_json()}).as_json()


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
            why = Reason("pin_unknown_kind", {"kind": pin.kind})
        if why is not None:
            kept.conflicts.append(_conflict(pin, *_names(problem, pin), why))

    def _screen_flight_pin(self, pin: PinSpec) -> Reason | None:
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

    def why(self, household_id: int, flight_id: int) -> Reason | None:
        held = held_elsewhere(self.problem, household_id, flight_id)
        if held is not None:
            return held
        return self._screening(household_id)._screen_flight_pin(
            PinSpec(self.newest, "flight", household_id, flight_id))


def _hold(problem: Problem, household_id: int) -> PinSpec | None:
    """The movement hold of a household (a flight pin numbered below zero), if any."""
    return next((p for p in problem.pins if p.id < 0 and p.kind == "flight"
                 and p.subject_id == household_id), None)


def held_elsewhere(problem: Problem, household_id: int, flight_id: int) -> Reason | None:
    """Why a flight pin of a household called or checked in for another flight is not
    read by the next plan (the movement hold keeps the household on its flight, SPEC
    8.1); None when the household is not held, or held on this flight."""
    held = _hold(problem, household_id)
    if held is None or held.target_id == flight_id:
        return None
    flight = problem.flight_by_id.get(held.target_id)
    return Reason("household_held", {"flight": flight.key if flight else f"#{held.target_id}"})


@dataclass(frozen=True)
class NewPinVerdict:
    """What the next plan would do with a pin made now (:func:`judge_new_pin`)."""

    #: The clause that would release the new pin (None: it would be kept).
    why: Reason | None = None
    #: A pin kept now that the new one would get released (its conflict, as stored).
    releases: dict[str, Any] | None = None

    @property
    def holds(self) -> bool:
        return self.why is None and self.releases is None


def judge_new_pin(problem: Problem, kind: str, subject_id: int,
                  target_id: int) -> NewPinVerdict:
    """Screen the pins as the next plan will once this pin is made: it replaces the
    subject's own pin of its kind and is the newest. Says the clause that would release
    it, or the first pin kept now that it would get released (a slot pin whose place a
    kept flight pin's member needed, a flight pin after which the household's shelter pin
    no longer fits the stay...); nothing when every pin kept now and the new one are kept.

    A household called or checked in for a flight is held on it (its flight pins are
    not read, ``planner.planning.problem_builder.movement_holds``): a flight pin of it is
    refused with the flight it is held on (:func:`held_elsewhere`)."""
    if kind == "flight" and _hold(problem, subject_id) is not None:
        # The next plan reads no flight pin of a held household (nor seats it twice).
        return NewPinVerdict(held_elsewhere(problem, subject_id, target_id))
    new = PinSpec(max((p.id for p in problem.pins), default=0) + 1, kind, subject_id,
                  target_id)
    others = tuple(p for p in problem.pins
                   if not (p.kind == kind and p.subject_id == subject_id and p.id > 0))
    before = {c["pin_id"] for c in screen(problem).conflicts}
    after = screen(dataclasses.replace(problem, pins=(*others, new))).conflicts
    for conflict in after:
        if conflict["pin_id"] == new.id:
            return NewPinVerdict(why=Reason.of(conflict["why"]))
    for conflict in after:
        if conflict["pin_id"] not in before:
            return NewPinVerdict(releases=conflict)
    return NewPinVerdict()


def _names(problem: Problem, pin: PinSpec) -> tuple[str, str, str]:
    """(subject kind, subject's code, target's key) of a pin; "#id" for one gone."""
    if pin.kind == "slot":
        person = problem.person_by_id.get(pin.subject_id)
        slot = problem.slot_by_id.get(pin.target_id)
        return ("person", person.case_no if person else f"#{pin.subject_id}",
                slot.key if slot else f"#{pin.target_id}")
    household = problem.household_by_id.get(pin.subject_id)
    subject = household.code if household else f"#{pin.subject_id}"
    if pin.kind == "flight":
        flight = problem.flight_by_id.get(pin.target_id)
        return "household", subject, flight.key if flight else f"#{pin.target_id}"
    shelter = problem.shelter_by_id.get(pin.target_id)
    return "household", subject, shelter.name if shelter else f"#{pin.target_id}"


def _screen_slot(problem: Problem, pin: PinSpec, used: dict[int, int]) -> Reason | None:
    person = problem.person_by_id.get(pin.subject_id)
    slot = problem.slot_by_id.get(pin.target_id)
    if person is None:
        return Reason("person_not_awaiting")
    if slot is None:
        return Reason("slot_gone")
    if not person.needs_document:
        return Reason("person_needs_no_document")
    ready = problem.person_ready(person)
    if slot.date < ready:
        return Reason("slot_before_ready", {"slot_date": slot.date.isoformat(),
                                            "ready": ready.isoformat()})
    if used[slot.id] + 1 > slot.capacity:
        return Reason("slot_taken_by_pins", {"capacity": slot.capacity})
    return None


def _screen_flight(
    problem: Problem,
    pin: PinSpec,
    kept: ScreenedPins,
    seats_used: dict[int, int],
    medical_used: dict[int, int],
) -> Reason | None:
    household = problem.household_by_id.get(pin.subject_id)
    flight = problem.flight_by_id.get(pin.target_id)
    if household is None:
        return Reason("household_not_awaiting")
    if flight is None:
        return Reason("flight_gone")
    if not problem.is_usable(flight):
        if flight.status not in ("planned", "confirmed"):
            return Reason("flight_not_flying", {"status": flight.status})
        return Reason("flight_before_start", {"departure": flight.departure_date.isoformat()})
    if not destination.allows(problem, household, flight):
        # The airports it accepts too: the pin list, the refusal of a new pin and the
        # released pin say "the household accepts only CGK or SUB, not DPS" alike.
        return Reason("destination_not_accepted", {
            "airport": flight.destination,
            "accepted": list(problem.accepted_destinations(household))})
    earliest = timing.earliest_departure(problem, household)
    if not timing.allows(problem, household, flight):
        return Reason("cannot_leave_before", {"earliest": earliest.isoformat()})
    members = problem.members(household)
    uncovered = fit_to_travel.uncovered(problem, members, flight)
    if uncovered:
        return Reason("fit_to_travel_uncovered", {"persons": list(uncovered),
                                                  "departure": flight.departure_date.isoformat()})
    infants, adults = seats.lap_count(problem, members, flight)
    if infants > adults:
        return Reason("infant_without_lap", {"infants": infants, "adults": adults,
                                             "minor_age": problem.minor_age})
    need = seats.seats_needed(problem, members, flight)
    if need > flight.seats:
        return Reason("flight_too_small", {"seats": flight.seats, "need": need})
    if seats_used[flight.id] + need > flight.seats:
        return Reason("seats_taken_by_pins", {"seats": flight.seats})
    medical = sum(1 for p in members if p.medical)
    cap = flight.medical_capacity
    if cap is not None and medical > cap:
        return Reason("medical_too_many", {"capacity": cap, "medical": medical})
    if cap is not None and medical_used[flight.id] + medical > cap:
        return Reason("medical_taken_by_pins", {"capacity": cap})
    for person in members:
        if not person.needs_document:
            continue
        pinned = kept.slot.get(person.id)
        if pinned is not None:
            if not problem.slot_in_time(problem.slot_by_id[pinned], person, flight):
                return Reason("pinned_document_late", {"case_no": person.case_no})
        elif not any(problem.slot_in_time(s, person, flight) for s in problem.slots):
            return Reason("no_document_in_time", {"case_no": person.case_no})
    return None


def _screen_documents(problem: Problem, pin: PinSpec, kept: ScreenedPins,
                      slot_used: dict[int, int]) -> Reason | None:
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
        return Reason("document_slots_taken")
    return None


def _screen_shelter(
    problem: Problem,
    pin: PinSpec,
    kept: ScreenedPins,
    beds_used: dict[tuple[int, dt.date], int],
) -> Reason | None:
    household = problem.household_by_id.get(pin.subject_id)
    shelter = problem.shelter_by_id.get(pin.target_id)
    if household is None:
        return Reason("household_not_awaiting")
    if shelter is None:
        return Reason("shelter_gone")
    misfit = shelter_fit.misfit(problem, shelter, household)
    if misfit is not None:
        return misfit
    flight_id = kept.flight.get(household.id)
    departure = problem.flight_by_id[flight_id].departure_date if flight_id else None
    nights = shelter_nights(problem.household_ready(household), departure, problem.horizon_end)
    if not shelter_fit.open_for(shelter, nights):
        return Reason("shelter_closed")
    sheltered = len(problem.sheltered_members(household))
    if not sheltered:
        return Reason("household_needs_no_shelter")
    if sheltered > shelter.beds:
        return Reason("shelter_too_small", {"beds": shelter.beds, "need": sheltered})
    if nights is not None and sheltered:
        for night in nights:
            if beds_used[(shelter.id, night)] + sheltered > shelter.beds:
                return Reason("beds_taken_by_pins", {"beds": shelter.beds,
                                                     "night": night.isoformat()})
        for night in nights:
            beds_used[(shelter.id, night)] += sheltered
    kept.shelter[household.id] = shelter.id
    return None
