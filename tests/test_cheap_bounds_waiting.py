"""Objective 4's seat-aware bound (solvers/waiting_bound.py): by hand where the seats
decide the waiting; for any prices at most the waiting of every plan flying as much
(weak duality, checked by brute force); with the LP's prices never past the brute-force
least waiting of a plan as heavy, nor past the exact method's proven optimum."""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solvers import cheap_bounds, waiting_bound
from solvers.classes import HouseholdClass
from solvers.prepared import Prepared
from solvers.problem import Problem
from solvers.solution import SolveOptions
from solvers.solve import solve
from tests.test_solver_property import PROVING_LIMIT, crowded_operations, every_plan, operations
from tests.test_solver_rules import flight, person, problem


def _proven(prob: Problem) -> dict[str, int]:
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert result.status == "optimal", result.objective_status
    return result.objectives


def test_seats_make_the_later_flight_wait() -> None:
    """Three persons ready on day 0; one seat on day 1, two on day 3. Without seats each
    waits 1 day (3 in all); with them two must wait 3 days: 1 + 3 + 3 = 7, the optimum."""
    prob = problem([person(1, 1), person(2, 2), person(3, 3)],
                   [flight(1, 1, seats=1), flight(2, 3, seats=2)])
    classes = Prepared.of(prob).classes
    assert cheap_bounds.knapsack_waiting(classes, 3) == 3
    assert cheap_bounds.waiting_days(prob, classes, 3) == (7, cheap_bounds.SEATED_WAITING)
    # Flying only two: one on day 1, one on day 3.
    assert cheap_bounds.waiting_days(prob, classes, 2) == (4, cheap_bounds.SEATED_WAITING)
    got = _proven(prob)
    assert (got["flown_weight"], got["waiting_weighted_days"]) == (3, 7)


def test_seats_to_another_airport_do_not_shorten_the_wait() -> None:
    """Two persons who accept only CGK; on day 1 one seat to CGK and five to SUB, on day
    4 one more to CGK. The seats of the day are not one pool: 1 + 4 = 5."""
    prob = problem([person(1, 1), person(2, 2)],
                   [flight(1, 1, seats=1), flight(2, 1, seats=5, dest="SUB"),
                    flight(3, 4, seats=1)])
    classes = Prepared.of(prob).classes
    assert cheap_bounds.waiting_days(prob, classes, 2) == (5, cheap_bounds.SEATED_WAITING)
    assert _proven(prob)["waiting_weighted_days"] == 5


def test_heavier_persons_take_the_early_seats() -> None:
    """Weights 3 and 1 ready on day 0, one seat on day 2 and one on day 5: the heavier
    flies first (3 x 2 + 1 x 5 = 11; the other way 3 x 5 + 2 = 17)."""
    prob = problem([person(1, 1, weight=3), person(2, 2)],
                   [flight(1, 2, seats=1), flight(2, 5, seats=1)])
    classes = Prepared.of(prob).classes
    assert cheap_bounds.waiting_days(prob, classes, 4) == (11, cheap_bounds.SEATED_WAITING)
    assert _proven(prob)["waiting_weighted_days"] == 11


def _least_waiting(prob: Problem) -> dict[int, int]:
    """Per weight flown by some plan: the least waiting of the plans flying at least it."""
    least: dict[int, int] = {}
    for figures in every_plan(prob, beds=False):
        weight, waiting = figures["flown_weight"], figures["waiting_weighted_days"]
        least[weight] = min(least.get(weight, waiting), waiting)
    heavier = None
    for weight in sorted(least, reverse=True):
        if heavier is not None:
            least[weight] = min(least[weight], heavier)
        heavier = least[weight]
    return least


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(crowded_operations(), operations()), st.data())
def test_any_prices_bound_every_plan_as_heavy(prob: Problem, data: st.DataObject) -> None:
    """Weak duality: whatever the prices (of the weight and of each airport's seats on
    each day), the bound is at most the waiting of every plan flying at least the weight.
    (Pins are left out: the brute force does not keep them.)"""
    prob = dataclasses.replace(prob, pins=())
    classes = Prepared.of(prob).classes
    flight_classes = waiting_bound.FlightClasses.of(prob)
    options = waiting_bound.ClassArrays.of(classes, flight_classes)
    scale = data.draw(st.sampled_from([1, 7, waiting_bound.SCALE]))
    prices = waiting_bound.Prices(
        weight=data.draw(st.integers(0, 12 * scale)),
        seats=np.asarray([data.draw(st.integers(0, 12 * scale))
                          for _ in flight_classes.seats], dtype=np.int64),
        scale=scale)
    for weight, least in _least_waiting(prob).items():
        bound = waiting_bound.lagrangian_value(options, flight_classes, weight, prices)
        assert bound is not None and bound <= least, (weight, bound, least, prices)
        # evaluated in blocks of a few options (whole classes each), the same
        for block in (1, 3):
            with mock.patch.object(waiting_bound, "BLOCK", block):
                assert waiting_bound.lagrangian_value(
                    options, flight_classes, weight, prices) == bound


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(crowded_operations(), operations()))
def test_lp_prices_bound_every_plan_as_heavy(prob: Problem) -> None:
    """The bound with the LP's prices, for each weight some plan flies: at most the least
    waiting of the plans flying that much or more, and the larger one taken is never
    below the bound without seats."""
    prob = dataclasses.replace(prob, pins=())
    classes = Prepared.of(prob).classes
    for weight, least in _least_waiting(prob).items():
        seated = waiting_bound.seat_aware_waiting(prob, classes, weight)
        assert seated is not None and seated <= least, (weight, seated, least)
        found = cheap_bounds.waiting_days(prob, classes, weight)
        assert found is not None and found[0] >= seated
        assert found[0] >= (cheap_bounds.knapsack_waiting(classes, weight) or 0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded_operations(households=(1, 9)))
