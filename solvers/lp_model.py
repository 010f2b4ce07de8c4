"""Objective 1 over household *profiles*, as sparse arrays for an LP solver at scale.

Classes (see :mod:`solvers.classes`) that differ only in what objective 1 does not read
(weight, waiting, first choice, beds) but share their flight options, seats and medical
places per flight and document needs form one *profile*: their households are
interchangeable for every hard rule. The LP decides ``n[p, f]`` (households of profile p on
flight f) and ``y[c]`` (households of class c that fly), with ``sum_c y[c] = sum_f n[p, f]``
for each profile, and maximises ``sum_c w_c y[c]``. This is the class model of
:mod:`solvers.model` without the bed rows, with fewer columns: exact for objective 1 (any
integer solution expands to a plan and back).

Documents (rules 6 and 7) are demand nodes (persons ready on a date, for flights with the
same eligible slots) served by slots (:func:`document_demand`). They are left out of the
rows: the scaled method adds Hall cuts where the LP's demand does not fit
(:mod:`solvers.scaled`). Holding them in the rows (the class model's transportation flow,
or one demand column per node with Hall's rows) made HiGHS 5-10 times slower; those
variants were removed (docs/decisions.md).

With a reference plan, a *keep* column per class and flight some of its members were on
(still among its options) counts its households there (together at most the class's flown
households, and with the other classes of its profile at most the profile's households on
that flight), so
that objective 2 can be read off the LP (:meth:`ArrayModel.changes`) and minimised once
objective 1 is held.

The rows are built with numpy (one Python step per class or profile, none per option) and
written to a :class:`~solvers.rows.RowCollector`, as the class model's are. Rules 2 and 3
are written by the class model's own writer (:func:`solvers.rules.flight_capacity.write`)
over the option columns; rule 1 over profiles, the keep
columns, kept pins (column bounds) and the relaxed beds of :mod:`solvers.lp_beds` are the
LP's alone (why: docs/decisions.md, Planner, "One row collector").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from solvers import lp_beds
from solvers.classes import HouseholdClass
from solvers.lp_beds import BedColumns
from solvers.problem import FlightSpec, Problem
from solvers.rows import RowCollector
from solvers.rules import flight_capacity
from solvers.rules.documents import EligibleSlots
from solvers.rules.pins import ScreenedPins


@dataclass
class Profile:
    index: int
    #: Classes of the profile, heaviest first.
    classes: list[HouseholdClass]

    @property
    def arrays(self):  # type: ignore[no-untyped-def]
        return self.classes[0].facts.arrays


@dataclass
class ArrayModel:
    problem: Problem
    classes: list[HouseholdClass]
    profiles: list[Profile]
    #: Usable flights in (departs_at, id) order: an option's ``position`` indexes them.
    flights: list[FlightSpec]
    #: Option columns 0..options-1: profile, flight position, seats, medical.
    option_profile: np.ndarray
    option_position: np.ndarray
    option_seats: np.ndarray
    profile_start: np.ndarray
    #: Class columns follow the options: one per class, in class order.
    class_weight: np.ndarray
    class_count: np.ndarray
    #: The columns (options, classes, keeps, beds: in that order) and the rows.
    rows: RowCollector
    #: Keep columns come after every other: households of a class on its reference flight
    #: (only with a reference plan). Their first column, class and persons kept each.
    keep_first: int = 0
    keep_class: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    keep_persons: np.ndarray = field(default_factory=lambda: np.zeros(0))
    #: The option column (its profile on the flight) each keep column belongs to.
    keep_option: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: Beds (``build(beds=True)``): the h columns after the keep columns, and objective 3.
    beds: BedColumns | None = None

    def keep_column(self, cls: HouseholdClass, option: int) -> int | None:
        """The keep column of ``cls`` on the option column ``option``, if it has one."""
        hit = np.flatnonzero((self.keep_class == cls.index) & (self.keep_option == option))
        return self.keep_first + int(hit[0]) if len(hit) else None

    @property
    def options(self) -> int:
        return len(self.option_profile)

    @property
    def columns(self) -> int:
        return self.rows.variables

    @property
    def col_lower(self) -> np.ndarray:
        return self.rows.lower_bounds()

    @property
    def col_upper(self) -> np.ndarray:
        return self.rows.upper_bounds()

    def class_column(self, cls: HouseholdClass) -> int:
        return self.options + cls.index

    def flown_weight(self) -> np.ndarray:
        """Objective 1 over the columns."""
        cost = np.zeros(self.columns)
        cost[self.options: self.options + len(self.classes)] = self.class_weight
        return cost

    def overflow(self) -> np.ndarray:
        """Objective 3 over the columns (a model built with beds), less its constant
        ``beds.constant``: persons' nights saved by leaving earlier, and by a bed."""
        assert self.beds is not None, "objective 3 needs the model built with beds"
        cost = np.zeros(self.columns)
        cost[: self.options] = self.beds.option_overflow
        cost[self.beds.first: self.beds.first + self.beds.count] = -self.beds.nights
        return cost

    def changes(self) -> np.ndarray:
        """Objective 2 over the columns, less its constant: a flown household changes
        all its members but those grounded would change anyway, and one kept on its
        reference flight changes none of the members who were on it. Zero without a
        reference plan."""
        cost = np.zeros(self.columns)
        if self.problem.reference is None:
            return cost
        cost[self.options: self.options + len(self.classes)] = [
            cls.facts.size - cls.facts.changes_grounded for cls in self.classes]
        cost[self.keep_first: self.keep_first + len(self.keep_class)] = -self.keep_persons
        return cost


