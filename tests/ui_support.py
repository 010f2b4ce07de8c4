"""Fixtures and helpers of the desktop program's tests (imported by tests/test_ui_*.py).

Windows run with a ``SynchronousTaskRunner`` (loads finish before the call returns) and
preferences on a temporary ini file; modal prompts are answered by replacing the
functions of ``ui.dialogs.ask``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from planner import demo
from planner.db import Operation
from tests.unscripted import Guard
from ui.dialogs import ask
from ui.dialogs.record_form import RecordDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.tasks import SynchronousTaskRunner
from ui.widgets.date_fields import MomentField, moment_text


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

    def __init__(self, monkeypatch: pytest.MonkeyPatch, guard: Guard | None = None) -> None:
        self.guard = guard or Guard()
        self.asked: list[tuple[str, str]] = []
        #: The details (the whole list) behind each question asked.
        self.confirm_details: list[str | None] = []
        self.confirm_answer = True
        self.conflict_answer = True
        self.open_file: Path | None = None
        self.save_file: Path | None = None
        #: Every dialog run, in order (a form's problems can be read after Save).
        self.dialogs: list[QDialog] = []
        #: Called with each dialog instead of running it modally; none set, a dialog fails
        #: the test naming its title and words (tests/unscripted.py).
        self.dialog: Callable[[QDialog], None] = self._unscripted
        monkeypatch.setattr(ask, "confirm", self._confirm)
        monkeypatch.setattr(ask, "inform", self._note("inform"))
        monkeypatch.setattr(ask, "warn", self._note("warn"))
        monkeypatch.setattr(ask, "conflict", self._conflict)
        monkeypatch.setattr(ask, "open_file", lambda *a, **k: self.open_file)
        monkeypatch.setattr(ask, "save_file", lambda *a, **k: self.save_file)
        monkeypatch.setattr(ask, "run_dialog", self._run_dialog)

    def _unscripted(self, dialog: QDialog) -> None:
        raise self.guard.refuse_dialog(dialog)

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
        self.dialogs.append(dialog)
        self.dialog(dialog)
        return dialog.result()

    def fill_and_save(self, values: dict[str, Any]) -> None:
        """Answer the next form dialogs as the officer does: the dialog on the screen,
        each of ``values`` typed into its box, chosen in its list or ticked, then a click
        on Save. A dialog that Save did not close (the values were refused) is put away."""
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, RecordDialog)
            before = QApplication.activeWindow()
            show(dialog)
            for name, value in values.items():
                enter(dialog.form.editors[name], value)
            click(dialog.save_button)
            dialog.hide()
            if before is not None:  # the keyboard back to the window, as after exec
                before.activateWindow()
                QTest.qWaitForWindowActive(before)
        self.dialog = answer


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, no_unscripted_dialogs: Guard) -> Answers:
    return Answers(monkeypatch, no_unscripted_dialogs)


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


def show(dialog: QDialog) -> None:
    """Put a dialog on the screen as ``exec`` would, and give it the keyboard."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog), "the dialog did not become the active window"
    QApplication.processEvents()


