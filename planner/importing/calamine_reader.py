"""Old and other workbook formats (.xls, .xlsb, .ods) through python-calamine.

calamine reads a sheet whole, so these files are bounded by size before they are
opened (``limits.MAX_WHOLE_WORKBOOK_BYTES``) and each sheet by its cells
(``limits.MAX_WHOLE_SHEET_CELLS``, from A1 to the last filled cell) before its rows are
turned into Python values, one row at a time. An .ods file can declare a million copies of
a row or a cell in a few bytes (``table:number-rows-repeated``), which calamine would
unfold whole; its content is scanned first, counting what the repeats declare, and a
sheet beyond the limits is refused before calamine sees the file; an .xlsb's cell records
are scanned the same way (``xlsb_dimensions``). .xlsx goes through the
streaming reader. Merged ranges are applied: calamine reports them for .xls, and they are
read from the content of an .ods file here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import pickle
import struct
import subprocess
import sys
import weakref
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
import python_calamine
from defusedxml import DefusedXmlException
from openpyxl.utils import get_column_letter

from planner.importing import calamine_worker, limits
from planner.importing.cells import TOO_LONG, CellValue, Row
from planner.importing.errors import ImportFileError
from planner.importing.sources import SheetSource, WorkbookSource
from planner.importing.xlsb_dimensions import check_cells, check_xlsb
from planner.spreadsheet_text import unescaped
from solvers.reasons import Reason

log = logging.getLogger(__name__)

#: What calamine raises on a file it cannot read: its own errors, and a Rust panic, which
#: reaches Python as pyo3's PanicException (a BaseException, so named here).
_READ_FAILURES: tuple[type[BaseException], ...] = (
    python_calamine.CalamineError, OSError, ValueError, OverflowError, MemoryError,
    EOFError, pickle.UnpicklingError,
    *(c for c in BaseException.__subclasses__() if c.__name__ == "PanicException"),
)
try:
    import resource  # noqa: F401 - the worker's limit needs it (not on Windows)
    resource_available = True
except ImportError:
    resource_available = False
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
        return ImportFileError("file_encrypted", file=path.name)
    if isinstance(exc, MemoryError):
        return ImportFileError("file_too_large_for_format", file=path.name)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ImportFileError("workbook_unreadable", file=path.name, detail=detail)


class CalamineSheet(SheetSource):
    def __init__(self, name: str, path: Path, workbook: SheetOpener,
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
            found, height, width, raw_rows = self.workbook.open_sheet(self.index)
            merges = self.known_merges or found
        except _READ_FAILURES as exc:
            raise _problem(self.path, exc) from exc
        if height > limits.MAX_ROWS:
            raise ImportFileError("sheet_too_many_rows", file=self.path.name, sheet=self.name,
                                  max_rows=limits.MAX_ROWS)
        check_cells(self.path.name, self.name, height, width)
        starting: dict[int, list[Merge]] = {}
        for merge in merges:
            starting.setdefault(merge[0][0], []).append(merge)
        #: (first column, last column, value, last row) of merged ranges still open.
        active: list[tuple[int, int, CellValue, int]] = []
        dropped = 0
        total = max(1, height)
        try:
            for index, raw_row in enumerate(raw_rows):
                self._fraction = index / total
                if len(raw_row) > limits.READ_COLUMNS:
                    dropped += sum(1 for v in raw_row[limits.READ_COLUMNS:] if v not in (None, ""))
                    raw_row = raw_row[: limits.READ_COLUMNS]
                values: Row = [_cell(v) for v in raw_row]
                if active:
                    active = [m for m in active if m[3] >= index]
                    _fill(values, active)
                for (_, first_col), (last_row, last_col) in starting.pop(index, ()):
                    value = values[first_col] if first_col < len(values) else None
                    if value is None:
                        continue
                    _fill(values, [(first_col + 1, last_col, value, index)])
                    if last_row > index:
                        active.append((first_col, last_col, value, last_row))
                if any(v is not None for v in values):
                    yield index + 1, values
        except _READ_FAILURES as exc:
            raise _problem(self.path, exc) from exc
        self._fraction = 1.0
        if dropped:
            self.warnings.append(Reason("cells_not_read", {
                "count": dropped, "column": get_column_letter(limits.READ_COLUMNS)}))


def _fill(values: Row, merges: list[tuple[int, int, CellValue, int]]) -> None:
    """Give the blank cells of ``values`` that merged ranges cover the range's value."""
    for first_col, last_col, value, _ in merges:
        for column in range(first_col, min(last_col, limits.READ_COLUMNS - 1) + 1):
            if column >= len(values):
                values.extend([None] * (column + 1 - len(values)))
            if values[column] is None:
                values[column] = value


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
Merge = tuple[tuple[int, int], tuple[int, int]]


