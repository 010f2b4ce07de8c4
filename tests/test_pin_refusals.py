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
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import DocumentSlot, Flight, Household, Person, Pin, Shelter
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
    # One clause for the refusal and the desktop's list of flights (pin_choices).
    assert said == (f"evacplan: Not pinned: the next plan would release the pin of household "
                    f"{household} to flight {_key(elsewhere)}, because the household accepts "
                    f"only {' or '.join(accepted)}, not {elsewhere.destination}")
    indonesian = _refusal(db, capsys, household, _key(elsewhere), "id")
    assert indonesian == (f"evacplan: Tidak dikunci: rencana berikutnya akan melepas kunci "
                          f"keluarga {household} ke penerbangan {_key(elsewhere)}, karena "
                          f"keluarga ini hanya menerima {' atau '.join(accepted)}, bukan "
                          f"{elsewhere.destination}")
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


# --- shelter and slot pins (the tester's finding 2): refused up front, naming why -------

def _single(operation: Operation) -> tuple[str, str]:
    """A man of 18+ alone in his household who needs a shelter, not flagged medical, with
    a valid travel document, and a shelter that takes him: (case number, shelter)."""
    with operation.session() as session:
        for person in session.scalars(select(Person).join(Household).where(
                Household.implicit.is_(True), Person.sex == "M",
                Person.needs_shelter.is_(True), Person.medical.is_(False),
                Person.document_status == "valid",
                Person.date_of_birth < dt.date(2000, 1, 1)).order_by(Person.id)):
            shelter = session.scalar(select(Shelter).where(Shelter.accepts == "any",
                                                           Shelter.medical_care.is_(True)))
            assert shelter is not None
            return person.case_no, shelter.name
    raise AssertionError("the demo has no man alone")


def _change(operation: Operation, model: Any, where: Any, **values: object) -> None:
    """Set ``values`` on the one record of ``model`` that ``where`` selects."""
    with operation.session() as session:
        record = session.scalars(select(model).where(where)).one()
        for field, value in values.items():
            setattr(record, field, value)


def _shelter(operation: Operation, name: str, **values: object) -> None:
    _change(operation, Shelter, Shelter.name == name, **values)


def _person(operation: Operation, case_no: str, **values: object) -> None:
    _change(operation, Person, Person.case_no == case_no, **values)


