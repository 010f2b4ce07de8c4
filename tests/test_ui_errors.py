"""ui/errors.py: each kind of error reaches the officer the right way, and crash reports
and logs never hold personal data."""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy.exc import IntegrityError

from planner.errors import ConflictError, PlannerError
from planner.records.field_rules import FieldIssue, ValidationError
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, click
from ui.dialogs.exception_dialog import ExceptionDialog
from ui.errors import ErrorReporter, crash_report, install_exception_hook
from ui.i18n import languages

PERSONAL = "Siti Rahayu B1234567"


def leak() -> None:
    raise IntegrityError("INSERT INTO persons ...", {"full_name": PERSONAL}, Exception(PERSONAL))


def test_crash_report_names_code_not_data() -> None:
    try:
        try:
            leak()
        except IntegrityError as error:
            raise RuntimeError(f"while saving {PERSONAL}") from error
    except RuntimeError as error:
        report = crash_report(error)
    assert "sqlalchemy.exc.IntegrityError" in report and "builtins.RuntimeError" in report
    assert "tests/test_ui_errors.py" in report or "test_ui_errors.py" in report
    assert "in leak" in report
    for part in PERSONAL.split():
        assert part not in report


def test_a_bug_is_logged_without_data_and_shown_with_a_copyable_report(
        qtbot: Any, answers: Answers, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[Any] = []
    answers.dialog = shown.append
    reporter = ErrorReporter()
    with caplog.at_level(logging.ERROR):
        try:
            leak()
        except IntegrityError as error:
            reporter.handle(error)
    dialog = shown[0]
    assert isinstance(dialog, ExceptionDialog)
    click(dialog.copy_button)
    assert QGuiApplication.clipboard().text() == dialog.report
    assert "IntegrityError" in caplog.text and "Siti" not in caplog.text


def test_expected_problems_are_messages(answers: Answers) -> None:
    reporter = ErrorReporter()
    reporter.handle(PlannerError("The file roster.xlsx is not a workbook"))
    reporter.handle(ValidationError("person", {"full_name": FieldIssue("required")}))
    assert answers.asked[0] == ("warn", "Cannot do that: The file roster.xlsx is not a workbook")
    assert answers.asked[1][0] == "warn" and "Full name: Required." in answers.asked[1][1]


def test_a_coded_error_is_shown_in_the_programs_language(answers: Answers) -> None:
    """An error made as a code with facts (PlannerError.of) reads in the desktop's language;
    its message (logs) stays English."""
    error = PlannerError.of("record_in_use", kind="flight", key="QZ 1 2026-03-05",
                            uses=[{"code": "uses_plans", "count": 2}])
    conflict = ConflictError.of("record_changed", kind="person", key="C-000001")
    languages.install("id")
    try:
        reporter = ErrorReporter()
        reporter.handle(error)
        reporter.handle(conflict)
    finally:
        languages.install("en")
    assert answers.asked[0] == (
        "warn", "Tidak dapat dilakukan: Data penerbangan QZ 1 2026-03-05 tidak dapat dihapus "
                "karena dirujuk oleh 2 rencana tersimpan; ubah saja statusnya menjadi "
                "dibatalkan")
    assert answers.asked[1][0] == "conflict" and "C-000001 diubah petugas lain" in \
        answers.asked[1][1]
    assert str(error) == ("The flight QZ 1 2026-03-05 cannot be deleted because 2 stored "
                          "plans refer to it; set its status to cancelled instead")


def test_a_conflict_offers_reload(answers: Answers) -> None:
    reporter = ErrorReporter()
    reloads: list[bool] = []
    reporter.reload_requested.connect(lambda: reloads.append(True))
    reporter.handle(ConflictError("The person C-000001 was changed by another officer"))
    assert answers.asked[0][0] == "conflict" and reloads == [True]
    answers.conflict_answer = False
    reporter.handle(ConflictError("again"))
    assert reloads == [True]


def test_the_hook_catches_gui_and_worker_thread_exceptions(qtbot: Any, answers: Answers) -> None:
    handled: list[BaseException] = []

    class Recorder(ErrorReporter):
        def handle(self, error: BaseException) -> None:
            handled.append(error)

    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    try:
        install_exception_hook(Recorder())
        sys.excepthook(ValueError, ValueError("gui"), None)
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(handled) == 2, timeout=5000)
    finally:
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
    assert isinstance(handled[0], ValueError) and isinstance(handled[1], ZeroDivisionError)
