"""The call list's workbook is read and printed by people (SPEC 8.3): each column as wide
as its text, the messages wrapped in rows as tall as their lines, the headers in the
list's language (they were English and 13 characters wide, the messages one cut line)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from planner.departure.call_list import CallRow, FlightCall, messages, write_rows
from planner.export.text_width import lines_needed, text_chars


def _rows() -> list[CallRow]:
    call = FlightCall("QZ 7508", "CGK", dt.datetime(2026, 3, 16, 18, 15),
                      dt.datetime(2026, 3, 16, 15, 15), "PNH")
    rows = []
    for case_no, name, phone in (("C-000004", "Agus Ginting", "088141162152"),
                                 ("C-000015", "Taufik Syahrul Santoso Wicaksono", None)):
        indonesian, english = messages("KBRI7", call, name, case_no)
        rows.append(CallRow(case_no, name, phone, "H-000004", "Wisma Persahabatan Indonesia 01",
                            call.report_time, call.place_in("id"), indonesian, english,
                            dial="+6288141162152" if phone else None))
    return rows


@pytest.mark.parametrize(("lang", "headers"), [
    ("en", ["Case No", "Full Name", "Phone", "Household", "Shelter", "Report Time",
            "Report Place", "Message (Indonesian)", "Message (English)"]),
    ("id", ["No. Kasus", "Nama Lengkap", "Telepon", "Keluarga", "Penampungan", "Waktu Lapor",
            "Tempat Lapor", "Pesan (bahasa Indonesia)", "Pesan (bahasa Inggris)"])])
def test_the_workbook_reads_and_prints_whole(tmp_path: Path, lang: str,
                                             headers: list[str]) -> None:
    target = tmp_path / "calls.xlsx"
    rows = _rows()
    write_rows(rows, target, "xlsx", lang)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]] == headers
    for column, cells in enumerate(sheet.iter_cols(min_row=1), start=1):
        width = sheet.column_dimensions[cells[0].column_letter].width
        for cell in cells:
            text = str(cell.value or "")
            assert cell.alignment.wrap_text, (column, text)
            assert cell.font.name == "Arial"
            # Every word fits its column; a cell of more lines has a row that tall.
            for word in text.split():
                assert text_chars(word, bold=cell.row == 1) <= width, (column, word)
            needed = lines_needed(text, width - 1.5, bold=cell.row == 1)
            assert (sheet.row_dimensions[cell.row].height or 0) >= needed * 13, (column, text)
    # The columns of short values show them on one line; the messages wrap.
    for column in (1, 3, 6):
        letter = openpyxl.utils.get_column_letter(column)
        assert sheet.column_dimensions[letter].width >= max(
            text_chars(str(row[column - 1].value or "")) for row in sheet.iter_rows(min_row=2))
    message = sheet.column_dimensions["H"].width
    assert 30 <= message <= 40
    # The default font too: a column's width counts digits of it (text_width measures Arial).
    assert openpyxl.load_workbook(target)._fonts[0].name == "Arial"  # noqa: SLF001
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
