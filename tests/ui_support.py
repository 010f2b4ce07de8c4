"""Fixtures and helpers of the desktop program's tests (imported by tests/test_ui_*.py).

Windows run with a ``SynchronousTaskRunner`` (loads finish before the call returns) and
preferences on a temporary ini file; modal prompts are answered by replacing the
functions of ``ui.dialogs.ask``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox, QWidget

from planner import demo
from planner.db import Operation
from ui.dialogs import ask
from ui.dialogs.record_form import RecordDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.tasks import SynchronousTaskRunner


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the test run: fail at once instead."""
    def refuse(self: QDialog) -> int:
        raise AssertionError(f"a modal {type(self).__name__} opened without a scripted answer")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_operation(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        demo.create(session, 150, seed=2)
    return sqlite_operation


@pytest.fixture
def window(qtbot: Any, demo_operation: Operation, preferences: Preferences) -> Iterator[MainWindow]:
    main = MainWindow(demo_operation, preferences=preferences, tasks=SynchronousTaskRunner())
    main.detached = True  # the fixture closes the operation
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


class Answers:
    """Scripted answers to the program's prompts; records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str]] = []
        #: The details (the whole list) behind each question asked.
        self.confirm_details: list[str | None] = []
        self.confirm_answer = True
        self.conflict_answer = True
        self.open_file: Path | None = None
        self.save_file: Path | None = None
        #: Called with each dialog instead of running it modally.
        self.dialog: Callable[[QDialog], None] = lambda dialog: dialog.reject()
        monkeypatch.setattr(ask, "confirm", self._confirm)
        monkeypatch.setattr(ask, "inform", self._note("inform"))
        monkeypatch.setattr(ask, "warn", self._note("warn"))
        monkeypatch.setattr(ask, "conflict", self._conflict)
        monkeypatch.setattr(ask, "open_file", lambda *a, **k: self.open_file)
        monkeypatch.setattr(ask, "save_file", lambda *a, **k: self.save_file)
        monkeypatch.setattr(ask, "run_dialog", self._run_dialog)

    def _confirm(self, parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> bool:
        self.asked.append(("confirm", text))
        self.confirm_details.append(kwargs.get("details"))
        return self.confirm_answer

    def _note(self, kind: str) -> Callable[..., None]:
        def note(parent: Any, title: str, text: str, details: str | None = None) -> None:
            self.asked.append((kind, f"{title}: {text} {details or ''}".strip()))
        return note

    def _conflict(self, parent: Any, text: str, details: str | None = None) -> bool:
        self.asked.append(("conflict", f"{text} {details or ''}"))
        return self.conflict_answer

    def _run_dialog(self, dialog: QDialog) -> int:
        self.dialog(dialog)
        return dialog.result()

    def fill_and_save(self, values: dict[str, Any]) -> None:
        """Answer the next form dialogs by setting ``values`` and pressing Save."""
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, RecordDialog)
            for name, value in values.items():
                dialog.form.set_value(name, value)
                dialog.form.changed.emit(name)
            dialog.try_save()
        self.dialog = answer


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def click_row(view: QAbstractItemView, row: int, column: int = 0,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Click a table's row as the officer does: the mouse on the row's rectangle."""
    model = view.model()
    assert 0 <= row < model.rowCount(), f"row {row} of {model.rowCount()}"
    index = model.index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center()), \
        "the row is not on the screen"
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click(widget: QWidget) -> None:
    """Press a button with the mouse (it must be enabled to do anything)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(widget: QWidget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed while ``widget`` has the keyboard."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(widget, key, modifier)


__all__ = ["Answers", "answers", "click", "click_row", "demo_operation",
           "no_unanswered_dialogs", "preferences", "press", "window"]


def print_to(path: Path) -> Callable[[Any], int]:
    """A stand-in for ``QPrintPreviewDialog.exec``: the officer prints, to the PDF ``path``."""
    from PySide6.QtPrintSupport import QPrinter

    def print_to_file(dialog: Any) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(dialog.printer().pageLayout())
        dialog.paintRequested.emit(printer)
        return int(QDialog.DialogCode.Accepted.value)

    return print_to_file
