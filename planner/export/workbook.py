"""The manifests workbook (SPEC 6): one worksheet for each sheet of the print layout.

Every sheet is ready to print: A4 landscape, fitted to the page width, the title block
and the column headers repeated on every page, the operation and the copy in the page
header, "Page x of y" in the footer; on screen the same rows stay frozen above the table.
Text is always a string cell (never run as a formula) and characters the format cannot
hold are replaced with a warning that names sheet, row and column, never the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.export import layout
from planner.export.layout import Kind, Sheet
from planner.export.model import ManifestDocument
from planner.export.text_width import lines_needed
from planner.export.xlsx_stream import PageSetup, SheetStream, Style, XlsxStream

LINE_HEIGHT = 13.0
TITLE_HEIGHT = 21.0
#: Characters of padding added to each column's layout width.
COLUMN_PADDING = 1.5

_BODY_STYLES = {
    (Kind.TEXT, False): Style.TEXT,
    (Kind.TEXT, True): Style.TEXT_WRAP,
    (Kind.NUMBER, False): Style.NUMBER,
    (Kind.NUMBER, True): Style.NUMBER,
    (Kind.DATE, False): Style.DATE,
    (Kind.DATE, True): Style.DATE,
    (Kind.DATETIME, False): Style.DATETIME,
    (Kind.DATETIME, True): Style.DATETIME,
}


def _full_width_line(stream: SheetStream, sheet: Sheet, text: str, style: Style,
                     height: float = LINE_HEIGHT) -> None:
    """A line across the whole table, wrapped when it is longer than the table is wide."""
    needed = lines_needed(text, sheet.width, bold=style is Style.BOLD_LINE) * LINE_HEIGHT + 2
    stream.row([text], [style], max(height, needed), merge=True)


def _write_sheet(stream: SheetStream, sheet: Sheet) -> None:
    columns = sheet.columns
    stream.row([sheet.title], [Style.TITLE], TITLE_HEIGHT, merge=True)
    for index, text in enumerate(sheet.lines):
        _full_width_line(stream, sheet, text, Style.BOLD_LINE if index == 0 else Style.LINE)
    header_lines = max(lines_needed(c.header, c.width, bold=True) for c in columns)
    stream.row([c.header for c in columns], [Style.HEADER] * len(columns),
               header_lines * LINE_HEIGHT + 4)
    stream.name_columns([c.header for c in columns])
    styles = [_BODY_STYLES[c.kind, c.wrap] for c in columns]
    wrapped = [(i, c.width) for i, c in enumerate(columns) if c.wrap]
    fixed = sheet.row_height
    for values in sheet.rows:
        height = fixed
        if wrapped:
            lines = max(lines_needed(str(values[i] or ""), w) for i, w in wrapped)
            if lines > 1:
                height = max(fixed or 0.0, lines * LINE_HEIGHT + 3)
        stream.row([_cell_value(v) for v in values], styles, height)
    stream.name_columns(None)
    if not sheet.rows:
        _full_width_line(stream, sheet, sheet.empty_text, Style.LINE)
    for index, text in enumerate(sheet.after):
        if index == 0:
            stream.row([], [])
        if text:
            _full_width_line(stream, sheet, text,
                             Style.BOLD_LINE if index == 0 else Style.LINE, LINE_HEIGHT * 1.6)
        else:
            stream.row([], [])


def _cell_value(value: Any) -> Any:
    return layout.format_value(value) if isinstance(value, bool) else value


def write_workbook(document: ManifestDocument, path: Path) -> list[str]:
    """Write the manifests of ``document`` to ``path`` (.xlsx); return the cell warnings.

    Warnings name sheet, row and column, never the cell's text (SPEC 7).
    """
    left, right = layout.page_header(document)
    footer = layout.page_footer_left(document)
    book = XlsxStream(path, title=f"Flight manifests, plan {document.plan_id}",
                      subject=document.copy.heading, created=document.generated_at)
    try:
        for sheet in layout.sheets(document):
            setup = PageSetup(
                column_widths=[c.width + COLUMN_PADDING for c in sheet.columns],
                title_rows=2 + len(sheet.lines),
                frozen_columns=sheet.frozen_columns,
                header_left=left, header_right=right, footer_left=footer,
            )
            with book.sheet(sheet.name, setup) as stream:
                _write_sheet(stream, sheet)
    except BaseException:
        book.abort()
        raise
    book.close()
    return book.warnings
