"""The blank roster workbook of SPEC 4: one sheet per kind of record, plus instructions.

Columns are the fields of the registry (``planner.fields``), headed by their names in
human words (``Field.header``, SPEC 4); coded columns carry
drop-down lists; identifier and phone columns are formatted as text so a leading 0 or +
survives; date columns are formatted as dates. The instructions sheet says the same in
English and Indonesian. ``resources/template.xlsx`` is this workbook, regenerated with
``python -m planner.template resources/template.xlsx``.
"""

from __future__ import annotations

import datetime as dt
import sys
from importlib import resources
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, Field, FieldSet
from planner.protection.files import atomic_output, save_through_memory

INSTRUCTIONS_TITLE = "Instructions"
#: Fixed document dates, so that regenerating the template changes nothing in it.
STAMP = dt.datetime(2026, 1, 1)
LAST_ROW = 1_048_576
#: The record sheets, in order: their columns are the registry's fields (``planner.fields``).
RECORD_SETS: tuple[FieldSet, ...] = (PERSON, FLIGHT, SHELTER, SLOT)
NUMBER_FORMATS = {"text": "@", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
REQUIRED_FILL = PatternFill("solid", fgColor="F8CBAD")

INSTRUCTIONS: tuple[tuple[str, str], ...] = (
    ("Evacuation planner: roster workbook", "Evacuation planner: buku kerja daftar"),
    ("", ""),
    ("Fill one row per record in the sheets Persons, Flights, Shelters and Document slots. "
     "Keep the headers of row 1. Orange headers must be filled; the others may stay blank.",
     "Isi satu baris per data pada lembar Persons, Flights, Shelters dan Document slots. "
     "Jangan ubah judul kolom di baris 1. Judul berwarna oranye wajib diisi; yang lain boleh "
     "kosong."),
    ("Dates: a date cell, or day first such as 31/12/1990 or 31 Dec 1990. Times: 14:30.",
     "Tanggal: sel tanggal, atau hari lebih dulu seperti 31/12/1990 atau 31 Des 1990. "
     "Jam: 14:30 atau 14.30."),
    ("Sex: M or F (L/P, Laki-laki/Perempuan are also read). Yes/no columns: yes or no "
     "(ya/tidak also read).",
     "Jenis kelamin: M atau F (L/P, Laki-laki/Perempuan juga dibaca). Kolom ya/tidak: yes "
     "atau no (ya/tidak juga dibaca)."),
    ("Case No: the embassy's registration number; leave it blank and the planner gives one "
     "(C-000123).",
     "Case No: nomor registrasi KBRI; jika dikosongkan, planner memberi nomor (C-000123)."),
    ("Household: the same code for everyone who travels together (a family); blank means "
     "the person travels alone.",
     "Household: kode yang sama untuk semua yang bepergian bersama (satu keluarga); kosong "
     "berarti bepergian sendiri."),
    ("Document Status: valid, expired, missing, lost or confiscated; blank means valid when "
     "a passport number is given, otherwise missing.",
     "Document Status: valid, expired, missing, lost atau confiscated; kosong berarti valid "
     "bila ada nomor paspor, selain itu missing."),
    ("Destinations: arrival airport codes separated by ; with the preferred one first, "
     "such as CGK;SUB. Blank: the operation's default destination.",
     "Destinations: kode bandara tujuan dipisah ; dengan yang paling diinginkan lebih dulu, "
     "misalnya CGK;SUB. Kosong: tujuan bawaan operasi."),
    ("Phone: type it as it is dialled, with its leading 0 or +; the column is text.",
     "Phone: tulis seperti nomor yang dihubungi, dengan 0 atau + di depannya; kolom ini teks."),
    ("Available From: the date the person is in the embassy's care. Cleared From: the first "
     "date the person may leave the country.",
     "Available From: tanggal orang tersebut dalam penanganan KBRI. Cleared From: tanggal "
     "pertama orang tersebut boleh meninggalkan negara."),
    ("Status: leave it blank for a new person (registered). The departure day sets it "
     "(called, checked_in, no_show, flown, arrived); a status written here is imported as "
     "it is.",
     "Status: kosongkan untuk orang baru (registered). Hari keberangkatan mengisinya "
     "(called, checked_in, no_show, flown, arrived); status yang ditulis di sini diimpor "
     "apa adanya."),
    ("Flights are known by Flight No and the date of Departs At; shelters by Name; document "
     "slots by Slot Id (made from Starts At and Location when blank).",
     "Penerbangan dikenali dari Flight No dan tanggal Departs At; penampungan dari Name; "
     "jadwal dokumen dari Slot Id (dibuat dari Starts At dan Location bila kosong)."),
    ("Importing the same workbook again changes nothing: persons are matched on Case No, "
     "then Passport No, then Full Name with Date of Birth, and updated in place.",
     "Mengimpor buku kerja yang sama lagi tidak mengubah apa pun: orang dicocokkan dengan "
     "Case No, lalu Passport No, lalu Full Name dengan Date of Birth, dan diperbarui."),
    ("Rows the import rejects can be written to a workbook with a Problem column; correct "
     "them there and import that workbook.",
     "Baris yang ditolak dapat ditulis ke buku kerja dengan kolom Problem; perbaiki di sana "
     "lalu impor buku kerja tersebut."),
    ("This workbook holds personal data of people at risk: keep it on protected devices "
     "only and delete copies after import.",
     "Buku kerja ini memuat data pribadi orang yang rentan: simpan hanya di perangkat yang "
     "terlindungi dan hapus salinannya setelah diimpor."),
)


def _validation(column: Field, letter: str, title: str) -> DataValidation | None:
    area = f"{letter}2:{letter}{LAST_ROW}"
    header = column.header
    choices = column.template_choices
    if choices:
        rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                              allow_blank=True)
        rule.error = f"{header}: choose one of {', '.join(choices)}"
    elif column.template_format in ("date", "datetime"):
        rule = DataValidation(type="date", operator="between", formula1="1",
                              formula2="2958465", allow_blank=True)
        rule.error = f"{header}: enter a date" + (" and time" if column.template_format == "datetime"
                                                  else "")
    elif column.template_format == "whole":
        rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                              allow_blank=True)
        rule.error = f"{header}: enter a whole number, 0 or more"
    elif column.template_format == "decimal":
        rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                              allow_blank=True)
        rule.error = f"{header}: enter a number of hours, 0 or more"
    else:
        return None
    rule.errorTitle = title
    rule.showErrorMessage = True
    rule.add(area)
    return rule


