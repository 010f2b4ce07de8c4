"""Yes/no columns with descriptions in them ("Hamil 5 bulan", "ya (kursi roda)"): read by
the flag's parser with the words its registry entry gives, or reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Person
from planner.fields import PERSON
from planner.importing import run_import
from planner.importing import values as v
from planner.importing.values import ValueProblem


def describing(name: str) -> tuple[str, ...]:
    return PERSON[name].describing


@pytest.mark.parametrize(("field", "raw", "expected"), [
    ("pregnant", "Hamil 5 bulan", True),
    ("pregnant", "hamil (trimester 2)", True),
    ("pregnant", "Tidak hamil", False),
    ("pregnant", "tidak", False),
    ("disability", "ya (kursi roda)", True),
    ("disability", "Kursi roda", True),
    ("disability", "Yes - wheelchair at the airport", True),
    ("disability", "no, walks with help", False),
    ("medical", "Diabetes, insulin", True),
    ("medical", "sakit jantung", True),
    ("medical", "Tidak ada keluhan", False),
    ("medical", "negatif", False),
    ("trafficking_victim", "Korban TPPO (BAP 12/2025)", True),
    ("needs_shelter", "ya", True),
])
def test_descriptions_in_flag_columns(field: str, raw: str, expected: bool) -> None:
    assert v.parse_flag(raw, describing(field)) is expected


@pytest.mark.parametrize(("field", "raw"), [
    ("medical", "OK (sehat)"),  # "OK" alone is yes, but here it says the person is well
    ("medical", "baik"),
    ("pregnant", "kursi roda"),  # another flag's words
    ("disability", "5 bulan"),
])
def test_other_descriptions_are_reported_not_guessed(field: str, raw: str) -> None:
    with pytest.raises(ValueProblem) as problem:
        v.parse_flag(raw, describing(field))
    assert problem.value.code == "bad_yes_no"


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 ()-,", max_size=30)


@given(lead=st.sampled_from(["ya", "Yes", "IYA", "ada", "perlu"]), rest=WORDS)
def test_a_yes_word_first_is_yes_whatever_follows(lead: str, rest: str) -> None:
    assert v.parse_flag(f"{lead} ({rest})", describing("medical")) is True


@given(lead=st.sampled_from(["tidak", "Tidak", "no", "TDK", "bukan", "belum"]), rest=WORDS)
def test_a_no_word_first_is_no_whatever_follows(lead: str, rest: str) -> None:
    # "tidak hamil", "no (walks)": a no word first wins over the condition's own words
    assert v.parse_flag(f"{lead} hamil {rest}", describing("pregnant")) is False


@given(word=st.sampled_from(["yes", "no", "ya", "tidak", "y", "n", "1", "0", True, False, 1, 0]))
def test_plain_yes_no_reads_as_before(word: object) -> None:
    assert v.parse_flag(word, describing("medical")) is v.parse_yes_no(word)


def test_a_ministry_sheet_with_descriptions_imports(operation: Operation,
                                                    tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Nama", "L/P", "Tgl Lahir", "Hamil", "Disabilitas", "Kondisi Medis"])
    sheet.append(["Siti Aminah", "P", "12/03/1990", "Hamil 5 bulan", "-", "tidak"])
    sheet.append(["Budi Santoso", "L", "01/07/1960", None, "ya (kursi roda)", "Diabetes"])
    sheet.append(["Rina Wati", "P", "05/05/1995", "tidak", None, "OK (sehat)"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    report = run_import(operation, path)
    assert not report.committed  # one row cannot be read: nothing is imported
    [problem] = report.problems
    assert (problem.row, problem.column, problem.value, problem.code) == \
        (4, "F", "OK (sehat)", "bad_yes_no")
    sheet["F4"] = "tidak (sehat)"  # corrected as the officer would: not medical
    book.save(path)
    report = run_import(operation, path)
    assert report.committed, [str(p) for p in report.problems]
    with operation.session() as session:
        flags = {p.full_name: (p.pregnant, p.disability, p.medical)
                 for p in session.scalars(select(Person))}
    assert flags == {"Siti Aminah": (True, False, False),
                     "Budi Santoso": (False, True, True),
                     "Rina Wati": (False, False, False)}
