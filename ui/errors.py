"""Errors reach a person: expected problems as clear messages, bugs as a copyable report.

``ErrorReporter.handle(exc)`` is the one place that turns an exception into something
the officer sees:

- ``ConflictError`` (another officer changed the data): explained, with Reload;
- ``ValidationError``: each field and its problem, in the officer's language;
- any other ``PlannerError``, or a database failure a person can act on: its sentence;
- anything else is a bug: logged and shown in the crash report dialog.

``install_exception_hook`` routes uncaught exceptions of the GUI thread and of worker
threads to it. Reports and logs hold the exception's type and the program's stack
frames (file, line, function), never exception messages or variable values: those can
hold personal data (a database error quotes the row it failed on).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QTimer, Signal, qVersion
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.exc import SQLAlchemyError

from planner import __version__ as planner_version
from planner.db.engine import explain_database_error
from planner.errors import ConflictError, PlannerError
from planner.records.field_rules import ValidationError
from ui.dialogs import ask
from ui.i18n import tr
from ui.labels import validation_text
from ui.messages import QT_WORDS

log = logging.getLogger("evacplan.ui")
LOG_ENV = "EVACPLAN_LOG_DIR"


def crash_report(error: BaseException) -> str:
    """A report of a bug with no personal data: versions, exception types, stack frames."""
    lines = [
        f"evacplan {planner_version}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, exc in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}")
        for frame in traceback.extract_tb(exc.__traceback__):
            lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("planner", "ui", "solvers", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - list(reversed(parts)).index(anchor)
            return "/".join(parts[index:])
    return Path(filename).name


def log_dir() -> Path:
    override = os.environ.get(LOG_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir("evacplan",
                                                                           appauthor=False))


def add_file_logging() -> Path | None:
    """Log warnings and crash reports to an owner-only file; returns its path."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "evacplan.log"
        if not path.exists():
            path.touch(mode=0o600)
        os.chmod(path, 0o600)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


class ErrorReporter(QObject):
    """Shows errors to the officer; ``reload_requested`` when they choose Reload."""

    reload_requested = Signal()

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None,
                 log_file: Path | None = None) -> None:
        super().__init__()
        self._parent = parent_widget
        self.log_file = log_file
        self._showing_crash = False

    def handle(self, error: BaseException) -> None:
        parent = self._parent()
        if isinstance(error, ConflictError):
            text = tr("Another officer changed or deleted these records after you opened "
                      "them, so your change was not saved. Reload to see the current data, "
                      "then make your change again.")
            if ask.conflict(parent, text, error.text(QT_WORDS)):
                self.reload_requested.emit()
            return
        if isinstance(error, ValidationError):
            ask.warn(parent, tr("Cannot save"), tr("Please correct these fields:"),
                     validation_text(error))
            return
        if isinstance(error, PlannerError):  # in the program's language when it is a code
            ask.warn(parent, tr("Cannot do that"), error.text(QT_WORDS))
            return
        if isinstance(error, SQLAlchemyError):
            message = explain_database_error(error, QT_WORDS)
            if message is not None:
                ask.warn(parent, tr("Database problem"), message)
                return
        self.show_crash(error)

    def show_crash(self, error: BaseException) -> None:
        report = crash_report(error)
        log.error("Internal error\n%s", report)
        if self._showing_crash or QApplication.instance() is None:
            return
        self._showing_crash = True
        try:
            from ui.dialogs.exception_dialog import ExceptionDialog

            dialog = ExceptionDialog(report, str(self.log_file) if self.log_file else None,
                                     self._parent())
            ask.run_dialog(dialog)
        finally:
            self._showing_crash = False


def install_exception_hook(reporter: ErrorReporter) -> None:
    """Send uncaught exceptions, of the GUI thread and of other threads, to ``reporter``."""

    def on_gui_thread(kind: type[BaseException], error: BaseException,
                      tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        reporter.handle(error)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        error = args.exc_value
        if error is None:
            return
        # Show it on the GUI thread; a worker thread must not open windows.
        QTimer.singleShot(0, reporter, lambda: reporter.handle(error))

    sys.excepthook = on_gui_thread
    threading.excepthook = on_thread
