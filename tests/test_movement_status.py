"""The movement status of SPEC 8.1: stored on every person, carried by export-roster,
import and the solve JSON, and read by planning as 8.1 says."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from planner import demo
from planner.db import Operation
from planner.db.models import AuditEntry, Flight, Person, StatusChange
from planner.importing import run_import
from planner.planning import service
from planner.planning.problem_builder import build_problem
from planner.planning.reading import load_assignment, plan_json
from planner.roster_export import export_roster
from solvers.validate import released_pin_ids, validate

FAST = service.PlanningOptions(time_limit=20)


def _households(operation: Operation) -> list[list[Person]]:
    """The demo's households of two or more members, members in id order."""
    with operation.session() as session:
        people = session.scalars(select(Person).order_by(Person.id)).all()
        by_household: dict[int, list[Person]] = {}
        for person in people:
            by_household.setdefault(person.household_id, []).append(person)
        session.expunge_all()
    return [m for m in by_household.values() if len(m) >= 2]


def test_planning_reads_the_status(operation: Operation) -> None:
    with operation.session() as session:
        demo.create(session, 200, seed=3)
    groups = _households(operation)
    out = {"flown": groups[0], "arrived": groups[1], "self_departed": groups[2],
           "withdrawn": groups[3], "missing": groups[4]}
    no_show, called = groups[5], groups[6]
    with operation.session() as session:
        flight = session.scalars(select(Flight).where(Flight.status.in_(("planned",
                                                                          "confirmed")))
                                 .order_by(Flight.departs_at.desc())).first()
        assert flight is not None
        for status, members in out.items():
            for member in members:
                session.get(Person, member.id).status = status  # type: ignore[union-attr]
        for member in no_show:
            row = session.get(Person, member.id)
            assert row is not None
            row.status, row.no_show_count = "no_show", 1
        for member in called:
            row = session.get(Person, member.id)
            assert row is not None
            row.status, row.status_flight_id = "called", flight.id
        flight_id = flight.id
    with operation.session() as session:
        problem = build_problem(session).problem
    planned = {p.id for p in problem.persons}
    for members in out.values():
        assert not planned & {m.id for m in members}
    assert {m.id for m in no_show} <= planned
    hold = [p for p in problem.pins if p.subject_id == called[0].household_id]
    assert [(p.kind, p.target_id) for p in hold] == [("flight", flight_id)]
    assert hold[0].id < 0
    plan_id = service.solve_and_store(operation, FAST)
    assert plan_id is not None
    with operation.session() as session:
        assignment = load_assignment(session, plan_id)
        document = plan_json(session, plan_id)
        assert validate(problem, assignment, released_pin_ids(document["conflicts"])) == []
    # The called household stays on its flight unless the pin had to be released.
    released = released_pin_ids(document["conflicts"])
    if hold[0].id not in released:
        assert assignment.flight_of[called[0].household_id] == flight_id
    status_of = {m["case_no"]: m["status"] for h in document["households"]
                 for m in h["members"]}
    assert {status_of[m.case_no] for m in no_show} == {"no_show"}
    assert {status_of[m.case_no] for m in called} == {"called"}
    assert not {m.case_no for ms in out.values() for m in ms} & set(status_of)


def test_export_and_import_carry_the_status(operation: Operation, tmp_path: Path) -> None:
    with operation.session() as session:
        demo.create(session, 40, seed=2)
        first, second = session.scalars(select(Person).order_by(Person.id).limit(2))
        first.status = "withdrawn"
        case_nos = first.case_no, second.case_no
    export_roster(operation, tmp_path / "roster.json")
    rows = json.loads((tmp_path / "roster.json").read_text(encoding="utf-8"))
    assert {r["case_no"]: r["status"] for r in rows}[case_nos[0]] == "withdrawn"
    assert {r["status"] for r in rows[1:]} == {"registered"}
    # A file setting a status: imported as it is, and the change audited from/to.
    rows[1]["status"] = "missing"
    rows[0]["status"] = "self departed"
    (tmp_path / "changed.json").write_text(json.dumps(rows), encoding="utf-8")
    report = run_import(operation, tmp_path / "changed.json")
    assert report.committed, [str(p) for p in report.problems]
    with operation.session() as session:
        status = dict(session.execute(select(Person.case_no, Person.status)).all())
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "status")
                                  .order_by(AuditEntry.id)).all()
        moves = {(e.entity_key, e.details["from"], e.details["to"]) for e in entries}
        history = set(session.execute(
            select(Person.case_no, StatusChange.from_status, StatusChange.to_status)
            .join(Person, Person.id == StatusChange.person_id)).all())
    assert status[case_nos[0]] == "self_departed" and status[case_nos[1]] == "missing"
    assert moves == history == {(case_nos[0], "withdrawn", "self_departed"),
                                (case_nos[1], "registered", "missing")}


def test_an_unknown_status_is_rejected_with_its_row(operation: Operation,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "persons.csv"
    path.write_text("Full Name,Sex,Date of Birth,Movement Status\nSiti Aminah,F,1990-05-17,gone\n"
                    "Budi Santoso,M,1988-01-02,terbang\n", encoding="utf-8")
    report = run_import(operation, path)
    assert not report.committed or report.counts
    problems = [str(p) for p in report.problems]
    assert any("row 2" in p and "movement status" in p for p in problems), problems
    with operation.session() as session:
        assert session.scalar(select(Person.status).where(Person.full_name == "Siti Aminah")) \
            is None


def test_a_person_added_with_a_status_has_its_history(operation: Operation,
                                                      tmp_path: Path) -> None:
    """New persons imported as flown or missing (a roster of those who left) moved from
    registered at the import: one history row and one audit entry each, under the case
    number they end with (generated here), and the situation report of the day counts
    them out of care; those imported as registered have none."""
    import datetime as dt

    from planner.sitrep import compute_sitrep

    path = tmp_path / "left.csv"
    path.write_text("Full Name,Sex,Date of Birth,Movement Status\n"
                    "Siti Aminah,F,1990-05-17,flown\nBudi Santoso,M,1988-01-02,missing\n"
                    "Dewi Lestari,F,1995-03-03,registered\n", encoding="utf-8")
    report = run_import(operation, path)
    assert report.committed, [str(p) for p in report.problems]
    with operation.session() as session:
        case_of = dict(session.execute(select(Person.full_name, Person.case_no)).all())
        history = set(session.execute(
            select(Person.case_no, StatusChange.from_status, StatusChange.to_status)
            .join(Person, Person.id == StatusChange.person_id)).all())
        moves = {(e.entity_key, e.details["from"], e.details["to"], e.details["by"])
                 for e in session.scalars(select(AuditEntry).where(
                     AuditEntry.action == "status"))}
        day = max(d for (d,) in session.execute(select(StatusChange.at)).all()).date()
        sitrep = compute_sitrep(session, day + dt.timedelta(days=1))
    assert history == {(case_of["Siti Aminah"], "registered", "flown"),
                       (case_of["Budi Santoso"], "registered", "missing")}
    assert moves == {(c, f, t, "import") for c, f, t in history}
    assert all(not c.startswith("~") for c, _f, _t in history)
    assert sitrep.statuses["flown"] == 1 and sitrep.statuses["missing"] == 1
    assert sitrep.in_care == 1
