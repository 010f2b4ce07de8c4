"""What ``evacplan solve --publish`` and ``evacplan publish`` say of the seats a publish
takes away, moves or gives, against the plan published before (issue 12)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import demo
from planner.cli.solve import seat_line
from planner.db import Operation
from planner.db.models import Flight
from planner.planning import service
from planner.planning.insights import SeatChanges, seat_changes
from planner.planning.reading import plan_json


def test_the_line_counts_in_words() -> None:
    assert seat_line(SeatChanges(5, None)) == \
        "No plan was published before: nobody loses a seat."
    assert seat_line(SeatChanges(5, 5)) == \
        "Plan 5 is the published plan already: no seat changes."
    assert seat_line(SeatChanges(5, 4, lose=1, change=1, gain=1, households_losing=1)) == (
        "Against plan 4, published before: 1 person loses its seat (in 1 household), "
        "1 person changes flight, 1 person gets a seat; evacplan plan-diff 5 --against 4 "
        "lists who and why.")
    assert seat_line(SeatChanges(5, 4, lose=1234, change=2, gain=0,
                                 households_losing=700)) == (
        "Against plan 4, published before: 1,234 persons lose their seat (in 700 "
        "households), 2 persons change flight, 0 persons get a seat; evacplan plan-diff 5 "
        "--against 4 lists who and why.")
    assert seat_line(SeatChanges(5, 4)) == (
        "Against plan 4, published before: 0 persons lose their seat, 0 persons change "
        "flight, 0 persons get a seat.")


def _flights(session: Session, plan_id: int) -> dict[str, str | None]:
    """case number -> flight of every person of a stored plan, from its SPEC 5 JSON."""
    document = plan_json(session, plan_id)
    return {m["case_no"]: h["flight"] for h in document["households"] for m in h["members"]}


def test_seats_lost_changed_and_gained_on_each_database(operation: Operation) -> None:
    """A cancelled flight and a re-plan: the counts match the two plans' JSON, person by
    person, on SQLite and PostgreSQL."""
    with operation.session() as session:
        demo.create(session, 300, seed=5)
    options = service.PlanningOptions(time_limit=20, publish=True)
    first = service.solve_and_store(operation, options)
    assert first is not None
    assert seat_changes(operation, first) == SeatChanges(first, first)
    with operation.session() as session:
        load = Counter(h for h in _flights(session, first).values() if h)
        busiest = max(load, key=lambda k: (load[k], k))
        flight = next(f for f in session.scalars(select(Flight)) if f.key == busiest)
        flight.status = "cancelled"
    second = service.solve_and_store(operation, service.PlanningOptions(time_limit=20))
    assert second is not None
    changes = seat_changes(operation, second)
    with operation.session() as session:
        before, after = _flights(session, first), _flights(session, second)
    assert changes.against == first
    assert changes.lose == sum(1 for c, f in after.items() if before.get(c) and not f) > 0
    assert changes.change == sum(1 for c, f in after.items()
                                 if before.get(c) and f and f != before[c])
    assert changes.gain == sum(1 for c, f in after.items() if not before.get(c) and f)
    assert 0 < changes.households_losing <= changes.lose
    # Against an older plan named outright, and the other way round.
    assert seat_changes(operation, first, second).gain == changes.lose
