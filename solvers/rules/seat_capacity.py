"""Rule 2 in the model: the seats of each flight hold the seat-taking members of the
households on it (the seats a household takes: :mod:`solvers.rules.seats`)."""

from __future__ import annotations

from solvers.model_context import ModelContext


def add(model: ModelContext) -> None:
    """Seats of each flight hold the seat-taking members of the households on it."""
    for flight_id, users in model.by_flight.items():
        terms = [(var, option.seats) for _, var, option in users if option.seats]
        model.rows.add_le(terms, model.problem.flight_by_id[flight_id].seats)
