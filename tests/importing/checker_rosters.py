"""Rosters as an independent checker would bring them: workbooks and CSV files in the
shapes ministries and embassies really send, with headers in words the vocabulary does
not list, made by code so no binary is kept.

Each ``Case`` carries the persons it must import to (the fields its columns give) and
how many of its rows are no record (a totals line). Run as a script to write them all
into a folder: ``python -m tests.importing.checker_rosters OUT_DIR``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from planner.importing.excel_dates import to_serial

FIRST = ("SITI", "AHMAD", "DEWI", "BUDI", "NUR", "EKO", "RINA", "MADE", "PUTU", "AGUS",
         "YULIANTI", "HENDRA", "SRI", "WAYAN", "FITRI", "JOKO", "LINDA", "RUDI")
LAST = ("AMINAH", "FAUZI", "LESTARI", "SANTOSO", "HIDAYAT", "WIRAWAN", "SUSANTI",
        "PRATAMA", "KURNIASIH", "SAPUTRA", "HANDAYANI", "GUNAWAN")
FEMALE = {"SITI", "DEWI", "NUR", "RINA", "PUTU", "YULIANTI", "SRI", "FITRI", "LINDA"}
PROVINCES = ("Jawa Timur", "NTB", "Jawa Barat", "Sumatera Utara", "Bali", "Lampung")
HEALTH = ("sehat", "sehat", "sehat", "diabetes", "patah kaki", "asma")


@dataclass
class Case:
    """One file, what it must import to, and what else is in it."""

    name: str
    path: Path
    #: The persons, by field name, as the operation must store them.
    persons: list[dict[str, Any]]
    #: The fields the file has a column for (the ones to compare).
    fields: tuple[str, ...]
    #: Rows that are no record (totals line, notes under the table).
    not_records: int = 0
    #: A mapping the officer gives for columns no words can name (None: none needed).
    mapping: dict[str, str | None] | None = None
    #: What the case tries.
    tries: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def people(seed: int, count: int) -> list[dict[str, Any]]:
    """Persons in families of one to four, each with every field the files carry."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    family = 0
    while len(out) < count:
        family += 1
        size = min(rng.choice((1, 1, 2, 3, 4)), count - len(out))
        code = f"F{seed:02d}-{family:03d}" if size > 1 else None
        surname = rng.choice(LAST)
        for member in range(size):
            first = rng.choice(FIRST)
            sex = "F" if first in FEMALE else "M"
            adult = member < 2
            year = rng.randint(1965, 2000) if adult else rng.randint(2008, 2022)
            born = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            passport = f"{rng.choice('ABCX')}{rng.randint(1000000, 9999999)}" \
                if rng.random() < 0.7 else None
            out.append(dict(
                full_name=f"{first} {surname}", sex=sex, date_of_birth=born,
                passport_no=passport, household=code,
                phone=f"628{rng.randint(100000000, 999999999)}" if adult else None,
                pregnant=sex == "F" and adult and rng.random() < 0.3,
                medical_text=rng.choice(HEALTH), province=rng.choice(PROVINCES),
            ))
    # names must be unique with their birth dates (the key the tests compare by)
    seen: set[tuple[str, dt.date]] = set()
    for number, person in enumerate(out):
        key = (person["full_name"], person["date_of_birth"])
        if key in seen:
            person["full_name"] += f" BIN {FIRST[number % len(FIRST)]}"
        seen.add(key)
    return out


