"""A bound of objective 4 (priority-weighted waiting) that counts seats (issue 14).

Without seats the cheapest waits fill any flown weight on the earliest flights, so the
bound is far from every real plan (docs/decisions.md, "Objective 4's bound counts seats",
has the figures). Here the seats of each *flight class* (the usable flights to one
airport on one day) are priced.

The bound is Lagrangian, so it holds whatever the prices are. For every plan flying at
least ``W`` and any prices ``lam >= 0`` (per weight) and ``mu_j >= 0`` (per seat of class
``j``), the plan's waiting is at least its waiting less ``lam`` x (its weight - W) and
plus ``mu_j`` x (the seats it uses in class j - their number):

    waiting >= lam W - sum_j mu_j seats_j
               + sum over households of min(0, min over its options
                                            (waiting - lam weight + mu_j(option) seats)).

That sum is worked out exactly (whole numbers over one denominator) from the classes'
own options, so the rules that shape the options (destinations, dates, documents in
time, laps) are not written twice.

The prices come from a small LP that relaxes the rest: each class enters on its
earliest option's day with that option's seats and waiting, and may then move to any
later day of the airports its options reach, paying its weight per seat for each day.
Classes with the same weight per seat and airports share one chain of day nodes, so the
LP has a column per class, one per chain and day, and one per chain, day and airport,
not one per class and flight. The LP's duals
of the seat rows and of the weight row are the prices. Whatever HiGHS returns (or if it
runs out of time), the bound above is evaluated on the real options and so is proven.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

import highspy
import numpy as np

from solvers.classes import HouseholdClass
from solvers.highs_lp import lp_time_limit, new_highs
from solvers.options import narrow_int
from solvers.problem import Problem

log = logging.getLogger(__name__)

#: Wall-clock seconds the LP that finds the prices may take at most (cut short, HiGHS
#: gives no duals at all; docs/decisions.md, "Objective 4's bound counts seats").
LP_SECONDS = 10.0
#: The least it is given when a solve has any time left, so that a solve that used
#: nearly all of its limit still has a chance of the seat-aware bound.
LP_FLOOR_SECONDS = 0.5
#: Seconds a solve keeps for this bound (its arrays, LP and evaluation) per second that
#: forming the classes took, which grows alike with the operation and the machine's load,
#: between LP_FLOOR_SECONDS and LP_SECONDS (measured: docs/decisions.md, "Objective 4's
#: bound keeps its time"). The scaled method's bounds of objectives 2, 3 and 5 leave it
#: (the plan's stages do not: objective 1 comes first), and the LP gets it even when the
#: plan took the rest of the limit.
RESERVE_PER_CLASSES = 1.0
#: The prices are rounded to multiples of 1 / SCALE, so that the bound is a sum of whole
#: numbers over SCALE (exact; rounding a price keeps the bound valid, only weaker).
SCALE = 1 << 20
#: Per-option values must stay within int64 with room for the sums.
_LIMIT = 1 << 62


@dataclass(frozen=True)
class FlightClasses:
    """The usable flights grouped by (airport, departure day): seats per class, in day
    order, and the class of each flight id."""

    #: Per class: days from the plan start, airport code and seats.
    day: np.ndarray
    airport: np.ndarray
    seats: np.ndarray
    #: Class of each flight id (-1: not usable).
    of_flight: np.ndarray

    @staticmethod
    def of(problem: Problem) -> FlightClasses:
        flights = problem.usable_flights
        airports = sorted({f.destination for f in flights})
        code = {airport: index for index, airport in enumerate(airports)}
        keys = sorted({((f.departure_date - problem.start).days, code[f.destination])
                       for f in flights})
        index = {key: position for position, key in enumerate(keys)}
        seats = np.zeros(len(keys), dtype=np.int64)
        of_flight = np.full(max((f.id for f in problem.flights), default=0) + 1, -1,
                            dtype=np.int64)
        for flight in flights:
            position = index[((flight.departure_date - problem.start).days,
                              code[flight.destination])]
            seats[position] += flight.seats
            of_flight[flight.id] = position
        return FlightClasses(
            day=np.asarray([k[0] for k in keys], dtype=np.int64),
            airport=np.asarray([k[1] for k in keys], dtype=np.int64),
            seats=seats, of_flight=of_flight)


@dataclass(frozen=True)
class Prices:
    """Lagrange multipliers as whole numbers over ``scale``: per weight flown, and per
    seat of each flight class."""

    weight: int
    seats: np.ndarray
    scale: int = SCALE


@dataclass(frozen=True)
class ClassArrays:
    """Every class's options in one run of arrays (a class's options are consecutive,
    in its own order): what the bound and the LP read."""

    #: Per option: waiting and seats in 32 bits unless a value needs 64.
    flight_class: np.ndarray
    seats: np.ndarray
    waiting: np.ndarray
    #: Per class with at least one option: where its options start, weight, households.
    starts: np.ndarray
    weight: np.ndarray
    count: np.ndarray

    @staticmethod
    def of(classes: Sequence[HouseholdClass], flight_classes: FlightClasses) -> ClassArrays:
        """Refuses (ValueError) an option of a flight that is not usable: it has no flight
        class, and its price would silently be another class's."""
        flying = [c for c in classes if len(c.facts.arrays)]
        arrays = [c.facts.arrays for c in flying]
        lengths = np.fromiter((len(a.flight_id) for a in arrays), dtype=np.int64,
                              count=len(arrays))

        def joined(name: str) -> np.ndarray:
            """The options' ``name`` in 32 bits where every value fits, else 64 (a value
            wrapped to 32 bits would pass the overflow check of the bound)."""
            if not arrays:
                return np.zeros(0, dtype=np.int32)
            return narrow_int(np.concatenate([np.asarray(getattr(a, name), dtype=np.int64)
                                              for a in arrays]))

        flight_ids = joined("flight_id")
        if len(flight_ids) and (int(flight_ids.min()) < 0
                                or int(flight_ids.max()) >= len(flight_classes.of_flight)):
            raise ValueError("an option's flight id is outside the problem's flights")
        flight_class = flight_classes.of_flight[flight_ids]
        unusable = flight_class < 0
        if unusable.any():
            raise ValueError(f"options on flights that are not usable (flight ids "
                             f"{sorted(set(flight_ids[unusable].tolist()))[:5]}) have no "
                             "flight class to price")
        return ClassArrays(
            flight_class=flight_class.astype(np.int32),
            seats=joined("seats"), waiting=joined("waiting"),
            starts=np.cumsum(lengths) - lengths,
            weight=np.fromiter((c.facts.weight for c in flying), dtype=np.int64,
                               count=len(flying)),
            count=np.fromiter((c.count for c in flying), dtype=np.int64, count=len(flying)))

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(np.append(self.starts, len(self.waiting)))


