"""Issue (tester): after a no-show on a flight was closed, the flight departed and plan 2
was published, ``evacplan plan-diff 2 --against 1`` said of the no-show's household "it had
no flight in plan 1". It had one and did not show up: the move now says so."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from planner.cli import main
from tests.close_support import published_demo


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_no_show_flown_again_is_named_a_no_show_of_the_plan_compared(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    plan = published_demo(db, people=120, seed=4)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    # The earliest flight with two households or more: its no-show has later flights left.
    flight = min((k for k in load if load[k] >= 2), key=lambda k: (k.split()[-1], k))
    households = [[m["case_no"] for m in h["members"]] for h in plan["households"]
                  if h["flight"] == flight]
    absent, present = households[0], households[1:]
    _run(capsys, db, "checkin", flight, *[c for h in present for c in h])
    assert "Removed (no-show): " in _run(capsys, db, "close", flight)
    _run(capsys, db, "depart", flight)
    _run(capsys, db, "solve", "--time-limit", "20", "--publish")

    diff = _run(capsys, db, "plan-diff", "2", "--against", "1")
    line = next((row for row in diff.splitlines() if absent[0] in row
                 or any(c in row for c in absent)), None)
    assert line is not None, diff
    assert "had no flight" not in line
    assert f"a no-show on {flight} (plan 1), planned again." in line

    said = _run(capsys, db, "--lang", "id", "plan-diff", "2", "--against", "1")
    assert f"tidak hadir (no-show) di {flight} (rencana 1)" in said


def test_an_older_plan_compared_with_the_published_one_reads_forward_in_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue (tester): ``plan-diff 1`` with plan 2 published listed plan 1's households as
    moves the planner "did not prove necessary" (plan 2's flights as the before). The moves
    read from the older plan to the newer, and the command says so."""
    db = tmp_path / "op.sqlite"
    plan = published_demo(db, people=120, seed=4)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = min((k for k in load if load[k] >= 2), key=lambda k: (k.split()[-1], k))
    households = [[m["case_no"] for m in h["members"]] for h in plan["households"]
                  if h["flight"] == flight]
    _run(capsys, db, "checkin", flight, *[c for h in households[1:] for c in h])
    _run(capsys, db, "close", flight)
    _run(capsys, db, "depart", flight)
    _run(capsys, db, "solve", "--time-limit", "20", "--publish")

    forward = _run(capsys, db, "plan-diff", "2", "--against", "1").splitlines()
    older = _run(capsys, db, "plan-diff", "1").splitlines()
    assert older[0] == "Plan 1 is older than plan 2: the moves from plan 1 to plan 2"
    assert older[1:] == forward
    assert any("a no-show on" in row for row in older)
    said = _run(capsys, db, "--lang", "id", "plan-diff", "1")
    assert said.splitlines()[0] == (
        "Rencana 1 lebih lama daripada rencana 2: perpindahan dari rencana 1 ke rencana 2")
