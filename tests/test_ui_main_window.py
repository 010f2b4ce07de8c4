"""The main window: screens, actions and shortcuts, operations opened and closed,
window state and recent operations remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from planner import demo
from planner.db import Operation, open_operation
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, menu_item, shortcut
from ui.main_window import MainWindow
from ui.pages.registry import page_types
from ui.preferences import Preferences
from ui.tasks import SynchronousTaskRunner


def test_every_screen_is_in_the_sidebar_with_a_shortcut(window: MainWindow) -> None:
    ids = [page.page_id for page in page_types()]
    assert list(window.pages) == ids
    for number, page_id in enumerate(ids[:9], start=1):
        action = window.actions_by_name[f"page_{page_id}"]
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        shortcut(window, action)
        assert window.stack.currentWidget() is window.pages[page_id]
        assert window.sidebar.currentItem().text() == window.pages[page_id].title()
    for page_id in reversed(ids[:9]):  # and the View menu's items
        menu_item(window, window.actions_by_name[f"page_{page_id}"])
        assert window.stack.currentWidget() is window.pages[page_id]


def test_the_window_shows_the_operation(window: MainWindow) -> None:
    roster = window.pages["roster"]
    assert roster.model.rowCount() == 150  # type: ignore[attr-defined]
    assert "150 persons" in roster.count_label.text()  # type: ignore[attr-defined]
    assert window.pages["flights"].model.rowCount() > 0  # type: ignore[attr-defined]
    assert window.pages["shelters"].model.rowCount() >= 3  # type: ignore[attr-defined]
    assert window.pages["slots"].model.rowCount() > 0  # type: ignore[attr-defined]
    assert window.windowTitle().startswith("Demo operation (seed 2)")
    assert "Operation file" in window.location_label.text()


def test_main_actions_have_shortcuts(window: MainWindow) -> None:
    expected = {"new_operation": QKeySequence.StandardKey.New,
                "open_operation": QKeySequence.StandardKey.Open,
                "undo": QKeySequence.StandardKey.Undo, "find": QKeySequence.StandardKey.Find,
                "delete": QKeySequence.StandardKey.Delete}
    for name, key in expected.items():
        assert QKeySequence(key) in window.actions_by_name[name].shortcuts(), name
    for name in ("add", "edit", "reload", "settings", "quit", "redo", "clear_filters"):
        assert window.actions_by_name[name].shortcuts(), name
    # Each key does one thing: a key two actions (or one action twice) hold is ambiguous
    # and does nothing (F5 was Reload's twice: its standard key and its own); none empty
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            assert not keys.isEmpty(), f"{action.text()!r} has an empty shortcut"
            owners.setdefault(keys.toString(), []).append(action.text())
    assert {k: o for k, o in owners.items() if len(o) > 1} == {}
    assert QKeySequence("Ctrl+Q") in window.actions_by_name["quit"].shortcuts()


def test_every_action_is_an_item_of_a_menu(window: MainWindow) -> None:
    """What a key does can also be found with the mouse: each of the window's actions is an
    item of the File, Edit, View or Help menu."""
    items = {id(action) for entry in window.menuBar().actions() if entry.menu() is not None
             for action in entry.menu().actions()}
    assert [name for name, action in window.actions_by_name.items()
            if id(action) not in items] == []


def test_ctrl_f_focuses_the_search_box(qtbot: Any, window: MainWindow) -> None:
    window.show_page("flights")
    window.activateWindow()
    shortcut(window, window.actions_by_name["find"])
    assert window.pages["flights"].search.hasFocus()  # type: ignore[attr-defined]
    window.pages["flights"].view.setFocus()  # type: ignore[attr-defined]
    menu_item(window, window.actions_by_name["find"])
    assert window.pages["flights"].search.hasFocus()  # type: ignore[attr-defined]


def test_closing_and_opening_operations_and_recent_list(
        qtbot: Any, tmp_path: Path, preferences: Preferences, answers: Answers) -> None:
    first = tmp_path / "first.sqlite"
    with open_operation(first, create=True).session() as session:
        demo.create(session, 20, seed=1)
    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    assert main.stack.currentWidget() is main.welcome
    assert not main.actions_by_name["settings"].isEnabled()
    answers.open_file = first
    main.show()
    menu_item(main, main.actions_by_name["open_operation"])
    assert main.operation is not None and main.operation.path == first
    assert preferences.recent_operations[0] == str(first)
    assert main.pages["roster"].model.rowCount() == 20  # type: ignore[attr-defined]
    menu_item(main, main.actions_by_name["close_operation"])
    assert main.operation is None and main.stack.currentWidget() is main.welcome
    assert main.welcome.recent.item(0).text() == str(first)
    recent = main.welcome.recent  # the officer double-clicks the recent operation
    where = recent.visualItemRect(recent.item(0)).center()
    QTest.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, where)
    assert main.operation is not None
    main.close()


def test_a_missing_recent_operation_is_explained_and_forgotten(
        qtbot: Any, tmp_path: Path, preferences: Preferences, answers: Answers) -> None:
    gone = str(tmp_path / "gone.sqlite")
    preferences.recent_operations = [gone]
    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    main.open_location(gone)
    assert main.operation is None
    assert answers.asked and answers.asked[-1][0] == "warn" and "No operation at" in \
        answers.asked[-1][1]
    assert preferences.recent_operations == []


def test_new_operation_creates_a_file_and_asks_for_its_settings(
        qtbot: Any, tmp_path: Path, preferences: Preferences, answers: Answers) -> None:
    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    answers.save_file = tmp_path / "crisis"
    answers.fill_and_save({"name": "Phnom Penh crisis", "default_destination": "SUB"})
    main.show()
    shortcut(main, main.actions_by_name["new_operation"])
    assert (tmp_path / "crisis.sqlite").exists()
    assert main.windowTitle().startswith("Phnom Penh crisis")
    main.close()


def test_window_state_is_remembered(qtbot: Any, demo_operation: Operation,
                                    preferences: Preferences) -> None:
    main = MainWindow(demo_operation, preferences=preferences, tasks=SynchronousTaskRunner())
    main.detached = True
    qtbot.addWidget(main)
    main.show()
    main.resize(790, 503)  # the offscreen screen is 800 x 600
    chosen = main.size()
    main.show_page("shelters")
    main.close()
    again = MainWindow(demo_operation, preferences=preferences, tasks=SynchronousTaskRunner())
    again.detached = True
    qtbot.addWidget(again)
    assert again.size().height() == chosen.height() == 503
    assert again.stack.currentWidget() is again.pages["shelters"]
    again.close()


def test_preferences_stay_in_the_given_file(tmp_path: Path, preferences: Preferences) -> None:
    preferences.add_recent("/a.sqlite")
    preferences.add_recent("/b.sqlite")
    preferences.add_recent("/a.sqlite")
    preferences.sync()
    stored = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    assert Preferences(stored).recent_operations == ["/a.sqlite", "/b.sqlite"]
    stored.setValue("window/geometry", "not bytes")
    assert Preferences(stored).window_geometry.isEmpty()  # a damaged value falls back


def test_dropping_an_operation_file_opens_it(qtbot: Any, tmp_path: Path,
                                             preferences: Preferences, answers: Answers) -> None:
    path = tmp_path / "dropped.sqlite"
    open_operation(path, create=True).close()
    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    received: list[Any] = []
    main.files_dropped.connect(received.append)
    main.handle_dropped([path, tmp_path / "roster.xlsx"])
    assert main.operation is not None and main.operation.path == path
    assert received == [[tmp_path / "roster.xlsx"]]
    main.close()


def test_shortcuts_dialog_lists_the_actions(window: MainWindow, answers: Answers) -> None:
    shown: list[Any] = []
    answers.dialog = shown.append
    menu_item(window, window.actions_by_name["shortcuts"])
    table = shown[0].table
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "New operation" in names and "Undo" in names
    assert table.rowCount() >= 15


def test_screenshot_command_renders_the_window(tmp_path: Path, demo_operation: Operation,
                                               monkeypatch: Any) -> None:
    import sys
    import threading

    from ui.app import run

    # run() installs the program's exception hooks: give the next tests theirs back.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    shot = tmp_path / "window.png"
    assert run(str(demo_operation.path), shot) == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (shot.stat().st_mode & 0o777) == 0o600


def test_sidebar_click_switches_pages(qtbot: Any, window: MainWindow) -> None:
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        if item.text() == "Flights":
            rect = window.sidebar.visualItemRect(item)
            qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
    assert window.current_page() is window.pages["flights"]


def test_a_shared_server_operation_opens_and_is_remembered_without_password(
        qtbot: Any, postgres_url: str, preferences: Preferences, answers: Answers) -> None:
    from sqlalchemy.engine import make_url

    with open_operation(postgres_url, create=True).session() as session:
        demo.create(session, 12, seed=3)
    url = make_url(postgres_url).set(password="secret").render_as_string(hide_password=False)
    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    main.open_location(url)
    assert main.operation is not None and not main.operation.is_sqlite
    assert main.pages["roster"].model.rowCount() == 12  # type: ignore[attr-defined]
    assert "Shared database" in main.location_label.text()
    remembered = preferences.recent_operations[0]
    assert "secret" not in remembered and "***" not in remembered
    main.close()


def test_without_db_the_latest_operation_opens(tmp_path: Path, preferences: Preferences,
                                               monkeypatch: Any) -> None:
    import ui.app

    default = tmp_path / "default.sqlite"
    monkeypatch.setattr(ui.app, "default_database_path", lambda: default)
    latest = tmp_path / "latest.sqlite"
    open_operation(latest, create=True).close()
    preferences.recent_operations = [str(tmp_path / "gone.sqlite")]
    assert ui.app.starting_operation(preferences) is None  # welcome screen
    open_operation(default, create=True).close()
    assert ui.app.starting_operation(preferences) == str(default)
    preferences.recent_operations = [str(latest), str(default)]
    assert ui.app.starting_operation(preferences) == str(latest)



class _Laptop:
    """A screen of 1,280 x 800 with a 40 px taskbar, as the window asks it."""

    def availableGeometry(self) -> Any:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QRect

        return QRect(0, 0, 1280, 760)


def test_the_first_window_fits_a_1280_by_800_screen(
        qtbot: Any, demo_operation: Operation, preferences: Preferences,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On a 1,280 x 800 laptop the window opens within the screen's free area, frame
    included (it opened at 1,360 x 860, its edges off the screen); a large screen still
    gets 1,360 x 860."""
    from PySide6.QtCore import QSize

    from ui.main_window import FIRST_SIZE, FRAME_ALLOWANCE, first_size

    monkeypatch.setattr(MainWindow, "screen", lambda _self: _Laptop())
    main = MainWindow(demo_operation, preferences=preferences, tasks=SynchronousTaskRunner())
    main.detached = True
    qtbot.addWidget(main)
    size = main.size()
    assert size.width() + FRAME_ALLOWANCE.width() <= 1280
    assert size.height() + FRAME_ALLOWANCE.height() <= 760
    assert (main.x(), main.y()) == (0, 0)
    assert first_size(QSize(1920, 1040)) == FIRST_SIZE
    main.close()
