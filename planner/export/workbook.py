"""The manifests workbook (SPEC 6), written with openpyxl in streaming mode.

Every sheet is ready to print: A4 landscape, fitted to the page width, the title block
and the column headers repeated on every page, the operation and the copy in the page
header, "Page x of y" in the footer; on screen the same rows stay frozen above the table.
Every cell goes through ``xlsx_cell``, so text a spreadsheet would run as a formula stays
text and characters the format cannot hold are replaced with a warning.
"""

from __future__ import annotations

import contextlib
import math
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from planner.export import layout
from planner.export.layout import Kind, Sheet
from planner.export.model import ManifestDocument
from planner.spreadsheet_text import clean_text, xlsx_cell

#: Header and footer text is limited to 255 characters for all three parts together.
HEADER_PART_LIMIT = 80
LINE_HEIGHT = 13.0
TITLE_HEIGHT = 21.0
BODY_SIZE = 10
_thin = Side(style="thin", color="808080")
_BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_NUMBER_FORMATS = {Kind.DATE: "yyyy-mm-dd", Kind.DATETIME: "yyyy-mm-dd hh:mm"}


def _styles() -> dict[str, NamedStyle]:
    body = Font(name="Arial", size=BODY_SIZE)
    styles = {
        "title": NamedStyle("evac title", font=Font(name="Arial", size=14, bold=True),
                            alignment=Alignment(vertical="center")),
        "line": NamedStyle("evac line", font=Font(name="Arial", size=BODY_SIZE),
                           alignment=Alignment(vertical="top", wrap_text=True)),
        "bold line": NamedStyle("evac bold line",
                                font=Font(name="Arial", size=BODY_SIZE, bold=True),
                                alignment=Alignment(vertical="top", wrap_text=True)),
        "header": NamedStyle(
            "evac header", font=Font(name="Arial", size=BODY_SIZE, bold=True),
            fill=PatternFill("solid", fgColor="D9D9D9"), border=_BORDER,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
    }
    for kind in Kind:
        for wrap in (False, True):
            name = f"body {kind.value}{' wrap' if wrap else ''}"
            styles[name] = NamedStyle(
                f"evac {name}", font=body, border=_BORDER,
                number_format=_NUMBER_FORMATS.get(kind, "General"),
                alignment=Alignment(
                    vertical="center", wrap_text=wrap,
                    horizontal="right" if kind is Kind.NUMBER else None),
            )
    return styles


def _header_footer_text(text: str) -> str:
    """Text for a page header part: '&' doubled (it starts a code), control characters gone."""
    cleaned, _ = clean_text(text.replace("\n", " "))
    if len(cleaned) > HEADER_PART_LIMIT:
        cleaned = cleaned[: HEADER_PART_LIMIT - 3] + "..."
    return cleaned.replace("&", "&&")


def _lines_needed(text: str, width: float) -> int:
    """Printed lines a wrapped text needs in a cell ``width`` characters wide (an estimate)."""
    usable = max(1.0, width - 1.0)
    return sum(max(1, math.ceil(len(part) / usable)) for part in text.split("\n"))


class _SheetWriter:
    def __init__(self, workbook: Workbook, sheet: Sheet, document: ManifestDocument,
                 styles: dict[str, NamedStyle], warnings: list[str]) -> None:
        self.sheet = sheet
        self.styles = styles
        self.warnings = warnings
        self.ws: Worksheet = workbook.create_sheet(sheet.name)
        self.row = 0
        self.last_letter = get_column_letter(len(sheet.columns))
        self.header_row = 2 + len(sheet.lines)
        self._prepare(document)

    def _prepare(self, document: ManifestDocument) -> None:
        """What streaming mode needs before the first row: widths, panes, page setup."""
        ws, sheet = self.ws, self.sheet
        for index, column in enumerate(sheet.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width + 1.5
        ws.freeze_panes = f"{get_column_letter(sheet.frozen_columns + 1)}{self.header_row + 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.7
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_title_rows = f"1:{self.header_row}"
        left, right = layout.page_header(document)
        ws.oddHeader.left.text = _header_footer_text(left)
        ws.oddHeader.right.text = _header_footer_text(right)
        ws.oddHeader.right.font = "Arial,Bold"
        ws.oddFooter.left.text = _header_footer_text(layout.page_footer_left(document))
        ws.oddFooter.center.text = "Page &P of &N"
        ws.oddFooter.right.text = "&A"

    def _cell(self, value: Any, style: str, column: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        if isinstance(value, bool):
            value = layout.format_value(value)
        for warning in xlsx_cell(cell, value):
            self.warnings.append(
                f"sheet {self.sheet.name!r}, row {self.row + 1}, column {column}: {warning}"
            )
        cell.style = self.styles[style].name
        return cell

    def _append(self, cells: list[WriteOnlyCell], height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(cells)

    def _full_width_line(self, text: str, style: str, height: float = LINE_HEIGHT) -> None:
        """A line across the whole table, wrapped if it is longer than the table is wide."""
        lines = _lines_needed(text, self.sheet.width * (0.9 if style == "bold line" else 1.0))
        self._append([self._cell(text, style, "A")], max(height, lines * LINE_HEIGHT + 2))
        self.ws.merged_cells.add(f"A{self.row}:{self.last_letter}{self.row}")

    def write(self) -> None:
        sheet = self.sheet
        self._append([self._cell(sheet.title, "title", "A")], TITLE_HEIGHT)
        self.ws.merged_cells.add(f"A1:{self.last_letter}1")
        for index, text in enumerate(sheet.lines):
            self._full_width_line(text, "bold line" if index == 0 else "line")
        header_lines = max(_lines_needed(c.header, c.width) for c in sheet.columns)
        self._append([self._cell(c.header, "header", c.header) for c in sheet.columns],
                     header_lines * LINE_HEIGHT + 4)
        styles = [f"body {c.kind.value}{' wrap' if c.wrap else ''}" for c in sheet.columns]
        wrapped = [(i, c.width) for i, c in enumerate(sheet.columns) if c.wrap]
        for values in sheet.rows:
            height = sheet.row_height
            if wrapped:
                lines = max(_lines_needed(str(values[i] or ""), w) for i, w in wrapped)
                if lines > 1 or height is not None:
                    height = max(height or 0.0, lines * LINE_HEIGHT + 3)
            self._append([
                self._cell(value, style, column.header)
                for value, style, column in zip(values, styles, sheet.columns, strict=True)
            ], height)
        if not sheet.rows:
            self._full_width_line(sheet.empty_text, "line")
        for index, text in enumerate(sheet.after):
            if index == 0:
                self._append([])
            if text:
                self._full_width_line(text, "bold line" if index == 0 else "line",
                                      LINE_HEIGHT * 1.6)
            else:
                self._append([])


def write_workbook(document: ManifestDocument, path: Path) -> list[str]:
    """Write the manifests of ``document`` to ``path`` (.xlsx); return the cell warnings.

    Warnings name sheet, row and column, never the cell's text (SPEC 7).
    """
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "evacplan"
    workbook.properties.title = f"Flight manifests, plan {document.plan_id}"
    workbook.properties.subject = document.copy.title
    styles = _styles()
    for style in styles.values():
        workbook.add_named_style(style)
    warnings: list[str] = []
    try:
        for sheet in layout.sheets(document):
            _SheetWriter(workbook, sheet, document, styles, warnings).write()
        workbook.save(path)
    finally:
        _remove_stream_files(workbook)
    return warnings


def _remove_stream_files(workbook: Workbook) -> None:
    """Streaming mode keeps each sheet in a temporary file: never leave personal data behind."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if isinstance(out, str):
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()  # type: ignore[union-attr]
