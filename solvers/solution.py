"""What a solver hands back: assignments, objective values, bounds, conflicts, timings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from solvers.reasons import Reason

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


#: The code of the report that an objective is finished.
OBJECTIVE_DONE = "stage_objective_done"


@dataclass(frozen=True)
class Progress:
    """One report from a running solve, for a progress bar or a log line. ``stage`` is
    what the solve is at as a code with facts (its words are the planner's, in the
    reader's language: ``planner/words/command_templates.py``)."""

    stage: Reason
    objective: str
    best: float | None
    bound: float | None
    elapsed: float

    @property
    def done(self) -> bool:
        """Whether the report says its objective is finished."""
        return self.stage.code == OBJECTIVE_DONE


ProgressCallback = Callable[[Progress], None]


def objective_stage(number: int, count: int) -> Reason:
    """Solving objective ``number`` of ``count`` ("objective 2 of 5")."""
    return Reason("stage_objective", {"number": number, "count": count})


def objective_done(number: int) -> Reason:
    """Objective ``number`` is finished ("objective 2 done")."""
    return Reason(OBJECTIVE_DONE, {"number": number})


def first_lp_round(rounds: int) -> Reason:
    """A round of the scaled method's LP of objective 1 ("objective 1 LP, round 3")."""
    return Reason("stage_first_lp_round", {"round": rounds})


#: The scaled method's LP of objective 1 has its bound.
FIRST_LP_STAGE = Reason("stage_first_lp")
#: The scaled method's LP of objective 1 ran out of time.
FIRST_LP_OUT_OF_TIME = Reason("stage_first_lp_out_of_time")
#: The stage of the reports sent while the bounds of objectives 2-5 are proven (no
#: objective: the report is about all four).
LATER_BOUNDS_STAGE = Reason("stage_later_bounds")
#: The scaled method repairs its plan with the MIP.
REPAIR_STAGE = Reason("stage_repair")
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
