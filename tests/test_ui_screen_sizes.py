"""Screens read whole at every size the window allows, in English and in Indonesian: the
figures of a list are never cut or pushed behind a scroll bar (headers may elide), a
form's labels are whole, a chart below the fold is announced.

Each screen is opened as the officer does, by a click on its name in the list of screens,
in a window at its least size and at the widths testers used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QStyle,
    QStyleOptionHeaderV2,
    QTableView,
    QToolTip,
)

from planner.db import Operation
from planner.records import editing
from planner.records.editing import RecordKind
from tests.test_ui_results import solve
from tests.test_ui_tables import cut_cells
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, click, click_row, narrowest_window, open_tab, show
from ui.main_window import MainWindow
from ui.preferences import Preferences

SCREEN_NAMES = {"en": {"export": "Export and print", "results": "Results"},
                "id": {"export": "Ekspor dan cetak", "results": "Hasil"}}


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def hidden_columns(view: QTableView) -> list[str]:
    """The headers of the never-cut columns that do not lie whole inside the view's
    viewport as it is first shown (scrolled to the left): cut by its edge, or behind the
    vertical scroll bar."""
    model = view.model()
    room = view.viewport().width()
    hidden = []
    for index, column in enumerate(getattr(model, "columns", [])):
        if not getattr(column, "fit", False) or view.isColumnHidden(index):
            continue
        right = view.columnViewportPosition(index) + view.horizontalScrollBar().value() \
            + view.columnWidth(index)
        if right > room:
            hidden.append(str(column.header))
    return hidden


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_export_flight_list_shows_every_figure_whole(
        qtbot: Any, window: MainWindow, preferences: Preferences, language: str) -> None:
    """Export at the window's least width and at 1,126 px: every column of the list of
    flights lies whole in the list ('15' was shown for 157 passengers, '150 d' for
    '150 dari 180' seats)."""
    solve(window)
    main = narrowest_window(qtbot, window, preferences, SCREEN_NAMES[language]["export"])
    page = main.pages["export"]
    view = page.flight_view  # type: ignore[attr-defined]
    assert view.model().rowCount() > 0
    for width in (main.minimumSizeHint().width(), 1126, 1280):
        main.resize(width, 700)
        settle()
        assert main.width() <= max(width, main.minimumSizeHint().width())
        assert hidden_columns(view) == [], (language, main.width())
        assert cut_cells(view) == [], (language, main.width())
    main.close()


def cut_figures(view: QTableView) -> list[tuple[str, str]]:
    """(header, text) of every value of a never-cut column that does not fit its column
    (headers may elide)."""
    return [(header, text) for header, text in cut_cells(view) if header != text]


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_results_shelters_last_column_is_not_behind_the_scroll_bar(
        qtbot: Any, window: MainWindow, preferences: Preferences, demo_operation: Operation,
        language: str) -> None:
    """Results, Shelters tab, at the window's least width and a height at which its table
    scrolls: every column lies whole beside the vertical scroll bar (the last, 'Malam-orang',
    sat behind it in Indonesian) and no figure is cut."""
    with demo_operation.session() as session:  # enough shelters for the table to scroll
        for index in range(12):
            editing.create(session, RecordKind.SHELTER, {
                "name": f"Rumah Aman Perempuan {index + 10:02d}", "beds": 1000 + index,
                "accepts": "women_children", "medical_care": index % 2 == 0})
    window.context.reload()
    solve(window)
    main = narrowest_window(qtbot, window, preferences, SCREEN_NAMES[language]["results"])
    page = main.pages["results"]
    tab = page.shelters_tab  # type: ignore[attr-defined]
    open_tab(page.tabs, tab)  # type: ignore[attr-defined]
    view = tab.view
    for height in (640, 900):
        main.resize(main.minimumSizeHint().width(), height)
        settle()
        if height == 640:
            assert view.verticalScrollBar().isVisible()
        assert hidden_columns(view) == [], (language, main.size())
        assert view.horizontalScrollBar().maximum() == 0, (language, main.size())
        assert cut_figures(view) == [], (language, main.size())
    main.close()


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_situation_report_says_where_its_chart_is_and_goes_to_it(
        qtbot: Any, window: MainWindow, preferences: Preferences, language: str) -> None:
    """The situation report in a window 640 px high (a 1,366 x 768 laptop less its
    panels): its chart by day starts below the fold; the bar's button names it and a click
    scrolls to it."""
    solve(window)
    name = {"en": "Situation report", "id": "Laporan situasi"}[language]
    main = narrowest_window(qtbot, window, preferences, name)
    main.resize(1350, 640)
    settle()
    page = main.pages["sitrep"]
    button = page.chart_button  # type: ignore[attr-defined]
    assert button.isVisible() and button.isEnabled()
    assert button.text() == {"en": "Chart by day \u2193", "id": "Grafik per hari \u2193"}[language]
    scroll = page.page_scroll  # type: ignore[attr-defined]
    top = page.chart_top  # type: ignore[attr-defined]
    bar = scroll.verticalScrollBar()
    assert top is not None and top > bar.value() + scroll.viewport().height()  # below
    click(button)
    settle()
    assert bar.value() <= top < bar.value() + scroll.viewport().height() // 2
    main.close()


def cut_labels(dialog: QDialog) -> list[str]:
    """The form's labels narrower than their words."""
    return [label.text() for label in dialog.findChildren(QLabel)
            if label.buddy() is not None and label.isVisible()
            and label.width() < label.fontMetrics().horizontalAdvance(label.text())]


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_person_form_labels_are_whole_at_800_by_600(
        qtbot: Any, window: MainWindow, answers: Answers, language: str) -> None:
    """The person form opened by Edit... in an 800 x 600 window, at that size and at its
    least size: every label whole ('Boleh berangk' was cut in Indonesian; at the least
    size the Travel and Document labels were gone); the form scrolls instead."""
    window.resize(800, 600)
    window.show_page("roster")
    roster = window.pages["roster"]
    seen: dict[str, list[str]] = {}

    def look(dialog: QDialog) -> None:
        show(dialog)
        for size in ((800, 600), (dialog.minimumSizeHint().width(), 600),
                     (dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height())):
            dialog.resize(*size)
            settle()
            seen[f"{dialog.width()}x{dialog.height()}"] = cut_labels(dialog)
        dialog.reject()

    answers.dialog = look
    click_row(roster.view, 0)  # type: ignore[attr-defined]
    click(roster.edit_button)  # type: ignore[attr-defined]
    assert len(seen) >= 2 and all(cut == [] for cut in seen.values()), seen


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_results_flights_last_column_is_not_behind_the_scroll_bar(
        qtbot: Any, window: MainWindow, preferences: Preferences, demo_operation: Operation,
        language: str, tmp_path: Path) -> None:
    """Results, Flights tab, at the window's least width and a height at which its table
    scrolls, as the Shelters tab (0e5b14a): every column lies whole beside the vertical
    scroll bar, no sideways scroll, and no figure is cut."""
    import datetime as dt

    with demo_operation.session() as session:  # enough flights for the table to scroll
        for index in range(12):
            editing.create(session, RecordKind.FLIGHT, {
                "flight_no": f"GA {7100 + index}", "origin": "PNH", "destination": "CGK",
                "departs_at": dt.datetime(2026, 3, 10 + index, 10, 0), "seats": 150})
    window.context.reload()
    solve(window)
    main = narrowest_window(qtbot, window, preferences, SCREEN_NAMES[language]["results"])
    page = main.pages["results"]
    tab = page.flights_tab  # type: ignore[attr-defined]
    open_tab(page.tabs, tab)  # type: ignore[attr-defined]
    view = tab.view
    for height in (560, 900):
        main.resize(main.minimumSizeHint().width(), height)
        settle()
        main.grab().save(str(tmp_path / f"results-flights-{language}-{height}.png"))
        if height == 560:
            assert view.verticalScrollBar().isVisible()
        assert hidden_columns(view) == [], (language, main.size())
        assert view.horizontalScrollBar().maximum() == 0, (language, main.size())
        assert cut_figures(view) == [], (language, main.size())
    main.close()


