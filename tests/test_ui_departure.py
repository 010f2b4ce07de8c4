"""The departure-day screen driven as at the desk: the flight chosen from the list, case
numbers typed (as a scanner types them) and Enter, Close flight and Depart pressed."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from planner.db.models import Person, Settings, StatusChange
from planner.departure.call_list import preview
from planner.departure.closing import CloseResult
from planner.departure.common import HouseholdChange, find_flight, moment_facts
from planner.planning import service
from planner.planning.reading import plan_json
from solvers.problem import lap_infant
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import (
    Answers,
    choose,
    click,
    click_dialog_button,
    click_row,
    click_screen,
    close_with_escape,
    narrowest_window,
    show,
    tick,
    type_text,
)
from ui.dialogs import ask
from ui.i18n import languages, tr
from ui.main_window import MainWindow
from ui.pages.departure_page import close_question
from ui.plan_words import short_date


def _pick_flight(page: Any, flight: str) -> None:
    """Choose ``flight`` in the page's list of flights as the officer does: a click opens
    the list, the arrow keys go to it, Enter takes it."""
    box = page.flight_box
    choose(box, at=next(i for i in range(box.count()) if box.itemText(i).startswith(flight)))


def _open(qtbot: Any, window: MainWindow) -> Any:
    """Open the departure-day screen by a click on its name (in the language installed)."""
    click_screen(window, tr("Departure day"))
    page = window.current_page()
    assert page is window.pages["departure"]
    return page


def _scan(page: Any, code: str) -> str:
    page.scan.setFocus()
    QTest.keyClicks(page.scan, code)
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    return str(page.answer.text())


def flight_destination(window: MainWindow, key: str) -> str:
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        return str(find_flight(session, key).destination)


def accepted(window: MainWindow, household: dict) -> set[str]:  # type: ignore[type-arg]
    """The airports every member of ``household`` (a plan JSON household) accepts."""
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        lists = session.scalars(select(Person.destinations).where(
            Person.case_no.in_([m["case_no"] for m in household["members"]])))
        return set.intersection(*({*(d or "CGK").split(";")} for d in lists))


def _published(window: MainWindow) -> dict:  # type: ignore[type-arg]
    operation = window.context.operation
    assert operation is not None
    plan_id = service.solve_and_store(operation, service.PlanningOptions(time_limit=20,
                                                                         publish=True))
    with operation.session() as session:
        return plan_json(session, plan_id or 0)


def test_typed_scans_check_in_close_and_depart(qtbot: Any, window: MainWindow,
                                               answers: Answers, tmp_path: Path) -> None:
    plan = _published(window)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    households = [h for h in plan["households"] if h["flight"] == flight]
    family = next(h for h in households if len(h["members"]) > 1)
    others = [h for h in households if h is not family]
    page = _open(qtbot, window)
    page.load_flights()
    # The flight chosen with the keyboard from the list.
    index = next(i for i in range(page.flight_box.count())
                 if page.flight_box.itemText(i).startswith(flight))
    page.flight_box.setFocus()
    while page.flight_box.currentIndex() != index:
        QTest.keyClick(page.flight_box, Qt.Key.Key_Down if page.flight_box.currentIndex() < index
                       else Qt.Key.Key_Up)
    booked = sum(len(h["members"]) for h in households)
    counts = page.board.counts
    assert counts.seats_booked + counts.infants == booked
    assert page.counts.text().startswith(f"Seats booked {counts.seats_booked}   |   Lap "
                                         f"infants {counts.infants}   |   ")
    assert page.model.rowCount() == booked
    # Unknown, then one member of a family: incomplete; the rest: checked in.
    assert _scan(page, "C-999999") == "C-999999: unknown case number"
    first, *rest = [m["case_no"] for m in family["members"]]
    answer = _scan(page, first)
    assert "incomplete" in answer and rest[0] in answer
    for case in rest:
        answer = _scan(page, case)
    assert answer.endswith(f"checked in, household {family['household']} complete "
                           f"({len(rest) + 1} persons)")
    assert _scan(page, first) == f"{first}: already checked in"
    # A person of another flight: wrong flight.
    elsewhere = next(h for h in plan["households"] if h["flight"] not in (None, flight))
    assert "wrong flight" in _scan(page, elsewhere["members"][0]["case_no"])
    # Everyone else but the last household, scanned one by one.
    no_show = others[-1]
    for household in others[:-1]:
        for member in household["members"]:
            _scan(page, member["case_no"])
    checked = sum(len(h["members"]) for h in [family, *others[:-1]])
    assert f"Checked in {checked}" in page.counts.text()
    # A person left behind, waiting for an airport this flight does not go to, comes as
    # standby: the desk says at once that they could never get a seat on it (it took
    # them, and said so only at the close).
    destination = flight_destination(window, flight)
    stranger = next(h for h in plan["households"] if h["flight"] is None
                    and len(h["members"]) == 1 and destination not in accepted(window, h))
    tick(page.standby)
    case = stranger["members"][0]["case_no"]
    # In the words of evacplan checkin's refusal (checkin_wrong_destination).
    said = _scan(page, case)
    prefix = f"{case}: {flight} flies to {destination}, and {case} accepts only "
    assert said.startswith(prefix), said
    named, _, rest = said.removeprefix(prefix).partition(": ")
    assert sorted(named.split(", ")) == sorted(accepted(window, stranger)), said
    assert rest == ("on standby for it they could never get a seat (change their "
                    f"destinations first if they now accept {destination})"), said
    # One who accepts the airport but may leave only after the flight: refused at once
    # too, with the reason the close would give (it took them as standby, and the close
    # confirmation said why they got no seat).
    hopeful = next(h for h in plan["households"] if h["flight"] != flight
                   and len(h["members"]) == 1 and destination in accepted(window, h))
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        departs = find_flight(session, flight).departure_date
        person = session.scalar(select(Person).where(
            Person.case_no == hopeful["members"][0]["case_no"]))
        assert person is not None
        person.available_from = departs + dt.timedelta(days=3)
    hoping = hopeful["members"][0]["case_no"]
    ready, leaves = departs + dt.timedelta(days=3), departs
    assert _scan(page, hoping) == (
        f"{hoping}: cannot wait for this flight, it could never be seated: May leave only "
        f"from {ready.day} {ready:%b %Y}; the flight leaves {leaves.day} {leaves:%b %Y}.")
    # The whole answer is shown, wrapped over lines: none of it cut at the window's edge.
    QTest.qWait(50)
    answer = page.answer
    assert answer.minimumSizeHint().width() <= answer.width() <= page.width()
    assert answer.height() >= answer.heightForWidth(answer.width()) > 0
    tick(page.standby, False)
    window.grab().save(str(Path(os.environ.get("EVACPLAN_SCREENSHOTS", tmp_path))
                           / "departure-screen.png"))
    # Close: the confirmation names the no-show household and the standby left out.
    click(page.close_button)
    assert answers.asked and no_show["household"] in answers.asked[-1][1]
    assert no_show["household"] in (answers.confirm_details[-1] or "")
    assert f"{hopeful['household']}: " not in answers.asked[-1][1]  # never checked in
    assert f"No-show {len(no_show['members'])}" in page.counts.text()
    assert not page.scan.isEnabled() and page.depart_button.isEnabled()
    click(page.depart_button)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        flown = Counter(session.scalars(select(Person.status).where(
            Person.case_no.in_([m["case_no"] for h in [family, *others[:-1]]
                                for m in h["members"]]))))
    assert flown == {"flown": checked}
    model = page.model
    from pytestqt.modeltest import ModelTester  # the model keeps Qt's rules

    ModelTester(None).check(model)


def test_the_screen_speaks_indonesian(qtbot: Any, window: MainWindow) -> None:
    _published(window)
    languages.install("id")
    try:
        from ui.pages.departure_page import DeparturePage

        page = DeparturePage(window.context)
        qtbot.addWidget(page)
        page.load_flights()
        assert page.title() == "Hari keberangkatan"
        assert page.counts.text().startswith("Kursi dipesan")
        assert _scan(page, "C-999999") == "C-999999: nomor kasus tidak dikenal"
    finally:
        languages.install("en")


def test_a_second_desk_sees_the_first_desks_checkins(qtbot: Any, window: MainWindow) -> None:
    """Two departure-day screens on one operation: the second shows the first's check-in
    within its refresh interval, without any click."""
    from ui.pages.departure_page import DeparturePage

    plan = _published(window)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    household = next(h for h in plan["households"] if h["flight"] == flight)
    first = _open(qtbot, window)
    first.load_flights()
    _pick_flight(first, flight)
    second = DeparturePage(window.context)
    qtbot.addWidget(second)
    second.show()
    second.activated()
    _pick_flight(second, flight)
    assert "Checked in 0" in second.counts.text()
    second.timer.setInterval(200)
    for member in household["members"]:
        _scan(first, member["case_no"])
    expected = f"Checked in {len(household['members'])}"
    qtbot.waitUntil(lambda: expected in second.counts.text(), timeout=3000)


def _busiest(plan: dict) -> tuple[str, list[dict]]:  # type: ignore[type-arg]
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    return flight, [h for h in plan["households"] if h["flight"] == flight]


def test_call_forward_previews_both_languages_then_writes_and_marks_called(
        qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    """The officer opens the call-forward preview, types the reference code (the demo has
    none), reads a passenger's message in both languages, writes the list: the CSV carries
    the messages and the passengers become called, in the counts and the database."""
    from ui.dialogs.call_forward_dialog import CallForwardDialog

    plan = _published(window)
    flight, households = _busiest(plan)
    persons = [m["case_no"] for h in households for m in h["members"]]
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    assert "Called 0" in page.counts.text()
    seen: dict[str, Any] = {}

    def officer(dialog: Any) -> None:
        assert isinstance(dialog, CallForwardDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["summary"] = dialog.summary.text()
        # No code yet: the write button waits for one, the preview says what is missing.
        assert not dialog.write_button.isEnabled()
        assert "reference code" in dialog.problem.text()
        QTest.keyClicks(dialog.reference, "x")
        assert not dialog.write_button.isEnabled() and "is not a reference code" in \
            dialog.problem.text()
        QTest.keyClick(dialog.reference, Qt.Key.Key_Backspace)
        QTest.keyClicks(dialog.reference, "kbri-pnh")
        assert dialog.write_button.isEnabled() and not dialog.problem.text()
        # Another passenger's message, chosen with the keyboard.
        dialog.passenger.setFocus()
        QTest.keyClick(dialog.passenger, Qt.Key.Key_Down)
        seen["id"] = dialog.indonesian.toPlainText()
        seen["en"] = dialog.english.toPlainText()
        seen["lengths"] = (dialog.indonesian_length.text(), dialog.english_length.text())
        seen["button"] = dialog.write_button.text()
        window.grab().save(str(tmp_path / "departure-call-forward-window.png"))
        dialog.grab().save(str(tmp_path / "departure-call-forward.png"))
        click(dialog.write_button)

    answers.dialog = officer
    answers.save_file = tmp_path / "calls.csv"
    click(page.call_button)
    second = persons[1]
    number = flight.rsplit(" ", 1)[0]
    assert f"{len(persons)} persons in {len(households)} households" in seen["summary"]
    assert f"marks {len(persons)} of them called" in seen["summary"]
    assert seen["button"] == f"Write list, mark {len(persons)} called..."
    assert seen["id"].startswith("[KBRI-PNH] KBRI:") and "pesawat" in seen["id"]
    assert seen["en"].startswith("[KBRI-PNH] Embassy:") and "flight" in seen["en"]
    # One SMS each (they were two, ~270 characters), the count shown under each message
    # (brackets count twice in GSM 7-bit); no English place words in the Indonesian one.
    assert seen["lengths"] == tuple(f"{len(text) + 2} of 160 characters: 1 SMS"
                                    for text in (seen["id"], seen["en"]))
    assert "airport" not in seen["id"] and "bandara" in seen["id"]
    for text in (seen["id"], seen["en"]):
        assert second in text and number in text
    with (tmp_path / "calls.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["case_no"] for r in rows] == persons
    assert next(r for r in rows if r["case_no"] == second)["message_en"] == seen["en"]
    # The report time as the file and the tables write it, year first; the preview wrote
    # it day first with dashes ('04-03-2026 03:00'), which a reader may take month first.
    assert f"report by {rows[0]['report_time']} at" in seen["summary"]
    assert f"Called {len(persons)}" in page.counts.text()
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        statuses = Counter(session.scalars(select(Person.status).where(
            Person.case_no.in_(persons))))
        code = session.scalar(select(Settings.reference_code))
    assert statuses == {"called": len(persons)} and code == "KBRI-PNH"
    # A second list of the same flight: nobody changes, and the preview says so.
    def cancel(dialog: Any) -> None:
        seen["again"] = dialog.summary.text()
        click_dialog_button(dialog, QDialogButtonBox.ButtonRole.RejectRole)

    answers.dialog = cancel
    click(page.call_button)
    assert "changes no status" in seen["again"]


def test_call_forward_cancelled_writes_and_changes_nothing(
        qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    plan = _published(window)
    flight, households = _busiest(plan)
    page = _open(qtbot, window)
    _pick_flight(page, flight)

    def officer(dialog: Any) -> None:
        dialog.show()
        QTest.keyClicks(dialog.reference, "KBRI-PNH")
        QTest.keyClick(dialog.reference, Qt.Key.Key_Escape)  # Cancel from the keyboard

    answers.dialog = officer
    answers.save_file = tmp_path / "calls.csv"
    click(page.call_button)
    assert not (tmp_path / "calls.csv").exists()
    assert "Called 0" in page.counts.text()
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        assert session.scalar(select(Settings.reference_code)) is None


def _check_in_all(page: Any, households: list[dict]) -> None:  # type: ignore[type-arg]
    for household in households:
        for member in household["members"]:
            _scan(page, member["case_no"])


def test_arrive_hands_over_the_selected_household_then_the_rest(
        qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    """Check in, close, depart, then Arrive: first one household picked by a click on its
    row, then everyone else; the confirmations name who changes, the counts follow."""
    plan = _published(window)
    flight, households = _busiest(plan)
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    assert not page.arrive_button.isEnabled()
    _check_in_all(page, households)
    click(page.close_button)
    assert not page.arrive_button.isEnabled()  # closed, not departed
    click(page.depart_button)
    _pick_flight(page, flight)  # the list opens on the next open flight after departure
    persons = sum(len(h["members"]) for h in households)
    assert f"Flown {persons}" in page.counts.text() and "Arrived 0" in page.counts.text()
    assert page.arrive_button.isEnabled() and not page.call_button.isEnabled()
    family = next(h for h in households if len(h["members"]) > 1)
    row = next(i for i, r in enumerate(page.model.rows) if r.case_no ==
               family["members"][0]["case_no"])
    click_row(page.table, row)
    click(page.arrive_button)
    kind, text = answers.asked[-1]
    assert kind == "confirm"
    assert f"Hand over {len(family['members'])} persons in 1 household from {flight}" in text
    assert "Only the selected households" in text
    assert family["household"] in (answers.confirm_details[-1] or "")
    left = persons - len(family["members"])
    assert f"Flown {left}" in page.counts.text()
    assert f"Arrived {len(family['members'])}" in page.counts.text()
    window.grab().save(str(tmp_path / "departure-arrive.png"))
    page.table.clearSelection()
    click(page.arrive_button)
    assert f"Hand over {left} persons" in answers.asked[-1][1]
    assert f"Arrived {persons}" in page.counts.text() and not page.arrive_button.isEnabled()
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        statuses = Counter(session.scalars(select(Person.status).where(Person.case_no.in_(
            [m["case_no"] for h in households for m in h["members"]]))))
    assert statuses == {"arrived": persons}


def test_arrive_declined_changes_nothing(qtbot: Any, window: MainWindow,
                                        answers: Answers) -> None:
    plan = _published(window)
    flight, households = _busiest(plan)
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    _check_in_all(page, households)
    click(page.close_button)
    click(page.depart_button)
    _pick_flight(page, flight)
    answers.confirm_answer = False
    click(page.arrive_button)
    persons = sum(len(h["members"]) for h in households)
    assert f"Flown {persons}" in page.counts.text() and "Arrived 0" in page.counts.text()


def test_close_flight_confirmation_of_70_no_shows_fits_an_800_pixel_screen(
        qapp: Any, tmp_path: Path) -> None:
    """70 no-show households: the box says the counts and the first few, the whole list
    is behind Show Details..., and the box stays well under 600 pixels high."""
    removed = [HouseholdChange(f"H-{n:06d}", (f"C-{2 * n:06d}", f"C-{2 * n + 1:06d}"))
               for n in range(1, 71)]
    plan = CloseResult(flight="GA 402 2026-03-04", plan_id=1, seats=180, seats_used=110, removed=removed,
                       added=[HouseholdChange("H-000900", ("C-000900",))])
    text, details = close_question(plan.flight, plan)
    assert "70 households" in text and "H-000001" in text and "65 more" in text
    assert "H-000070" not in text and "H-000070: C-000140, C-000141" in details
    box, _yes = ask.confirm_box(None, "Close flight", text, "Close flight", destructive=True,
                                details=details)
    box.show()
    assert box.sizeHint().height() < 600
    assert box.detailedText() == details
    box.grab().save(str(tmp_path / "close-flight-70-no-shows.png"))
    box.close()



def test_a_passenger_scanned_with_standby_ticked_is_checked_in_to_their_seat(
        qtbot: Any, window: MainWindow) -> None:
    """Issue (tester): with Standby still ticked from the last standby, a passenger booked
    on the flight got 'wrong flight, the seat is on QG 437 ...', the very flight on the
    screen. A seat on this flight is checked in as a seat, ticked or not."""
    plan = _published(window)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    single = next(h for h in plan["households"] if h["flight"] == flight
                  and len(h["members"]) == 1)
    page = _open(qtbot, window)
    page.load_flights()
    _pick_flight(page, flight)
    click(page.standby)
    assert page.standby.isChecked()
    case = single["members"][0]["case_no"]
    answer = _scan(page, case)
    assert "wrong flight" not in answer
    assert answer.startswith(f"{case}: checked in")
    row = next(r for r in page.board.rows if r.case_no == case)
    assert row.role == "passenger" and row.status == "checked_in"
    assert "Checked in 1" in page.counts.text() and "Standby 0" in page.counts.text()


def test_standby_is_unticked_when_another_flight_is_chosen(qtbot: Any,
                                                           window: MainWindow) -> None:
    """Issue (tester): Standby stayed ticked from one flight to the next (and after a
    close), so the next flight's first scan of a person booked elsewhere made them standby
    there. Choosing a flight starts its desk with the box clear."""
    _published(window)
    page = _open(qtbot, window)
    page.load_flights()
    assert page.flight_box.count() >= 2
    click(page.standby)
    assert page.standby.isChecked()
    first = page.flight_box.currentText()
    page.flight_box.setFocus()
    QTest.keyClick(page.flight_box, Qt.Key.Key_Down)
    assert page.flight_box.currentText() != first
    assert not page.standby.isChecked()


def test_closing_and_departing_a_flight_of_a_later_day_says_so_first(
        qtbot: Any, window: MainWindow, answers: Answers) -> None:
    """Officer's walk-through: the flight of 8 December was closed and marked departed on
    the 4th without a word (a flight of another day chosen in the list by mistake looks the
    same); every person not checked in became a no-show, and the situation report counted
    its passengers flown from the 4th. Close and Depart now say the day it is due to
    leave, and how many days ahead, before they change anything; today's flight does not."""
    from planner.sitrep.day import operation_today

    plan = _published(window)
    flight, households = _busiest(plan)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        today = operation_today(session)
        record = find_flight(session, flight)
        ahead = today + dt.timedelta(days=4)
        record.departs_at = dt.datetime.combine(ahead, record.departs_at.time())
        record.departure_date = ahead
        flight = record.key
    page = _open(qtbot, window)
    page.load_flights()
    _pick_flight(page, flight)
    _check_in_all(page, households)
    answers.confirm_answer = False
    click(page.close_button)
    due = f"due to leave on {ahead.day} {ahead:%b %Y}, in 4 days"
    assert due in answers.asked[-1][1]
    assert "not checked in becomes a no-show" in answers.asked[-1][1]
    assert "Checked in" in page.counts.text() and page.scan.isEnabled()  # nothing changed
    answers.confirm_answer = True
    click(page.close_button)
    click(page.depart_button)
    assert due in answers.asked[-1][1] and "flown from today" in answers.asked[-1][1]


