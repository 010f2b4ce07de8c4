"""Starting the desktop program: the application object, language, error handling, window.

``run(db)`` opens the program: on ``db`` when given (a mistake there is a one-line
error from ``evacplan gui``, exit 1), else on the most recent operation, else on the
welcome screen. With ``screenshot`` it renders the window once the tables are loaded,
saves it and exits.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from planner.db import Operation, open_operation
from planner.db.engine import default_database_path
from planner.errors import PlannerError
from planner.protection import audit
from planner.protection.files import atomic_output
from ui.i18n import languages, system_language
from ui.preferences import Preferences

if TYPE_CHECKING:  # imported when the first window is made (Qt widgets load then)
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("evacplan")
        QCoreApplication.setApplicationName("Evacuation planner")
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    return app


class DesktopProgram:
    """Owns the main window; rebuilds it when the officer changes the language."""

    def __init__(self, preferences: Preferences | None = None) -> None:
        from ui.errors import ErrorReporter, add_file_logging, install_exception_hook

        self.preferences = preferences if preferences is not None else Preferences()
        languages.install(self.preferences.language or system_language())
        self.window = self._new_window(None)
        log_file = add_file_logging() if "PYTEST_CURRENT_TEST" not in os.environ else None
        self.reporter = ErrorReporter(lambda: self.window, log_file)
        install_exception_hook(self.reporter)

    def _new_window(self, operation: Operation | None) -> MainWindow:
        from ui.main_window import MainWindow

        window = MainWindow(operation, preferences=self.preferences)
        window.on_language_changed = self.change_language
        return window

    def change_language(self, language: str) -> None:
        """Install ``language`` and show a new window on the same operation."""
        from ui.main_window import MainWindow

        old = self.window
        assert isinstance(old, MainWindow)
        languages.install(language)
        operation = old.detach_operation()
        page = old.preferences.current_page
        old.close()
        old.deleteLater()
        self.window = self._new_window(operation)
        assert isinstance(self.window, MainWindow)
        self.window.show_page(page)
        self.window.show()


def run(db: str | None, screenshot: Path | None = None) -> int:
    """Open the program on the operation ``db``; with ``screenshot``, save the window and exit."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    operation = open_operation(db) if db else None  # a bad --db is the command's error
    app = application()
    from ui.main_window import MainWindow

    scratch = tempfile.TemporaryDirectory(prefix="evacplan-shot-") if screenshot else None
    # A screenshot leaves the officer's preferences (recent files, window) untouched.
    preferences = Preferences(QSettings(str(Path(scratch.name) / "preferences.ini"),
                                        QSettings.Format.IniFormat)) if scratch else None
    program = DesktopProgram(preferences)
    window = program.window
    assert isinstance(window, MainWindow)
    if operation is None and screenshot is None:
        start = starting_operation(program.preferences)
        if start is not None:
            window.open_location(start)
    elif operation is not None:
        window.set_operation(operation)
    if screenshot is not None:
        try:
            window.show()
            wait_until_loaded(window)
            # The window shows names: the picture is owner-only like every output, and
            # recorded in the audit log before it appears under its name (SPEC 7).
            with atomic_output(screenshot, _screenshot_recorder(operation, screenshot)) \
                    as temp:
                if not window.grab().save(str(temp), "PNG"):
                    raise PlannerError.of("screenshot_not_written", path=str(screenshot))
            where = operation.display_name if operation is not None else window.windowTitle()
            print(f"Saved a screenshot of {where} to {screenshot} (readable by you only: "
                  "it shows the operation's records)")
            return 0
        finally:
            window.close()
            if scratch is not None:
                scratch.cleanup()
    window.show()
    return app.exec()


def _screenshot_recorder(operation: Operation | None,
                         target: Path) -> Callable[[Path], None] | None:
    """The hook that records a screenshot of ``operation`` before it appears (none without
    an operation: the welcome screen shows nothing personal)."""
    if operation is None:
        return None

    def record(_part: Path) -> None:
        with operation.session() as session:
            audit.record(session, "export", "screenshot", None,
                         {"format": "png", "file": target.name,
                          "path": str(target.absolute())})

    return record


def starting_operation(preferences: Preferences) -> str | None:
    """Without ``--db``: the most recent operation file that still exists, else the
    default operation file of ``evacplan`` when there is one, else None (welcome screen)."""
    recent = preferences.recent_operations
    if recent and "://" not in recent[0] and Path(recent[0]).exists():
        return recent[0]
    default = default_database_path()
    return str(default) if default.exists() else None


def wait_until_loaded(window: object, timeout_s: float = 120.0) -> None:
    """Let background loads finish (for screenshots and benchmarks)."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert app is not None
        app.processEvents()
        if not window.context.tasks.running:
            break
        time.sleep(0.01)
    assert app is not None
    for _ in range(3):
        app.processEvents()
