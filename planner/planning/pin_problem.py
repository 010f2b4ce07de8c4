"""The planning problem a pin is screened on: the records as they are now, as the next
plan will read them, kept to the households a pin screening reads.

The pin rule (``solvers.rules.pins``) reads only the pinned households, the targets and
the places the other pins hold, so the problem keeps the households asked about and
those of the pins, and no others: a plan of 150,000 persons is not built twice to pin
one household.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from sqlalchemy.orm import Session

from planner.planning.problem_builder import build_problem
from solvers.problem import Problem


def _pins_households(problem: Problem) -> set[int]:
    """Households the pin screening reads: those pinned, and those of persons with a slot
    pin."""
    found = {p.subject_id for p in problem.pins if p.kind in ("flight", "shelter")}
    persons = problem.person_by_id
    found |= {persons[p.subject_id].household_id for p in problem.pins
              if p.kind == "slot" and p.subject_id in persons}
    return found


def pins_problem(session: Session, households: Iterable[int]) -> Problem:
    """The next plan's problem (no reference plan) with only ``households`` and the
    households of the pins."""
    problem = build_problem(session, use_reference=False).problem
    keep = set(households) | _pins_households(problem)
    return dataclasses.replace(
        problem, persons=tuple(p for p in problem.persons if p.household_id in keep),
        households=tuple(h for h in problem.households if h.id in keep))