#: Options evaluated at once (each block's 64-bit values take a few MiB).
BLOCK = 1 << 19


def lagrangian_value(options: ClassArrays, flight_classes: FlightClasses,
                     flown_weight: int, prices: Prices) -> Fraction | None:
    """The bound of the module's docstring for ``prices``: at most the waiting of every
    plan flying at least ``flown_weight`` (any prices >= 0). None when the numbers would
    not fit in 64 bits (then no bound is claimed)."""
    if prices.weight < 0 or (len(prices.seats) and int(prices.seats.min()) < 0):
        raise ValueError("prices of a Lagrangian bound are never negative")
    scale = prices.scale
    seat_total = sum(p * s for p, s in zip(prices.seats.tolist(),
                                           flight_classes.seats.tolist(), strict=True))
    starts = options.starts
    if not len(starts):
        # no household can fly: every plan flies nothing and waits nothing
        return Fraction(prices.weight * flown_weight - seat_total, scale) \
            if flown_weight <= 0 else None
    largest = (int(np.abs(options.waiting).max()) * scale
               + prices.weight * int(np.abs(options.weight).max())
               + int(prices.seats.max(initial=0)) * int(options.seats.max()))
    if largest >= _LIMIT // 4:
        return None
    lengths = options.lengths
    best = np.empty(len(starts), dtype=np.int64)
    first = 0
    while first < len(starts):  # blocks of whole classes
        last = max(first + 1, int(np.searchsorted(starts, starts[first] + BLOCK)))
        low, high = int(starts[first]), int(starts[last - 1] + lengths[last - 1])
        value = options.waiting[low:high].astype(np.int64) * scale
        value += prices.seats[options.flight_class[low:high]] * options.seats[low:high]
        value -= prices.weight * np.repeat(options.weight[first:last], lengths[first:last])
        best[first:last] = np.minimum.reduceat(value, starts[first:last] - low)
        first = last
    np.minimum(best, 0, out=best)
    total = prices.weight * flown_weight - seat_total
    total += sum(b * n for b, n in zip(best.tolist(), options.count.tolist(), strict=True))
    return Fraction(total, scale)