def test_todays_flight_closes_and_departs_without_the_warning(
        qtbot: Any, window: MainWindow, answers: Answers) -> None:
    from planner.sitrep.day import operation_today

    plan = _published(window)
    flight, households = _busiest(plan)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        record = find_flight(session, flight)
        record.departure_date = operation_today(session)
        record.departs_at = dt.datetime.combine(record.departure_date, record.departs_at.time())
        flight = record.key
    page = _open(qtbot, window)
    page.load_flights()
    _pick_flight(page, flight)
    _check_in_all(page, households)
    click(page.close_button)
    click(page.depart_button)
    assert not any("due to leave" in text for _kind, text in answers.asked)
    assert "Flown" in page.counts.text()


def _edit_field_width(box: Any) -> int:
    """The width a combo box gives its current text (its frame and arrow taken off)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return int(box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                          QStyle.SubControl.SC_ComboBoxEditField, box).width())


def test_every_flight_of_the_list_reads_whole_in_indonesian(
        qtbot: Any, window: MainWindow, preferences: Any) -> None:
    """The walk of the 2,200-person demo in Indonesian (uitests, decisions): the flight
    list read "QG 7796 2026-03-07  (buka untuk la...)": which flights are open, closed or
    departed could not be told. Every flight's line fits the list, whatever it is showing,
    in the program's window at its narrowest."""
    _published(window)
    languages.install("id")
    try:
        main = narrowest_window(qtbot, window, preferences, "Hari keberangkatan")
        box = main.current_page().flight_box
        assert "(buka untuk lapor diri)" in box.currentText()
        for index in range(box.count()):
            QTest.keyClick(box, Qt.Key.Key_Down if index else Qt.Key.Key_Home)
            QTest.qWait(10)
            text = box.currentText()
            assert box.fontMetrics().horizontalAdvance(text) <= _edit_field_width(box), text
        main.close()
    finally:
        languages.install("en")


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_call_forward_place_and_the_seats_left_of_a_close_in_the_officers_language(
        qtbot: Any, language: str, window: MainWindow, answers: Answers,
        tmp_path: Path) -> None:
    """Officer's walk in Indonesian: the call-forward preview said 'melapor ... di PNH
    airport check-in' (the command line's list says 'check-in bandara PNH' since c383afb),
    and the list it wrote too; Close flight's 'Seats left 141 of 150' left the officer
    counting the lap infants as seats. The place is the list's phrase in the officer's
    language, in the preview and in the file, and the seats left say that lap infants
    take none."""
    from ui.i18n import tr

    plan = _published(window)
    flight, _households = _busiest(plan)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        origin = find_flight(session, flight).origin
    place = {"en": f"{origin} airport check-in", "id": f"check-in bandara {origin}"}[language]
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    seen: dict[str, str] = {}

    def officer(dialog: Any) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["summary"] = dialog.summary.text()
        QTest.keyClicks(dialog.reference, "kbri-pnh")
        dialog.grab().save(str(tmp_path / f"call-forward-{language}.png"))
        click(dialog.write_button)

    answers.dialog = officer
    answers.save_file = tmp_path / "calls.csv"
    click(page.call_button)
    assert f" {place}." in seen["summary"], seen["summary"]
    assert ("airport" in seen["summary"]) == (language == "en")
    with (tmp_path / "calls.csv").open(encoding="utf-8", newline="") as handle:
        assert {r["report_place"] for r in csv.DictReader(handle)} == {place}

    answers.confirm_answer = False  # the officer reads the question and cancels
    click(page.close_button)
    question = answers.asked[-1][1]
    laps = {"en": "(lap infants, under 2 on the day, sit on a lap and take no seat)",
            "id": "(bayi di bawah 2 tahun pada hari itu dipangku dan tidak memakai kursi)"}
    seats_line = next(line for line in question.splitlines()
                      if line.startswith(tr("Seats left: {left} of {seats}").split("{")[0]))
    assert seats_line.endswith(laps[language]), seats_line


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_call_forward_names_the_phone_numbers_the_csv_leaves_out(
        qtbot: Any, language: str, window: MainWindow, answers: Answers,
        tmp_path: Path) -> None:
    """The walk of 4 December: evacplan call-list names the phones without a country code
    that could be of more than one country (the CSV leaves them out); the desktop said
    nothing of them. The preview names each such person and phone, and the line said
    after writing counts them."""

    plan = _published(window)
    flight, households = _busiest(plan)
    cases = [m["case_no"] for h in households for m in h["members"]][:2]
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        for person in session.scalars(select(Person).where(Person.case_no.in_(cases))):
            person.phone, person.nationality = "0812 333 444", "IDN"  # or Cambodian
        names = {p.case_no: p.full_name for p in session.scalars(
            select(Person).where(Person.case_no.in_(cases)))}
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    seen: dict[str, Any] = {}

    def officer(dialog: Any) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        QTest.keyClicks(dialog.reference, "kbri-pnh")
        seen["visible"] = dialog.unplaced.isVisible() and dialog.unplaced_list.isVisible()
        seen["why"] = dialog.unplaced.text()
        seen["list"] = dialog.unplaced_list.toPlainText()
        # Two lines, shown whole in a box of their height, with no scroll bar beside
        # them (there was one, in a box of four lines).
        box = dialog.unplaced_list
        seen["scroll bar"] = box.verticalScrollBar().isVisible()
        line = box.fontMetrics().lineSpacing()
        seen["fits"] = 2 * line <= box.viewport().height() < 3 * line
        dialog.grab().save(str(tmp_path / f"call-forward-unplaced-{language}.png"))
        click(dialog.write_button)

    said: list[str] = []
    window.context.said.connect(said.append)
    answers.dialog = officer
    answers.save_file = tmp_path / "calls.csv"
    click(page.call_button)
    assert seen["visible"]
    start = {"en": "2 phone numbers have no country code",
             "id": "2 nomor telepon tidak punya kode negara"}[language]
    assert seen["why"].startswith(start), seen["why"]
    assert seen["list"].splitlines() == [f"{case}  {names[case]}: 0812 333 444"
                                         for case in cases]
    assert seen["scroll bar"] is False and seen["fits"] is True
    left = {"en": "phone numbers left out of the CSV (no country code): 2",
            "id": "nomor telepon yang tidak dimuat CSV (tanpa kode negara): 2"}[language]
    assert said and said[-1].endswith("; " + left), said
    with (tmp_path / "calls.csv").open(encoding="utf-8", newline="") as handle:
        phones = {r["case_no"]: r["phone"] for r in csv.DictReader(handle)}
    assert [phones[case] for case in cases] == ["", ""]


