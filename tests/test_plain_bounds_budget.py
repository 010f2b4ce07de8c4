"""What the plain bounds are given (review of issue 14's seat-aware waiting bound): only
the objectives not proven optimal are bounded, and the seat-aware bound's LP keeps to the
time the solve has left (at most its own cap, at least a small floor, none when no time
is left or the solve was cancelled). These checks read the seconds each call is given,
not how fast the machine is."""

from __future__ import annotations

import time
from fractions import Fraction
from typing import Any

import pytest

from solvers import cheap_bounds, objectives, waiting_bound
from solvers.prepared import Prepared
from solvers.solution import OBJECTIVES, Progress, SolveOptions, objective_done
from solvers.solve import solve
from tests.test_cheap_bounds import _hand_case


def _record_lp(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    given: list[float] = []
    original = waiting_bound.seat_aware_waiting

    def record(*args: Any) -> Fraction | None:
        given.append(args[3])
        return original(*args)

    monkeypatch.setattr(waiting_bound, "seat_aware_waiting", record)
    return given


def test_objectives_proven_optimal_are_not_bounded_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    prob = _hand_case()
    classes = Prepared.of(prob).classes
    given = _record_lp(monkeypatch)
    status = dict.fromkeys((name for name, _ in OBJECTIVES), "optimal")
    bounds: dict[str, float] = {}
    objectives.add_plain_bounds(prob, bounds, status, classes, 5, {}, 30.0)
    assert bounds == {} and given == []
    # objective 4 closed, the others open: their bounds come, the LP does not run
    status["overflow_person_nights"] = status["first_choice"] = "feasible"
    methods: dict[str, str] = {}
    objectives.add_plain_bounds(prob, bounds, status, classes, 5, methods, 30.0)
    assert given == []
    assert bounds == {"overflow_person_nights": 4.0, "first_choice": 3.0}
    assert set(methods) == {"overflow_person_nights", "first_choice"}


@pytest.mark.parametrize(("time_left", "kept", "lp_gets"), [
    (30.0, 0.0, waiting_bound.LP_SECONDS), (3.0, 0.0, 3.0),
    (0.01, 0.0, waiting_bound.LP_FLOOR_SECONDS),
    # the plan took all of the limit and more: the LP still gets what was kept for it
    (-3.0, 1.5, 1.5), (2.0, 1.5, 2.0)])
def test_the_lp_gets_the_time_left_capped_and_floored(
        monkeypatch: pytest.MonkeyPatch, time_left: float, kept: float,
        lp_gets: float) -> None:
    prob = _hand_case()
    classes = Prepared.of(prob).classes
    given = _record_lp(monkeypatch)
    status = {"waiting_weighted_days": "feasible"}
    methods: dict[str, str] = {}
    bounds: dict[str, float] = {}
    objectives.add_plain_bounds(prob, bounds, status, classes, 5, methods, time_left,
                                kept=kept)
    assert given == [lp_gets]
    assert methods["waiting_weighted_days"] == cheap_bounds.SEATED_WAITING


def test_no_time_left_keeps_the_bound_without_seats(monkeypatch: pytest.MonkeyPatch) -> None:
    prob = _hand_case()
    classes = Prepared.of(prob).classes
    given = _record_lp(monkeypatch)
    methods: dict[str, str] = {}
    bounds: dict[str, float] = {}
    objectives.add_plain_bounds(prob, bounds, {"waiting_weighted_days": "feasible"},
                                classes, 5, methods, 0.0)
    assert given == []
    assert methods["waiting_weighted_days"] == cheap_bounds.KNAPSACK_WAITING
    # the knapsack's bound of the hand case: 2 + 6 (the seats do not bind there)
    assert bounds["waiting_weighted_days"] == 8.0


def test_the_scaled_solve_gives_the_lp_no_more_than_its_limit_leaves(
        monkeypatch: pytest.MonkeyPatch) -> None:
    given = _record_lp(monkeypatch)
    solve(_hand_case(), SolveOptions(time_limit=2.0, method="scaled"))
    assert given, "the scaled method leaves objective 4 open on the hand case"
    assert all(0 < seconds <= 2.0 for seconds in given), given


def test_a_solve_cancelled_once_its_plan_is_made_runs_no_lp_for_the_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled as the plan is made (the person presses Cancel while the later bounds
    are worked out): the plan comes back with the bounds that cost no LP."""
    given = _record_lp(monkeypatch)
    pressed: list[Progress] = []

    def progress(report: Progress) -> None:
        if report.stage == objective_done(1):
            pressed.append(report)

    result = solve(_hand_case(), SolveOptions(time_limit=2.0, method="scaled"),
                   progress=progress, should_cancel=lambda: bool(pressed))
    assert pressed and result.objectives
    assert given == []
    assert result.parameters["bound_methods"]["waiting_weighted_days"] \
        == cheap_bounds.KNAPSACK_WAITING


@pytest.mark.parametrize(("classes_seconds", "kept"), [
    (0.0, waiting_bound.LP_FLOOR_SECONDS), (1.2, 1.2 * waiting_bound.RESERVE_PER_CLASSES),
    (600.0, waiting_bound.LP_SECONDS)])
def test_the_time_kept_follows_the_classes_seconds_within_floor_and_cap(
        classes_seconds: float, kept: float) -> None:
    assert waiting_bound.reserve_seconds(classes_seconds) == pytest.approx(kept)


def test_a_scaled_solve_out_of_time_keeps_the_seat_aware_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The scaled method's plan overran its limit (a limit far below what the first LP
    needs): objective 4 is still bounded with the seats priced, and the LP was given the
    time kept for it."""
    given = _record_lp(monkeypatch)
    monkeypatch.setattr(waiting_bound, "reserve_seconds", lambda seconds: 1.25)
    result = solve(_hand_case(), SolveOptions(time_limit=1e-6, method="scaled"))
    assert given == [1.25]
    assert result.parameters["bound_methods"]["waiting_weighted_days"] \
        == cheap_bounds.SEATED_WAITING


def test_the_bounds_of_objectives_3_and_5_leave_the_time_kept_for_the_lp(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With 2 s left and 1.5 s kept for the seat-aware LP, objective 5's Lagrangian
    (which runs only with more than 0.2 s left) gets half of the 0.5 s the LP leaves;
    objective 3's LP with beds (which needs 1 s) does not run."""
    from solvers import bounds, scaled

    lagrangian: list[float] = []
    original = bounds.lagrangian_bound

    def record(*args: Any) -> float:
        lagrangian.append(args[-1])
        return original(*args)

    monkeypatch.setattr(bounds, "lagrangian_bound", record)
    prob = _hand_case()
    prepared = Prepared.of(prob)
    made = scaled.lp_plan(prob, prepared.classes, prepared.screened,
                          SolveOptions(time_limit=5.0), time.perf_counter())
    assert made is not None
    figures = objectives.evaluate(prob, made.plan)
    scaled.later_bounds(prob, prepared.classes, made, figures, 2.0, {}, kept=1.5)
    assert len(lagrangian) == 1 and 0 < lagrangian[0] <= 0.25, lagrangian
    lagrangian.clear()
    scaled.later_bounds(prob, prepared.classes, made, figures, 2.0, {}, kept=1.9)
    assert lagrangian == []
