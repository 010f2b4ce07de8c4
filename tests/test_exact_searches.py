"""The exact method's searches near a plan. With every day's sheltered departures held
(``ClassMip.same_days``): it never changes the person-nights in overflow or the weight
flown, finds the better plan where the households needing no bed (or, by bed group, which
of a group's households leave on a day) are what stands between the plan and a better
one, and its plans pass the validator. Objective 1 from a warm plan short of its bound:
proven by the search near the LP's plan, without HiGHS's whole search.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from solvers import exact
from solvers.exact import ExactSolver
from solvers.expand import expand
from solvers.hints import WarmStart, hint_of
from solvers.mip import ClassMip, MipRun
from solvers.model import Objective, PlanModel
from solvers.prepared import Prepared
from solvers.problem import Problem, ShelterSpec
from solvers.solution import Assignment, SolveOptions
from solvers.solve import solve
from solvers.validate import validate
from tests.test_solver_property import bed_operations
from tests.test_solver_rules import flight, person, problem


def _setup(prob: Problem, plan: Assignment) -> tuple[PlanModel, ClassMip, np.ndarray]:
    prepared = Prepared.of(prob)
    model = PlanModel(prob, prepared.classes, prepared.screened)
    mip = ClassMip(model, beds=True)
    start = np.zeros(mip.count)
    for index, value in hint_of(model, plan).items():
        start[index] = value
    # Objective 1 held at the plan's weight, as the exact method holds it before.
    weight = _value(mip, _objective(model, "flown_weight"), start)
    mip.hold(_objective(model, "flown_weight"),
             MipRun("optimal", None, weight, float(weight)))
    return model, mip, start


def test_objective_1_short_of_its_bound_is_proven_near_the_lp_plan(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A warm plan flying nobody against an LP bound of 3: the search near the LP's plan
    finds the plan flying 3, which proves objective 1; HiGHS's whole search is never
    started (on a model of the size where that search comes first)."""
    prob = problem([person(1, 1, shelter=False, weight=2), person(2, 2, shelter=False)],
                   [flight(1, 1, seats=2)])
    prepared = Prepared.of(prob)
    model = PlanModel(prob, prepared.classes, prepared.screened)
    warm = WarmStart(Assignment(), 0, 3.0, False, hint_of(model, Assignment()))

    def whole_search(*_: object, **__: object) -> None:
        raise AssertionError("HiGHS's whole search was started")

    monkeypatch.setattr(ClassMip, "solve", whole_search)
    monkeypatch.setattr(exact, "NEAR_LP_FIRST_COLUMNS", 0)  # a model of any size
    outcome = ExactSolver(model, SolveOptions(time_limit=10, method="exact")).solve(
        stages=1, warm=warm)
    assert [(s.name, s.status, s.value) for s in outcome.stages] == [
        ("flown_weight", "optimal", 3)]
    assert outcome.values is not None
    plan = expand(model, lambda var: outcome.values[var.index])  # type: ignore[index]
    assert plan.flight_of == {1: 1, 2: 1}


def _objective(model: PlanModel, name: str) -> Objective:
    return next(o for o in model.objectives if o.name == name)


def _value(mip: ClassMip, objective: Objective, values: np.ndarray) -> int:
    return int(round(float(mip.cost(objective) @ values))) + objective.constant


def test_a_household_needing_no_bed_moves_to_an_earlier_day() -> None:
    """A sheltered pair leaves on day 1; a heavy single needing no bed waits for day 3
    although the day-1 flight has its seat: it moves, the pair and its beds stay."""
    prob = problem([person(1, 1), person(2, 1), person(3, 2, shelter=False, weight=3)],
                   [flight(1, 1, seats=3), flight(2, 3, seats=3)],
                   shelters=(ShelterSpec(1, "Shelter 1", 2),))
    start_plan = Assignment(flight_of={1: 1, 2: 2}, shelter_of={1: 1})
    assert validate(prob, start_plan) == []
    model, mip, start = _setup(prob, start_plan)
    waiting = _objective(model, "waiting_weighted_days")
    found = mip.same_days(waiting, 5.0, start)
    assert found is not None
    assert _value(mip, waiting, found) < _value(mip, waiting, start)
    plan = expand(model, lambda var: found[var.index])
    assert plan.flight_of == {1: 1, 2: 1}
    assert plan.shelter_of == {1: 1}
    assert validate(prob, plan) == []


