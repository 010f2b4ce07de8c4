"""The one place the solvers' rows are written: variables with bounds, and linear rows
``lower <= sum(coefficient * variable) <= upper``.

Both models of the planner are written here. The class model's rules (:mod:`solvers.rules`,
assembled by :class:`solvers.model.PlanModel`) write a variable or a row at a time, and
CP-SAT (:class:`solvers.backend.CpSatModel`) and HiGHS (:class:`solvers.mip.ClassMip`, LP or
MIP) read the same arrays. The scaled method's profile LP (:mod:`solvers.lp_model`) writes
blocks of numpy arrays (one Python step per block: it has millions of option columns at
150,000 persons), and HiGHS reads it by column generation (:class:`solvers.highs_lp.HighsLp`).
The rows the two models share (rules 2 and 3) are written by one writer
(:func:`solvers.rules.flight_capacity.write`); what each model writes alone, and why:
docs/decisions.md, Planner, "One row collector".

A variable of the class model is named so that a log line or an explanation can cite it.
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


class _Vector:
    """Numbers appended to ``tail`` one at a time or added as numpy blocks, read as one
    array (kept, so that a change to it, as :meth:`RowCollector.set_lower`'s, stays)."""

    def __init__(self, dtype: type) -> None:
        self.dtype = dtype
        self._blocks: list[np.ndarray] = []
        self._blocked = 0
        #: Numbers appended since the last block (a plain list: the class model appends
        #: a few per term, and a method call each would cost more than the append).
        self.tail: list[float] = []

    def __len__(self) -> int:
        return self._blocked + len(self.tail)

    def extend(self, values: np.ndarray) -> None:
        self._flush()
        self._blocks.append(np.asarray(values, dtype=self.dtype))
        self._blocked += len(values)

    def array(self) -> np.ndarray:
        self._flush()
        if len(self._blocks) != 1:
            self._blocks = [np.concatenate(self._blocks) if self._blocks
                            else np.zeros(0, dtype=self.dtype)]
        return self._blocks[0]

    def _flush(self) -> None:
        if self.tail:
            self._blocks.append(np.asarray(self.tail, dtype=self.dtype))
            self._blocked += len(self.tail)
            self.tail = []


class RowCollector:
    def __init__(self) -> None:
        self._var_lower = _Vector(np.float64)
        self._var_upper = _Vector(np.float64)
        self._names: dict[int, str] = {}
        # Entries in the order they were written: (row, variable, coefficient).
        self._row = _Vector(np.int64)
        self._col = _Vector(np.int64)
        self._value = _Vector(np.float64)
        self._lower = _Vector(np.float64)
        self._upper = _Vector(np.float64)

    # -- writing, a variable or a row at a time (the class model) ------------------------

    def new_var(self, upper: int, name: str) -> Var:
        """A whole variable between 0 and ``upper``."""
        index = len(self._var_upper)
        self._var_lower.tail.append(0.0)
        self._var_upper.tail.append(max(0, int(upper)))
        self._names[index] = name
        return Var(index)

    def add_row(self, terms: Terms, lower: float, upper: float) -> None:
        """``lower <= sum(terms) <= upper``; a side may be infinite. An empty row is kept
        out (it holds or it is a bug the caller checks: see :meth:`add_le`)."""
        if not terms:
            if lower > 0 or upper < 0:
                raise ValueError("an empty row that cannot hold")
            return
        self._row.tail.extend([len(self._lower)] * len(terms))
        self._col.tail.extend([var.index for var, _ in terms])
        self._value.tail.extend([int(coefficient) for _, coefficient in terms])
        self._lower.tail.append(float(lower))
        self._upper.tail.append(float(upper))

    def add_le(self, terms: Terms, rhs: int) -> None:
        if terms:
            self.add_row(terms, -math.inf, rhs)

    def add_eq(self, terms: Terms, rhs: int) -> None:
        self.add_row(terms, rhs, rhs)

    # -- writing blocks of numpy arrays (the profile LP) --------------------------------

    def new_vars(self, lower: np.ndarray, upper: np.ndarray) -> int:
        """Variables with these bounds (an upper bound may be infinite); returns the first's
        index."""
        if len(lower) != len(upper):
            raise ValueError("as many lower bounds as upper bounds")
        first = len(self._var_upper)
        self._var_lower.extend(lower)
        self._var_upper.extend(upper)
        return first

    def add_rows(self, lower: np.ndarray, upper: np.ndarray, row: np.ndarray,
                 col: np.ndarray, value: np.ndarray, block: str = "a block of rows") -> int:
        """``len(lower)`` rows in coordinate form: entry i puts ``value[i]`` times variable
        ``col[i]`` in row ``row[i]``, counted from 0 within these rows. Unlike
        :meth:`add_row`, a row without entries is kept (the rows' positions are the
        reader's index: the LP's seat rows are one per flight), but it must hold.
        Every entry's row and variable must exist; a ValueError names ``block`` (what
        the rows are) otherwise. Returns the first row's index."""
        first = len(self._lower)
        count = len(lower)
        if len(upper) != count or not len(row) == len(col) == len(value):
            raise ValueError(f"{block}: rows and entries of different lengths")
        row = np.asarray(row, dtype=np.int64)
        if len(row) and (row.min() < 0 or row.max() >= count):
            raise ValueError(f"{block}: an entry outside the rows added (row "
                             f"{int(row.min() if row.min() < 0 else row.max())} of {count})")
        col = np.asarray(col, dtype=np.int64)
        if len(col) and (col.min() < 0 or col.max() >= self.variables):
            raise ValueError(f"{block}: an entry of a variable not written (variable "
                             f"{int(col.min() if col.min() < 0 else col.max())} of "
                             f"{self.variables})")
        lower = np.asarray(lower, dtype=np.float64)
        upper = np.asarray(upper, dtype=np.float64)
        empty = np.bincount(row, minlength=count) == 0
        if ((lower[empty] > 0) | (upper[empty] < 0)).any():
            raise ValueError(f"{block}: an empty row that cannot hold")
        self._row.extend(row + first)
        self._col.extend(col)
        self._value.extend(value)
        self._lower.extend(lower)
        self._upper.extend(upper)
        return first

    def set_lower(self, index: int, lower: float) -> None:
        """Raise (or lower) one variable's lower bound (a kept pin of the profile LP)."""
        self._var_lower.array()[index] = lower

    # -- reading -------------------------------------------------------------------------

    @property
    def variables(self) -> int:
        return len(self._var_upper)

    @property
    def rows(self) -> int:
        return len(self._lower)

    @property
    def names(self) -> list[str]:
        """Every variable's name: those written one at a time have theirs."""
        if len(self._names) == self.variables:  # every one named, in order
            return list(self._names.values())
        return [self._names.get(i, f"x{i}") for i in range(self.variables)]

    def arrays(self) -> RowArrays:
        """The rows by row (entries of a row in the order written)."""
        row, col, value = self.coordinates()
        if len(row) > 1 and (np.diff(row) < 0).any():
            order = np.argsort(row, kind="stable")
            row, col, value = row[order], col[order], value[order]
        start = np.zeros(self.rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(row, minlength=self.rows), out=start[1:])
        lower, upper = self.row_bounds()
        return RowArrays(start=start, index=col, value=value, lower=lower, upper=upper)

    def coordinates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every entry's (row, variable, coefficient), in the order written."""
        return self._row.array(), self._col.array(), self._value.array()

    def row_bounds(self) -> tuple[np.ndarray, np.ndarray]:
        return self._lower.array(), self._upper.array()

    def lower_bounds(self) -> np.ndarray:
        return self._var_lower.array()

    def upper_bounds(self) -> np.ndarray:
        return self._var_upper.array()

    def row_terms(self, row: int) -> tuple[list[int], list[int], float, float]:
        """Variable indices, coefficients and sides of one row."""
        arrays = self.arrays()
        a, b = int(arrays.start[row]), int(arrays.start[row + 1])
        return (arrays.index[a:b].tolist(), arrays.value[a:b].astype(int).tolist(),
                float(arrays.lower[row]), float(arrays.upper[row]))
