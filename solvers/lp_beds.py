"""Rule 8 and objective 3 in the scaled method's LP (:mod:`solvers.lp_model`), relaxed.

Objective 3 needs to know who leaves when: the LP's profiles are then also split by ready
date, sheltered members and fitting shelters (``lp_model.build(beds=True)``), so that an
option column says how many persons needing a bed leave on its day. Beds are relaxed, which
keeps the LP small and its optimum a proven bound of objective 3:

- persons, not households, take beds (a family may be split across shelters);
- shelters of the same policy, medical care and open dates form one *shelter type* whose
  beds are their sum;
- ``h[g, t, d]`` counts the persons of bed group g (ready date, fitting shelters) housed in
  type t who leave on day d (None: not flying), at most those of g who leave on d, and a
  type's beds are held on every night on which some stay begins (between two such nights
  no stay is added).

Every plan gives a solution of these rows with its overflow, so the LP's least overflow
(with the objectives before it held at the plan's values) is at most any plan's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from solvers.classes import HouseholdClass
from solvers.nights import night_count, shelter_nights
from solvers.problem import Problem
from solvers.rows import RowCollector

#: A type of shelter: its policy, medical care, and the dates it opens and closes.
ShelterType = tuple[str, bool, dt.date | None, dt.date | None]


class BedProfile(Protocol):
    """A profile of the LP (``solvers.lp_model.Profile``): its index and its classes."""

    index: int
    classes: list[HouseholdClass]


@dataclass
class BedColumns:
    """The h columns (after every other column of the model) and objective 3's parts."""

    first: int
    group_ready: np.ndarray
    #: Person-nights of one person of the column's stay (the overflow it saves).
    nights: np.ndarray
    #: Objective 3 of the option columns (persons' nights saved by leaving that day, < 0).
    option_overflow: np.ndarray
    #: Objective 3 when nobody flies and nobody is housed.
    constant: float

    @property
    def count(self) -> int:
        return len(self.nights)


def shelter_types(problem: Problem) -> tuple[list[ShelterType], np.ndarray, dict[int, int]]:
    """Types of shelters (policy, medical care, open dates), their beds, and each
    shelter's type."""
    keys: dict[ShelterType, int] = {}
    beds: list[int] = []
    type_of: dict[int, int] = {}
    for shelter in problem.shelters:
        key: ShelterType = (shelter.accepts, shelter.medical_care, shelter.open_from, shelter.open_until)
        index = keys.setdefault(key, len(keys))
        if index == len(beds):
            beds.append(0)
        beds[index] += shelter.beds
        type_of[shelter.id] = index
    return list(keys), np.asarray(beds, dtype=np.float64), type_of


