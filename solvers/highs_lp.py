"""HiGHS (through highspy) on an :class:`~solvers.lp_model.ArrayModel`, by column generation.

The model has one column per (class, flight) option: millions at 150,000 persons, but only
a few thousand rows, so an optimal basis uses a tiny share of them. HiGHS starts from the
earliest options of every profile; after each solve the reduced cost of every option left
out is computed from the row duals in one sparse product, and the best of those that
would improve the objective join the LP. When none is left, the LP optimum is the optimum
over all options: a proven bound, found without giving HiGHS every column (the times with
and without: docs/decisions.md, Planner, "Measured figures behind the solvers' choices").

Objectives are swapped and held (a row ``cost @ x >= value``) between solves, so each
later solve starts from the previous basis.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np
from ortools.graph.python import min_cost_flow

from solvers.lp_model import ArrayModel

log = logging.getLogger(__name__)

#: Options of each profile in the first LP (its earliest flights).
INITIAL_OPTIONS = 0
#: Columns added per round at most, and per profile per round (why not more:
#: docs/decisions.md, Planner, "Measured figures behind the solvers' choices").
BATCH = 5_000
PER_PROFILE = 1
TOLERANCE = 1e-7
EPSILON = 1e-6


@dataclass
class LpResult:
    optimal: bool
    status: str
    #: Objective value (without constants) and the values of every column of the model.
    value: float | None
    x: np.ndarray | None
    seconds: float
    rounds: int = 0
    #: A proven bound of the objective over every column, also when pricing stopped at
    #: the time limit (then the tightest of its rounds': a round's value plus what the
    #: columns left out could add at most, each profile's households all on its best
    #: column left out).
    bound: float | None = None
    #: The rows' duals at the end (for later bounds).
    duals: np.ndarray | None = None
    #: The tightest such bound of any round that ended (pricing only): proven also when
    #: HiGHS stopped inside a later round, which then leaves ``bound`` None.
    round_bound: float | None = None


class HighsLp:
    def __init__(self, model: ArrayModel, *, threads: int = 1,
                 should_cancel: Callable[[], bool] | None = None,
                 progress: Callable[[int], None] | None = None) -> None:
        self.model = model
        #: Asked between rounds and inside HiGHS's own loops: True stops the solve.
        self.should_cancel = should_cancel
        #: Told each round of column generation (the desktop shows the LP is working).
        self.progress = progress
        rows = model.rows
        row, col, value = rows.coordinates()
        row = row.astype(np.int32)
        order = np.argsort(col, kind="stable")
        self.row = row[order]
        self.value = value[order]
        self.col = col[order].astype(np.int32)
        del row, col, value, order
        self.col_start = np.zeros(model.columns + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.col, minlength=model.columns), out=self.col_start[1:])
        #: Rows added after the model (held objectives, cuts): (columns, coefficients).
        self.held: list[tuple[np.ndarray, np.ndarray]] = []
        #: The LP's basis while :meth:`integer_neighbourhood` holds the instance.
        self._basis: Any = None
        self.base_rows = rows.rows
        self.highs = new_highs()
        h = self.highs
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", threads)
        if should_cancel is not None:
            def interrupt(event: Any) -> None:
                if should_cancel():
                    event.interrupt()

            for callback in (h.cbSimplexInterrupt, h.cbIpmInterrupt, h.cbMipInterrupt):
                callback.subscribe(interrupt)
            h.enableCallbacks()
        lower, upper = rows.row_bounds()
        h.addRows(rows.rows, lower, upper, 0, np.zeros(0, dtype=np.int32),
                  np.zeros(0, dtype=np.int32), np.zeros(0))
        #: Model column of each HiGHS column, and whether a model column is in the LP.
        self.in_lp = np.zeros(model.columns, dtype=bool)
        self.order: list[np.ndarray] = []
        # The options a kept flight pin fixes (lower bound 1) start in the LP: without
        # them the first LP cannot hold the pin and is infeasible.
        pinned = np.flatnonzero(model.col_lower[:model.options] > 0)
        first = np.union1d(np.union1d(_earliest(model, INITIAL_OPTIONS), flow_columns(model)),
                           pinned)
        always = np.arange(model.options, model.columns)
        self._add(np.concatenate([first, always]), np.zeros(model.columns))

    @property
    def lp_columns(self) -> np.ndarray:
        return np.concatenate(self.order) if self.order else np.zeros(0, dtype=np.int64)

    def _add(self, columns: np.ndarray, cost: np.ndarray) -> None:
        columns = np.asarray(columns, dtype=np.int64)
        if not len(columns):
            return
        starts = self.col_start[columns]
        lengths = self.col_start[columns + 1] - starts
        pick = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths) + \
            np.arange(int(lengths.sum()))
        owner = np.repeat(np.arange(len(columns)), lengths)
        index = self.row[pick].astype(np.int64)
        value = self.value[pick]
        if self.held:
            owners, indices, values = [owner], [index], [value]
            for h, (held_index, held_value) in enumerate(self.held):
                where = np.searchsorted(held_index, columns)
                where = np.minimum(where, max(0, len(held_index) - 1))
                hit = np.flatnonzero(held_index[where] == columns) if len(held_index) else \
                    np.zeros(0, dtype=np.int64)
                owners.append(hit)
                indices.append(np.full(len(hit), self.base_rows + h, dtype=np.int64))
                values.append(held_value[where[hit]])
            owner = np.concatenate(owners)
            order = np.argsort(owner, kind="stable")
            owner = owner[order]
            index = np.concatenate(indices)[order]
            value = np.concatenate(values)[order]
        start = np.searchsorted(owner, np.arange(len(columns))).astype(np.int32)
        self.highs.addCols(len(columns), cost[columns].astype(np.float64),
                           self.model.col_lower[columns].astype(np.float64),
                           self.model.col_upper[columns].astype(np.float64),
                           len(index), start, index.astype(np.int32), value.astype(np.float64))
        self.in_lp[columns] = True
        self.order.append(columns)

    def include(self, columns: np.ndarray) -> None:
        """Bring model columns into the LP (those not in it yet), at zero cost."""
        columns = np.unique(np.asarray(columns, dtype=np.int64))
        self._add(columns[~self.in_lp[columns]], np.zeros(self.model.columns))

    def reduced_costs(self, cost: np.ndarray, duals: np.ndarray) -> np.ndarray:
        """c - A^T y over every column of the model (held rows included)."""
        products = np.bincount(self.col, weights=self.value * duals[self.row],
                               minlength=self.model.columns)
        for h, (held_index, held_value) in enumerate(self.held):
            products[held_index] += duals[self.base_rows + h] * held_value
        return cost - products

    def solve(self, cost: np.ndarray, maximize: bool, seconds: float, *,
              price: bool = True, batch: int | None = None,
              per_profile: int | None = None) -> LpResult:
        """Optimise ``cost`` over every column (``price``: columns join while any would
        improve it) or over the columns already in the LP (then the optimum is no bound).
        ``batch``, ``per_profile``: columns joining per round at most, in all and per
        profile (BATCH and PER_PROFILE unless given)."""
        h = self.highs
        began = time.perf_counter()
        deadline = began + seconds
        columns = self.lp_columns
        h.changeColsCost(len(columns), np.arange(len(columns), dtype=np.int32),
                         cost[columns].astype(np.float64))
        h.changeObjectiveSense(highspy.ObjSense.kMaximize if maximize
                               else highspy.ObjSense.kMinimize)
        sign = 1.0 if maximize else -1.0
        rounds = 0
        best: float | None = None
        while True:
            rounds += 1
            if self.should_cancel is not None and self.should_cancel():
                return LpResult(False, "cancelled", None, None, time.perf_counter() - began,
                                rounds, round_bound=best)
            if self.progress is not None:
                self.progress(rounds)
            lp_time_limit(h, max(0.5, deadline - time.perf_counter()))
            h.run()
            status = h.getModelStatus()
            name = h.modelStatusToString(status)
            if status != highspy.HighsModelStatus.kOptimal:
                log.info("LP stopped: %s after %d rounds", name, rounds)
                return LpResult(False, name, None, None, time.perf_counter() - began, rounds,
                                round_bound=best)
            solution = h.getSolution()
            duals = np.asarray(solution.row_dual)
            reduced = sign * self.reduced_costs(cost, duals)
            reduced[self.in_lp] = 0.0
            reduced[self.model.options:] = 0.0
            candidates = np.flatnonzero(reduced > TOLERANCE) if price else \
                np.zeros(0, dtype=np.int64)
            log.debug("LP round %d: %s, value %.3f, %d columns would improve, %.2f s CPU",
                      rounds, name, solution_value(h), len(candidates), time.process_time())
            if price:
                # weak duality: the LP's value plus what the columns left out could add
                round_bound = solution_value(h) + sign * self._left_out(reduced) \
                    if len(candidates) else solution_value(h)
                if best is None or sign * round_bound < sign * best:
                    best = round_bound
            if not len(candidates) or time.perf_counter() > deadline:
                x = np.zeros(self.model.columns)
                x[self.lp_columns] = np.asarray(solution.col_value)
                optimal = not len(candidates)
                value = float(cost @ x)
                bound = value if optimal else best
                return LpResult(optimal, name if optimal else "time limit", value,
                                x, time.perf_counter() - began, rounds, bound, duals, best)
            self._add(_best(candidates, reduced, self.model.option_profile,
                            BATCH if batch is None else batch,
                            PER_PROFILE if per_profile is None else per_profile), cost)

    def _left_out(self, improving: np.ndarray) -> float:
        """At most how much the option columns left out of the LP could still improve its
        value (``improving``: their reduced costs, positive where they would improve):
        the households of each profile fly on at most its household count of its
        columns, so each profile adds at most that count times its best such column."""
        model = self.model
        gain = np.maximum(improving[: model.options], 0.0)
        best = np.zeros(len(model.profiles))
        np.maximum.at(best, model.option_profile, gain)
        counts = np.asarray([sum(c.count for c in p.classes) for p in model.profiles],
                            dtype=np.float64)
        return float(best @ counts)

    def relax(self) -> None:
        """Undo :meth:`integer_neighbourhood`: continuous columns within the model's bounds
        again, so that the LP (its columns and held rows) serves later bounds, from the
        LP's last basis (a MIP run leaves none: at 20,000 persons re-planned, the bound of
        objective 2 then started from scratch and ran out of its time)."""
        h = self.highs
        columns = self.lp_columns
        n = len(columns)
        everything = np.arange(n, dtype=np.int32)
        h.changeColsIntegrality(n, everything, np.full(n, highspy.HighsVarType.kContinuous))
        h.changeColsBounds(n, everything, self.model.col_lower[columns],
                           self.model.col_upper[columns])
        if self._basis is not None:
            h.setBasis(self._basis)
            self._basis = None

    def integer_neighbourhood(self, cost: np.ndarray, x: np.ndarray, seconds: float,
                              gap: float, *, near: bool = False) -> np.ndarray | None:
        """Whole households near the LP solution ``x``: a MIP over the columns in the LP,
        each option between 0 and one more than its LP value rounded up (0 when unused),
        each class column up to its count, maximising ``cost``. The LP optimum bounds it,
        so HiGHS stops within ``gap`` of it. The LP is used up: call this last. Returns the
        values of the model's columns."""
        h = self.highs
        columns = self.lp_columns
        self._basis = h.getBasis()
        h.changeColsCost(len(columns), np.arange(len(columns), dtype=np.int32),
                         cost[columns].astype(np.float64))
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        values = x[columns]
        upper = np.where(values > EPSILON, np.ceil(values - EPSILON) + 1, 0.0)
        always = columns >= self.model.options
        upper[always] = self.model.col_upper[columns[always]]
        lower = np.minimum(self.model.col_lower[columns], upper)
        if near:
            # Each option between its LP value rounded down and rounded up: the MIP only
            # rounds the LP's plan (chosen for objective 2 too) instead of moving away.
            options = ~always
            lower[options] = np.maximum(lower[options], np.floor(values[options] + EPSILON))
            upper[options] = np.maximum(lower[options], np.ceil(values[options] - EPSILON))
        n = len(columns)
        everything = np.arange(n, dtype=np.int32)
        h.changeColsBounds(n, everything, lower, upper)
        h.changeColsIntegrality(n, everything, np.full(n, highspy.HighsVarType.kInteger))
        h.setOptionValue("mip_rel_gap", gap)
        h.setOptionValue("time_limit", max(0.5, seconds))
        with wall_clock(h, seconds):
            h.run()
        solution = h.getSolution()
        if not solution.value_valid:
            return None
        result = np.zeros(self.model.columns)
        result[columns] = np.round(np.asarray(solution.col_value))
        return result

    def hold(self, cost: np.ndarray, maximize: bool, value: float) -> int:
        """Keep ``cost @ x`` at least (max) or at most (min) ``value`` from now on; returns
        the row (see :meth:`set_row_bounds`)."""
        lower, upper = (value, np.inf) if maximize else (-np.inf, value)
        return self.add_row(cost, lower, upper)

    def set_row_bounds(self, row: int, lower: float, upper: float) -> None:
        self.highs.changeRowBounds(row, lower, upper)

    def add_row(self, vector: np.ndarray, lower: float, upper: float) -> int:
        """A row ``lower <= vector @ x <= upper`` over every column of the model (columns
        that join later bring their coefficient in it). Returns its index."""
        columns = self.lp_columns
        coefficients = vector[columns]
        use = np.flatnonzero(coefficients)
        self.highs.addRow(lower, upper, len(use), use.astype(np.int32),
                          coefficients[use].astype(np.float64))
        nonzero = np.flatnonzero(vector)
        self.held.append((nonzero, np.asarray(vector[nonzero], dtype=np.float64)))
        return self.base_rows + len(self.held) - 1