def lp_seconds(left: float) -> float:
    """What the LP may take of a solve's ``left`` seconds: at most :data:`LP_SECONDS`,
    at least :data:`LP_FLOOR_SECONDS`, and 0 (no LP: the bound without seats stands)
    when nothing is left."""
    if left <= 0:
        return 0.0
    return max(LP_FLOOR_SECONDS, min(LP_SECONDS, left))


def reserve_seconds(classes_seconds: float) -> float:
    """The seconds a solve keeps for this bound when forming its classes took
    ``classes_seconds`` (see :data:`RESERVE_PER_CLASSES`)."""
    return max(LP_FLOOR_SECONDS, min(LP_SECONDS, RESERVE_PER_CLASSES * classes_seconds))


def seat_aware_waiting(problem: Problem, classes: Sequence[HouseholdClass], flown_weight: int,
                       seconds: float = LP_SECONDS) -> Fraction | None:
    """The least priority-weighted waiting of any plan flying ``flown_weight`` or more,
    seats counted (a proven lower bound; see the module's docstring). None when the prices
    could not be found (the LP infeasible: no plan flies that much) or do not fit."""
    flight_classes = FlightClasses.of(problem)
    options = ClassArrays.of(classes, flight_classes)
    prices = lp_prices(options, flight_classes, flown_weight, seconds)
    if prices is None:
        return None
    return lagrangian_value(options, flight_classes, flown_weight, prices)


def lp_prices(options: ClassArrays, flight_classes: FlightClasses, flown_weight: int,
              seconds: float) -> Prices | None:
    """Prices from the duals of the chain LP of the module's docstring (None when HiGHS
    gave no duals: the LP infeasible, or nothing found in ``seconds``; none at all when
    no household can fly)."""
    began = time.perf_counter()
    model = ChainLp.build(options, flight_classes, flown_weight)
    if model is None:  # no household can fly: nothing to price
        return Prices(weight=0, seats=np.zeros(len(flight_classes.seats), dtype=np.int64))
    highs = new_highs()
    highs.setOptionValue("threads", 1)
    highs.passModel(model.lp)
    lp_time_limit(highs, max(0.1, seconds - (time.perf_counter() - began)))
    highs.run()
    solution = highs.getSolution()
    status = highs.getModelStatus()
    log.info("Waiting bound's LP: %s, %d columns, %d rows, %.2f s",
             highs.modelStatusToString(status), model.lp.num_col_, model.lp.num_row_,
             time.perf_counter() - began)
    if status != highspy.HighsModelStatus.kOptimal or not solution.dual_valid:
        return None
    duals = np.asarray(solution.row_dual)
    # A seat row (at most its seats) of a minimisation has a dual <= 0, the weight row
    # (at least W) one >= 0; rounded and clipped, any values still give a valid bound.
    seat_duals = -duals[model.first_seat_row: model.first_seat_row + len(flight_classes.seats)]
    return Prices(weight=max(0, round(float(duals[model.weight_row]) * SCALE)),
                  seats=np.maximum(0, np.round(seat_duals * SCALE)).astype(np.int64))


