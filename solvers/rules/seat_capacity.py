"""Rule 2 in the model: the seats of each flight hold the seat-taking members of the
households on it (the seats a household takes: :mod:`solvers.rules.seats`). The rows are
written by :mod:`solvers.rules.flight_capacity`, for the profile LP too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from solvers.rules import flight_capacity

if TYPE_CHECKING:
    from solvers.model_context import ModelContext


def add(model: ModelContext) -> None:
    """Seats of each flight hold the seat-taking members of the households on it."""
    flight_capacity.add(model, lambda flight: flight.seats, lambda option: option.seats)
