"""The template workbook: sheets, headers, drop-downs, formats, instructions in English
and Indonesian; the copy in resources/ is what the code makes; filled in, it imports."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.cli import main
from planner.db import Operation
from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, header_for
from planner.importing import SheetKind, run_import
from planner.template import template_path, write_template
from tests.importing.state import roster

SHEETS = {"Persons": PERSON.names, "Flights": FLIGHT.names, "Shelters": SHELTER.names,
          "Document slots": SLOT.names}


def _lists(sheet: Worksheet) -> dict[str, list[str]]:
    """Header -> the choices of the drop-down on its column."""
    headers = {c.column_letter: c.value for c in sheet[1]}
    found = {}
    for rule in sheet.data_validations.dataValidation:
        if rule.type == "list":
            letter = str(rule.sqref).split(":")[0].rstrip("0123456789")
            found[headers[letter]] = rule.formula1.strip('"').split(",")
    return found


def _content(path: Path) -> dict[str, object]:
    workbook = load_workbook(path)
    content: dict[str, object] = {"sheets": workbook.sheetnames}
    for sheet in workbook.worksheets:
        content[sheet.title] = (
            [[c.value for c in row] for row in sheet.iter_rows()],
            sorted((r.type, str(r.sqref), r.formula1) for r in sheet.data_validations.dataValidation),
            {k: v.number_format for k, v in sheet.column_dimensions.items()},
        )
    return content


def test_sheets_headers_and_drop_downs(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Instructions", *SHEETS]
    for title, fields in SHEETS.items():
        assert [c.value for c in workbook[title][1]] == [header_for(f) for f in fields]
    assert "Date of Birth" in [c.value for c in workbook["Persons"][1]]
    persons = _lists(workbook["Persons"])
    assert persons["Sex"] == ["M", "F"]
    assert persons["Document Status"] == ["valid", "expired", "missing", "lost", "confiscated"]
    for flag in ("Needs Shelter", "Medical", "Pregnant", "Disability", "Trafficking Victim"):
        assert persons[flag] == ["yes", "no"]
    assert _lists(workbook["Flights"])["Status"] == ["planned", "confirmed", "cancelled",
                                                     "departed"]
    shelters = _lists(workbook["Shelters"])
    assert shelters["Accepts"] == ["any", "women_children", "men"]
    assert shelters["Medical Care"] == ["yes", "no"]
    columns = workbook["Persons"].column_dimensions
    assert columns["I"].number_format == "@"  # Phone as text: the leading 0 survives
    assert columns["E"].number_format == "yyyy-mm-dd"


def test_instructions_in_english_and_indonesian(tmp_path: Path) -> None:
    sheet = load_workbook(write_template(tmp_path / "t.xlsx"))["Instructions"]
    english = " ".join(str(c.value or "") for c in sheet["A"])
    indonesian = " ".join(str(c.value or "") for c in sheet["B"])
    assert sheet["A1"].value == "English" and sheet["B1"].value == "Bahasa Indonesia"
    assert "Household" in english and "travels together" in english
    assert "bepergian bersama" in indonesian and "Jenis kelamin" in indonesian
    assert len(indonesian) > 0.8 * len(english)


def test_the_shipped_template_is_the_generated_one(tmp_path: Path) -> None:
    shipped = template_path()
    assert shipped.is_file()
    assert _content(shipped) == _content(write_template(tmp_path / "fresh.xlsx"))


def test_template_command_writes_an_owner_only_file(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "blank.xlsx"
    assert main(["template", str(out)]) == 0
    assert "Wrote the roster template" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main(["template", str(tmp_path / "missing" / "t.xlsx")]) == 1


def test_the_blank_template_imports_nothing_but_is_recognised(operation: Operation,
                                                             tmp_path: Path) -> None:
    report = run_import(operation, write_template(tmp_path / "t.xlsx"))
    assert [s.kind for s in report.sheets] == [None, *SheetKind]
    assert all(c.added == 0 for c in report.counts.values())


def test_filled_template_round_trips(operation: Operation, tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx")
    workbook = load_workbook(path)
    workbook["Persons"].append(["C-000007", "H-1", "Siti Aminah", "F", dt.date(1990, 5, 17),
                                "IDN", "B1234567", "valid", "081234567890", "CGK;SUB",
                                dt.date(2026, 3, 2), None, "yes", "no", "no", "no", "yes",
                                "=cmd|' /C calc'!A0"])
    workbook["Flights"].append(["QZ 8205", "AirAsia", "PNH", "CGK",
                                dt.datetime(2026, 3, 5, 8, 30), 180, 4, "confirmed"])
    workbook["Shelters"].append(["Wisma 01", 120, "any", "yes", None, None])
    workbook["Document slots"].append([None, dt.datetime(2026, 3, 4, 9), 30, 24, "Embassy"])
    for cell in workbook["Persons"][2]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # typed text, never a formula
    workbook.save(path)
    report = run_import(operation, path)
    assert report.committed, [str(p) for p in report.problems]
    assert {k: c.added for k, c in report.counts.items()} == {
        SheetKind.PERSONS: 1, SheetKind.FLIGHTS: 1, SheetKind.SHELTERS: 1,
        SheetKind.SLOTS: 1}
    [person] = roster(operation)
    assert person == {
        "case_no": "C-000007", "household": "H-1", "full_name": "Siti Aminah", "sex": "F",
        "date_of_birth": dt.date(1990, 5, 17), "nationality": "IDN", "passport_no": "B1234567",
        "document_status": "valid", "phone": "081234567890", "destinations": "CGK;SUB",
        "available_from": dt.date(2026, 3, 2), "cleared_from": None, "needs_shelter": True,
        "medical": False, "pregnant": False, "disability": False, "trafficking_victim": True,
        "notes": "=cmd|' /C calc'!A0", "status": "registered", "medical_clearance": None,
    }
