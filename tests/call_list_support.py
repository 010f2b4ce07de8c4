"""The operation the call-list tests start from: a demo made, planned and published with
the commands an officer types, and its first flight with passengers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.cli import main
from planner.db.models import Flight, PlanHousehold


def publish_demo(path: Path, people: int, seed: int) -> None:
    """``evacplan demo`` then ``solve --publish`` at ``path``."""
    cli = ["--db", str(path)]
    assert main([*cli, "demo", "--people", str(people), "--seed", str(seed)]) == 0
    assert main([*cli, "solve", "--publish", "--time-limit", "20"]) == 0


def first_planned_flight(session: Session) -> tuple[Flight, str]:
    """The earliest flight with passengers in a plan, and how a command names it."""
    flight = session.scalars(select(Flight).join(
        PlanHousehold, PlanHousehold.flight_id == Flight.id)
        .order_by(Flight.departs_at)).first()
    assert flight is not None
    return flight, f"{flight.flight_no} {flight.departure_date.isoformat()}"
