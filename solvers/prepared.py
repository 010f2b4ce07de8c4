"""What both methods start from: the pins screened and the households merged into classes
(the first stage of a solve, :func:`solvers.solve.solve`)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from solvers.classes import HouseholdClass, make_classes
from solvers.options import household_facts
from solvers.problem import Problem
from solvers.rules import pins as pin_rules


@dataclass(frozen=True)
class Prepared:
    """What both methods start from: the screened pins and the classes of households."""

    screened: pin_rules.ScreenedPins
    classes: list[HouseholdClass]
    #: How long screening and classing took.
    seconds: float = 0.0

    @staticmethod
    def of(problem: Problem) -> Prepared:
        began = time.perf_counter()
        screened = pin_rules.screen(problem)
        classes = make_classes(household_facts(problem, screened), screened)
        return Prepared(screened, classes, time.perf_counter() - began)
