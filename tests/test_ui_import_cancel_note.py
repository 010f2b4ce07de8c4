"""The Import screen's summary names a flight a flights sheet cancels while the published
plan has passengers on it, and how many persons in how many households lose their seats
(it was imported without a word)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt

from planner.departure.common import find_flight
from tests.test_ui_departure import _published
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from ui.main_window import MainWindow
from ui.pages.import_page import DONE, ImportPage


def test_the_summary_names_a_cancelled_flight_and_who_lose_their_seats(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    plan = _published(window)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    households = [h for h in plan["households"] if h["flight"] == flight]
    persons = sum(len(h["members"]) for h in households)
    operation = window.context.operation
    assert operation is not None
    with operation.session() as session:
        found = find_flight(session, flight)
        number, departs = found.flight_no, found.departs_at
    book = Workbook()
    sheet = book.active
    sheet.title = "Flights"
    sheet.append(["Flight No", "Departs At", "Status"])
    sheet.append([number, departs, "cancelled"])
    book.save(tmp_path / "flights.xlsx")
    page = window.pages["import"]
    assert isinstance(page, ImportPage)
    page.open_file(tmp_path / "flights.xlsx")
    qtbot.mouseClick(page.check_step.import_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == DONE
    said = page.done_step.lines.text()
    assert (f"Flights row 2 cancels {flight}: {persons:,} persons in {len(households):,} "
            "households lose their seats on it in the published plan") in said, said
    window.resize(1100, 760)
    page.done_step.grab().save(str(Path(os.environ.get("EVACPLAN_SCREENSHOTS", tmp_path))
                                   / "import_done_cancelled_flight.png"))