def profile_key(cls: HouseholdClass, pinned: bool, beds: bool = False) -> tuple[object, ...]:
    """Classes with equal keys share a profile; with ``beds`` also their ready date,
    sheltered members and fitting shelters (objective 3 reads them)."""
    a = cls.facts.arrays
    key: tuple[object, ...] = (cls.households[0] if pinned else None, a.flight_id.tobytes(),
                               a.seats.tobytes(), int(a.medical[0]) if len(a) else 0,
                               cls.facts.document_ready)
    if beds:
        key += (cls.facts.ready, cls.facts.sheltered, cls.facts.shelters)
    return key


def build(problem: Problem, classes: list[HouseholdClass], pins: ScreenedPins, *,
          beds: bool = False) -> ArrayModel:
    """The profile LP's rows without rules 6 and 7 (see the module); with ``beds``, the
    profiles are split for the bed rows of :mod:`solvers.lp_beds`."""
    flights = sorted(problem.usable_flights, key=lambda f: (f.departs_at, f.id))
    pinned = set(pins.flight)
    groups: dict[tuple[object, ...], list[HouseholdClass]] = {}
    for cls in classes:
        groups.setdefault(profile_key(cls, cls.households[0] in pinned, beds), []).append(cls)
    profiles = [Profile(i, sorted(members, key=lambda c: (-c.facts.weight, c.index)))
                for i, members in enumerate(groups.values())]
    sizes = np.asarray([len(p.arrays) for p in profiles], dtype=np.int64)
    profile_start = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    k = int(profile_start[-1])
    option_profile = np.repeat(np.arange(len(profiles), dtype=np.int32), sizes)
    ids = np.asarray([f.id for f in flights], dtype=np.int64)
    lookup = np.full(int(ids.max(initial=0)) + 1, -1, dtype=np.int32)
    lookup[ids] = np.arange(len(ids), dtype=np.int32)
    option_flight = np.concatenate([p.arrays.flight_id for p in profiles]) if profiles else \
        np.zeros(0, dtype=np.int32)
    option_position = lookup[option_flight] if k else np.zeros(0, dtype=np.int32)
    del option_flight
    option_seats = np.concatenate([p.arrays.seats for p in profiles]) if profiles else \
        np.zeros(0, dtype=np.int32)
    option_medical = np.concatenate([p.arrays.medical for p in profiles]) if profiles else \
        np.zeros(0, dtype=np.int32)
    c = len(classes)
    class_count = np.asarray([cls.count for cls in classes], dtype=np.int64)
    class_weight = np.asarray([cls.facts.weight for cls in classes], dtype=np.float64)
    class_profile = np.zeros(c, dtype=np.int64)
    for profile in profiles:
        for cls in profile.classes:
            class_profile[cls.index] = profile.index
    rows = RowCollector()
    # Columns: the options, then one per class (its flying households), then the keeps.
    rows.new_vars(np.zeros(k), np.full(k, np.inf))
    rows.new_vars(np.zeros(c), class_count.astype(np.float64))
    # Rule 1 over profiles: the classes of a profile fly as many households as its options
    # carry (each class at most its households: the class columns' bounds).
    rows.add_rows(np.zeros(len(profiles)), np.zeros(len(profiles)),
                  np.concatenate([option_profile, class_profile]),
                  np.concatenate([np.arange(k), k + np.arange(c)]),
                  np.concatenate([-np.ones(k), np.ones(c)]), block="profiles (rule 1)")
    # Rule 2: a row for every usable flight, in flight order (the seat duals are read
    # back by flight: scaled.lp_plan's seat prices).
    flight_capacity.write(rows, np.asarray([f.seats for f in flights]), option_position,
                          np.arange(k), option_seats)
    # Rule 3: a row for every flight with a medical limit, in flight order.
    capped = np.asarray([f.medical_capacity is not None for f in flights], dtype=bool)
    if capped.any():
        medical_row = np.full(len(flights), -1, dtype=np.int64)
        medical_row[capped] = np.arange(int(capped.sum()))
        use = np.flatnonzero(capped[option_position])
        flight_capacity.write(rows, np.asarray([f.medical_capacity for f in flights
                                                if f.medical_capacity is not None]),
                              medical_row[option_position[use]], use, option_medical[use])
    del option_medical
    keep_first = k + c
    keep_class, keep_option, keep_persons = _keep_columns(problem, profiles, profile_start)
    if len(keep_class):
        kept = len(keep_class)
        rows.new_vars(np.zeros(kept), class_count[keep_class].astype(np.float64))
        # A kept household flies: the keeps of a class (one per flight some of its
        # members were on) add up to at most y[the class].
        owners, owner_row = np.unique(keep_class, return_inverse=True)
        rows.add_rows(np.full(len(owners), -np.inf), np.zeros(len(owners)),
                      np.concatenate([owner_row, np.arange(len(owners))]),
                      np.concatenate([keep_first + np.arange(kept), k + owners]),
                      np.concatenate([np.ones(kept), -np.ones(len(owners))]),
                      block="kept households per class")
        # Kept households of a profile on a flight are among the profile's there.
        options, which = np.unique(keep_option, return_inverse=True)
        rows.add_rows(np.full(len(options), -np.inf), np.zeros(len(options)),
                      np.concatenate([which, np.arange(len(options))]),
                      np.concatenate([keep_first + np.arange(kept), options]),
                      np.concatenate([np.ones(kept), -np.ones(len(options))]),
                      block="kept households per profile and flight")
    bed_columns = None
    if beds:
        option_day = np.asarray([(f.departure_date - problem.start).days for f in flights],
                                dtype=np.int64)[option_position] if k else \
            np.zeros(0, dtype=np.int64)
        bed_columns = lp_beds.add(problem, profiles, profile_start, option_day, rows)
    # Rule 10: a kept flight pin puts its (single-household) profile on the flight.
    by_household = {cls.households[0]: cls for cls in classes if cls.count == 1}
    for household_id, flight_id in pins.flight.items():
        cls = by_household[household_id]
        profile = profiles[int(class_profile[cls.index])]
        hit = np.flatnonzero(profile.arrays.flight_id == flight_id)
        if not len(hit):
            raise RuntimeError(f"kept pin of household #{household_id} has no flight option")
        rows.set_lower(int(profile_start[profile.index] + hit[0]), 1.0)
        rows.set_lower(k + cls.index, 1.0)
    return ArrayModel(
        problem=problem, classes=classes, profiles=profiles, flights=flights,
        option_profile=option_profile, option_position=option_position,
        option_seats=option_seats, profile_start=profile_start, class_weight=class_weight,
        class_count=class_count, rows=rows, keep_first=keep_first,
        keep_class=keep_class, keep_persons=keep_persons, keep_option=keep_option,
        beds=bed_columns)