def _pin_refused(db: Path, capsys: pytest.CaptureFixture[str], operation: Operation,
                 kind: str, subject: str, target: str, lang: str = "en") -> str:
    assert main(["--lang", lang, "--db", str(db), "pin", kind, subject, target]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert _pins(operation) == 0
    said = captured.err.strip()
    assert "\n" not in said
    return said


def test_a_shelter_that_takes_only_women_and_children_refuses_a_man(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    case_no, shelter = _single(opened)
    _shelter(opened, shelter, accepts="women_children")
    assert _pin_refused(db, capsys, opened, "shelter", case_no, shelter) == (
        f"evacplan: Not pinned: the next plan would release the pin of household {case_no} "
        f"to shelter {shelter}, because {shelter} takes only women and children under 15")
    assert _pin_refused(db, capsys, opened, "shelter", case_no, shelter, "id") == (
        f"evacplan: Tidak dikunci: rencana berikutnya akan melepas kunci keluarga {case_no} "
        f"ke penampungan {shelter}, karena {shelter} hanya menerima perempuan dan anak di "
        f"bawah 15 tahun")


@pytest.mark.parametrize(("change", "person", "clause"), [
    ({"medical_care": False}, {"medical": True},
     "{shelter} has no medical care for a member flagged medical"),
    ({"accepts": "men"}, {"sex": "F"}, "{shelter} takes only men"),
    ({"open_until": dt.date(2001, 1, 1), "open_from": dt.date(2000, 1, 1)}, {},
     "the shelter is closed on some night of the stay"),
    ({"beds": 0}, {}, "the shelter has fewer beds (0) than the household needs (1)"),
    ({}, {"needs_shelter": False}, "no member of the household needs a shelter"),
])
def test_a_shelter_that_does_not_fit_the_household_is_refused(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str],
        change: dict[str, object], person: dict[str, object], clause: str) -> None:
    case_no, shelter = _single(opened)
    _shelter(opened, shelter, **change)
    _person(opened, case_no, **person)
    assert _pin_refused(db, capsys, opened, "shelter", case_no, shelter) == (
        f"evacplan: Not pinned: the next plan would release the pin of household {case_no} "
        f"to shelter {shelter}, because {clause.format(shelter=shelter)}")


def test_a_shelter_that_fits_is_pinned(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    case_no, shelter = _single(opened)
    assert main(["--db", str(db), "pin", "shelter", case_no, shelter]) == 0
    assert capsys.readouterr().out.startswith(f"Pinned {case_no} to shelter {shelter}")
    assert _pins(opened) == 1


def _slot(operation: Operation, slot_id: str, starts_at: dt.datetime) -> None:
    with operation.session() as session:
        session.add(DocumentSlot(slot_id=slot_id, starts_at=starts_at, capacity=2,
                                 ready_after_hours=48, location="Embassy"))


def test_a_slot_the_person_cannot_take_is_refused(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    case_no, _shelter_name = _single(opened)
    with opened.session() as session:
        first = session.scalar(select(func.min(DocumentSlot.starts_at)))
    assert first is not None
    _slot(opened, "S-TEST", first)
    # A valid travel document: no appointment needed, and it would take another's place.
    assert _pin_refused(db, capsys, opened, "slot", case_no, "S-TEST") == (
        f"evacplan: Not pinned: the next plan would release the pin of person {case_no} "
        f"to document appointment S-TEST, because the person's travel document is valid: "
        f"they need no appointment")
    assert _pin_refused(db, capsys, opened, "slot", case_no, "S-TEST", "id") == (
        f"evacplan: Tidak dikunci: rencana berikutnya akan melepas kunci orang {case_no} "
        f"ke jadwal dokumen S-TEST, karena dokumen perjalanan orang ini masih berlaku: ia "
        f"tidak memerlukan jadwal dokumen")
    # Before the person is in the embassy's care.
    later = first.date() + dt.timedelta(days=3)
    _person(opened, case_no, document_status="missing", passport_no=None,
            available_from=later)
    assert _pin_refused(db, capsys, opened, "slot", case_no, "S-TEST") == (
        f"evacplan: Not pinned: the next plan would release the pin of person {case_no} "
        f"to document appointment S-TEST, because the appointment is on "
        f"{date_text(first.date().isoformat())}, before the person is available on "
        f"{date_text(later.isoformat())}")
    # In the embassy's care by then: pinned.
    _person(opened, case_no, available_from=first.date())
    assert main(["--db", str(db), "pin", "slot", case_no, "S-TEST"]) == 0
    assert capsys.readouterr().out.startswith(f"Pinned {case_no} to document appointment S-TEST")


def test_a_slot_too_late_for_the_households_pinned_flight_is_refused(
        db: Path, opened: Operation, capsys: pytest.CaptureFixture[str]) -> None:
    """The slot pin itself would hold, but the household's flight pin would then be
    released (its document would not be ready in time): refused, naming that pin."""
    case_no, _shelter_name = _single(opened)
    _person(opened, case_no, document_status="missing", passport_no=None)
    with opened.session() as session:
        household = session.scalar(select(Person).where(Person.case_no == case_no))
        assert household is not None
        household_id = household.household_id
        holding = [c for c in pin_advisor(session, [household_id]).choices(household_id)
                   if c.holds]
    assert holding
    flight = holding[0]
    assert main(["--db", str(db), "pin", "flight", case_no, flight.key]) == 0
    capsys.readouterr()
    _slot(opened, "S-LATE", flight.departs_at + dt.timedelta(days=1))
    assert main(["--db", str(db), "pin", "slot", case_no, "S-LATE"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"evacplan: Not pinned: with a pin of {case_no} to document appointment S-LATE, the "
        f"next plan would release the pin of {case_no} to flight {flight.key}, because the "
        f"document of {case_no} from its pinned appointment is not ready in time")
    assert _pins(opened) == 1  # the flight pin alone
