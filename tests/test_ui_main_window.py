"""Smoke test of the first main window, and the record table model under qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner import demo
from planner.db import Operation
from ui.main_window import MainWindow
from ui.models.record_table import Column, RecordTableModel


@pytest.fixture
def demo_operation(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        demo.create(session, 150, seed=2)
    return sqlite_operation


def test_main_window_shows_every_kind_of_record(qtbot, demo_operation: Operation) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_operation)
    qtbot.addWidget(window)
    window.show()
    persons = window.record_tabs["persons"].model
    assert persons.rowCount() == 150
    assert window.record_tabs["flights"].model.rowCount() > 0
    assert window.record_tabs["shelters"].model.rowCount() >= 3
    assert window.record_tabs["slots"].model.rowCount() > 0
    assert "150 persons" in window.status.text()
    assert window.tabs.tabText(0) == "Persons (150)"
    first_case = persons.index(0, 0).data()
    window.record_tabs["persons"].search.setText(first_case)
    assert persons.rowCount() == 1


def test_every_table_model_passes_the_model_tester(qtmodeltester, demo_operation: Operation) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_operation)
    for tab in window.record_tabs.values():
        qtmodeltester.check(tab.model)
    window.close()


def test_sort_and_filter_use_native_values(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel([Column("Key"), Column("Seats"), Column("Date")])
    model.set_rows([("b", 10, dt.date(2026, 3, 2)), ("a", 9, None), ("c", 100, dt.date(2026, 1, 1))])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["a", "b", "c"]  # 9 < 10 < 100
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["b", "c", "a"]  # blank date last
    model.set_filter("2026-03")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "b"
    model.set_filter("")
    assert model.rowCount() == 3
