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
    #: "auto" picks "exact" (CP-SAT) up to ``exact_max_households``, else "scaled" (LP).
    method: str = "auto"
    #: Measured on re-plans of demo operations: at 4,100 households (7,000 persons) the
    #: exact method kept its 30 s; at 5,900 (10,000 persons) HiGHS's MIP spent 47-59 s at
    #: its root without looking at its time limit, so the plan took 60 s.
    exact_max_households: int = 4500
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
