"""Who of the flown households takes the earlier flights: those needing beds (objective 3).

Once a plan's flown households are chosen (objectives 1 and 2), which of them takes which
of its flights changes neither objective, but it decides how long each sheltered
household holds its beds. A household with members needing a bed that flies late while a
household needing fewer beds flies early on a flight the first could take holds beds for
nights the second would not: exchanging their flights lowers the beds wanted on every
night in between and raises them on none.

:func:`exchange_by_flow` makes such exchanges all at once for the households taking the
same seats and medical places (a min-cost flow per size: cycles of exchanges too); then
:func:`retime` makes moves household by household (most beds first, latest flight first),
each to the earliest flight it can take:

- alone, when that flight has the seats and medical places left;
- or in exchange with a household on that flight needing fewer beds (fewest first) that
  can take the first one's flight, when both flights keep their seats and medical places.

Every move keeps every rule of SPEC 3.1: the flight is among the household's options
(destination, timing, lap infants), the flights' seats and medical places hold, and the
household's document slots are in time for its new flight (a household only moves later
when exchanged, which no slot forbids). Kept flight pins never move. Objective 1 is the
same (the same households fly) and objective 2 never grows (a move is made only when the
persons changed against the reference plan are no more than before). The beds are then
placed again by :func:`solvers.beds.assign_beds`; :func:`place_beds` keeps the better of
the two bed plans, so objective 3 never grows either.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from solvers import objectives
from solvers.beds import assign_beds
from solvers.classes import HouseholdClass
from solvers.problem import Problem
from solvers.rounding import NO_LIMIT
from solvers.rules.pins import ScreenedPins
from solvers.solution import Assignment

#: Households on the target flight looked at per sheltered count for an exchange.
PARTNERS_LOOKED_AT = 40
#: Seconds left before the deadline below which the plan is not re-timed at all (making
#: the index of the flown households and placing the beds twice take that much at
#: 20,000 persons).
LEAST_SECONDS = 0.5
#: Passes over the households at most (a later pass finds room freed by the earlier one).
PASSES = 3


@dataclass
class _Option:
    day: int
    seats: int
    medical: int
    changes: int


@dataclass
class Retimed:
    """What :func:`retime` did: households moved alone, exchanges, and passes made."""

    moved: int = 0
    exchanged: int = 0
    passes: int = 0
    #: Households that changed flight in :func:`exchange_by_flow`.
    flowed: int = 0


class _Flights:
    """The plan's flown households as they may move: their options, beds, and the seats
    and medical places left on each flight."""

    def __init__(self, problem: Problem, plan: Assignment, classes: list[HouseholdClass],
                 pins: ScreenedPins) -> None:
        self.problem, self.plan = problem, plan
        class_of = {h: cls for cls in classes for h in cls.households}
        size = max((f.id for f in problem.flights), default=0) + 1
        self.seats_left = [0] * size
        self.medical_left = [0] * size
        #: Moves onto or off each flight so far (a failed search is not repeated unless
        #: one of its flights changed since).
        self.version = [0] * size
        self.failed: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.class_index: dict[int, int] = {}
        for flight in problem.flights:
            self.seats_left[flight.id] = flight.seats
            self.medical_left[flight.id] = (NO_LIMIT if flight.medical_capacity is None
                                            else flight.medical_capacity)
        self.deadlines = {f.id: problem.departure_deadline(f) for f in problem.flights}
        self.options: dict[int, dict[int, _Option]] = {}
        self.sheltered: dict[int, int] = {}
        #: The latest moment a household's slots have its documents ready (None: none).
        self.documents_ready: dict[int, dt.datetime | None] = {}
        #: flight -> sheltered members -> households on it that may move (ordered).
        self.on_flight: dict[int, dict[int, dict[int, None]]] = {}
        by_class: dict[int, dict[int, _Option]] = {}
        for household_id, flight_id in plan.flight_of.items():
            cls = class_of.get(household_id)
            if cls is None:
                continue
            options = by_class.get(cls.index)
            if options is None:
                a = cls.facts.arrays
                options = by_class[cls.index] = {
                    int(f): _Option(int(d), int(s), int(m), int(c)) for f, d, s, m, c in
                    zip(a.flight_id.tolist(), a.day.tolist(), a.seats.tolist(),
                        a.medical.tolist(), a.changes.tolist(), strict=True)}
            own = options.get(flight_id)
            if own is None:  # pragma: no cover - a plan's flight is among its options
                continue
            self.seats_left[flight_id] -= own.seats
            self.medical_left[flight_id] -= own.medical
            if household_id in pins.flight:
                continue
            self.options[household_id] = options
            self.class_index[household_id] = cls.index
            self.sheltered[household_id] = cls.facts.sheltered
            ready = [problem.slot_by_id[plan.slot_of[p]].ready_at
                     for p in problem.household_by_id[household_id].members
                     if p in plan.slot_of]
            self.documents_ready[household_id] = max(ready, default=None)
            self._enter(household_id, flight_id)

    def _enter(self, household_id: int, flight_id: int) -> None:
        by_count = self.on_flight.setdefault(flight_id, {})
        by_count.setdefault(self.sheltered[household_id], {})[household_id] = None

    def _leave(self, household_id: int, flight_id: int) -> None:
        del self.on_flight[flight_id][self.sheltered[household_id]][household_id]

    def documents_in_time(self, household_id: int, flight_id: int) -> bool:
        ready = self.documents_ready[household_id]
        return ready is None or ready <= self.deadlines[flight_id]

    def move(self, household_id: int, flight_id: int) -> None:
        old = self.plan.flight_of[household_id]
        options = self.options[household_id]
        self.seats_left[old] += options[old].seats
        self.medical_left[old] += options[old].medical
        self.seats_left[flight_id] -= options[flight_id].seats
        self.medical_left[flight_id] -= options[flight_id].medical
        self.version[old] += 1
        self.version[flight_id] += 1
        self._leave(household_id, old)
        self._enter(household_id, flight_id)
        self.plan.flight_of[household_id] = flight_id

    def fits(self, household_id: int, flight_id: int, freed: _Option | None = None) -> bool:
        """Whether the household fits on the flight, with ``freed``'s seats and medical
        places given back there first."""
        option = self.options[household_id][flight_id]
        seats = self.seats_left[flight_id] + (freed.seats if freed else 0)
        medical = self.medical_left[flight_id] + (freed.medical if freed else 0)
        return seats >= option.seats and medical >= option.medical

    def tried(self, household_id: int, late: int, early: int) -> bool:
        """Whether a household of the same class found no exchange between these two
        flights, neither of which changed since."""
        key = (self.class_index[household_id], late, early)
        return self.failed.get(key) == (self.version[late], self.version[early])

    def found_none(self, household_id: int, late: int, early: int) -> None:
        self.failed[(self.class_index[household_id], late, early)] = (
            self.version[late], self.version[early])

    def exchangeable(self, household_id: int, other: int, late: int, early: int) -> bool:
        """Whether ``household_id`` (on ``late``) and ``other`` (on ``early``) can
        exchange flights: ``late`` among the other's options, both flights' seats and
        medical places kept, and no more persons changed against the reference plan."""
        options, theirs = self.options[household_id], self.options[other]
        their_late = theirs.get(late)
        if their_late is None:
            return False
        mine_late, mine_early, their_early = options[late], options[early], theirs[early]
        return (mine_early.changes + their_late.changes
                <= mine_late.changes + their_early.changes
                and self.seats_left[early] + their_early.seats >= mine_early.seats
                and self.medical_left[early] + their_early.medical >= mine_early.medical
                and self.seats_left[late] + mine_late.seats >= their_late.seats
                and self.medical_left[late] + mine_late.medical >= their_late.medical)

    def partner(self, household_id: int, late: int, early: int) -> int | None:
        """A household on ``early`` needing fewer beds that can take ``late`` in exchange
        for ``household_id`` (on ``late``), the fewest beds first; None when there is
        none among the first PARTNERS_LOOKED_AT of each count."""
        for count in range(self.sheltered[household_id]):
            candidates = self.on_flight.get(early, {}).get(count, {})
            for looked, other in enumerate(candidates):
                if looked >= PARTNERS_LOOKED_AT:
                    break
                if self.exchangeable(household_id, other, late, early):
                    return other
        return None


def retime(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
           pins: ScreenedPins, deadline: float | None = None) -> Retimed:
    """Move sheltered flown households of ``plan`` to earlier flights (in place), alone or
    in exchange with households needing fewer beds; stops at ``deadline``
    (``time.perf_counter()``) when given. Objectives 1 and 2 do not change for the worse;
    beds are not touched (call :func:`solvers.beds.assign_beds` after)."""
    done = Retimed()
    flights = _Flights(problem, plan, classes, pins)
    for _ in range(PASSES):
        done.passes += 1
        made = done.moved + done.exchanged
        order = sorted((h for h, s in flights.sheltered.items() if s > 0),
                       key=lambda h: (-flights.sheltered[h],
                                      -flights.options[h][plan.flight_of[h]].day, h))
        for household_id in order:
            if deadline is not None and time.perf_counter() > deadline:
                return done
            late = plan.flight_of[household_id]
            options = flights.options[household_id]
            day = options[late].day
            earlier = sorted((o.day, f) for f, o in options.items() if o.day < day)
            for _, early in earlier:
                if options[early].changes > options[late].changes or \
                        not flights.documents_in_time(household_id, early):
                    continue
                if flights.fits(household_id, early):
                    flights.move(household_id, early)
                    done.moved += 1
                    break
                if flights.tried(household_id, late, early):
                    continue
                other = flights.partner(household_id, late, early)
                if other is not None:
                    flights.move(other, late)
                    flights.move(household_id, early)
                    done.exchanged += 1
                    break
                flights.found_none(household_id, late, early)
        if done.moved + done.exchanged == made:
            break
    return done


class _Beds:
    """Beds used per (shelter, night) by a plan with its beds placed, for moves that keep
    every shelter within its beds (rule 8) and fit (rule 9)."""

    def __init__(self, problem: Problem, plan: Assignment, flights: _Flights,
                 classes: list[HouseholdClass]) -> None:
        self.problem, self.plan, self.flights = problem, plan, flights
        start, end = problem.start, problem.horizon_end
        self.nights = (end - start).days + 1
        shelters = list(problem.shelters)
        self.shelter_ids = [s.id for s in shelters]
        self.index_of = {s.id: i for i, s in enumerate(shelters)}
        self.beds = np.asarray([s.beds for s in shelters], dtype=np.int64)
        self.is_open = np.asarray([[s.is_open(start + dt.timedelta(days=t))
                                    for t in range(self.nights)] for s in shelters],
                                  dtype=bool)
        self.used = np.zeros((len(shelters), self.nights), dtype=np.int64)
        class_of = {h: cls for cls in classes for h in cls.households}
        self.ready = {h: (cls.facts.ready - start).days for h, cls in class_of.items()}
        self.persons = {h: cls.facts.sheltered for h, cls in class_of.items()}
        self.day = {f.id: (f.departure_date - start).days for f in problem.flights}
        self.fits = {h: np.asarray([self.index_of[s] for s in cls.facts.shelters],
                                   dtype=np.int64) for h, cls in class_of.items()}
        for household_id, shelter_id in plan.shelter_of.items():
            stay = self.stay(household_id, plan.flight_of.get(household_id))
            cls = class_of.get(household_id)
            if stay is not None and cls is not None:
                self.used[self.index_of[shelter_id], stay[0]: stay[1] + 1] += \
                    cls.facts.sheltered

    def stay(self, household_id: int, flight_id: int | None) -> tuple[int, int] | None:
        """First and last night (days from S) of the household's stay on that flight."""
        last = self.nights - 1 if flight_id is None else self.day[flight_id] - 1
        first = self.ready[household_id]
        return None if last < first else (first, last)

    def room(self, shelter: int, first: int, last: int, persons: int) -> bool:
        return bool(self.is_open[shelter, first: last + 1].all() and
                    (self.used[shelter, first: last + 1] + persons
                     <= self.beds[shelter]).all())

    def house(self, household_id: int) -> bool:
        """A bed for the unhoused household over its whole stay, in the fitting shelter
        with the fewest beds free (the others kept for longer stays)."""
        persons = self.persons[household_id]
        stay = self.stay(household_id, self.plan.flight_of.get(household_id))
        candidates = self.fits[household_id]
        if stay is None or not len(candidates):
            return False
        first, last = stay
        free = (self.beds[candidates, None] - self.used[candidates, first: last + 1]).min(axis=1)
        open_all = self.is_open[candidates, first: last + 1].all(axis=1)
        room = np.flatnonzero(open_all & (free >= persons))
        if not len(room):
            return False
        chosen = int(candidates[room[np.argmin(free[room])]])
        self.used[chosen, first: last + 1] += persons
        self.plan.shelter_of[household_id] = self.shelter_ids[chosen]
        return True

    def refly(self, household_id: int, flight_id: int) -> None:
        """The household takes ``flight_id``; a housed one keeps its shelter, whose beds
        the caller checked for the new stay."""
        shelter_id = self.plan.shelter_of.get(household_id)
        persons = self.flights.sheltered[household_id]
        if shelter_id is not None:
            shelter = self.index_of[shelter_id]
            old = self.stay(household_id, self.plan.flight_of[household_id])
            if old is not None:
                self.used[shelter, old[0]: old[1] + 1] -= persons
            new = self.stay(household_id, flight_id)
            if new is not None:
                self.used[shelter, new[0]: new[1] + 1] += persons
        self.flights.move(household_id, flight_id)

    def cost_later(self, household_id: int, late: int) -> int | None:
        """Overflow added by moving the household to the later flight ``late``: its
        extra nights when unhoused, 0 when housed with the beds for them, None when
        housed without."""
        persons = self.flights.sheltered[household_id]
        if persons == 0:
            return 0
        old = self.stay(household_id, self.plan.flight_of[household_id])
        new = self.stay(household_id, late)
        extra = (0 if new is None else new[1] - new[0] + 1) - \
            (0 if old is None else old[1] - old[0] + 1)
        shelter_id = self.plan.shelter_of.get(household_id)
        if shelter_id is None:
            return persons * extra
        if new is None or extra <= 0:
            return 0
        begin = new[0] if old is None else old[1] + 1
        return 0 if self.room(self.index_of[shelter_id], begin, new[1], persons) else None


