"""``evacplan cancel-flight FLIGHT``: an officer cancels a flight from the command line (it
took re-importing the flights sheet or the desktop), through the desktop's own service
(planner.records.editing.update): it says who loses their seat and to plan again, and
refuses an unknown or a departed flight naming it, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import AuditEntry, Flight, PlanHousehold
from planner.domain import FlightStatus


@pytest.fixture
def planned(sqlite_path: Path) -> tuple[Path, str, str]:
    """A published 50-person demo plan: a flight with passengers and one without."""
    cli = ["--db", str(sqlite_path)]
    assert main([*cli, "demo", "--people", "50", "--seed", "1"]) == 0
    assert main([*cli, "solve", "--publish", "--quiet", "--time-limit", "20"]) == 0
    operation = open_operation(str(sqlite_path))
    with operation.session() as session:
        used = set(session.scalars(select(PlanHousehold.flight_id).where(
            PlanHousehold.plan_id == 1, PlanHousehold.flight_id.is_not(None))))
        flights = session.scalars(select(Flight).where(
            Flight.status != FlightStatus.CANCELLED.value).order_by(Flight.departs_at)).all()
        full = next(f.key for f in flights if f.id in used)
        empty = next(f.key for f in flights if f.id not in used)
    operation.close()
    return sqlite_path, full, empty


def _status(db: Path, key: str) -> str:
    operation = open_operation(str(db))
    try:
        with operation.session() as session:
            return next(f.status for f in session.scalars(select(Flight)) if f.key == key)
    finally:
        operation.close()


def test_cancelling_a_flight_says_who_loses_a_seat_and_to_plan_again(
        planned: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    db, full, empty = planned
    capsys.readouterr()
    assert main(["--db", str(db), "cancel-flight", full]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"Cancelled {full}: ")
    assert "lose their seats on it in the published plan 1" in out or \
        "loses their seat on it in the published plan 1" in out
    assert out.rstrip().endswith("plan again (evacplan solve) to move them to other flights")
    assert _status(db, full) == "cancelled"
    operation = open_operation(str(db))
    with operation.session() as session:
        assert session.scalar(select(AuditEntry).where(
            AuditEntry.entity_key == full, AuditEntry.action == "update")) is not None
    operation.close()
    # Again: nothing to change, and it says so.
    assert main(["--db", str(db), "cancel-flight", full]) == 0
    assert capsys.readouterr().out == f"{full} is cancelled already; nothing was changed\n"
    # Indonesian, a flight nobody has a seat on.
    assert main(["--db", str(db), "--lang", "id", "cancel-flight", empty]) == 0
    out = capsys.readouterr().out
    assert out == (f"{empty} dibatalkan: tidak ada yang mendapat kursi di penerbangan ini "
                   "dalam rencana yang diterbitkan\n")


@pytest.mark.parametrize(("lang", "unknown", "departed"), [
    ("en", "evacplan: No flight 'QZ 1 2026-01-01' in this operation\n",
     "evacplan: {flight} has departed: a departed flight cannot be cancelled; nothing was "
     "changed\n"),
    ("id", "evacplan: Tidak ada penerbangan 'QZ 1 2026-01-01' dalam operasi ini\n",
     "evacplan: {flight} sudah berangkat: penerbangan yang sudah berangkat tidak dapat "
     "dibatalkan; tidak ada yang diubah\n")])
def test_an_unknown_or_departed_flight_is_refused_naming_it(
        planned: tuple[Path, str, str], capsys: pytest.CaptureFixture[str], lang: str,
        unknown: str, departed: str) -> None:
    db, full, _ = planned
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", lang, "cancel-flight", "QZ 1 2026-01-01"]) == 1
    assert capsys.readouterr().err == unknown
    operation = open_operation(str(db))
    with operation.session() as session:
        flight = next(f for f in session.scalars(select(Flight)) if f.key == full)
        flight.status = FlightStatus.DEPARTED.value
    operation.close()
    assert main(["--db", str(db), "--lang", lang, "cancel-flight", full]) == 1
    assert capsys.readouterr().err == departed.format(flight=full)
    assert _status(db, full) == "departed"