def test_call_forward_says_nothing_of_phones_when_every_one_is_placed(
        qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    plan = _published(window)
    flight, _households = _busiest(plan)
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    seen: dict[str, bool] = {}

    def officer(dialog: Any) -> None:
        dialog.show()
        seen["visible"] = dialog.unplaced.isVisible() or dialog.unplaced_list.isVisible()
        click_dialog_button(dialog, QDialogButtonBox.ButtonRole.RejectRole)

    answers.dialog = officer
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        assert not any(row.phone_unplaced for row in preview(session, flight).rows)
    click(page.call_button)
    assert seen == {"visible": False}


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_a_list_written_again_says_who_was_called_already_and_when(
        qtbot: Any, language: str, window: MainWindow, answers: Answers,
        tmp_path: Path) -> None:
    """The officer writes a flight's call list, then writes it again (a lost file): the
    line said after the second said '0 persons marked called', as if nobody had been
    called. It says, in the command line's words, how many were called for the flight
    already, in how many households, and when the last of them was."""
    plan = _published(window)
    flight, households = _busiest(plan)
    persons = [m["case_no"] for h in households for m in h["members"]]
    page = _open(qtbot, window)
    _pick_flight(page, flight)

    def officer(dialog: Any) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        type_text(dialog.reference, "kbri-pnh")
        click(dialog.write_button)

    said: list[str] = []
    window.context.said.connect(said.append)
    answers.dialog = officer
    answers.save_file = tmp_path / "calls.csv"
    click(page.call_button)
    answers.save_file = tmp_path / "calls again.csv"
    click(page.call_button)
    first, again = said[-2], said[-1]
    called = {"en": f"{len(persons)} persons marked called",
              "id": f"{len(persons)} orang ditandai sudah dipanggil"}[language]
    assert called in first, first
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        last = session.scalar(select(func.max(StatusChange.at)).where(
            StatusChange.to_status == "called"))
        when = moment_facts(session, last)
    day = short_date(dt.date.fromisoformat(when["day"]))  # as the desktop writes a day
    before = {"en": f"Called for this flight already: {len(persons)} persons in "
                    f"{len(households)} households, the last on {day} at "
                    f"{when['time']} ({when['zone']})",
              "id": f"Sudah dipanggil untuk penerbangan ini: {len(persons)} orang dalam "
                    f"{len(households)} keluarga, terakhir pada {day} pukul "
                    f"{when['time']} ({when['zone']})"}[language]
    assert "marked called" not in again and "ditandai" not in again, again
    assert again.endswith(before), again
    assert "calls again.csv" in again


def test_a_long_list_of_phones_left_out_scrolls_in_a_box_of_eight_lines(
        qtbot: Any, window: MainWindow, answers: Answers) -> None:
    """Twelve phones without a country code: the box shows eight lines and a scroll bar
    to reach the rest; the dialog does not grow with the list."""
    plan = _published(window)
    flight, households = _busiest(plan)
    cases = [m["case_no"] for h in households for m in h["members"]][:12]
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        for person in session.scalars(select(Person).where(Person.case_no.in_(cases))):
            person.phone, person.nationality = "0812 333 444", "IDN"
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    seen: dict[str, Any] = {}

    def officer(dialog: Any) -> None:
        show(dialog)
        qtbot.wait(20)  # laid out at its width, as the officer sees it
        box = dialog.unplaced_list
        line = box.fontMetrics().lineSpacing()
        seen["lines"] = box.blockCount()
        seen["scroll bar"] = box.verticalScrollBar().isVisible()
        seen["shown"] = box.viewport().height() // line
        close_with_escape(dialog)

    answers.dialog = officer
    click(page.call_button)
    assert seen == {"lines": 12, "scroll bar": True, "shown": 8}


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_the_close_question_counts_the_passengers_and_their_lap_infants(
        qtbot: Any, language: str, window: MainWindow, answers: Answers) -> None:
    """The officer checks in the households with a baby, and one more, then presses Close
    flight: the question counted seats only ('Seats left 141 of 150'), and the officer
    could not tell how many people board. It says how many passengers fly after the close
    and how many of them are lap infants, who take no seat."""
    plan = _published(window)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        infant_age = session.scalar(select(Settings.infant_age))
        born = dict(session.execute(select(Person.case_no, Person.date_of_birth)).all())
        days = {h["flight"]: find_flight(session, h["flight"]).departure_date
                for h in plan["households"] if h["flight"]}

    def babies(household: dict) -> int:  # type: ignore[type-arg]
        return sum(lap_infant(born[m["case_no"]], days[household["flight"]], infant_age)
                   for m in household["members"])

    with_baby = [h for h in plan["households"] if h["flight"] and babies(h)]
    flight = Counter(h["flight"] for h in with_baby).most_common(1)[0][0]
    boarding = [h for h in with_baby if h["flight"] == flight]
    boarding.append(next(h for h in plan["households"]
                         if h["flight"] == flight and not babies(h)))
    page = _open(qtbot, window)
    _pick_flight(page, flight)
    _check_in_all(page, boarding)
    answers.confirm_answer = False  # the officer reads the question and cancels
    click(page.close_button)
    question = answers.asked[-1][1]
    persons = sum(len(h["members"]) for h in boarding)
    infants = sum(babies(h) for h in boarding)
    assert infants > 0
    line = {"en": f"Passengers after the close: {persons} ({infants} lap infants, no seat)",
            "id": f"Penumpang setelah ditutup: {persons} ({infants} bayi dipangku, tanpa "
                  "kursi)"}[language]
    if infants == 1:
        line = line.replace("lap infants", "lap infant")
    assert line in question.splitlines(), question
