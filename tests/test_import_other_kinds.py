"""Flights, shelters and document slots: their keys, defaults, updates and conflicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import AuditEntry, DocumentSlot, Flight, Shelter
from planner.importing import ImportOptions, SheetKind, run_import
from planner.importing.keyed_writer import generated_slot_id


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def test_flights_shelters_and_slots_from_one_workbook(operation: Operation,
                                                      tmp_path: Path) -> None:
    path = _workbook(tmp_path / "ops.xlsx", {
        "Penerbangan": [
            ["Jadwal penerbangan repatriasi"],
            ["No. Penerbangan", "Maskapai", "Tujuan", "Tanggal", "Jam", "Kursi", "Status"],
            ["qz8205", "AirAsia", "CGK", dt.datetime(2026, 3, 5), "08.30", 180, "Dikonfirmasi"],
            ["GA 401", "Garuda", "Denpasar", "06/03/2026", dt.time(13, 15), "150 kursi", None],
        ],
        "Shelters": [
            ["Name", "Beds", "Accepts", "Medical Care", "Open From", "Open Until"],
            ["Wisma 01", 120, "semua", "ya", None, None],
            ["Rumah Aman Perempuan", 40, "Perempuan dan anak", "tidak", "03/03/2026",
             "31/03/2026"],
        ],
        "Document slots": [
            ["Slot Id", "Starts At", "Capacity", "Ready After Hours", "Location"],
            [None, "04/03/2026 09:00", 30, None, "Embassy consular section"],
            ["S-SPECIAL", dt.datetime(2026, 3, 4, 14, 0), 10, "1 hari", "Immigration office"],
        ],
    })
    report = run_import(operation, path)
    assert report.committed, [str(p) for p in report.problems]
    assert [s.kind for s in report.sheets] == [SheetKind.FLIGHTS, SheetKind.SHELTERS,
                                               SheetKind.SLOTS]
    with operation.session() as session:
        flights = {f.key: f for f in session.scalars(select(Flight))}
        assert set(flights) == {"QZ 8205 2026-03-05", "GA 401 2026-03-06"}
        qz = flights["QZ 8205 2026-03-05"]
        assert (qz.departs_at, qz.seats, qz.status, qz.origin, qz.carrier) == (
            dt.datetime(2026, 3, 5, 8, 30), 180, "confirmed", "PNH", "AirAsia")
        ga = flights["GA 401 2026-03-06"]
        assert (ga.destination, ga.seats, ga.status, ga.departs_at) == (
            "DPS", 150, "planned", dt.datetime(2026, 3, 6, 13, 15))
        shelters = {s.name: s for s in session.scalars(select(Shelter))}
        assert shelters["Wisma 01"].accepts == "any" and shelters["Wisma 01"].medical_care
        women = shelters["Rumah Aman Perempuan"]
        assert (women.accepts, women.open_from, women.open_until) == (
            "women_children", dt.date(2026, 3, 3), dt.date(2026, 3, 31))
        slots = {s.slot_id: s for s in session.scalars(select(DocumentSlot))}
        generated = generated_slot_id(dt.datetime(2026, 3, 4, 9), "Embassy consular section")
        assert generated == "S-20260304-0900-ECS"
        assert slots[generated].ready_after_hours == 48.0 and slots[generated].capacity == 30
        assert slots["S-SPECIAL"].ready_after_hours == 24.0
        keys = set(session.scalars(select(AuditEntry.entity_key).where(
            AuditEntry.action == "import-add")))
        assert {"QZ 8205 2026-03-05", "Wisma 01", generated} <= keys


def test_updates_in_place_and_reimport_changes_nothing(operation: Operation,
                                                       tmp_path: Path) -> None:
    first = _workbook(tmp_path / "a.xlsx", {"Flights": [
        ["Flight No", "Destination", "Departs At", "Seats"],
        ["QZ 8205", "CGK", dt.datetime(2026, 3, 5, 8, 30), 180]]})
    run_import(operation, first)
    again = run_import(operation, first)
    assert again.counts[SheetKind.FLIGHTS].unchanged == 1
    second = _workbook(tmp_path / "b.xlsx", {"Flights": [
        ["Flight No", "Destination", "Departs At", "Seats", "Status"],
        ["QZ 8205", None, dt.datetime(2026, 3, 5, 9, 0), 160, "cancelled"]]})
    report = run_import(operation, second)
    assert report.counts[SheetKind.FLIGHTS].updated == 1
    with operation.session() as session:
        flight = session.scalars(select(Flight)).one()
        assert (flight.seats, flight.status, flight.destination, flight.departs_at) == (
            160, "cancelled", "CGK", dt.datetime(2026, 3, 5, 9, 0))
        assert flight.version == 2


def test_contradicting_repeats_and_impossible_periods_are_rejected(operation: Operation,
                                                                   tmp_path: Path) -> None:
    path = _workbook(tmp_path / "c.xlsx", {
        "Flights": [
            ["Flight No", "Destination", "Departs At", "Seats"],
            ["QZ 8205", "CGK", dt.datetime(2026, 3, 5, 8, 30), 180],
            ["QZ 8205", "CGK", dt.datetime(2026, 3, 5, 8, 30), 200],
            ["QZ 8205", "CGK", dt.datetime(2026, 3, 5, 8, 30), None],
            ["GA 1", "CGK", "05/03/2026", 100],
        ],
        "Shelters": [
            ["Name", "Beds", "Open From", "Open Until"],
            ["Wisma", 10, "10/03/2026", "01/03/2026"],
        ],
    })
    report = run_import(operation, path, ImportOptions(skip_invalid=True))
    reasons = {(r.sheet, r.number): " ".join(p.reason for p in r.problems)
               for r in report.rejected}
    assert "repeats QZ 8205 2026-03-05 of row 2 but Seats differs" in reasons[("Flights", 3)]
    assert "without a time of day" in reasons[("Flights", 5)]
    assert "closes before it opens" in reasons[("Shelters", 2)]
    assert report.counts[SheetKind.FLIGHTS].duplicates == 1
    assert report.counts[SheetKind.FLIGHTS].added == 1
