"""Master-detail panes, driven as an officer drives them: the mouse on a row's rectangle,
arrow keys, Ctrl+click, a click on a column header. Whatever the pane shows and whatever
its button acts on is the record under the last click or key, always the same one.

Each pane is looked at from outside: what its labels and tables show, and what its
button hands on when pressed (the pin asked for, the flight whose candidates are asked
for, the flight the print preview draws, the household renamed).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Flight, Pin
from planner.planning.input_changes import InputChange
from planner.records.editing import RecordRef
from tests.test_ui_results import (
    add_flight_before_the_last,
    add_flights_for_those_left_behind,
    results,
    solve,
)
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import (
    Answers,
    click,
    click_dialog_button,
    click_row,
    close_with_escape,
    menu_item,
    open_tab,
    press,
    shortcut,
)
from ui.dialogs.changes_dialog import ChangesDialog
from ui.main_window import MainWindow
from ui.pages.export_page import ExportPage
from ui.pages.households import HouseholdsPage
from ui.pages.roster import RosterPage
from ui.plan_words import short_datetime
from ui.printing import ManifestPreviewDialog
from ui.widgets.row_choice import ChoosingTableView


@dataclass
class Pane:
    """One master-detail pane seen from outside."""

    view: ChoosingTableView
    #: The identity of a row's record (what the pane is about).
    identity: Callable[[int], Any]
    #: What the pane shows now (None: it asks to choose a row).
    shown: Callable[[], Any]
    #: Press the pane's button: what it acted on (None: the button is disabled).
    act: Callable[[], Any]


def _captured(signal: Any, press_button: Callable[[], None]) -> list[Any]:
    """What ``signal`` carried while ``press_button`` ran (a tuple for several arguments)."""
    got: list[Any] = []

    def keep(*values: Any) -> None:
        got.append(values[0] if len(values) == 1 else values)

    signal.connect(keep)
    try:
        press_button()
    finally:
        signal.disconnect(keep)
    return got


def left_behind_pane(window: MainWindow) -> Pane:
    page = results(window)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    tab.pin_requested.disconnect(page.pin)  # only look at what would be pinned
    assert tab.model.rowCount() >= 3, "the demo leaves too few persons behind"
    by_code = {h.stored_code: h for h in tab.overview.households} if tab.overview else {}

    def cases(household: Any) -> frozenset[str]:
        return frozenset(m.case_no for m in household.members)

    def shown() -> Any:
        first = tab.detail.text().splitlines()[0]
        found = frozenset(re.findall(r"\(([^()]+)\)", first))
        return found or None

    def act() -> Any:
        if not tab.pin_button.isEnabled():
            return None
        got = _captured(tab.pin_requested, lambda: click(tab.pin_button))
        assert len(got) == 1
        kind, household, flight = got[0]
        assert kind == "flight" and flight == tab.flight_choice.currentData()
        return cases(by_code[household])

    return Pane(tab.view, lambda row: cases(tab.model.record(row).household), shown, act)


def flights_pane(window: MainWindow) -> Pane:
    page = results(window)
    tab = page.flights_tab
    open_tab(page.tabs, tab)
    tab.candidates_requested.disconnect(page.find_candidates)
    by_id = {f.flight_id: f.key for f in tab.overview.flights} if tab.overview else {}

    def shown() -> Any:
        found = re.fullmatch(r"Who gets the free seats of (.+)\?", tab.seat_title.text())
        highlighted = by_id.get(tab.chart.selected) if tab.chart.selected else None
        if found is None:
            assert highlighted is None, "the chart highlights a flight the pane does not show"
            return None
        assert highlighted == found.group(1), "the chart highlights another flight"
        return found.group(1)

    def act() -> Any:
        record = tab.current_flight()
        if not tab.find_button.isEnabled():
            assert record is None or not record.usable
            return record.key if record is not None else None
        got = _captured(tab.candidates_requested, lambda: click(tab.find_button))
        assert len(got) == 1
        return got[0]

    return Pane(tab.view, lambda row: tab.model.record(row).key, shown, act)


def export_pane(window: MainWindow, answers: Answers) -> Pane:
    window.show_page("export")
    page = window.pages["export"]
    assert isinstance(page, ExportPage)
    assert page.flights.rowCount() >= 3
    flights = {f.key: f for f in page.document.flights} if page.document else {}

    def shown() -> Any:
        title = page.flight_title.text()
        for key, flight in flights.items():
            if title.startswith(f"{flight.flight_no} to {flight.destination}, "
                                f"{short_datetime(flight.departs_at)}:"):
                assert page.passengers.rowCount() == len(flight.passengers)
                return key
        assert page.passengers.rowCount() == 0
        return None

    def act() -> Any:
        if not page.preview_button.isEnabled():
            assert not page.flight_pdf_button.isEnabled()
            return None
        previewed: list[str] = []

        def preview(dialog: QDialog) -> None:
            assert isinstance(dialog, ManifestPreviewDialog)
            previewed.extend(f.key for f in dialog.document.flights)
            close_with_escape(dialog)

        answers.dialog = preview
        click(page.preview_button)
        assert len(previewed) == 1
        return previewed[0]

    return Pane(page.flight_view, lambda row: page.flights.record(row).key, shown, act)


def households_pane(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Pane:
    window.show_page("households")
    page = window.pages["households"]
    assert isinstance(page, HouseholdsPage)
    renamed: list[RecordRef] = []
    monkeypatch.setattr("ui.pages.households.edit_record",
                        lambda _context, _kind, ref, *a: renamed.append(ref))

    def shown() -> Any:
        if page.members_model.rowCount() == 0:
            return None
        ids = {int(page.members_model.value(r, "household_id"))
               for r in range(page.members_model.rowCount())}
        assert len(ids) == 1
        return ids.pop()

    def act() -> Any:
        if not page.rename_button.isEnabled():
            return None
        renamed.clear()
        click(page.rename_button)
        assert len(renamed) == 1
        return renamed[0].id

    return Pane(page.view, page.model.record_id, shown, act)


def roster_pane(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Pane:
    """The roster has no detail pane: what it shows is the row highlighted, and F2 (Edit)
    must open that person's form. Several rows chosen by Ctrl+click are edited one at a
    time, so Ctrl+click is left to the test of its own."""
    window.show_page("roster")
    page = window.pages["roster"]
    assert isinstance(page, RosterPage)
    edited: list[RecordRef | None] = []
    monkeypatch.setattr("ui.pages.record_page.edit_record",
                        lambda _context, _kind, ref, *a: edited.append(ref))

    def shown() -> Any:
        row = page.view.chosen_row()
        return None if row is None else page.ref_at(row).key

    def act() -> Any:
        edited.clear()
        press(page.view, Qt.Key.Key_F2)
        assert len(edited) <= 1
        return edited[0].key if edited and edited[0] is not None else None

    return Pane(page.view, lambda row: page.ref_at(row).key, shown, act)


def changes_pane(window: MainWindow) -> Pane:
    """Changes since a plan: Open the record opens the change highlighted."""
    at = dt.datetime(2026, 3, 2, 9, 0)
    changes = [InputChange(at + dt.timedelta(minutes=i), "officer", action, entity, key,
                           fields)
               for i, (action, entity, key, fields) in enumerate([
                   ("update", "person", "C-000003", ("full_name",)),
                   ("update", "flight", "QZ 8205 2026-03-05", ("seats",)),
                   ("create", "person", "C-009001", ()),
                   ("update", "shelter", "Shelter A", ("beds",)),
                   ("update", "person", "C-000007", ("phone", "notes")),
                   ("update", "slot", "S-0305-0900", ("capacity",))])]
    dialog = ChangesDialog(4, changes, len(changes), window)
    dialog.accept = lambda: None  # type: ignore[method-assign] # stay open for the next click
    dialog.show()
    window._changes_dialog = dialog  # type: ignore[attr-defined]

    def shown() -> Any:
        record = dialog.view.current_record()
        return None if record is None else (record.entity, record.key)

    def act() -> Any:
        if not dialog.open_button.isEnabled():
            return None
        got = _captured(dialog.open_requested, lambda: click(dialog.open_button))
        assert len(got) == 1
        return got[0]

    def identity(row: int) -> Any:
        record = dialog.model.record(row)
        return (record.entity, record.key)

    return Pane(dialog.view, identity, shown, act)


def candidates_pane(window: MainWindow) -> Pane:
    """Who gets the free seats of a flight: Pin to this flight pins the household
    highlighted, to the flight whose candidates are listed."""
    page = results(window)
    _latest, added = add_flight_before_the_last(window, page)
    tab = page.flights_tab
    open_tab(page.tabs, tab)
    tab.pin_requested.disconnect(page.pin)
    row = tab.model.row_of(lambda f: f.flight_id == added.id)
    assert row is not None
    click_row(tab.view, row, column=1)
    click(tab.find_button)
    assert tab.candidates.rowCount() >= 3
    key = tab.model.record(row).key

    def shown() -> Any:
        record = tab.candidate_view.current_record()
        return None if record is None else record.candidate.household

    def act() -> Any:
        if not tab.give_button.isEnabled():
            return None
        got = _captured(tab.pin_requested, lambda: click(tab.give_button))
        assert len(got) == 1 and got[0][0] == "flight" and got[0][2] == key
        return got[0][1]

    return Pane(tab.candidate_view, lambda r: tab.candidates.record(r).candidate.household,
                shown, act)


def pane_of(name: str, window: MainWindow, answers: Answers,
            monkeypatch: pytest.MonkeyPatch) -> Pane:
    if name == "households":
        return households_pane(window, monkeypatch)
    if name == "roster":
        return roster_pane(window, monkeypatch)
    if name == "changes":
        return changes_pane(window)
    solve(window)
    if name == "left_behind":
        add_flights_for_those_left_behind(window, results(window))
        return left_behind_pane(window)
    if name == "flights":
        return flights_pane(window)
    if name == "candidates":
        return candidates_pane(window)
    return export_pane(window, answers)


PANES = ["left_behind", "flights", "candidates", "export", "households", "roster", "changes"]
#: Panes whose table chooses several rows with Ctrl+click (their Edit acts on one only).
MULTI = {"roster"}


def same_record(pane: Pane, expected: Any) -> None:
    assert pane.shown() == expected, "the pane shows another record"
    assert pane.act() == expected, "the button acts on another record"


@pytest.fixture(params=PANES)
def pane(request: pytest.FixtureRequest, window: MainWindow, answers: Answers,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[Pane]:
    yield pane_of(request.param, window, answers, monkeypatch)


def test_a_click_on_a_row_shows_and_acts_on_that_row(pane: Pane) -> None:
    """The officer's report: click one row, then another: the pane showed the first and
    the button acted on the second."""
    view = pane.view
    rows = view.model().rowCount()
    for row in (1, rows - 1, 0, 2, 1):
        click_row(view, row, column=1)
        same_record(pane, pane.identity(row))


def test_arrow_keys_and_ctrl_click(pane: Pane, request: pytest.FixtureRequest) -> None:
    view = pane.view
    if request.node.callspec.params["pane"] in MULTI:
        pytest.skip("Ctrl+click chooses several rows here: see the roster's own test")
    click_row(view, 0)
    press(view, Qt.Key.Key_Down)
    same_record(pane, pane.identity(1))
    press(view, Qt.Key.Key_End)
    same_record(pane, pane.identity(view.model().rowCount() - 1))
    # Ctrl+click on the chosen row unchooses it: nothing shown, nothing to act on.
    click_row(view, view.model().rowCount() - 1, modifier=Qt.KeyboardModifier.ControlModifier)
    same_record(pane, None)
    press(view, Qt.Key.Key_Home)
    same_record(pane, pane.identity(0))


ACTIONS = st.one_of(
    st.tuples(st.just("click"), st.floats(0, 1, exclude_max=True)),
    st.tuples(st.just("key"), st.sampled_from([Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home,
                                               Qt.Key.Key_End, Qt.Key.Key_PageDown,
                                               Qt.Key.Key_PageUp])),
    st.tuples(st.just("ctrl_click"), st.floats(0, 1, exclude_max=True)),
    st.tuples(st.just("sort"), st.integers(0, 3)),
)


@pytest.mark.parametrize("name", PANES)
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_after_any_clicks_and_keys_the_pane_and_the_button_agree_with_the_row(
        name: str, data: st.DataObject, window: MainWindow, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(window, "_choice_pane"):
        window._choice_pane = pane_of(name, window, answers, monkeypatch)  # type: ignore[attr-defined]
    pane: Pane = window._choice_pane  # type: ignore[attr-defined]
    view = pane.view
    model = view.model()
    view.clearSelection()
    view.setCurrentIndex(QModelIndex())
    expected: Any = None
    actions = ACTIONS if name not in MULTI else ACTIONS.filter(lambda a: a[0] != "ctrl_click")
    for kind, value in data.draw(st.lists(actions, min_size=1, max_size=8), label="actions"):
        rows = model.rowCount()
        if kind == "click":
            row = int(value * rows)
            click_row(view, row)
            expected = pane.identity(row)
        elif kind == "ctrl_click":
            row = int(value * rows)
            chosen = view.chosen_row()
            click_row(view, row, modifier=Qt.KeyboardModifier.ControlModifier)
            expected = None if chosen == row else pane.identity(row)
        elif kind == "key":
            before = view.currentIndex().row()
            press(view, value)
            after = view.currentIndex().row()
            predicted = {Qt.Key.Key_Down: 0 if before < 0 else min(before + 1, rows - 1),
                         Qt.Key.Key_Up: 0 if before < 0 else max(before - 1, 0),
                         Qt.Key.Key_Home: 0, Qt.Key.Key_End: rows - 1}.get(value, after)
            assert after == predicted
            if after != before:  # a key that cannot move (Up on the first row) does nothing
                expected = pane.identity(after)
        else:
            header = view.horizontalHeader()
            section = min(value, model.columnCount() - 1)
            x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
            # The chosen record stays chosen wherever the sort puts it.
        same_record(pane, expected)


def test_a_real_pin_from_left_behind_pins_the_household_shown(
        window: MainWindow, demo_operation: Operation) -> None:
    solve(window)
    page = results(window)
    add_flights_for_those_left_behind(window, page)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    click_row(tab.view, 0)
    row = max(1, tab.model.rowCount() // 2)
    click_row(tab.view, row, column=1)
    household = tab.model.record(row).household
    assert all(m.case_no in tab.detail.text() for m in household.members)
    flight_key = tab.flight_choice.currentData()
    click(tab.pin_button)
    with demo_operation.session() as session:
        made = session.execute(select(Pin.kind, Pin.household_id, Flight.flight_no,
                                      Flight.departs_at).join(Flight, Pin.flight_id == Flight.id)
                               ).all()
    assert [(k, h) for k, h, _n, _d in made] == [("flight", household.household_id)]
    assert flight_key == f"{made[0][2]} {made[0][3]:%Y-%m-%d}"
    # The result line names the household pinned and the flight.
    said = window.statusBar().currentMessage()
    assert said.startswith("Pinned ") and flight_key in said
    assert household.members[0].full_name in said
    if not household.implicit:
        assert household.code in said


@pytest.mark.parametrize("button_name", ["flight_pdf_button", "print_button"])
def test_export_acts_on_the_flight_clicked(window: MainWindow, answers: Answers,
                                           button_name: str, tmp_path: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    solve(window)
    pane = export_pane(window, answers)
    page = window.pages["export"]
    assert isinstance(page, ExportPage)
    click_row(page.flight_view, 0)
    click_row(page.flight_view, 2, column=1)
    expected = page.flights.record(2).key
    acted: list[str] = []
    if button_name == "flight_pdf_button":
        suggested: list[str] = []

        def save_file(_parent: Any, _title: str, name: str, *_a: Any) -> None:
            suggested.append(name)

        monkeypatch.setattr("ui.dialogs.ask.save_file", save_file)
        click(page.flight_pdf_button)
        acted = [expected] if suggested and expected in suggested[0] else suggested
    else:
        from PySide6.QtPrintSupport import QPrintDialog

        def print_dialog(dialog: QDialog) -> None:
            assert isinstance(dialog, QPrintDialog)
            acted.append(dialog.windowTitle())
            click_dialog_button(dialog, QDialogButtonBox.ButtonRole.RejectRole)

        answers.dialog = print_dialog
        click(page.print_button)
        acted = [expected] if acted and expected in acted[0] else acted
    assert acted == [expected]
    assert pane.shown() == expected
    assert isinstance(getattr(page, button_name), QPushButton)


def test_the_freed_seat_candidate_clicked_is_the_one_pinned(window: MainWindow) -> None:
    solve(window)
    page = results(window)
    _latest, added = add_flight_before_the_last(window, page)
    tab = page.flights_tab
    open_tab(page.tabs, tab)
    tab.pin_requested.disconnect(page.pin)
    row = tab.model.row_of(lambda f: f.flight_id == added.id)
    assert row is not None
    click_row(tab.view, row, column=1)
    click(tab.find_button)  # the real search, run by the Results screen
    assert tab.candidates.rowCount() >= 2
    key = tab.model.record(row).key
    assert tab.seat_title.text() == f"Who gets the free seats of {key}?"
    for candidate_row in (1, 0, tab.candidates.rowCount() - 1):
        click_row(tab.candidate_view, candidate_row, column=1)
        chosen = tab.candidates.record(candidate_row)
        assert chosen.names and chosen.names.split(",")[0] in tab.candidates.data(
            tab.candidates.index(candidate_row, 1))  # who, by name
        got = _captured(tab.pin_requested, lambda: click(tab.give_button))
        assert got == [("flight", chosen.candidate.household, key)]
    # Another flight clicked: its candidates are not listed yet, so nothing can be pinned.
    click_row(tab.view, 0 if row else 1)
    assert not tab.give_button.isEnabled() and tab.candidates.rowCount() == 0


def test_households_and_pins_act_on_the_household_clicked(window: MainWindow) -> None:
    solve(window)
    page = results(window)
    tab = page.households_tab
    open_tab(page.tabs, tab)
    tab.pin_requested.disconnect(page.pin)
    flown = [r for r in range(tab.model.rowCount()) if tab.model.record(r).flown]
    assert len(flown) >= 3
    for row in (flown[2], flown[0], flown[-1]):
        click_row(tab.view, row, column=2)
        household = tab.model.record(row)
        got = _captured(tab.pin_requested, lambda: click(tab.pin_flight_button))
        assert got == [("flight", household.stored_code, household.flight_key)]


def test_edits_name_the_record_in_the_result_line_and_deletes_in_the_question(
        window: MainWindow, answers: Answers) -> None:
    window.show_page("flights")
    page = window.pages["flights"]
    view = page.view  # type: ignore[attr-defined]
    click_row(view, 0)
    click_row(view, 2, modifier=Qt.KeyboardModifier.ControlModifier)
    keys = [page.ref_at(r).key for r in (0, 2)]  # type: ignore[attr-defined]
    answers.confirm_answer = False
    shortcut(window, window.actions_by_name["delete"])  # the Delete key on the table
    kind, question = answers.asked[-1]
    assert kind == "confirm" and all(k in question for k in keys)
    answers.confirm_answer = True
    menu_item(window, window.actions_by_name["delete"])
    said = window.statusBar().currentMessage()
    assert said.startswith("Done: Delete 2 records") and all(k in said for k in keys)
    shortcut(window, window.actions_by_name["undo"])
    assert window.statusBar().currentMessage().startswith("Undone: ")


def test_the_roster_edits_the_one_row_chosen_and_asks_when_several_are(
        window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    """F2 edits the person clicked; with two rows chosen by Ctrl+click it edits neither
    and says to choose one; Ctrl+click on the second again leaves the first chosen,
    and F2 edits it."""
    pane = roster_pane(window, monkeypatch)
    view = pane.view
    click_row(view, 4, column=1)
    same_record(pane, pane.identity(4))
    click_row(view, 1, modifier=Qt.KeyboardModifier.ControlModifier)
    assert pane.act() is None
    assert answers.asked[-1] == ("inform", "Edit: Choose one record to edit.")
    click_row(view, 1, modifier=Qt.KeyboardModifier.ControlModifier)
    assert pane.act() == pane.identity(4)
