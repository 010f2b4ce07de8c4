"""Issue 12's officer, who never saw the program, with the mouse and the keyboard only:
enters flights by typing, plans, pins a household from Left behind, answers the freed-seat
question for a flight typed in later, cancels a flight, plans again, publishes, and prints
both copies of a manifest. Every action must land on the record on the screen and every
typed value must be stored as typed; the status bar names what each action changed.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Flight, Pin
from planner.planning.service import published_plan_id
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, answer_print_dialog, click, click_row, type_text
from ui.dialogs.record_form import RecordDialog
from ui.main_window import MainWindow
from ui.pages.export_page import ExportPage
from ui.pages.plan_page import PlanPage
from ui.pages.results_page import ResultsPage

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    QApplication.processEvents()
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(window: QWidget, key: Qt.Key,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press in the window, where the keyboard is (shortcuts included); the window
    is brought back to the front first, as after a closed form."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget() or window, key, modifier)
    QApplication.processEvents()


def type_form(dialog: QDialog, fields: list[str | None]) -> None:
    """Type each value into the form's fields in Tab order (None: leave the field as it
    is), then press Enter (Save)."""
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    for text in fields:
        box = focused()
        if text is not None:
            QTest.keyClick(box, Qt.Key.Key_A, CTRL)
            QTest.keyClicks(box, text)
        QTest.keyClick(box, Qt.Key.Key_Tab)
    QTest.keyClick(focused(), Qt.Key.Key_Return)


def tab_click(tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(index).center())


def sidebar_click(window: MainWindow, page_id: str) -> None:
    sidebar = window.sidebar
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == page_id:
            rect = sidebar.visualItemRect(item)
            QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, rect.center())
            assert window.current_page() is window.pages[page_id]
            return
    raise AssertionError(page_id)


def add_flight_by_typing(window: MainWindow, answers: Answers, number: str, to: str,
                         departs: dt.datetime, seats: int) -> None:
    """Ctrl+Shift+N in the Flights screen, then the form typed field by field."""
    sidebar_click(window, "flights")
    window.pages["flights"].view.setFocus()  # type: ignore[attr-defined]
    typed: list[RecordDialog] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        typed.append(dialog)
        # Flight no., carrier, from (blank: the operation's), to, departs (day first), seats.
        type_form(dialog, [number, "Charter", None, to, f"{departs:%d/%m/%Y %H:%M}",
                           str(seats)])

    answers.dialog = answer
    keys(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert typed and typed[0].result() == QDialog.DialogCode.Accepted, \
        typed[0].form.visible_problems() if typed else "no form opened"


def stored_flight(operation: Operation, number: str) -> tuple[dt.datetime, int, str]:
    with operation.session() as session:
        found = session.execute(select(Flight.departs_at, Flight.seats, Flight.origin,
                                       Flight.medical_capacity)
                                .where(Flight.flight_no == number)).one()
    # Nothing typed in the medical capacity: no limit (SPEC 2.2), not 0.
    assert found.medical_capacity is None
    return found.departs_at, found.seats, found.origin


def solve_with_keys(window: MainWindow) -> int:
    sidebar_click(window, "plan")
    page = window.pages["plan"]
    assert isinstance(page, PlanPage)
    type_text(page.limit_spin, "20")
    before = page.last_summary.plan_id if page.last_summary is not None else None
    page.setFocus()
    keys(window, Qt.Key.Key_Return, CTRL)
    for _ in range(100):  # a button's shortcut clicks it after a short animation
        if page.last_summary is not None and page.last_summary.plan_id != before:
            break
        QTest.qWait(20)
    assert page.last_summary is not None and page.last_summary.plan_id != before
    return page.last_summary.plan_id


def pins_of(operation: Operation) -> list[tuple[str, int | None, int | None]]:
    with operation.session() as session:
        return [(p.kind, p.household_id, p.flight_id) for p in session.scalars(select(Pin))]


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_an_officer_types_plans_pins_answers_cancels_and_prints_both_copies(
        window: MainWindow, answers: Answers, demo_operation: Operation,
        tmp_path: Path) -> None:
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    flights = window.context.stores.flights.table.columns
    latest_day = max(dt.datetime.fromisoformat(str(d)) for d in flights["departs_at"])
    destination = str(flights["destination"][0])

    # 1. Two flights typed in, day first; stored as typed.
    first_departure = latest_day.replace(hour=7, minute=45) - dt.timedelta(days=3)
    add_flight_by_typing(window, answers, "XT 101", destination, first_departure, 40)
    assert stored_flight(demo_operation, "XT 101") == (first_departure, 40, "PNH")
    assert window.statusBar().currentMessage().startswith("Done: Add flight XT 101 ")
    # A small flight a day after the last one to UPG, where the demo's households cleared
    # to leave only after its UPG flight wait to go.
    late_departure = latest_day.replace(hour=9, minute=5) + dt.timedelta(days=1)
    add_flight_by_typing(window, answers, "XT 102", "UPG", late_departure, 3)
    assert stored_flight(demo_operation, "XT 102") == (late_departure, 3, "PNH")

    # 2. Plan (Ctrl+Return on the Plan screen).
    solve_with_keys(window)

    # 3. Pin a household from Left behind: the one clicked, to the flight chosen by keys.
    # Only flights a pin to would hold are offered: the officer clicks down the list to
    # the first household the planner could put on a flight.
    sidebar_click(window, "results")
    results = window.pages["results"]
    assert isinstance(results, ResultsPage)
    tab_click(results.tabs, 2)
    left = results.left_tab
    assert left.model.rowCount() >= 3
    combo = left.flight_choice
    for row in range(left.model.rowCount()):
        click_row(left.view, row, column=1)
        household = left.model.record(row).household
        assert all(m.case_no in left.detail.text() for m in household.members)
        accepted = set(household.members[0].destinations.split(";"))
        for index in range(combo.count()):
            text = combo.itemText(index)
            if combo.itemData(index):  # offered: to an airport every member accepts
                assert text.split(" to ")[1][:3] in accepted, text
        if left.pin_button.isEnabled():
            break
    assert left.pin_button.isEnabled(), "no household left behind can be pinned"
    combo.setFocus()
    keys(window, Qt.Key.Key_Down)
    target = str(combo.currentData())
    click(left.pin_button)
    with demo_operation.session() as session:
        target_id = session.scalar(select(Flight.id).where(
            Flight.flight_no == target.rsplit(" ", 1)[0]))
    assert pins_of(demo_operation) == [("flight", household.household_id, target_id)]
    said = window.statusBar().currentMessage()
    assert target in said and household.members[0].full_name in said

    # 4. Plan again with the pin; publish.
    second = solve_with_keys(window)
    sidebar_click(window, "results")
    assert results.overview is not None and results.overview.plan_id == second
    line = next(h for h in results.overview.households
                if h.household_id == household.household_id)
    assert line.flight_key == target and not results.overview.conflicts
    click(results.publish_button)
    assert published_plan_id(demo_operation) == second

    # 5. A flight typed in now has free seats: who gets them?
    busiest = max((f for f in results.overview.flights if f.passengers),
                  key=lambda f: f.departs_at)
    freed_departure = busiest.departs_at - dt.timedelta(days=1)
    add_flight_by_typing(window, answers, "XT 202", busiest.destination, freed_departure, 60)
    sidebar_click(window, "results")
    tab_click(results.tabs, 0)
    tab = results.flights_tab
    row = tab.model.row_of(lambda f: f.flight_no == "XT 202")
    assert row is not None
    click_row(tab.view, row, column=1)
    assert tab.seat_title.text() == f"Who gets the free seats of XT 202 {freed_departure:%Y-%m-%d}?"
    click(tab.find_button)
    assert tab.candidates.rowCount() >= 1
    chosen_row = min(1, tab.candidates.rowCount() - 1)
    click_row(tab.candidate_view, chosen_row, column=1)
    candidate = tab.candidates.record(chosen_row).candidate
    click(tab.give_button)
    with demo_operation.session() as session:
        xt = session.scalar(select(Flight.id).where(Flight.flight_no == "XT 202"))
    assert ("flight", candidate.household_id, xt) in pins_of(demo_operation)

    # 6. Cancel the busiest flight: click its row, F2, the status chosen by keys, Enter.
    sidebar_click(window, "flights")
    page = window.pages["flights"]
    click_row(page.view, page.model.row_of_id(busiest.flight_id))  # type: ignore[attr-defined]
    edited: list[RecordDialog] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordDialog)
        edited.append(dialog)
        dialog.show()
        dialog.activateWindow()
        assert QTest.qWaitForWindowActive(dialog)
        status = dialog.form.editors["status"]
        status.setFocus()
        QApplication.processEvents()
        while status.currentData() != "cancelled":  # type: ignore[attr-defined]
            QTest.keyClick(status, Qt.Key.Key_Down)
        QTest.keyClick(status, Qt.Key.Key_Return)

    answers.dialog = cancel
    page.view.setFocus()  # type: ignore[attr-defined]
    keys(window, Qt.Key.Key_F2)
    assert edited and edited[0].result() == QDialog.DialogCode.Accepted
    with demo_operation.session() as session:
        assert session.get(Flight, busiest.flight_id).status == "cancelled"  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == f"Done: Edit flight {busiest.key}."

    # 7. Plan again and publish: the question says who loses the seat they have.
    third = solve_with_keys(window)
    sidebar_click(window, "results")
    asked = len(answers.asked)
    click(results.publish_button)
    question = answers.asked[asked][1]
    assert f"Publish plan {third}? It replaces plan {second}" in question
    assert published_plan_id(demo_operation) == third

    # 8. Print one flight's manifest in both copies, choosing with the mouse.
    sidebar_click(window, "export")
    export = window.pages["export"]
    assert isinstance(export, ExportPage)
    assert export.document is not None and export.document.plan_id == third
    click_row(export.flight_view, min(1, export.flights.rowCount() - 1), column=1)
    flight = export.flight_view.current_record()
    printed: list[Path] = []

    def print_to_file(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintDialog)
        assert flight.key in dialog.windowTitle()
        path = tmp_path / f"printed-{len(printed)}.pdf"
        answer_print_dialog(dialog, path)
        printed.append(path)

    answers.dialog = print_to_file
    for button in (export.copy_buttons[c] for c in export.copy_buttons):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(8, button.height() // 2))
        assert button.isChecked()
        click(export.print_button)
    assert len(printed) == 2
    embassy, airline = (pdf_text(p) for p in printed)
    assert flight.flight_no in embassy and flight.flight_no in airline
    passenger = flight.passengers[0]
    assert passenger.full_name.upper() in embassy.upper()
    assert passenger.full_name.upper() in airline.upper()
