"""Which flown household takes which flight, for the beds (objective 3), by a MIP.

Once objective 1's plan is made, its flights are (nearly) full: on a 20,000-person
operation 84 of 85 flights have no seat left, so the bed pass's exchanges
(:mod:`solvers.bed_timing`) can only swap households of the same size. The LP with beds
(:mod:`solvers.lp_beds`) shows the gap is which household takes which flight: a family of
five needing beds on the first flight and five travellers needing none on a later one,
where the plan has it the other way round.

This module chooses the flights of the plan's flown households again, all sizes at once:

- the same households fly (objective 1 unchanged), kept flight pins stay, every slot
  stays: a household may take only flights its documents are ready for (rule 6), among its
  options (destination, timing, lap infants: rules 1-5);
- each flight holds at most its seats and medical places (the pinned households' first);
- no more persons change against the reference plan than before (objective 2);
- households of one *kind* (one class, documents ready at the same moment) are alike:
  the integer variables are how many of a kind take each flight, so the MIP is small;
- objective 3 is the relaxed bed model of :mod:`solvers.lp_beds` (persons take beds of a
  shelter type, counted on the nights a stay begins), with the households that do not
  move (not flown, pinned) as fixed stays.

HiGHS starts from the plan's own flights, so what it returns is never worse in the
relaxed bed model; the bed pass then places real beds, and the caller keeps the better of
the two plans (docs/decisions.md, "Every flight full, the flights chosen for the beds").
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass

import highspy
import numpy as np

from solvers import objectives
from solvers.bed_timing import FLOW_MAX_FLOWN, Retimed, place_beds
from solvers.beds import assign_beds
from solvers.classes import HouseholdClass
from solvers.highs_lp import lp_time_limit, new_highs, wall_clock
from solvers.lp_beds import shelter_types
from solvers.nights import night_count, shelter_nights
from solvers.problem import Problem
from solvers.rules.pins import ScreenedPins
from solvers.solution import Assignment

log = logging.getLogger(__name__)

#: Seconds below which the MIP is not tried (building it takes about a second at 20,000
#: persons).
LEAST_SECONDS = 1.0
#: Integer variables at most: above, the MIP is not built (at 150,000 persons the flows
#: of :mod:`solvers.bed_timing` already take the beds' stage).
MAX_VARIABLES = 200_000
#: Share of the time the LP relaxation may take; the MIP over its support gets the rest.
LP_SHARE = 0.65
#: The MIP's relative gap at which HiGHS stops.
GAP = 2e-3


@dataclass
class Rerounded:
    """What :func:`reround` did: kinds, integer variables, households moved, and the
    relaxed objective 3 of the plan before and after (without the fixed stays' part)."""

    kinds: int = 0
    variables: int = 0
    moved: int = 0
    before: float = 0.0
    after: float = 0.0
    status: str = ""
    seconds: float = 0.0
    #: The LP relaxation's value (None: not ended in its share) and when it ended.
    lp: float | None = None
    lp_seconds: float = 0.0


@dataclass
class _Kind:
    """Flown households alike for this MIP: the same ready date, members needing a bed,
    fitting shelters, and flights open to them with the same seats, medical places and
    changes on each (their weights, waiting and first choices may differ: the flights'
    choice here changes none of objectives 1 and 2)."""

    ready: dt.date
    sheltered: int
    shelters: tuple[int, ...]
    households: list[int]
    #: Column of its first option; its options' flights, days, seats, medical, changes.
    first: int
    flight_id: np.ndarray
    day: np.ndarray
    seats: np.ndarray
    medical: np.ndarray
    changes: np.ndarray


class _Model:
    """Columns and rows collected before HiGHS gets them."""

    def __init__(self) -> None:
        self.cost: list[float] = []
        self.upper: list[float] = []
        self.integer: list[bool] = []
        self.rows: list[tuple[float, float, list[int], list[float]]] = []

    def column(self, cost: float, upper: float, integer: bool) -> int:
        self.cost.append(cost)
        self.upper.append(upper)
        self.integer.append(integer)
        return len(self.cost) - 1

    def row(self, lower: float, upper: float, cols: list[int], values: list[float]) -> None:
        if cols:
            self.rows.append((lower, upper, cols, values))

    def highs(self) -> highspy.Highs:
        h = new_highs()
        # one thread, as every HiGHS of the solve: HiGHS's thread pool is made once per
        # process, and a later instance asking for another count does not run at all
        # ("Not Set", seen by tests/test_overflow_round_bound.py after this one)
        h.setOptionValue("threads", 1)
        n = len(self.cost)
        h.addVars(n, np.zeros(n), np.asarray(self.upper, dtype=np.float64))
        h.changeColsCost(n, np.arange(n, dtype=np.int32), np.asarray(self.cost))
        integer = np.flatnonzero(np.asarray(self.integer)).astype(np.int32)
        if len(integer):
            h.changeColsIntegrality(len(integer), integer, np.full(
                len(integer), highspy.HighsVarType.kInteger))
        starts: list[int] = []
        indices: list[int] = []
        values: list[float] = []
        for _, _, cols, vals in self.rows:
            starts.append(len(indices))
            indices.extend(cols)
            values.extend(vals)
        h.addRows(len(self.rows), np.asarray([r[0] for r in self.rows], dtype=np.float64),
                  np.asarray([r[1] for r in self.rows], dtype=np.float64), len(indices),
                  np.asarray(starts, dtype=np.int32), np.asarray(indices, dtype=np.int32),
                  np.asarray(values, dtype=np.float64))
        return h


def reround(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
            pins: ScreenedPins, deadline: float) -> Rerounded | None:
    """The flights of ``plan``'s flown households chosen again for objective 3 (in place:
    ``plan.flight_of``; slots and beds are not touched, place beds after). Stops at
    ``deadline`` (``time.perf_counter()``); None when nothing was tried (no shelters, no
    time, too big); ``moved`` is 0 when nothing better was found."""
    began = time.perf_counter()
    if not problem.shelters or deadline - began < LEAST_SECONDS:
        return None
    class_of = {h: cls for cls in classes for h in cls.households}
    if not any(class_of[h].facts.sheltered for h in plan.flight_of if h in class_of):
        return None
    start, end = problem.start, problem.horizon_end
    flight_deadline = {f.id: problem.departure_deadline(f) for f in problem.flights}
    seats_left = {f.id: f.seats for f in problem.flights}
    medical_left = {f.id: (None if f.medical_capacity is None else f.medical_capacity)
                    for f in problem.flights}
    # Kinds of the movable flown households; the pinned ones take their places first.
    kinds: dict[tuple[int, dt.datetime | None], list[int]] = {}
    changes_now = 0
    for household_id, flight_id in plan.flight_of.items():
        cls = class_of.get(household_id)
        if cls is None:
            return None  # pragma: no cover - every flown household has a class
        a = cls.facts.arrays
        hit = np.flatnonzero(a.flight_id == flight_id)
        if not len(hit):
            return None  # pragma: no cover - a plan's flight is among its options
        i = int(hit[0])
        if household_id in pins.flight:
            seats_left[flight_id] -= int(a.seats[i])
            medical = medical_left[flight_id]
            if medical is not None:
                medical_left[flight_id] = medical - int(a.medical[i])
            continue
        changes_now += int(a.changes[i])
        ready = [problem.slot_by_id[plan.slot_of[p]].ready_at
                 for p in problem.household_by_id[household_id].members if p in plan.slot_of]
        kinds.setdefault((cls.index, max(ready, default=None)), []).append(household_id)
    merged: dict[tuple[object, ...], _Kind] = {}
    by_index = {c.index: c for c in classes}
    for (class_index, documents), households in kinds.items():
        facts = by_index[class_index].facts
        a = facts.arrays
        use = np.asarray([documents is None or documents <= flight_deadline[int(f)]
                          for f in a.flight_id.tolist()], dtype=np.bool_)
        options = (a.flight_id[use], a.day[use], a.seats[use], a.medical[use], a.changes[use])
        key = (facts.ready, facts.sheltered, facts.shelters,
               *(tuple(part.tolist()) for part in options))
        kind = merged.get(key)
        if kind is None:
            merged[key] = _Kind(facts.ready, facts.sheltered, facts.shelters, [], 0, *options)
        else:
            kind.households.extend(households)
            continue
        merged[key].households.extend(households)
    model = _Model()
    kind_list = list(merged.values())
    for kind in kind_list:
        kind.households.sort()
        kind.first = len(model.cost)
        for day in kind.day.tolist():
            model.column(float(kind.sheltered * night_count(
                kind.ready, start + dt.timedelta(days=day), end)), float(len(kind.households)),
                True)
        if len(model.cost) > MAX_VARIABLES:
            return None
    if time.perf_counter() > deadline:
        return None
    # every household of a kind flies; seats, medical places and changes per flight
    seat_cols: dict[int, tuple[list[int], list[float]]] = {}
    medical_cols: dict[int, tuple[list[int], list[float]]] = {}
    change_cols: tuple[list[int], list[float]] = ([], [])
    for kind in kind_list:
        cols = list(range(kind.first, kind.first + len(kind.flight_id)))
        model.row(len(kind.households), len(kind.households), cols, [1.0] * len(cols))
        for col, flight_id, seats, medical, changes in zip(
                cols, kind.flight_id.tolist(), kind.seats.tolist(), kind.medical.tolist(),
                kind.changes.tolist(), strict=True):
            seat = seat_cols.setdefault(flight_id, ([], []))
            seat[0].append(col)
            seat[1].append(float(seats))
            if medical:
                on = medical_cols.setdefault(flight_id, ([], []))
                on[0].append(col)
                on[1].append(float(medical))
            if changes:
                change_cols[0].append(col)
                change_cols[1].append(float(changes))
    for flight_id, (cols, values) in seat_cols.items():
        model.row(-np.inf, float(seats_left[flight_id]), cols, values)
    for flight_id, (cols, values) in medical_cols.items():
        limit = medical_left[flight_id]
        if limit is not None:
            model.row(-np.inf, float(limit), cols, values)
    if problem.reference is not None:
        model.row(-np.inf, float(changes_now), *change_cols)
    _bed_rows(problem, plan, classes, kind_list, model)
    start_values = np.zeros(len(model.cost))
    for kind in kind_list:
        flights = kind.flight_id
        for household_id in kind.households:
            start_values[kind.first + int(np.flatnonzero(
                flights == plan.flight_of[household_id])[0])] += 1
    done = Rerounded(kinds=len(kind_list), variables=int(sum(model.integer)))
    h = model.highs()
    # the start: the plan's own flights, its beds as the relaxed model houses them
    integer = np.asarray(model.integer)
    before = _fixed_value(h, integer, start_values)
    if before is None or time.perf_counter() > deadline:
        done.status = "start not solved in time"
        return done
    done.before = before
    # The LP relaxation from the start's basis; the MIP then runs over its support (the
    # options some of a kind take in the LP) and the start's own options.
    n = len(model.cost)
    everything = np.arange(n, dtype=np.int32)
    upper = np.asarray(model.upper, dtype=np.float64)
    h.changeColsBounds(n, everything, np.zeros(n), upper)
    # interior point (with crossover): 3.5 s where the dual simplex took 9 s and the
    # primal did not end in 30 s (20,000 persons, seed 1; docs/decisions.md)
    h.setOptionValue("solver", "ipm")
    lp_seconds = LP_SHARE * (deadline - time.perf_counter())
    lp_time_limit(h, lp_seconds)
    with wall_clock(h, lp_seconds):
        h.run()
    done.lp_seconds = time.perf_counter() - began
    if h.getModelStatus() == highspy.HighsModelStatus.kOptimal:
        relaxed = np.asarray(h.getSolution().col_value)
        done.lp = float(h.getInfo().objective_function_value)
        outside = integer & (relaxed < 1e-6) & (start_values < 0.5)
        upper = np.where(outside, 0.0, upper)
        h.changeColsBounds(n, everything, np.zeros(n), upper)
        done.variables = int((integer & ~outside).sum())
    else:  # the MIP over every option does not end in the time left (20,000 persons)
        done.status = "lp relaxation not ended in its share"
        done.seconds = time.perf_counter() - began
        return done
    h.setOptionValue("solver", "choose")
    h.changeColsIntegrality(int(integer.sum()), np.flatnonzero(integer).astype(np.int32),
                            np.full(int(integer.sum()), highspy.HighsVarType.kInteger))
    h.setOptionValue("mip_rel_gap", GAP)
    seconds = deadline - time.perf_counter()
    h.setOptionValue("time_limit", max(0.2, seconds))
    sparse = np.flatnonzero(integer).astype(np.int32)
    h.setSolution(len(sparse), sparse, start_values[sparse])
    with wall_clock(h, seconds):
        h.run()
    solution = h.getSolution()
    done.status = h.modelStatusToString(h.getModelStatus())
    done.seconds = time.perf_counter() - began
    if not solution.value_valid:
        return done
    found = np.round(np.asarray(solution.col_value))
    done.after = float(np.asarray(model.cost) @ np.asarray(solution.col_value))
    if done.after >= done.before - 0.5:
        return done
    done.moved = _apply(plan, kind_list, found)
    log.info("flights chosen again for the beds: %s", done)
    return done


def _fixed_value(h: highspy.Highs, integer: np.ndarray, values: np.ndarray) -> float | None:
    """The relaxed objective 3 of the plan's flights (the integer columns fixed at
    ``values``, the beds' columns free): the LP with those bounds."""
    cols = np.flatnonzero(integer).astype(np.int32)
    h.changeColsIntegrality(len(cols), cols, np.full(len(cols),
                                                      highspy.HighsVarType.kContinuous))
    h.changeColsBounds(len(cols), cols, values[cols], values[cols])
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return float(h.getInfo().objective_function_value)


def _apply(plan: Assignment, kinds: list[_Kind], values: np.ndarray) -> int:
    """Each kind's households on the flights the MIP gives it, those already on one of
    them kept there. Returns how many changed flight."""
    moved = 0
    for kind in kinds:
        flights = kind.flight_id.tolist()
        wanted = {int(f): int(values[kind.first + j]) for j, f in enumerate(flights)
                  if values[kind.first + j] > 0}
        waiting = []
        for household_id in kind.households:
            flight_id = plan.flight_of[household_id]
            if wanted.get(flight_id, 0) > 0:
                wanted[flight_id] -= 1
            else:
                waiting.append(household_id)
        places = [f for f, count in wanted.items() for _ in range(count)]
        for household_id, flight_id in zip(waiting, places, strict=True):
            plan.flight_of[household_id] = flight_id
            moved += 1
    return moved


def _bed_rows(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
              kinds: list[_Kind], model: _Model) -> None:
    """The relaxed beds (:mod:`solvers.lp_beds`): per bed group (ready date, fitting
    shelter types) and departure day, persons housed in each type (at most those leaving
    that day: the kinds' variables and the households that do not move), and each type's
    beds on every night on which some stay begins."""
    start, end = problem.start, problem.horizon_end
    keys, type_beds, type_of = shelter_types(problem)
    type_open = [(key[2], key[3]) for key in keys]
    moving = {h for kind in kinds for h in kind.households}
    # (ready, types) -> day (-1: not flying) -> (fixed persons, [(col, persons)])
    groups: dict[tuple[dt.date, tuple[int, ...]], dict[int, tuple[int, list[tuple[int, int]]]]] = {}

    def group(ready: dt.date, sheltered: int, shelters: tuple[int, ...]
              ) -> dict[int, tuple[int, list[tuple[int, int]]]] | None:
        types = tuple(sorted({type_of[s] for s in shelters}))
        if not sheltered or not types:
            return None
        return groups.setdefault((ready, types), {})

    day_of = {f.id: (f.departure_date - start).days for f in problem.flights}
    for cls in classes:
        days = group(cls.facts.ready, cls.facts.sheltered, cls.facts.shelters)
        if days is None:
            continue
        for household_id in cls.households:
            if household_id in moving:
                continue
            flight_id = plan.flight_of.get(household_id)
            day = -1 if flight_id is None else day_of[flight_id]
            fixed, cols = days.get(day, (0, []))
            days[day] = (fixed + cls.facts.sheltered, cols)
    for kind in kinds:
        days = group(kind.ready, kind.sheltered, kind.shelters)
        if days is None:
            continue
        for j, day in enumerate(kind.day.tolist()):
            fixed, cols = days.get(day, (0, []))
            cols.append((kind.first + j, kind.sheltered))
            days[day] = (fixed, cols)
    stays: dict[int, list[tuple[int, int, int]]] = {}  # type -> (column, first, last)
    for (ready, types), days in groups.items():
        for day, (fixed, cols) in days.items():
            departure = None if day < 0 else start + dt.timedelta(days=day)
            nights = shelter_nights(ready, departure, end)
            if nights is None:
                continue
            first, last = (nights.first - start).days, (nights.last - start).days
            here = []
            for t in types:
                opened, until = type_open[t]
                if (opened is not None and opened > nights.first) or (
                        until is not None and until < nights.last):
                    continue
                column = model.column(-float(nights.count), np.inf, False)
                here.append(column)
                stays.setdefault(t, []).append((column, first, last))
            if here:
                model.row(-np.inf, float(fixed), here + [c for c, _ in cols],
                          [1.0] * len(here) + [-float(p) for _, p in cols])
    for t, used in stays.items():
        for night in sorted({f for _, f, _ in used}):
            inside = [c for c, f, last in used if f <= night <= last]
            model.row(-np.inf, float(type_beds[t]), inside, [1.0] * len(inside))


def place_beds_rounded(problem: Problem, plan: Assignment, classes: list[HouseholdClass],
                       pins: ScreenedPins, deadline: float, beds_seconds: float
                       ) -> tuple[Rerounded | None, Retimed | None]:
    """Beds for ``plan`` (in place) after its flights are chosen again by :func:`reround`
    (until ``deadline``), then the bed pass of :func:`solvers.bed_timing.place_beds`
    (``beds_seconds`` from when it starts). When nothing moved, or the plan as it was
    with its beds simply placed has the less overflow, the plan's flights stay and the
    bed pass runs on them as before, with its own seconds."""
    if len(plan.flight_of) > FLOW_MAX_FLOWN:
        return None, place_beds(problem, plan, classes, pins,
                                time.perf_counter() + beds_seconds)
    moved = Assignment(dict(plan.flight_of), {}, dict(plan.slot_of))
    done = reround(problem, moved, classes, pins, deadline)
    if done is None or not done.moved:
        return done, place_beds(problem, plan, classes, pins,
                                time.perf_counter() + beds_seconds)
    retimed = place_beds(problem, moved, classes, pins, time.perf_counter() + beds_seconds)
    assign_beds(problem, plan, classes, pins)
    if _overflow(problem, moved) < _overflow(problem, plan):
        plan.flight_of, plan.shelter_of = moved.flight_of, moved.shelter_of
        return done, retimed
    done.moved = 0
    plan.shelter_of.clear()
    return done, place_beds(problem, plan, classes, pins, time.perf_counter() + beds_seconds)


def _overflow(problem: Problem, plan: Assignment) -> int:
    return objectives.evaluate(problem, plan)["overflow_person_nights"]

