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


def _row(case_no: str, phone: str | None, name: str = "Dian Sitompul") -> CallRow:
    return CallRow(case_no, name, phone, "H-000044", None, dt.datetime(2026, 3, 4, 3, 0),
                   "PNH airport check-in", "[KBRI] pesawat", "[KBRI] flight")


@pytest.mark.parametrize(("phone", "sent"), [
    ("+855 89 258 840", "+85589258840"), ("+62 (812) 0000-111", "+628120000111"),
    ("089259649003", "089259649003"), ("0812.333.444", "0812333444"),
    ("+62-812-3456-7890", "+6281234567890"), ("(021) 555-0101", "0215550101"),
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
def test_text_in_the_phone_or_name_that_would_run_keeps_its_quote(tmp_path: Path,
                                                                  text: str) -> None:
    target = tmp_path / "calls.csv"
    write_rows([_row("C-000001", text, name=text)], target, "csv")
    with target.open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["phone"] == "'" + text
    assert row["full_name"] == "'" + text
