"""A roster typed the way ministries type them, made by code, with what it must import to.

Indonesian headers under a title block, a family id merged over its members' rows, dates
as date cells, Excel serial numbers and day-first text in several forms, phone numbers
stored as numbers, stray spaces, blank rows, a person typed twice, three broken rows, a
totals line and a signature block under the table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from planner.importing.excel_dates import to_serial

SHEET = "Data WNI"
HEADERS = ["NO", "NAMA LENGKAP", "L/P", "TEMPAT, TGL. LAHIR", "NO. PASPOR", "STATUS PASPOR",
           "NO. HP / WA", "KELUARGA", "KOTA TUJUAN", "TGL TIBA", "HAMIL", "SAKIT", "KET."]
HEADER_ROW = 4

#: The persons the roster must import to, with every field of SPEC 2.1 (household codes
#: as written; None = a household of one).
EXPECTED: list[dict[str, Any]] = [
    dict(full_name="Siti Aminah", sex="F", date_of_birth=dt.date(1990, 5, 17),
         passport_no="B1234567", document_status="valid", phone="081234567890",
         household="KLG-01", destinations="CGK", available_from=dt.date(2026, 2, 27),
         pregnant=False, medical=False, notes=None),
    dict(full_name="Ahmad Fauzi", sex="M", date_of_birth=dt.date(1988, 8, 17),
         passport_no=None, document_status="confiscated", phone="+62 812-3456-7890",
         household="KLG-01", destinations="CGK;SUB", available_from=dt.date(2026, 2, 28),
         pregnant=False, medical=False, notes="suami Siti"),
    dict(full_name="Nur", sex="F", date_of_birth=dt.date(2019, 8, 3), passport_no=None,
         document_status="missing", phone=None, household="KLG-01", destinations="CGK",
         available_from=dt.date(2026, 2, 28), pregnant=False, medical=False, notes="anak"),
    dict(full_name="BUDI SANTOSO", sex="M", date_of_birth=dt.date(1986, 1, 15),
         passport_no="C7654321", document_status="expired", phone="6281298765432",
         household=None, destinations="KNO", available_from=dt.date(2026, 3, 1),
         pregnant=False, medical=True, notes="diabetes"),
    dict(full_name="Dewi Lestari", sex="F", date_of_birth=dt.date(1995, 5, 5),
         passport_no="X1122334", document_status="valid", phone="0856 1111 2222",
         household=None, destinations="DPS", available_from=dt.date(2026, 3, 1),
         pregnant=True, medical=False, notes=None),
    dict(full_name="Eko", sex="M", date_of_birth=dt.date(2000, 12, 12), passport_no=None,
         document_status="lost", phone="085299998888", household="KLG-02",
         destinations="SUB", available_from=dt.date(2026, 3, 1), pregnant=False,
         medical=False, notes=None),
    dict(full_name="Rina Wati", sex="F", date_of_birth=dt.date(2001, 7, 7), passport_no=None,
         document_status="confiscated", phone=None, household="KLG-02", destinations="SUB",
         available_from=dt.date(2026, 3, 1), pregnant=False, medical=False, notes=None),
    dict(full_name="Made Wirawan", sex="M", date_of_birth=dt.date(1979, 11, 30),
         passport_no="A9988776", document_status="valid", phone="081 234 567 890",
         household=None, destinations="DPS", available_from=None, pregnant=False,
         medical=False, notes=None),
]
#: Fields every expected person shares (the sheet has no column for them).
COMMON = dict(nationality="IDN", cleared_from=None, needs_shelter=True, disability=False,
              trafficking_victim=False)
#: Rows that must be rejected, each with the header of the column at fault.
BROKEN_ROWS = {14: "TEMPAT, TGL. LAHIR", 15: "L/P", 16: "NAMA LENGKAP"}
DUPLICATE_ROW = 13
TOTALS_ROW = 18
NOTE_ROWS = (20, 21)
BLANK_ROWS = (8, 19)


@dataclass(frozen=True)
class Roster:
    path: Path
    expected: list[dict[str, Any]]


def write_ministry_roster(path: Path) -> Roster:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    sheet["A1"] = "DAFTAR WNI KORBAN TPPO YANG DITAMPUNG KBRI PHNOM PENH"
    sheet.merge_cells("A1:M1")
    sheet["A2"] = "Update: 2 Maret 2026"
    sheet.merge_cells("A2:M2")
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(HEADER_ROW, column, header)
    rows: dict[int, list[Any]] = {
        5: [1, "  Siti   Aminah ", "P", dt.datetime(1990, 5, 17), "b 1234567", "Ada",
            81234567890, "KLG-01", "Jakarta", dt.datetime(2026, 2, 27), "Tidak", "Tidak", None],
        6: [2, "Ahmad Fauzi", "L", "Surabaya, 17/08/1988", None, "Ditahan perusahaan",
            "+62 812-3456-7890", None, "CGK; SUB", "28/02/2026", "tidak", "tidak", "suami Siti"],
        7: [3, "Nur", "P", "3 Agustus 2019", None, None, None, None, "Jakarta", "28-02-2026",
            None, None, "anak"],
        9: [4, "BUDI SANTOSO", "Laki-laki", int(to_serial(dt.date(1986, 1, 15))), "C 7654321",
            "Kadaluarsa", 6281298765432, None, "Medan", dt.datetime(2026, 3, 1), "Tidak", "Ya",
            "diabetes"],
        10: [5, "Dewi Lestari", "PEREMPUAN", "5 Mei 1995", "X1122334", "valid",
             "0856 1111 2222", None, "Denpasar", "01/03/2026", "Ya", "tidak", None],
        11: [6, "Eko", "L", "12-12-2000", None, "Hilang", 85299998888, "KLG-02", "Surabaya",
             "1 Mar 2026", None, None, None],
        12: [7, "Rina Wati", "P", "07.07.2001", None, "Disita", None, None, "SUB", "2026-03-01",
             None, None, None],
        13: [8, "SITI AMINAH", "P", dt.datetime(1990, 5, 17), "B1234567", "Ada", 81234567890,
             "KLG-01", "Jakarta", dt.datetime(2026, 2, 27), "Tidak", "Tidak", None],
        14: [9, "Hendra Gunawan", "L", "31/02/1990", None, None, None, None, "CGK", None, None,
             None, None],
        15: [10, "Yusuf", "X", "01/01/1991", None, None, None, None, "CGK", None, None, None,
             None],
        16: [11, None, "P", "02/02/1992", None, None, "0812 000 111", None, "CGK", None, None,
             None, None],
        17: [12, "Made Wirawan", "L", dt.datetime(1979, 11, 30), "A9988776", None,
             "081 234 567 890", None, "Bali", None, "tidak", "tidak", None],
        18: ["JUMLAH", None, None, None, None, None, None, None, None, None, None, None, "11 orang"],
        20: [None] * 12 + ["Phnom Penh, 2 Maret 2026"],
        21: [None] * 12 + ["Kepala Fungsi Konsuler"],
    }
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            if value is not None:
                cell = sheet.cell(number, column, value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
    sheet.merge_cells("H5:H7")  # one family id over the family's rows
    sheet.merge_cells("H11:H12")
    workbook.save(path)
    return Roster(path, [{**COMMON, **person} for person in EXPECTED])
