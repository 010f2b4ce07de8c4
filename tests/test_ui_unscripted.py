"""A dialog a test did not script fails that test with the dialog's title and text named:
it neither hangs the run nor passes silently (tests/unscripted.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QVBoxLayout

from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers
from tests.unscripted import Guard, UnscriptedDialog
from ui.dialogs import ask

ROOT = Path(__file__).resolve().parents[1]


def test_a_message_box_nobody_answers_is_named_by_title_and_text(
        qtbot: Any, no_unscripted_dialogs: Guard) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Possible duplicate",
                      "Register Siti anyway? It may be the same person as C-000001 Siti.")
    with pytest.raises(UnscriptedDialog) as raised:
        box.exec()
    assert str(raised.value) == (
        "unscripted dialog: QMessageBox 'Possible duplicate': Register Siti anyway? It may "
        "be the same person as C-000001 Siti.")
    with pytest.raises(UnscriptedDialog, match="getSaveFileName 'Save the report'"):
        QFileDialog.getSaveFileName(None, "Save the report", "sitrep.pdf")
    assert len(no_unscripted_dialogs.seen) == 2
    no_unscripted_dialogs.seen.clear()  # this test expected them


def test_a_dialog_the_answers_have_no_answer_for_fails(
        qtbot: Any, answers: Answers, no_unscripted_dialogs: Guard) -> None:
    """``Answers`` used to put an unscripted dialog away (reject) and let the test go on."""
    dialog = QDialog()
    dialog.setWindowTitle("Edit person")
    QVBoxLayout(dialog).addWidget(QLabel("Full name", dialog))
    with pytest.raises(UnscriptedDialog, match="QDialog 'Edit person': Full name"):
        ask.run_dialog(dialog)
    assert no_unscripted_dialogs.seen == ["QDialog 'Edit person': Full name"]
    no_unscripted_dialogs.seen.clear()


WALK_IN = '''
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from planner.db.models import Person
from tests.ui_support import *  # noqa: F403


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_walk_in(window, language):
    """A returning walk-in saved with Ctrl+Enter: the desk asks, and nobody scripted it."""
    with window.context.operation.session() as session:
        person = session.scalars(select(Person).where(Person.date_of_birth.is_not(None))
                                 .order_by(Person.id)).first()
        name, born = person.full_name, person.date_of_birth
    intake = window.pages["intake"]
    window.show_page("intake")
    QTest.keyClicks(intake.fields["full_name"], name)
    QTest.keyClicks(intake.fields["date_of_birth"], born.strftime("%d/%m/%Y"))
    assert intake.duplicates.count() >= 1
    QTest.keyClick(intake.fields["full_name"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
'''


def test_a_question_nobody_scripted_fails_the_test_naming_it_in_each_language(
        tmp_path: Path) -> None:
    """A test that saves a returning walk-in at the intake desk without answering the
    desk's question (a slot's dialog, under the program's exception hook) fails at once,
    the question's title and words in its message, in English and in Indonesian."""
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import *  # noqa: F403\n"
        "from tests.conftest import _settings_in_a_temporary_folder  # noqa: F401\n",
        encoding="utf-8")
    (tmp_path / "test_walk_in.py").write_text(textwrap.dedent(WALK_IN), encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--timeout", "120",
         "-o", "addopts=", str(tmp_path / "test_walk_in.py")],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300)
    took = time.monotonic() - started
    said = run.stdout + run.stderr
    assert run.returncode == 1, said[-3000:]
    assert "2 failed" in said, said[-3000:]
    assert took < 110, f"{took:.0f} s: a dialog waited instead of failing"
    for title, question in (("Possible duplicate", "anyway? It may be the same person as"),
                            ("Kemungkinan ganda", "Mungkin orang yang sama dengan")):
        assert f"unscripted dialog: QMessageBox '{title}': " in said, said[-3000:]
        assert question in said
