"""A plan as values of the class model's variables: the start (hint) of a search.

:class:`WarmStart` is the exact method's start made by :func:`solvers.warm.warm_start`
(the scaled method's LP plan with beds, and objective 1's LP bound); :func:`hint_of` turns
any plan into the values of the model's variables, for CP-SAT's hint and HiGHS's start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from solvers.model import PlanModel
from solvers.rules.documents import EligibleSlots
from solvers.solution import Assignment


@dataclass(frozen=True)
class WarmStart:
    #: The LP plan with beds: a complete, feasible plan.
    plan: Assignment
    #: Its objective 1, and the LP's bound of objective 1.
    flown_weight: int
    bound: float
    #: True when the plan reaches the bound rounded down: objective 1 proven.
    proven: bool
    #: Model variable index -> value for the flight, shelter and slot counts.
    hint: dict[int, int]
    #: With a reference plan: a proven bound of objective 2 over every plan flying at
    #: least the weight given, within the seconds given (the warm start's LP,
    #: :func:`solvers.bounds.changes_lp_bound`), and how it was made; None when its LP
    #: found nothing.
    changes_bound: Callable[[float, float], tuple[float, str] | None] | None = field(
        default=None, compare=False)


def hint_of(model: PlanModel, plan: Assignment) -> dict[int, int]:
    """The values of the model's n, a and g variables that make up ``plan``."""
    problem = model.problem
    class_of = {h: cls for cls in model.classes for h in cls.households}
    counts: Counter[Any] = Counter()
    for household_id, flight_id in plan.flight_of.items():
        counts[model.vars.n[(class_of[household_id].index, flight_id)]] += 1
    group_of = {cls.index: group.index for group in model.bed_groups for cls in group.classes}
    for household_id, shelter_id in plan.shelter_of.items():
        leaving = plan.flight_of.get(household_id)
        day = problem.flight_by_id[leaving].departure_date if leaving else None
        group = group_of.get(class_of[household_id].index)
        var = model.vars.b.get((group, shelter_id, day)) if group is not None else None
        if var is not None:
            counts[var] += 1
    node_of = {(node.ready, node.slots): node.index for node in model.nodes}
    eligible = EligibleSlots(problem)
    for household_id, flight_id in plan.flight_of.items():
        flight = problem.flight_by_id[flight_id]
        for person_id in problem.household_by_id[household_id].members:
            person = problem.person_by_id[person_id]
            slot_id = plan.slot_of.get(person_id)
            if not person.needs_document or person_id in model.pins.slot or slot_id is None:
                continue
            ready = problem.person_ready(person)
            node = node_of.get((ready, eligible(ready, flight)))
            var = model.vars.g.get((node, slot_id)) if node is not None else None
            if var is not None:
                counts[var] += 1
    hint = {}
    for variables in (model.vars.n, model.vars.b, model.vars.g):
        for var in variables.values():
            hint[var.index] = counts[var]
    return hint
