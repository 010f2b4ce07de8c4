"""Starting the desktop program: the application object, error handling, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from planner.db import open_operation

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
        QCoreApplication.setOrganizationName("evacplan")
        QCoreApplication.setApplicationName("Evacuation planner")
    assert isinstance(app, QApplication)
    return app


def run(db: str | None, screenshot: Path | None = None) -> int:
    """Open the program on the operation ``db``; with ``screenshot``, save the window and exit."""
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    operation = open_operation(db)
    app = application()
    from ui.main_window import MainWindow

    window = MainWindow(operation)
    try:
        if screenshot is not None:
            window.show()
            app.processEvents()
            from planner.errors import PlannerError
            from planner.files import atomic_output

            # the window shows names: the picture is owner-only like every output (SPEC 7)
            with atomic_output(screenshot) as temp:
                if not window.grab().save(str(temp), "PNG"):
                    raise PlannerError(f"Cannot write the screenshot {screenshot}")
            print(f"Saved a screenshot of {operation.display_name} to {screenshot}")
            return 0
        window.show()
        return app.exec()
    finally:
        window.close()
        operation.close()
