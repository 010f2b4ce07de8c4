"""Each field's value normalised from what ministries type, in English and Indonesian."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.importing import date_values as dv
from planner.importing import values as v
from planner.importing.cells import FORMULA_WITHOUT_VALUE
from planner.importing.excel_dates import from_serial, to_serial
from planner.importing.values import ParseContext, ValueProblem

CTX = ParseContext(today=dt.date(2026, 3, 2))


@pytest.mark.parametrize("raw", [
    dt.datetime(1990, 5, 17), dt.date(1990, 5, 17), "17/05/1990", "17-05-1990", "17.05.1990",
    "17/5/1990", " 17 / 05 / 1990 ", "1990-05-17", "1990/05/17", "17 Mei 1990", "17 May 1990",
    "17-Mei-1990", "17 mei 90", "17 MEI 1990", "Kamis, 17 Mei 1990", "May 17, 1990",
    "17th May 1990", "19900517", "17051990", 33010, 33010.0, "33010", "Jakarta, 17/05/1990",
    "Tempat Lahir Surabaya, 17 Mei 1990",
])
def test_birth_dates_in_every_form(raw: object) -> None:
    assert dv.parse_birth_date(raw, CTX) == dt.date(1990, 5, 17)


@pytest.mark.parametrize(("raw", "expected"), [
    ("03/02/26", dt.date(2026, 2, 3)),
    ("3 Agt 2026", dt.date(2026, 8, 3)),
    ("3 Desember 2026", dt.date(2026, 12, 3)),
    ("03 Okt 2026", dt.date(2026, 10, 3)),
    ("1 Pebruari 2026", dt.date(2026, 2, 1)),
])
def test_other_dates_read_day_first(raw: str, expected: dt.date) -> None:
    assert dv.parse_date(raw, CTX) == expected


def test_two_digit_birth_years_are_never_in_the_future() -> None:
    assert dv.parse_birth_date("01/01/99", CTX) == dt.date(1999, 1, 1)
    assert dv.parse_birth_date("01/01/20", CTX) == dt.date(2020, 1, 1)


@pytest.mark.parametrize(("raw", "reason"), [
    # As the forms say it (field_rules.calendar_issue): one template for both.
    ("31/02/1990", "That month has 28 days, so there is no day 31."),
    ("13/13/1990", "There is no month 13: write the day first"),
    ("kemarin", "not a date"),
    ("02/03/2027", "in the future"),
    (True, "not a date"),
    (dt.time(10, 0), "not a date"),
    ("01/01/1850", "more than 120 years"),
])
def test_bad_birth_dates_say_why(raw: object, reason: str) -> None:
    with pytest.raises(ValueProblem, match=reason):
        dv.parse_birth_date(raw, CTX)


@pytest.mark.parametrize(("raw", "expected"), [
    ("03/02/2026 14:30", dt.datetime(2026, 2, 3, 14, 30)),
    ("03.02.2026 14.30 WIB", dt.datetime(2026, 2, 3, 14, 30)),
    ("2026-02-03T14:30:00", dt.datetime(2026, 2, 3, 14, 30)),
    ("3 Feb 2026 2:30 PM", dt.datetime(2026, 2, 3, 14, 30)),
    ("3 Februari 2026 pukul 09.05", dt.datetime(2026, 2, 3, 9, 5)),
    (dt.datetime(2026, 2, 3, 14, 30), dt.datetime(2026, 2, 3, 14, 30)),
    (to_serial(dt.datetime(2026, 2, 3, 14, 30)), dt.datetime(2026, 2, 3, 14, 30)),
])
def test_date_times(raw: object, expected: dt.datetime) -> None:
    assert dv.parse_datetime(raw, CTX) == expected


def test_a_departure_needs_a_time_of_day() -> None:
    with pytest.raises(ValueProblem, match="without a time"):
        dv.parse_datetime("03/02/2026", CTX)


@pytest.mark.parametrize(("raw", "expected"), [
    ("14:30", dt.time(14, 30)), ("14.30", dt.time(14, 30)), ("pukul 9.05 WIB", dt.time(9, 5)),
    ("2:30 pm", dt.time(14, 30)), (0.5, dt.time(12, 0)), (dt.time(8, 15), dt.time(8, 15)),
])
def test_times(raw: object, expected: dt.time) -> None:
    assert dv.parse_time(raw, CTX) == expected


def test_excel_serials_in_both_date_systems() -> None:
    assert from_serial(1) == dt.datetime(1900, 1, 1)
    assert from_serial(59) == dt.datetime(1900, 2, 28)
    assert from_serial(60) is None  # Excel's 29 February 1900 never existed
    assert from_serial(61) == dt.datetime(1900, 3, 1)
    assert from_serial(45000.5) == dt.datetime(2023, 3, 15, 12, 0)
    assert from_serial(0, date1904=True) == dt.datetime(1904, 1, 1)
    assert from_serial(-1) is None and from_serial(float("nan")) is None
    assert to_serial(dt.date(2023, 3, 15)) == 45000


@pytest.mark.parametrize(("raw", "expected"), [
    ("M", "M"), ("m", "M"), ("L", "M"), ("Laki-laki", "M"), ("LAKI LAKI", "M"), ("Pria", "M"),
    ("Male", "M"), ("lk", "M"), ("F", "F"), ("P", "F"), ("Perempuan", "F"), ("WANITA", "F"),
    ("female", "F"), (" p ", "F"),
])
def test_sex_words(raw: str, expected: str) -> None:
    assert v.parse_sex(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("yes", True), ("Ya", True), ("Y", True), ("x", True), ("1", True), (1, True), (True, True),
    ("ada", True), ("no", False), ("Tidak", False), ("TDK", False), ("n", False), (0, False),
    (False, False), ("tidak ada", False),
])
def test_yes_no_words(raw: object, expected: bool) -> None:
    assert v.parse_yes_no(raw) is expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("valid", "valid"), ("Berlaku", "valid"), ("ADA", "valid"), ("expired", "expired"),
    ("Kadaluarsa", "expired"), ("kedaluwarsa", "expired"), ("habis berlaku", "expired"),
    ("missing", "missing"), ("Tidak ada", "missing"), ("belum punya paspor", "missing"),
    ("lost", "lost"), ("Hilang", "lost"), ("paspor hilang di kamp", "lost"),
    ("confiscated", "confiscated"), ("Disita", "confiscated"),
    ("Ditahan perusahaan", "confiscated"), ("diambil oleh majikan", "confiscated"),
])
def test_document_status_words(raw: str, expected: str) -> None:
    assert v.parse_document_status(raw) == expected


def test_unknown_words_are_problems() -> None:
    for parse in (v.parse_sex, v.parse_yes_no, v.parse_document_status, v.parse_accepts,
                  v.parse_flight_status):
        with pytest.raises(ValueProblem):
            parse("entah")


@pytest.mark.parametrize(("raw", "expected"), [
    (81234567890, "081234567890"),  # a number cell dropped the 0
    (81234567890.0, "081234567890"),
    (6281234567890, "6281234567890"),
    (8.1234567890e10, "081234567890"),
    ("0812-3456-7890", "0812-3456-7890"),
    ("+62 812 3456 7890", "+62 812 3456 7890"),
    ("  0812   3456 ", "0812 3456"),
    ("+855 12 345 678", "+855 12 345 678"),
])
def test_phones_keep_every_digit(raw: object, expected: str) -> None:
    assert v.parse_phone(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "12", 812.5, True])
def test_not_phones(raw: object) -> None:
    with pytest.raises(ValueProblem):
        v.parse_phone(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("CGK", ["CGK"]), ("cgk;sub", ["CGK", "SUB"]), ("CGK, SUB", ["CGK", "SUB"]),
    ("CGK / KNO", ["CGK", "KNO"]), ("CGK SUB", ["CGK", "SUB"]), ("Jakarta", ["CGK"]),
    ("Jakarta atau Surabaya", ["CGK", "SUB"]), ("Medan dan Batam", ["KNO", "BTH"]),
    ("Bali", ["DPS"]), ("CGK;CGK;SUB", ["CGK", "SUB"]), ("Banda Aceh", ["BTJ"]),
    # Indonesian lists write the kind of place before the city's name.
    ("Kota Surabaya", ["SUB"]), ("Kabupaten Tangerang", ["CGK"]),
    ("Kab. Tangerang; Kota Medan", ["CGK", "KNO"]), ("KOTA BANDAR LAMPUNG", ["TKG"]),
])
def test_airport_lists(raw: str, expected: list[str]) -> None:
    assert v.parse_airports(raw) == expected


def test_unknown_airport_is_a_problem() -> None:
    with pytest.raises(ValueProblem, match="Atlantis"):
        v.parse_airports("CGK; Atlantis")


@pytest.mark.parametrize("raw", ["Kota Kinabalu", "Kota", "Kabupaten Atlantis"])
def test_a_prefix_without_a_known_city_is_a_problem(raw: str) -> None:
    with pytest.raises(ValueProblem):
        v.parse_airports(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("IDN", "IDN"), ("idn", "IDN"), ("Indonesia", "IDN"), ("WNI", "IDN"), ("ID", "IDN"),
    ("Kamboja", "KHM"), ("MYS", "MYS"),
])
def test_nationality(raw: str, expected: str) -> None:
    assert v.parse_nationality(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (180, 180), (180.0, 180), ("180", 180), (" 180 kursi", 180), ("1.000", 1000), ("1,000", 1000),
])
def test_counts(raw: object, expected: int) -> None:
    assert v.parse_count(raw) == expected


@pytest.mark.parametrize("raw", ["-3", "12.5", "banyak", True])
def test_bad_counts(raw: object) -> None:
    with pytest.raises(ValueProblem):
        v.parse_count(raw)


def test_hours_and_days() -> None:
    assert v.parse_hours("48") == 48.0
    assert v.parse_hours("2 hari") == 48.0
    assert v.parse_hours("36,5") == 36.5
    assert v.parse_hours(24) == 24.0


def test_text_is_cleaned_and_placeholders_are_blank() -> None:
    assert v.parse_text("  Siti\u00a0 Aminah\u200b ", 200) == "Siti Aminah"
    assert v.parse_text(123.0, 32) == "123"
    for blank in ("-", "n/a", "N/A", "tidak ada", "Nihil"):
        assert v.parse_text(blank, 32) is None
    with pytest.raises(ValueProblem, match="longer than"):
        v.parse_text("x" * 33, 32)


def test_flight_numbers_are_written_one_way() -> None:
    assert v.parse_flight_number("qz8205") == "QZ 8205"
    assert v.parse_flight_number("QZ 8205") == "QZ 8205"
    assert v.parse_flight_number("GA-401") == "GA 401"


def test_name_key_folds_case_and_spacing() -> None:
    assert v.name_key("  SITI   Aminah ") == v.name_key("siti aminah") == "siti aminah"
    assert v.name_key("Nur") == "nur"


def test_a_formula_without_value_says_how_to_save_its_result() -> None:
    assert FORMULA_WITHOUT_VALUE.why.code == "formula_without_value"
    assert "save it" in FORMULA_WITHOUT_VALUE.reason
