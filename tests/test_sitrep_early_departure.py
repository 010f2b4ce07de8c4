"""A flight departed before its day (``evacplan depart --early``) counts in the situation
report on the day it left, as the departure-day board counts it.

Seen: a report of the day read 62 arrived while the boards of the flights departed early
that day read 122: a passenger ready "from the 8th" on the roster, checked in and flown
on the 4th with the flight of the 8th, was not yet in care on the 4th for the report, so
neither in the statuses nor in the chart's departures (counted on the 8th instead)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import Flight, Person, PlanHousehold
from planner.demo import DEMO_TIMEZONE
from planner.departure.board import read_board
from planner.sitrep.day import operation_today
from planner.sitrep.figures import zone_of
from planner.sitrep.layout import day_text


def _rows(path: Path) -> dict[object, tuple[object, ...]]:
    return {r[0]: r[1:] for r in load_workbook(path).active.iter_rows(values_only=True)
            if r[0] is not None}


def test_an_early_departure_counts_on_the_day_it_left(
        sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = ["--db", str(sqlite_path)]
    # Today where the demo's operation is (its time zone, not the empty file's UTC: from
    # 17:00 UTC it is already tomorrow in Phnom Penh).
    today = dt.datetime.now(dt.UTC).astimezone(zone_of(DEMO_TIMEZONE)).date()
    # An operation running today: its plan starts the day before yesterday.
    start = today - dt.timedelta(days=2)
    assert main([*cli, "demo", "--people", "600", "--seed", "1", "--start",
                 start.isoformat()]) == 0
    assert main([*cli, "solve", "--publish", "--time-limit", "30"]) == 0
    operation = open_operation(str(sqlite_path))
    with operation.session() as session:
        assert operation_today(session) == today
        # The flight of a later day of the report's week carrying most passengers ready
        # only after today.
        later = (select(Flight.id, Flight.flight_no, Flight.departure_date,
                        func.count(Person.id))
                 .join(PlanHousehold, PlanHousehold.flight_id == Flight.id)
                 .join(Person, Person.household_id == PlanHousehold.household_id)
                 .where(PlanHousehold.plan_id == 1, Flight.departure_date > today,
                        Flight.departure_date < today + dt.timedelta(days=7),
                        Person.available_from > today)
                 .group_by(Flight.id).order_by(func.count(Person.id).desc()).limit(1))
        flight_id, number, day, ready_later = session.execute(later).one()
    operation.close()
    assert ready_later > 0
    flight = f"{number} {day.isoformat()}"
    calls = tmp_path / "calls.csv"
    assert main([*cli, "call-list", flight, str(calls), "--reference", "KBRI-PNH"]) == 0
    scans = tmp_path / "scans.txt"
    with calls.open(encoding="utf-8") as handle:
        scans.write_text("\n".join(r["case_no"] for r in csv.DictReader(handle)) + "\n")
    assert main([*cli, "checkin", flight, "--file", str(scans)]) == 0
    for step in ("close", "depart"):
        assert main([*cli, step, flight, "--early"]) == 0
    assert main([*cli, "arrive", flight]) == 0
    operation = open_operation(str(sqlite_path))
    with operation.session() as session:
        board = read_board(session, flight_id)
    operation.close()
    assert board.counts.arrived > 0 and board.counts.arrived == board.counts.checked_in
    capsys.readouterr()

    out = tmp_path / "today.xlsx"
    assert main([*cli, "sitrep", str(out), "--date", today.isoformat()]) == 0
    rows = _rows(out)
    # Persons by status: every passenger the board shows arrived, arrived today.
    assert rows["arrived"][0] == board.counts.arrived
    # The chart: they departed today (nobody else has departed in this operation), and
    # the flight's line counts them checked in, as the board does.
    assert rows[day_text(today, "en", year=False)][1] == board.counts.arrived
    assert rows[number][5] == board.counts.checked_in
