"""A small streaming writer of .xlsx workbooks made for printing, fast enough for 20,000 rows.

openpyxl spends 20 to 60 microseconds on each cell, so the embassy copy of an operation of
20,000 flown persons (about 600,000 cells) took close to a minute; this writer builds
each row's XML directly and streams it into the zip, at about two microseconds a cell.
It writes only what the manifests need: a fixed set of cell styles, text, numbers and
dates, merged title lines, column widths, row heights, frozen panes, print titles, A4
landscape fitted to the page width, and page headers and footers.

Safety is the same as ``spreadsheet_text.xlsx_cell`` gives an openpyxl cell: every text is
an inline *string* cell (a spreadsheet never runs it as a formula), cleaned by
``spreadsheet_text.clean_text`` of characters XML cannot carry, with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from planner.spreadsheet_text import EXCEL_CELL_LIMIT, REPLACEMENT, clean_text

_SURROGATES = re.compile(r"[\ud800-\udfff]")
#: Anything ``cell_text`` would change: a character XML cannot carry, a lone surrogate, a CR.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff\ud800-\udfff]")
_EPOCH = dt.datetime(1899, 12, 30)
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Rows gathered before they are written to the zip stream.
_CHUNK = 2000
HEADER_PART_LIMIT = 80


class Style(IntEnum):
    """The cell formats of the stylesheet (their index in ``cellXfs``)."""

    DEFAULT = 0
    TITLE = 1
    LINE = 2
    BOLD_LINE = 3
    HEADER = 4
    TEXT = 5
    TEXT_WRAP = 6
    NUMBER = 7
    DATE = 8
    DATETIME = 9


_STYLES_XML = (
    _XML_HEAD
    + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>'
    '<fonts count="3"><font><sz val="10"/><name val="Arial"/><family val="2"/></font>'
    '<font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font>'
    '<font><b/><sz val="14"/><name val="Arial"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/>'
    '<bgColor indexed="64"/></patternFill></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color rgb="FF808080"/></left>'
    '<right style="thin"><color rgb="FF808080"/></right>'
    '<top style="thin"><color rgb="FF808080"/></top>'
    '<bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="10">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'applyAlignment="1"><alignment vertical="center"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" '
    'applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" '
    'applyBorder="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
    'applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
    'applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
    'applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
    'applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
    'applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    '</cellStyles></styleSheet>'
)


def column_letter(index: int) -> str:
    """The letters of a 1-based column number (1 -> A, 27 -> AA)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_text(text: str) -> tuple[str, list[str]]:
    """``clean_text`` and, in addition, lone surrogates (which UTF-8 cannot encode) replaced."""
    cleaned, warnings = clean_text(text)
    if _SURROGATES.search(cleaned):
        cleaned = _SURROGATES.sub(REPLACEMENT, cleaned)
        if "control characters replaced" not in warnings:
            warnings.append("characters that cannot be stored replaced")
    return cleaned, warnings


def header_footer_text(text: str) -> str:
    """Text for one part of a page header: short, one line, '&' doubled (it starts a code)."""
    cleaned, _ = cell_text(text.replace("\n", " "))
    if len(cleaned) > HEADER_PART_LIMIT:
        cleaned = cleaned[: HEADER_PART_LIMIT - 3] + "..."
    return cleaned.replace("&", "&&")


@dataclass(frozen=True)
class PageSetup:
    """How one sheet shows on screen and prints."""

    column_widths: Sequence[float]
    #: Rows 1..n print at the top of every page, and stay in view on screen.
    title_rows: int
    frozen_columns: int
    header_left: str
    header_right: str
    footer_left: str


