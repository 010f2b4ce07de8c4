"""The departure-day screen's counts: the seats booked beside the flight's seats, the lap
infants apart (SPEC 3.1 rule 2), by the planner's one rule of who takes a seat.

A flight filled to its last seat with infants on laps read "Booked 160 ... Seats free 0 of
157": an officer took the flight for overbooked."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from planner.db.models import Flight, Person
from planner.departure.board import read_board
from planner.departure.common import booked_on, find_flight
from planner.operation import get_settings
from planner.planning import service
from planner.planning.reading import plan_json
from solvers.problem import lap_infant
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import choose
from ui.i18n import languages
from ui.main_window import MainWindow
from ui.pages.departure_page import DeparturePage


def _full_flight_with_infants(window: MainWindow) -> tuple[str, int, int]:
    """Publish a plan and give the flight carrying the most lap infants exactly the seats
    its passengers take (a full flight): its key, the seats, the infants."""
    operation = window.context.operation
    assert operation is not None
    plan_id = service.solve_and_store(operation, service.PlanningOptions(time_limit=20,
                                                                         publish=True))
    with operation.session() as session:
        plan = plan_json(session, plan_id or 0)
        infant_age = get_settings(session).infant_age
        infants: Counter[str] = Counter()
        seated: Counter[str] = Counter()
        for household in plan["households"]:
            if not household["flight"]:
                continue
            flight = find_flight(session, household["flight"])
            for member in household["members"]:
                born = session.scalar(select(Person.date_of_birth).where(
                    Person.case_no == member["case_no"]))
                assert born is not None
                on_lap = lap_infant(born, flight.departure_date, infant_age)
                (infants if on_lap else seated)[flight.key] += 1
        key = max(infants, key=lambda k: (infants[k], k))
        assert infants[key] > 0, "the demo books no infant"
        flight = find_flight(session, key)
        flight.seats = seated[key]
    return key, seated[key], infants[key]


def _open_flight(qtbot: Any, window: MainWindow, key: str) -> DeparturePage:
    from tests.test_ui_departure import _open

    page = _open(qtbot, window)
    page.load_flights()
    choose(page.flight_box, text=next(page.flight_box.itemText(i)
                                      for i in range(page.flight_box.count())
                                      if page.flight_box.itemText(i).startswith(key)))
    assert page.board is not None and page.board.flight == key
    return page  # type: ignore[no-any-return]


def test_a_full_flight_with_lap_infants_reads_full_not_overbooked(
        qtbot: Any, window: MainWindow) -> None:
    key, seats, infants = _full_flight_with_infants(window)
    page = _open_flight(qtbot, window, key)
    text = page.counts.text()
    assert text.startswith(f"Seats booked {seats}   |   Lap infants {infants}   |   "), text
    assert text.endswith(f"Seats free 0 of {seats}"), text
    # No figure of persons booked stands beside the seats.
    assert f"Booked {seats + infants}" not in text
    # The screen's figures are the planner's (``count_passengers``).
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        flight_id = find_flight(session, key).id
        planned = booked_on(session, flight_id)
        board = read_board(session, flight_id)
    assert (board.counts.seats_booked, board.counts.infants) == (planned.seated,
                                                                  planned.infants)
    assert board.counts.booked == planned.passengers == seats + infants


def test_the_counts_read_in_indonesian_in_the_reports_words(
        qtbot: Any, window: MainWindow) -> None:
    key, seats, infants = _full_flight_with_infants(window)
    languages.install("id")
    try:
        page = DeparturePage(window.context)
        qtbot.addWidget(page)
        page.load_flights()
        choose(page.flight_box, text=next(page.flight_box.itemText(i)
                                          for i in range(page.flight_box.count())
                                          if page.flight_box.itemText(i).startswith(key)))
        text = page.counts.text()
        # The situation report's words for the same figures ("Kursi dipesan", "Bayi
        # dipangku"), not a second wording.
        assert text.startswith(f"Kursi dipesan {seats}   |   Bayi dipangku {infants}   |   "
                               "Sudah dipanggil 0"), text
        assert text.endswith(f"Kursi kosong 0 dari {seats}"), text
    finally:
        languages.install("en")


def test_the_board_counts_seats_by_the_planners_rule(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The board reads the one rule (``solvers.problem.lap_infant``), not a copy of it: an
    operation whose rule says nobody rides on a lap shows no lap infant."""
    key, seats, infants = _full_flight_with_infants(window)
    import planner.departure.board as board_module

    monkeypatch.setattr(board_module, "lap_infant", lambda *_args: False)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        flight = session.scalar(select(Flight).where(Flight.id == find_flight(session, key).id))
        assert flight is not None
        counts = read_board(session, flight.id).counts
    assert (counts.seats_booked, counts.infants) == (seats + infants, 0)
