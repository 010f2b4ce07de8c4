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
#: The stage of the reports sent while the bounds of objectives 2-5 are proven (no
#: objective: the report is about all four).
LATER_BOUNDS_STAGE = "bounds of objectives 2 to 5"
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float = 60.0
    #: "auto" picks "exact" (CP-SAT and HiGHS's MIP) up to ``exact_max_classes`` classes of
    #: interchangeable households (counted only up to ``exact_max_households``), else
    #: "scaled" (LP).
    method: str = "auto"
    exact_max_households: int = 20_000
    #: The model's size follows its classes, not its households. Re-plans of demo
    #: operations (``benchmarks/replan.py --method exact``, 30 s): 2,248 classes (7,000
    #: persons) kept their time, objective 1 proven; at 3,064 (10,000 persons) HiGHS's MIP
    #: spent 63 s at its root without looking at its time limit and the plan took 78.5 s.
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
    #: Released pins and other conflicts: reasons' JSON (solvers.reasons.Reason).
    conflicts: list[dict[str, Any]]
    method: str
    parameters: dict[str, Any]
    timings: dict[str, float]
    solve_seconds: float
    #: Status per objective ("optimal", "feasible", "not solved").
    objective_status: dict[str, str] = field(default_factory=dict)
