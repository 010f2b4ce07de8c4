"""planner/records/snapshots.py: column-wise snapshots equal the rows, on both databases."""

from __future__ import annotations

import datetime as dt

import numpy as np
from sqlalchemy import select

from planner import demo
from planner.db import Operation
from planner.db.models import Household, Person, Plan, PlanHousehold, Shelter
from planner.records import editing
from planner.records import snapshots as table_snapshots
from planner.records.editing import RecordKind
from planner.records.snapshots import PersonRules, PlanState


def test_person_snapshot_matches_the_rows(operation: Operation) -> None:
    with operation.session() as session:
        demo.create(session, 120, seed=5)
    with operation.session() as session:
        table = table_snapshots.load_person_columns(session)
        persons = list(session.scalars(select(Person).order_by(Person.id)))
        for index, person in enumerate(persons):
            assert table.ids[index] == person.id
            assert table.columns["case_no"][index] == person.case_no
            assert table.columns["household"][index] == (person.household or "")
            assert table.columns["full_name"][index] == person.full_name
            assert table.columns["date_of_birth"][index] == person.date_of_birth.isoformat()
            assert table.columns["passport_no"][index] == (person.passport_no or "")
            assert table.columns["available_from"][index] == (
                person.available_from.isoformat() if person.available_from else "")
            assert bool(table.columns["medical"][index]) == person.medical
            assert bool(table.columns["needs_shelter"][index]) == person.needs_shelter
            assert table.versions[index] == person.version
        flights = table_snapshots.load_flights(session)
    assert len(table) == 120
    assert len(flights) > 0 and flights.columns["departs_at"][0][10] == " "
    assert flights.columns["departs_at"][0].count(":") == 1  # minutes, no seconds


def test_a_value_holding_the_separator_falls_back_to_rows(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        session.add_all([Shelter(name="A\x1fB", beds=4), Shelter(name="C", beds=5)])
    with sqlite_operation.session() as session:
        table = table_snapshots.load_shelters(session)
    assert list(table.columns["name"]) == ["A\x1fB", "C"]
    assert list(table.columns["beds"]) == [4.0, 5.0]
    assert table.position_of(int(table.ids[1])) == 1


def test_blank_numbers_stay_blank(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        editing.create(session, RecordKind.FLIGHT, {"flight_no": "GA 1", "destination": "CGK",
                                                    "departs_at": "2026-03-04 08:00",
                                                    "seats": 0})
    with sqlite_operation.session() as session:
        table = table_snapshots.load_flights(session)
    assert table.columns["seats"][0] == 0
    assert np.isnan(table.columns["medical_capacity"][0])


def test_merge_replaces_adds_and_removes(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        demo.create(session, 30, seed=1)
    with sqlite_operation.session() as session:
        table = table_snapshots.load_person_columns(session)
        first = int(table.ids[0])
        ref = editing.load(session, RecordKind.PERSON, first).ref
        editing.update(session, ref, {"full_name": "A much longer name than any of the others"})
    with sqlite_operation.session() as session:
        changed = table_snapshots.load_person_columns(session, ids=[first])
    merged = table.merged(changed, removed_ids=[int(table.ids[1])])
    assert len(merged) == 29
    assert merged.columns["full_name"][0] == "A much longer name than any of the others"
    assert merged.versions[0] == 2


def test_ages_priority_and_unaccompanied_minors(sqlite_operation: Operation) -> None:
    start = dt.date(2026, 3, 2)
    with sqlite_operation.session() as session:
        for name, born, household in (("Adult", "1990-03-02", "H-1"),
                                      ("Child", "2016-03-03", "H-1"),
                                      ("Alone", "2010-01-01", "H-2")):
            editing.create(session, RecordKind.PERSON,
                           {"full_name": name, "sex": "F", "date_of_birth": born,
                            "household": household, "medical": name == "Alone"}, today=start)
    with sqlite_operation.session() as session:
        table = table_snapshots.load_person_columns(session)
    rules = PersonRules(start=start, minor_age=18, elderly_age=60,
                        weights={"base": 1, "medical": 3, "unaccompanied_minor": 3})
    derived = table_snapshots.derive_person_columns(table, rules, None)
    assert list(derived["age"]) == [36, 9, 16]  # the child turns 10 a day after S
    assert list(derived["unaccompanied_minor"]) == [False, False, True]
    assert list(derived["priority"]) == [1, 1, 7]
    assert set(derived["plan_state"]) == {PlanState.NOT_PLANNED.value}


def test_plan_columns_follow_the_published_plan(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        demo.create(session, 40, seed=3)
    with sqlite_operation.session() as session:
        households = list(session.scalars(select(Household).order_by(Household.id)))
        flight_id = 1
        old = Plan(status="optimal", start_date=dt.date(2026, 3, 2))
        published = Plan(status="optimal", start_date=dt.date(2026, 3, 2),
                         published_at=dt.datetime(2026, 3, 1))
        session.add_all([old, published])
        session.flush()
        session.add(PlanHousehold(plan_id=published.id, household_id=households[0].id,
                                  flight_id=flight_id))
        session.add(PlanHousehold(plan_id=published.id, household_id=households[1].id))
        first_member = session.scalar(select(Person).where(
            Person.household_id == households[2].id))
        assert first_member is not None
        first_member.departed_flight_id = flight_id
    with sqlite_operation.session() as session:
        table = table_snapshots.load_person_columns(session)
        outcome = table_snapshots.load_plan_outcome(session)
        rules = table_snapshots.load_person_rules(session)
    assert outcome.plan_id == published.id and outcome.published
    derived = table_snapshots.derive_person_columns(table, rules, outcome)
    by_household = {int(h): i for i, h in reversed(list(enumerate(table.columns["household_id"])))}
    assert derived["plan_state"][by_household[households[0].id]] == PlanState.WAITING.value
    assert derived["plan_flight"][by_household[households[0].id]] == outcome.flight_keys[1]
    assert derived["plan_state"][by_household[households[1].id]] == PlanState.LEFT_BEHIND.value
    assert derived["plan_state"][by_household[households[2].id]] == PlanState.FLOWN.value


def test_search_text_covers_name_case_passport_and_household(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        editing.create(session, RecordKind.PERSON,
                       {"full_name": "Dewi Ärni", "sex": "F", "date_of_birth": "1990-01-01",
                        "passport_no": "X123", "household": "FAM-7"})
    with sqlite_operation.session() as session:
        table = table_snapshots.load_person_columns(session)
    text = str(table.columns["search"][0])
    for part in ("dewi ärni", "c-000001", "x123"):
        assert part in text
    assert list(table_snapshots.household_search_text(table)) == ["fam-7"]