def fly_unhoused_first(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
                       pins: ScreenedPins, deadline: float | None = None) -> Retimed:
    """With beds placed: each sheltered household without a bed moves to the earliest
    flight it can take (alone, or in exchange with a household on it whose move later
    adds less overflow: one needing no bed, one with a bed whose shelter has the beds for
    the longer stay, or one without a bed needing fewer), then is given a bed when one is
    free for its whole stay. Objectives 1 and 2 as in :func:`retime`; objective 3 only
    falls: each move lowers the overflow, each bed given too."""
    done = Retimed()
    flights = _Flights(problem, plan, classes, pins)
    beds = _Beds(problem, plan, flights, classes)
    for _ in range(PASSES):
        done.passes += 1
        made = done.moved + done.exchanged
        order = sorted((h for h, s in flights.sheltered.items()
                        if s > 0 and h not in plan.shelter_of),
                       key=lambda h: (-flights.sheltered[h],
                                      -flights.options[h][plan.flight_of[h]].day, h))
        for household_id in order:
            if deadline is not None and time.perf_counter() > deadline:
                return done
            late = plan.flight_of[household_id]
            options = flights.options[household_id]
            day = options[late].day
            persons = flights.sheltered[household_id]
            for early_day, early in sorted((o.day, f) for f, o in options.items()
                                           if o.day < day):
                if options[early].changes > options[late].changes or \
                        not flights.documents_in_time(household_id, early):
                    continue
                gain = persons * (day - early_day)
                if flights.fits(household_id, early):
                    beds.refly(household_id, early)
                    done.moved += 1
                    break
                other = _exchange(flights, beds, household_id, late, early, gain)
                if other is not None:
                    beds.refly(other, late)
                    beds.refly(household_id, early)
                    done.exchanged += 1
                    break
            beds.house(household_id)
        if done.moved + done.exchanged == made:
            break
    # Beds freed by the moves, for any household still without one (longest stays first).
    _house_waiting(plan, pins, beds)
    return done


