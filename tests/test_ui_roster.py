"""The roster screen driven through its widgets: search, filters, sorting, add / edit /
delete with undo and redo, field problems in the form, and another officer's change."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import AuditEntry, Household, Person, Plan, PlanHousehold
from planner.records import editing
from planner.records.editing import RecordKind
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import (
    Answers,
    choose,
    click,
    click_row,
    menu_item,
    shortcut,
    tick_in_menu,
    type_text,
)
from ui.dialogs.record_form import RecordDialog
from ui.main_window import MainWindow
from ui.models.record_table import ID_ROLE
from ui.pages.roster import RosterPage


def roster(window: MainWindow) -> RosterPage:
    page = window.pages["roster"]
    assert isinstance(page, RosterPage)
    window.show_page("roster")
    return page


def column(page: RosterPage, field: str) -> int:
    return [c.field for c in page.model.columns].index(field)


def cells(page: RosterPage, field: str) -> list[str]:
    col = column(page, field)
    return [page.model.index(row, col).data() for row in range(page.model.rowCount())]


def test_every_model_passes_the_model_tester(qtmodeltester: Any, window: MainWindow) -> None:
    window.show_page("households")
    click_row(window.pages["households"].view, 0)  # type: ignore[attr-defined]
    for page in window.pages.values():
        for name in ("model", "members_model"):
            model = getattr(page, name, None)
            if model is not None:
                qtmodeltester.check(model)


def test_search_as_you_type_over_name_case_passport_and_household(
        qtbot: Any, window: MainWindow, demo_operation: Operation) -> None:
    page = roster(window)
    with demo_operation.session() as session:
        person = session.scalars(select(Person).where(Person.passport_no.is_not(None))
                                 .order_by(Person.id)).first()
        family = session.scalars(select(Household).where(Household.implicit.is_(False))).first()
        assert person is not None and family is not None
        members = {p.case_no for p in family.members}
        case_no, passport, name = person.case_no, person.passport_no, person.full_name
    qtbot.keyClicks(page.search, case_no.lower())
    assert cells(page, "case_no") == [case_no]
    page.search.clear()
    type_text(page.search, passport)
    assert case_no in cells(page, "case_no")
    type_text(page.search, family.code)
    assert set(cells(page, "case_no")) == members
    first_word = name.split()[0]
    type_text(page.search, first_word.upper())
    assert page.model.rowCount() > 0
    for shown_name, household in zip(cells(page, "full_name"), cells(page, "household"),
                                     strict=True):
        assert first_word.casefold() in f"{shown_name} {household}".casefold()
    type_text(page.search, "zzzz-nobody")
    assert page.model.rowCount() == 0
    assert page.view.empty_label.isVisible()
    assert "Nothing matches" in page.view.empty_label.text()
    assert "0 of 150 persons" in page.count_label.text()
    page.clear_filters()
    assert page.model.rowCount() == 150


def test_filters_combine(window: MainWindow) -> None:
    page = roster(window)
    table = page.model.table
    tick_in_menu(page.needs_button, page.need_actions["unaccompanied_minor"])
    assert page.model.rowCount() == int(table.columns["unaccompanied_minor"].sum())
    assert page.needs_button.text().startswith("Needs: Unaccompanied minor")  # type: ignore[union-attr]
    page.clear_filters()
    choose(page.document_filter, "needs_document")
    assert set(cells(page, "document_status")) <= {"Expired", "Missing", "Lost", "Confiscated"}
    needing = page.model.rowCount()
    choose(page.destination_filter, "KNO")
    assert 0 < page.model.rowCount() < needing
    assert all("KNO" in d for d in cells(page, "destinations"))
    assert page.clear_button.isEnabled()
    click(page.clear_button)
    assert page.model.rowCount() == 150 and not page.clear_button.isEnabled()


def test_plan_filter_shows_who_is_left_behind(window: MainWindow,
                                              demo_operation: Operation) -> None:
    with demo_operation.session() as session:
        households = list(session.scalars(select(Household).order_by(Household.id)))
        plan = Plan(status="optimal", start_date=dt.date(2026, 3, 2),
                    published_at=dt.datetime(2026, 3, 1, 12))
        session.add(plan)
        session.flush()
        session.add(PlanHousehold(plan_id=plan.id, household_id=households[0].id, flight_id=1))
        session.add(PlanHousehold(plan_id=plan.id, household_id=households[1].id,
                                  reasons=["no seat"]))
        left_behind = {p.case_no for p in households[1].members}
    shortcut(window, window.actions_by_name["reload"])
    page = roster(window)
    assert "published plan" in page.count_label.text()
    choose(page.plan_filter, "left_behind")
    assert set(cells(page, "case_no")) == left_behind
    assert set(cells(page, "plan_state")) == {"Left behind"}
    choose(page.plan_filter, "waiting")
    assert all(cells(page, "plan_flight"))


def test_sorting_is_native_and_keeps_the_selection(window: MainWindow) -> None:
    page = roster(window)
    age = column(page, "age")
    page.view.sortByColumn(age, Qt.SortOrder.AscendingOrder)
    ages = [int(a) for a in cells(page, "age")]
    assert ages == sorted(ages)  # 9 before 10: numbers, not text
    click_row(page.view, 5)
    chosen = page.model.index(5, 0).data(ID_ROLE)
    page.view.sortByColumn(column(page, "full_name"), Qt.SortOrder.DescendingOrder)
    names = [n.casefold() for n in cells(page, "full_name")]
    assert names == sorted(names, reverse=True)
    assert page.model.index(page.view.currentIndex().row(), 0).data(ID_ROLE) == chosen
    assert page.view.selected_rows() == [page.view.currentIndex().row()]


def test_add_edit_delete_with_undo_and_redo(window: MainWindow, answers: Answers,
                                            demo_operation: Operation) -> None:
    page = roster(window)
    answers.fill_and_save({"full_name": "Wulan Sari", "sex": "F",
                           "date_of_birth": dt.date(1995, 4, 1), "destinations": "sub;cgk",
                           "household": "H-NEW"})
    menu_item(window, window.actions_by_name["add"])
    assert page.model.total_count == 151
    type_text(page.search, "wulan sari")
    assert cells(page, "destinations") == ["SUB;CGK"] and cells(page, "household") == ["H-NEW"]
    new_case = cells(page, "case_no")[0]

    click_row(page.view, 0)
    answers.fill_and_save({"full_name": "Wulan Sari Dewi", "medical": True})
    shortcut(window, window.actions_by_name["edit"])  # F2 on the row clicked
    assert cells(page, "full_name") == ["Wulan Sari Dewi"]  # the row followed the edit
    type_text(page.search, new_case)
    assert "Medical" in cells(page, "needs")[0]

    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert undo.isEnabled() and undo.toolTip() == f"Undo Edit person {new_case}"
    menu_item(window, undo)  # the search box has the keyboard: Edit > Undo
    assert cells(page, "full_name") == ["Wulan Sari"]
    menu_item(window, redo)
    assert cells(page, "full_name") == ["Wulan Sari Dewi"]

    click_row(page.view, 0)
    answers.confirm_answer = False
    shortcut(window, window.actions_by_name["delete"])
    assert page.model.total_count == 151  # the officer said no
    answers.confirm_answer = True
    menu_item(window, window.actions_by_name["delete"])
    assert page.model.total_count == 150 and page.model.rowCount() == 0
    shortcut(window, undo)  # Ctrl+Z with the table's keyboard
    assert page.model.total_count == 151 and cells(page, "full_name") == ["Wulan Sari Dewi"]
    shortcut(window, undo)
    menu_item(window, undo)
    assert page.model.total_count == 150  # back to before the add
    with demo_operation.session() as session:
        actions = [(e.action, e.entity_key) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "person").order_by(AuditEntry.id))]
    assert [a for a, key in actions if key == new_case] == [
        "create", "update", "update", "update", "delete", "create", "update", "delete"]


def test_the_form_shows_field_problems_and_stays_open(window: MainWindow, answers: Answers) -> None:
    roster(window)
    answers.fill_and_save({"full_name": "Budi", "sex": "M", "pregnant": True,
                           "destinations": "Atlantis"})
    shortcut(window, window.actions_by_name["add"])
    dialog = answers.dialogs[-1]
    assert isinstance(dialog, RecordDialog)
    assert not dialog.result()  # still open
    problems = dialog.form.visible_problems()
    assert problems["date_of_birth"] == "Required."
    assert problems["pregnant"] == "Only for a woman."
    assert problems["destinations"].startswith("Airport codes or their cities")
    assert window.pages["roster"].model.total_count == 150  # type: ignore[attr-defined]


def test_another_officers_change_is_explained_with_reload(
        window: MainWindow, answers: Answers, demo_operation: Operation) -> None:
    page = roster(window)
    click_row(page.view, 0)
    person_id = page.model.index(0, 0).data(ID_ROLE)
    with demo_operation.session() as session:  # another officer renames the person
        ref = editing.load(session, RecordKind.PERSON, person_id).ref
        editing.update(session, ref, {"full_name": "Changed Elsewhere"})
    click(page.delete_button)  # based on the version the window shows
    assert answers.asked[-1][0] == "conflict"
    assert page.model.total_count == 150  # nothing deleted
    row = page.model.row_of_id(person_id)
    assert row is not None
    assert page.model.index(row, column(page, "full_name")).data() == "Changed Elsewhere"


def test_an_undo_over_another_officers_change_is_refused(
        window: MainWindow, answers: Answers, demo_operation: Operation, qtbot: Any) -> None:
    page = roster(window)
    click_row(page.view, 0)
    person_id = page.model.index(0, 0).data(ID_ROLE)
    answers.fill_and_save({"notes": "first visit"})
    menu_item(window, window.actions_by_name["edit"])
    with demo_operation.session() as session:
        ref = editing.load(session, RecordKind.PERSON, person_id).ref
        editing.update(session, ref, {"notes": "someone else"})
    shortcut(window, window.actions_by_name["undo"])
    qtbot.waitUntil(lambda: bool(answers.asked))  # told once the undo stack is done
    assert answers.asked[-1][0] == "conflict"
    qtbot.waitUntil(lambda: window.context.edits.undo_stack.count() == 0)
    with demo_operation.session() as session:
        assert editing.load(session, RecordKind.PERSON, person_id).values["notes"] == \
            "someone else"


def test_priority_and_age_follow_the_plan_start(window: MainWindow) -> None:
    page = roster(window)
    table = page.model.table
    ages = table.columns["age"]
    assert np.nanmin(ages) >= 0
    assert set(np.unique(table.columns["priority"])) <= set(range(1, 16))


def test_enter_on_a_row_opens_its_form(qtbot: Any, window: MainWindow, answers: Answers) -> None:
    page = roster(window)
    opened: list[Any] = []
    answers.dialog = opened.append
    page.view.setFocus()
    click_row(page.view, 3)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert opened[0].form.value("case_no") == page.model.index(3, 0).data()


def test_a_cancelled_reading_says_so(window: MainWindow, monkeypatch: Any) -> None:
    from ui.data.stores import PersonStore
    from ui.tasks import TaskCancelled

    def cancelled(self: Any, operation: Any, state: Any) -> None:
        raise TaskCancelled()

    page = roster(window)
    store = window.context.stores.persons
    monkeypatch.setattr(PersonStore, "_read_all", cancelled)
    store.set_operation(window.operation)  # read afresh: the reading is cancelled
    assert page.model.total_count == 0
    assert page.view.empty_label.text() == \
        "The records were not read. Press F5 to read them again."
