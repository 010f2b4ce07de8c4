"""A national phone number reaches the SMS gateway with its country code (SPEC 8.3).

The gateway sends from the operation's country (Cambodia): it reads ``087129262708`` as a
Cambodian number, so an Indonesian's message failed or went to a stranger. A number whose
length only the person's country has goes out as ``+6287129262708``; one that could be a
number of either country is left out of the CSV and named by the command, in the list's
language: never guessed."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import Person, PlanHousehold
from tests.call_list_support import first_planned_flight, publish_demo


@pytest.fixture
def listed(sqlite_path: Path) -> tuple[Path, str, list[str]]:
    """A published 50-person demo plan, the first planned flight's passengers' phones
    rewritten: an Indonesian mobile, a number as long as a Cambodian one, and one
    written with its country code. Returns the flight and the case numbers in order."""
    publish_demo(sqlite_path, 50, 1)
    operation = open_operation(str(sqlite_path))
    with operation.session() as session:
        flight, named = first_planned_flight(session)
        people = session.scalars(select(Person).join(
            PlanHousehold, PlanHousehold.household_id == Person.household_id)
            .where(PlanHousehold.flight_id == flight.id).order_by(Person.case_no)).all()
        assert len(people) >= 2
        phones = ["087129262708", "0812 333 444", "+855 12 345 678"]
        for person, phone in zip(people, phones, strict=False):
            person.phone, person.nationality = phone, "IDN"
        cases = [p.case_no for p in people[:len(phones)]]
    operation.close()
    return sqlite_path, named, cases


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "phone number has no country code"),
    ("id", "nomor telepon tanpa kode negara")])
def test_a_national_number_goes_out_with_its_country_code_or_not_at_all(
        listed: tuple[Path, str, list[str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], lang: str, words: str) -> None:
    db, flight, cases = listed
    out = tmp_path / "calls.csv"
    assert main(["--db", str(db), "--lang", lang, "call-list", flight, str(out),
                 "--reference", "KBRI-PNH"]) == 0
    said = capsys.readouterr().out.splitlines()
    with out.open(encoding="utf-8", newline="") as handle:
        phones = {row["case_no"]: row["phone"] for row in csv.DictReader(handle)}
    assert phones[cases[0]] == "+6287129262708"
    assert phones[cases[1]] == ""  # Indonesian or Cambodian: not guessed
    if len(cases) > 2:
        assert phones[cases[2]] == "+85512345678"
    # The command names the one left out, in the list's language, and how to mend it.
    (at,) = [n for n, line in enumerate(said) if words in line]
    assert said[at].startswith("1 ")
    assert said[at + 1].startswith(f"  {cases[1]} ")
    assert said[at + 1].endswith(": 0812 333 444")
    assert len(said) == at + 2


def test_a_person_travelling_alone_has_a_blank_household(
        listed: tuple[Path, str, list[str]], tmp_path: Path) -> None:
    """The list's household column is blank for a household of one, as in the roster and
    the manifests (it showed the person's case number), in the CSV and the workbook."""
    db, flight, _ = listed
    out = tmp_path / "calls.csv"
    assert main(["--db", str(db), "call-list", flight, str(out), "--reference", "KBRI"]) == 0
    roster = tmp_path / "roster.csv"
    assert main(["--db", str(db), "export-roster", str(roster)]) == 0
    with roster.open(encoding="utf-8-sig", newline="") as handle:
        stored = {row["Case No"]: row["Household"] for row in csv.DictReader(handle)}
    with out.open(encoding="utf-8", newline="") as handle:
        listed_households = {row["case_no"]: row["household"] for row in csv.DictReader(handle)}
    assert listed_households == {case: stored[case] for case in listed_households}
    assert "" in listed_households.values()  # the demo's first flight has one alone
    book = tmp_path / "calls.xlsx"
    assert main(["--db", str(db), "--lang", "id", "call-list", flight, str(book)]) == 0
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    shown = {r[0]: r[3] or "" for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert shown == listed_households