def cut_at_edge(view: QTableView) -> list[str]:
    """The headers of the never-cut columns that the viewport's right edge cuts, the view
    scrolled to the left: partly in sight ('13 Jun 19' of a date of birth)."""
    room = view.viewport().width()
    return [str(column.header) for index, column in enumerate(view.model().columns)
            if getattr(column, "fit", False) and not view.isColumnHidden(index)
            and view.columnViewportPosition(index) < room
            < view.columnViewportPosition(index) + view.columnWidth(index)]


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_export_manifest_shows_a_date_whole_or_not_at_all(
        qtbot: Any, window: MainWindow, preferences: Preferences, language: str) -> None:
    """Officer's walk: at the least width the manifest beside the list of flights cut
    'Tanggal lahir' at its edge, a date of birth read in part. At every width from the
    least to 1,660 px the dates, keys and figures are whole in sight or wholly behind the
    sideways scroll; the name gives way (it elides into its tooltip)."""
    solve(window)
    main = narrowest_window(qtbot, window, preferences, SCREEN_NAMES[language]["export"])
    page = main.pages["export"]
    click_row(page.flight_view, 0)  # type: ignore[attr-defined]
    view = page.passenger_view  # type: ignore[attr-defined]
    assert view.model().rowCount() > 0
    view.horizontalScrollBar().setValue(0)
    for width in range(main.minimumSizeHint().width(), 1700, 20):
        main.resize(width, 700)
        settle()
        assert cut_at_edge(view) == [], (language, main.width())
        assert cut_figures(view) == [], (language, main.width())
    main.close()