_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def ods_merges(path: Path) -> dict[str, list[Merge]]:
    """Merged ranges of each sheet of an .ods file (calamine does not report them), after
    checking what each sheet declares against the cells limit.

    Cells that start a merged range carry ``number-rows-spanned``/``-columns-spanned``;
    repeated rows and columns move the position, and count as rows and columns of the sheet
    only up to its last filled cell: a sheet padded with a million repeated empty rows
    costs nothing, a filled row repeated a million times is refused here, before calamine
    would unfold it.
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
                #: Extent of the current sheet's filled cells: rows and columns.
                filled_rows = filled_columns = row_filled_to = 0
                for event, element in SafeET.iterparse(handle, events=("start", "end")):
                    tag = element.tag
                    if event == "start":
                        if tag == _TABLE + "table":
                            sheet, row = element.get(_TABLE + "name") or "", 0
                            filled_rows = filled_columns = 0
                        elif tag == _TABLE + "table-row":
                            column = row_filled_to = 0
                        continue
                    if tag == _TABLE + "table-row":
                        repeat = _count(element, "number-rows-repeated")
                        if row_filled_to:
                            filled_rows = row + repeat
                            filled_columns = max(filled_columns, row_filled_to)
                            check_cells(path.name, sheet, filled_rows, filled_columns,
                                        "declared")
                        row += repeat
                        element.clear()
                    elif tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                        rows = _count(element, "number-rows-spanned")
                        columns = _count(element, "number-columns-spanned")
                        if rows > 1 or columns > 1:
                            merges.setdefault(sheet, []).append(
                                ((row, column), (row + rows - 1, column + columns - 1)))
                        column += _count(element, "number-columns-repeated")
                        if element.get(_OFFICE + "value-type") is not None or len(element):
                            row_filled_to = column
                            if column > limits.MAX_COLUMNS:
                                check_cells(path.name, sheet, row + 1, column, "declared")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, ParseError,
            DefusedXmlException):
        return {}  # calamine reports a damaged file by itself
    return merges


def _count(element: Element, attribute: str) -> int:
    """A repeat or span attribute of an .ods element: 1 when absent or not a count."""
    text = element.get(_TABLE + attribute)
    if text is None:
        return 1
    try:
        return max(1, int(text))
    except ValueError:
        return 1


class SheetOpener(Protocol):
    """Opens sheet ``index`` of a workbook: its merged ranges, height, width and rows."""

    def open_sheet(self, index: int) -> tuple[list[Merge], int, int, Iterator[list[Any]]]: ...


class _InProcess:
    """calamine in this process (where there is no address-space limit: Windows)."""

    def __init__(self, workbook: python_calamine.CalamineWorkbook) -> None:
        self.workbook = workbook

    def open_sheet(self, index: int) -> tuple[list[Merge], int, int, Iterator[list[Any]]]:
        sheet = self.workbook.get_sheet_by_index(index)
        return list(sheet.merged_cell_ranges or []), sheet.height, sheet.width, \
            sheet.iter_rows()


class _WorkerFailed(ValueError):
    """The child that reads the workbook failed; the message says how, for ``_problem``."""


class _Worker:
    """calamine in a child process with an address-space limit (``calamine_worker``).

    One child per workbook, asked for one sheet at a time; a sheet left unread halfway
    (refused by its dimensions) costs the child, and the next sheet starts a new one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.child: subprocess.Popen[bytes] | None = None
        self.names: list[str] = []
        self._start()

    def _start(self) -> None:
        self.close()
        self.child = subprocess.Popen(
            [sys.executable, "-I", str(Path(calamine_worker.__file__)), str(self.path),
             str(limits.WORKER_ADDRESS_SPACE_BYTES)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._finalizer = weakref.finalize(self, _end_child, self.child)
        self.names = self._expect("sheets")[1]
        self._busy = False

    def _receive(self) -> tuple[Any, ...]:
        assert self.child is not None and self.child.stdout is not None
        head = self.child.stdout.read(8)
        if len(head) < 8:
            code = self.child.wait()
            raise self._died(code)
        (size,) = struct.unpack("<Q", head)
        message: tuple[Any, ...] = pickle.loads(self.child.stdout.read(size))  # noqa: S301 - our own child
        if message[0] == "memory":
            raise self._died(None)
        if message[0] == "error":
            if message[1] == "PasswordError":
                raise python_calamine.PasswordError(message[2])
            raise _WorkerFailed(message[2] or message[1])
        return message

    def _died(self, code: int | None) -> ImportFileError:
        """The child ran out of its address space (an allocation failed and Rust aborts,
        or Python raised MemoryError), or was killed: either way the file was not read."""
        limit = limits.WORKER_ADDRESS_SPACE_BYTES // limits.MEGABYTE
        log.info("calamine worker for a workbook ended (code %s)", code)
        return ImportFileError("file_needs_memory", file=self.path.name, limit_mb=limit)

    def _expect(self, kind: str) -> tuple[Any, ...]:
        message = self._receive()
        if message[0] != kind:
            raise _WorkerFailed(f"the reader answered {message[0]!r} for {kind!r}")
        return message

    def open_sheet(self, index: int) -> tuple[list[Merge], int, int, Iterator[list[Any]]]:
        if self._busy:
            self._start()
        assert self.child is not None and self.child.stdin is not None
        self.child.stdin.write(f"{index}\n".encode())
        self.child.stdin.flush()
        _, height, width, merges = self._expect("sheet")
        self._busy = True
        ranges: list[Merge] = [((int(a), int(b)), (int(c), int(d))) for (a, b), (c, d) in merges]
        return ranges, height, width, self._rows()

    def _rows(self) -> Iterator[list[Any]]:
        while True:
            message = self._receive()
            if message[0] == "end":
                self._busy = False
                return
            yield from message[1]

    def close(self) -> None:
        if self.child is not None:
            self._finalizer()
            self.child = None


def _end_child(child: subprocess.Popen[bytes]) -> None:
    for stream in (child.stdin, child.stdout):
        with contextlib.suppress(OSError):
            if stream is not None:
                stream.close()
    if child.poll() is None:
        child.kill()
    child.wait()


def _use_worker() -> bool:
    return resource_available and limits.WORKER_ADDRESS_SPACE_BYTES > 0


def open_with_calamine(path: Path, kind: str) -> WorkbookSource:
    if path.stat().st_size > limits.MAX_WHOLE_WORKBOOK_BYTES:
        raise ImportFileError("file_too_large_for_format_mb", file=path.name,
                              size_mb=path.stat().st_size // limits.MEGABYTE)
    merges = ods_merges(path) if kind == "ods" else {}  # first: it refuses sheets too big
    if kind == "xlsb":
        check_xlsb(path)  # so does this: calamine would unfold a far cell whole
    opener: SheetOpener
    try:
        if _use_worker():
            worker = _Worker(path)
            opener, names = worker, worker.names
        else:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
            opener, names = _InProcess(workbook), list(workbook.sheet_names)
    except _READ_FAILURES as exc:
        raise _problem(path, exc) from exc
    sheets: list[SheetSource] = [CalamineSheet(name, path, opener, i, merges.get(name))
                                 for i, name in enumerate(names)]
    return _CalamineBook(path=path, format_name=FORMAT_NAMES.get(kind, kind), sheets=sheets,
                         opener=opener)


class _CalamineBook(WorkbookSource):
    """A workbook read through calamine: closing it ends its reading child, if any."""

    def __init__(self, path: Path, format_name: str, sheets: list[SheetSource],
                 opener: SheetOpener) -> None:
        super().__init__(path=path, format_name=format_name, sheets=sheets)
        self.opener = opener

    def close(self) -> None:
        super().close()
        if isinstance(self.opener, _Worker):
            self.opener.close()
