"""The rows the solvers are given, pinned on one small operation.

The profile LP of the scaled method (:mod:`solvers.lp_model`, with and without beds) and
the class model of the exact method (:mod:`solvers.model`) are built for a demo operation
of 400 persons (seed 3) with a reference plan and a kept flight pin, so that every kind of
column and row is there (options, classes, keeps, beds, documents, pins). Their rows,
bounds and objectives, what HiGHS is handed for the LP of objective 1 in the order it is
handed them, and that LP's optimum are compared with fingerprints taken from the code
before the rows were moved into the one row collector (b0c7548). A fingerprint that
changes means the solvers are given another model, or the same one in another order
(which may change the plan HiGHS or CP-SAT finds): such a change must be meant, and its
new fingerprints written here with the reason.

Below them, the collector itself: rows written a term at a time and in numpy blocks are read
back alike, and a block it could not read back is refused by name.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import numpy as np
import pytest

from planner import demo
from planner.planning.problem_builder import build_problem
from solvers import lp_model
from solvers.classes import HouseholdClass, make_classes
from solvers.highs_lp import HighsLp
from solvers.model import PlanModel
from solvers.options import household_facts
from solvers.problem import PinSpec, Problem
from solvers.rows import RowCollector, Var
from solvers.rules.pins import ScreenedPins, screen


def _digest(*arrays: object) -> str:
    """Sixteen hex digits of the arrays' values (rounded to 1e-9) and shapes, in order."""
    digest = hashlib.sha256()
    for array in arrays:
        values = np.asarray(array, dtype=np.float64)
        values = np.where(np.isfinite(values), np.round(values, 9), values)
        digest.update(str(values.shape).encode())
        digest.update(np.ascontiguousarray(values).tobytes())
    return digest.hexdigest()[:16]


@dataclasses.dataclass
class _Operation:
    problem: Problem
    screened: ScreenedPins
    classes: list[HouseholdClass]


def pinned_problem(path: Path) -> _Operation:
    """Demo, 400 persons, seed 3, in the SQLite file ``path``; the reference plan puts
    every third household on its first option, and the first household with two options
    is pinned to its second."""
    from planner.db import open_operation

    operation = open_operation(path, create=True)
    with operation.session() as session:
        demo.create(session, 400, seed=3)
    with operation.session() as session:
        prob = build_problem(session, use_reference=False).problem
    operation.close()
    facts = household_facts(prob, ScreenedPins())
    reference = {member: int(fact.arrays.flight_id[0])
                 for i, fact in enumerate(facts) if len(fact.arrays) and i % 3 == 0
                 for member in fact.household.members}
    chosen = next(f for f in facts if len(f.arrays) >= 2)
    pin = PinSpec(1, "flight", chosen.household.id, int(chosen.arrays.flight_id[1]))
    prob = dataclasses.replace(prob, reference=reference, pins=(pin,))
    screened = screen(prob)
    assert screened.flight == {chosen.household.id: int(chosen.arrays.flight_id[1])}
    return _Operation(prob, screened, make_classes(household_facts(prob, screened), screened))


@pytest.fixture(scope="module")
def pinned_operation(tmp_path_factory: pytest.TempPathFactory) -> _Operation:
    return pinned_problem(tmp_path_factory.mktemp("rows") / "op.sqlite")


def _model_rows(model: lp_model.ArrayModel) -> tuple[np.ndarray, ...]:
    """The LP's rows as (row, column, value) sorted, with the row sides and the column
    bounds: the model whatever the order it was written in."""
    row, col, value = model.rows.coordinates()
    lower, upper = model.rows.row_bounds()
    order = np.lexsort((col, row))
    return row[order], col[order], value[order], lower, upper, model.col_lower, model.col_upper


def _handed_to_highs(lp: HighsLp) -> tuple[object, ...]:
    """What HiGHS holds of the LP, in its order: columns, rows, bounds and costs."""
    held = lp.highs.getLp()
    matrix = held.a_matrix_
    return (matrix.start_, matrix.index_, matrix.value_, held.row_lower_, held.row_upper_,
            held.col_lower_, held.col_upper_, held.col_cost_)


def test_the_profile_lp_is_given_the_rows_it_was_given_before(
        pinned_operation: _Operation) -> None:
    op = pinned_operation
    model = lp_model.build(op.problem, op.classes, op.screened)
    assert (model.options, model.columns, model.rows.rows) == (115, 388, 218)
    assert (len(model.keep_class), int((model.col_lower > 0).sum())) == (69, 2)
    assert _digest(*_model_rows(model)) == "f5e5c296ca647f43"
    assert _digest(model.flown_weight(), model.changes(), model.profile_start,
                   model.option_position, model.option_seats) == "188537975b1dbb01"
    lp = HighsLp(model)
    result = lp.solve(model.flown_weight(), True, 60.0)
    assert result.optimal and result.value == pytest.approx(632.0)
    assert _digest(*_handed_to_highs(lp)) == "7bc0f6b2f911eeb6"
    assert _digest(result.x) == "be0cd27722795324"


