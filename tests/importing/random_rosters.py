"""Hypothesis strategies for valid rosters and the many ways people write them down."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from planner.importing.excel_dates import to_serial
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx

GIVEN = ["Siti", "Budi", "Agus", "Dewi", "Nur", "Made", "Rina", "Eko", "Putu", "Ani", "Joko",
         "Wulan", "Yusuf", "Intan", "Bayu", "Sri"]
FAMILY = ["Aminah", "Santoso", "Pratama", "Lestari", "Wijaya", "Hidayat", "Nasution",
          "Siregar", "Gunawan"]
AIRPORTS = ["CGK", "SUB", "KNO", "DPS", "UPG", "BTH"]

#: Ways each field's header is written (English, Indonesian, abbreviated).
HEADER_VARIANTS: dict[str, list[str]] = {
    "case_no": ["Case No", "No. Kasus", "Case Number", "No Registrasi", "case_no"],
    "household": ["Household", "Keluarga", "Family ID", "No. KK", "Rombongan"],
    "full_name": ["Full Name", "Nama", "Nama Lengkap", "Name", "NAMA (sesuai paspor)"],
    "sex": ["Sex", "Jenis Kelamin", "L/P", "JK", "Gender (M/F)"],
    "date_of_birth": ["Date of Birth", "Tgl. Lahir", "Tanggal Lahir", "DOB", "Birth Date",
                      "Lahir, Tanggal"],
    "passport_no": ["Passport No", "No. Paspor", "Nomor Paspor", "Passport #", "Paspor"],
    "document_status": ["Document Status", "Status Paspor", "Status Dokumen"],
    "phone": ["Phone", "No HP", "No. HP/WA", "Telepon", "Mobile No."],
    "destinations": ["Destinations", "Kota Tujuan", "Bandara Tujuan", "Tujuan"],
    "medical": ["Medical", "Sakit", "Kondisi Medis"],
    "pregnant": ["Pregnant", "Hamil"],
    "notes": ["Notes", "Keterangan", "Catatan", "Ket."],
}
SEX_FORMS = {"M": ["M", "L", "Laki-laki", "LAKI LAKI", "Pria", "male"],
             "F": ["F", "P", "Perempuan", "WANITA", "Female", "p"]}
YES_NO_FORMS = {True: ["yes", "Ya", "Y", "x", "YA"], False: ["no", "Tidak", "tdk", "N", "TIDAK"]}
STATUS_FORMS = {"valid": ["valid", "Berlaku", "Ada"], "expired": ["expired", "Kadaluarsa"],
                "missing": ["missing", "Tidak ada"], "lost": ["lost", "Hilang"],
                "confiscated": ["confiscated", "Disita", "Ditahan perusahaan"]}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]


@dataclass(frozen=True)
class RosterCase:
    persons: list[dict[str, Any]]
    columns: list[str]
    headers: list[str]
    title_rows: int
    blank_after: set[int]
    date_forms: list[int]
    writer: str
    seed: int


@st.composite
def person(draw: st.DrawFn, index: int) -> dict[str, Any]:
    words = draw(st.integers(1, 3))
    name_parts = [draw(st.sampled_from(GIVEN))] + [draw(st.sampled_from(FAMILY))
                                                   for _ in range(words - 1)]
    status = draw(st.sampled_from(sorted(STATUS_FORMS)))
    has_passport = status in ("valid", "expired") or draw(st.booleans())
    return {
        "case_no": f"C-{index + 1:06d}",
        "household": draw(st.one_of(st.none(), st.sampled_from(["KLG-1", "KLG-2", "H 7"]))),
        "full_name": " ".join(name_parts),
        "sex": draw(st.sampled_from(["M", "F"])),
        "date_of_birth": draw(st.dates(dt.date(1935, 1, 1), dt.date(2025, 12, 31))),
        "passport_no": f"X{index:07d}" if has_passport else None,
        "document_status": status,
        "phone": draw(st.one_of(st.none(), st.from_regex(r"08[1-9][0-9]{8,9}", fullmatch=True))),
        "destinations": ";".join(draw(st.lists(st.sampled_from(AIRPORTS), min_size=1,
                                               max_size=3, unique=True))),
        "medical": draw(st.booleans()),
        "pregnant": False,
        "notes": draw(st.one_of(st.none(), st.sampled_from(
            ["paspor ditahan", "butuh kursi roda", "=1+1", "anak di bawah umur"]))),
    }


@st.composite
def roster_cases(draw: st.DrawFn) -> RosterCase:
    size = draw(st.integers(1, 12))
    persons = [draw(person(i)) for i in range(size)]
    fields = list(HEADER_VARIANTS)
    optional = [f for f in fields if f not in ("case_no", "full_name", "sex", "date_of_birth")]
    dropped = set(draw(st.lists(st.sampled_from(optional), unique=True, max_size=4)))
    columns = draw(st.permutations([f for f in fields if f not in dropped]))
    headers = []
    for field in columns:
        header = draw(st.sampled_from(HEADER_VARIANTS[field]))
        header = draw(st.sampled_from([header, header.upper(), header.lower(), header.title()]))
        header += draw(st.sampled_from(["", ":", " *", " "]))
        headers.append(header)
    defaults = {"medical": False, "pregnant": False}
    for person_ in persons:
        for field in dropped:  # an absent column means the field's default
            person_[field] = defaults.get(field)
        if "document_status" in dropped:  # blank means valid with a passport, else missing
            person_["document_status"] = "valid" if person_["passport_no"] else "missing"
    return RosterCase(
        persons=persons, columns=list(columns), headers=headers,
        title_rows=draw(st.integers(0, 3)),
        blank_after=set(draw(st.lists(st.integers(0, size), max_size=3))),
        date_forms=[draw(st.integers(0, 6)) for _ in persons],
        writer=draw(st.sampled_from(["xlsx", "csv-utf8", "csv-cp1252-semicolon"])),
        seed=draw(st.integers(0, 10_000)),
    )


def _date(value: dt.date, form: int, cells: bool) -> object:
    if form == 0 and cells:
        return value
    if form == 1 and cells:
        return int(to_serial(value))
    return [
        f"{value.day:02d}/{value.month:02d}/{value.year}",
        f"{value.day}-{value.month}-{value.year}",
        f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}",
        f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}",
        value.isoformat(),
        f"{value.day:02d}.{value.month:02d}.{value.year}",
        f"{MONTHS_EN[value.month - 1]} {value.day}, {value.year}",
    ][form]


def _cell(case: RosterCase, index: int, field: str, value: Any, cells: bool) -> object:
    pick = (case.seed + index * 7 + len(field)) % 5
    if value is None:
        return None
    if field == "date_of_birth":
        return _date(value, case.date_forms[index], cells)
    if field == "sex":
        return SEX_FORMS[value][pick % len(SEX_FORMS[value])]
    if field in ("medical", "pregnant"):
        return YES_NO_FORMS[value][pick]
    if field == "document_status":
        return STATUS_FORMS[value][pick % len(STATUS_FORMS[value])]
    if field == "phone" and cells and pick % 2:
        return int(value)  # a number cell: the leading 0 is lost in the file
    if field == "destinations":
        return value.replace(";", [";", ", ", " / ", "; "][pick % 4])
    if field == "full_name" and pick == 3:
        return "  " + value.replace(" ", "   ") + " "
    return value


def rows_of(case: RosterCase, cells: bool) -> list[list[object]]:
    rows: list[list[object]] = [[f"DAFTAR WNI {n + 1}"] for n in range(case.title_rows)]
    rows.append(list(case.headers))
    for index, person_ in enumerate(case.persons):
        if index in case.blank_after:
            rows.append([])
        rows.append([_cell(case, index, f, person_[f], cells) for f in case.columns])
    return rows


def write_case(case: RosterCase, folder: Path) -> Path:
    if case.writer == "xlsx":
        return write_raw_xlsx(folder / "roster.xlsx", [RawSheet("Sheet1", rows_of(case, True))])
    separator, encoding = (";", "cp1252") if "semicolon" in case.writer else (",", "utf-8")
    text = io.StringIO()
    writer = csv.writer(text, delimiter=separator, lineterminator="\r\n")
    for row in rows_of(case, False):
        writer.writerow(["" if v is None else v for v in row])
    path = folder / "roster.csv"
    path.write_bytes(text.getvalue().encode(encoding))
    return path
