"""The Results screen: loads, nights against beds, persons left behind with their reasons,
who gets a freed seat, pins, publishing, and the moves of a new plan after a cancellation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner.db import Operation
from planner.planning.insights import Move
from planner.planning.overview import FlightLoad
from planner.planning.service import published_plan_id
from planner.records.editing import RecordKind, RecordRef
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, click, click_row, open_tab, type_text
from ui.i18n import languages
from ui.main_window import MainWindow
from ui.messages import move_text, reason_text
from ui.models.plan_tables import LeftBehindRow
from ui.pages.plan_page import PlanPage
from ui.pages.results_page import ResultsPage


def solve(window: MainWindow) -> int:
    page = window.pages["plan"]
    assert isinstance(page, PlanPage)
    type_text(page.limit_spin, "20")
    click(page.solve_button)
    assert page.last_summary is not None
    return page.last_summary.plan_id


def results(window: MainWindow) -> ResultsPage:
    page = window.pages["results"]
    assert isinstance(page, ResultsPage)
    window.show_page("results")
    return page


def flights_tab_at_1280(qtbot: Any, window: MainWindow) -> Any:
    """The Results screen's Flights tab, clicked open in a 1,280 x 800 window after a solve."""
    window.resize(1280, 800)
    solve(window)
    page = results(window)
    tab = page.flights_tab
    open_tab(page.tabs, tab)
    qtbot.waitUntil(lambda: tab.view.viewport().width() > 0)
    return tab


def add_flight_before_the_last(window: MainWindow,
                               page: ResultsPage) -> tuple[FlightLoad, RecordRef]:
    """A flight a day before the last one that carries passengers: its seats are free in
    the plan shown, and the households of the last flight could take them."""
    overview = page.overview
    assert overview is not None
    latest = max((f for f in overview.flights if f.passengers), key=lambda f: f.departs_at)
    added = window.context.edits.create(RecordKind.FLIGHT, {
        "flight_no": "XT 100", "origin": latest.origin, "destination": latest.destination,
        "departs_at": latest.departs_at - dt.timedelta(days=1), "seats": 60,
        "status": "confirmed"})
    return latest, added


def add_flights_for_those_left_behind(window: MainWindow, page: ResultsPage) -> list[str]:
    """A roomy flight to every airport a household left behind accepts, a month after the
    last flight (after every date anyone may leave): a pin of any of them to one holds.
    Returns the flights' keys."""
    overview = page.overview
    assert overview is not None
    airports = sorted({a for h in overview.left_behind for m in h.members
                       for a in m.destinations.split(";") if a})
    last = max(overview.flights, key=lambda f: f.departs_at)
    keys = []
    for number, airport in enumerate(airports, start=1):
        departs = last.departs_at + dt.timedelta(days=30, hours=number)
        window.context.edits.create(RecordKind.FLIGHT, {
            "flight_no": f"XL {number}", "origin": last.origin, "destination": airport,
            "departs_at": departs, "seats": 200, "status": "confirmed"})
        keys.append(f"XL {number} {departs:%Y-%m-%d}")
    return keys


def test_results_show_loads_nights_and_who_is_left_behind_and_why(
        qtbot: Any, qtmodeltester: Any, window: MainWindow) -> None:
    plan_id = solve(window)
    page = results(window)
    overview = page.overview
    assert overview is not None and overview.plan_id == plan_id
    assert not page.empty.isVisible() and page.tabs.isVisible()
    flights = page.flights_tab
    assert flights.model.rowCount() == len(overview.flights) > 0
    assert [b.flight_id for b in flights.chart.bars] == [f.flight_id for f in overview.flights]
    assert sum(b.seated for b in flights.chart.bars) <= overview.flown_persons
    shelters = page.shelters_tab
    assert len(shelters.chart.nights) == len(overview.nights) == len(shelters.chart.used)
    assert shelters.chart.capacity[0] == sum(s.beds for s in overview.shelters)
    assert sum(shelters.chart.overflow) == overview.overflow_person_nights
    choose(shelters.choice, at=1)
    assert shelters.chart.used == list(overview.shelters[0].used)
    left = page.left_tab
    left_persons = overview.persons - overview.flown_persons
    assert left.model.rowCount() == left_persons
    assert page.tabs.tabText(2) == f"Left behind ({left_persons})"
    for row in range(left.model.rowCount()):
        record = left.model.record(row)
        assert isinstance(record, LeftBehindRow) and record.household.reasons
        assert left.model.data(left.model.index(row, 5))  # "Why no flight" is never blank
    if left_persons:
        left.view.select_row(0)
        assert "\u2022" in left.detail.text()
    assert "not published yet" in page.banner.text()
    assert page.publish_button.isEnabled()
    for model in (flights.model, shelters.model, left.model, page.households_tab.model,
                  page.changes_tab.model, flights.candidates):
        qtmodeltester.check(model)
    assert page.plan_choice.count() == 1 and "Plan" in page.plan_choice.itemText(0)


