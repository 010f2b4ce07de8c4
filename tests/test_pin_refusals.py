"""``evacplan pin flight`` refuses a pin the next plan would release (SPEC 3.1 rule 10),
as the desktop offers no such flight (the tester's finding: a household accepting only
CGK;SUB was pinned without a word to a flight to DPS, and the next plan released it).
The refusal names the household, the airports it accepts and the flight's; a cancelled or
departed flight, or one before the household can leave, is refused with the clause the
released pin would have shown. Nothing is pinned."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import Flight, Household, Person, Pin
from planner.planning.pin_choices import pin_advisor
from planner.words.render import date_text


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pins") / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "120", "--seed", "7"]) == 0
    return db


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "op.sqlite"
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def opened(db: Path) -> Iterator[Operation]:
    """The copy of the demo, open for a test to change its records before pinning."""
    operation = open_operation(db)
    try:
        yield operation
    finally:
        operation.close()


def _household_and_flights(operation: Operation) -> tuple[str, list[str], Flight, Flight]:
    """A household of several, the airports it accepts, a flight a pin to would hold and
    a flight to an airport it does not accept."""
    with operation.session() as session:
        flights = session.scalars(select(Flight).order_by(Flight.departs_at)).all()
        for household in session.scalars(select(Household).where(
                Household.implicit.is_(False)).order_by(Household.code)):
            members = household.members
            accepted = [a for a in (members[0].destinations or "").split(";")
                        if all(a in (m.destinations or "").split(";") for m in members)]
            elsewhere = [f for f in flights if f.destination not in accepted]
            advisor = pin_advisor(session, [household.id])
            holding = [c for c in advisor.choices(household.id) if c.holds]
            if len(members) > 1 and elsewhere and holding:
                held = session.get(Flight, holding[0].flight_id)
                assert held is not None
                session.expunge_all()
                return household.code, accepted, held, elsewhere[0]
    raise AssertionError("the demo has no household to pin")


def _key(flight: Flight) -> str:
    return f"{flight.flight_no} {flight.departure_date.isoformat()}"


def _pins(operation: Operation) -> int:
    with operation.session() as session:
        return int(session.scalar(select(func.count()).select_from(Pin)) or 0)


def _refusal(db: Path, capsys: pytest.CaptureFixture[str], household: str, flight: str,
             lang: str = "en") -> str:
    assert main(["--lang", lang, "--db", str(db), "pin", "flight", household, flight]) == 1
    return capsys.readouterr().err.strip()


def _refused_because(db: Path, capsys: pytest.CaptureFixture[str], operation: Operation,
                     household: str, flight: Flight, clause: str) -> None:
    assert _refusal(db, capsys, household, _key(flight)) == (
        f"evacplan: Not pinned: the next plan would release the pin of household "
        f"{household} to flight {_key(flight)}, because {clause}")
    assert _pins(operation) == 0


def test_a_flight_to_an_airport_the_household_does_not_accept_is_refused(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    household, accepted, _held, elsewhere = _household_and_flights(opened)
    said = _refusal(db, capsys, household, _key(elsewhere))
    assert said == (f"evacplan: Not pinned: household {household} accepts only "
                    f"{' or '.join(accepted)}, and flight {_key(elsewhere)} goes to "
                    f"{elsewhere.destination}; the next plan would release the pin")
    indonesian = _refusal(db, capsys, household, _key(elsewhere), "id")
    assert indonesian == (f"evacplan: Tidak dikunci: keluarga {household} hanya menerima "
                          f"{' atau '.join(accepted)}, sedangkan penerbangan "
                          f"{_key(elsewhere)} menuju {elsewhere.destination}; rencana "
                          f"berikutnya akan melepas kunci itu")
    assert _pins(opened) == 0


@pytest.mark.parametrize("status", ["cancelled", "departed"])
def test_a_flight_that_no_longer_flies_is_refused(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str], status: str) -> None:
    household, _accepted, held, _elsewhere = _household_and_flights(opened)
    with opened.session() as session:
        flight = session.get(Flight, held.id)
        assert flight is not None
        flight.status = status
    _refused_because(db, capsys, opened, household, held, f"the flight is {status}")


def test_a_flight_before_the_household_can_leave_is_refused(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    household, _accepted, held, _elsewhere = _household_and_flights(opened)
    later = held.departure_date + dt.timedelta(days=2)
    with opened.session() as session:
        for person in session.scalars(select(Person).join(Household).where(
                Household.code == household)):
            person.available_from = later
    _refused_because(db, capsys, opened, household, held,
                     f"the household cannot leave before {date_text(later.isoformat())}")


def test_a_flight_the_pin_would_hold_is_pinned(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    household, _accepted, held, _elsewhere = _household_and_flights(opened)
    assert main(["--db", str(db), "pin", "flight", household, _key(held)]) == 0
    assert capsys.readouterr().out.startswith(f"Pinned {household} to flight {_key(held)}")
    assert _pins(opened) == 1
