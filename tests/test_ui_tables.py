"""Tables that cut no key, answer "who" by name, word reasons in full and count in the
right number; and the small things of the window: Tab leaves a table, the shortcuts
list names actions, a finished task leaves the status bar, chart axes count whole.

The operation here has case numbers and flight numbers as long as real ministries write
them ("PNH-26-0001234-KH"), in English and in Indonesian."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QSplitter, QTableView
from sqlalchemy import update

from planner import demo
from planner.db import Operation, open_operation
from planner.db.models import Flight, Person, Plan
from planner.export import Copy
from tests.test_ui_results import results, solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import (
    Answers,
    click,
    click_dialog_button,
    click_row,
    open_tab,
    tick_in_menu,
)
from ui.dialogs import ask
from ui.dialogs.shortcuts_dialog import ShortcutsDialog
from ui.i18n import languages
from ui.labels import field_label
from ui.main_window import MainWindow
from ui.messages import reason_summary
from ui.models.plan_tables import reasons_tooltip
from ui.plan_words import counted, flights_text, persons_text, whole_bound
from ui.preferences import Preferences
from ui.tasks import SynchronousTaskRunner
from ui.widgets.charts import SolveProgressChart, axis_top, nice_step
from ui.widgets.table_setup import CELL_PADDING


@pytest.fixture
def long_keys_operation(tmp_path: Path) -> Iterator[Operation]:
    """A demo whose case numbers and flight numbers are as long as ministries write them."""
    operation = open_operation(tmp_path / "long.sqlite", create=True)
    with operation.session() as session:
        demo.create(session, 150, seed=2)
        session.execute(update(Person).values(
            case_no="PNH-26-" + Person.id.cast(type_=Person.case_no.type) + "-KHM"))
        session.execute(update(Flight).values(flight_no="QZ 8205" + Flight.id.cast(
            type_=Flight.flight_no.type)))
    try:
        yield operation
    finally:
        operation.close()


@pytest.fixture
def long_window(qtbot: Any, long_keys_operation: Operation,
                preferences: Preferences) -> Iterator[MainWindow]:
    main = MainWindow(long_keys_operation, preferences=preferences,
                      tasks=SynchronousTaskRunner())
    main.detached = True
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def cut_cells(view: QTableView) -> list[tuple[str, str]]:
    """(header, text) of every cell of a never-cut column whose text does not fit."""
    model = view.model()
    metrics = view.fontMetrics()
    columns = getattr(model, "columns", [])
    cut = []
    for index, column in enumerate(columns):
        if not getattr(column, "fit", False) or view.isColumnHidden(index):
            continue
        room = view.columnWidth(index) - CELL_PADDING // 2
        header = str(model.headerData(index, Qt.Orientation.Horizontal))
        if metrics.horizontalAdvance(header) > room:
            cut.append((header, header))
        for row in range(model.rowCount()):
            text = str(model.index(row, index).data() or "")
            if metrics.horizontalAdvance(text) > room:
                cut.append((header, text))
    return cut


def test_no_key_is_cut_on_the_record_screens(long_window: MainWindow) -> None:
    for page_id in ("roster", "households", "flights", "shelters", "slots"):
        long_window.show_page(page_id)
        view = long_window.pages[page_id].view  # type: ignore[attr-defined]
        assert view.model().rowCount() > 0, page_id
        assert cut_cells(view) == [], page_id
    roster = long_window.pages["roster"].view  # type: ignore[attr-defined]
    assert any(str(roster.model().index(r, 0).data()).startswith("PNH-26-")
               for r in range(3))


def test_shelter_names_are_shown_whole(window: MainWindow, tmp_path: Path) -> None:
    """Two shelters whose names differ at the end ("Rumah Aman Perempuan 02", "... 05")
    read apart: the name column is as wide as the longest name."""
    window.show_page("shelters")
    view = window.pages["shelters"].view  # type: ignore[attr-defined]
    model = view.model()
    names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert any(len(name) > 20 for name in names), names
    room = view.columnWidth(0) - CELL_PADDING // 2
    assert [n for n in names if view.fontMetrics().horizontalAdvance(n) > room] == []
    window.grab().save(str(tmp_path / "shelters.png"))


def test_no_key_is_cut_in_indonesian(qtbot: Any, long_keys_operation: Operation,
                                     preferences: Preferences) -> None:
    languages.install("id")
    try:
        window = MainWindow(long_keys_operation, preferences=preferences,
                            tasks=SynchronousTaskRunner())
        window.detached = True
        qtbot.addWidget(window)
        window.show()
        for page_id in ("roster", "households", "flights"):
            window.show_page(page_id)
            view = window.pages[page_id].view  # type: ignore[attr-defined]
            assert cut_cells(view) == [], page_id
        # Nobody is planned yet: "Belum direncanakan" is the longest word of the Plan column.
        plan_column = [c.field for c in window.pages["roster"].model.columns].index(  # type: ignore[attr-defined]
            "plan_state")
        assert window.pages["roster"].model.index(0, plan_column).data() == \
            "Belum direncanakan"  # type: ignore[attr-defined]
        window.close()
    finally:
        languages.install("en")


def test_no_key_is_cut_on_the_plan_screens_and_who_is_named(
        long_window: MainWindow, answers: Answers, long_keys_operation: Operation) -> None:
    solve(long_window)
    long_window.show_page("export")  # seen once before the plans it will list
    page = results(long_window)
    tabs = {"flights": page.flights_tab, "left": page.left_tab,
            "households": page.households_tab, "shelters": page.shelters_tab}
    # A shelter's name and whom it takes are never cut ("Rumah Aman Perempuan 02" and
    # "Women and children" were, on the 2,200-person demo)
    assert {"Shelter", "Accepts"} <= {c.header for c in page.shelters_tab.model.columns
                                      if c.fit}
    for name, tab in tabs.items():
        open_tab(page.tabs, tab)  # each tab clicked open (a splitter inside it was named,
        # which opened none); a table whose columns give way to its width elides headers
        # (their tooltips say them whole), never a value (0e5b14a)
        cut = [(header, text) for header, text in cut_cells(tab.view)
               if not (tab.view.give_way and header == text)]
        assert cut == [], name
    # Publish, cancel the busiest flight, plan again: the changes are named.
    click(page.publish_button)
    busiest = max(page.overview.flights, key=lambda f: f.passengers)  # type: ignore[union-attr]
    long_window.show_page("flights")
    flights = long_window.pages["flights"]
    row = flights.model.row_of_id(busiest.flight_id)  # type: ignore[attr-defined]
    click_row(flights.view, row)  # type: ignore[attr-defined]
    answers.fill_and_save({"status": "cancelled"})
    click(flights.edit_button)  # type: ignore[attr-defined]
    solve(long_window)
    page = results(long_window)
    changes = page.changes_tab
    open_tab(page.tabs, changes)
    assert changes.model.rowCount() > 0
    assert cut_cells(changes.view) == []
    households = {h.household_id: h for h in page.overview.households}  # type: ignore[union-attr]
    names_column = [c.header for c in changes.model.columns].index("Names")
    for r in range(changes.model.rowCount()):
        move = changes.model.record(r).move
        shown = str(changes.model.index(r, names_column).data())
        assert households[move.household_id].members[0].full_name in shown
    # Plans "Good, not proven best" (the long status of a large operation's plans).
    with long_keys_operation.session() as session:
        session.execute(update(Plan).values(status="feasible"))
    long_window.context.reload()
    long_window.show_page("export")
    export = long_window.pages["export"]
    assert cut_cells(export.flight_view) == []  # type: ignore[attr-defined]
    # The plan pickers show their longest plan whole ("... published, in use" was cut on
    # the Export screen).
    QApplication.processEvents()  # the layouts take the pickers' new sizes
    for picker in (export.plan_choice, page.plan_choice):  # type: ignore[attr-defined]
        texts = [picker.itemText(i) for i in range(picker.count())]
        assert any("published, in use" in t for t in texts), texts
        widest = max(picker.fontMetrics().horizontalAdvance(t) for t in texts)
        assert picker.width() >= widest + 20, (picker.width(), widest)
    export.set_copy(Copy.EMBASSY)  # type: ignore[attr-defined]
    passengers = export.passenger_view  # type: ignore[attr-defined]
    assert cut_cells(passengers) == []
    # The embassy copy's table names each passenger's case number, whole; the airline
    # copy's carries none (SPEC 6).
    headers = [c.header for c in export.passengers.columns]  # type: ignore[attr-defined]
    case_column = headers.index(field_label("case_no"))
    assert export.passengers.rowCount() > 0  # type: ignore[attr-defined]
    assert not passengers.isColumnHidden(case_column)
    cases = {str(export.passengers.index(r, case_column).data())  # type: ignore[attr-defined]
             for r in range(export.passengers.rowCount())}  # type: ignore[attr-defined]
    assert cases and all(c.startswith("PNH-26-") and c.endswith("-KHM") for c in cases)
    assert all(getattr(c, "fit", False) for c in export.passengers.columns  # type: ignore[attr-defined]
               if c.header in (field_label("case_no"), field_label("household"), "Document"))
    export.set_copy(Copy.AIRLINE)  # type: ignore[attr-defined]
    assert passengers.isColumnHidden(case_column)
    assert cut_cells(passengers) == []


def test_the_why_column_shows_the_first_reason_and_counts_the_others() -> None:
    reasons = [{"code": "x", "text": "The flights are full."},
               {"code": "y", "text": "No appointment is early enough."},
               {"code": "z", "text": "Not cleared to leave."}]
    assert reason_summary(reasons[:1]) == "The flights are full."
    assert reason_summary(reasons[:2]) == "The flights are full. (+1 more reason)"
    assert reason_summary(reasons) == "The flights are full. (+2 more reasons)"
    assert reasons_tooltip(reasons).splitlines() == [
        "\u2022 The flights are full.", "\u2022 No appointment is early enough.",
        "\u2022 Not cleared to leave."]


def test_counts_name_their_nouns_in_the_right_number(qapp: Any) -> None:
    assert (flights_text(1), flights_text(2), flights_text(0)) == \
        ("1 flight", "2 flights", "0 flights")
    assert persons_text(2200) == "2,200 persons"
    assert counted(1, "{count} seat of {flight}", "{count} seats of {flight}",
                   flight="QZ 1") == "1 seat of QZ 1"
    languages.install("id")
    try:
        assert (flights_text(1), flights_text(3)) == ("1 penerbangan", "3 penerbangan")
    finally:
        languages.install("en")


def test_the_left_behind_pane_lists_every_reason(window: MainWindow) -> None:
    solve(window)
    page = results(window)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    for row in range(tab.model.rowCount()):
        reasons = tab.model.record(row).household.reasons
        click_row(tab.view, row)
        assert tab.detail.text().count("\u2022") == len(reasons)
        why = str(tab.model.index(row, 5).data())
        tip = str(tab.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole))
        if len(reasons) > 1:
            assert why.endswith(("more reason)", "more reasons)"))
            assert tip.count("\u2022") == len(reasons)
        if row >= 8:
            break


def test_every_reason_of_the_pane_can_be_read_on_a_laptop_screen(window: MainWindow) -> None:
    """At 1,280 x 800, the pane dragged to its least height, the household with the
    longest reasons can read them all: the pane scrolls (it cut the last lines of a
    20,000-person plan's reasons)."""
    window.resize(1280, 800)
    solve(window)
    page = results(window)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    longest = max(range(tab.model.rowCount()), key=lambda r: len(
        str(tab.model.index(r, 5).data(Qt.ItemDataRole.ToolTipRole) or "")))
    click_row(tab.view, longest)
    # The officer drags the pane down to its least height to see more of the table.
    splitter = tab.view.parentWidget()
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([10_000, 0])
    QApplication.processEvents()
    label = tab.detail
    assert label.text().count("\u2022") == len(tab.model.record(longest).household.reasons)
    assert label.height() >= label.heightForWidth(label.width()), "the reasons are cut"
    # As long as a 20,000-person plan's reasons (dozens of flights named in each).
    label.setText(label.text() + "\n" + "\n".join(
        f"\u2022 Reason {n}: " + ", ".join(f"QZ {n}{k:03d} 2026-03-{k % 28 + 1:02d}"
                                        for k in range(12)) for n in range(8)))
    QApplication.processEvents()
    assert label.height() >= label.heightForWidth(label.width()), "the reasons are cut"


def test_tab_leaves_a_table(window: MainWindow) -> None:
    window.show_page("flights")
    page = window.pages["flights"]
    view = page.view  # type: ignore[attr-defined]
    click_row(view, 0)
    view.setFocus()
    QApplication.processEvents()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert not view.hasFocus()
    assert view.chosen_row() == 0  # Tab did not move the chosen row either


def test_the_shortcuts_list_names_actions_once_with_solve(window: MainWindow,
                                                          answers: Answers) -> None:
    window.show_page("flights")
    page = window.pages["flights"]
    click_row(page.view, 0)  # type: ignore[attr-defined]
    answers.fill_and_save({"seats": 77})
    click(page.edit_button)  # type: ignore[attr-defined]
    assert window.actions_by_name["undo"].text().startswith("&Undo Edit")  # the last edit
    shown: list[list[tuple[str, str]]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        table = dialog.table
        shown.append([(table.item(r, 0).text(), table.item(r, 1).text())
                      for r in range(table.rowCount())])

    answers.dialog = read
    window.show_shortcuts()
    rows = dict(shown[0])
    assert "Undo" in rows and not any(name.startswith("Undo ") for name in rows)
    assert rows["Reload"] == QKeySequence("F5").toString(
        QKeySequence.SequenceFormat.NativeText)  # not "F5 / F5"
    native = QKeySequence.SequenceFormat.NativeText
    # Keys an officer has, as the user guide names them: no key called "Undo".
    assert rows["Undo"] == QKeySequence("Ctrl+Z").toString(native)
    assert rows["Redo"] == " / ".join(QKeySequence(k).toString(native)
                                      for k in ("Ctrl+Shift+Z", "Ctrl+Y"))
    assert rows["Solve (in the Plan screen)"] == QKeySequence("Ctrl+Return").toString(
        QKeySequence.SequenceFormat.NativeText)
    for keys in rows.values():
        parts = keys.split(" / ")
        assert len(parts) == len(set(parts))
    # The keys listed do what they say: Ctrl+Z undoes the edit, Ctrl+Shift+Z redoes it.
    def seats() -> int:
        return int(page.model.value(0, "seats"))  # type: ignore[attr-defined]

    assert seats() == 77
    QTest.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert seats() != 77
    QTest.keyClick(page.view, Qt.Key.Key_Z,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seats() == 77


def test_a_finished_export_leaves_the_status_bar_before_its_message(
        window: MainWindow, answers: Answers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    solve(window)
    window.show_page("export")
    page = window.pages["export"]
    seen: list[bool] = []

    def inform(*_args: Any, **_kwargs: Any) -> None:
        seen.append(window.task_progress.isVisible())

    monkeypatch.setattr(ask, "inform", inform)
    answers.save_file = tmp_path / "manifests.xlsx"
    click(page.workbook_button)  # type: ignore[attr-defined]
    assert seen == [False]
    assert not window.task_progress.isVisible()


def test_the_needs_filter_button_shows_its_whole_text(window: MainWindow) -> None:
    window.show_page("roster")
    page = window.pages["roster"]
    button = page.needs_button  # type: ignore[attr-defined]
    for action in list(page.need_actions.values())[:2]:  # type: ignore[attr-defined]
        tick_in_menu(button, action)
    QApplication.processEvents()
    text_width = button.fontMetrics().horizontalAdvance(button.text())
    assert button.width() >= text_width + 16, button.text()


def test_chart_axes_count_in_whole_numbers(qtbot: Any) -> None:
    for span in (0.3, 1, 3, 7, 12.5, 99, 1_234.5, 6_702.3):
        step = nice_step(span, 4)
        assert step >= 1 and float(step).is_integer(), span
    top, step = axis_top(7)
    assert float(top).is_integer() and float(step).is_integer()
    # A minimised count's bound rounds up, a maximised one's down: never a fraction.
    assert whole_bound("overflow_person_nights", 6_702.3) == 6_703
    assert whole_bound("overflow_person_nights", 6_702.0000001) == 6_702
    assert whole_bound("flown_weight", 31_010.9) == 31_010
    chart = SolveProgressChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.add(1.0, 6_702, 6_702.3)
    chart.add(2.0, 6_702, 6_702.3)
    chart.grab()  # paints the axis
    assert chart.tick_labels and all(label.replace(",", "").isdigit()
                                     for label in chart.tick_labels), chart.tick_labels


def test_a_new_flight_dialog_of_the_long_operation_starts_ahead(
        long_window: MainWindow, answers: Answers) -> None:
    starts: list[str] = []

    def read(dialog: QDialog) -> None:
        starts.append(dialog.form.editors["departs_at"].text())  # type: ignore[attr-defined]
        click_dialog_button(dialog, QDialogButtonBox.ButtonRole.RejectRole)

    answers.dialog = read
    long_window.show_page("flights")
    click(long_window.pages["flights"].add_button)  # type: ignore[attr-defined]
    assert dt.datetime.strptime(starts[0], "%Y-%m-%d %H:%M") > dt.datetime.now()



def test_the_export_screen_shows_every_column_of_its_flights_on_a_laptop(
        long_window: MainWindow) -> None:
    """At 1,280 x 800 the list of flights shows its seats and status whole, without
    scrolling sideways; the manifest beside it scrolls."""
    long_window.resize(1280, 800)
    solve(long_window)
    long_window.show_page("export")
    QApplication.processEvents()
    export = long_window.pages["export"]
    view = export.flight_view  # type: ignore[attr-defined]
    assert view.model().rowCount() > 0 and cut_cells(view) == []
    assert view.viewport().width() >= view.horizontalHeader().length(), \
        (view.viewport().width(), view.horizontalHeader().length())
    assert view.horizontalScrollBar().maximum() == 0
    assert export.passenger_view.width() >= 400  # type: ignore[attr-defined]
