"""Property tests of closing a flight (SPEC 8.4): whatever was checked in, whoever came
on standby, the flight keeps every rule of SPEC 3.1 after the close."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from planner.db import open_operation
from planner.db.models import Person
from planner.departure.checkin import check_in
from planner.departure.closing import close_flight
from planner.departure.standby import fill_standby
from planner.errors import PlannerError
from planner.planning.problem_builder import build_problem
from planner.planning.reading import load_assignment
from planner.words.render import render
from planner.words.templates import STANDBY
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, SlotSpec
from solvers.solution import Assignment
from solvers.validate import (
    rule_01_together,
    rule_02_seats,
    rule_03_medical,
    rule_04_destination,
    rule_05_timing,
    rule_06_documents,
    rule_07_slot_capacity,
    rule_11_flight_status,
    validate,
)
from tests.close_support import published_demo

START = dt.date(2026, 3, 1)
DEPARTS = dt.datetime(2026, 3, 10, 10, 0)


@st.composite
def problems(draw: st.DrawFn) -> tuple[Problem, list[int]]:
    """One flight, households with infants, medical members, documents and late clearance;
    the household ids in a random order."""
    flight = FlightSpec(1, "QZ 1 2026-03-10", "CGK", DEPARTS, draw(st.integers(0, 14)),
                        draw(st.one_of(st.none(), st.integers(0, 3))))
    slots = (SlotSpec(1, "early", dt.datetime(2026, 3, 5, 9), draw(st.integers(0, 4)), 48),
             SlotSpec(2, "late", dt.datetime(2026, 3, 9, 9), 9, 48))
    persons: list[PersonSpec] = []
    households: list[HouseholdSpec] = []
    next_id = 1
    for hid in range(1, draw(st.integers(1, 9)) + 1):
        members = []
        for _ in range(draw(st.integers(1, 4))):
            age = draw(st.sampled_from([0, 1, 5, 16, 30, 45, 70]))
            persons.append(PersonSpec(
                id=next_id, case_no=f"C-{next_id:06d}", household_id=hid, sex="F",
                date_of_birth=dt.date(2026 - age, 1, 15) if age else dt.date(2025, 6, 1),
                destinations=(draw(st.sampled_from(["CGK", "CGK", "CGK", "SUB"])),),
                available_from=draw(st.sampled_from([None, None, dt.date(2026, 3, 12)])),
                needs_document=draw(st.booleans()), medical=draw(st.booleans()),
                weight=draw(st.integers(1, 9))))
            members.append(next_id)
            next_id += 1
        households.append(HouseholdSpec(hid, f"H-{hid}", tuple(members)))
    problem = Problem(start=START, persons=tuple(persons), households=tuple(households),
                      flights=(flight,), shelters=(), slots=slots, pins=())
    order = draw(st.permutations([h.id for h in households]))
    return problem, list(order)


@settings(max_examples=200, deadline=None)
@given(problems(), st.data())
def test_any_standby_fill_keeps_every_rule(case: tuple[Problem, list[int]],
                                           data: st.DataObject) -> None:
    problem, order = case
    # Slots as a plan gives them: within each slot's capacity.
    places = {s.id: s.capacity for s in problem.slots}
    slot_of = {}
    for person in problem.persons:
        if person.needs_document and data.draw(st.booleans()):
            slot = data.draw(st.sampled_from([1, 2]), label=f"slot of {person.id}")
            if places[slot] > 0:
                places[slot] -= 1
                slot_of[person.id] = slot
    # The passengers checked in: households the plan could have had (a valid start).
    kept = Assignment(slot_of=slot_of)
    checked = data.draw(st.lists(st.sampled_from(order), unique=True), label="checked in")
    for hid in checked:
        trial = Assignment(flight_of={**kept.flight_of, hid: 1}, slot_of=slot_of)
        if not validate(problem, trial):
            kept = trial
    standby = [h for h in order if h not in kept.flight_of]
    final, added, refused = fill_standby(problem, kept, standby)
    assert validate(problem, final) == []
    assert set(kept.flight_of) <= set(final.flight_of)
    assert set(final.flight_of) == set(kept.flight_of) | set(added)
    assert {h for h, _ in refused} == set(standby) - set(added)
    for hid, why in refused:  # a refused household still breaks a rule with the final list
        # The flight's own rules: a reason of its own, with its facts, in words.
        assert why.code in STANDBY and why.code != "standby_rule", why
        assert "?" not in render(why) and "{" not in render(why), render(why)
        if why.code == "standby_seats":
            assert why.facts["needed"] > why.facts["free"]
        assert validate(problem, Assignment(flight_of={**final.flight_of, hid: 1},
                                            slot_of=slot_of))


FLIGHT_RULES = (rule_01_together, rule_02_seats, rule_03_medical, rule_04_destination,
                rule_05_timing, rule_06_documents, rule_07_slot_capacity, rule_11_flight_status)


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[dict]]:  # type: ignore[type-arg]
    """A 200-person demo planned and published once; its busiest flight's households and
    the households of other flights or none."""
    path = tmp_path_factory.mktemp("close") / "op.sqlite"
    document = published_demo(path)
    load = Counter(h["flight"] for h in document["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    return path, flight, document["households"]


@pytest.mark.slow
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000))
def test_any_day_of_checkins_and_standby_keeps_the_flight_within_the_rules(
        planned: tuple[Path, str, list[dict]], tmp_path: Path, seed: int) -> None:  # type: ignore[type-arg]
    source, flight, households = planned
    path = tmp_path / f"day-{seed}.sqlite"
    shutil.copy(source, path)
    rng = random.Random(seed)
    passengers = [h for h in households if h["flight"] == flight]
    others = [h for h in households if h["flight"] != flight]
    operation = open_operation(path)
    try:
        for household in rng.sample(passengers, rng.randint(1, len(passengers))):
            with operation.session() as session:
                check_in(session, flight, [m["case_no"] for m in household["members"]])
        for household in rng.sample(others, min(len(others), rng.randint(0, 25))):
            try:
                with operation.session() as session:
                    check_in(session, flight, [m["case_no"] for m in household["members"]],
                             standby=True)
            except PlannerError:
                pass  # a household checked in for another flight already, say
        with operation.session() as session:
            result = close_flight(session, flight)
        with operation.session() as session:
            problem = build_problem(session, use_reference=False).problem
            plan = load_assignment(session, result.plan_id)
            target = next(f.id for f in problem.flights if f.key == flight)
            on_flight = Assignment(
                flight_of={h: f for h, f in plan.flight_of.items() if f == target},
                slot_of=plan.slot_of)
            errors = [e for rule in FLIGHT_RULES for e in rule(problem, on_flight)]
            statuses = set(session.scalars(select(Person.status).where(
                Person.household_id.in_(list(on_flight.flight_of)))))
        assert errors == []
        assert statuses <= {"checked_in"}  # only those present fly
        assert result.seats_left >= 0
    finally:
        operation.close()
