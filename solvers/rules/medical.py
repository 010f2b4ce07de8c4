"""Rule 3: passengers flagged medical on a flight are at most its medical_capacity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from solvers.problem import PersonSpec

if TYPE_CHECKING:
    from solvers.model_context import ModelContext


def medical_count(members: Sequence[PersonSpec]) -> int:
    return sum(1 for p in members if p.medical)


def add(model: ModelContext) -> None:
    for flight_id, users in model.by_flight.items():
        cap = model.problem.flight_by_id[flight_id].medical_capacity
        if cap is not None:
            terms = [(var, option.medical) for _, var, option in users if option.medical]
            model.rows.add_le(terms, cap)
