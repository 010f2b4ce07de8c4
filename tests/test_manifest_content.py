"""What the manifests say: read from a stored plan, checked against the plan itself."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Person, Plan, PlanHousehold
from planner.demo import create as create_demo
from planner.errors import PlannerError
from planner.export import Copy, choose_plan, for_copy, read_manifests
from planner.export.layout import sheet_names, sheets
from planner.export.model import AgeGroup, Need
from solvers.problem import age_on
from tests.manifest_plans import store_greedy_plan, store_small_operation


@pytest.fixture
def small(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        store_small_operation(session)
    return sqlite_operation


def test_every_flown_person_is_on_exactly_one_manifest(operation: Operation) -> None:
    with operation.session() as session:
        create_demo(session, 400, seed=4)
        stored = store_greedy_plan(session)
    with operation.session() as session:
        document = read_manifests(session)
        flown = {
            row.case_no: row.flight_id
            for row in session.execute(
                select(Person.case_no, PlanHousehold.flight_id)
                .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
                .where(PlanHousehold.plan_id == stored.plan_id,
                       PlanHousehold.flight_id.is_not(None))
            )
        }
        births = {row.case_no: row.date_of_birth
                  for row in session.execute(select(Person.case_no, Person.date_of_birth))}
    listed = Counter(p.case_no for f in document.flights for p in f.passengers)
    assert stored.flown_persons > 100
    assert set(listed) == set(flown) and max(listed.values()) == 1
    assert len(document.flights) == len(stored.flown)
    for flight in document.flights:
        day = flight.departs_at.date()
        ages = [age_on(births[p.case_no], day) for p in flight.passengers]
        assert flight.adults == sum(1 for a in ages if a >= 18)
        assert flight.infants == sum(1 for a in ages if a < 2)
        assert flight.adults + flight.children + flight.infants == len(flight.passengers)
        assert flight.seated <= flight.seats
        assert [p.number for p in flight.passengers] == list(range(1, len(flight.passengers) + 1))
        # Seat order of households: each household's members sit together.
        households = [p.household for p in flight.passengers if p.household]
        runs = [h for i, h in enumerate(households) if i == 0 or households[i - 1] != h]
        assert len(runs) == len(set(runs))


def test_small_operation_reads_as_expected(small: Operation) -> None:
    with small.session() as session:
        document = read_manifests(session)
    assert document.operation == "Test operation & partners"
    assert [f.key for f in document.flights] == ["QZ 8205 2026-03-05", "GA 123 2026-03-07"]
    qz, ga = document.flights
    assert [p.case_no for p in qz.passengers] == ["C-000001", "C-000002", "C-000003", "C-000007"]
    assert (qz.adults, qz.children, qz.infants, qz.seated, qz.medical) == (3, 0, 1, 3, 1)
    father, mother, infant, hadi = qz.passengers
    assert (father.document_type, father.document_no) == ("Passport", "A1234567")
    assert (mother.document_type, mother.document_no, mother.document_slot) == (
        "ETD", None, "S-0303-0900")
    assert mother.needs == (Need.PREGNANT,) and mother.trafficking_victim is True
    assert infant.group is AgeGroup.INFANT and infant.needs == (Need.INFANT,)
    assert hadi.needs == (Need.MEDICAL, Need.WHEELCHAIR) and hadi.household is None
    assert father.household == "H-1" and father.shelter == "Wisma A"
    assert [p.needs for p in ga.passengers] == [(Need.UNACCOMPANIED_MINOR,)] * 2
    assert (ga.adults, ga.children, ga.infants) == (0, 2, 0)

    (wisma,) = document.shelters
    stays = {s.case_no: (s.first_night, s.last_night, s.nights) for s in wisma.stays}
    # H-1 is ready when the mother is (03-03) and leaves on 03-05; C-000006 is not flown and
    # stays to the horizon end, the last usable departure (03-07; the cancelled JT 1 is out).
    h1 = (dt.date(2026, 3, 3), dt.date(2026, 3, 4), 2)
    assert stays == {"C-000001": h1, "C-000002": h1, "C-000003": h1,
                     "C-000006": (dt.date(2026, 3, 2), dt.date(2026, 3, 7), 6)}
    assert wisma.peak() == (4, dt.date(2026, 3, 3)) and wisma.person_nights == 12

    (slot,) = document.slots
    assert [b.case_no for b in slot.bookings] == ["C-000002", "C-000003"]
    assert slot.ready_at == dt.datetime(2026, 3, 4, 9, 0)
    assert [(u.case_no, u.reasons) for u in document.unassigned] == [
        ("C-000006", ("no usable flight to DPS on or after 2026-03-02",))]
    assert [(o.household, o.person_nights) for o in document.overflow] == [("H-2", 10)]
    assert document.persons_in_plan == 7 and document.passengers == 6
    assert document.conflicts == ("pin of C-000006 to JT 1 released: the flight was cancelled",)


def test_airline_copy_drops_what_the_airline_must_not_see(small: Operation) -> None:
    with small.session() as session:
        airline = for_copy(read_manifests(session), Copy.AIRLINE)
    assert airline.copy is Copy.AIRLINE
    assert not (airline.shelters or airline.slots or airline.unassigned or airline.overflow
                or airline.conflicts) and airline.persons_in_plan is None
    for passenger in (p for f in airline.flights for p in f.passengers):
        assert passenger.phone is None and passenger.notes is None
        assert passenger.trafficking_victim is None and passenger.case_no is None
        assert passenger.document_status is None and passenger.shelter is None
    laid_out = sheets(airline)
    assert [s.name for s in laid_out] == ["Summary", "QZ 8205 2026-03-05", "GA 123 2026-03-07"]
    qz = laid_out[1]
    headers = [c.header for c in qz.columns]
    assert "Phone" not in headers and "Notes" not in headers and "Case No" not in headers
    assistance = [row[headers.index("Assistance")] for row in qz.rows]
    assert assistance == ["", "PREG", "INFT", "MEDA WCHR"]


def test_only_the_flights_asked_for(small: Operation) -> None:
    with small.session() as session:
        document = read_manifests(session, flights=["GA 123 2026-03-07"])
        assert [f.key for f in document.flights] == ["GA 123 2026-03-07"]
        with pytest.raises(PlannerError, match="no one on flight 'JT 1 2026-03-20'"):
            read_manifests(session, flights=["JT 1 2026-03-20"])


def test_default_plan_is_the_published_one_else_the_latest(small: Operation) -> None:
    with small.session() as session:
        session.add(Plan(id=2, status="feasible", start_date=dt.date(2026, 3, 2)))
        session.add(Plan(id=3, status="failed", start_date=dt.date(2026, 3, 2)))
    with small.session() as session:
        assert choose_plan(session).id == 1  # published
        session.get(Plan, 1).published_at = None  # type: ignore[union-attr]
    with small.session() as session:
        assert choose_plan(session).id == 2  # latest that did not fail
        assert choose_plan(session, 3).id == 3  # asked for by number
        with pytest.raises(PlannerError, match="no plan 9"):
            choose_plan(session, 9)
        assert read_manifests(session, 2).flights == ()


def test_no_plan_is_a_clear_error(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session, pytest.raises(
            PlannerError, match="no plan to export yet"):
        read_manifests(session)


def test_sheet_names_are_valid_and_unique() -> None:
    names = sheet_names(["Summary", "summary", "A/B:C*?[x]", "x" * 40, "x" * 40, "'q'", ""])
    assert names[0] == "Summary" and names[1] == "summary (2)"
    assert names[2] == "A-B-C---x-"
    assert len(names[3]) == 31 and names[4].endswith(" (2)") and len(names[4]) == 31
    assert names[5] == "q" and names[6] == "Sheet"


def test_departed_members_are_not_listed_again(small: Operation) -> None:
    with small.session() as session:
        session.get(Person, 7).departed_flight_id = 3  # type: ignore[union-attr]
    with small.session() as session:
        qz = read_manifests(session).flights[0]
    assert "C-000007" not in {p.case_no for p in qz.passengers}