def _expected(persons: list[dict[str, Any]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    for person in persons:
        row = {name: person[name] for name in fields if name in person}
        if "medical" in fields:
            row["medical"] = person["medical_text"] != "sehat"
        out.append(row)
    return out


def _title_block(ws: Any, titles: list[str], width: int) -> None:
    for number, title in enumerate(titles, start=1):
        ws.cell(row=number, column=1, value=title).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
        ws.cell(row=number, column=1).alignment = Alignment(horizontal="center")


# --- 1. header in row 4 under a logo and a merged title, totals row, notes sheet -------

def kbri_logo_title(folder: Path) -> Case:
    persons = people(1, 23)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    headers = ["No.", "Nama Lengkap Sesuai Paspor", "L/P", "Tgl. Lahir (dd/mm/yyyy)",
               "No. Paspor / SPLP", "Family ID", "Contact No. (WA)", "Asal Provinsi",
               "Kondisi Kesehatan", "Pregnant? (Y/N)"]
    ws.row_dimensions[1].height = 60  # where the logo sits
    _title_block(ws, ["", "KEDUTAAN BESAR REPUBLIK INDONESIA - PHNOM PENH",
                      "DAFTAR WNI TERDAMPAK (EVAKUASI)"], len(headers))
    ws.append(headers)
    for number, p in enumerate(persons, start=1):
        ws.append([number, "  ".join(p["full_name"].split()), "L" if p["sex"] == "M" else "P",
                   p["date_of_birth"].strftime("%d/%m/%Y"), p["passport_no"] or "-",
                   p["household"], f"+{p['phone']}" if p["phone"] else None, p["province"],
                   p["medical_text"], "Y" if p["pregnant"] else "N"])
    ws.append(["JUMLAH", f"{len(persons)} orang"])
    notes = wb.create_sheet("Catatan")
    notes.append(["Catatan:"])
    notes.append(["Data dihimpun oleh fungsi Protokol dan Konsuler, belum diverifikasi."])
    path = folder / "01_kbri_logo_title.xlsx"
    wb.save(path)
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "passport_no",
                                   "household", "phone", "pregnant", "medical"))
    for row in expected:
        row["phone"] = f"+{row['phone']}" if row["phone"] else None
    return Case("kbri_logo_title", path, expected, tuple(expected[0]), not_records=1,
                tries="title merged over rows 1-3 (row 1 tall for a logo), header row 4, "
                      "dd/mm/yyyy text dates, names in capitals with double spaces, "
                      "'-' for no passport, totals row, a notes sheet")


# --- 2. two header rows: merged groups over sub-headers ---------------------------------

def two_header_rows(folder: Path) -> Case:
    persons = people(2, 17)
    wb = Workbook()
    ws = wb.active
    ws.title = "Data Evakuasi"
    groups = [("No", 1, 1), ("Identitas", 2, 3), ("Kelahiran", 4, 5),
              ("Dokumen Perjalanan", 6, 7), ("Group No.", 8, 8), ("Kontak", 9, 9)]
    for text, first, last in groups:
        ws.cell(row=1, column=first, value=text).font = Font(bold=True)
        if last > first:
            ws.merge_cells(start_row=1, start_column=first, end_row=1, end_column=last)
    for column in (1, 8, 9):  # single headers merged down over both rows
        ws.merge_cells(start_row=1, start_column=column, end_row=2, end_column=column)
    subs = {2: "Nama", 3: "Jenis Kelamin (M/F)", 4: "Tempat", 5: "Tanggal", 6: "Nomor",
            7: "Masa Berlaku"}
    for column, text in subs.items():
        ws.cell(row=2, column=column, value=text).font = Font(bold=True)
    for number, p in enumerate(persons, start=1):
        expiry = dt.date(2027 + number % 5, 1 + number % 12, 10) if p["passport_no"] else None
        ws.append([number, p["full_name"].title(), p["sex"], p["province"], p["date_of_birth"],
                   p["passport_no"], expiry, p["household"], p["phone"]])
        ws.cell(row=ws.max_row, column=5).number_format = "DD-MMM-YYYY"
    path = folder / "02_two_header_rows.xlsx"
    wb.save(path)
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "passport_no",
                                   "household", "phone"))
    for row in expected:
        row["full_name"] = row["full_name"].title()
    return Case("two_header_rows", path, expected, tuple(expected[0]),
                tries="a merged group header row (Identitas, Kelahiran, Dokumen Perjalanan) "
                      "over sub-headers (Nama, Tempat, Tanggal, Nomor); date cells")