def type_text(editor: QWidget, text: str) -> None:
    """Click into a box (a line, a number box, a text area, a date field), select what it
    holds and type ``text`` over it; an empty ``text`` deletes what it held."""
    box: QWidget = editor.edit if isinstance(editor, MomentField) else editor
    if isinstance(box, QAbstractSpinBox):
        box = box.lineEdit()
    target = box.viewport() if isinstance(box, QPlainTextEdit) else box
    assert box.isEnabled(), f"{type(editor).__name__} is disabled: nothing can be typed"
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(5, target.height() // 2))
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(box, text)
    else:
        QTest.keyClick(box, Qt.Key.Key_Delete)


def choose(combo: QComboBox, data: Any = None, *, text: str | None = None,
           at: int | None = None) -> None:
    """Open a drop-down list with a click, go to the item whose data is ``data`` (or whose
    words are ``text``, or the item ``at``) with the arrow keys and take it with Enter. (A
    click on the open list's row is ignored for the double-click interval after it opens:
    Qt's guard against the opening click choosing an item.)"""
    index = (at if at is not None else combo.findText(text) if text is not None
             else combo.findData(data))
    assert index < combo.count(), f"no item {index} in a list of {combo.count()}"
    assert index >= 0, (f"no item {text if text is not None else data!r} in the list: "
                        f"{[combo.itemText(i) for i in range(combo.count())]}")
    assert combo.isEnabled(), "the list is disabled"
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    assert view.isVisible(), "the list did not open"
    at = view.currentIndex().row()
    key = Qt.Key.Key_Down if index > at else Qt.Key.Key_Up
    for _ in range(abs(index - at)):
        QTest.keyClick(view, key)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.isVisible() and combo.currentIndex() == index, \
        f"item {index} was chosen, the list shows item {combo.currentIndex()}"


def tick(check: QAbstractButton, on: bool = True) -> None:
    """Click a check box until it is ticked (``on``) or not."""
    if check.isChecked() != on:
        click(check)
    assert check.isChecked() == on


def tick_in_menu(button: QPushButton | QToolButton, action: QAction, on: bool = True) -> None:
    """Open a button's menu with a click and click one of its checkable items, until the
    item is ticked (``on``) or not."""
    if action.isChecked() == on:
        return
    menu = button.menu()
    assert menu is not None, "the button has no menu"
    clicked: list[bool] = []
    watch = QTimer()
    watch.setInterval(10)

    def click_item() -> None:  # the menu may run its own event loop until it closes
        if menu.isVisible() and not clicked:
            watch.stop()
            clicked.append(True)
            rect = menu.actionGeometry(action)
            assert rect.isValid(), f"{action.text()!r} is not in the menu"
            QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             rect.center())

    watch.timeout.connect(click_item)
    watch.start()
    click(button)
    for _ in range(200):
        if clicked and not menu.isVisible():
            break
        QTest.qWait(10)
    watch.stop()
    assert clicked, "the menu did not open"
    assert action.isChecked() == on


def open_tab(tabs: QTabWidget, page: QWidget) -> None:
    """Click a tab's title, as the officer does."""
    bar = tabs.tabBar()
    index = tabs.indexOf(page)
    assert index >= 0, "no such tab"
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def enter(editor: QWidget, value: Any) -> None:
    """Give a form field ``value`` as the officer does: typed (a date year first, as the
    field shows it), chosen in its list, or ticked."""
    if isinstance(editor, QComboBox):
        choose(editor, "" if value is None else str(value))
    elif isinstance(editor, QAbstractButton):
        tick(editor, bool(value))
    elif isinstance(value, dt.date):
        type_text(editor, moment_text(value))
    else:
        type_text(editor, "" if value is None else str(value))


def menu_item(window: QMainWindow, action: QAction) -> None:
    """Choose ``action`` as the officer does: a click on the title of the menu bar's menu
    that holds it (File, Edit, View, Help, or a menu inside one), then on the item. An item
    that is in no menu, hidden or disabled fails: the officer could not choose it."""
    assert window.isVisible(), "the window is not on the screen"
    path = _menu_path(window.menuBar().actions(), action)
    assert path, f"{action.text()!r} is in none of the window's menus"
    assert action.isVisible() and action.isEnabled(), f"{action.text()!r} is greyed out"
    bar = window.menuBar()
    top = path[0]
    # The pointer goes to the title first: a menu ignores a release where the pointer was
    # when it opened (Qt's guard against the opening click choosing an item)
    title = bar.actionGeometry(top.menuAction()).center()
    QTest.mouseMove(bar, title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, title)
    for menu, item in zip(path, [*(m.menuAction() for m in path[1:]), action], strict=True):
        assert _wait_for(menu.isVisible), f"the menu {menu.title()!r} did not open"
        rect = menu.actionGeometry(item)
        assert rect.isValid(), f"{item.text()!r} is not on the menu {menu.title()!r}"
        QTest.mouseMove(menu, rect.center())
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         rect.center())
    assert _wait_for(lambda: not top.isVisible()), "the menu stayed open"


