"""The one place the class model's rows are written: non-negative integer variables with an
upper bound, and linear rows ``lower <= sum(coefficient * variable) <= upper``.

The rules of :mod:`solvers.rules` write here once; CP-SAT (:func:`solvers.backend.cpsat_model`)
and HiGHS (:class:`solvers.mip.ClassMip`, LP or MIP) each read the same arrays. A variable is
named so that a log line or an explanation can cite it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class Var:
    """A column of the collector: its position in every reader's model."""

    index: int


Terms = Sequence[tuple[Any, int]]


@dataclass(frozen=True)
class RowArrays:
    """The rows in compressed form: row r holds ``index[start[r]:start[r + 1]]``."""

    start: np.ndarray
    index: np.ndarray
    value: np.ndarray
    lower: np.ndarray
    upper: np.ndarray

    def __len__(self) -> int:
        return len(self.lower)


class RowCollector:
    def __init__(self) -> None:
        self.upper: list[int] = []
        self.names: list[str] = []
        self._start: list[int] = [0]
        self._index: list[int] = []
        self._value: list[int] = []
        self._lower: list[float] = []
        self._row_upper: list[float] = []

    # -- writing -------------------------------------------------------------------------

    def new_var(self, upper: int, name: str) -> Var:
        self.upper.append(max(0, int(upper)))
        self.names.append(name)
        return Var(len(self.upper) - 1)

    def add_row(self, terms: Terms, lower: float, upper: float) -> None:
        """``lower <= sum(terms) <= upper``; a side may be infinite. An empty row is kept
        out (it holds or it is a bug the caller checks: see :meth:`add_le`)."""
        if not terms:
            if lower > 0 or upper < 0:
                raise ValueError("an empty row that cannot hold")
            return
        for var, coefficient in terms:
            self._index.append(var.index)
            self._value.append(int(coefficient))
        self._start.append(len(self._index))
        self._lower.append(float(lower))
        self._row_upper.append(float(upper))

    def add_le(self, terms: Terms, rhs: int) -> None:
        if terms:
            self.add_row(terms, -math.inf, rhs)

    def add_eq(self, terms: Terms, rhs: int) -> None:
        self.add_row(terms, rhs, rhs)

    # -- reading -------------------------------------------------------------------------

    @property
    def variables(self) -> int:
        return len(self.upper)

    @property
    def rows(self) -> int:
        return len(self._lower)

    def arrays(self) -> RowArrays:
        return RowArrays(start=np.asarray(self._start, dtype=np.int64),
                         index=np.asarray(self._index, dtype=np.int64),
                         value=np.asarray(self._value, dtype=np.float64),
                         lower=np.asarray(self._lower, dtype=np.float64),
                         upper=np.asarray(self._row_upper, dtype=np.float64))

    def upper_bounds(self) -> np.ndarray:
        return np.asarray(self.upper, dtype=np.float64)

    def row_terms(self, row: int) -> tuple[list[int], list[int], float, float]:
        """Variable indices, coefficients and sides of one row."""
        a, b = self._start[row], self._start[row + 1]
        return self._index[a:b], self._value[a:b], self._lower[row], self._row_upper[row]