# --- 3. Khmer and Thai titles, Excel serials in General cells, phones as floats ---------

def khmer_thai_titles(folder: Path) -> Case:
    persons = people(3, 19)
    wb = Workbook()
    ws = wb.active
    ws.title = "បញ្ជីឈ្មោះ"
    headers = ["Passenger (Surname, Given Names)", "Jenis Kelamin (M/F)", "D.O.B",
               "Travel Doc. No.", "Family ID", "Contact No. (WA)", "Pregnant? (Y/N)"]
    _title_block(ws, ["ស្ថានទូតឥណ្ឌូនេស៊ីប្រចាំកម្ពុជា", "รายชื่อผู้อพยพ - สถานทูตอินโดนีเซีย"],
                 len(headers))
    ws.append(headers)
    for p in persons:
        given, surname = p["full_name"].rsplit(" ", 1)
        ws.append([f"{surname}, {given}", p["sex"], to_serial(p["date_of_birth"]),
                   p["passport_no"], p["household"],
                   float(p["phone"]) if p["phone"] else None,
                   "Y" if p["pregnant"] else "N"])
    path = folder / "03_khmer_thai_titles.xlsx"
    wb.save(path)
    expected = _expected(persons, ("sex", "date_of_birth", "passport_no", "household",
                                   "phone", "pregnant"))
    for row, p in zip(expected, persons, strict=True):
        given, surname = p["full_name"].rsplit(" ", 1)
        row["full_name"] = f"{surname}, {given}"
    return Case("khmer_thai_titles", path, expected, tuple(expected[0]),
                tries="Khmer and Thai title rows and sheet name, birth dates as Excel serial "
                      "numbers in General cells, phones as float cells (6.28e+11)")


# --- 4. ages instead of birth dates ------------------------------------------------------

def ages_only(folder: Path) -> Case:
    persons = people(4, 9)
    wb = Workbook()
    ws = wb.active
    ws.title = "WNI"
    ws.append(["Nama Lengkap Sesuai Paspor", "Jenis Kelamin (M/F)", "Umur (thn)",
               "No. Paspor / SPLP", "Asal Provinsi"])
    for p in persons:
        age = 2026 - p["date_of_birth"].year
        ws.append([p["full_name"], p["sex"], age, p["passport_no"], p["province"]])
    path = folder / "04_ages_only.xlsx"
    wb.save(path)
    return Case("ages_only", path, [], ("full_name",),
                tries="ages instead of birth dates: must be refused, naming the birth date "
                      "missing and the age column", extra={"refused": True})


# --- 5. hidden columns, formatted rows to 10,000, capitals with double spaces -----------

def hidden_and_trailing(folder: Path) -> Case:
    persons = people(5, 31)
    wb = Workbook()
    ws = wb.active
    ws.title = "REKAP"
    headers = ["NO", "NAMA  LENGKAP", "NIK", "GENDER (L/P)", "TGL. LAHIR", "NO. PASPOR / SPLP",
               "GROUP NO.", "KONDISI KESEHATAN", "Internal"]
    ws.append(headers)
    for number, p in enumerate(persons, start=1):
        ws.append([number, "  ".join(p["full_name"].split()), f"35{number:014d}",
                   "L" if p["sex"] == "M" else "P", p["date_of_birth"], p["passport_no"],
                   p["household"], p["medical_text"], "cek ulang"])
    for letter in ("C", "I"):
        ws.column_dimensions[letter].hidden = True
    fill = PatternFill("solid", fgColor="FFF2CC")
    for row in range(ws.max_row + 1, 10_001):
        for column in range(1, len(headers) + 1):
            ws.cell(row=row, column=column).fill = fill
    path = folder / "05_hidden_and_trailing.xlsx"
    wb.save(path)
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "passport_no",
                                   "household", "medical"))
    return Case("hidden_and_trailing", path, expected, tuple(expected[0]),
                tries="hidden columns (NIK, an internal note), empty formatted rows to "
                      "row 10,000, headers with double spaces")


