"""The Plan screen says what the command line says when the time limit cannot hold.

The planning service reports once, before solving, that reading, checking and storing the
plan and the solver's least share take longer than the officer's time limit
(``BudgetNotice``). The command line prints it; the desktop showed nothing of it (its
stage tile knows only the stages it names). It now shows a warning line under the options
until the next solve, and the outcome says it again with the solver's and the whole
job's seconds. The tests type the limit and click Solve; the notice is made certain by
the estimate's constants, not by the machine's speed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import solvers.solve
import ui.pages.plan_page
from planner import demo
from planner.db import Operation, open_operation
from planner.planning import service
from planner.planning.child import solve_and_store_in_child
from planner.planning.service import READING_STAGE, BudgetNotice, PlanningOptions
from planner.words.render import decimal_text, render
from solvers.solution import Progress
from tests.test_ui_plan import background_plan_page, type_limit
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from ui.messages import QT_WORDS
from ui.plan_words import number
from ui.preferences import Preferences

WAIT_MS = 120_000


@pytest.fixture
def planner_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner in the window's process, on its background thread (as the child's
    module does for an operation a second process cannot open), so that the constants a
    test sets reach it. The real service, not a stand-in."""
    monkeypatch.setattr(ui.pages.plan_page, "solve_and_store_in_child",
                        service.solve_and_store)


#: What the notice and the outcome say in each language, with the budget's figures.
NOTICE = {
    "en": "The time limit of 5 s cannot hold: {persons} persons take about {work} s to "
          "read, check and store, and the planner needs at least 30 s more, about {needed} "
          "s in all. The planner goes on and takes longer than the limit; to plan within "
          "it, set at least {needed} s.",
    "id": "Batas waktu 5 dtk tidak cukup: {persons} orang perlu sekitar {work} dtk untuk "
          "dibaca, diperiksa, dan disimpan, dan perencana perlu paling sedikit 30 dtk lagi, "
          "sekitar {needed} dtk seluruhnya. Perencana tetap bekerja dan melewati batas itu; "
          "agar selesai di dalamnya, atur paling sedikit {needed} dtk.",
}
COULD_NOT_HOLD = {
    "en": "As the planner said before it began, a time limit of 5 s is too short for this "
          "operation (it estimated about {needed} s); set a longer one to plan within it.",
    "id": "Seperti dikatakan perencana sebelum mulai, batas waktu 5 dtk terlalu singkat untuk "
          "operasi ini (perkiraannya sekitar {needed} dtk); atur batas yang lebih panjang agar "
          "selesai di dalamnya.",
}
CLOCKS = {
    "en": "The planner took {job} s in all, the solver {solver} s of them (exact method).",
    "id": "Perencana memakai {job} dtk seluruhnya, pemecah {solver} dtk di antaranya (metode "
          "eksak).",
}


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_a_time_limit_that_cannot_hold_is_said_on_the_plan_screen_until_the_next_solve(
        qtbot: Any, demo_operation: Operation, preferences: Preferences,
        monkeypatch: pytest.MonkeyPatch, planner_here: None, language: str) -> None:
    # The solver's least share alone is 30 s, over any limit of 5 s on any machine (the
    # operation of 150 persons is planned in a few seconds all the same).
    monkeypatch.setattr(service, "MIN_SOLVER_SECONDS", 30.0)
    window, page = background_plan_page(qtbot, demo_operation, preferences)
    assert not page.notice.isVisible()
    type_limit(page, 5)
    qtbot.mouseClick(page.solve_button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    reports: list[Progress] = []
    page.task.partial_result.connect(reports.append)
    qtbot.waitUntil(page.notice.isVisible, timeout=WAIT_MS)
    # The operation is read: the Working on tile no longer says Reading.
    assert page.tiles.tiles["stage"].value.text() != {"en": "Reading", "id": "Membaca"}[language]
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT_MS)

    notices = [r for r in reports if isinstance(r, BudgetNotice)]
    # Once, before solving: after the reading's report, the first of the job.
    assert reports[0].stage == READING_STAGE
    assert len(notices) == 1 and reports[1] is notices[0]
    budget = notices[0].budget
    assert not budget.fits and budget.limit == 5 and round(budget.solver) == 30
    said = NOTICE[language].format(persons=budget.persons, work=budget.work,
                                   needed=budget.needed)
    # Not overwritten by the reports after it: it stays once the plan is stored.
    assert page.notice.isVisible() and page.notice.text() == said
    summary = page.last_summary
    assert summary is not None and summary.method == "exact"
    # The outcome gives both clocks, as the command line's summary does, and the notice.
    job = reports[-1].elapsed  # the job's last report: the plan is stored
    lines = page.outcome_label.text().splitlines()
    assert lines[1] == CLOCKS[language].format(
        solver=decimal_text(summary.solve_seconds, QT_WORDS, 1),
        job=decimal_text(job, QT_WORDS, 1))
    assert lines[2] == COULD_NOT_HOLD[language].format(needed=budget.needed)
    # The Elapsed tile says the whole job's seconds, which the limit counts, in red over it.
    tile = page.tiles.tiles["elapsed"]
    assert tile.value.text() == f"{number(round(job, 1))} " + (
        "s" if language == "en" else "dtk")
    assert ("color: #b3261e" in tile.value.styleSheet()) == (job > 5)

    # The next solve, with a limit that holds, starts without the warning, and none comes.
    monkeypatch.setattr(service, "MIN_SOLVER_SECONDS", 1.0)
    type_limit(page, 120)
    qtbot.mouseClick(page.solve_button, Qt.MouseButton.LeftButton)
    assert not page.notice.isVisible() and page.notice.text() == ""
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT_MS)
    assert page.last_summary is not None and page.last_summary.plan_id > summary.plan_id
    assert not page.notice.isVisible()
    lines = page.outcome_label.text().splitlines()
    assert lines[1].startswith(CLOCKS[language].split("{job}")[0])
    assert COULD_NOT_HOLD[language].split(",")[0] not in page.outcome_label.text()
    window.close()