def _wait_for(condition: Callable[[], bool], ms: int = 2000) -> bool:
    """Let Qt run until ``condition`` holds (True) or ``ms`` have passed (False)."""
    for _ in range(ms // 10):
        if condition():
            return True
        QTest.qWait(10)
    return condition()


def _menu_path(entries: list[QAction], action: QAction) -> list[QMenu]:
    """The menus, outermost first, that lead from the menu bar's ``entries`` to ``action``."""
    for entry in entries:
        menu = entry.menu()
        if menu is None:
            continue
        if action in menu.actions():
            return [menu]
        inner = _menu_path(menu.actions(), action)
        if inner:
            return [menu, *inner]
    return []


def shortcut(window: QWidget, action: QAction) -> None:
    """Press ``action``'s first shortcut in ``window`` (where the keyboard is), as the
    officer does; the action must have one."""
    keys = action.shortcuts()
    assert keys, f"{action.text()!r} has no shortcut"
    combination = keys[0][0]
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def click_dialog_button(dialog: QDialog, role: QDialogButtonBox.ButtonRole) -> None:
    """Put ``dialog`` on the screen and click with the mouse its button of ``role``
    (AcceptRole: Save, OK, Print; RejectRole: Cancel, Close)."""
    show(dialog)
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == role and button.isVisible():
                assert button.isEnabled(), f"{button.text()!r} is greyed out"
                click(button)
                return
    raise AssertionError(f"{type(dialog).__name__} has no visible {role.name} button")


def answer_print_dialog(dialog: QDialog, path: Path) -> None:
    """Answer Qt's print dialog as the officer does where no printer is installed ("Print to
    File (PDF)"): the file's name typed in its box, then a click on Print."""
    from PySide6.QtPrintSupport import QPrintDialog

    assert isinstance(dialog, QPrintDialog), type(dialog).__name__
    show(dialog)
    box = dialog.findChild(QLineEdit, "filename")
    assert box is not None and box.isVisible(), "the print dialog shows no file name box"
    type_text(box, str(path))
    click_dialog_button(dialog, QDialogButtonBox.ButtonRole.AcceptRole)


def print_from_preview(dialog: QDialog, path: Path) -> None:
    """In a print preview, click the toolbar's Print button and answer the print dialog it
    opens (its own modal loop) with ``answer_print_dialog`` to ``path``."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    assert isinstance(dialog, QPrintPreviewDialog), type(dialog).__name__
    show(dialog)
    words = QApplication.translate("QPrintPreviewDialog", "Print")  # the toolbar's tip
    button = next(b for b in dialog.findChildren(QToolButton)
                  if b.defaultAction() is not None and b.defaultAction().text() == words)
    answered: list[bool] = []

    def answer() -> None:  # the print dialog runs its own event loop until answered
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QPrintDialog) and modal.isVisible() and not answered:
            answered.append(True)
            answer_print_dialog(modal, path)
        elif not answered:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    click(button)
    assert answered, "the preview's Print button opened no print dialog"


def close_with_escape(dialog: QDialog) -> None:
    """Put the dialog away as the officer does: Escape (Qt's Cancel for every dialog)."""
    show(dialog)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


__all__ = ["Answers", "answer_print_dialog", "answers", "choose", "click",
           "click_dialog_button", "click_row", "close_with_escape", "demo_operation", "enter",
           "menu_item", "open_tab", "preferences", "press",
           "print_from_preview", "shortcut", "show", "tick", "tick_in_menu", "type_text",
           "window"]


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


def narrowest_window(qtbot: Any, window: MainWindow, preferences: Preferences,
                     screen: str) -> MainWindow:
    """Another window on ``window``'s operation, in the language installed, at its least
    size, with ``screen`` (its name in the list of screens) opened by a click on it."""
    main = MainWindow(window.context.operation, preferences=preferences,
                      tasks=SynchronousTaskRunner())
    main.detached = True
    qtbot.addWidget(main)
    main.show()
    main.resize(main.minimumSizeHint())
    click_screen(main, screen)
    return main


def click_screen(window: MainWindow, screen: str) -> None:
    """Open ``screen`` (its name in the list of screens) by a click on its row, as the
    officer does."""
    item = next(window.sidebar.item(row) for row in range(window.sidebar.count())
                if window.sidebar.item(row).text() == screen)
    QTest.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(item).center())
