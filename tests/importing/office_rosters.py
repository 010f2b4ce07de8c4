"""Rosters as offices the project has never seen type them, with what they must import to.

The same persons (families of two to six on adjacent rows, single persons, single names,
persons without passports, trafficking victims, pregnant women, children without phones)
written down in three styles, as the issue describes them:

- ``phnom_penh``: Indonesian headers in capitals under a title block, a NO column, each
  family's id merged over its members' rows, L/P, "Surabaya, 17/08/1988" birth dates,
  phones as numbers, Ya/Tidak, cities for airports;
- ``office``: another office's Indonesian: other words, the family id repeated on every
  member's row, Laki-laki/Perempuan, "17 Agustus 1988", a V mark for yes, airport codes;
- ``english``: English headers, M/F, ISO and "17 Aug 1988" dates, Yes/No, "CGK; SUB".

Each field's header is drawn from the vocabulary's own words (``listed``), from words the
vocabulary does not list (``HELD_OUT``, kept here and nowhere in the program: the tests
check that the vocabulary does not list them), or from words that say nothing
(``MEANINGLESS``: "Kolom 7"), for the fields whose cells say what they are. Columns that
are no field (age, address, occupation) are mixed in. ``Roster.expected`` is what the
import must store.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.importing.excel_dates import to_serial
from planner.importing.record_kinds import KINDS, SheetKind
from tests.importing.raw_xlsx import RawSheet, column_letters, write_raw_xlsx

STYLES = ("phnom_penh", "office", "english")
#: How a header is chosen: the vocabulary's words, words it does not list, or none.
HEADER_SOURCES = ("listed", "held_out", "meaningless")

#: Header words the vocabulary does not list, per style: what an office nobody has seen
#: might write. Never put these in planner/importing/vocabulary.py.
HELD_OUT: dict[str, dict[str, tuple[str, ...]]] = {
    "phnom_penh": {
        "case_no": ("NO. BERKAS KBRI", "KODE KASUS PNH", "NOMOR KASUS KBRI"),
        "household": ("KODE KELOMPOK KELUARGA", "GRP KELUARGA", "KELOMPOK PULANG",
                      "ID ROMBONGAN KELUARGA"),
        "full_name": ("NAMA SESUAI KTP", "NAMA LENGKAP PESERTA"),
        "sex": ("JNS KELAMIN L/P", "JENIS KELAMIN PESERTA"),
        "date_of_birth": ("TGL/BLN/THN LAHIR", "TANGGAL LAHIR PESERTA"),
        "nationality": ("KEWARGANEGARAAN PESERTA",),
        "passport_no": ("NOMOR PASPOR PESERTA", "NOMOR DOKUMEN PASPOR"),
        "document_status": ("KETERANGAN PASPOR SAAT INI", "KONDISI PASPOR SAAT DITEMUKAN"),
        "phone": ("NO. HP/WHATSAPP AKTIF", "NOMOR TELEPON PESERTA"),
        "destinations": ("KOTA TUJUAN KEPULANGAN", "BANDARA TUJUAN AKHIR"),
        "available_from": ("TGL SIAP BERANGKAT", "TANGGAL SIAP DIBERANGKATKAN",
                           "SIAP PULANG PER TANGGAL"),
        "cleared_from": ("TGL CLEARANCE IMIGRASI", "TANGGAL IZIN KELUAR IMIGRASI"),
        "needs_shelter": ("PERLU SHELTER KBRI", "BUTUH TEMPAT MENGINAP"),
        "medical": ("PERLU PERAWATAN MEDIS", "KONDISI SAKIT"),
        "pregnant": ("STATUS KEHAMILAN", "IBU HAMIL/BUMIL"),
        "disability": ("DISABILITAS/KURSI RODA", "PENYANDANG DISABILITAS FISIK"),
        "trafficking_victim": ("TERINDIKASI KORBAN TPPO", "INDIKASI KORBAN TPPO"),
        "notes": ("KETERANGAN PETUGAS", "CATATAN PETUGAS"),
    },
    "office": {
        "case_no": ("No. Registrasi Kasus KBRI", "Kode Kasus Kantor"),
        "household": ("Kode Kelompok Keluarga", "Kelompok Pulang", "No. Grup Kel. Pulang"),
        "full_name": ("Nama Lengkap Peserta", "Nama sesuai KTP"),
        "sex": ("Jenis Kelamin Peserta", "Jns. Kelamin L/P"),
        "date_of_birth": ("Tanggal Lahir Peserta", "Tgl/Bln/Thn Lahir"),
        "nationality": ("Kewarganegaraan Peserta",),
        "passport_no": ("Nomor Paspor Peserta", "Nomor Dokumen Paspor"),
        "document_status": ("Kondisi Paspor Saat Ditemukan", "Keterangan Paspor Saat Ini"),
        "phone": ("Nomor Telepon Peserta", "No. HP/WhatsApp Aktif"),
        "destinations": ("Kota Tujuan Kepulangan", "Bandara Tujuan Akhir"),
        "available_from": ("Tanggal Siap Diberangkatkan", "Tgl Siap Berangkat",
                           "Bisa Pulang Mulai"),
        "cleared_from": ("Tanggal Izin Keluar Imigrasi", "Tgl Clearance Imigrasi"),
        "needs_shelter": ("Butuh Tempat Menginap", "Perlu Shelter KBRI"),
        "medical": ("Kondisi Sakit", "Perlu Perawatan Medis"),
        "pregnant": ("Status Kehamilan", "Ibu Hamil/Bumil"),
        "disability": ("Penyandang Disabilitas Fisik", "Disabilitas/Kursi Roda"),
        "trafficking_victim": ("Indikasi Korban TPPO", "Terindikasi Korban TPPO"),
        "notes": ("Catatan Petugas", "Keterangan Petugas"),
    },
    "english": {
        "case_no": ("Embassy File #", "Case Ref. No.", "Embassy Registry No."),
        "household": ("Family/Group No.", "Travel Party ID", "Family Reference"),
        "full_name": ("Full Name of Citizen", "Passenger Full Name"),
        "sex": ("Sex of Person", "Gender of Passenger"),
        "date_of_birth": ("Date Born On", "Birth Date of Person"),
        "nationality": ("Nationality of Person", "Citizenship/Nationality"),
        "passport_no": ("Passport/Travel Doc No.", "Passport No. If Held"),
        "document_status": ("Passport Situation", "Passport Whereabouts"),
        "phone": ("Telephone/WA Number", "Mobile/WhatsApp"),
        "destinations": ("Destination Airport(s) Preferred", "Return Destination City"),
        "available_from": ("Ready to Travel On", "Date Fit to Fly", "Ready for Travel"),
        "cleared_from": ("Exit Clearance Date (Immigration)", "Police Clearance Date"),
        "needs_shelter": ("Requires Shelter", "Shelter Place Required"),
        "medical": ("Needs Medical Attention", "Medical Condition/Sick"),
        "pregnant": ("Currently Pregnant", "Is Expecting"),
        "disability": ("Uses Wheelchair", "Disability/Special Needs"),
        "trafficking_victim": ("Possible Trafficking Victim", "Trafficking Victim Status"),
        "notes": ("Other Remarks", "Remarks/Notes"),
    },
}
#: Headers that say nothing: only the cells tell what the column holds.
MEANINGLESS = ("Kolom {n}", "Data {n}", "Info {n}", "Isian {n}", "Field {n}", "Col. {n}")
#: Fields whose cells say what they are (a meaningless header is fair for them).
SPEAKING_CELLS = ("sex", "date_of_birth", "phone", "passport_no", "document_status",
                  "nationality", "household", "available_from", "destinations", "case_no",
                  "medical", "pregnant", "disability", "trafficking_victim", "needs_shelter")
#: Columns that are no field, with their headers and a maker of their cells.
EXTRA_COLUMNS: dict[str, tuple[str, ...]] = {
    "age": ("UMUR", "Usia (th)", "Age"),
    "address": ("ALAMAT DI INDONESIA", "Alamat Asal", "Home Address"),
    "job": ("PEKERJAAN DI KAMBOJA", "Pekerjaan", "Occupation"),
}

GIVEN_F = ["Siti", "Dewi", "Rina", "Nur", "Wulan", "Intan", "Ani", "Sri", "Putri", "Ayu",
           "Indah", "Lestari", "Fitri", "Yuli"]
GIVEN_M = ["Budi", "Agus", "Eko", "Made", "Joko", "Yusuf", "Bayu", "Ahmad", "Rudi", "Dimas",
           "Fajar", "Hendra", "Andi", "Rizky"]
FAMILY_NAMES = ["Aminah", "Santoso", "Pratama", "Wijaya", "Hidayat", "Nasution", "Siregar",
                "Gunawan", "Saputra", "Kurniawan", "Setiawan", "Lubis", "Harahap"]
SINGLE_NAMES = ["Sukarni", "Nur", "Paijo", "Sumiati", "Tukiyem", "Wagiman"]
CITIES = {"CGK": "Jakarta", "SUB": "Surabaya", "KNO": "Medan", "DPS": "Denpasar",
          "UPG": "Makassar", "BTH": "Batam"}
BIRTH_PLACES = ["Surabaya", "Indramayu", "Medan", "Cilacap", "Makassar", "Lombok Timur"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"]
STATUS_WORDS = {
    "phnom_penh": {"valid": "Ada", "expired": "Kadaluarsa", "missing": "Tidak ada",
                   "lost": "Hilang", "confiscated": "Ditahan perusahaan"},
    "office": {"valid": "Berlaku", "expired": "Habis berlaku", "missing": "Belum punya",
               "lost": "Hilang", "confiscated": "Disita majikan"},
    "english": {"valid": "valid", "expired": "expired", "missing": "none", "lost": "lost",
                "confiscated": "confiscated by employer"},
}
#: Fields the offices' rosters never carry: set at the embassy (the movement status of
#: SPEC 8.1 by its actions, the medical clearance of issue 17 when the doctor's letter is
#: seen).
EMBASSY_ONLY = frozenset({"status", "medical_clearance"})
#: Every field of SPEC 2.1 a roster may carry.
FIELDS = tuple(f for f in KINDS[SheetKind.PERSONS].fields if f not in EMBASSY_ONLY)
FLAGS = ("needs_shelter", "medical", "pregnant", "disability", "trafficking_victim")


@dataclass
class Roster:
    path: Path
    style: str
    #: The persons the import must store: every field of SPEC 2.1.
    expected: list[dict[str, Any]]
    #: Column letter -> the field it holds (None for a column that is no field).
    columns: dict[str, str | None]
    #: Column letter -> its header, and how it was chosen ("listed", "held_out", ...).
    headers: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    header_row: int = 1

    def letter_of(self, field_name: str) -> str | None:
        return next((k for k, v in self.columns.items() if v == field_name), None)


def make_persons(count: int, rng: random.Random, start: dt.date) -> list[dict[str, Any]]:
    """``count`` persons in families on adjacent rows; every field of SPEC 2.1."""
    persons: list[dict[str, Any]] = []
    taken: set[tuple[str, dt.date]] = set()
    family_no = 0
    while len(persons) < count:
        size = min(count - len(persons), rng.choice([1] * 12 + [2, 2, 3, 3, 4, 5, 6]))
        family_no += 1
        code = f"F{family_no:03d}" if size > 1 else None
        ready = start + dt.timedelta(days=rng.randrange(0, 20))
        cleared = ready + dt.timedelta(days=rng.randrange(1, 10)) if rng.random() < 0.3 else None
        destinations = rng.sample(sorted(CITIES), rng.choice([1, 1, 1, 2]))
        surname = rng.choice(FAMILY_NAMES)
        victim = rng.random() < 0.6
        for member in range(size):
            adult = member < 2 or size == 1
            sex = "F" if (member == 1 or (size == 1 and rng.random() < 0.4)) else \
                rng.choice("MF")
            if adult:
                born = start - dt.timedelta(days=rng.randrange(18 * 365, 62 * 365))
            else:
                born = start - dt.timedelta(days=rng.randrange(60, 16 * 365))
            name = ""
            while not name or (name.lower(), born) in taken:  # one person per name and birth
                given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
                name = rng.choice(SINGLE_NAMES) if rng.random() < 0.08 else \
                    f"{given} {surname}" if rng.random() < 0.8 else \
                    f"{given} {rng.choice(FAMILY_NAMES)} {surname}"
            taken.add((name.lower(), born))
            status = rng.choice(["valid", "valid", "confiscated", "confiscated", "missing", "lost",
                                 "expired"])
            has_passport = status in ("valid", "expired") or (status == "confiscated"
                                                               and rng.random() < 0.5)
            persons.append({
                "case_no": f"PNH-26-{len(persons) + 1:04d}",
                "household": code,
                "full_name": name,
                "sex": sex,
                "date_of_birth": born,
                "nationality": "IDN",
                "passport_no": f"{rng.choice('BCX')}{rng.randrange(1_000_000, 9_999_999)}"
                if has_passport else None,
                "document_status": status,
                "phone": f"08{rng.randrange(11, 99)}{rng.randrange(10_000_000, 99_999_999)}"
                if adult and rng.random() < 0.85 else None,
                "destinations": ";".join(destinations),
                "available_from": ready,
                "cleared_from": cleared,
                "needs_shelter": rng.random() < 0.8,
                "medical": rng.random() < 0.1,
                "pregnant": sex == "F" and adult and rng.random() < 0.15,
                "disability": rng.random() < 0.05,
                "trafficking_victim": victim and adult,
                "notes": rng.choice([None, None, None, "anak", "butuh kursi roda",
                                     "paspor di perusahaan", "lapor polisi 2/3"]),
            })
    return persons


# --- cells ----------------------------------------------------------------------------

def _date_cell(value: dt.date, style: str, rng: random.Random, birth: bool = False) -> object:
    form = rng.randrange(4)
    if style == "phnom_penh":
        if birth and form == 0:
            return f"{rng.choice(BIRTH_PLACES)}, {value.day:02d}/{value.month:02d}/{value.year}"
        return [value, f"{value.day:02d}/{value.month:02d}/{value.year}",
                int(to_serial(value)), f"{value.day}-{value.month}-{value.year}"][form]
    if style == "office":
        return [f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}",
                f"{value.day:02d}.{value.month:02d}.{value.year}", value,
                f"{value.day}/{value.month}/{value.year}"][form]
    return [value.isoformat(), f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}",
            value, f"{value.day:02d}/{value.month:02d}/{value.year}"][form]


def _flag_cell(value: bool, name: str, style: str, rng: random.Random) -> object:
    if style == "phnom_penh":
        return "Ya" if value else rng.choice(["Tidak", "tidak", None]) if name != \
            "needs_shelter" else "Tidak"
    if style == "office":
        if name == "needs_shelter":
            return "Ya" if value else "Tidak"
        return "V" if value else None
    return rng.choice(["Yes", "Y"]) if value else rng.choice(["No", "N"])


def _cell(person: dict[str, Any], name: str, style: str, rng: random.Random) -> object:
    value = person.get(name)
    if name in FLAGS:
        return _flag_cell(bool(value), name, style, rng)
    if value is None:
        return None
    if name == "sex":
        return {"phnom_penh": {"M": "L", "F": "P"}, "office": {"M": "Laki-laki", "F": "Perempuan"},
                "english": {"M": "M", "F": "F"}}[style][value]
    if name in ("date_of_birth", "available_from", "cleared_from"):
        return _date_cell(value, style, rng, birth=name == "date_of_birth")
    if name == "phone":
        if style == "english":
            return international(value)
        return int(value) if style == "phnom_penh" and rng.random() < 0.7 else value
    if name == "destinations":
        codes = value.split(";")
        if style == "phnom_penh":
            return " / ".join(CITIES[c] for c in codes)
        return "; ".join(codes) if style == "english" else ", ".join(codes)
    if name == "document_status":
        return STATUS_WORDS[style][value]
    if name == "nationality":
        return {"phnom_penh": "WNI", "office": "Indonesia", "english": "Indonesian"}[style]
    if name == "full_name" and style == "phnom_penh":
        return value.upper()
    return value


def international(phone: str) -> str:
    """0812... written as +62 812-...: kept as typed (SPEC 2.1 keeps phones as text)."""
    return f"+62 {phone[1:4]}-{phone[4:8]}-{phone[8:]}"


def _extra_cell(kind: str, person: dict[str, Any], start: dt.date, rng: random.Random) -> object:
    if kind == "age":
        return (start - person["date_of_birth"]).days // 365
    if kind == "address":
        return f"Jl. {rng.choice(FAMILY_NAMES)} No. {rng.randrange(1, 200)}, " \
               f"{rng.choice(BIRTH_PLACES)}"
    return rng.choice(["Operator", "Admin online", "Buruh", "Customer service", None])


# --- the workbook -----------------------------------------------------------------------

def _header(name: str, style: str, source: str, rng: random.Random, number: int) -> str:
    if source == "held_out":
        return rng.choice(HELD_OUT[style][name])
    if source == "meaningless":
        return rng.choice(MEANINGLESS).format(n=number)
    words = KINDS[SheetKind.PERSONS].headers[name]
    header = rng.choice(words)
    return header.upper() if style == "phnom_penh" else header.title()


def write_office_roster(folder: Path, style: str, seed: int, persons: int = 241,
                        sources: dict[str, str] | None = None,
                        dropped: tuple[str, ...] = ()) -> Roster:
    """Write one roster; ``sources`` says how each field's header is chosen (default: each
    drawn at random from ``HEADER_SOURCES``), ``dropped`` the fields without a column."""
    rng = random.Random(f"{style}-{seed}")
    start = dt.date(2026, 3, 2)
    people = make_persons(persons, random.Random(seed), start)
    fields = [f for f in FIELDS if f not in dropped]
    if style == "phnom_penh" and "case_no" in fields and rng.random() < 0.5:
        fields.remove("case_no")  # the embassy gives the numbers
    rng.shuffle(fields)
    if "full_name" in fields:  # names usually come first
        fields.remove("full_name")
        fields.insert(rng.randrange(0, 3), "full_name")
    extras = rng.sample(sorted(EXTRA_COLUMNS), rng.randrange(0, 3))
    layout: list[str] = [*fields]
    for extra in extras:
        layout.insert(rng.randrange(0, len(layout) + 1), f"extra:{extra}")
    numbered = style == "phnom_penh" or rng.random() < 0.5
    if numbered:
        layout.insert(0, "extra:number")
    chosen_sources: dict[str, str] = {}
    headers: list[str] = []
    for position, item in enumerate(layout, start=1):
        if item == "extra:number":
            headers.append("NO" if style == "phnom_penh" else "No.")
        elif item.startswith("extra:"):
            words = EXTRA_COLUMNS[item[6:]]
            headers.append(words[STYLES.index(style)])
        else:
            source = (sources or {}).get(item) or rng.choice(HEADER_SOURCES)
            if source == "meaningless" and item not in SPEAKING_CELLS:
                source = "held_out"
            chosen_sources[item] = source
            headers.append(_header(item, style, source, rng, position))
    title_rows: list[list[object]] = []
    if style == "phnom_penh":
        title_rows = [["DAFTAR WNI YANG DITAMPUNG KBRI PHNOM PENH"], ["Update: 2 Maret 2026"], []]
    elif style == "office" and rng.random() < 0.7:
        title_rows = [["Data WNI/PMI terlantar - Kantor Perwakilan"], []]
    header_row = len(title_rows) + 1
    rows: list[list[object]] = [*title_rows, headers]
    merges: list[str] = []
    family_rows: dict[str, list[int]] = {}
    for number, person in enumerate(people, start=1):
        row: list[object] = []
        for item in layout:
            if item == "extra:number":
                row.append(number)
            elif item.startswith("extra:"):
                row.append(_extra_cell(item[6:], person, start, rng))
            else:
                row.append(_cell(person, item, style, rng))
        rows.append(row)
        if person["household"]:
            family_rows.setdefault(person["household"], []).append(len(rows))
    if style == "phnom_penh" and "household" in layout:
        column = column_letters(layout.index("household"))
        for at in family_rows.values():
            for row_number in at[1:]:
                rows[row_number - 1][layout.index("household")] = None
            merges.append(f"{column}{at[0]}:{column}{at[-1]}")
    path = write_raw_xlsx(folder / f"roster-{style}-{seed}.xlsx",
                          [RawSheet("Data WNI" if style != "english" else "Sheet1", rows,
                                    merges=merges)])
    letters = {column_letters(i): (None if item.startswith("extra:") else item)
               for i, item in enumerate(layout)}
    expected = []
    for person in people:
        stored = dict(person)
        if style == "phnom_penh":
            stored["full_name"] = person["full_name"].upper()  # kept as typed
        if style == "english" and person["phone"]:
            stored["phone"] = international(person["phone"])
        for name in FIELDS:
            if name not in layout:
                stored[name] = _default(name, stored)
        if "case_no" not in layout:
            stored.pop("case_no")
        expected.append(stored)
    return Roster(path, style, expected, letters,
                  {column_letters(i): h for i, h in enumerate(headers)},
                  {column_letters(i): chosen_sources.get(item, "extra")
                   for i, item in enumerate(layout)}, header_row)


def _default(name: str, person: dict[str, Any]) -> Any:
    """What the import stores for a field the roster has no column for."""
    if name in ("medical", "pregnant", "disability", "trafficking_victim"):
        return False
    if name == "needs_shelter":
        return True
    if name == "document_status":
        return "valid" if person["passport_no"] else "missing"
    if name == "nationality":
        return "IDN"
    return None


#: The fields left out of ``family_column_unnamed``'s roster, so that its one column to
#: decide is the family's.
QUIET_FIELDS = ("available_from", "cleared_from", "medical", "pregnant", "disability",
                "trafficking_victim", "needs_shelter", "destinations", "case_no")


def family_column_unnamed(folder: Path, persons: int = 60) -> tuple[Roster, str, str]:
    """An office's roster whose family column has a header that says nothing ("Kolom 8"):
    the roster, that column's letter and its header."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = dict.fromkeys(FIELDS, "listed")
    sources["household"] = "meaningless"
    case = write_office_roster(folder, "office", 5, persons=persons, sources=sources,
                               dropped=QUIET_FIELDS)
    letter = case.letter_of("household")
    assert letter is not None
    return case, letter, case.headers[letter]
