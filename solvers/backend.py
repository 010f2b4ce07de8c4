"""The two ways the planning model is solved, behind one small interface.

The model is written once as linear rows over non-negative integer counts. CP-SAT solves
it exactly (the "exact" method); an LP solver (GLOP or HiGHS through ``pywraplp``) solves
its relaxation for the "scaled" method, whose values are then rounded and repaired.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ortools.linear_solver import pywraplp
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


class LpBackend:
    def __init__(self, solver_name: str = "GLOP") -> None:
        solver = pywraplp.Solver.CreateSolver(solver_name)
        if solver is None:  # pragma: no cover - both ship with OR-Tools
            raise RuntimeError(f"OR-Tools has no {solver_name} solver")
        self.solver = solver
        self.infinity = solver.infinity()

    def new_var(self, upper: int, name: str) -> pywraplp.Variable:
        return self.solver.NumVar(0.0, float(max(0, upper)), name)

    def _row(self, terms: Terms, lower: float, upper: float) -> pywraplp.Constraint:
        row = self.solver.Constraint(lower, upper)
        for var, coef in terms:
            row.SetCoefficient(var, row.GetCoefficient(var) + coef)
        return row

    def add_le(self, terms: Terms, rhs: int) -> None:
        if terms:
            self._row(terms, -self.infinity, rhs)

    def add_eq(self, terms: Terms, rhs: int) -> None:
        self._row(terms, rhs, rhs)
