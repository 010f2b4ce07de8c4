"""The backend the class model is written to: linear rows over non-negative integer counts.

CP-SAT solves it exactly (the "exact" method). The scaled method writes the same rows as
arrays for HiGHS instead (:mod:`solvers.lp_model`): a row-by-row build took minutes at
150,000 persons.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ortools.sat.python import cp_model

Terms = Sequence[tuple[Any, int]]


class Backend(Protocol):
    def new_var(self, upper: int, name: str) -> Any: ...

    def add_le(self, terms: Terms, rhs: int) -> None: ...

    def add_eq(self, terms: Terms, rhs: int) -> None: ...


class CpSatBackend:
    def __init__(self) -> None:
        self.model = cp_model.CpModel()

    def new_var(self, upper: int, name: str) -> cp_model.IntVar:
        return self.model.new_int_var(0, max(0, upper), name)

    @staticmethod
    def expr(terms: Terms) -> cp_model.LinearExprT:
        return cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [c for _, c in terms])

    def add_le(self, terms: Terms, rhs: int) -> None:
        if terms:
            self.model.add(self.expr(terms) <= rhs)

    def add_eq(self, terms: Terms, rhs: int) -> None:
        self.model.add(self.expr(terms) == rhs)
