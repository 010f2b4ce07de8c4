"""The errors that refuse a whole file as codes with facts (issue 15): every one renders
whole in English and Indonesian from its template, a file that is no roster is named by
its kind in the language, and the command line (``--lang id``) and the desktop's Import
screen (in Indonesian) say it in the officer's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.importing import ImportFileError
from planner.importing.file_format import open_source
from planner.words.catalogue import catalogue_words
from planner.words.import_templates import FILE_ERRORS, IMPORT_VALUE_WORDS
from planner.words.render import placeholders
from tests.importing.cli import new_operation_file, run
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers
from ui.i18n import languages
from ui.main_window import MainWindow
from ui.pages.import_page import ImportPage

INDONESIAN = catalogue_words("id")
#: A value for every fact a file error reads.
FACTS: dict[str, Any] = {
    "file": "daftar.xlsx", "path": "/data/daftar.xlsx", "detail": "bad header", "sheet": "WNI",
    "sheets": ["'WNI'", "'Sheet2'"], "size_mb": 120, "limit_mb": 100, "max_rows": 1_048_576,
    "rows": 2_000_000, "columns": 300, "cells": 600_000_000, "max_cells": 50_000_000,
    "max_columns": 16_384, "number": 2_000_000, "row": "12", "parts": 200_000,
    "part": "xl/sharedStrings.xml", "packed_kb": 12, "element": "row", "count": 2,
    "kind": "a PDF document", "column": "K (Kel)", "field": "household",
    "mapping": {"code": "mapping_where_file", "file": "m.json"},
}


def _facts(code: str) -> dict[str, Any]:
    facts = dict(FACTS)
    if code == "columns_undecided":
        facts["columns"] = [{"code": "column_looks_like", "sheet": "WNI", "column": "K (Kel)",
                             "field": "household"}]
    return facts


@pytest.mark.parametrize("code", sorted(FILE_ERRORS))
def test_every_file_error_renders_whole_in_both_languages(code: str) -> None:
    error = ImportFileError(code, **_facts(code))
    english, indonesian = str(error), error.text(INDONESIAN)
    for text in (english, indonesian):
        assert "?" not in text and "{" not in text, (code, text)
    assert english != indonesian, f"{code} is not translated: {english!r}"
    for entry in FILE_ERRORS[code].templates():
        for sentence in entry.sentences():
            assert placeholders(sentence) <= set(_facts(code)) | {"how"}, (code, sentence)


def test_every_kind_of_file_that_is_no_roster_has_its_word() -> None:
    kinds = IMPORT_VALUE_WORDS["file_kind"]
    for kind in kinds:
        error = ImportFileError("file_not_roster", file="a.xlsx", kind=kind)
        assert INDONESIAN.translate(kind) != kind, kind
        assert INDONESIAN.translate(kind) in error.text(INDONESIAN)


def test_a_pdf_named_xlsx_is_named_a_pdf_in_either_language(tmp_path: Path) -> None:
    fake = tmp_path / "daftar.xlsx"
    fake.write_bytes(b"%PDF-1.7\n" + bytes(100))
    with pytest.raises(ImportFileError) as caught, open_source(fake):
        pass
    assert str(caught.value) == ("daftar.xlsx is a PDF document, not a workbook or CSV file; "
                                 "save the roster as .xlsx or .csv and import that")
    assert caught.value.text(INDONESIAN).startswith("daftar.xlsx adalah dokumen PDF, bukan ")


def test_the_command_line_refuses_a_file_in_the_chosen_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = new_operation_file(tmp_path)
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    code, _out, err = run(capsys, "--db", str(db), "import", str(empty), "--lang", "id")
    assert code == 1
    assert err.strip().endswith("kosong.csv kosong"), err
    code, _out, err = run(capsys, "--db", str(db), "import", str(empty))
    assert code == 1 and err.strip().endswith("kosong.csv is empty"), err


def test_the_import_screen_says_why_in_indonesian(qtbot: Any, window: MainWindow,
                                                  answers: Answers, tmp_path: Path) -> None:
    junk = tmp_path / "catatan.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(200))  # a damaged zip package
    page = window.pages["import"]
    assert isinstance(page, ImportPage)
    languages.install("id")
    try:
        window.show_page("import")
        answers.open_file = junk
        qtbot.mouseClick(page.choose_step.choose_button, Qt.MouseButton.LeftButton)
    finally:
        languages.install("en")
    assert answers.asked and answers.asked[-1][0] == "warn"
    assert "catatan.xlsx rusak: bukan paket zip yang bisa dibaca" in answers.asked[-1][1]
