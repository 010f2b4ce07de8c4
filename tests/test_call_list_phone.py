"""The call list's CSV goes to SMS and WhatsApp gateways as it is (SPEC 8.3): a phone
number must reach them as the number, not as the quote that keeps other text from
running as a formula in a spreadsheet ('+855 89 258 840 is no number to a gateway)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from planner.departure.call_list import CallRow, write_rows
from planner.phone_numbers import international


def _row(case_no: str, phone: str | None, name: str = "Dian Sitompul") -> CallRow:
    """A row of an Indonesian in an operation in Cambodia."""
    return CallRow(case_no, name, phone, "H-000044", None, dt.datetime(2026, 3, 4, 3, 0),
                   "PNH airport check-in", "[KBRI] pesawat", "[KBRI] flight",
                   dial=international(phone, "IDN", "KHM") if phone else None)


@pytest.mark.parametrize(("phone", "sent"), [
    ("+855 89 258 840", "+85589258840"), ("+62 (812) 0000-111", "+628120000111"),
    # A national number long enough to be Indonesian only: the gateway in Cambodia would
    # read 0892... as a Cambodian number; the person's country code goes before it.
    ("089259649003", "+6289259649003"), ("0812-3456-7890", "+6281234567890"),
    # As long as a Cambodian number too: which one is not known, the gateway gets none.
    ("0812.333.444", ""), ("(021) 555-0101", ""),
    ("+62-812-3456-7890", "+6281234567890"),
    # A roster cell a spreadsheet took for a number lost its '+': it gets it back.
    ("6281234567890", "+6281234567890"), ("855 89 258 840", "+85589258840")])
def test_a_phone_number_reaches_the_gateway_as_its_digits(tmp_path: Path, phone: str,
                                                         sent: str) -> None:
    target = tmp_path / "calls.csv"
    write_rows([_row("C-000078", phone)], target, "csv")
    with target.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    # No operator after the first character: nothing a spreadsheet opening it computes.
    assert row["phone"] == sent
    assert not any(sign in row["phone"][1:] for sign in "+-()./ ")


def test_the_workbook_keeps_the_phone_as_the_officer_wrote_it(tmp_path: Path) -> None:
    target = tmp_path / "calls.xlsx"
    write_rows([_row("C-000078", "+62-812-3456-7890")], target, "xlsx")
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    column = [cell.value for cell in sheet[1]].index("Phone") + 1
    assert sheet.cell(2, column).value == "+62-812-3456-7890"
    assert sheet.cell(2, column).data_type == "s"


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x.example","call")', "+1 cmd|' /C calc'!A0",
                                  "@SUM(A1)", "-2+3 x", "-1-2-3-4-5", "-12345"])
def test_text_in_the_name_that_would_run_keeps_its_quote_and_in_the_phone_goes_nowhere(tmp_path: Path,
                                                                  text: str) -> None:
    target = tmp_path / "calls.csv"
    write_rows([_row("C-000001", text, name=text)], target, "csv")
    with target.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    # No number: the gateway gets none (the command names it); the name keeps its quote.
    assert row["phone"] == ""
    assert row["full_name"] == "'" + text


def test_the_workbook_dials_a_national_number_with_its_country_code(tmp_path: Path) -> None:
    target = tmp_path / "calls.xlsx"
    write_rows([_row("C-000078", "087129262708"), _row("C-000079", "0812 333 444")],
               target, "xlsx")
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    column = [cell.value for cell in sheet[1]].index("Phone") + 1
    # Indonesian by its length; the other could be Cambodian too: as written (the
    # command names it, tests/test_call_list_country.py).
    assert [sheet.cell(r, column).value for r in (2, 3)] == ["+6287129262708", "0812 333 444"]


@pytest.mark.parametrize(("phone", "nationality", "here", "dialled"), [
    ("087129262708", "IDN", "KHM", "+6287129262708"),
    ("012 345 678", "KHM", "KHM", "+85512345678"),
    # As long as numbers of both countries: not known.
    ("012 345 678", "IDN", "KHM", None),
    # A country whose numbering the planner does not hold, or no country: not known.
    ("087129262708", "NLD", "KHM", None), ("087129262708", "IDN", None, None),
    ("12345", "IDN", "KHM", None), ("+31 6 1234 5678", "NLD", None, "+31612345678"),
    # Two numbers in one cell, a formula: no number to place.
    ("0812 333 4445 / 0813 222 3334", "IDN", "KHM", None),
    ("+1 cmd|' /C calc'!A0", "IDN", "KHM", None)])
def test_a_national_number_is_placed_only_when_one_country_fits(
        phone: str, nationality: str, here: str | None, dialled: str | None) -> None:
    assert international(phone, nationality, here) == dialled