def _house_waiting(plan: Assignment, pins: ScreenedPins, beds: _Beds) -> None:
    """A bed for each household still without one where one is free for its whole stay,
    the longest stays first."""
    waiting = [(-(stay[1] - stay[0]), h) for h, persons in beds.persons.items()
               if persons and h not in plan.shelter_of and h not in pins.shelter
               and (stay := beds.stay(h, plan.flight_of.get(h))) is not None]
    for _, household_id in sorted(waiting):
        beds.house(household_id)


def _exchange(flights: _Flights, beds: _Beds, household_id: int, late: int, early: int,
              gain: int) -> int | None:
    """A household on ``early`` that can take ``late`` for ``household_id`` with less
    overflow added than ``gain``, the least added first (among PARTNERS_LOOKED_AT per
    bed count)."""
    best: tuple[int, int] | None = None
    for by_count in flights.on_flight.get(early, {}).values():
        for looked, other in enumerate(by_count):
            if looked >= PARTNERS_LOOKED_AT:
                break
            if not flights.exchangeable(household_id, other, late, early):
                continue
            cost = beds.cost_later(other, late)
            if cost is not None and cost < gain and (best is None or cost < best[0]):
                best = (cost, other)
                if cost == 0:
                    return other
    return None if best is None else best[1]


