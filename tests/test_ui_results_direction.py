"""Results, Changes tab, with an older plan picked: the moves read forward in time, from
the older plan shown to the newer published one, and the tab says so in plan-diff's own
words ('Plan 1 is older than plan 2: the moves from plan 1 to plan 2'); its flight columns
are named after their plans."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.planning.overview import read_overview
from planner.words.render import ENGLISH, said
from tests.test_ui_results import results, solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, click, click_row, open_tab
from ui.main_window import MainWindow
from ui.models.plan_tables import AFTER_COLUMN, BEFORE_COLUMN
from ui.pages.results_page import from_published, seats_lost_text
from ui.plan_words import QT_WORDS

WORDS = {"en": ("This plan (1)", "Plan 2"), "id": ("Rencana ini (1)", "Rencana 2")}
NEWEST = {"en": ("Plan 1", "This plan (2)"), "id": ("Rencana 1", "Rencana ini (2)")}


def headers(model: Any) -> tuple[str, str]:
    return (model.headerData(BEFORE_COLUMN, Qt.Orientation.Horizontal),
            model.headerData(AFTER_COLUMN, Qt.Orientation.Horizontal))


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_an_older_plan_picked_reads_its_moves_forward(
        qtbot: Any, window: MainWindow, answers: Answers, language: str) -> None:
    first = solve(window)
    page = results(window)
    click(page.publish_button)
    busiest = max(page.overview.flights, key=lambda f: f.passengers)  # type: ignore[union-attr]
    window.show_page("flights")
    flights = window.pages["flights"]
    click_row(flights.view, flights.model.row_of_id(busiest.flight_id))  # type: ignore[attr-defined]
    answers.fill_and_save({"status": "cancelled"})
    click(flights.edit_button)  # type: ignore[attr-defined]
    second = solve(window)
    page = results(window)
    click(page.publish_button)
    assert (first, second) == (1, 2)

    choose(page.plan_choice, first)  # the officer picks the older plan
    assert page.overview is not None and page.overview.plan_id == first
    tab = page.changes_tab
    open_tab(page.tabs, tab)
    note = tab.note.text()
    older = said(QT_WORDS, "diff_older", plan="1", other="2")
    assert note.startswith(older + "."), note
    if language == "en":
        assert older == said(ENGLISH, "diff_older", plan="1", other="2") == \
            "Plan 1 is older than plan 2: the moves from plan 1 to plan 2"
    model = tab.model
    assert (headers(model)) == \
        WORDS[language]
    # Each row goes from the household's flight in plan 1 to its flight in plan 2.
    operation = window.context.operation
    assert operation is not None and model.rowCount() > 0
    with operation.session() as session:
        flight_in = {plan: {h.household_id: h.flight_key
                            for h in read_overview(session, plan).households}
                     for plan in (first, second)}
    for row in range(model.rowCount()):
        move = model.record(row).move
        assert move.before == flight_in[first][move.household_id]
        assert move.after == flight_in[second][move.household_id]
    click_row(tab.view, 0)
    # The newest plan shown again: it reads from plan 1 too, without the 'older' words.
    choose(page.plan_choice, second)
    assert not tab.note.text().startswith(older)
    assert headers(model) == NEWEST[language]


def test_publishing_an_older_plan_names_who_loses_a_plan_2_seat(
        qtbot: Any, window: MainWindow, answers: Answers) -> None:
    """The publish question of plan 1 while plan 2 is published counts the seats lost from
    plan 2's flights (the moves of the tab, which read from plan 1 to plan 2, are turned
    round): it counted plan 1's households that plan 2 drops as losing a seat."""
    test_an_older_plan_picked_reads_its_moves_forward(qtbot, window, answers, "en")
    page = results(window)
    choose(page.plan_choice, 1)
    assert page.results is not None and page.results.against == 2
    rows = from_published(page.results.moves, 1, 2)
    operation = window.context.operation
    assert operation is not None
    with operation.session() as session:
        flight_in = {plan: {h.household_id: h.flight_key
                            for h in read_overview(session, plan).households}
                     for plan in (1, 2)}
    assert rows and all(r.move.before == flight_in[2][r.move.household_id]
                        and r.move.after == flight_in[1][r.move.household_id] for r in rows)
    summary, _details = seats_lost_text(rows, 2)
    losing = sum(r.members for r in rows if r.move.before and not r.move.after)
    gaining = sum(r.members for r in rows if r.move.after and not r.move.before)
    assert losing or gaining
    if losing:
        assert summary.startswith(f"{losing} person"), summary
        assert "seat" in summary and "plan 2" in summary
    if gaining:
        assert f"{gaining} person" in summary and "now fl" in summary, summary
