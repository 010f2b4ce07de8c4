"""Publishing as an officer meets it: before a plan replaces the published one the screen
says who loses a seat, who moves and who now flies, and asks; the plan pickers tell the
plan in use from the ones it replaced; a plan that can no longer be published shows which
records changed, by whom, and opens them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from planner.db import Operation
from planner.planning.service import published_plan_id
from tests.test_ui_results import results, solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, click, click_row
from ui.dialogs.changes_dialog import ChangesDialog
from ui.main_window import MainWindow
from ui.pages.results_page import ResultsPage


def cancel_busiest_flight(window: MainWindow, answers: Answers, page: ResultsPage) -> str:
    """Cancel the flight carrying most persons, with the mouse, in the Flights screen."""
    assert page.overview is not None
    busiest = max(page.overview.flights, key=lambda f: f.passengers)
    window.show_page("flights")
    flights = window.pages["flights"]
    click_row(flights.view, flights.model.row_of_id(busiest.flight_id))  # type: ignore[attr-defined]
    answers.fill_and_save({"status": "cancelled"})
    click(flights.edit_button)  # type: ignore[attr-defined]
    return busiest.key


def test_publishing_says_who_loses_a_seat_and_asks(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    first = solve(window)
    page = results(window)
    click(page.publish_button)
    kind, question = answers.asked[-1]
    assert kind == "confirm" and f"Publish plan {first}?" in question
    assert "replaces" not in question  # nothing was published before
    assert published_plan_id(demo_operation) == first
    cancelled = cancel_busiest_flight(window, answers, page)
    second = solve(window)
    page = results(window)
    assert page.overview is not None and page.overview.plan_id == second
    moves = [page.changes_tab.model.record(r) for r in range(page.changes_tab.model.rowCount())]
    lost = [r for r in moves if r.move.before is not None and r.move.after is None]
    assert lost, "the demo's busiest flight cancelled leaves somebody without a seat"
    answers.confirm_answer = False
    click(page.publish_button)
    kind, question = answers.asked[-1]
    persons = sum(r.members for r in lost)
    assert f"It replaces plan {first}" in question
    word = "person loses the seat" if persons == 1 else "persons lose the seats"
    assert f"{persons} {word} they have in plan {first}:" in question
    shown = lost[: 6]
    for row in shown:
        assert row.move.household.lstrip("~") in question and row.move.before in question
        assert row.names.split(",")[0] in question  # who, by name
    details = answers.confirm_details[-1]
    assert details is not None and len(details.splitlines()) == len(moves)
    assert cancelled in details
    assert published_plan_id(demo_operation) == first  # the officer said no
    answers.confirm_answer = True
    click(page.publish_button)
    assert published_plan_id(demo_operation) == second
    assert window.statusBar().currentMessage().startswith(f"Published plan {second}")


def test_the_plan_pickers_tell_the_plan_in_use_from_the_ones_it_replaced(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    first = solve(window)
    page = results(window)
    click(page.publish_button)
    second = solve(window)  # keeps plan 1's flights; nothing changed
    third = solve(window)
    page = results(window)
    choose(page.plan_choice, second)
    page.plan_choice.activated.emit(page.plan_choice.currentIndex())
    assert page.overview is not None and page.overview.plan_id == second
    click(page.publish_button)
    assert published_plan_id(demo_operation) == second
    texts = {page.plan_choice.itemData(i): page.plan_choice.itemText(i)
             for i in range(page.plan_choice.count())}
    assert texts[second].endswith("published, in use")
    assert texts[first].endswith(f"published before, replaced by plan {second}")
    assert "published" not in texts[third]
    window.show_page("export")
    export = window.pages["export"]
    items = {export.plan_choice.itemData(i): export.plan_choice.itemText(i)  # type: ignore[attr-defined]
             for i in range(export.plan_choice.count())}  # type: ignore[attr-defined]
    assert items == texts
    assert "published, in use" in export.summary_label.text()  # the default: the plan in use
    # Plan 3 was made against plan 1; publishing it now compares it with plan 2 first.
    page = results(window)
    choose(page.plan_choice, third)
    page.plan_choice.activated.emit(page.plan_choice.currentIndex())
    answers.confirm_answer = False
    click(page.publish_button)
    kind, question = answers.asked[-1]
    assert kind == "confirm" and f"replaces plan {second}" in question


def test_a_plan_no_longer_publishable_shows_which_records_changed(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    solve(window)
    window.show_page("roster")
    roster = window.pages["roster"]
    click_row(roster.view, 3)  # type: ignore[attr-defined]
    case = roster.ref_at(3).key  # type: ignore[attr-defined]
    name = str(roster.model.value(3, "full_name"))  # type: ignore[attr-defined]
    answers.fill_and_save({"full_name": name.upper()})  # only the capital letters
    click(roster.edit_button)  # type: ignore[attr-defined]
    page = results(window)
    assert page.overview is not None and page.overview.records_changed
    assert not page.publish_button.isEnabled()
    assert page.changes_button.isVisible()
    assert f"the last: Edited person {case} by " in page.banner.text()
    opened: list[ChangesDialog] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangesDialog)
        opened.append(dialog)
        model = dialog.model
        assert model.rowCount() == 1
        change = model.record(0)
        assert (change.action, change.entity, change.key, change.fields) == \
            ("update", "person", case, ("full_name",))
        assert model.index(0, 4).data() == "Full name"
        dialog.show()
        click_row(dialog.view, 0)
        click(dialog.open_button)

    answers.dialog = look
    click(page.changes_button)
    assert opened
    assert window.current_page() is roster
    chosen = roster.view.chosen_row()  # type: ignore[attr-defined]
    assert chosen is not None and roster.ref_at(chosen).key == case  # type: ignore[attr-defined]


def test_a_deleted_record_says_it_is_gone(window: MainWindow, answers: Answers,
                                         qtbot: Any) -> None:
    window.open_record("person", "NO-SUCH-CASE")
    assert window.statusBar().currentMessage() == "NO-SUCH-CASE is no longer in the operation."