# --- 6. saved by LibreOffice (and an .xls and .ods of it) ------------------------------

def _libreoffice(source: Path, target_ext: str, filter_name: str, folder: Path) -> Path:
    with tempfile.TemporaryDirectory() as work:
        profile = Path(work) / "profile"
        out = Path(work) / "out"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", f"{target_ext}:{filter_name}", "--outdir", str(out), str(source)],
            check=True, capture_output=True, timeout=180)
        made = out / (source.stem + "." + target_ext)
        target = folder / made.name
        shutil.copyfile(made, target)
    return target


def libreoffice_saved(folder: Path) -> list[Case]:
    persons = people(6, 21)
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar Pemulangan"
    ws.append(["Nama Pemegang Paspor", "Kelamin", "Tanggal Lahir", "No. Paspor / SPLP",
               "Kode Famili", "Hamil? (Y/T)", "Kondisi Kesehatan", "No. HP"])
    for p in persons:
        ws.append([p["full_name"], "Laki-laki" if p["sex"] == "M" else "Perempuan",
                   p["date_of_birth"], p["passport_no"], p["household"],
                   "Y" if p["pregnant"] else "T", p["medical_text"],
                   "0" + p["phone"][2:] if p["phone"] else None])
        ws.cell(row=ws.max_row, column=3).number_format = "DD/MM/YYYY"
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / "06_libreoffice_saved.xlsx"
        wb.save(source)
        made = [_libreoffice(source, "xlsx", "Calc MS Excel 2007 XML", folder),
                _libreoffice(source, "xls", "MS Excel 97", folder),
                _libreoffice(source, "ods", "calc8", folder)]
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "passport_no",
                                   "household", "pregnant", "medical", "phone"))
    for row in expected:
        row["phone"] = "0" + row["phone"][2:] if row["phone"] else None
    return [Case(f"libreoffice_saved_{p.suffix[1:]}", p, expected, tuple(expected[0]),
                 tries="saved by LibreOffice Calc: " + p.suffix) for p in made]


# --- 7-9. CSV files: cp1252, UTF-8 with BOM and semicolons, lossy phones ----------------

def _csv_text(rows: list[list[Any]], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def csv_cp1252(folder: Path) -> Case:
    persons = people(7, 14)
    persons[0]["full_name"] = "JOSÉ  MARÍA SANTOS"
    persons[1]["full_name"] = "FRANÇOIS DÜRR"
    rows: list[list[Any]] = [["Nama Lengkap Sesuai Paspor", "Jenis Kelamin (M/F)",
                              "Tgl. Lahir (dd/mm/yyyy)", "No. Paspor / SPLP", "Group No.",
                              "Contact No. (WA)", "Kondisi Kesehatan"]]
    formats = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y")
    for number, p in enumerate(persons):
        rows.append([p["full_name"], p["sex"],
                     p["date_of_birth"].strftime(formats[number % len(formats)]),
                     p["passport_no"], p["household"], p["phone"], p["medical_text"]])
    path = folder / "07_roster_cp1252.csv"
    path.write_bytes(_csv_text(rows, ",").encode("cp1252"))
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "passport_no",
                                   "household", "phone", "medical"))
    for row in expected:
        row["full_name"] = " ".join(row["full_name"].split())
    return Case("csv_cp1252", path, expected, tuple(expected[0]),
                tries="Windows-1252 CSV with accented names, dates as dd/mm/yyyy, dd-mm-yyyy, "
                      "dd.mm.yyyy and dd/mm/yy text")


