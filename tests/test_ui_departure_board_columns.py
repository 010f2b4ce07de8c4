"""The Departure day board's columns: a checked-in passenger's status in the word its
counts and the command line use, and no household for a person travelling alone.

In Indonesian the counts read "Sudah lapor 19", the command line "Sudah lapor diri untuk
...", the situation report "sudah lapor diri", and the Status column of the very same
board "Sudah check-in" (walked at 20,000 persons, QZ 4532): two words for one status on
one screen. The column now reads "Sudah lapor diri"; English reads "Checked in" in both."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.test_ui_departure import _published
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import choose, click_screen
from ui.main_window import MainWindow
from ui.models.departure_table import DepartureTableModel

COUNTED = {"en": "Checked in", "id": "Sudah lapor"}
STATUS = {"en": "Checked in", "id": "Sudah lapor diri"}


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_a_scanned_passengers_status_reads_as_the_counts_say_it(
        qtbot: Any, language: str, window: MainWindow) -> None:
    plan = _published(window)
    page = window.pages["departure"]
    click_screen(window, page.title())
    assert window.current_page() is page
    board = page.board
    assert board is not None
    household = next(h for h in plan["households"] if h["flight"] == board.flight)
    for member in household["members"]:
        page.scan.setFocus()
        QTest.keyClicks(page.scan, member["case_no"])
        QTest.keyClick(page.scan, Qt.Key.Key_Return)
    model: DepartureTableModel = page.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Status")
    shown = {model.index(row, 0).data(): model.index(row, column).data()
             for row in range(model.rowCount())}
    members = {m["case_no"] for m in household["members"]}
    assert {shown[case] for case in members} == {STATUS[language]}
    assert f"{COUNTED[language]} {len(members)}" in page.counts.text()


def test_a_passenger_travelling_alone_has_no_household_on_the_board(
        qtbot: Any, window: MainWindow) -> None:
    """The roster, the manifests and the call list leave the household of a person
    travelling alone blank; the board showed their case number a second time."""
    plan = _published(window)
    page = window.pages["departure"]
    click_screen(window, page.title())
    def alone(h: dict) -> bool:  # type: ignore[type-arg]
        return bool(h["household"] == h["members"][0]["case_no"])

    flights = {h["flight"] for h in plan["households"] if h["flight"]}
    key = min(f for f in flights  # a flight carrying persons alone and a family
              if {alone(h) for h in plan["households"] if h["flight"] == f} == {True, False})
    choose(page.flight_box, text=next(page.flight_box.itemText(i)
                                      for i in range(page.flight_box.count())
                                      if page.flight_box.itemText(i).startswith(key)))
    model: DepartureTableModel = page.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Household")
    shown = {model.index(row, 0).data(): model.index(row, column).data()
             for row in range(model.rowCount())}
    booked = [h for h in plan["households"] if h["flight"] == key]
    together = [h for h in booked if not alone(h)]
    alone_ = [h for h in booked if alone(h)]
    assert {shown[h["household"]] for h in alone_} == {""}
    assert all(shown[m["case_no"]] == h["household"] for h in together for m in h["members"])