def place_beds(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
               pins: ScreenedPins, deadline: float | None = None) -> Retimed | None:
    """Beds for ``plan`` (in place): the bed pass over the plan as it is, and over the plan
    with its flown households re-timed (:func:`exchange_by_flow`, :func:`retime`, the bed
    pass, then :func:`fly_unhoused_first`);
    the plan with the less overflow is kept (the one as it was on a tie). ``deadline``
    (``time.perf_counter()``): the re-timing stops there, half of the time left for the
    flow and ``retime``, half for ``fly_unhoused_first``. Returns what the re-timing did when its plan was kept, else None."""
    assign_beds(problem, plan, classes, pins)
    began = time.perf_counter()
    if not problem.shelters or not any(c.facts.sheltered for c in classes) or \
            (deadline is not None and deadline - began < LEAST_SECONDS):
        return None
    middle = None if deadline is None else began + (deadline - began) / 2
    retimed = Assignment(dict(plan.flight_of), {}, dict(plan.slot_of))
    flowing = len(retimed.flight_of) <= FLOW_MAX_FLOWN
    flowed = exchange_by_flow(problem, retimed, classes, pins, middle) if flowing else 0
    done = retime(problem, retimed, classes, pins, middle)
    done.flowed = flowed
    assign_beds(problem, retimed, classes, pins)
    second = fly_unhoused_first(problem, retimed, classes, pins, deadline)
    if flowing and (deadline is None or time.perf_counter() < deadline):
        # Those still without a bed earlier again, all at once; the beds freed given.
        exchanged = exchange_by_flow(problem, retimed, classes, pins, deadline, housed=True)
        done.flowed += exchanged
        if exchanged:  # beds freed to give; nothing moved, nothing to rebuild
            flights = _Flights(problem, retimed, classes, pins)
            _house_waiting(retimed, pins, _Beds(problem, retimed, flights, classes))
    done.moved += second.moved
    done.exchanged += second.exchanged
    done.passes += second.passes
    if _overflow(problem, retimed) >= _overflow(problem, plan):
        return None
    plan.flight_of, plan.shelter_of = retimed.flight_of, retimed.shelter_of
    return done


