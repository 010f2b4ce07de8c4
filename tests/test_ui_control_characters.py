"""A control character pasted into a form (issue 18): the form names the field and the
character, and nothing is saved, on the desktop as on the command line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from sqlalchemy import func, select

from planner.db import Operation
from planner.db.models import Person
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, click, type_text
from ui.main_window import MainWindow


def _paste(editor: Any, text: str) -> None:
    """Paste ``text`` into ``editor`` as an officer does: clipboard, then Ctrl+V."""
    QGuiApplication.clipboard().setText(text)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_name_pasted_with_a_nul_is_refused_in_the_person_form(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    with demo_operation.session() as session:
        before = session.scalar(select(func.count()).select_from(Person))

    def answer(dialog: Any) -> None:
        name = dialog.form.editors["full_name"]
        assert isinstance(name, QLineEdit)
        _paste(name, "Siti\x00Aminah")
        QTest.keyClicks(dialog.form.editors["sex"], "F")
        type_text(dialog.form.editors["date_of_birth"], "17/05/1990")
        notes = dialog.form.editors["notes"]
        assert isinstance(notes, QLineEdit | QPlainTextEdit | QTextEdit)
        _paste(notes, "line one\nline\ttwo")  # line breaks and tabs are a note's own
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        problems.append(dialog.form.visible_problems())
        with demo_operation.session() as session:
            counts.append(session.scalar(select(func.count()).select_from(Person)))
        type_text(name, "Siti Aminah")  # typed again, without the NUL
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    problems: list[dict[str, str]] = []
    counts: list[int | None] = []
    answers.dialog = answer
    window.show_page("roster")
    click(window.pages["roster"].add_button)
    assert problems == [{"full_name": "Delete the hidden U+0000."}]
    assert counts == [before]  # nothing saved while the NUL was there
    with demo_operation.session() as session:
        saved = session.scalars(select(Person).where(Person.full_name == "Siti Aminah")).one()
        assert saved.notes == "line one\nline\ttwo"
