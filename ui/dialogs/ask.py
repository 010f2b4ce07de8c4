"""Questions and messages to the officer: every modal prompt of the program goes through
these functions, so that tests answer them by monkeypatching one name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget

from ui.i18n import tr


def run_dialog(dialog: QDialog) -> int:
    """Run a dialog modally; tests replace this to fill in and answer the dialog."""
    return dialog.exec()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         details: str | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(box.textFormat().PlainText)
    if details:
        box.setInformativeText(details)
    return box


def confirm(parent: QWidget | None, title: str, text: str, action: str,
            destructive: bool = False, details: str | None = None) -> bool:
    """Ask before doing ``action`` (the button's words); True when the officer agrees.
    ``details``: the whole list behind the question (a "Show Details" box)."""
    box, yes = confirm_box(parent, title, text, action, destructive, details)
    box.exec()
    return box.clickedButton() is yes


def confirm_box(parent: QWidget | None, title: str, text: str, action: str,
                destructive: bool = False,
                details: str | None = None) -> tuple[QMessageBox, QAbstractButton]:
    """The box ``confirm`` runs, and its button that agrees (to measure or look at it)."""
    box = _box(parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
               title, text)
    if details:
        box.setDetailedText(details)
        # A list of households reads one a line: room for it (Qt's message box is narrow).
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    return box, yes


def choose(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]],
           safe: str) -> str:
    """Ask which of ``choices`` (each: its answer, its button's words with an & before the
    letter that presses it) to take; returns the answer. ``safe`` is the answer of Enter
    and Escape (and of closing the box): the one that changes nothing."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    buttons = {}
    for answer, words in choices:
        role = QMessageBox.ButtonRole.RejectRole if answer == safe \
            else QMessageBox.ButtonRole.AcceptRole
        buttons[answer] = box.addButton(words, role)
    box.setDefaultButton(buttons[safe])
    box.setEscapeButton(buttons[safe])
    box.exec()
    return next((a for a, b in buttons.items() if b is box.clickedButton()), safe)


def inform(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, details)
    box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.addButton(tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def conflict(parent: QWidget | None, text: str, details: str | None = None) -> bool:
    """Another officer changed the data: explain, and offer to reload. True = reload."""
    box = _box(parent, QMessageBox.Icon.Warning, tr("Changed by another officer"), text, details)
    reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None
