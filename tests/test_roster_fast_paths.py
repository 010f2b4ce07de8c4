"""The shortcuts that open a 150,000-person roster quickly give what the plain ways give:
dates sliced from fixed-width text, ages from date digits, the household code folded once
per household, literal separators, and a search that narrows only over few rows."""

from __future__ import annotations

from typing import Any

import numpy as np

from planner.table_snapshots import ColumnKind, ColumnTable
from ui.models.record_table import NARROW_SHARE, Column, RecordTableModel


def test_narrowing_over_many_rows_searches_all_and_agrees(qapp: Any) -> None:
    columns = [Column("name", "Name")]
    count = 40 * NARROW_SHARE
    names = [("sari" if i % 2 else "budi") + f" {i:04d}" for i in range(count)]
    kinds = {"name": ColumnKind.TEXT, "search": ColumnKind.SEARCH}
    table = ColumnTable(np.arange(count, dtype=np.int64), np.ones(count, dtype=np.int64),
                        {"name": np.array(names, dtype=object),
                         "search": np.array([n.casefold() for n in names])}, kinds)
    model: Any = RecordTableModel(columns, search_field="search")
    model.set_table(table)
    for text in ("s", "sa", "sari 0", "sari 00", "sari 001", "sari 0013", "s 1", "i", "i 03"):
        model.set_search(text)
        words = text.split()
        expected = [n for n in names if all(w in n for w in words)]
        assert [model.value(row, "name") for row in range(model.rowCount())] == expected, text
