"""The manifests workbook: its sheets against the plan, its page setup, its cell safety."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet

from planner.db import Operation
from planner.db.models import Household, Person
from planner.errors import PlannerError
from planner.export import Copy, export_manifests, write_workbook
from planner.export.model import AgeGroup, FlightManifest, ManifestDocument, Passenger
from planner.spreadsheet_text import clean_text
from tests.manifest_plans import store_small_operation

NOW = dt.datetime(2026, 3, 2, 8, 30)


@pytest.fixture
def small(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        store_small_operation(session)
    return sqlite_operation


def header_row(ws: Worksheet) -> int:
    match = re.fullmatch(r"\$1:\$(\d+)", ws.print_title_rows or "")
    assert match, f"{ws.title}: no print titles"
    return int(match.group(1))


def table(ws: Worksheet) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column headers and the rows under them, up to the first empty row."""
    top = header_row(ws)
    headers = [c.value for c in ws[top]]
    rows = []
    for row in ws.iter_rows(min_row=top + 1, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(row)
    return headers, rows


def title_text(ws: Worksheet) -> str:
    return "\n".join(str(ws.cell(r, 1).value) for r in range(1, header_row(ws)))


def below_table(ws: Worksheet) -> str:
    top = header_row(ws)
    return "\n".join(str(r[0]) for r in ws.iter_rows(min_row=top + 1, values_only=True) if r[0])


def test_embassy_workbook_matches_the_plan(small: Operation, tmp_path: Path) -> None:
    out = tmp_path / "manifests.xlsx"
    result = export_manifests(small, out, now=NOW)
    assert result.counts == {"flights": 2, "passengers": 6, "shelters": 1, "slots": 1,
                             "unassigned": 1, "overflow_households": 1}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "QZ 8205 2026-03-05", "GA 123 2026-03-07", "Wisma A",
                               "Document slots", "Without flight", "Without shelter"]

    qz = book["QZ 8205 2026-03-05"]
    headers, rows = table(qz)
    assert headers[:4] == ["No.", "Case No", "Full Name", "Sex"] and headers[-1] == "Signature"
    assert [r[1] for r in rows] == ["C-000001", "C-000002", "C-000003", "C-000007"]
    title = title_text(qz)
    assert "PASSENGER MANIFEST   QZ 8205   PNH to CGK   2026-03-05 08:15" in title
    assert "Carrier: Indonesia AirAsia" in title and "EMBASSY COPY" in title
    assert "Passengers: 4 = adults 3 + children 0 + infants 1" in title
    assert "Seats used: 3 of 10" in title and "Medical: 1 (capacity 1)" in title
    by_case = {r[1]: dict(zip(headers, r, strict=True)) for r in rows}
    assert by_case["C-000003"]["Special Needs"] == "infant on lap"
    assert by_case["C-000007"]["Special Needs"] == "medical, wheelchair"
    assert by_case["C-000002"]["Trafficking Victim"] == "yes"
    assert by_case["C-000002"]["Document Type"] == "ETD"
    assert by_case["C-000001"]["Date of Birth"] == dt.datetime(1980, 1, 1)
    assert by_case["C-000001"]["Phone"] == "+855 97 001 401"
    after = below_table(qz)
    assert "Total passengers: 4 = adults 3 + children 0 + infants 1" in after
    assert "Received by (airline / immigration)" in after

    summary_headers, summary = table(book["Summary"])
    loads = {r[0]: dict(zip(summary_headers, r, strict=True)) for r in summary}
    assert loads["QZ 8205"]["Passengers"] == 4 and loads["GA 123"]["Children"] == 2
    assert "Total: 2 flights, 6 passengers = adults 3 + children 2 + infants 1" in below_table(
        book["Summary"])
    assert "Left without a flight: 1" in title_text(book["Summary"])

    _, stays = table(book["Wisma A"])
    assert {(r[1], r[6], r[7], r[8]) for r in stays} == {
        ("C-000001", dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 4), 2),
        ("C-000002", dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 4), 2),
        ("C-000003", dt.datetime(2026, 3, 3), dt.datetime(2026, 3, 4), 2),
        ("C-000006", dt.datetime(2026, 3, 2), dt.datetime(2026, 3, 7), 6),
    }
    _, bookings = table(book["Document slots"])
    assert [(r[0], r[4]) for r in bookings] == [("S-0303-0900", "C-000002"),
                                                ("S-0303-0900", "C-000003")]
    _, left = table(book["Without flight"])
    assert [(r[1], r[7]) for r in left] == [
        ("C-000006", "no usable flight to DPS on or after 2026-03-02")]
    _, overflow = table(book["Without shelter"])
    assert [(r[0], r[3]) for r in overflow] == [("H-2", 10)]


