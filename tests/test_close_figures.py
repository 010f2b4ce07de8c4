"""A close changes the published plan's passenger list: the plan's stored figures (SPEC 3.2's
objectives, as ``solve --json`` and the Plan screen show them) follow, counted again here
from the plan's rows, and the plan says which close changed it."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import open_operation
from planner.db.models import Flight, Person, Plan, PlanHousehold
from planner.departure.checkin import check_in
from planner.departure.closing import close_flight
from planner.departure.common import find_flight
from planner.operation import get_settings
from planner.planning.problem_builder import accepted_destinations, person_specs
from tests.close_support import published_demo


def _recounted(session: Session, plan_id: int) -> dict[str, int]:
    """flown_persons, flown_weight and first_choice counted from the plan's rows."""
    plan = session.get(Plan, plan_id)
    assert plan is not None
    flight_of = dict(session.execute(
        select(PlanHousehold.household_id, Flight.destination)
        .join(Flight, Flight.id == PlanHousehold.flight_id)
        .where(PlanHousehold.plan_id == plan_id)).all())
    persons, _ = person_specs(session, get_settings(session), plan.start_date,
                              Person.household_id.in_(list(flight_of)))
    return {"flown_persons": len(persons), "flown_weight": sum(p.weight for p in persons),
            "first_choice": sum(1 for p in persons
                                if p.destinations[0] == flight_of[p.household_id])}


@pytest.fixture
def published(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    path = tmp_path / "op.sqlite"
    return path, published_demo(path)


def test_close_moves_the_plans_figures_by_what_it_changed(
        published: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    path, document = published
    load = Counter(h["flight"] for h in document["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    passengers = [h for h in document["households"] if h["flight"] == flight]
    operation = open_operation(path)
    with operation.session() as session:  # standby only for a flight they would take
        airport = find_flight(session, flight).destination
        default = get_settings(session).default_destination
        accepts = {case: airport in accepted_destinations(destinations, default)
                   for case, destinations in session.execute(
                       select(Person.case_no, Person.destinations))}
    standby = sorted((h for h in document["households"] if h["flight"] != flight
                      and all(accepts[m["case_no"]] for m in h["members"])),
                     key=lambda h: h["flight"] is not None)[:6]  # the left behind first
    assert standby
    try:
        with operation.session() as session:
            assert {k: document["objectives"][k] for k in _recounted(session, 1)} == \
                _recounted(session, document["plan_id"])
        for household in passengers[:-2]:  # two households do not come
            with operation.session() as session:
                check_in(session, flight, [m["case_no"] for m in household["members"]])
        for household in standby:
            with operation.session() as session:
                check_in(session, flight, [m["case_no"] for m in household["members"]],
                         standby=True)
        with operation.session() as session:
            result = close_flight(session, flight)
        assert result.removed
        with operation.session() as session:
            plan = session.get(Plan, result.plan_id)
            assert plan is not None
            stored = dict(plan.objectives)
            recounted = _recounted(session, result.plan_id)
            changed = plan.parameters["changed_by_close"]
        assert {k: stored[k] for k in recounted} == recounted
        assert stored["flown_persons"] != document["objectives"]["flown_persons"] or \
            result.added, "the no-shows' seats went to nobody: the count must drop"
        assert [c["flight"] for c in changed] == [flight]
        assert changed[0]["removed_households"] == len(result.removed)
        assert changed[0]["added_households"] == len(result.added)
    finally:
        operation.close()


def test_a_copy_closed_twice_is_refused_and_figures_move_once(
        published: tuple[Path, dict], tmp_path: Path) -> None:  # type: ignore[type-arg]
    path, document = published
    copy = tmp_path / "copy.sqlite"
    shutil.copy(path, copy)
    load = Counter(h["flight"] for h in document["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    first = next(h for h in document["households"] if h["flight"] == flight)
    operation = open_operation(copy)
    try:
        with operation.session() as session:
            check_in(session, flight, [m["case_no"] for m in first["members"]])
        with operation.session() as session:
            close_flight(session, flight)
        with operation.session() as session:
            once = dict(session.get(Plan, document["plan_id"]).objectives)  # type: ignore[union-attr]
        with pytest.raises(Exception, match="closed already"), operation.session() as session:
            close_flight(session, flight)
        with operation.session() as session:
            assert dict(session.get(Plan, document["plan_id"]).objectives) == once  # type: ignore[union-attr]
            assert {k: once[k] for k in _recounted(session, document["plan_id"])} == \
                _recounted(session, document["plan_id"])
    finally:
        operation.close()