def clipped_headers(view: QTableView) -> list[tuple[str, str, str]]:
    """(header, what the header draws, its tooltip on a hover) of every column narrower
    than its header's words, as the officer sees them: the words as the header's style
    lays them out in the section, and the tip Qt shows with the pointer held over it."""
    header = view.horizontalHeader()
    model = view.model()
    found = []
    for index in range(header.count()):
        if header.isSectionHidden(index):
            continue
        option = QStyleOptionHeaderV2()
        header.initStyleOptionForIndex(option, index)
        option.rect = QRect(header.sectionViewportPosition(index), 0,
                            header.sectionSize(index), header.height())
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        words = str(model.headerData(index, Qt.Orientation.Horizontal))
        if header.fontMetrics().horizontalAdvance(words) <= room.width():
            continue
        drawn = words if option.textElideMode == Qt.TextElideMode.ElideNone else \
            header.fontMetrics().elidedText(words, option.textElideMode, room.width())
        at = room.center()
        QTest.mouseMove(header.viewport(), at)
        QApplication.sendEvent(header.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at)))
        found.append((words, drawn, QToolTip.text() if QToolTip.isVisible() else ""))
        QToolTip.hideText()
    return found


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_results_headers_too_narrow_elide_and_say_their_words_on_a_hover(
        qtbot: Any, window: MainWindow, preferences: Preferences, language: str,
        tmp_path: Path) -> None:
    """Results, Flights and Shelters tabs, at the window's least width: a right-aligned
    header narrower than its words ('Penumpang', 'Kapasitas') was cut on its left with no
    '...', so that it read as another word ('terbanyak' of 'Terpakai terbanyak'). Each
    such header ends in '...' and its tooltip says it whole."""
    solve(window)
    main = narrowest_window(qtbot, window, preferences, SCREEN_NAMES[language]["results"])
    page = main.pages["results"]
    seen = []
    for tab in (page.flights_tab, page.shelters_tab):  # type: ignore[attr-defined]
        open_tab(page.tabs, tab)  # type: ignore[attr-defined]
        main.resize(main.minimumSizeHint().width(), 700)
        settle()
        tab.view.grab().save(str(tmp_path / f"{type(tab).__name__}-{language}.png"))
        for words, drawn, tip in clipped_headers(tab.view):
            seen.append(words)
            assert drawn.endswith("\u2026") and drawn != words, (language, words, drawn)
            assert tip == words, (language, words, tip)
    assert seen, "no header is narrower than its words at the least width"
    main.close()