_banner_lock = threading.Lock()
_banner_shown = False


def new_highs() -> highspy.Highs:
    """A silent HiGHS instance. The first one of a process prints HiGHS's banner on the C
    standard output before any option can be set, which would end up in the command
    line's report and in ``--json -``; it is made with that output sent to /dev/null."""
    global _banner_shown
    with _banner_lock:
        if _banner_shown:
            highs = highspy.Highs()
        else:
            try:
                sys.stdout.flush()
                saved = os.dup(1)
            except (OSError, ValueError):  # no standard output: no banner to hide
                highs = highspy.Highs()
            else:
                try:
                    with open(os.devnull, "wb") as sink:
                        os.dup2(sink.fileno(), 1)
                        try:
                            highs = highspy.Highs()
                        finally:
                            os.dup2(saved, 1)
                finally:
                    os.close(saved)
            _banner_shown = True
    highs.setOptionValue("output_flag", False)
    return highs


@contextlib.contextmanager
def wall_clock(highs: highspy.Highs, seconds: float) -> Iterator[None]:
    """Stop a MIP run of ``highs`` after ``seconds`` of wall time, also inside its root
    node: HiGHS (1.16) looks at its own time limit only between the root node's cut
    rounds, so a MIP can overrun it by several times (docs/decisions.md, Planner). Its
    interrupt callbacks ask the clock; the MIP then ends with the best solution it has."""
    deadline = time.perf_counter() + max(0.2, seconds)

    def late(event: Any) -> None:
        if time.perf_counter() > deadline:
            event.interrupt()

    callbacks = (highs.cbMipInterrupt, highs.cbSimplexInterrupt, highs.cbIpmInterrupt)
    for callback in callbacks:
        callback.subscribe(late)
    highs.enableCallbacks()
    try:
        yield
    finally:
        for callback in callbacks:
            callback.unsubscribe(late)


