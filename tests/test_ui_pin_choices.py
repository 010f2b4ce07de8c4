"""Results > Left behind offers only flights the chosen household can take: the list of
"Pin the household to" follows the household clicked, the best flight first, and a flight
it cannot take is shown disabled with the rule that rules it out. Driven as an officer
does: clicks on the rows, keys in the list, the Pin button; the next plan keeps the pin."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Person, Pin
from planner.records import editing
from planner.records.editing import RecordKind
from tests.test_ui_results import add_flights_for_those_left_behind, results, solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, click, click_row, open_tab, press
from ui.main_window import MainWindow
from ui.pages.results_tabs import LeftBehindTab


def _members(operation: Operation, household_id: int) -> list[Any]:
    with operation.session() as session:
        return list(session.execute(
            select(Person.destinations, Person.available_from, Person.cleared_from)
            .where(Person.household_id == household_id)))


def _offered(tab: LeftBehindTab) -> list[tuple[str, bool, str]]:
    """(text, enabled, key or "") of each entry of the list, separators left out."""
    combo = tab.flight_choice
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    found = []
    for index in range(combo.count()):
        text = combo.itemText(index)
        if not text:  # a separator
            continue
        item = model.item(index)
        found.append((text, bool(item.isEnabled()), str(combo.itemData(index) or "")))
    return found


def test_the_pin_list_follows_the_household_clicked(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    solve(window)
    page = results(window)
    add_flights_for_those_left_behind(window, page)
    overview = page.overview
    assert overview is not None
    # A flight to an airport nobody left behind accepts, and one cancelled.
    accepted = {a for h in overview.left_behind for m in h.members
                for a in m.destinations.split(";")}
    elsewhere = next(f for f in ("PDG", "DPS", "KNO", "BTH", "SUB", "UPG")
                     if f not in accepted)
    last = max(overview.flights, key=lambda f: f.departs_at)
    for number, status, to in ((1, "confirmed", elsewhere),
                               (2, "cancelled", sorted(accepted)[0])):
        window.context.edits.create(RecordKind.FLIGHT, {
            "flight_no": f"XD {number}", "origin": last.origin, "destination": to,
            "departs_at": last.departs_at + dt.timedelta(days=20), "seats": 300,
            "status": status})
    tab = page.left_tab
    open_tab(page.tabs, tab)
    assert tab.model.rowCount() >= 3
    seen_refused = False
    for row in range(tab.model.rowCount()):
        click_row(tab.view, row, column=1)
        household = tab.model.record(row).household
        members = _members(demo_operation, household.household_id)
        offered = _offered(tab)
        enabled = [(text, key) for text, on, key in offered if on]
        refused = [text for text, on, _key in offered if not on]
        assert enabled, f"{household.code}: the flights added for it are not offered"
        for text, key in enabled:
            to = text.split(" to ")[1][:3]
            day = dt.date.fromisoformat(key.rsplit(" ", 1)[1])
            assert all(to in (m.destinations or "CGK").split(";") for m in members), text
            assert all(day >= (m.available_from or overview.start) for m in members), text
            assert all(m.cleared_from is None or day >= m.cleared_from for m in members), text
            assert not key.startswith("XD 2 "), "a cancelled flight is offered"
        # The entries it cannot take come last, each with the rule.
        assert [on for _t, on, _k in offered] == sorted((on for _t, on, _k in offered),
                                                        reverse=True)
        # The airports the household accepts are named, as a refused pin names them.
        assert any(t.startswith("XD 1 ") and ": the household accepts only " in t
                   and t.endswith(f", not {elsewhere}") for t in refused)
        assert any(t.startswith("XD 2 ") and t.endswith(": the flight is cancelled")
                   for t in refused)
        seen_refused = True
        # The first entry is the one chosen; keys never land on an entry it cannot take.
        combo = tab.flight_choice
        assert combo.currentData() == enabled[0][1]
        for key in [Qt.Key.Key_Down] * (len(offered) + 2) + [Qt.Key.Key_Up] * 3:
            press(combo, key)
            assert combo.currentData(), combo.currentText()
            assert tab.pin_button.isEnabled()
    assert seen_refused
    # Pin the household of the last row clicked to the flight chosen; the next plan
    # keeps it there and releases no pin.
    press(tab.flight_choice, Qt.Key.Key_Home)
    target = str(tab.flight_choice.currentData())
    household = tab.current_row().household  # type: ignore[union-attr]
    click(tab.pin_button)
    assert target in window.statusBar().currentMessage()
    solve(window)
    overview = results(window).overview
    assert overview is not None and not overview.conflicts
    line = next(h for h in overview.households if h.household_id == household.household_id)
    assert line.flight_key == target


def test_a_household_no_flight_can_take_has_nothing_to_pin(window: MainWindow) -> None:
    """The demo's households left behind wait for airports no flight goes to: nothing is
    offered as holding, and the Pin button stays off."""
    solve(window)
    page = results(window)
    tab = page.left_tab
    open_tab(page.tabs, tab)
    click_row(tab.view, 0)
    offered = _offered(tab)
    assert offered and not any(on for _t, on, _k in offered)
    assert tab.flight_choice.currentIndex() == -1
    assert tab.flight_choice.placeholderText() == "No flight can take this household"
    assert not tab.pin_button.isEnabled()
    click(tab.pin_button)
    assert window.statusBar().currentMessage() == "" or \
        not window.statusBar().currentMessage().startswith("Pinned")


def test_keep_this_flight_refuses_a_flight_cancelled_since_the_plan(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    """Households and pins > Keep this flight offers the household's flight in the plan;
    cancelled since, a pin to it would be released at once: the officer is told why and
    nothing is pinned."""
    solve(window)
    page = results(window)
    tab = page.households_tab
    open_tab(page.tabs, tab)
    choose(tab.filter, "flown")
    click_row(tab.view, 0, column=1)
    household = tab.current_household()
    assert household is not None and household.flight_id is not None
    flight = page.overview.flight(household.flight_id)  # type: ignore[union-attr]
    assert flight is not None
    with demo_operation.session() as session:
        ref = editing.load(session, RecordKind.FLIGHT, flight.flight_id).ref
    window.context.edits.update(ref, {"status": "cancelled"})
    open_tab(page.tabs, tab)
    tab.select_household(household.household_id)
    click_row(tab.view, tab.view.chosen_row() or 0, column=1)
    assert tab.current_household().household_id == household.household_id  # type: ignore[union-attr]
    asked = len(answers.asked)
    click(tab.pin_flight_button)
    with demo_operation.session() as session:
        assert session.scalar(select(Pin.id)) is None
    kind, text = answers.asked[asked]
    assert kind == "warn" and flight.key in text and "the flight is cancelled" in text


def test_keep_this_shelter_refuses_a_shelter_that_no_longer_takes_the_household(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    """Households and pins > Keep this shelter, after the shelter was made a shelter for
    men only and the household has a woman: the next plan would release the pin, so the
    officer is told why (pins.pin refuses it for every caller) and nothing is pinned."""
    solve(window)
    page = results(window)
    tab = page.households_tab
    open_tab(page.tabs, tab)
    choose(tab.filter, "all")
    overview = page.overview
    assert overview is not None
    with demo_operation.session() as session:
        women = {p.household_id for p in session.scalars(
            select(Person).where(Person.sex == "F", Person.needs_shelter.is_(True)))}
    row = tab.model.row_of(lambda h: h.shelter_id is not None and h.household_id in women)
    assert row is not None
    click_row(tab.view, row, column=1)
    household = tab.current_household()
    assert household is not None and household.shelter_id is not None
    with demo_operation.session() as session:
        ref = editing.load(session, RecordKind.SHELTER, household.shelter_id).ref
    window.context.edits.update(ref, {"accepts": "men"})
    open_tab(page.tabs, tab)
    tab.select_household(household.household_id)
    click_row(tab.view, tab.view.chosen_row() or 0, column=1)
    assert tab.current_household().household_id == household.household_id  # type: ignore[union-attr]
    assert tab.pin_shelter_button.isEnabled()
    asked = len(answers.asked)
    click(tab.pin_shelter_button)
    with demo_operation.session() as session:
        assert session.scalar(select(Pin.id)) is None
    kind, text = answers.asked[asked]
    assert kind == "warn"
    assert text == (f"Pin: Not pinned: the next plan would release the pin of household "
                    f"{household.code} to shelter {household.shelter_name}, because "
                    f"{household.shelter_name} takes only men")
