"""Objective 3's bound when the LP with beds does not end in its time (issue 14): every
round of its pricing that ended gives a proven bound (the round's value less what the
columns left out could still save), never past the exact method's proven optimum, and
the scaled method keeps the best of them where it kept only the night-by-night count."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings

from solvers import cheap_bounds, lp_model, objectives, scaled
from solvers.highs_lp import HighsLp, LpResult
from solvers.prepared import Prepared
from solvers.problem import Problem, ShelterSpec
from solvers.solution import SolveOptions
from solvers.solve import solve
from tests.test_solver_property import PROVING_LIMIT, bed_operations
from tests.test_solver_rules import S, flight, person, problem


class StopsInRound(HighsLp):
    """The LP as under load: HiGHS is stopped inside round ``stop_at`` of the pricing of
    a minimised objective (objective 3), its maximised ones (objective 1) run to the end."""

    stop_at = 0

    def __init__(self, model: lp_model.ArrayModel, **kwargs: Any) -> None:
        self.round = 0
        self.stopping = False
        super().__init__(model, should_cancel=lambda: self.stopping and
                         self.round >= self.stop_at, progress=self._count, **kwargs)

    def _count(self, rounds: int) -> None:
        self.round = rounds

    def solve(self, cost: Any, maximize: bool, seconds: float, **kwargs: Any) -> LpResult:
        self.stopping, self.round = not maximize, 0
        return super().solve(cost, maximize, seconds, **kwargs)


def _stopped(prob: Problem, weight: int, stop_at: int) -> tuple[LpResult, float] | None:
    """The LP with beds at ``weight`` or more (one column joining per round), stopped in
    round ``stop_at`` of objective 3; and objective 3's constant."""
    prepared = Prepared.of(prob)
    model = lp_model.build(prob, prepared.classes, prepared.screened, beds=True)
    if model.beds is None or not model.options:
        return None
    StopsInRound.stop_at = stop_at
    lp = StopsInRound(model)
    first = lp.solve(model.flown_weight(), True, 30.0)
    assert first.optimal and first.value is not None and first.value >= weight - 1e-6
    lp.hold(model.flown_weight(), True, weight - 1e-7 * max(1.0, weight))
    return lp.solve(model.overflow(), False, 30.0, batch=1, per_profile=1), \
        model.beds.constant


def _case() -> Problem:
    """Twelve households, ready over three days, for six flights of two seats to two
    airports and a hall of three beds."""
    persons = [person(h, h, weight=1 + h % 3, dest=(("CGK",), ("SUB",), ("CGK", "SUB"))[h % 3],
                      available=S + dt.timedelta(days=h % 3)) for h in range(1, 13)]
    flights = [flight(f, 1 + f // 2, seats=2, dest=("CGK", "SUB")[f % 2]) for f in range(1, 7)]
    return problem(persons, flights, shelters=(ShelterSpec(1, "Hall", 3),))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bed_operations())
def test_every_round_bounds_the_proven_optimum(prob: Problem) -> None:
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert result.status == "optimal", result.objective_status
    if "pins_together" in repr(result.conflicts):  # the solve released the pins
        prob = dataclasses.replace(prob, pins=())
    got = result.objectives
    best = None
    for stop_at in range(1, 1_000):
        stopped = _stopped(prob, got["flown_weight"], stop_at)
        if stopped is None:
            return
        lp_result, constant = stopped
        if lp_result.optimal:
            assert lp_result.value is not None and lp_result.round_bound is not None
            assert lp_result.round_bound == lp_result.value
            assert lp_result.value + constant <= got["overflow_person_nights"] + 1e-6
            assert best is None or best <= lp_result.value + 1e-6
            return
        assert lp_result.value is None and lp_result.bound is None
        if lp_result.round_bound is None:  # stopped inside the first round
            assert lp_result.rounds == 1
            continue
        assert lp_result.round_bound + constant <= got["overflow_person_nights"] + 1e-6
        assert best is None or lp_result.round_bound >= best - 1e-9  # the best so far
        best = lp_result.round_bound
    raise AssertionError("pricing did not end")


def test_the_rounds_that_ended_give_the_bound_when_the_lp_stops_inside_one(
        monkeypatch: Any) -> None:
    """Fails before the change: the LP with beds stopped inside a round gave no bound, and
    the night-by-night count stood."""
    prob = _case()
    exact = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert exact.status == "optimal"
    optimum = exact.objectives["overflow_person_nights"]
    prepared = Prepared.of(prob)
    made = scaled.lp_plan(prob, prepared.classes, prepared.screened,
                          SolveOptions(time_limit=30.0), 0.0)
    assert made is not None
    figures = objectives.evaluate(prob, made.plan)
    monkeypatch.setattr(scaled, "HighsLp", StopsInRound)
    StopsInRound.stop_at = 2
    by_lp = scaled._overflow_lp_bound(prob, prepared.classes, made, figures, 30.0)
    assert by_lp is not None
    bound, ended = by_lp
    assert not ended
    nights = cheap_bounds.overflow_nights(prob, prepared.classes)
    assert nights < bound <= optimum
    StopsInRound.stop_at = 1_000
    assert scaled._overflow_lp_bound(prob, prepared.classes, made, figures, 30.0) == \
        (float(optimum), True)
