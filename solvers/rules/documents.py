"""Rule 6: every flown member without a valid document has a slot on or after R_p whose
document is ready by departs_at - B.

Persons ready on the same date who need a document for flights with the same eligible
slots are interchangeable, so document demand is a transportation flow from such demand
nodes to slots: exact for any integer solution, and an LP of modest size at scale.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from solvers.problem import FlightSpec, Problem

if TYPE_CHECKING:
    from solvers.model_context import DocumentNode, ModelContext


class EligibleSlots:
    """Slots in time for a person ready on a date and a flight, cached by (date, departure)."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.slots = sorted(
            (s for s in problem.slots if s.capacity > 0), key=lambda s: (s.starts_at, s.id)
        )
        self._cache: dict[tuple[dt.date, dt.datetime], tuple[int, ...]] = {}

    def __call__(self, ready: dt.date, flight: FlightSpec) -> tuple[int, ...]:
        key = (ready, flight.departs_at)
        found = self._cache.get(key)
        if found is None:
            deadline = self.problem.departure_deadline(flight)
            found = tuple(s.id for s in self.slots if s.date >= ready and s.ready_at <= deadline)
            self._cache[key] = found
        return found


def add(model: ModelContext) -> None:
    from solvers.model_context import DocumentNode

    problem = model.problem
    eligible = EligibleSlots(problem)
    nodes: dict[tuple[dt.date, tuple[int, ...]], DocumentNode] = {}
    for cls in model.classes:
        needs = Counter(cls.facts.document_ready)
        if not needs:
            continue
        for option in cls.facts.options:
            var = model.vars.n[(cls.index, option.flight_id)]
            flight = problem.flight_by_id[option.flight_id]
            for ready, persons in needs.items():
                slots = eligible(ready, flight)
                node = nodes.get((ready, slots))
                if node is None:
                    node = DocumentNode(index=len(nodes), ready=ready, slots=slots)
                    nodes[(ready, slots)] = node
                node.demand.append((var, persons))
    model.nodes = list(nodes.values())
    for node in model.nodes:
        flow = []
        for slot_id in node.slots:
            cap = problem.slot_by_id[slot_id].capacity
            var = model.rows.new_var(cap, f"g[d{node.index},k{slot_id}]")
            model.vars.g[(node.index, slot_id)] = var
            flow.append((var, -1))
        model.rows.add_eq(list(node.demand) + flow, 0)
