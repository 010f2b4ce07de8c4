"""The situation report's flights never show more seats booked than seats for a valid plan
(SPEC 3.1 rule 2: an infant on a lap takes no seat): on random operations with infants,
children turning 2 around the flight's date and full flights, filled as far as the
planner's own validator allows, the report's table (the words the ministry reads) counts
seats as the validator and the results screen do, and the lap infants beside them."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import open_operation
from planner.db.models import Flight, Household, Person, Plan, PlanHousehold, Settings
from planner.planning.overview import read_overview
from planner.planning.problem_builder import build_problem
from planner.sitrep import build_report, compute_sitrep
from planner.sitrep.words import words
from solvers.rules.seats import seats_needed
from solvers.solution import Assignment
from solvers.validate import rule_02_seats

DAY = dt.date(2026, 3, 10)


@pytest.fixture(scope="module")
def empty_operation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty operation file, copied for each example (creating one costs migrations)."""
    path = tmp_path_factory.mktemp("sitrep-seats") / "empty.sqlite"
    open_operation(path, create=True).close()
    return path


#: Birth dates of the members: infants, a child whose second birthday is on or around a
#: flight's date (an infant on one flight, seated on the next), children and adults.
BIRTHS = st.one_of(
    st.integers(30, 700).map(lambda days: DAY - dt.timedelta(days=days)),
    st.integers(-3, 3).map(lambda days: dt.date(2024, 3, 12) + dt.timedelta(days=days)),
    st.sampled_from([dt.date(2019, 5, 1), dt.date(2010, 1, 1), dt.date(1990, 7, 7),
                     dt.date(1955, 2, 2)]))


@dataclass(frozen=True)
class Case:
    #: (days after DAY, seats) of each flight.
    flights: list[tuple[int, int]]
    #: The birth dates of each household's members.
    households: list[list[dt.date]]
    #: The flight each household wishes for (an index into ``flights``).
    wishes: list[int]


@dataclass(frozen=True)
class Counted:
    """The plan stored, and what the validator counts on each flight."""

    plan_id: int
    seated: dict[int, int]
    persons: dict[int, int]


@st.composite
def operations(draw: st.DrawFn) -> Case:
    flights = draw(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 12)), min_size=1,
                            max_size=3))
    households = draw(st.lists(st.lists(BIRTHS, min_size=1, max_size=5), min_size=1,
                               max_size=12))
    # Each household's wish (a flight, in the drawn order): kept while rule 2 holds.
    wishes = draw(st.lists(st.integers(0, len(flights) - 1), min_size=len(households),
                           max_size=len(households)))
    return Case(flights, households, wishes)


def _store(session: Session, case: Case) -> None:
    settings_row = session.get(Settings, 1) or Settings(id=1)
    settings_row.plan_start = DAY
    session.add(settings_row)
    flights = [Flight(flight_no=f"QZ {100 + i}", origin="PNH", destination="CGK",
                      departs_at=dt.datetime.combine(DAY + dt.timedelta(days=days),
                                                     dt.time(9)),
                      departure_date=DAY + dt.timedelta(days=days), seats=seats,
                      status="planned")
               for i, (days, seats) in enumerate(case.flights)]
    session.add_all(flights)
    for h, births in enumerate(case.households):
        household = Household(code=f"H{h}", implicit=False)
        session.add(household)
        for m, born in enumerate(births):
            session.add(Person(
                case_no=f"C-{h:03d}{m}", household_ref=household, full_name=f"P {h} {m}",
                name_key=f"p {h} {m}", sex="F", date_of_birth=born, nationality="IDN",
                document_status="valid", needs_shelter=False,
                created_at=dt.datetime.combine(DAY - dt.timedelta(days=5), dt.time(3))))
    session.flush()


def _plan_within_rule_2(session: Session, case: Case) -> Counted:
    """Each household on its wished flight while the validator's rule 2 (seats and laps)
    still holds: a valid plan, as full as the wishes make it."""
    problem = build_problem(session, start=DAY).problem
    flight_ids = [f.id for f in session.scalars(select(Flight).order_by(Flight.id))]
    plan = Assignment()
    for household_id, wish in zip(sorted(h.id for h in problem.households),
                                  case.wishes, strict=True):
        plan.flight_of[household_id] = flight_ids[wish]
        if rule_02_seats(problem, plan):
            del plan.flight_of[household_id]
    assert not rule_02_seats(problem, plan)
    stored = Plan(status="feasible", start_date=DAY,
                  published_at=dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(3)),
                  created_at=dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(2)))
    session.add(stored)
    session.flush()
    for household in problem.households:
        session.add(PlanHousehold(plan_id=stored.id, household_id=household.id,
                                  flight_id=plan.flight_of.get(household.id)))
    session.flush()
    # What the validator counts on each flight: the seats of rule 2 and the persons.
    seated: Counter[int] = Counter()
    persons: Counter[int] = Counter()
    for household in problem.households:
        flight_id = plan.flight_of.get(household.id)
        if flight_id is not None:
            members = problem.members(household)
            seated[flight_id] += seats_needed(problem, members, problem.flight_by_id[flight_id])
            persons[flight_id] += len(members)
    return Counted(stored.id, dict(seated), dict(persons))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(case=operations(), language=st.sampled_from(["en", "id"]))
def test_a_valid_plan_never_shows_more_seats_booked_than_seats(
        empty_operation: Path, case: Case, language: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(empty_operation, Path(folder) / "op.sqlite")
        operation = open_operation(Path(folder) / "op.sqlite")
        try:
            with operation.session() as session:
                _store(session, case)
                counted = _plan_within_rule_2(session, case)
            with operation.session() as session:
                sitrep = compute_sitrep(session, DAY)
                overview = read_overview(session, counted.plan_id)
                keys = {f.id: f.key for f in session.scalars(select(Flight))}
        finally:
            operation.close()
    seated, persons = counted.seated, counted.persons
    by_key = {f.key: f for f in sitrep.flights}
    for flight_id, key in keys.items():
        line = by_key[key]
        # The validator's seats, and every booked person once: seated or on a lap.
        assert (line.seats_booked, line.booked) == (seated.get(flight_id, 0),
                                                    persons.get(flight_id, 0)), key
    # The Results screen's load of each flight is the same count.
    assert {f.key: (f.seated, f.infants) for f in overview.flights} == {
        f.key: (f.seats_booked, f.infants) for f in sitrep.flights}
    # What the officer reads: the report's table, column by its header.
    w = words(language)
    report = build_report(sitrep, language)
    table = next(t for t in report.tables + report.details
                 if t.title == w["Flights of the next 7 days"])
    seats, booked = table.headers.index(w["Seats"]), table.headers.index(w["Seats booked"])
    assert len(table.rows) == len(sitrep.flights)
    for row in table.rows:
        shown_seats, shown_booked = row[seats], row[booked]
        assert isinstance(shown_seats, int) and isinstance(shown_booked, int), row
        assert shown_booked <= shown_seats, (table.headers, row)
