"""Rule 3: passengers flagged medical on a flight are at most its medical_capacity. The rows
are written by :mod:`solvers.rules.flight_capacity`, for the profile LP too."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from solvers.problem import PersonSpec
from solvers.rules import flight_capacity

if TYPE_CHECKING:
    from solvers.model_context import ModelContext


def medical_count(members: Sequence[PersonSpec]) -> int:
    return sum(1 for p in members if p.medical)


def add(model: ModelContext) -> None:
    """Medical passengers of each flight with a medical capacity are at most that."""
    flight_capacity.add(model, lambda flight: flight.medical_capacity,
                        lambda option: option.medical)
