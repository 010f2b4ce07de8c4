"""What a solver hands back: assignments, objective values, bounds, conflicts, timings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: The objectives of SPEC 3.2 in their strict order, with their sense.
OBJECTIVES: tuple[tuple[str, str], ...] = (
    ("flown_weight", "max"),
    ("changes", "min"),
    ("overflow_person_nights", "min"),
    ("waiting_weighted_days", "min"),
    ("first_choice", "max"),
)


@dataclass
class Assignment:
    """A plan: household id -> flight id / shelter id, person id -> document slot id."""

    flight_of: dict[int, int] = field(default_factory=dict)
    shelter_of: dict[int, int] = field(default_factory=dict)
    slot_of: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Progress:
    """One report from a running solve, for a progress bar or a log line."""

    stage: str
    objective: str
    best: float | None
    bound: float | None
    elapsed: float


ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float = 60.0
    #: "auto" picks "exact" (CP-SAT and HiGHS's MIP) up to ``exact_max_classes`` classes of
    #: interchangeable households (counted only up to ``exact_max_households``), else
    #: "scaled" (LP).
    method: str = "auto"
    exact_max_households: int = 20_000
    #: The model's size follows its classes, not its households. Measured on demo
    #: operations (30 s limit): 2,161 classes (5,000 single persons, a re-plan) and 2,290
    #: (7,000 persons, a re-plan) kept their time with objectives 1-2 proven; at 2,974 (10,000
    #: persons, first plan) and 3,067 (its re-plan) HiGHS's MIP spent 47-59 s at its root
    #: without looking at its time limit, so the plan took 60 s.
    exact_max_classes: int = 2500
    seed: int = 1
    workers: int = 1


@dataclass
class PlanResult:
    assignment: Assignment
    #: optimal / feasible / cancelled / failed (SPEC 5).
    status: str
    objectives: dict[str, int]
    #: Proven bounds of the objectives that were not closed.
    bounds: dict[str, float]
    #: Released pins and other conflicts: {"code", "text", ...}.
    conflicts: list[dict[str, Any]]
    method: str
    parameters: dict[str, Any]
    timings: dict[str, float]
    solve_seconds: float
    #: Status per objective ("optimal", "feasible", "not solved").
    objective_status: dict[str, str] = field(default_factory=dict)
