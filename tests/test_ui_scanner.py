"""A USB scanner types a tag's case number and Enter (SPEC 8.2): everywhere a case number
is asked for, that lands on the person. The roster's search, Results > Left behind (pin
the household to a flight) and Results > Households and pins (keep a flight or shelter),
each driven by typed keys as the scanner types them, then the mouse on the pin button.
Check-in has its own tests (tests/test_ui_departure.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from planner.db.models import Person, Pin
from tests.test_ui_results import add_flights_for_those_left_behind, results, solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, click, open_tab
from ui.main_window import MainWindow


def _scan(field: QLineEdit, code: str) -> None:
    """The scanner: the code's keys into the field that has the keyboard, then Enter."""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(field, code)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _on_screen(view: Any) -> bool:
    rect = view.visualRect(view.currentIndex())
    return rect.isValid() and view.viewport().rect().contains(rect.center())


def test_a_scan_in_the_roster_search_lands_on_the_person(window: MainWindow) -> None:
    page = window.pages["roster"]
    window.show_page("roster")
    table = page.model.table  # type: ignore[attr-defined]
    codes = [str(c) for c in table.columns["case_no"]]
    # Far down the list (off the first screen), and typed the way a tag reads.
    code = sorted(codes)[-3]
    _scan(page.search, code)  # type: ignore[attr-defined]
    view = page.view  # type: ignore[attr-defined]
    index = view.currentIndex()
    assert page.model.value(index.row(), "case_no") == code  # type: ignore[attr-defined]
    assert view.selectionModel().isRowSelected(index.row(), index.parent())
    assert _on_screen(view), "the person is chosen but not shown"
    assert QApplication.focusWidget() is view
    # The search is cleared, so the whole roster is there around the person.
    assert page.search.text() == ""  # type: ignore[attr-defined]
    assert page.model.rowCount() == len(codes)  # type: ignore[attr-defined]


def _person_household(window: MainWindow, code: str) -> int:
    operation = window.context.operation
    assert operation is not None
    with operation.session() as session:
        return int(session.scalar(select(Person.household_id).where(Person.case_no == code)))


def test_a_scan_in_left_behind_chooses_the_person_to_pin(
        window: MainWindow, answers: Answers) -> None:
    solve(window)
    page = results(window)
    added = add_flights_for_those_left_behind(window, page)
    assert added
    tab = page.left_tab
    open_tab(page.tabs, tab)
    left = [r.member.case_no for r in tab.model.records]
    assert len(left) >= 2
    code = left[-1]  # not the row chosen when the tab opens
    _scan(tab.search, code)
    row = tab.current_row()
    assert row is not None and row.member.case_no == code
    assert QApplication.focusWidget() is tab.flight_choice
    assert tab.pin_button.isEnabled()
    # The officer takes the flight offered first and presses Pin.
    target = str(tab.flight_choice.currentData())
    click(tab.pin_button)
    assert target in window.statusBar().currentMessage()
    operation = window.context.operation
    assert operation is not None
    household = _person_household(window, code)
    with operation.session() as session:
        kinds = list(session.scalars(select(Pin.kind).where(Pin.household_id == household)))
    assert kinds == ["flight"]


def test_a_scan_of_someone_with_a_flight_in_left_behind_says_where_they_fly(
        window: MainWindow) -> None:
    solve(window)
    page = results(window)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    overview = page.overview
    assert overview is not None
    flying = next(h for h in overview.households if h.flight_key)
    code = flying.members[0].case_no
    _scan(tab.search, code)
    assert tab.current_row() is None
    assert tab.view.empty_label.text() == (  # type: ignore[attr-defined]
        f"{code} is not left behind: the plan puts them on {flying.flight_key}. "
        "Households and pins keeps a flight.")
    tab.search.clear()
    _scan(tab.search, "C-999999")
    assert tab.view.empty_label.text() == (  # type: ignore[attr-defined]
        "Nobody in this plan has case number C-999999.")


def test_a_scan_in_households_and_pins_chooses_the_household_whatever_the_filter(
        window: MainWindow, answers: Answers) -> None:
    solve(window)
    page = results(window)
    tab = page.households_tab
    open_tab(page.tabs, tab)
    overview = page.overview
    assert overview is not None
    family = [h for h in overview.households if h.flight_key and len(h.members) > 1][-1]
    code = family.members[-1].case_no
    # The filter shows only pinned households: the scan shows every household again.
    choose(tab.filter, at=tab.FILTERS.index("pinned"))
    _scan(tab.search, code.lower())
    chosen = tab.current_household()
    assert chosen is not None and chosen.household_id == family.household_id
    assert tab.filter.currentData() == "all"
    assert QApplication.focusWidget() is tab.view and _on_screen(tab.view)
    click(tab.pin_flight_button)
    assert family.flight_key in window.statusBar().currentMessage()
    operation = window.context.operation
    assert operation is not None
    with operation.session() as session:
        kinds = list(session.scalars(select(Pin.kind).where(
            Pin.household_id == family.household_id)))
    assert kinds == ["flight"]
