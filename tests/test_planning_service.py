"""The planning service on real operation databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from planner import demo
from planner.cli import main
from planner.db import Operation
from planner.db.models import AuditEntry, Flight, Person, Plan
from planner.errors import ConflictError, PlannerError
from planner.planning import insights, pins, service
from planner.planning.pin_choices import pin_advisor
from planner.planning.problem_builder import build_problem
from planner.planning.reading import load_assignment, plan_json
from planner.words.render import render
from solvers.solution import Progress
from solvers.validate import released_pin_ids, validate

FAST = service.PlanningOptions(time_limit=20)


def _demo(operation: Operation, people: int = 300) -> None:
    with operation.session() as session:
        demo.create(session, people, seed=5)


def test_solve_store_publish_and_json(operation: Operation) -> None:
    _demo(operation)
    plan_id = service.solve_and_store(operation, FAST)
    assert plan_id is not None
    with operation.session() as session:
        document = plan_json(session, plan_id)
        built = build_problem(session)
        plan = load_assignment(session, plan_id)
        stored = session.get(Plan, plan_id)
        assert stored is not None
        assert validate(built.problem, plan, released_pin_ids(stored.conflicts)) == []
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "solve" in actions
    assert document["status"] in ("optimal", "feasible")
    assert set(document["objectives"]) == {"flown_weight", "flown_persons", "changes",
                                           "overflow_person_nights", "waiting_weighted_days",
                                           "first_choice"}
    assert len(document["households"]) == len(built.problem.households)
    for household in document["households"]:
        assert household["members"]
        if household["flight"] is None:
            assert household["reasons"], household
            assert all(r["code"] and r["text"] for r in household["reasons"])
        else:
            assert household["reasons"] == []
    assert stored.parameters["objective_status"]["flown_weight"] == "optimal"
    service.publish_plan(operation, plan_id)
    assert service.published_plan_id(operation) == plan_id


def test_replan_after_cancellation_moves_only_whom_it_must(sqlite_operation: Operation) -> None:
    operation = sqlite_operation
    _demo(operation)
    first = service.solve_and_store(operation, service.PlanningOptions(time_limit=20,
                                                                        publish=True))
    assert first is not None
    with operation.session() as session:
        before = load_assignment(session, first)
        busiest = max(set(before.flight_of.values()),
                      key=lambda f: list(before.flight_of.values()).count(f))
        session.get(Flight, busiest).status = "cancelled"
    second = service.solve_and_store(operation, FAST)
    assert second is not None
    with operation.session() as session:
        after = load_assignment(session, second)
        stored = session.get(Plan, second)
        assert stored is not None and stored.reference_plan_id == first
    moves = insights.plan_diff(operation, second)
    moved = {m.household_id for m in moves}
    hit = {h for h, f in before.flight_of.items() if f == busiest}
    # Everyone moved was either on the cancelled flight or moved to fly more weight.
    for move in moves:
        if move.household_id in hit:
            assert move.code == "flight_unusable"
        else:
            assert move.code in ("moved", "moved_unproven", "newly_flown", "lost_seat")
    # A move is said to be needed only when the plan proved its changes minimal.
    changes_open = stored.parameters["objective_status"]["changes"] != "optimal"
    codes = {m.code for m in moves}
    assert not ("moved" in codes and changes_open)
    assert not ("moved_unproven" in codes and not changes_open)
    # Objectives 1 and 2 go to the MIP, which proves both at this size.
    assert stored.parameters["objective_status"]["flown_weight"] == "optimal"
    assert not changes_open
    # Nobody moved but the households of the cancelled flight, the ones taken off for
    # heavier ones, and the ones that fly in their place.
    assert {m.code for m in moves if m.household_id not in hit} <= {"lost_seat",
                                                                     "newly_flown"}
    others_moved = moved - hit
    assert len(others_moved) <= len(hit) * 3
    # Against a plan other than the reference, no move is claimed to be needed.
    third = service.solve_and_store(operation, FAST)
    assert third is not None
    assert all(m.code != "moved" for m in insights.plan_diff(operation, third, second))
    assert all(after.flight_of.get(h) == f for h, f in before.flight_of.items()
               if h not in moved)


def test_pins_and_conflicts(sqlite_operation: Operation) -> None:
    operation = sqlite_operation
    _demo(operation, 120)
    with operation.session() as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        assert person is not None
        case_no, household_id = person.case_no, person.household_id
        holding = next(c for c in pin_advisor(session, [household_id]).choices(household_id)
                       if c.holds)
        key = holding.key
    pins.pin(operation, "flight", case_no, key)
    # The flight is cancelled after the pin was made: the next plan releases the pin.
    with operation.session() as session:
        flight = session.get(Flight, holding.flight_id)
        assert flight is not None
        flight.status = "cancelled"
    plan_id = service.solve_and_store(operation, FAST)
    with operation.session() as session:
        stored = session.get(Plan, plan_id)
        assert stored is not None
        assert [c["code"] for c in stored.conflicts] == ["pin_conflict"]
        assert "cancelled" in render(stored.conflicts[0])
    assert pins.unpin(operation, "flight", case_no)
    assert not pins.unpin(operation, "flight", case_no)
    # A pin to the cancelled flight made now is refused, and nothing is pinned.
    with pytest.raises(PlannerError, match="because the flight is cancelled"):
        pins.pin(operation, "flight", case_no, key)
    assert not pins.unpin(operation, "flight", case_no)
    with pytest.raises(PlannerError):
        pins.pin(operation, "flight", case_no, "NO 1 2026-01-01")


def test_changed_records_refuse_store_and_publish(sqlite_operation: Operation) -> None:
    operation = sqlite_operation
    _demo(operation, 120)

    def edit_meanwhile(_: object) -> None:
        with operation.session() as session:
            session.scalar(select(Flight)).seats += 1

    calls = {"n": 0}

    def progress(report: Progress) -> None:
        # The records change while the plan is made: after they were read.
        if report.stage == service.READING_STAGE:
            return
        calls["n"] += 1
        if calls["n"] == 1:
            edit_meanwhile(report)

    with pytest.raises(ConflictError):
        service.solve_and_store(operation, FAST, progress=progress)
    plan_id = service.solve_and_store(operation, FAST)
    edit_meanwhile(None)
    with pytest.raises(ConflictError):
        service.publish_plan(operation, plan_id)


def test_cancel_before_any_plan_stores_nothing(sqlite_operation: Operation) -> None:
    operation = sqlite_operation
    _demo(operation, 120)
    assert service.solve_and_store(operation, FAST, should_cancel=lambda: True) is None
    with operation.session() as session:
        assert session.scalar(select(Plan.id)) is None


def test_freed_seat_ranking(sqlite_operation: Operation) -> None:
    operation = sqlite_operation
    _demo(operation)
    plan_id = service.solve_and_store(operation, FAST)
    with operation.session() as session:
        plan = load_assignment(session, plan_id)
        flight = session.get(Flight, next(iter(plan.flight_of.values())))
        key = flight.key
        flight.seats += 6
        session.flush()
    found = insights.freed_seat_candidates(operation, key, plan_id)
    gains = [c.gain for c in found]
    assert gains == sorted(gains, reverse=True)
    assert all(c.seats <= 6 for c in found)


def test_cli_solve_json(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "150", "--seed", "2"]) == 0
    out = tmp_path / "plan.json"
    assert main(["--db", str(db), "solve", "--time-limit", "15", "--json", str(out),
                 "--publish", "--quiet"]) == 0
    document = json.loads(out.read_text())
    assert list(document) == ["plan_id", "status", "start", "objectives", "bounds",
                              "solve_seconds", "households", "conflicts"]
    assert document["start"] == "2026-03-02"
    assert "Stored plan" in capsys.readouterr().out
    assert main(["--db", str(db), "pin", "flight", "C-999999", "XX 1 2026-03-03"]) == 1


def test_cli_solve_prints_its_report_and_nothing_of_the_solvers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """HiGHS prints a banner on the C standard output when a process makes its first
    instance: it must not reach the command line's report (a fresh process, since the
    banner comes once per process)."""
    import subprocess
    import sys

    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "120", "--seed", "4"]) == 0
    entry = "import sys; from planner.cli import main; sys.exit(main())"
    run = subprocess.run([sys.executable, "-c", entry, "--db", str(db), "solve",
                          "--time-limit", "10", "--method", "scaled", "--quiet"],
                         capture_output=True, text=True, check=False, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Stored plan"), run.stdout
    assert "HiGHS" not in run.stdout


def test_the_desktop_solves_in_a_child_process_with_progress_cancel_and_errors(
        operation: Operation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The desktop program's solve runs in a process of its own (planner.planning.child):
    the plan it stores is the one solving in this process stores, its progress reports
    arrive here, Cancel reaches it, and its errors are raised here as they were there."""

    from planner.planning.child import solve_and_store_in_child

    _demo(operation, 200)
    here = service.solve_and_store(operation, FAST)
    reports: list[object] = []
    there = solve_and_store_in_child(operation, FAST, reports.append)
    assert here is not None and there is not None and there != here
    with operation.session() as session:
        first, second = session.get(Plan, here), session.get(Plan, there)
        assert first is not None and second is not None
        assert first.objectives == second.objectives
        assert load_assignment(session, here).flight_of == \
            load_assignment(session, there).flight_of
    assert reports and all(hasattr(r, "objective") for r in reports)
    # Cancel asked before the child started: nothing stored, None returned.
    assert solve_and_store_in_child(operation, FAST, None, lambda: True) is None
    # An error there is raised here as it was: a file that is not an operation.
    from sqlalchemy import create_engine

    from planner.errors import DatabaseError

    garbage = tmp_path / "not-an-operation.sqlite"
    garbage.write_bytes(b"this is no database" * 100)
    url = f"sqlite:///{garbage}"
    # A child that hung instead would be stopped by the suite's timeout (pyproject.toml),
    # not by a wall-clock bound that a loaded machine could break.
    with pytest.raises(DatabaseError, match="not-an-operation"):
        solve_and_store_in_child(Operation(url=url, engine=create_engine(url)), FAST)