class SheetStream:
    """Rows of one worksheet, written as they come; see ``XlsxStream.sheet``."""

    def __init__(self, handle: IO[bytes], name: str, setup: PageSetup, selected: bool) -> None:
        self.name = name
        self.setup = setup
        self.row_number = 0
        self.warnings: list[str] = []
        self._handle = handle
        self._pending: list[str] = []
        self._merges: list[str] = []
        self._letters = [column_letter(i) for i in range(1, len(setup.column_widths) + 1)]
        self._headers: Sequence[str] = self._letters
        self._write(self._top(selected))

    def name_columns(self, headers: Sequence[str] | None) -> None:
        """Name the columns in warnings by their headers (None: by their letters again)."""
        self._headers = self._letters if headers is None else headers

    def _write(self, text: str) -> None:
        self._handle.write(text.encode("utf-8"))

    def _top(self, selected: bool) -> str:
        setup = self.setup
        split_row = setup.title_rows
        split_col = setup.frozen_columns
        corner = f"{column_letter(split_col + 1)}{split_row + 1}"
        if split_col:
            pane = (f'<pane xSplit="{split_col}" ySplit="{split_row}" topLeftCell="{corner}" '
                    f'activePane="bottomRight" state="frozen"/>'
                    f'<selection pane="bottomRight" activeCell="{corner}" sqref="{corner}"/>')
        else:
            pane = (f'<pane ySplit="{split_row}" topLeftCell="{corner}" activePane="bottomLeft" '
                    f'state="frozen"/><selection pane="bottomLeft" activeCell="{corner}" '
                    f'sqref="{corner}"/>')
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{w:.2f}" customWidth="1"/>'
            for i, w in enumerate(setup.column_widths, 1)
        )
        tab = ' tabSelected="1"' if selected else ""
        return (
            f'{_XML_HEAD}<worksheet xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            f'<sheetViews><sheetView workbookViewId="0"{tab}>{pane}</sheetView></sheetViews>'
            '<sheetFormatPr defaultRowHeight="12.75"/>'
            f"<cols>{cols}</cols><sheetData>"
        )

    def _tail(self) -> str:
        setup = self.setup
        merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in self._merges)
        header = (f"&L{header_footer_text(setup.header_left)}"
                  f"&R&\"Arial,Bold\"{header_footer_text(setup.header_right)}")
        footer = f"&L{header_footer_text(setup.footer_left)}&CPage &P of &N&R&A"
        return (
            "</sheetData>"
            + (f'<mergeCells count="{len(self._merges)}">{merges}</mergeCells>' if merges else "")
            + '<printOptions horizontalCentered="1"/>'
            '<pageMargins left="0.4" right="0.4" top="0.7" bottom="0.7" header="0.3" '
            'footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
            f"<headerFooter><oddHeader>{escape(header)}</oddHeader>"
            f"<oddFooter>{escape(footer)}</oddFooter></headerFooter></worksheet>"
        )

    def _text(self, value: str, column: int) -> str:
        """Cleaned, escaped cell text; a warning for anything that had to change."""
        if _UNSAFE.search(value) is not None or len(value) > EXCEL_CELL_LIMIT:
            value, warnings = cell_text(value)
            for warning in warnings:
                self.warnings.append(f"sheet {self.name!r}, row {self.row_number}, column "
                                     f"{self._headers[column]}: {warning}")
        if "&" in value or "<" in value or ">" in value:
            value = escape(value)
        return value

    def _cell(self, ref: str, value: Any, style: int, column: int) -> str:
        if value is None or value == "":
            return f'<c r="{ref}" s="{style}"/>'
        if isinstance(value, str):
            return (f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{self._text(value, column)}</t></is></c>")
        if isinstance(value, bool):
            return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            return f'<c r="{ref}" s="{style}"><v>{value!r}</v></c>'
        if isinstance(value, dt.datetime):
            serial = (value - _EPOCH).total_seconds() / 86400
            return f'<c r="{ref}" s="{style}"><v>{serial!r}</v></c>'
        if isinstance(value, dt.date):
            serial_days = (value - _EPOCH.date()).days
            return f'<c r="{ref}" s="{style}"><v>{serial_days}</v></c>'
        return self._cell(ref, str(value), style, column)

    def row(self, values: Iterable[Any], styles: Sequence[int], height: float | None = None,
            merge: bool = False) -> None:
        """Append a row: ``values`` in the columns from A, each with its style.

        ``merge`` joins the row's cells across the sheet's width (a title or a note line).
        """
        self.row_number += 1
        number = self.row_number
        letters = self._letters
        parts = [f'<row r="{number}" ht="{height:.2f}" customHeight="1">' if height is not None
                 else f'<row r="{number}">']
        for column, value in enumerate(values):
            if value.__class__ is str and value:  # the common case, kept short
                parts.append(f'<c r="{letters[column]}{number}" s="{styles[column]}" '
                             f't="inlineStr"><is><t xml:space="preserve">'
                             f"{self._text(value, column)}</t></is></c>")
            else:
                parts.append(self._cell(f"{letters[column]}{number}", value, styles[column],
                                        column))
        parts.append("</row>")
        self._pending.append("".join(parts))
        if merge and len(letters) > 1:
            self._merges.append(f"A{number}:{letters[-1]}{number}")
        if len(self._pending) >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._write("".join(self._pending))
            self._pending.clear()

    def close(self) -> None:
        self._flush()
        self._write(self._tail())


class XlsxStream:
    """A workbook written sheet by sheet into ``path``; ``close`` finishes the package."""

    def __init__(self, path: Path, *, title: str, subject: str,
                 created: dt.datetime) -> None:
        self._zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED,
                                    compresslevel=1)
        self._sheets: list[tuple[str, int]] = []
        self._title = title
        self._subject = subject
        self._created = created
        self.warnings: list[str] = []

    def sheet(self, name: str, setup: PageSetup) -> _SheetContext:
        """A context manager giving the ``SheetStream`` of a new sheet named ``name``."""
        return _SheetContext(self, name, setup)

    def _open_sheet(self, name: str, setup: PageSetup) -> tuple[IO[bytes], SheetStream]:
        number = len(self._sheets) + 1
        handle = self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True)
        self._sheets.append((name, setup.title_rows))
        return handle, SheetStream(handle, name, setup, selected=number == 1)

    def close(self) -> None:
        write = self._zip.writestr
        count = len(self._sheets)
        write("[Content_Types].xml", self._content_types(count))
        write("_rels/.rels", (
            f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL_NS}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>'
        ))
        write("docProps/core.xml", self._core())
        write("docProps/app.xml", (
            f'{_XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/'
            '2006/extended-properties"><Application>evacplan</Application></Properties>'
        ))
        write("xl/workbook.xml", self._workbook())
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL_NS}/worksheet" '
            f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, count + 1)
        )
        write("xl/_rels/workbook.xml.rels", (
            f'{_XML_HEAD}<Relationships xmlns="{_PKG_REL_NS}">{rels}'
            f'<Relationship Id="rId{count + 1}" Type="{_REL_NS}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ))
        write("xl/styles.xml", _STYLES_XML)
        self._zip.close()

    def abort(self) -> None:
        self._zip.close()

    @staticmethod
    def _content_types(count: int) -> str:
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, count + 1)
        )
        return (
            f'{_XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{sheets}"
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/'
            'vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'
        )

    def _core(self) -> str:
        when = self._created.strftime("%Y-%m-%dT%H:%M:%SZ")
        title, _ = cell_text(self._title)
        subject, _ = cell_text(self._subject)
        return (
            f'{_XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:creator>evacplan</dc:creator><dc:title>{escape(title)}</dc:title>"
            f"<dc:subject>{escape(subject)}</dc:subject>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
            "</cp:coreProperties>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f"<sheet name={quoteattr(name)} sheetId=\"{i}\" r:id=\"rId{i}\"/>"
            for i, (name, _) in enumerate(self._sheets, 1)
        )
        titles = "".join(
            f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
            f"{escape(_quoted_sheet(name))}!$1:${rows}</definedName>"
            for i, (name, rows) in enumerate(self._sheets) if rows
        )
        names = f"<definedNames>{titles}</definedNames>" if titles else ""
        return (
            f'{_XML_HEAD}<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{sheets}</sheets>{names}</workbook>"
        )


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


class _SheetContext:
    def __init__(self, book: XlsxStream, name: str, setup: PageSetup) -> None:
        self._book = book
        self._name = name
        self._setup = setup
        self._handle: IO[bytes] | None = None
        self._stream: SheetStream | None = None

    def __enter__(self) -> SheetStream:
        self._handle, self._stream = self._book._open_sheet(self._name, self._setup)
        return self._stream

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        assert self._handle is not None and self._stream is not None
        try:
            if kind is None:
                self._stream.close()
        finally:
            self._handle.close()
        self._book.warnings.extend(self._stream.warnings)
