"""A roster whose movement status is written in the program's own words imports.

The desktop shows a person's status as "Whereabouts unknown", "Left by own means",
"Sudah dipanggil", "Tidak diketahui keberadaannya" (planner.fields, the roster's and the
departure board's Status column). An officer who types what the screen says into a
roster (SPEC 8.1: a status set in a file is imported as it is) had those four refused as
"not a movement status", while the other fourteen words were read; the situation report's
"sudah lapor diri" (checked in) was refused too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from planner import fields
from planner.db import open_operation
from planner.db.models import PersonStatus
from planner.sitrep.words import words as report_words
from tests.importing.cli import new_operation_file, run
from tests.importing.state import roster

STATUS = next(entry for entry in fields.PERSON if entry.name == "status")


def _screen_words(language: str) -> dict[str, str]:
    return {code: english if language == "en" else indonesian
            for code, english, indonesian in STATUS.choice_words}


def _report_words(language: str) -> dict[str, str]:
    said = report_words(language)
    return {status.value: said[status.value] for status in PersonStatus}


@pytest.mark.parametrize("shown", [_screen_words, _report_words], ids=["screen", "report"])
@pytest.mark.parametrize("language", ["en", "id"])
def test_every_status_word_the_program_shows_is_read_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str,
        shown: Callable[[str], dict[str, str]]) -> None:
    words = shown(language)
    assert len(words) == len(PersonStatus)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Case No", "Full Name", "Sex", "Date of birth", "Movement status"])
    for number, (code, word) in enumerate(sorted(words.items()), start=1):
        sheet.append([f"C-{number}", f"Person {code}", "M", "1990-01-02", word])
    book.save(tmp_path / "roster.xlsx")
    db = new_operation_file(tmp_path)
    code, _, err = run(capsys, "--db", str(db), "--lang", language, "import",
                       str(tmp_path / "roster.xlsx"))
    assert code == 0, err
    operation = open_operation(db)
    try:
        read = {p["full_name"]: p["status"] for p in roster(operation)}
    finally:
        operation.close()
    assert read == {f"Person {code}": code for code in words}
