"""Flights, shelters and document slots screens, households, and the settings form,
driven through their widgets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Flight, Household, Plan, PlanHousehold
from planner.records.settings import load_settings
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, click, click_row, menu_item, shortcut, tick, type_text
from ui.dialogs import ask
from ui.dialogs.record_form import RecordDialog
from ui.main_window import MainWindow
from ui.pages.households import HouseholdsPage
from ui.pages.record_page import RecordPage


def page_of(window: MainWindow, page_id: str) -> Any:
    window.show_page(page_id)
    return window.pages[page_id]


def texts(page: RecordPage, field: str) -> list[str]:
    col = [c.field for c in page.model.columns].index(field)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def test_flights_are_sorted_by_departure_and_edited(window: MainWindow, answers: Answers) -> None:
    page: RecordPage = page_of(window, "flights")
    departures = texts(page, "departs_at")
    assert departures == sorted(departures)
    before = page.model.total_count
    answers.fill_and_save({"flight_no": "qz 9999", "destination": "cgk",
                           "departs_at": dt.datetime(2026, 3, 9, 7, 45), "seats": 150,
                           "medical_capacity": 4, "status": "confirmed"})
    click(page.add_button)
    assert page.model.total_count == before + 1
    type_text(page.search, "QZ 9999")
    assert texts(page, "flight_no") == ["QZ 9999"]
    assert texts(page, "origin") == ["PNH"]  # the operation's origin
    assert texts(page, "departs_at") == ["2026-03-09 07:45"]
    assert texts(page, "status") == ["Confirmed"]
    click_row(page.view, 0)
    answers.fill_and_save({"status": "cancelled"})
    click(page.edit_button)
    assert texts(page, "status") == ["Cancelled"]
    answers.confirm_answer = True
    click(page.delete_button)
    assert page.model.rowCount() == 0 and page.model.total_count == before


def test_a_flight_in_a_plan_is_not_deleted(window: MainWindow, answers: Answers,
                                           demo_operation: Operation) -> None:
    with demo_operation.session() as session:
        flight = session.scalars(select(Flight).order_by(Flight.id)).first()
        household = session.scalars(select(Household)).first()
        assert flight is not None and household is not None
        plan = Plan(status="optimal", start_date=dt.date(2026, 3, 2))
        session.add(plan)
        session.flush()
        session.add(PlanHousehold(plan_id=plan.id, household_id=household.id,
                                  flight_id=flight.id))
        number = flight.flight_no
    page: RecordPage = page_of(window, "flights")
    type_text(page.search, number)
    click_row(page.view, 0)
    click(page.delete_button)
    assert answers.asked[-1][0] == "warn" and "set its status to cancelled" in answers.asked[-1][1]
    assert number in texts(page, "flight_no")


def test_shelters_and_slots_forms(window: MainWindow, answers: Answers) -> None:
    shelters: RecordPage = page_of(window, "shelters")
    answers.fill_and_save({"name": "Wisma Baru", "beds": 40, "accepts": "women_children",
                           "medical_care": True, "open_from": dt.date(2026, 3, 5)})
    click(shelters.add_button)
    type_text(shelters.search, "baru")
    assert texts(shelters, "accepts") == ["Women and children"]
    assert texts(shelters, "medical_care") == ["\u2713"]
    assert texts(shelters, "open_from") == ["2026-03-05"] and texts(shelters, "open_until") == [""]

    slots: RecordPage = page_of(window, "slots")
    answers.fill_and_save({"starts_at": dt.datetime(2026, 3, 20, 10, 0), "capacity": 25,
                           "location": "Mobile team Siem Reap"})
    click(slots.add_button)
    type_text(slots.search, "siem reap")
    assert texts(slots, "slot_id") == ["S-0320-1000-MTSR"]
    assert texts(slots, "ready_after_hours") == ["48"]


def test_a_shelter_closing_before_it_opens_is_refused_in_the_form(
        window: MainWindow, answers: Answers) -> None:
    page: RecordPage = page_of(window, "shelters")
    answers.fill_and_save({"name": "Wisma X", "beds": 5, "open_from": dt.date(2026, 3, 10),
                           "open_until": dt.date(2026, 3, 1)})
    count = page.model.total_count
    click(page.add_button)
    dialog = answers.dialogs[-1]
    assert isinstance(dialog, RecordDialog) and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.visible_problems()["open_until"] == "Cannot be before Open from."
    assert page.model.total_count == count


def test_households_list_families_with_their_members(window: MainWindow, answers: Answers) -> None:
    page = page_of(window, "households")
    assert isinstance(page, HouseholdsPage)
    persons = window.context.stores.persons.table
    codes = set(persons.columns["household"][persons.columns["household"] != ""].tolist())
    assert page.model.rowCount() == len(codes)  # persons travelling alone are hidden
    tick(page.show_alone)
    assert page.model.rowCount() == len(np.unique(persons.columns["household_id"]))
    tick(page.show_alone, False)
    click_row(page.view, 0)
    code = page.model.index(0, 0).data()
    members = int(page.model.index(0, 1).data())
    assert page.members_model.rowCount() == members
    assert page.members_title.text() == f"Members of {code}"
    answers.fill_and_save({"code": "FAMILY-1"})
    click(page.rename_button)
    window.show_page("roster")
    roster = window.pages["roster"]
    type_text(roster.search, "FAMILY-1")  # type: ignore[attr-defined]
    assert roster.model.rowCount() == members  # type: ignore[attr-defined]
    # Edit > Undo: Ctrl+Z in the search box would undo the typing there
    menu_item(window, window.actions_by_name["undo"])
    assert roster.model.rowCount() == 0  # type: ignore[attr-defined]


def test_adding_a_member_presets_the_household(window: MainWindow, answers: Answers) -> None:
    page = page_of(window, "households")
    click_row(page.view, 0)
    code = page.model.index(0, 0).data()
    members = page.members_model.rowCount()
    answers.fill_and_save({"full_name": "Bayi Baru", "sex": "F",
                           "date_of_birth": dt.date(2025, 12, 1)})
    click(page.add_button)
    click_row(page.view, page.model.row_of_id(page.model.record_id(0)) or 0)
    window.show_page("households")
    row = [page.model.index(r, 0).data() for r in range(page.model.rowCount())].index(code)
    click_row(page.view, row)
    assert page.members_model.rowCount() == members + 1


def test_settings_form_checks_saves_and_undoes(window: MainWindow, answers: Answers,
                                               demo_operation: Operation) -> None:
    answers.fill_and_save({"timezone": "Mars/Olympus", "origin_airport": "PP"})
    menu_item(window, window.actions_by_name["settings"])
    dialog = answers.dialogs[-1]
    assert isinstance(dialog, RecordDialog)
    problems = dialog.form.visible_problems()
    assert problems["timezone"].startswith("A time zone") and "origin_airport" in problems
    roster = window.pages["roster"]
    medical_rows = roster.model.table.columns["medical"]  # type: ignore[attr-defined]
    before = roster.model.table.columns["priority"][medical_rows].copy()  # type: ignore[attr-defined]
    answers.fill_and_save({"name": "Operation Pulang", "weights.medical": 10})
    menu_item(window, window.actions_by_name["settings"])
    assert window.windowTitle().startswith("Operation Pulang")
    after = roster.model.table.columns["priority"][medical_rows]  # type: ignore[attr-defined]
    assert np.all(after == before + 7)  # priorities follow the new weight at once
    shortcut(window, window.actions_by_name["undo"])
    with demo_operation.session() as session:
        assert load_settings(session).values["weights"]["medical"] == 3


def fullest_published_flight(operation: Operation) -> tuple[int, str, int, int]:
    """Plan and publish; the plan's id, the key of its fullest flight, and how many
    households and persons have seats on it."""
    from collections import Counter

    from planner.planning import service
    from planner.planning.reading import plan_json

    plan_id = service.solve_and_store(operation, service.PlanningOptions(
        time_limit=20, publish=True))
    assert plan_id is not None
    with operation.session() as session:
        document = plan_json(session, plan_id)
    load = Counter(h["flight"] for h in document["households"] if h["flight"])
    key = max(load, key=lambda k: (load[k], k))
    persons = sum(len(h["members"]) for h in document["households"] if h["flight"] == key)
    return plan_id, key, load[key], persons


def test_cancelling_a_flight_with_passengers_asks_naming_who_loses_a_seat(
        window: MainWindow, answers: Answers, demo_operation: Operation,
        monkeypatch: Any) -> None:
    """Setting a booked flight's status to Cancelled saved at once, without a word about
    its passengers: the officer is now told how many persons in how many households lose
    their seats, and may keep the flight."""
    from PySide6.QtTest import QTest

    from tests.ui_support import click, click_row

    plan_id, key, households, persons = fullest_published_flight(demo_operation)
    number = key.rsplit(" ", 1)[0]
    page: RecordPage = page_of(window, "flights")
    QTest.keyClicks(page.search, number)  # typed into the search, as at the desk
    row = texts(page, "flight_no").index(number)
    click_row(page.view, row)
    answers.fill_and_save({"status": "cancelled"})
    asked: list[str] = []
    keep = True  # the officer keeps the flight; the form's note of a past date is agreed

    def confirm(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> bool:
        asked.append(text)
        return text.endswith("Save it all the same?") or not keep

    monkeypatch.setattr(ask, "confirm", confirm)
    click(page.edit_button)
    assert asked[-1] == (
        f"{persons} persons in {households} households have seats on {key} in the published "
        f"plan {plan_id}: cancelling the flight takes their seats.\n\nPlan again to move "
        "them to other flights.")
    with demo_operation.session() as session:
        statuses = set(session.scalars(select(Flight.status).where(Flight.flight_no == number)))
    assert "cancelled" not in statuses
    keep = False
    click(page.edit_button)
    assert texts(page, "status")[row] == "Cancelled"


def test_cutting_a_flights_seats_below_its_passengers_asks(
        window: MainWindow, answers: Answers, demo_operation: Operation,
        monkeypatch: Any) -> None:
    """Typing fewer seats than the published plan seats on a flight saved at once, though
    the user guide (section 4) says the program asks: it now says who loses a seat, and
    declining keeps the seats."""
    from PySide6.QtTest import QTest

    from tests.ui_support import click, click_row

    plan_id, key, households, persons = fullest_published_flight(demo_operation)
    number = key.rsplit(" ", 1)[0]
    with demo_operation.session() as session:
        seats_before = session.scalars(select(Flight.seats).where(
            Flight.flight_no == number)).first()
    page: RecordPage = page_of(window, "flights")
    QTest.keyClicks(page.search, number)  # typed into the search, as at the desk
    row = texts(page, "flight_no").index(number)
    click_row(page.view, row)

    def type_seats(dialog: Any) -> None:
        assert isinstance(dialog, RecordDialog)
        type_text(dialog.form.editors["seats"], "5")
        click(dialog.save_button)

    answers.dialog = type_seats
    asked: list[str] = []
    keep = True  # the officer keeps the seats; the form's note of a past date is agreed

    def confirm(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> bool:
        asked.append(text)
        return text.endswith("Save it all the same?") or not keep

    monkeypatch.setattr(ask, "confirm", confirm)
    click(page.edit_button)
    said = [t for t in asked if "seats leave" in t]
    assert len(said) == 1, asked
    assert said[0].startswith(
        f"{persons} persons in {households} households have seats on {key} in the published "
        f"plan {plan_id}: 5 seats leave ")
    assert said[0].endswith("without one.\n\nPlan again to move them to other flights.")

    def seats_now() -> int | None:
        with demo_operation.session() as session:
            return session.scalars(select(Flight.seats).where(
                Flight.flight_no == number)).first()

    assert seats_now() == seats_before
    keep = False
    click(page.edit_button)
    assert seats_now() == 5