def test_totals_name_one_of_a_thing_in_the_singular(small: Operation, tmp_path: Path) -> None:
    """A flight's own workbook printed "Total: 1 flights"."""
    out = tmp_path / "all.xlsx"
    export_manifests(small, out, now=NOW)
    book = openpyxl.load_workbook(out)
    assert "Total: 1 person without a flight." in below_table(book["Without flight"])
    two = tmp_path / "two.xlsx"
    export_manifests(small, two, now=NOW, flights=("GA 123 2026-03-07", "QZ 8205 2026-03-05"))
    assert "Total: 2 flights, 6 passengers = adults" in below_table(
        openpyxl.load_workbook(two)["Summary"])


def test_one_flights_workbook_is_what_goes_to_the_gate(small: Operation,
                                                       tmp_path: Path) -> None:
    """`export --flight KEY` wrote every shelter, appointment and person left behind (122
    pages for one flight at 2,200 persons): it holds the flight's manifest and, in the
    embassy copy, its pick-up and call list (phones, shelters, documents by shelter)."""
    out = tmp_path / "one.xlsx"
    result = export_manifests(small, out, now=NOW, flights=("QZ 8205 2026-03-05",))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["QZ 8205 2026-03-05", "Pick-up QZ 8205 2026-03-05"]
    assert result.counts == {"flights": 1, "passengers": 4, "shelters": 0, "slots": 0,
                             "unassigned": 0, "overflow_households": 0}
    headers, rows = table(book["Pick-up QZ 8205 2026-03-05"])
    assert headers[:6] == ["Shelter", "No.", "Case No", "Full Name", "Household", "Phone"]
    manifest_headers, manifest = table(book["QZ 8205 2026-03-05"])
    assert sorted(r[1] for r in rows) == [r[0] for r in manifest]
    assert {r[2] for r in rows} == {r[1] for r in manifest}
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # by shelter
    airline = tmp_path / "airline.xlsx"
    export_manifests(small, airline, now=NOW, copy=Copy.AIRLINE,
                     flights=("QZ 8205 2026-03-05",))
    assert openpyxl.load_workbook(airline).sheetnames == ["QZ 8205 2026-03-05"]


def test_every_sheet_is_set_up_for_printing(small: Operation, tmp_path: Path) -> None:
    out = tmp_path / "manifests.xlsx"
    export_manifests(small, out, now=NOW)
    book = openpyxl.load_workbook(out)
    for ws in book.worksheets:
        top = header_row(ws)
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == int(Worksheet.PAPERSIZE_A4) == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith(str(top + 1))
        assert ws.oddFooter.center.text == "Page &P of &N"
        # '&' starts a header code: the operation's '&' is doubled to print as itself.
        assert ws.oddHeader.left.text == "Test operation && partners - plan 1"
        assert ws.oddHeader.right.text == "EMBASSY COPY - complete, confidential"
        assert ws.cell(top, 1).font.bold
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[top]]
        assert all(w >= 5 for w in widths), ws.title
    qz = book["QZ 8205 2026-03-05"]
    assert qz.freeze_panes == "D7"  # number, case and name stay in view
    assert qz.row_dimensions[header_row(qz) + 1].height >= 24  # room to sign


def _set_person(operation: Operation, case_no: str, **values: Any) -> None:
    with operation.session() as session:
        person = session.query(Person).filter_by(case_no=case_no).one()
        for name, value in values.items():
            setattr(person, name, value)


