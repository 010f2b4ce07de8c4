"""From class counts back to households and persons: who flies, sleeps and queues where.

Within a class the households are interchangeable, so they take the flights, shelters and
document places in ascending id order. Counts that do not fit (from a rounded LP) are cut
to what fits, never exceeded, so the expanded plan is always whole households and persons.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from solvers.model import PlanModel
from solvers.solution import Assignment

Value = Callable[[Any], float]


def _count(value: Value, var: Any) -> int:
    return max(0, int(round(value(var))))


def expand(model: PlanModel, value: Value) -> Assignment:
    problem = model.problem
    plan = Assignment()
    leaving: dict[tuple[int, dt.date | None], list[int]] = {}
    for cls in model.classes:
        waiting = list(cls.households)
        options = sorted(cls.facts.options, key=lambda o: (o.date, o.flight_id))
        by_day: dict[dt.date | None, list[int]] = defaultdict(list)
        for option in options:
            take = min(_count(value, model.vars.n[(cls.index, option.flight_id)]), len(waiting))
            for household_id in waiting[:take]:
                plan.flight_of[household_id] = option.flight_id
                by_day[option.date].append(household_id)
            waiting = waiting[take:]
        by_day[None] = waiting
        for day, ids in by_day.items():
            leaving[(cls.index, day)] = ids
    _shelters(model, value, leaving, plan)
    _documents(model, value, plan)
    for person_id, slot_id in model.pins.slot.items():
        plan.slot_of[person_id] = slot_id
    for household_id, shelter_id in model.pins.shelter.items():
        plan.shelter_of.setdefault(household_id, shelter_id)
    del problem
    return plan


def _shelters(model: PlanModel, value: Value,
              leaving: dict[tuple[int, dt.date | None], list[int]], plan: Assignment) -> None:
    """Households of each bed group leaving on a day take its stays there, in id order."""
    for group in model.bed_groups:
        by_day: dict[dt.date | None, list[int]] = defaultdict(list)
        for cls in group.classes:
            for day in {*(o.date for o in cls.facts.options), None}:
                by_day[day].extend(leaving.get((cls.index, day), []))
        for day, households in by_day.items():
            waiting = sorted(households)
            for shelter_id in group.shelters:
                var = model.vars.b.get((group.index, shelter_id, day))
                if var is None or not waiting:
                    continue
                take = min(_count(value, var), len(waiting))
                for household_id in waiting[:take]:
                    plan.shelter_of[household_id] = shelter_id
                waiting = waiting[take:]


def _documents(model: PlanModel, value: Value, plan: Assignment) -> None:
    """Persons of each demand node take the node's flow to each slot, in case order."""
    problem = model.problem
    eligible_node = {(node.ready, node.slots): node for node in model.nodes}
    queues: dict[int, list[int]] = defaultdict(list)
    from solvers.rules.documents import EligibleSlots

    eligible = EligibleSlots(problem)
    for household_id, flight_id in sorted(plan.flight_of.items()):
        flight = problem.flight_by_id[flight_id]
        for person in problem.members(problem.household_by_id[household_id]):
            if not person.needs_document or person.id in model.pins.slot:
                continue
            ready = problem.person_ready(person)
            node = eligible_node.get((ready, eligible(ready, flight)))
            if node is not None:
                queues[node.index].append(person.id)
    for node in model.nodes:
        queue = queues.get(node.index, [])
        for slot_id in node.slots:
            if not queue:
                break
            take = _count(value, model.vars.g[(node.index, slot_id)])
            for person_id in queue[:take]:
                plan.slot_of[person_id] = slot_id
            queue = queue[take:]
