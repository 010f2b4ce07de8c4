"""The priority weight of SPEC 2.6 is computed by one function, for one person and for the
whole roster at once, from defaults written once."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from planner.db.models import Settings
from planner.records.settings import WEIGHT_NAMES
from solvers.problem import DEFAULT_WEIGHTS, WeightSettings, priority_weight, weighted_sum

FLAGS = ("medical", "pregnant", "disability", "trafficking_victim")
PERSON = st.fixed_dictionaries({
    "age": st.integers(0, 99), "household_has_adult": st.booleans(),
    **{flag: st.booleans() for flag in FLAGS}})


@given(people=st.lists(PERSON, min_size=1, max_size=30),
       weights=st.dictionaries(st.sampled_from(list(DEFAULT_WEIGHTS)), st.integers(0, 50)),
       minor_age=st.integers(2, 21), elderly_age=st.integers(40, 80))
def test_the_roster_weighs_as_the_planner_does(people: list[dict[str, object]],
                                               weights: dict[str, int], minor_age: int,
                                               elderly_age: int) -> None:
    settings = WeightSettings(weights, minor_age, elderly_age)
    one_by_one = [priority_weight(settings=settings, **p) for p in people]  # type: ignore[arg-type]
    ages = np.array([p["age"] for p in people])
    adult = np.array([p["household_has_adult"] for p in people])
    columns = {flag: np.array([p[flag] for p in people]) for flag in FLAGS}
    at_once = weighted_sum(weights, unaccompanied_minor=(ages < minor_age) & ~adult,
                           elderly=ages >= elderly_age, **columns)
    assert list(at_once) == one_by_one


def test_one_set_of_default_weights() -> None:
    assert WeightSettings().weights == DEFAULT_WEIGHTS
    assert Settings.__table__.c.weights.default.arg(None) == DEFAULT_WEIGHTS
    assert tuple(DEFAULT_WEIGHTS) == WEIGHT_NAMES
    assert DEFAULT_WEIGHTS == {"base": 1, "medical": 3, "pregnant": 3, "unaccompanied_minor": 3,
                               "elderly": 2, "disability": 2, "trafficking_victim": 1}
