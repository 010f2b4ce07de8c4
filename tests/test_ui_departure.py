"""The departure-day screen driven as at the desk: the flight chosen from the list, case
numbers typed (as a scanner types them) and Enter, Close flight and Depart pressed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from planner.db.models import Person
from planner.planning import service
from planner.planning.reading import plan_json
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, click
from ui.i18n import languages
from ui.main_window import MainWindow


def _open(qtbot: Any, window: MainWindow) -> Any:
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        if item.text() == "Departure day":
            qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                             pos=window.sidebar.visualItemRect(item).center())
    page = window.current_page()
    assert page is window.pages["departure"]
    return page


def _scan(page: Any, code: str) -> str:
    page.scan.setFocus()
    QTest.keyClicks(page.scan, code)
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    return str(page.answer.text())


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
    assert f"Booked {booked}" in page.counts.text()
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
    window.grab().save(str(tmp_path / "departure-screen.png"))
    # Close: the confirmation names the no-show household.
    click(page.close_button)
    assert answers.asked and no_show["household"] in answers.asked[-1][1]
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
        assert page.counts.text().startswith("Dipesan")
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
    first.choose_flight(flight)
    second = DeparturePage(window.context)
    qtbot.addWidget(second)
    second.show()
    second.activated()
    second.choose_flight(flight)
    assert "Checked in 0" in second.counts.text()
    second.timer.setInterval(200)
    for member in household["members"]:
        _scan(first, member["case_no"])
    expected = f"Checked in {len(household['members'])}"
    qtbot.waitUntil(lambda: expected in second.counts.text(), timeout=3000)