def test_publish_then_replan_after_a_cancelled_flight_shows_who_moved_and_why(
        qtbot: Any, window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    first = solve(window)
    page = results(window)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][0] == "confirm"
    assert published_plan_id(demo_operation) == first
    assert page.overview is not None and page.overview.is_published
    assert "This is the published plan" in page.banner.text()
    assert not page.publish_button.isEnabled()
    busiest = max(page.overview.flights, key=lambda f: f.passengers)
    flights = window.context.stores.flights.table
    position = flights.position_of(busiest.flight_id)
    assert position is not None
    ref = RecordRef(RecordKind.FLIGHT, busiest.flight_id, busiest.key,
                    int(flights.versions[position]))
    window.context.edits.update(ref, {"status": "cancelled"})
    # The published plan is out of date now, and the screen says so.
    assert page.overview is not None and page.overview.records_changed
    assert "Solve again" in page.banner.text()
    second = solve(window)
    page = results(window)
    assert page.overview is not None and page.overview.plan_id == second
    assert page.overview.reference_plan_id == first
    moves = page.changes_tab.model
    assert moves.rowCount() > 0
    codes = {moves.record(r).move.code for r in range(moves.rowCount())}
    assert "flight_unusable" in codes
    texts = [moves.record(r).text for r in range(moves.rowCount())]
    assert any(busiest.flight_no in t for t in texts)
    assert f"compared with plan {first}" in page.changes_tab.note.text()
    bar = next(b for b in page.flights_tab.chart.bars if b.flight_id == busiest.flight_id)
    assert not bar.usable and bar.seated == 0
    assert page.tiles.tiles["changes"].value.text() != "-"
    # The officer can still look at the published plan.
    choose(page.plan_choice, at=1)
    page.plan_choice.activated.emit(1)
    assert page.overview is not None and page.overview.plan_id == first


def test_freed_seats_pins_and_unpins(qtbot: Any, window: MainWindow,
                                     demo_operation: Operation) -> None:
    solve(window)
    page = results(window)
    latest, added = add_flight_before_the_last(window, page)
    overview = page.overview
    assert overview is not None and overview.flight(added.id) is not None
    tab = page.flights_tab
    tab.chart.flight_clicked.emit(added.id)
    current = tab.current_flight()
    assert isinstance(current, FlightLoad) and current.flight_id == added.id
    assert tab.chart.selected == added.id
    assert "60 of 60 seats are free" in tab.seat_hint.text()
    qtbot.mouseClick(tab.find_button, Qt.MouseButton.LeftButton)
    assert tab._candidates_for == added.key
    candidates = [tab.candidates.record(r).candidate for r in range(tab.candidates.rowCount())]
    assert candidates and all(c.current_flight == latest.key for c in candidates)
    assert tab.give_button.isEnabled()
    qtbot.mouseClick(tab.give_button, Qt.MouseButton.LeftButton)
    overview = page.overview
    assert overview is not None and overview.records_changed  # solve again to apply it
    pinned = next(h for h in overview.households if h.household_id ==
                  candidates[0].household_id)
    assert pinned.pinned_flight == added.key
    households = page.households_tab
    choose(households.filter, "pinned")
    assert households.model.rowCount() == 1
    households.view.select_row(0)
    assert households.unpin_button.isEnabled()
    qtbot.mouseClick(households.unpin_button, Qt.MouseButton.LeftButton)
    overview = page.overview
    assert overview is not None
    assert not any(h.pinned for h in overview.households)
    # Keep a household on its flight and on its shelter.
    choose(households.filter, "flown")
    row = households.model.row_of(lambda h: h.shelter_name is not None)
    assert row is not None
    households.view.select_row(row)
    chosen = households.current_household()
    assert chosen is not None
    qtbot.mouseClick(households.pin_flight_button, Qt.MouseButton.LeftButton)
    households.select_household(chosen.household_id)
    qtbot.mouseClick(households.pin_shelter_button, Qt.MouseButton.LeftButton)
    overview = page.overview
    assert overview is not None
    line = next(h for h in overview.households if h.household_id == chosen.household_id)
    assert (line.pinned_flight, line.pinned_shelter) == (chosen.flight_key, chosen.shelter_name)


def test_pinning_a_person_left_behind_to_a_flight(qtbot: Any, window: MainWindow) -> None:
    solve(window)
    page = results(window)
    add_flights_for_those_left_behind(window, page)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    assert tab.model.rowCount() > 0
    click_row(tab.view, 0)
    household = tab.current_row()
    assert household is not None and tab.pin_button.isEnabled()
    key = tab.flight_choice.currentData()
    qtbot.mouseClick(tab.pin_button, Qt.MouseButton.LeftButton)
    overview = page.overview
    assert overview is not None
    line = next(h for h in overview.households
                if h.household_id == household.household.household_id)
    assert line.pinned_flight == key
    # The next plan keeps the pin: only flights a pin to holds are offered.
    solve(window)
    overview = results(window).overview
    assert overview is not None and not overview.conflicts
    line = next(h for h in overview.households
                if h.household_id == household.household.household_id)
    assert line.flight_key == key