def add(problem: Problem, profiles: Sequence[BedProfile], profile_start: np.ndarray,
        option_day: np.ndarray, rows: RowCollector) -> BedColumns:
    """Bed columns and rows for ``profiles`` (each of one ready date, sheltered count and
    fitting shelters), written after every column and row of ``rows`` so far;
    ``option_day`` is each option column's departure day (days from S)."""
    first = rows.variables
    start, end = problem.start, problem.horizon_end
    keys, type_beds, type_of = shelter_types(problem)
    type_open = [(key[2], key[3]) for key in keys]
    option_overflow = np.zeros(len(option_day))
    constant = 0.0
    # bed groups: (ready, fitting shelter types) -> profiles
    groups: dict[tuple[dt.date, tuple[int, ...]], list[int]] = {}
    for profile in profiles:
        facts = profile.classes[0].facts
        if not facts.sheltered:
            continue
        persons = sum(c.count for c in profile.classes) * facts.sheltered
        stay_home = night_count(facts.ready, None, end)
        constant += persons * stay_home
        a, b = int(profile_start[profile.index]), int(profile_start[profile.index + 1])
        leave = np.asarray([night_count(facts.ready, start + dt.timedelta(days=int(d)), end)
                            for d in option_day[a:b]], dtype=np.float64)
        option_overflow[a:b] = facts.sheltered * (leave - stay_home)
        types = tuple(sorted({type_of[s] for s in facts.shelters}))
        if types:
            groups.setdefault((facts.ready, types), []).append(profile.index)
    columns: list[tuple[int, int, int]] = []  # (group, type, day or -1)
    nights_of: list[float] = []
    ready_of: list[int] = []
    link_rows: list[int] = []
    link_cols: list[int] = []
    link_values: list[float] = []
    link_upper: list[float] = []
    stays: list[tuple[int, int, int]] = []  # (column, first night, last night) in days
    group_list = list(groups.items())
    for g, ((ready, types), members) in enumerate(group_list):
        first_night = (ready - start).days
        # the option columns of the group's profiles, by their day
        option_cols = np.concatenate([np.arange(profile_start[p], profile_start[p + 1])
                                      for p in members]).astype(np.int64)
        sizes = np.concatenate([np.full(int(profile_start[p + 1] - profile_start[p]),
                                        float(profiles[p].classes[0].facts.sheltered))
                                for p in members])
        persons = sum(c.count * c.facts.sheltered for p in members
                      for c in profiles[p].classes)
        days = sorted({int(d) for d in option_day[option_cols]})
        for day in [*days, -1]:
            departure = None if day < 0 else start + dt.timedelta(days=day)
            nights = shelter_nights(ready, departure, end)
            if nights is None:
                continue
            last = (nights.last - start).days
            here = []
            for t in types:
                opened, until = type_open[t]
                if (opened is not None and opened > nights.first) or (
                        until is not None and until < nights.last):
                    continue
                here.append(len(columns))
                columns.append((g, t, day))
                nights_of.append(float(nights.count))
                ready_of.append(first_night)
                stays.append((len(columns) - 1, first_night, last))
            if not here:
                continue
            row = len(link_upper)
            link_rows.extend([row] * len(here))
            link_cols.extend(first + i for i in here)
            link_values.extend([1.0] * len(here))
            if day >= 0:
                use = option_day[option_cols] == day
                link_rows.extend([row] * int(use.sum()))
                link_cols.extend(option_cols[use].tolist())
                link_values.extend((-sizes[use]).tolist())
                link_upper.append(0.0)
            else:
                link_rows.extend([row] * len(option_cols))
                link_cols.extend(option_cols.tolist())
                link_values.extend(sizes.tolist())
                link_upper.append(float(persons))
    rows.new_vars(np.zeros(len(columns)), np.full(len(columns), np.inf))
    if link_upper:
        rows.add_rows(np.full(len(link_upper), -np.inf), np.asarray(link_upper),
                      np.asarray(link_rows, dtype=np.int64),
                      np.asarray(link_cols, dtype=np.int64), np.asarray(link_values),
                      block="bed links of the profile LP")
    # beds of each type on every night on which some stay begins
    cap_rows: list[int] = []
    cap_cols: list[int] = []
    cap_upper: list[float] = []
    by_type: dict[int, list[tuple[int, int, int]]] = {}
    for column, first_night, last in stays:
        by_type.setdefault(columns[column][1], []).append((column, first_night, last))
    for t, used in by_type.items():
        for night in sorted({f for _, f, _ in used}):
            inside = [c for c, f, last in used if f <= night <= last]
            row = len(cap_upper)
            cap_rows.extend([row] * len(inside))
            cap_cols.extend(first + c for c in inside)
            cap_upper.append(float(type_beds[t]))
    if cap_upper:
        rows.add_rows(np.full(len(cap_upper), -np.inf), np.asarray(cap_upper),
                      np.asarray(cap_rows, dtype=np.int64),
                      np.asarray(cap_cols, dtype=np.int64), np.ones(len(cap_cols)),
                      block="beds per type and night of the profile LP")
    return BedColumns(first=first, group_ready=np.asarray(ready_of, dtype=np.int64),
                      nights=np.asarray(nights_of), option_overflow=option_overflow,
                      constant=constant)
