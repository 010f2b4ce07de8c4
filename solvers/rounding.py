"""From the LP of :mod:`solvers.lp_model` to whole households, persons and slots.

The LP says how many households of each profile take each flight. Counts are rounded
down, which keeps every seat and medical row. Within a profile the households are
interchangeable for every rule, so the rounding chooses who flies for the later
objectives: the heaviest classes fly (objective 1), households with more members needing a
bed take the earlier flights (their stay is shorter: objective 3), then the heaviest
(objective 4). Document slots are then matched exactly (a maximum flow from demand nodes
to slots); a household whose members cannot all get one stays. Seats, medical places and
slots left over go to the households still waiting, heaviest per seat first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
from ortools.graph.python import max_flow

from solvers.classes import HouseholdClass
from solvers.lp_model import ArrayModel
from solvers.problem import Problem
from solvers.rules.documents import EligibleSlots
from solvers.rules.pins import ScreenedPins
from solvers.solution import Assignment

EPSILON = 1e-6


def round_flights(model: ArrayModel, x: np.ndarray, pins: ScreenedPins) -> Assignment:
    """Households on flights from the LP's option values, rounded down.

    Which households of a profile fly is decided for objective 1 (the heaviest classes),
    then, among classes of the same weight, for objective 2 (the fewest persons changed by
    flying them: those displaced from a flight before those never on one, those keeping
    their reference flight first). Which of the profile's flights each takes changes no
    rule and no earlier objective: reference places go to the households keeping the most
    persons there (objective 2); the others go by objectives 3 and 4."""
    plan = Assignment()
    for profile in model.profiles:
        start = int(model.profile_start[profile.index])
        arrays = profile.arrays
        counts = np.floor(x[start: start + len(arrays)] + EPSILON).astype(np.int64)
        total = int(counts.sum())
        if total <= 0:
            continue
        places = {int(f): int(c) for f, c in zip(arrays.flight_id, counts, strict=True) if c}
        reference = {cls.index: cls.reference_flight for cls in profile.classes}
        classes = sorted(profile.classes, key=lambda c: (
            -c.facts.weight, _changes_if_flown(c, c.reference_flight in places), c.index))
        chosen: list[tuple[int, int, int, int]] = []
        for cls in classes:
            for household_id in cls.households:
                if len(chosen) == total:
                    break
                chosen.append((-cls.facts.sheltered, -cls.facts.weight, household_id,
                               cls.index))
            if len(chosen) == total:
                break
        chosen.sort()
        by_index = {cls.index: cls for cls in profile.classes}
        # Reference places first to the households that keep the most persons there
        # (objective 2), the others then by objectives 3 and 4 (the order of ``chosen``).
        keeping = sorted(chosen, key=lambda e: -by_index[e[3]].kept_persons)
        kept_ids = set()
        for entry in keeping:
            flight_id = reference[entry[3]]
            if flight_id is not None and places.get(flight_id, 0) > 0:
                places[flight_id] -= 1
                plan.flight_of[entry[2]] = flight_id
                kept_ids.add(entry[2])
        rest = [entry for entry in chosen if entry[2] not in kept_ids]
        slots = [int(arrays.flight_id[i]) for i in np.argsort(arrays.day, kind="stable")
                 for _ in range(places.get(int(arrays.flight_id[i]), 0))]
        for (_, _, household_id, _), flight_id in zip(rest, slots, strict=False):
            plan.flight_of[household_id] = flight_id
    for household_id, flight_id in pins.flight.items():
        plan.flight_of[household_id] = flight_id
    return plan


def _changes_if_flown(cls: HouseholdClass, keeps_reference: bool) -> int:
    """Objective 2's cost of flying one household of the class rather than not: its
    members all change unless it keeps its reference flight, less those who change anyway
    when it stays (they had a flight)."""
    kept = cls.kept_persons if keeps_reference else 0
    return cls.facts.size - kept - cls.facts.changes_grounded


class SlotMatcher:
    """Exact assignment of document slots to the flown persons who need one (rules 6, 7).

    Persons with the same ready date and the same eligible slots form a node; a maximum
    flow from nodes to slots decides how many of each node go to each slot. Persons of
    the households that come first in ``priority`` are served first within a node.
    """

    def __init__(self, problem: Problem, pins: ScreenedPins) -> None:
        self.problem = problem
        self.pins = pins
        self.eligible = EligibleSlots(problem)
        self.free: dict[int, int] = {s.id: s.capacity for s in problem.slots}
        for slot_id in pins.slot.values():
            self.free[slot_id] -= 1

    def needing(self, household_id: int) -> list[int]:
        problem = self.problem
        return [p for p in problem.household_by_id[household_id].members
                if problem.person_by_id[p].needs_document and p not in self.pins.slot]

    def match(self, plan: Assignment, priority: list[int]) -> list[int]:
        """Give slots to the persons of the flown households; return the households (not
        pinned to their flight) whose members could not all get one."""
        problem = self.problem
        nodes: dict[tuple[dt.date, tuple[int, ...]], list[int]] = defaultdict(list)
        for household_id in priority:
            flight = problem.flight_by_id[plan.flight_of[household_id]]
            for person_id in self.needing(household_id):
                ready = problem.person_ready(problem.person_by_id[person_id])
                nodes[(ready, self.eligible(ready, flight))].append(person_id)
        keys = list(nodes)
        slot_ids = sorted({s for _, slots in keys for s in slots})
        slot_index = {s: len(keys) + 1 + i for i, s in enumerate(slot_ids)}
        sink = len(keys) + 1 + len(slot_ids)
        flow = max_flow.SimpleMaxFlow()
        arcs: list[tuple[int, int, int]] = []
        for i, key in enumerate(keys):
            flow.add_arc_with_capacity(0, i + 1, len(nodes[key]))
            for slot_id in key[1]:
                arc = flow.add_arc_with_capacity(i + 1, slot_index[slot_id], len(nodes[key]))
                arcs.append((arc, i, slot_id))
        for slot_id in slot_ids:
            flow.add_arc_with_capacity(slot_index[slot_id], sink, max(0, self.free[slot_id]))
        if keys:
            flow.solve(0, sink)
        queues = {i: list(nodes[key]) for i, key in enumerate(keys)}
        for arc, i, slot_id in arcs:
            amount = flow.flow(arc)
            if amount <= 0:
                continue
            taken, queues[i] = queues[i][:amount], queues[i][amount:]
            for person_id in taken:
                plan.slot_of[person_id] = slot_id
            self.free[slot_id] -= amount
        unserved = {person for queue in queues.values() for person in queue}
        grounded = []
        for household_id in priority:
            persons = self.needing(household_id)
            if not any(p in unserved for p in persons):
                continue
            if household_id in self.pins.flight:  # pragma: no cover - pins were screened
                continue
            grounded.append(household_id)
            del plan.flight_of[household_id]
            for person_id in persons:
                freed = plan.slot_of.pop(person_id, None)
                if freed is not None:
                    self.free[freed] += 1
        return grounded

    def take(self, person_ids: list[int], flight_id: int) -> list[tuple[int, int]] | None:
        """Earliest free slots in time for these persons and this flight, or None."""
        problem = self.problem
        flight = problem.flight_by_id[flight_id]
        taken: list[tuple[int, int]] = []
        for person_id in person_ids:
            ready = problem.person_ready(problem.person_by_id[person_id])
            slot_id = next((s for s in self.eligible(ready, flight) if self.free[s] > 0), None)
            if slot_id is None:
                for _, used in taken:
                    self.free[used] += 1
                return None
            self.free[slot_id] -= 1
            taken.append((person_id, slot_id))
        return taken


class SeatBook:
    """Seats and medical places a plan uses, per flight, as arrays over flight ids."""

    def __init__(self, problem: Problem, classes: list[HouseholdClass],
                 plan: Assignment) -> None:
        size = max((f.id for f in problem.flights), default=0) + 1
        self.seats_left = np.zeros(size, dtype=np.int64)
        self.medical_left = np.zeros(size, dtype=np.int64)
        for flight in problem.flights:
            self.seats_left[flight.id] = flight.seats
            self.medical_left[flight.id] = (NO_LIMIT if flight.medical_capacity is None
                                            else flight.medical_capacity)
        self.class_of = {h: cls for cls in classes for h in cls.households}
        for household_id, flight_id in plan.flight_of.items():
            self.book(household_id, flight_id, 1)

    def option(self, household_id: int, flight_id: int) -> tuple[int, int]:
        arrays = self.class_of[household_id].facts.arrays
        i = int(np.flatnonzero(arrays.flight_id == flight_id)[0])
        return int(arrays.seats[i]), int(arrays.medical[i])

    def book(self, household_id: int, flight_id: int, sign: int) -> None:
        seats, medical = self.option(household_id, flight_id)
        self.seats_left[flight_id] -= sign * seats
        self.medical_left[flight_id] -= sign * medical


NO_LIMIT = 1 << 40


def fill_flights(problem: Problem, classes: list[HouseholdClass], plan: Assignment,
                 matcher: SlotMatcher, book: SeatBook) -> int:
    """Seat households still waiting where seats, medical places and slots are left,
    heaviest per seat first, each on its earliest flight that fits. Returns how many."""
    placed = 0
    order = sorted(classes, key=lambda c: (-c.facts.weight / max(1, c.facts.size), c.index))
    for cls in order:
        arrays = cls.facts.arrays
        if not len(arrays):
            continue
        for household_id in cls.households:
            if household_id in plan.flight_of:
                continue
            fits = np.flatnonzero((book.seats_left[arrays.flight_id] >= arrays.seats)
                                  & (book.medical_left[arrays.flight_id] >= arrays.medical))
            if not len(fits):
                break
            needing = matcher.needing(household_id)
            for i in fits.tolist():
                flight_id = int(arrays.flight_id[i])
                taken = matcher.take(needing, flight_id)
                if taken is None:
                    continue
                plan.flight_of[household_id] = flight_id
                plan.slot_of.update(taken)
                book.book(household_id, flight_id, 1)
                placed += 1
                break
            else:
                break  # the class's other households need the same slots: none fit either
    return placed


def keep_references(problem: Problem, classes: list[HouseholdClass], plan: Assignment,
                    matcher: SlotMatcher, book: SeatBook) -> int:
    """Objective 2 after the rounding: every household whose reference flight still has
    room for it (seats, medical places, and a document slot in time for each member who
    needs one) is put back on it, from another flight or from the ground: its weight is
    flown as before or more, and fewer persons change. Households keeping most persons
    go first. Returns how many moved back."""
    if problem.reference is None:
        return 0
    back = 0
    order = sorted((c for c in classes if c.reference_flight is not None),
                   key=lambda c: (-c.kept_persons, c.index))
    for cls in order:
        target = cls.reference_flight
        assert target is not None
        for household_id in cls.households:
            current = plan.flight_of.get(household_id)
            if current == target or household_id in matcher.pins.flight:
                continue
            seats, medical = book.option(household_id, target)
            if book.seats_left[target] < seats or book.medical_left[target] < medical:
                break  # the class's other households need as much room
            needing = matcher.needing(household_id)
            held = [(p, plan.slot_of.pop(p)) for p in needing if p in plan.slot_of]
            for _, slot_id in held:
                matcher.free[slot_id] += 1
            taken = matcher.take(needing, target)
            if taken is None:
                for person_id, slot_id in held:
                    plan.slot_of[person_id] = slot_id
                    matcher.free[slot_id] -= 1
                continue
            if current is not None:
                book.book(household_id, current, -1)
            plan.flight_of[household_id] = target
            plan.slot_of.update(taken)
            book.book(household_id, target, 1)
            back += 1
    return back
