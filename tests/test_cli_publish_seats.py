"""What ``evacplan solve --publish`` and ``evacplan publish`` say of the seats a publish
takes away, moves or gives, against the plan published before (issue 12)."""

from __future__ import annotations

from planner.cli.solve import seat_line
from planner.planning.insights import SeatChanges


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
