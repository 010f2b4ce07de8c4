"""The import screen on the tester's roster1: 'Arrival batch' ('Batch 1' runs beside the
household column) was proposed Available from, and clicking "Use: Available from" left
every row with a problem ("Import (nothing new)"). It now has no proposal, says why in
its tip, and the roster imports with a click on Import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.test_import_guess_property import BATCH_NOTE, write_batch_roster
from tests.test_ui_import import import_page
from tests.test_ui_import_columns import click_cell
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from ui.main_window import MainWindow
from ui.models.import_tables import ColumnMappingModel
from ui.pages.import_page import CHECK, DONE


def test_a_batch_column_has_no_proposal_and_the_roster_imports(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    path = write_batch_roster(tmp_path / "roster1.xlsx")
    page = import_page(window)
    window.show_page("import")
    page.open_file(path)
    check = page.check_step
    assert page.stack.currentIndex() == CHECK
    model = check.mapping
    row = model.row_of("D")
    assert row is not None
    assert model.data(model.index(row, ColumnMappingModel.PROPOSAL)) == ""
    tip = model.data(model.index(row, ColumnMappingModel.HOW), Qt.ItemDataRole.ToolTipRole)
    assert BATCH_NOTE in tip
    click_cell(page, row, ColumnMappingModel.PROPOSAL)  # an empty cell: nothing to apply
    assert model.columns[row].field is None
    assert check.missing_label.text() == ""
    assert check.import_button.isEnabled() and check.import_button.text() == "Import 9 persons"
    qtbot.mouseClick(check.import_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == DONE and page.report is not None
    assert page.report.committed