def test_the_planners_process_sends_the_notice_with_its_figures(tmp_path: Path) -> None:
    """The desktop's planner runs in a process of its own: the notice crosses the pipe
    with its figures. A limit of a millisecond cannot hold on any machine (the solver's
    least share alone is a second); the solve is cancelled once the notice is in."""
    operation = open_operation(tmp_path / "operation.sqlite", create=True)
    try:
        with operation.session() as session:
            demo.create(session, 150, seed=2)
        reports: list[Progress] = []
        solve_and_store_in_child(operation, PlanningOptions(time_limit=0.001),
                                 reports.append,
                                 lambda: any(isinstance(r, BudgetNotice) for r in reports))
    finally:
        operation.close()
    assert reports[0].stage == READING_STAGE
    first = reports[1]
    assert isinstance(first, BudgetNotice)
    assert first.budget.limit == 0.001 and not first.budget.fits
    assert first.budget.solver >= service.MIN_SOLVER_SECONDS
    assert first.budget.persons == 150
    assert first.stage == first.budget.notice()  # one reason, said by each reader
    assert render(first.stage).startswith("The time limit of 0.001 s cannot hold: 150 "
                                          "persons take about ")
    assert [r for r in reports[2:] if isinstance(r, BudgetNotice)] == []


def test_an_operation_the_exact_method_cannot_plan_in_the_limit_gets_the_scaled_one(
        qtbot: Any, demo_operation: Operation, preferences: Preferences,
        monkeypatch: pytest.MonkeyPatch, planner_here: None) -> None:
    """The exact method refuses what it cannot plan in its time limit (``ExactTooLarge``,
    the command line's "use the scaled method (--method scaled)"); the desktop asks for
    no method, so the planner picks the scaled one and says so: no refusal reaches the
    officer. As if the exact method did one class and flight a second."""
    monkeypatch.setattr(solvers.solve, "EXACT_CLASS_FLIGHTS_PER_SECOND", 1)
    window, page = background_plan_page(qtbot, demo_operation, preferences)
    type_limit(page, 20)
    qtbot.mouseClick(page.solve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=WAIT_MS)
    summary = page.last_summary
    assert summary is not None and summary.method == "scaled"
    assert page.outcome_label.text().splitlines()[1].endswith(" (scaled method).")
    assert page.tiles.tiles["stage"].value.text() != "Failed"
    window.close()
