"""The Import screen with a household one of whose rows is invalid: the Check step lists
the held-back rows among the problems and counts them, and importing the valid rows (the
tick box) leaves the whole household out (issue 13)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from tests.test_import_household_hold import ROWS, write_roster
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from ui.main_window import MainWindow
from ui.pages.import_page import DONE, ImportPage


def test_the_check_step_shows_the_held_back_household_and_import_leaves_it_out(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    page = window.pages["import"]
    assert isinstance(page, ImportPage)
    before = window.pages["roster"].model.rowCount()  # type: ignore[attr-defined]
    page.open_file(write_roster(tmp_path / "keluarga.xlsx", ROWS))
    check = page.check_step
    problems = [(check.problems.record(r).row, check.problems.record(r).reason)
                for r in range(check.problems.rowCount())]
    assert [row for row, _ in problems] == [3, 4, 5], problems
    assert "held back: row 5 of household KK01 is invalid" in problems[0][1]
    assert "3 rows held back" not in check.outcome_label.text()
    assert "2 rows held back with their households" in check.outcome_label.text()
    # The sheet's counts: what will be written, the held rows apart (was "To import" 5,
    # the two held rows counted as rows to import).
    sheets = check.sheets
    headers = [sheets.headerData(c, Qt.Orientation.Horizontal) for c in
               range(sheets.columnCount())]
    assert headers[2:5] == ["To import", "Held back", "Problems"]
    assert [sheets.data(sheets.index(0, c)) for c in (2, 3, 4)] == ["3", "2", "1"]
    assert "1 row has a problem (listed above)" in check.outcome_label.text()
    window.resize(1100, 760)
    check.grab().save(str(Path(os.environ.get("EVACPLAN_SCREENSHOTS", tmp_path))
                          / "import_check_held_back.png"))
    qtbot.mouseClick(check.skip_check, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, check.skip_check.height() // 2))
    assert check.skip_check.isChecked()
    assert check.import_button.text() == "Import 3 persons"
    qtbot.mouseClick(check.import_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == DONE
    assert page.report is not None and page.report.committed
    assert window.pages["roster"].model.rowCount() == before + 3  # type: ignore[attr-defined]
    assert "3 rows with problems were left out" in page.done_step.lines.text()