def _overflow(problem: Problem, plan: Assignment) -> int:
    return objectives.evaluate(problem, plan)["overflow_person_nights"]


#: Households whose arcs are added between two looks at the flow's deadline.
DEADLINE_EVERY = 256
#: Flown households at most for :func:`place_beds` to exchange flights by flow: at
#: 150,000 persons (75,000 flown households) the flows and their indexes took the beds'
#: stage from 24 to 42-44 s, past the time limit, for no gain in the time it has
#: (docs/decisions.md, "Flights exchanged by a min-cost flow per size").
FLOW_MAX_FLOWN = 40_000


def exchange_by_flow(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
                     pins: ScreenedPins, deadline: float | None = None,
                     housed: bool = False) -> int:
    """Exchanges the flights of the flown households (in place) by a min-cost flow, one
    per size (the seats and medical places a household takes on its flight): the
    households of a size keep the places their size holds on each flight, so every
    flight keeps its seats and medical places, and each household takes one of its
    options with its documents in time and no more persons changed (kept flight pins do
    not move). The flow minimises the persons needing a bed times their flight's day:
    households needing beds fly as early as the places of their size allow, those
    needing none take the later places (:func:`retime`'s exchanges, found all at once
    for each size). With ``housed`` (beds placed), only the persons without a bed count,
    and a household with a bed only moves earlier (its shelter keeps the beds of its
    shorter stay): the overflow does not grow. No size's flow starts after ``deadline``
    (``time.perf_counter()``). Returns how many households changed flight; beds are not
    touched."""
    if deadline is not None and time.perf_counter() > deadline:
        return 0
    flights = _Flights(problem, plan, classes, pins)
    if deadline is not None and time.perf_counter() > deadline:
        return 0
    by_size: dict[tuple[int, int], list[int]] = {}
    for household_id, options in flights.options.items():
        own = options[plan.flight_of[household_id]]
        by_size.setdefault((own.seats, own.medical), []).append(household_id)
    moved = 0
    for (seats, medical), households in by_size.items():
        if deadline is not None and time.perf_counter() > deadline:
            break
        if len(households) > 1 and any(flights.sheltered[h] for h in households):
            moved += _size_flow(flights, plan, households, seats, medical, housed, deadline)
    return moved