def test_pinning_keeps_the_chosen_household_chosen_after_the_reload(
        qtbot: Any, window: MainWindow) -> None:
    """A pin reloads the table: the household clicked stays chosen and shown (not the first
    row), and a search that hides it leaves nothing chosen and Pin disabled."""
    solve(window)
    page = results(window)
    add_flights_for_those_left_behind(window, page)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    first = tab.model.record(0).household.household_id
    row = next(r for r in range(tab.model.rowCount() - 1, -1, -1)
               if tab.model.record(r).household.household_id != first)
    click_row(tab.view, row)
    chosen = tab.current_row()
    assert chosen is not None and chosen.household.household_id != first
    assert tab.pin_button.isEnabled()
    before = page.overview
    qtbot.mouseClick(tab.pin_button, Qt.MouseButton.LeftButton)
    assert page.overview is not before  # the tables were reloaded
    after = tab.current_row()
    assert after is not None and after.member.person_id == chosen.member.person_id
    assert after.household.pinned_flight  # the reloaded record, pinned
    assert tab.view.selectionModel().isRowSelected(
        tab.model.row_of(lambda r: r.member.person_id == chosen.member.person_id))
    assert chosen.member.full_name in tab.detail.text()
    assert "Pinned:" in tab.detail.text()
    # The Households tab keeps its chosen household the same way.
    households = page.households_tab
    open_tab(page.tabs, households)
    households_row = households.model.row_of(
        lambda h: h.household_id == chosen.household.household_id)
    click_row(households.view, households_row)
    assert households.unpin_button.isEnabled()
    qtbot.mouseClick(households.unpin_button, Qt.MouseButton.LeftButton)
    line = households.current_household()
    assert line is not None and line.household_id == chosen.household.household_id
    assert not line.pinned and not households.unpin_button.isEnabled()
    # A reload that drops the chosen person chooses nobody: Pin cannot act on another.
    open_tab(page.tabs, tab)
    QTest.keyClicks(tab.search, "zz-nobody-has-this")
    assert tab.current_row() is None and not tab.pin_button.isEnabled()


def test_reasons_and_moves_read_in_indonesian(qapp: Any) -> None:
    reason = {"code": "flights_full", "flights": ["QZ 1 2026-03-05", "QZ 2 2026-03-06"],
              "after": "2026-03-04", "competing_persons": 312}
    assert reason_text(reason) == ("QZ 1 2026-03-05, QZ 2 2026-03-06 are full in this plan, "
                                   "carrying 312 persons.")
    move = Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "moved")
    english = move_text(move)
    try:
        languages.install("id")
        assert reason_text(reason) == ("QZ 1 2026-03-05, QZ 2 2026-03-06 sudah penuh dalam "
                                       "rencana ini, membawa 312 orang.")
        assert move_text(move) != english and "QZ 2 2026-03-06" in move_text(move)
        stored = {"code": "flights_full", "text": "All 2 flight(s) ..."}  # an old plan's
        assert reason_text(stored) == "All 2 flight(s) ..."
    finally:
        languages.install("en")



def test_the_free_seat_pane_is_whole_at_1280_by_800(qtbot: Any, window: MainWindow,
                                                    tmp_path: Path) -> None:
    """At 1,280 x 800 the pane asking who gets the free seats shows its title, hint, the
    words over the empty list and both buttons whole, one under the other, before and
    after a flight is chosen (it was given 231 px: the words were cut and the list hid
    the buttons); the chart above gives way."""
    tab = flights_tab_at_1280(qtbot, window)

    def whole() -> None:
        QApplication.processEvents()
        inside = tab.side.rect()
        parts = [tab.seat_title, tab.seat_hint, tab.candidate_view, tab.find_button,
                 tab.give_button]
        for part in parts:
            assert inside.contains(part.geometry()), part
        for label in (tab.seat_title, tab.seat_hint):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        for upper, lower in zip(parts, parts[1:], strict=False):
            if lower is not tab.give_button or upper is not tab.find_button:
                assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
        empty = tab.candidate_view.empty_label
        assert empty.isVisible()
        assert empty.height() >= empty.heightForWidth(empty.width()), empty.height()

    whole()
    window.grab().save(str(tmp_path / "results-free-seats-1280x800.png"))
    click_row(tab.view, 0)
    whole()
    assert "?" in tab.seat_title.text() and tab.find_button.isEnabled()

def test_flights_tab_shows_every_column_at_1280_pixels(qtbot: Any, window: MainWindow,
                                                      tmp_path: Path) -> None:
    """At 1,280 px wide the flights' table is as wide as its columns (no sideways scroll)
    and the free-seat pane keeps its buttons whole."""
    tab = flights_tab_at_1280(qtbot, window)
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "results-flights-1280.png"))
    assert tab.view.horizontalScrollBar().maximum() == 0
    for button in (tab.find_button, tab.give_button):
        assert button.width() >= button.minimumSizeHint().width()
        assert tab.side.rect().contains(button.geometry())
