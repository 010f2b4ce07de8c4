"""CP-SAT's reading of the class model's rows (:mod:`solvers.rows`).

The exact method's CP-SAT stages and the scaled method's residual solve read the rows the
rules wrote; HiGHS reads the same rows in :mod:`solvers.mip`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from ortools.sat.python import cp_model

from solvers.rows import RowCollector

Terms = Sequence[tuple[Any, int]]


class CpSatModel:
    """A CP-SAT model of the rows: variable i of the collector is variable i here."""

    def __init__(self, rows: RowCollector) -> None:
        self.model = cp_model.CpModel()
        uppers = rows.upper_bounds().astype(np.int64).tolist()
        self.vars = [self.model.new_int_var(0, upper, name)
                     for upper, name in zip(uppers, rows.names, strict=True)]
        arrays = rows.arrays()
        proto = self.model.proto
        index = arrays.index.tolist()
        value = arrays.value.astype(int).tolist()
        start = arrays.start.tolist()
        for row, (lower, upper) in enumerate(zip(arrays.lower.tolist(), arrays.upper.tolist(),
                                                 strict=True)):
            constraint = proto.constraints.add()
            constraint.linear.vars.extend(index[start[row]: start[row + 1]])
            constraint.linear.coeffs.extend(value[start[row]: start[row + 1]])
            constraint.linear.domain.extend([
                cp_model.INT_MIN if math.isinf(lower) else int(lower),
                cp_model.INT_MAX if math.isinf(upper) else int(upper)])

    def expr(self, terms: Terms) -> cp_model.LinearExprT:
        return cp_model.LinearExpr.weighted_sum([self.vars[v.index] for v, _ in terms],
                                                [c for _, c in terms])
