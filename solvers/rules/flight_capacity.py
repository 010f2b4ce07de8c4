"""The rows of rules 2 and 3, for both models: what the households on a flight take of it
(seats, :mod:`solvers.rules.seat_capacity`; medical places, :mod:`solvers.rules.medical`)
is at most what it has.

:func:`write` writes them over whatever columns count households on a flight: the class
model's ``n[c, f]`` (:func:`add`) and the profile LP's options (:mod:`solvers.lp_model`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from solvers.options import FlightOption
from solvers.problem import FlightSpec
from solvers.rows import RowCollector

if TYPE_CHECKING:
    from solvers.model_context import ModelContext


def write(rows: RowCollector, capacity: np.ndarray, flight: np.ndarray, column: np.ndarray,
          amount: np.ndarray) -> int:
    """A row per flight with ``capacity[r]``, in that order: what the columns on it take
    at most that. Column ``column[i]`` counts households on flight ``flight[i]`` (an index
    into ``capacity``) that each take ``amount[i]``; a column that takes nothing is left
    out of the row. Returns the first row."""
    use = np.asarray(amount) != 0
    return rows.add_rows(np.full(len(capacity), -np.inf),
                         np.asarray(capacity, dtype=np.float64), np.asarray(flight)[use],
                         np.asarray(column)[use], np.asarray(amount)[use],
                         block="flight capacity (rules 2 and 3)")


def add(model: ModelContext, capacity_of: Callable[[FlightSpec], int | None],
        amount_of: Callable[[FlightOption], int]) -> None:
    """The class model's rows: one for each flight with a capacity (``capacity_of`` not
    None) that some household takes an amount of, in the order the flights were first met
    (``model.by_flight``)."""
    capacity: list[int] = []
    flight: list[int] = []
    column: list[int] = []
    amount: list[int] = []
    for flight_id, users in model.by_flight.items():
        cap = capacity_of(model.problem.flight_by_id[flight_id])
        if cap is None:
            continue
        entries = [(var.index, amount_of(option)) for _, var, option in users
                   if amount_of(option)]
        if not entries:
            continue
        for var_index, taken in entries:
            flight.append(len(capacity))
            column.append(var_index)
            amount.append(taken)
        capacity.append(cap)
    write(model.rows, np.asarray(capacity), np.asarray(flight, dtype=np.int64),
          np.asarray(column, dtype=np.int64), np.asarray(amount))
