"""The departure-day board of a flight that has left, after the next plan is published.

Walked at 20,000 persons (seed 3): QG 5273 of 3 March departed with 185 persons, they
arrived, and the morning's re-plan was published. The board then read "Seats booked 0 |
Flown 0 | Arrived 0 | No-show 35 | Seats free 215 of 215" and listed only the no-shows:
it took its passengers from the published plan, and a new plan rightly leaves out the
persons who have flown (SPEC 8.1). Who flew on a flight is the person's movement (status
and its flight), whatever plan is published after."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.db import open_operation
from planner.departure.board import read_board
from planner.departure.common import find_flight
from tests.test_departure_day import _busiest, _run, day  # noqa: F401 - the fixture


def test_a_departed_flight_keeps_its_passengers_after_a_new_plan_is_published(
        day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    db, plan = day
    flight, households = _busiest(plan)
    no_show, *present = households
    named = [m["case_no"] for h in present for m in h["members"]]
    code, _, err = _run(capsys, db, "checkin", flight, *named)
    assert code == 0, err
    for command in ("close", "depart"):
        code, _, err = _run(capsys, db, command, flight)
        assert code == 0, err
    first = present[0]["members"][0]["case_no"]  # one household handed over, the rest flown
    code, _, err = _run(capsys, db, "arrive", flight, first)
    assert code == 0, err
    operation = open_operation(db)
    try:
        with operation.session() as session:
            before = read_board(session, find_flight(session, flight).id)
        code, _, err = _run(capsys, db, "solve", "--time-limit", "30", "--publish")
        assert code == 0, err
        with operation.session() as session:
            after = read_board(session, find_flight(session, flight).id)
    finally:
        operation.close()
    assert after.plan_id != before.plan_id
    arrived = len(present[0]["members"])
    assert (before.counts.flown, before.counts.arrived) == (len(named) - arrived, arrived)
    # The board of the departed flight reads the same under the new plan.
    assert after.counts == before.counts
    assert [r.case_no for r in after.rows] == [r.case_no for r in before.rows]
    assert {r.case_no for r in after.rows} >= set(named) | {
        m["case_no"] for m in no_show["members"]}
