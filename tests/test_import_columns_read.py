"""Header words and cells together, one column at a time (issue 13): what a header's words
name, what cells look like, which columns get a field, which are proposals and which stop
the import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.importing import SheetKind, analyse
from planner.importing.column_content import read_content
from planner.importing.header_words import edit_distance, guess_header, other_meaning
from planner.importing.row_reading import parsers_for
from planner.importing.values import ParseContext
from planner.words.render import clauses, render
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx

CTX = ParseContext(today=dt.date(2026, 3, 2))
PERSONS = SheetKind.PERSONS


@pytest.mark.parametrize(("header", "field"), [
    ("Indikasi TPPO", "trafficking_victim"), ("Victim of human trafficking (Y/N)",
                                              "trafficking_victim"),
    ("Tgl Siap Berangkat", "available_from"), ("Ready for travel", "available_from"),
    ("Kelompok Pulang", "household"), ("Household/Group", "household"), ("NoKK", "household"),
    ("Grp", "household"), ("Fam. Ref", "household"), ("tgllahir", "date_of_birth"),
    ("Kewarganegaran", "nationality"), ("pregnent", "pregnant"), ("Hml", "pregnant"),
    ("Tarikh Lahir", "date_of_birth"), ("Jantina", "sex"), ("Nama Penuh", "full_name"),
    ("Mangsa Pemerdagangan Orang", "trafficking_victim"), ("Tgl. Bebas Imigrasi",
                                                          "cleared_from"),
])
def test_header_words_name_their_field(header: str, field: str) -> None:
    guesses = guess_header(header, PERSONS)
    assert guesses and guesses[0].field == field, guesses


@pytest.mark.parametrize(("header", "meaning"), [
    ("Umur (th)", "ages"), ("Alamat di Indonesia", "addresses"), ("Nama Ayah", "relatives"),
    ("Pekerjaan di Kamboja", "occupations"), ("Umur Kehamilan", "ages"), ("NIK", "identity card numbers"),
    ("NO", "row numbers"), ("Nama Panggilan", "other names"), ("Nama sesuai KTP", None),
])
def test_headers_of_columns_no_field_takes(header: str, meaning: str | None) -> None:
    assert other_meaning(header, PERSONS) == meaning


def test_edit_distance_counts_a_swap_as_one() -> None:
    assert edit_distance("pregnent", "pregnant", 2) == 1
    assert edit_distance("hmail", "hamil", 2) == 1
    assert edit_distance("abcdef", "uvwxyz", 2) == 3  # stops past the limit


@pytest.mark.parametrize(("cells", "field", "words"), [
    (["K1", "K1", "K1", None, "K2", "K2", None, "K3", "K3", "K3"], "household", "adjacent"),
    ([1, 1, 2, 2, 2, 3, 4, 4, 5, 6, 6], "household", "adjacent"),  # family numbers
    ([33, 45, 2, 60, 12, 40], None, "ages?"),
    (list(range(1, 30)), None, "row numbers 1 to 29"),
    (["L", "P", "P", "L", "P"], "sex", "sex words"),
    (["Ya", None, "Tidak", "tidak", "ya"], None, "yes/no"),
    ([dt.datetime(1990, 1, 1), "12/05/1985", "Surabaya, 3 Agustus 2019", 30000], "date_of_birth",
     "dates of birth"),
    (["01/03/2026", "02/03/2026", "28/02/2026"], "available_from", "recent dates"),
    ([81234567890, "+62 812-3456-7890", "0856 1111 2222"], "phone", "phone numbers"),
    (["B1234567", "C7654321", "X1122334"], "passport_no", "passport numbers"),
    (["Jakarta", "CGK; SUB", "Medan", "Bali"], "destinations", "airports"),
    (["Ada", "Ditahan perusahaan", "Hilang", "Kadaluarsa", "valid"], "document_status",
     "document statuses"),
    (["PNH-26-0001", "PNH-26-0002", "PNH-26-0003"], "case_no", "case numbers"),
    (["Siti Aminah", "Ahmad Fauzi", "Nur", "Budi"], "full_name", "names"),
])
def test_cells_say_what_they_hold(cells: list[object], field: str | None, words: str) -> None:
    content = read_content(cells, PERSONS, parsers_for(PERSONS, CTX), CTX)  # type: ignore[arg-type]
    assert content.best is not None
    said = render(content.best.looks_like)
    assert content.best.field == field and words in said, (content.best, said)


def _sheet(tmp_path: Path, headers: list[str], rows: list[list[object]],
           merges: tuple[str, ...] = ()) -> Path:
    return write_raw_xlsx(tmp_path / "roster.xlsx", [RawSheet("Data", [headers, *rows],
                                                              merges=merges)])


ROWS = [
    ["Siti Aminah", "P", "17/08/1988", "x", 1, "Ya"],
    ["Ahmad Fauzi", "L", "01/02/1985", None, 1, "Ya"],
    ["Nur", "P", "03/08/2019", None, 1, "Tidak"],
    ["Budi Santoso", "L", "15/01/1986", "x", 2, "Tidak"],
    ["Dewi Lestari", "P", "05/05/1995", None, 3, "Ya"],
    ["Rina Wati", "P", "07/07/2001", None, 3, "Tidak"],
]


def test_family_numbers_under_a_header_nobody_listed_are_the_household(tmp_path: Path) -> None:
    path = _sheet(tmp_path, ["Nama", "JK", "Tgl Lahir", "Catatan", "Kelompok Pulang", "Shelter"],
                  ROWS)
    [sheet] = analyse(path).sheets
    column = next(c for c in sheet.columns if c.header == "Kelompok Pulang")
    assert column.field == "household" and column.how == "inferred"
    assert column.confidence is not None and 0.5 < column.confidence <= 1
    evidence = clauses(column.evidence)
    assert "reads like" in evidence and "adjacent rows" in evidence, evidence


def test_a_yes_no_column_of_unknown_meaning_must_be_decided(tmp_path: Path) -> None:
    path = _sheet(tmp_path, ["Nama", "JK", "Tgl Lahir", "Catatan", "Keluarga", "Kolom F"], ROWS)
    [sheet] = analyse(path).sheets
    [column] = sheet.undecided
    assert column.header == "Kolom F" and column.proposal is None
    assert set(column.choices) == {"medical", "pregnant", "disability", "trafficking_victim",
                                   "needs_shelter"}
    notes = next(c for c in sheet.columns if c.header == "Catatan")
    assert notes.field == "notes"  # an "x" in a notes column is a note, not a flag to decide


def test_a_data_row_is_not_taken_for_the_header_row(tmp_path: Path) -> None:
    rows = [[note, sex, f"17/08/{year}", flag, name] for note, sex, year, flag, name in (
        ("butuh kursi roda", "P", 1988, "Ya", "Siti"), ("kursi roda", "L", 1975, "Tidak", "Budi"),
        ("butuh kursi roda", "P", 2019, "Ya", "Nur"), (None, "L", 1960, "Tidak", "Agus"),
        ("kursi roda", "P", 2001, "Tidak", "Dewi"), (None, "L", 1999, "Ya", "Eko"))]
    path = _sheet(tmp_path, ["Catatan", "Kolom 2", "Kolom 3", "Kolom 4", "Nama Penuh"], rows)
    [sheet] = analyse(path).sheets
    assert sheet.header_row == 1
    fields = {c.header: c.field for c in sheet.columns}
    assert fields["Kolom 2"] == "sex" and fields["Kolom 3"] == "date_of_birth"
    assert fields["Nama Penuh"] == "full_name" and fields["Catatan"] == "notes"
