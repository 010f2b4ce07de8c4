"""Old and other workbook formats (.xls, .xlsb, .ods) through python-calamine.

calamine reads a sheet whole, so these files are bounded by size before they are
opened (``limits.MAX_WHOLE_WORKBOOK_BYTES``); .xlsx goes through the streaming reader.
Merged ranges are applied: calamine reports them for .xls, and they are read from the
content of an .ods file here.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
import python_calamine
from defusedxml import DefusedXmlException

from planner.importing import limits
from planner.importing.cells import TOO_LONG, CellValue, Row
from planner.importing.errors import ImportFileError
from planner.importing.sources import SheetSource, WorkbookSource
from planner.spreadsheet_text import unescaped

#: What calamine raises on a file it cannot read: its own errors, and a Rust panic, which
#: reaches Python as pyo3's PanicException (a BaseException, so named here).
_READ_FAILURES: tuple[type[BaseException], ...] = (
    python_calamine.CalamineError, OSError, ValueError, OverflowError, MemoryError,
    *(c for c in BaseException.__subclasses__() if c.__name__ == "PanicException"),
)
FORMAT_NAMES = {"xls": "Excel 97-2003 (.xls)", "xlsb": "Excel binary (.xlsb)",
                "ods": "OpenDocument (.ods)"}


def _cell(value: object) -> CellValue:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return TOO_LONG if len(value) > limits.MAX_CELL_CHARS else unescaped(value)
    if isinstance(value, bool | int | float | dt.datetime | dt.date | dt.time | dt.timedelta):
        return value
    return str(value)


def _problem(path: Path, exc: BaseException) -> ImportFileError:
    if isinstance(exc, python_calamine.PasswordError):
        return ImportFileError(
            f"{path.name} is protected with a password; open it, remove the password "
            "(File > Info > Protect Workbook in Excel) and save it again")
    if isinstance(exc, MemoryError):
        return ImportFileError(f"{path.name} is too large to read in its format; save it as "
                               ".xlsx, which is read without loading it whole")
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ImportFileError(f"{path.name} is damaged or not a workbook we can read ({detail})")


class CalamineSheet(SheetSource):
    def __init__(self, name: str, path: Path, workbook: python_calamine.CalamineWorkbook,
                 index: int, merges: list[Merge] | None = None) -> None:
        super().__init__(name)
        self.path = path
        self.workbook = workbook
        self.index = index
        self.known_merges = merges
        self._fraction = 0.0

    def fraction_read(self) -> float:
        return self._fraction

    def rows(self) -> Iterator[tuple[int, Row]]:
        try:
            sheet = self.workbook.get_sheet_by_index(self.index)
            grid = sheet.to_python(skip_empty_area=False)
            merges = self.known_merges or sheet.merged_cell_ranges or []
        except _READ_FAILURES as exc:
            raise _problem(self.path, exc) from exc
        if len(grid) > limits.MAX_ROWS:
            raise ImportFileError(
                f"{self.path.name}: sheet {self.name!r} has more than {limits.MAX_ROWS:,} rows")
        fills: dict[int, list[tuple[int, int, CellValue]]] = {}
        for (first_row, first_col), (last_row, last_col) in merges:
            if first_row >= len(grid) or first_col >= len(grid[first_row]):
                continue
            value = _cell(grid[first_row][first_col])
            if value is None:
                continue
            for row in range(first_row + 1, min(last_row, len(grid) - 1) + 1):
                fills.setdefault(row, []).append((first_col, last_col, value))
            if last_col > first_col:
                fills.setdefault(first_row, []).append((first_col + 1, last_col, value))
        dropped = 0
        total = max(1, len(grid))
        for index, raw_row in enumerate(grid):
            self._fraction = index / total
            if len(raw_row) > limits.READ_COLUMNS:
                dropped += sum(1 for v in raw_row[limits.READ_COLUMNS:] if v not in (None, ""))
                raw_row = raw_row[: limits.READ_COLUMNS]
            values: Row = [_cell(v) for v in raw_row]
            for first_col, last_col, value in fills.get(index, ()):
                for column in range(first_col, min(last_col, limits.READ_COLUMNS - 1) + 1):
                    if column >= len(values):
                        values.extend([None] * (column + 1 - len(values)))
                    if values[column] is None:
                        values[column] = value
            if any(v is not None for v in values):
                yield index + 1, values
        self._fraction = 1.0
        if dropped:
            self.warnings.append(f"{dropped} cells right of column {limits.READ_COLUMNS} were not read")


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
Merge = tuple[tuple[int, int], tuple[int, int]]


def ods_merges(path: Path) -> dict[str, list[Merge]]:
    """Merged ranges of each sheet of an .ods file (calamine does not report them).

    Cells that start a merged range carry ``number-rows-spanned``/``-columns-spanned``;
    repeated rows and columns only move the position, so a sheet padded with a million
    repeated empty rows costs nothing.
    """
    merges: dict[str, list[Merge]] = {}
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo("content.xml")
            if info.file_size > limits.MAX_PART_BYTES:
                return merges
            with package.open(info) as handle:
                sheet = ""
                row = column = 0
                for event, element in SafeET.iterparse(handle, events=("start", "end")):
                    tag = element.tag
                    if event == "start":
                        if tag == _TABLE + "table":
                            sheet, row = element.get(_TABLE + "name") or "", 0
                        elif tag == _TABLE + "table-row":
                            column = 0
                        continue
                    if tag == _TABLE + "table-row":
                        row += int(element.get(_TABLE + "number-rows-repeated") or 1)
                        element.clear()
                    elif tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                        rows = int(element.get(_TABLE + "number-rows-spanned") or 1)
                        columns = int(element.get(_TABLE + "number-columns-spanned") or 1)
                        if rows > 1 or columns > 1:
                            merges.setdefault(sheet, []).append(
                                ((row, column), (row + rows - 1, column + columns - 1)))
                        column += int(element.get(_TABLE + "number-columns-repeated") or 1)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, ParseError,
            DefusedXmlException):
        return {}  # calamine reports a damaged file by itself
    return merges


def open_with_calamine(path: Path, kind: str) -> WorkbookSource:
    if path.stat().st_size > limits.MAX_WHOLE_WORKBOOK_BYTES:
        raise ImportFileError(
            f"{path.name} is too large for its format ({path.stat().st_size // limits.MEGABYTE} MB); "
            "save it as .xlsx, which is read without loading it whole")
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except _READ_FAILURES as exc:
        raise _problem(path, exc) from exc
    merges = ods_merges(path) if kind == "ods" else {}
    sheets: list[SheetSource] = [CalamineSheet(name, path, workbook, i, merges.get(name))
                                 for i, name in enumerate(names)]
    return WorkbookSource(path=path, format_name=FORMAT_NAMES.get(kind, kind), sheets=sheets)