def test_by_bed_group_the_heavier_household_of_a_group_leaves_first() -> None:
    """Two sheltered singles of one bed group (same ready date, sheltered members and
    shelters), of two classes (their weights differ): one leaves on day 1, the other on
    day 3. Held per class nothing moves; held per group the heavier one leaves first, and
    the person-nights stay as they were."""
    prob = problem([person(1, 1, weight=1), person(2, 2, weight=3)],
                   [flight(1, 1, seats=1), flight(2, 3, seats=1)],
                   shelters=(ShelterSpec(1, "Shelter 1", 2),))
    start_plan = Assignment(flight_of={1: 1, 2: 2}, shelter_of={1: 1, 2: 1})
    assert validate(prob, start_plan) == []
    model, mip, start = _setup(prob, start_plan)
    waiting = _objective(model, "waiting_weighted_days")
    overflow = _objective(model, "overflow_person_nights")
    assert mip.same_days(waiting, 5.0, start) is None
    found = mip.same_days(waiting, 5.0, start, groups=True)
    assert found is not None
    assert _value(mip, waiting, found) < _value(mip, waiting, start)
    assert _value(mip, overflow, found) == _value(mip, overflow, start)
    plan = expand(model, lambda var: found[var.index])
    assert plan.flight_of == {1: 2, 2: 1}
    assert validate(prob, plan) == []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bed_operations())
def test_same_days_keeps_overflow_and_weight_and_passes_the_validator(prob: Problem) -> None:
    """From the scaled method's plan (valid, not always the best), each better plan found
    for waiting or first choices has the same weight flown and person-nights in overflow,
    and passes every validator."""
    first = solve(prob, SolveOptions(time_limit=5, method="scaled"))
    model, mip, start = _setup(prob, first.assignment)
    weight = _objective(model, "flown_weight")
    overflow = _objective(model, "overflow_person_nights")
    for name in ("waiting_weighted_days", "first_choice"):
        objective = _objective(model, name)
        sign = 1 if objective.sense == "max" else -1
        for groups in (False, True):
            found = mip.same_days(objective, 5.0, start, groups=groups)
            if found is None:
                continue
            assert sign * _value(mip, objective, found) > sign * _value(mip, objective, start)
            assert _value(mip, weight, found) == _value(mip, weight, start)
            assert _value(mip, overflow, found) == _value(mip, overflow, start)
            plan = expand(model, lambda var: found[var.index])  # noqa: B023 (used at once)
            assert validate(prob, plan) == []


def test_the_last_stage_gives_highs_whole_search_the_time_left(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A stage with less than WHOLE_SEARCH_LP_TIMES times its LP's time left keeps its best
    plan without HiGHS's whole search, since a later stage can use the time; the solve's
    last stage (no later one) gives the whole search whatever is left."""
    from solvers import mip as mip_module
    from solvers.solution import objective_stage

    prob = problem([person(1, 1, shelter=False, dest=("CGK",))], [flight(1, 1, seats=1)])
    prepared = Prepared.of(prob)
    model = PlanModel(prob, prepared.classes, prepared.screened)
    first_choice = _objective(model, "first_choice")
    searched: list[str] = []

    def whole_search(self: ClassMip, objective: Objective, *_: object, **__: object) -> MipRun:
        searched.append(objective.name)
        return MipRun("feasible", None, None, None)

    monkeypatch.setattr(mip_module, "WHOLE_SEARCH_LP_TIMES", 1e9)  # never time enough
    monkeypatch.setattr(ClassMip, "solve", whole_search)
    monkeypatch.setattr(ClassMip, "improve", lambda *_, **__: None)
    monkeypatch.setattr(ClassMip, "same_days", lambda *_, **__: None)
    mip = ClassMip(model, beds=True)
    start = np.zeros(mip.count)  # nobody flies: short of the LP's bound of 1
    for last in (False, True):
        run = mip.lp_guided(first_choice, 5.0, start, stage=objective_stage(5, 5),
                            began=0.0, last=last)
        assert (run.status, run.value, run.bound) == ("feasible", 0, 1.0)
    assert searched == ["first_choice"]