def csv_bom_semicolon(folder: Path) -> Case:
    persons = people(8, 16)
    months = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
    rows: list[list[Any]] = [["Nama Lengkap", "L/P", "Tanggal Lahir", "Nomor Paspor",
                              "Family ID", "Pregnant? (Y/N)", "Asal Provinsi"]]
    for number, p in enumerate(persons):
        born = p["date_of_birth"]
        text = (f"{born.day} {months[born.month - 1]} {born.year}" if number % 3 == 0 else
                born.isoformat() if number % 3 == 1 else str(to_serial(born)))
        rows.append([p["full_name"], "L" if p["sex"] == "M" else "P", text,
                     p["passport_no"], p["household"], "Y" if p["pregnant"] else "N",
                     p["province"]])
    rows.append([])
    rows.append(["Total", str(len(persons))])
    path = folder / "08_roster_bom_semicolon.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv_text(rows, ";").encode("utf-8"))
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "passport_no",
                                   "household", "pregnant"))
    return Case("csv_bom_semicolon", path, expected, tuple(expected[0]), not_records=1,
                tries="UTF-8 with BOM, semicolons, dates as '5 Agu 1988', ISO and Excel "
                      "serial text, a blank line and a totals line")


def csv_float_phones(folder: Path) -> Case:
    persons = people(9, 8)
    rows: list[list[Any]] = [["Full Name", "Sex", "Date of Birth", "Contact No. (WA)"]]
    for p in persons:
        phone = f"{float(p['phone']):.5e}" if p["phone"] else ""
        rows.append([p["full_name"], p["sex"], p["date_of_birth"].strftime("%d/%m/%Y"), phone])
    path = folder / "09_roster_float_phones.csv"
    path.write_text(_csv_text(rows, ","), encoding="utf-8")
    expected = _expected(persons, ("full_name", "sex", "date_of_birth"))
    return Case("csv_float_phones", path, expected, tuple(expected[0]),
                tries="phones that a spreadsheet wrote as 6.28123e+11 (digits lost): "
                      "must not be stored as if they were numbers",
                extra={"lossy_phones": sum(1 for p in persons if p["phone"])})


# --- 10. dates as text in many forms in one column ---------------------------------------

def mixed_dates(folder: Path) -> Case:
    persons = people(10, 12)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pendataan"
    ws.append(["Nama Lengkap Sesuai Paspor", "Jenis Kelamin (M/F)", "Tgl. Lahir (dd/mm/yyyy)",
               "Family ID", "Kondisi Kesehatan", "Pregnant? (Y/N)"])
    forms: list[Callable[[dt.date], Any]] = [
        lambda d: d, lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%d-%b-%Y"),
        lambda d: d.strftime("%Y-%m-%d"), lambda d: d.strftime("%d.%m.%Y"),
        lambda d: to_serial(d), lambda d: str(to_serial(d)), lambda d: d.strftime("%d %B %Y"),
        lambda d: dt.datetime(d.year, d.month, d.day),
    ]
    for number, p in enumerate(persons):
        ws.append([p["full_name"], p["sex"], forms[number % len(forms)](p["date_of_birth"]),
                   p["household"], p["medical_text"], "Y" if p["pregnant"] else "N"])
    path = folder / "10_mixed_dates.xlsx"
    wb.save(path)
    expected = _expected(persons, ("full_name", "sex", "date_of_birth", "household",
                                   "medical", "pregnant"))
    return Case("mixed_dates", path, expected, tuple(expected[0]),
                tries="one birth-date column holding date cells, datetimes, serial numbers, "
                      "serial text and text in five forms")


MAKERS: tuple[Callable[[Path], Case | list[Case]], ...] = (
    kbri_logo_title, two_header_rows, khmer_thai_titles, ages_only, hidden_and_trailing,
    libreoffice_saved, csv_cp1252, csv_bom_semicolon, csv_float_phones, mixed_dates,
)


def write_all(folder: Path) -> list[Case]:
    cases: list[Case] = []
    for make in MAKERS:
        made = make(folder)
        cases.extend(made if isinstance(made, list) else [made])
    return cases


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for case in write_all(target):
        print(f"{case.path.name}: {len(case.persons)} persons; {case.tries}")