def _record_sheet(sheet: Worksheet, columns: FieldSet) -> None:
    bold = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(1, index, column.header)
        cell.font = bold
        cell.fill = REQUIRED_FILL if column.required else HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        dimension = sheet.column_dimensions[letter]
        dimension.width = column.width
        if column.template_format in NUMBER_FORMATS:
            dimension.number_format = NUMBER_FORMATS[column.template_format]
        rule = _validation(column, letter, sheet.title)
        if rule is not None:
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"


def _instructions_sheet(sheet: Worksheet) -> None:
    sheet.append(["English", "Bahasa Indonesia"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for english, indonesian in INSTRUCTIONS:
        sheet.append([english, indonesian])
    sheet["A2"].font = sheet["B2"].font = Font(bold=True, size=13)
    for letter in ("A", "B"):
        sheet.column_dimensions[letter].width = 70
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def build_template() -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    _instructions_sheet(workbook.create_sheet(INSTRUCTIONS_TITLE))
    for columns in RECORD_SETS:
        _record_sheet(workbook.create_sheet(columns.sheet), columns)
    workbook.active = 1
    workbook.properties.creator = "evacplan"
    workbook.properties.created = STAMP
    workbook.properties.modified = STAMP
    return workbook


def sheet_names() -> list[str]:
    """The template's sheets, in their order (the names the importer recognises)."""
    return [INSTRUCTIONS_TITLE, *(columns.sheet for columns in RECORD_SETS)]


def write_template(path: str | Path) -> Path:
    """Write the blank template workbook to ``path`` (whole or not at all, owner-only)."""
    path = Path(path)
    with atomic_output(path) as temporary:
        save_through_memory(build_template(), temporary)
    return path


def template_path() -> Path:
    """The template shipped in ``resources/`` (for a "save a copy" button)."""
    return Path(str(resources.files("resources").joinpath("template.xlsx")))


if __name__ == "__main__":  # pragma: no cover
    print(write_template(sys.argv[1] if len(sys.argv) > 1 else "resources/template.xlsx"))