def _keep_columns(problem: Problem, profiles: list[Profile], profile_start: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """With a reference plan: for each class and each of its options on which some of its
    members keep their reference flight (one for a household that flew together), its
    class index, the option column of its profile there, and the persons kept."""
    classes, options, persons = [], [], []
    if problem.reference is not None:
        for profile in profiles:
            for cls in profile.classes:
                changes = cls.facts.arrays.changes
                for where in np.flatnonzero(changes < cls.facts.size).tolist():
                    classes.append(cls.index)
                    options.append(int(profile_start[profile.index] + where))
                    persons.append(float(cls.facts.size - changes[where]))
    return (np.asarray(classes, dtype=np.int64), np.asarray(options, dtype=np.int64),
            np.asarray(persons, dtype=np.float64))


Demand = tuple[list[tuple[dt.date, tuple[int, ...]]], tuple[np.ndarray, np.ndarray, np.ndarray]]


def document_demand(problem: Problem, profiles: list[Profile], flights: list[FlightSpec],
                    profile_start: np.ndarray) -> Demand:
    """Demand nodes, and per option the persons it sends to each node (row, col, value)."""
    eligible = EligibleSlots(problem)
    ready_dates = sorted({d for p in profiles for d in p.classes[0].facts.document_ready})
    node_ids: dict[tuple[dt.date, tuple[int, ...]], int] = {}
    lookup = np.full((len(ready_dates), len(flights)), -1, dtype=np.int64)
    for r, ready in enumerate(ready_dates):
        for position, flight in enumerate(flights):
            lookup[r, position] = node_ids.setdefault((ready, eligible(ready, flight)),
                                                      len(node_ids))
    ready_index = {d: i for i, d in enumerate(ready_dates)}
    positions = {f.id: i for i, f in enumerate(flights)}
    rows, cols, values = [], [], []
    for profile in profiles:
        needs = Counter(profile.classes[0].facts.document_ready)
        arrays = profile.arrays
        if not needs or not len(arrays):
            continue
        pos = np.asarray([positions[f] for f in arrays.flight_id.tolist()], dtype=np.int64)
        columns = profile_start[profile.index] + np.arange(len(pos))
        for ready, persons in needs.items():
            rows.append(lookup[ready_index[ready], pos])
            cols.append(columns)
            values.append(np.full(len(pos), float(persons)))
    nodes = sorted(node_ids, key=node_ids.__getitem__)

    def joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
        return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

    return nodes, (joined(rows, np.int64), joined(cols, np.int64), joined(values, np.float64))
