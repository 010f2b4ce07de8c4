"""Headers recognised as officers write them; header row, sheet kind, explicit mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, header_for
from planner.importing import ColumnMapping, SheetKind, analyse
from planner.importing.header_keys import header_keys
from planner.importing.headers import detect_layout, recognise, sheet_hint
from planner.importing.record_kinds import KINDS
from planner.words.render import render
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx

FIELDS = {SheetKind.PERSONS: PERSON.names, SheetKind.FLIGHTS: FLIGHT.names,
          SheetKind.SHELTERS: SHELTER.names, SheetKind.SLOTS: SLOT.names}


@pytest.mark.parametrize("kind", list(SheetKind))
def test_template_headers_and_field_names_are_recognised(kind: SheetKind) -> None:
    for field in FIELDS[kind]:
        if kind is SheetKind.PERSONS and field == "status":
            # A bare "Status" is read by its cells (test_movement_status): rosters use it
            # for marital and document statuses too.
            assert recognise("Movement Status", kind) == field
            continue
        assert recognise(header_for(field), kind) == field
        assert recognise(field, kind) == field
        assert recognise(header_for(field).upper(), kind) == field


def test_no_header_word_names_two_fields_of_one_kind() -> None:
    for kind, spec in KINDS.items():
        seen: dict[str, str] = {}
        for field, words in spec.headers.items():
            for word in words:
                key = header_keys(word)[0]
                assert seen.setdefault(key, field) == field, (kind, word, seen[key], field)


@pytest.mark.parametrize(("header", "field"), [
    ("Nama", "full_name"), ("NAMA LENGKAP", "full_name"), ("Nama (sesuai paspor)", "full_name"),
    ("Full name", "full_name"), ("Name", "full_name"),
    ("Jenis Kelamin", "sex"), ("JK", "sex"), ("L/P", "sex"), ("Jenis Kelamin (L/P)", "sex"),
    ("Gender", "sex"),
    ("Tgl. Lahir", "date_of_birth"), ("Tanggal Lahir", "date_of_birth"), ("DOB", "date_of_birth"),
    ("Birth date", "date_of_birth"), ("Lahir, Tanggal", "date_of_birth"),
    ("Tempat/Tgl Lahir", "date_of_birth"), ("TTL", "date_of_birth"),
    ("Tanggal Lahir (dd/mm/yyyy)", "date_of_birth"),
    ("No. Paspor", "passport_no"), ("Nomor Paspor", "passport_no"), ("Passport #", "passport_no"),
    ("No Passport", "passport_no"), ("Paspor", "passport_no"),
    ("Case No.", "case_no"), ("No. Kasus", "case_no"), ("No Registrasi", "case_no"),
    ("Keluarga", "household"), ("No. KK", "household"), ("Family ID", "household"),
    ("Rombongan", "household"),
    ("No HP", "phone"), ("No. HP/WA", "phone"), ("Telepon", "phone"), ("Telp.", "phone"),
    ("Kota Tujuan", "destinations"), ("Bandara Tujuan", "destinations"),
    ("Status Paspor", "document_status"), ("Status Dokumen", "document_status"),
    ("Kewarganegaraan", "nationality"), ("Tgl Tiba", "available_from"),
    ("Korban TPPO", "trafficking_victim"), ("Hamil", "pregnant"), ("Disabilitas", "disability"),
    ("Kursi Roda", "disability"), ("Sakit", "medical"), ("Butuh Penampungan", "needs_shelter"),
    ("Keterangan", "notes"), ("Ket.", "notes"), ("Catatan", "notes"),
    ("No", None), ("No.", None), ("Umur", None), ("Status", None), ("Alamat", None),
])
def test_person_header_variants(header: str, field: str | None) -> None:
    assert recognise(header, SheetKind.PERSONS) == field


@pytest.mark.parametrize(("kind", "header", "field"), [
    (SheetKind.FLIGHTS, "Maskapai", "carrier"), (SheetKind.FLIGHTS, "No. Penerbangan", "flight_no"),
    (SheetKind.FLIGHTS, "Tanggal", "departs_at@date"), (SheetKind.FLIGHTS, "Jam", "departs_at@time"),
    (SheetKind.FLIGHTS, "Kursi", "seats"), (SheetKind.FLIGHTS, "STD", "departs_at"),
    (SheetKind.SHELTERS, "Nama Shelter", "name"), (SheetKind.SHELTERS, "Tempat Tidur", "beds"),
    (SheetKind.SHELTERS, "Penghuni", "accepts"), (SheetKind.SLOTS, "Lokasi", "location"),
    (SheetKind.SLOTS, "Kuota", "capacity"), (SheetKind.SLOTS, "Waktu", "starts_at"),
])
def test_other_kinds_header_variants(kind: SheetKind, header: str, field: str) -> None:
    assert recognise(header, kind) == field


def test_sheet_names_hint_the_kind() -> None:
    assert sheet_hint("Daftar WNI Maret") is SheetKind.PERSONS
    assert sheet_hint("Jadwal Penerbangan") is SheetKind.FLIGHTS
    assert sheet_hint("Document slots") is SheetKind.SLOTS
    assert sheet_hint("Shelters") is SheetKind.SHELTERS
    assert sheet_hint("Sheet1") is None


def test_header_row_is_found_under_a_title_block() -> None:
    rows = [
        (1, ["KEDUTAAN BESAR REPUBLIK INDONESIA"]),
        (2, ["Daftar penumpang penerbangan repatriasi"]),
        (4, ["No", "Nama", "JK", "Tgl Lahir", "Paspor"]),
        (5, [1, "Siti", "P", "01/01/1990", "X1"]),
    ]
    layout = detect_layout("Sheet1", rows)
    assert layout.kind is SheetKind.PERSONS and layout.header_row == 4
    assert [c.field for c in layout.columns] == [None, "full_name", "sex", "date_of_birth",
                                                 "passport_no"]


def test_a_sheet_of_something_else_is_not_taken() -> None:
    layout = detect_layout("Inventory", [(1, ["Item", "Quantity", "Price"]), (2, ["A", 1, 2])])
    assert layout.kind is None and layout.reason is not None \
        and "no row" in render(layout.reason)


def test_mapping_names_columns_recognition_cannot(tmp_path: Path) -> None:
    path = write_raw_xlsx(tmp_path / "odd.xlsx", [RawSheet("Sheet1", [
        ["Nm", "Klm", "Lhr", "Ignored thing"],
        ["Siti", "P", "01/01/1990", "x"],
    ])])
    with pytest.raises(PlannerError, match="no sheet of persons"):
        analyse(path)
    mapping = ColumnMapping.from_dict({"kind": "persons", "columns": {
        "Nm": "full_name", "klm": "sex", "C": "date_of_birth", "Ignored thing": None}})
    analysis = analyse(path, mapping=mapping)
    [sheet] = analysis.sheets
    assert sheet.kind is SheetKind.PERSONS and sheet.header_row == 1
    assert [(c.letter, c.field, c.how) for c in sheet.columns] == [
        ("A", "full_name", "mapping"), ("B", "sex", "mapping"), ("C", "date_of_birth", "mapping"),
        ("D", None, "mapping")]
    assert analysis.valid_rows == {"Sheet1": 1}


def test_mapping_for_a_sheet_without_header_row(tmp_path: Path) -> None:
    path = write_raw_xlsx(tmp_path / "bare.xlsx", [RawSheet("Sheet1", [
        ["Siti", "P", "01/01/1990"], ["Budi", "L", "02/02/1980"]])])
    mapping = ColumnMapping.from_dict({"kind": "persons", "header_row": 0, "columns": {
        "A": "full_name", "B": "sex", "C": "date_of_birth"}})
    analysis = analyse(path, mapping=mapping)
    assert analysis.valid_rows == {"Sheet1": 2}


@pytest.mark.parametrize(("data", "message"), [
    ({"kind": "people"}, "not one of"),
    ({"columns": {"A": "favourite_colour"}}, "not a field name"),
    ({"header_row": -1}, "header_row"),
    ([1, 2], "JSON object"),
])
def test_bad_mappings_are_refused(data: object, message: str) -> None:
    with pytest.raises(PlannerError, match=message):
        ColumnMapping.from_dict(data)  # type: ignore[arg-type]


def test_mapping_file_errors_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "m.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(PlannerError, match="not valid JSON"):
        ColumnMapping.load(bad)
    with pytest.raises(PlannerError, match="Cannot read the mapping"):
        ColumnMapping.load(tmp_path / "missing.json")
