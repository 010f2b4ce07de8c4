"""Issue 18 in the desktop program: an operation file readable by others is made
owner-only when it is opened, and the status bar says so once, in the officer's language."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from planner import demo
from planner.db import open_operation
from tests.file_modes import file_mode
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, menu_item
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.tasks import SynchronousTaskRunner

SAID = "readable by other users; they are now readable by you only"


def _open_recent_by_double_click(qtbot: Any, main: MainWindow) -> None:
    view = main.welcome.recent
    rect = view.visualItemRect(view.item(0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: main.operation is not None, timeout=10_000)


def test_opening_a_file_readable_by_others_fixes_it_and_says_so_once(
        qtbot: Any, tmp_path: Path, preferences: Preferences, answers: Answers) -> None:
    db = tmp_path / "shared-by-mistake.sqlite"
    operation = open_operation(db, create=True)
    with operation.session() as session:
        demo.create(session, 12, seed=1)
    operation.close()
    os.chmod(db, 0o644)
    preferences.recent_operations = [str(db)]
    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    main.show()
    _open_recent_by_double_click(qtbot, main)
    assert file_mode(db) == 0o600
    assert SAID in main.statusBar().currentMessage()
    main.grab().save(str(tmp_path / "owner-only.png"))
    menu_item(main, main.actions_by_name["close_operation"])
    main.statusBar().clearMessage()
    _open_recent_by_double_click(qtbot, main)
    assert SAID not in main.statusBar().currentMessage()  # nothing changed: nothing said
    main.close()