def test_the_profile_lp_with_beds_is_given_the_rows_it_was_given_before(
        pinned_operation: _Operation) -> None:
    op = pinned_operation
    model = lp_model.build(op.problem, op.classes, op.screened, beds=True)
    assert model.beds is not None
    assert (model.options, model.columns, model.rows.rows) == (187, 533, 354)
    assert _digest(*_model_rows(model)) == "6801d5fb94d9bd9f"
    assert _digest(model.overflow(), [model.beds.constant]) == "b815b5ee641a8ab5"
    lp = HighsLp(model)
    result = lp.solve(model.flown_weight(), True, 60.0)
    assert result.optimal and result.value == pytest.approx(632.0)
    assert _digest(*_handed_to_highs(lp)) == "be500e27bdfb2180"


def test_the_class_model_is_given_the_rows_it_was_given_before(
        pinned_operation: _Operation) -> None:
    op = pinned_operation
    model = PlanModel(op.problem, op.classes, op.screened)
    arrays = model.rows.arrays()
    assert (model.rows.variables, len(arrays)) == (596, 233)
    assert _digest(arrays.start, arrays.index, arrays.value, arrays.lower, arrays.upper,
                   model.rows.upper_bounds()) == "834b733974a1293c"
    assert model.rows.names[:3] == ["n[c0,f2]", "n[c1,f4]", "n[c3,f1]"]


def test_the_collector_reads_rows_written_one_at_a_time_and_in_blocks_alike() -> None:
    rows = RowCollector()
    a, b = rows.new_var(3, "a"), rows.new_var(2, "b")
    rows.add_le([(a, 1), (b, 2)], 4)
    first = rows.new_vars(np.zeros(2), np.array([np.inf, 5.0]))
    assert first == 2
    # Two rows in one block, entries given out of row order; the second row is empty but
    # kept (a reader indexes rows by position), since 0 <= 7 holds.
    assert rows.add_rows(np.array([1.0, -np.inf]), np.array([1.0, 7.0]),
                         np.array([0, 0]), np.array([3, 0]), np.array([1.0, -1.0])) == 1
    rows.add_eq([(b, 1), (Var(3), 1)], 2)
    rows.set_lower(3, 1.0)
    rows.new_vars(np.zeros(1), np.ones(1))
    arrays = rows.arrays()
    assert arrays.start.tolist() == [0, 2, 4, 4, 6]
    assert arrays.index.tolist() == [0, 1, 3, 0, 1, 3]
    assert arrays.value.tolist() == [1.0, 2.0, 1.0, -1.0, 1.0, 1.0]
    assert arrays.lower.tolist() == [-np.inf, 1.0, -np.inf, 2.0]
    assert rows.lower_bounds().tolist() == [0.0, 0.0, 0.0, 1.0, 0.0]
    assert rows.upper_bounds().tolist() == [3.0, 2.0, np.inf, 5.0, 1.0]
    assert rows.names == ["a", "b", "x2", "x3", "x4"]
    assert rows.row_terms(1) == ([3, 0], [1, -1], 1.0, 1.0)
    # In the order written, for HiGHS's column generation.
    assert rows.coordinates()[0].tolist() == [0, 0, 1, 1, 3, 3]


@pytest.mark.parametrize(("lower", "upper", "row", "col", "message"), [
    ([1.0], [2.0], [], [], "seats: an empty row that cannot hold"),
    ([0.0], [1.0], [1], [0], r"seats: an entry outside the rows added \(row 1 of 1\)"),
    ([0.0], [1.0], [-1], [0], r"seats: an entry outside the rows added \(row -1 of 1\)"),
    ([0.0, 0.0], [1.0], [0], [0], "seats: rows and entries of different lengths"),
    ([0.0], [1.0], [0], [2], r"seats: an entry of a variable not written \(variable 2 of 2\)"),
    ([0.0], [1.0], [0], [-1], r"seats: an entry of a variable not written \(variable -1 of 2\)"),
])
def test_the_collector_refuses_a_block_that_cannot_be_read(
        lower: list[float], upper: list[float], row: list[int], col: list[int],
        message: str) -> None:
    rows = RowCollector()
    rows.new_vars(np.zeros(2), np.ones(2))
    with pytest.raises(ValueError, match=message):
        rows.add_rows(np.array(lower), np.array(upper), np.array(row, dtype=np.int64),
                      np.array(col, dtype=np.int64), np.ones(len(row)), block="seats")
    assert rows.rows == 0
