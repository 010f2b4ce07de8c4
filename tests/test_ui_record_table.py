"""ui/models/record_table.py against a plain-Python reference: random tables, sorted by any
column either way, searched and filtered, give the rows and order the reference gives."""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from planner.records.snapshots import ColumnKind, ColumnTable
from ui.models.record_table import ID_ROLE, Column, RecordTableModel

K = ColumnKind
COLUMNS = [Column("name", "Name"), Column("seats", "Seats", K.INT),
           Column("when", "When", K.DATE), Column("flag", "Flag", K.BOOL)]
WORDS = ["ani", "budi", "sari", "ani sari", "xy", "Ani", "C-01"]

rows = st.lists(
    st.tuples(
        st.sampled_from(["Ani", "Budi", "sari", "Sari Ani", "xyz", "", "Çağ", "C-010"]),
        st.one_of(st.none(), st.integers(0, 300)),
        st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat())),
        st.booleans(),
    ),
    max_size=40,
)


def table_of(data: list[tuple[str, int | None, str, bool]]) -> ColumnTable:
    names = [r[0] for r in data]
    return ColumnTable(
        ids=np.arange(1, len(data) + 1, dtype=np.int64),
        versions=np.ones(len(data), dtype=np.int64),
        columns={
            "name": np.array(names, dtype=object),  # as the snapshots hold text
            "seats": np.array([np.nan if r[1] is None else r[1] for r in data], dtype=float),
            "when": np.array([r[2] for r in data], dtype="<U10"),
            "flag": np.array([r[3] for r in data], dtype=bool),
            "search": np.array([n.casefold() for n in names], dtype=str) if data
            else np.zeros(0, dtype="<U1"),
        },
        kinds={"name": K.TEXT, "seats": K.INT, "when": K.DATE, "flag": K.BOOL,
               "search": K.SEARCH},
    )


def reference_key(row: tuple[str, int | None, str, bool], column: int) -> Any:
    value = row[column]
    if column == 0:
        return value.lower()
    if column == 1:
        return float("-inf") if value is None else value
    return value  # ISO dates sort as text, "" first; bools as 0/1


@settings(max_examples=60, deadline=None)
@given(data=rows, column=st.integers(0, 3), descending=st.booleans(),
       word=st.sampled_from(WORDS), only_flagged=st.booleans())
def test_sort_search_and_filter_match_a_plain_python_reference(
        qapp: Any, data: list[tuple[str, int | None, str, bool]], column: int,
        descending: bool, word: str, only_flagged: bool) -> None:
    model = RecordTableModel(COLUMNS, search_field="search")
    table = table_of(data)
    model.set_table(table)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(column, order)
    model.set_search(word)
    model.set_mask("flag", table.columns["flag"].copy() if only_flagged else None)

    ids = list(range(1, len(data) + 1))
    expected = sorted(ids, key=lambda i: reference_key(data[i - 1], column))
    if descending:
        expected = expected[::-1]
    words = word.casefold().split()
    expected = [i for i in expected
                if all(w in data[i - 1][0].casefold() for w in words)
                and (data[i - 1][3] or not only_flagged)]
    shown = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    # Equal keys may come in either order (the reference reverses ties differently).
    assert sorted(shown) == sorted(expected)
    assert [reference_key(data[i - 1], column) for i in shown] == \
        [reference_key(data[i - 1], column) for i in expected]
    model.clear_filters()
    assert model.rowCount() == len(data)


def test_the_model_passes_the_tester_and_shows_blanks(qtmodeltester: Any) -> None:
    model = RecordTableModel(COLUMNS, search_field="search")
    model.set_table(table_of([("Ani", None, "", True), ("Budi", 12, "2026-03-02", False)]))
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(4)] == ["Ani", "", "", "\u2713"]
    assert [model.index(1, c).data() for c in range(4)] == ["Budi", "12", "2026-03-02", ""]
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.index(5, 0).data() is None and QModelIndex().data() is None


def test_narrowing_search_uses_the_previous_matches(qapp: Any) -> None:
    names = ["sari", "sarina", "budi", "sa"] * 50
    model = RecordTableModel(COLUMNS, search_field="search")
    model.set_table(table_of([(n, 1, "", False) for n in names]))
    counts = []
    for text in ("s", "sa", "sar", "sari", "sarin", "sari", ""):
        model.set_search(text)
        counts.append(model.rowCount())
    assert counts == [150, 150, 100, 100, 50, 100, 200]
