"""The streaming .xlsx writer: what openpyxl (and so Excel's format) reads back."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

from planner.export.xlsx_stream import PageSetup, Style, XlsxStream, column_letter


def _setup(frozen_columns: int) -> PageSetup:
    return PageSetup(column_widths=[8, 20, 12], title_rows=2, frozen_columns=frozen_columns,
                     header_left="Op & Co", header_right="COPY", footer_left="Printed now")


def test_cells_sheets_and_print_setup_read_back(tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    book = XlsxStream(out, title="T", subject="S", created=dt.datetime(2026, 3, 2, 8, 30))
    with book.sheet("O'Brien & Co", _setup(1)) as sheet:
        sheet.row(["Title"], [Style.TITLE], 21.0, merge=True)
        sheet.row(["No.", "Name", "When"], [Style.HEADER] * 3)
        sheet.name_columns(["No.", "Name", "When"])
        sheet.row([1, "=SUM(A1)", dt.date(2026, 3, 5)],
                  [Style.NUMBER, Style.TEXT, Style.DATE], 24.0)
        sheet.row([2.5, "a\x07b\ud800", dt.datetime(2026, 3, 5, 8, 15)],
                  [Style.NUMBER, Style.TEXT_WRAP, Style.DATETIME])
        sheet.row([None, "", True], [Style.TEXT] * 3)
    with book.sheet("Second", _setup(0)) as sheet:
        sheet.row(["x"], [Style.LINE])
    book.close()
    assert book.warnings == [
        "sheet \"O'Brien & Co\", row 4, column Name: control characters replaced"]

    loaded = openpyxl.load_workbook(out)
    first, second = loaded.worksheets
    assert loaded.sheetnames == ["O'Brien & Co", "Second"]
    assert first["B3"].value == "=SUM(A1)" and first["B3"].data_type == "s"
    assert first["A3"].value == 1 and first["C3"].value == dt.datetime(2026, 3, 5)
    assert first["C3"].number_format == "yyyy\\-mm\\-dd"
    assert first["B4"].value == "a\ufffdb\ufffd"
    assert first["C4"].value == dt.datetime(2026, 3, 5, 8, 15)
    assert first["C5"].value is True and first["A5"].value is None
    assert first["A2"].font.bold and first["A3"].border.left.style == "thin"
    assert first.row_dimensions[3].height == 24
    assert [str(r) for r in first.merged_cells.ranges] == ["A1:C1"]
    assert first.freeze_panes == "B3" and second.freeze_panes == "A3"
    assert first.print_title_rows == "$1:$2" and second.print_title_rows == "$1:$2"
    assert first.oddHeader.left.text == "Op && Co" and first.oddFooter.center.text == (
        "Page &P of &N")
    assert first.page_setup.orientation == "landscape" and first.page_setup.fitToHeight == 0
    assert [first.column_dimensions[c].width for c in "ABC"] == [8, 20, 12]
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]