@dataclass(frozen=True)
class ChainLp:
    """The LP whose duals are the prices: rows per (chain, day node) (flow kept), per
    flight class (seats) and the weight flown; columns per entry (a class on its first
    day), per chain and day (waiting one node longer) and per chain, day and airport
    (taking the class's seats)."""

    lp: highspy.HighsLp
    first_seat_row: int
    weight_row: int

    @staticmethod
    def build(options: ClassArrays, flight_classes: FlightClasses,
              flown_weight: int) -> ChainLp | None:
        days = np.unique(flight_classes.day)
        if not len(options.starts) or not len(days):
            return None
        nodes = len(days)
        node_of_class = np.searchsorted(days, flight_classes.day)
        starts = options.starts
        # Each class enters at its first option (the earliest: options are in departure
        # order) with its fewest seats; the chain is its weight per seat and airports.
        seats = np.minimum.reduceat(options.seats, starts)
        entering = seats > 0
        airport = flight_classes.airport[options.flight_class]
        if int(flight_classes.airport.max(initial=0)) < 62:
            reach = np.bitwise_or.reduceat(np.left_shift(1, airport), starts)
        else:  # too many airports for a bit mask: one chain for every airport
            reach = np.full(len(starts), -1, dtype=np.int64)
        common = np.gcd(options.weight, np.maximum(seats, 1))
        key = np.stack([options.weight // common, np.maximum(seats, 1) // common, reach],
                       axis=1)[entering]
        chain_keys, chain_of = np.unique(key, axis=0, return_inverse=True)
        chain_of = chain_of.ravel()
        node = node_of_class[options.flight_class[starts]][entering]
        entry_keys, entry_of = np.unique(
            np.stack([chain_of, node, seats[entering], options.weight[entering],
                      options.waiting[starts][entering]], axis=1),
            axis=0, return_inverse=True)
        households = np.bincount(entry_of.ravel(), weights=options.count[entering],
                                 minlength=len(entry_keys))
        chains = len(chain_keys)
        first_node = np.full(chains, nodes, dtype=np.int64)
        np.minimum.at(first_node, entry_keys[:, 0], entry_keys[:, 1])
        first_seat_row = chains * nodes
        weight_row = first_seat_row + len(flight_classes.seats)
        # entries: seats into the chain's node, weight into the weight row
        parts = [(entry_keys[:, 0] * nodes + entry_keys[:, 1],
                  entry_keys[:, 2].astype(np.float64),
                  np.full(len(entry_keys), weight_row),
                  entry_keys[:, 3].astype(np.float64),
                  entry_keys[:, 4].astype(np.float64), households)]
        # waiting longer: node k to node k + 1 of a chain, its weight per seat a day
        chain, at = np.nonzero(np.arange(nodes - 1)[None, :] >= first_node[:, None])
        per_day = chain_keys[:, 0] / chain_keys[:, 1]
        parts.append((chain * nodes + at, np.full(len(at), -1.0), chain * nodes + at + 1,
                      np.ones(len(at)), per_day[chain] * (days[at + 1] - days[at]),
                      np.full(len(at), np.inf)))
        # taking seats: node k of a chain to a flight class of that day it reaches
        chain, position = np.nonzero(
            (node_of_class[None, :] >= first_node[:, None])
            & ((chain_keys[:, 2][:, None] >> flight_classes.airport[None, :]) & 1 == 1))
        at = node_of_class[position]
        parts.append((chain * nodes + at, np.full(len(at), -1.0), first_seat_row + position,
                      np.ones(len(at)), np.zeros(len(at)), np.full(len(at), np.inf)))
        first_rows, first_values, second_rows, second_values, cost, upper = (
            np.concatenate([part[i] for part in parts]) for i in range(6))
        columns = len(cost)
        lp = highspy.HighsLp()
        lp.num_col_ = columns
        lp.num_row_ = weight_row + 1
        lp.col_cost_ = cost
        lp.col_lower_ = np.zeros(columns)
        lp.col_upper_ = np.where(np.isinf(upper), highspy.kHighsInf, upper)
        lp.row_lower_ = np.concatenate([np.zeros(first_seat_row),
                                        np.full(len(flight_classes.seats), -highspy.kHighsInf),
                                        [float(flown_weight)]])
        lp.row_upper_ = np.concatenate([np.zeros(first_seat_row),
                                        flight_classes.seats.astype(np.float64),
                                        [highspy.kHighsInf]])
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.arange(0, 2 * columns + 1, 2, dtype=np.int32)
        lp.a_matrix_.index_ = np.stack([first_rows, second_rows], axis=1).ravel().astype(
            np.int32)
        lp.a_matrix_.value_ = np.stack([first_values, second_values], axis=1).ravel()
        return ChainLp(lp, first_seat_row, weight_row)