def _size_flow(flights: _Flights, plan: Assignment, households: list[int], seats: int,
               medical: int, housed: bool, deadline: float | None) -> int:
    """One size's flow: source -> household (1) -> flight (its options of that size)
    -> sink (the places the size holds there). Nothing moves when the flow is not
    built by ``deadline`` (at 150,000 persons its arcs take tens of seconds)."""
    flow = min_cost_flow.SimpleMinCostFlow()
    places: dict[int, int] = {}
    for household_id in households:
        flight_id = plan.flight_of[household_id]
        places[flight_id] = places.get(flight_id, 0) + 1
    node = {f: 1 + len(households) + i for i, f in enumerate(sorted(places))}
    sink = 1 + len(households) + len(node)
    arcs: list[tuple[int, int, int]] = []
    for i, household_id in enumerate(households):
        if deadline is not None and i % DEADLINE_EVERY == 0 and time.perf_counter() > deadline:
            return 0
        options = flights.options[household_id]
        own_flight = plan.flight_of[household_id]
        own = options[own_flight]
        has_bed = housed and household_id in plan.shelter_of
        flow.add_arc_with_capacity_and_unit_cost(0, 1 + i, 1, 0)
        for flight_id, option in options.items():
            if flight_id not in node or option.seats != seats or option.medical != medical:
                continue
            if flight_id != own_flight and (
                    option.changes > own.changes
                    or not flights.documents_in_time(household_id, flight_id)
                    or (has_bed and option.day > own.day)):
                continue
            cost = 0 if has_bed else flights.sheltered[household_id] * option.day
            arc = flow.add_arc_with_capacity_and_unit_cost(1 + i, node[flight_id], 1, cost)
            arcs.append((arc, household_id, flight_id))
    for flight_id, count in places.items():
        flow.add_arc_with_capacity_and_unit_cost(node[flight_id], sink, count, 0)
    flow.set_node_supply(0, len(households))
    flow.set_node_supply(sink, -len(households))
    if deadline is not None and time.perf_counter() > deadline:
        return 0  # the arcs took the time: the solve would overrun it
    if flow.solve() != flow.OPTIMAL:  # pragma: no cover - the plan itself is a flow
        return 0
    moved = 0
    for arc, household_id, flight_id in arcs:
        if flow.flow(arc) > 0 and plan.flight_of[household_id] != flight_id:
            plan.flight_of[household_id] = flight_id
            moved += 1
    return moved