def test_formula_text_stays_text_and_control_characters_warn(
        small: Operation, tmp_path: Path) -> None:
    _set_person(small, "C-000001", full_name='=HYPERLINK("http://x.example","click")',
                passport_no="+6281234", notes="@SUM(A1:A9)\x07\x1b")
    _set_person(small, "C-000007", full_name="-Hadi\tWijaya", phone="=1+1")
    with small.session() as session:
        session.get(Household, 1).code = "=H-1"  # type: ignore[union-attr]
    out = tmp_path / "manifests.xlsx"
    result = export_manifests(small, out, now=NOW)
    assert result.warnings == [
        "sheet 'QZ 8205 2026-03-05', row 7, column Notes: control characters replaced"]
    ws = openpyxl.load_workbook(out)["QZ 8205 2026-03-05"]
    headers, rows = table(ws)
    first = dict(zip(headers, rows[0], strict=True))
    assert first["Full Name"] == '=HYPERLINK("HTTP://X.EXAMPLE","CLICK")'
    assert first["Document No"] == "+6281234" and first["Household"] == "=H-1"
    assert first["Notes"] == "@SUM(A1:A9)\ufffd\ufffd"
    last = dict(zip(headers, rows[-1], strict=True))
    assert last["Full Name"] == "-HADI\tWIJAYA" and last["Phone"] == "=1+1"
    for cell in (c for row in ws.iter_rows() for c in row if isinstance(c.value, str)):
        assert cell.data_type == "s", cell.coordinate
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name


def test_a_failed_export_leaves_no_file_and_no_audit_entry(
        small: Operation, tmp_path: Path) -> None:
    from planner.db.models import AuditEntry

    def broken(document: ManifestDocument, path: Path) -> list[str]:
        path.write_bytes(b"half a PDF")
        raise OSError("disk full")

    with small.session() as session:
        before = session.query(AuditEntry).count()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PlannerError, match=r"Cannot write .*out.pdf: disk full"):
        export_manifests(small, folder / "out.pdf", renderer=broken)
    assert list(folder.iterdir()) == []
    with small.session() as session:
        assert session.query(AuditEntry).count() == before


def _document(name: str, notes: str) -> ManifestDocument:
    passenger = Passenger(
        number=1, full_name=name, sex="F", date_of_birth=dt.date(1990, 1, 1), age=36,
        group=AgeGroup.ADULT, nationality="IDN", document_type="Passport",
        document_no="X1", household=None, needs=(), case_no="C-000001", notes=notes,
    )
    flight = FlightManifest(
        key="QZ 1 2026-03-05", flight_no="QZ 1", carrier=None, origin="PNH",
        destination="CGK", departs_at=dt.datetime(2026, 3, 5, 8), status="planned", seats=1,
        medical_capacity=None, passengers=(passenger,),
    )
    return ManifestDocument(
        operation="Op", plan_id=1, plan_status="optimal", plan_start=dt.date(2026, 3, 2),
        plan_created_at=NOW, published_at=None, generated_at=NOW, copy=Copy.EMBASSY,
        flights=(flight,), persons_in_plan=1,
    )


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=40), notes=st.text(max_size=60))
def test_any_text_comes_back_as_plain_text(tmp_path: Path, name: str, notes: str) -> None:
    out = tmp_path / "one.xlsx"
    warnings = write_workbook(_document(name, notes), out)
    ws = openpyxl.load_workbook(out)["QZ 1 2026-03-05"]
    headers, rows = table(ws)
    row = dict(zip(headers, rows[0], strict=True))
    for field, text in (("Full Name", name.upper()), ("Notes", notes)):
        expected, changed = clean_text(text)
        assert (row[field] or "") == expected
        assert bool(changed) == any(field in w for w in warnings)
    for warning in warnings:  # identifiers only, never the cell's text
        assert re.fullmatch(r"sheet 'QZ 1 2026-03-05', row 7, column (Full Name|Notes): "
                            r"[a-z ,0-9']+", warning), warning
