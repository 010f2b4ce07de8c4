"""A ministry-style roster workbook for the desktop program's import tests.

It looks like the sheets embassies receive: a title block in merged cells above the
header row, Indonesian headers, sex as L/P, birth dates as date cells, Excel serial
numbers and day-first text, phone numbers stored as numbers, stray spaces, a blank row,
a totals line at the bottom, and a few rows that cannot be imported (no sex, an
impossible date).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openpyxl import Workbook

GIVEN = ["Ahmad", "Siti", "Rudi", "Dewi", "Yusuf", "Rina", "Bayu", "Lestari", "Agus", "Wulan",
         "Hendra", "Putri", "Fajar", "Ayu", "Dimas", "Indah"]
FAMILY = ["Wirawan", "Kurniadi", "Prasetyo", "Handoko", "Mulyadi", "Sugiarto", "Hartono",
          "Setiadi"]
HEADERS = ["No", "Nama Lengkap", "Jenis Kelamin (L/P)", "Tanggal Lahir", "No. Paspor",
           "No. HP", "Tujuan", "Keterangan"]
EXCEL_EPOCH = dt.date(1899, 12, 30)


def write_ministry_workbook(path: Path, persons: int = 40, bad_rows: int = 2, seed: int = 7,
                            name_header: str = "Nama Lengkap") -> Path:
    """Write the workbook; ``persons`` good rows plus ``bad_rows`` broken ones."""
    rng = random.Random(seed)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Daftar WNI"
    sheet["A1"] = "KEDUTAAN BESAR REPUBLIK INDONESIA PHNOM PENH"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Daftar WNI korban TPPO - gelombang 2"
    sheet.merge_cells("A2:H2")
    sheet.append([])
    sheet.append([name_header if h == "Nama Lengkap" else h for h in HEADERS])
    number = 0
    for index in range(persons):
        number += 1
        sex = rng.choice("LP")
        given = GIVEN[rng.randrange(len(GIVEN))]
        born = dt.date(1970, 1, 1) + dt.timedelta(days=rng.randrange(365 * 35))
        style = index % 3
        birth: object
        if style == 0:
            birth = born
        elif style == 1:
            birth = (born - EXCEL_EPOCH).days
        else:
            birth = born.strftime("%d/%m/%Y")
        passport = f"  C{rng.randrange(1_000_000, 9_999_999)} " if index % 2 else None
        phone = 85_500_000_000 + rng.randrange(10_000_000) if index % 4 else None
        destination = rng.choice(["CGK", "CGK", "SUB", "KNO", "CGK;SUB"])
        note = "sakit" if index % 11 == 0 else None
        sheet.append([number, f" {given} {FAMILY[index % len(FAMILY)]} {index + 1}", sex, birth,
                      passport, phone, destination, note])
        if index == persons // 2:
            sheet.append([])
    for index in range(bad_rows):
        number += 1
        if index % 2 == 0:
            sheet.append([number, f"Tanpa Kelamin {index}", None, dt.date(1990, 5, 1), None,
                          None, "CGK", None])
        else:
            sheet.append([number, f"Tanggal Salah {index}", "P", "31/02/1990", None, None,
                          "CGK", None])
    sheet.append(["Jumlah", number, None, None, None, None, None, None])
    book.save(path)
    return path