def test_bound_never_passes_the_proven_optimum(prob: Problem) -> None:
    """Up to nine households, too many to try every plan: the exact method's proven
    lexicographic optimum waits at least the bound of its own weight."""
    got = _proven(prob)
    classes = Prepared.of(prob).classes
    found = cheap_bounds.waiting_days(prob, classes, got["flown_weight"])
    assert found is not None and found[0] <= got["waiting_weighted_days"]


def test_prices_out_of_range_claim_nothing() -> None:
    prob = problem([person(1, 1)], [flight(1, 1)])
    flight_classes = waiting_bound.FlightClasses.of(prob)
    options = waiting_bound.ClassArrays.of(Prepared.of(prob).classes, flight_classes)
    huge = waiting_bound.Prices(weight=1 << 61, seats=np.zeros(1, dtype=np.int64))
    assert waiting_bound.lagrangian_value(options, flight_classes, 1, huge) is None
    fair = waiting_bound.Prices(weight=2, seats=np.zeros(1, dtype=np.int64), scale=1)
    # 2 x 1 - 0 + min(0, 1 day - 2) = 1: the one day the person waits
    assert waiting_bound.lagrangian_value(options, flight_classes, 1, fair) == Fraction(1)
    with pytest.raises(ValueError, match="never negative"):
        waiting_bound.lagrangian_value(options, flight_classes, 1, waiting_bound.Prices(
            weight=-1, seats=np.zeros(1, dtype=np.int64)))


def _with_arrays(cls: HouseholdClass, **columns: np.ndarray) -> HouseholdClass:
    arrays = dataclasses.replace(cls.facts.arrays, **columns)
    return dataclasses.replace(cls, facts=dataclasses.replace(cls.facts, arrays=arrays))


def test_waiting_past_32_bits_is_kept_whole_not_wrapped() -> None:
    """A class's waiting of 3,000,000,000 (past 32 bits) wrapped to a negative number when
    the options were joined, and the overflow check read the wrapped value: the bound
    claimed was then far below the real one. It is kept in 64 bits and counted whole."""
    prob = problem([person(1, 1)], [flight(1, 1)])
    flight_classes = waiting_bound.FlightClasses.of(prob)
    (cls,) = Prepared.of(prob).classes
    big = 3_000_000_000
    options = waiting_bound.ClassArrays.of(
        [_with_arrays(cls, waiting=np.asarray([big], dtype=np.int64))], flight_classes)
    assert options.waiting.tolist() == [big]
    # weight price big + 1 (scale 1): (big + 1) x 1 - 0 + min(0, big - (big + 1)) = big
    prices = waiting_bound.Prices(weight=big + 1, seats=np.zeros(1, dtype=np.int64),
                                  scale=1)
    assert waiting_bound.lagrangian_value(options, flight_classes, 1, prices) == big
    # values that fit stay in 32 bits
    small = waiting_bound.ClassArrays.of([cls], flight_classes)
    assert small.waiting.dtype == np.int32 and small.seats.dtype == np.int32


def test_an_option_on_an_unusable_flight_is_refused() -> None:
    """A flight that is not usable has class -1: its seat price would have been the last
    class's. Such an option (options are only ever of usable flights) is refused."""
    prob = problem([person(1, 1)], [flight(1, 1), flight(2, 2, status="cancelled")])
    flight_classes = waiting_bound.FlightClasses.of(prob)
    assert flight_classes.of_flight[2] == -1  # cancelled: not usable
    (cls,) = Prepared.of(prob).classes
    on_unusable = _with_arrays(cls, flight_id=np.asarray([2], dtype=np.int32))
    with pytest.raises(ValueError, match=r"not usable \(flight ids \[2\]\)"):
        waiting_bound.ClassArrays.of([on_unusable], flight_classes)
    outside = _with_arrays(cls, flight_id=np.asarray([9], dtype=np.int32))
    with pytest.raises(ValueError, match="outside the problem's flights"):
        waiting_bound.ClassArrays.of([outside], flight_classes)


def test_a_households_waiting_past_32_bits_is_kept_whole_from_its_options() -> None:
    """A household's weighted waiting (weight x days) was cast to 32 bits where its
    options are made (solvers/options.py), wrapping before any bound or plan read it."""
    prob = problem([person(1, 1, weight=30_000_000)], [flight(1, 100)])
    (cls,) = Prepared.of(prob).classes
    assert cls.facts.arrays.waiting.tolist() == [3_000_000_000]
    (small,) = Prepared.of(problem([person(1, 1)], [flight(1, 100)])).classes
    waiting = small.facts.arrays.waiting
    assert waiting.tolist() == [100] and waiting.dtype == np.int32