def lp_time_limit(highs: highspy.Highs, seconds: float) -> None:
    """Let the next LP run of ``highs`` take ``seconds``. HiGHS (1.16) stops an LP run once
    the instance's run time, every run so far and MIP runs too (``getRunTime()``), reaches
    ``time_limit``, while a MIP run counts from its own start (so a MIP's limit is set as
    it is): an LP given 2 s after a 3 s MIP, or after LP rounds that took 3 s in all,
    stopped at once ("time limit reached") before this was set from the run time so far.
    Checked on HiGHS itself by tests/test_highs_clock.py (docs/decisions.md, Planner,
    "HiGHS's time limit, LP and MIP")."""
    highs.setOptionValue("time_limit", highs.getRunTime() + seconds)


def solution_value(h: highspy.Highs) -> float:
    return float(h.getInfo().objective_function_value)


def flow_columns(model: ArrayModel) -> np.ndarray:
    """Options that carry flow in a minimum-cost flow close to objective 1's LP.

    Counted in seats, objective 1 without documents is nearly a flow: source -> class (its
    households' seats, at minus its weight per seat) -> profile -> flight (seats) -> sink,
    with medical households passing a node per flight that holds its medical places.
    OR-Tools solves it in seconds at 150,000 persons; the options it uses start the LP
    near its optimum, so column generation needs few rounds. (Seats per household are
    taken from each profile's first option: the flow only picks columns.)"""
    if not model.options or not model.flights:
        return np.zeros(0, dtype=np.int64)
    classes, profiles, flights = len(model.classes), len(model.profiles), len(model.flights)
    first_flight = 1 + classes + profiles
    first_medical = first_flight + flights
    source, sink = 0, first_medical + flights
    seats = np.asarray([max(1, int(p.arrays.seats[0])) if len(p.arrays) else 1
                        for p in model.profiles], dtype=np.int64)
    medical = np.asarray([int(p.arrays.medical[0]) if len(p.arrays) else 0
                          for p in model.profiles], dtype=np.int64)
    class_profile = np.zeros(classes, dtype=np.int64)
    for profile in model.profiles:
        for cls in profile.classes:
            class_profile[cls.index] = profile.index
    class_seats = seats[class_profile]
    flight_seats = np.asarray([f.seats for f in model.flights], dtype=np.int64)
    capped = np.asarray([f.medical_capacity is not None for f in model.flights], dtype=bool)
    medical_cap = np.asarray([f.medical_capacity or 0 for f in model.flights], dtype=np.int64)
    total = int(flight_seats.sum())
    # Households with a medical member reach a flight with a medical limit through its
    # medical node (counted in seats: exact for one person, cautious for a family).
    option_profile = model.option_profile.astype(np.int64)
    option_position = model.option_position.astype(np.int64)
    through = (medical[option_profile] > 0) & capped[option_position]
    option_head = np.where(through, first_medical + option_position,
                           first_flight + option_position)
    tails = np.concatenate([
        np.zeros(classes, dtype=np.int64),                       # source -> class
        1 + np.arange(classes),                                  # class -> profile
        1 + classes + option_profile,                            # profile -> flight
        first_flight + np.arange(flights),                       # flight -> sink
        first_medical + np.arange(flights),                      # medical -> flight
        [source]])                                               # seats left empty
    heads = np.concatenate([
        1 + np.arange(classes), 1 + classes + class_profile, option_head,
        np.full(flights, sink), first_flight + np.arange(flights), [sink]])
    capacities = np.concatenate([
        model.class_count * class_seats, model.class_count * class_seats,
        np.full(model.options, total), flight_seats, medical_cap, [total]])
    costs = np.concatenate([
        -np.round(COST_SCALE * model.class_weight / class_seats).astype(np.int64),
        np.zeros(classes + model.options + 2 * flights + 1, dtype=np.int64)])
    flow = min_cost_flow.SimpleMinCostFlow()
    arcs = flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), capacities.astype(np.int64),
        costs.astype(np.int64))
    flow.set_node_supply(source, total)
    flow.set_node_supply(sink, -total)
    if flow.solve() != flow.OPTIMAL:
        return np.zeros(0, dtype=np.int64)
    values = flow.flows(arcs)
    used = values[2 * classes: 2 * classes + model.options]
    return np.flatnonzero(used > 0)


#: Costs of the flow are integers: weights per seat times this (a multiple of 1..6).
COST_SCALE = 60_000


def _earliest(model: ArrayModel, count: int) -> np.ndarray:
    """The first ``count`` options of every profile (options are in departure order)."""
    rank = np.arange(model.options) - model.profile_start[model.option_profile]
    return np.flatnonzero(rank < count)


def _best(candidates: np.ndarray, reduced: np.ndarray, option_profile: np.ndarray,
          batch: int = BATCH, per_profile: int = PER_PROFILE) -> np.ndarray:
    """Up to ``per_profile`` columns of each profile, most improving first, ``batch`` in
    all."""
    order = candidates[np.argsort(-reduced[candidates], kind="stable")]
    classes = option_profile[order]
    # rank of each candidate within its class (in the order of improvement)
    by_class = np.argsort(classes, kind="stable")
    sorted_classes = classes[by_class]
    first = np.searchsorted(sorted_classes, sorted_classes, side="left")
    rank = np.empty(len(order), dtype=np.int64)
    rank[by_class] = np.arange(len(order)) - first
    chosen = order[rank < per_profile]
    return chosen[:batch]
