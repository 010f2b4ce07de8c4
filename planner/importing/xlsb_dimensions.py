"""What each sheet of an Excel binary workbook (.xlsb) declares, checked before calamine
reads it (issue 18).

``check_cells`` is the bound of every sheet read whole (.xls, .xlsb, .ods), used by
``calamine_reader`` too. calamine holds a sheet whole, from A1 to its last cell; a few bytes of .xlsb can name a
cell at row 1,000,000 and column 16,000, or declare such a sheet in its dimension record,
and calamine would then unfold billions of cells. The sheet parts are streams of records
(MS-XLSB 2.1.4): a type and a size, each a little-endian base-128 number, then the data.
This scan reads each sheet's row headers (``BrtRowHdr``: the row) and its cell records
(the column comes first), and refuses a sheet whose cells reach past the cells limit of
every sheet read whole, naming the sheet. Nothing of the cells' values is read. The
dimension record (``BrtWsDim``) is not trusted either way: calamine needs one but sizes
the sheet by its cells (a 1.3 KB file whose dimension says 16 billion cells reads in
0.1 s; one whose single far cell says so aborts calamine at 3 GB).
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from planner.importing import limits
from planner.importing.errors import ImportFileError

_ROW_HEADER = 0x0000
_BUNDLE_SHEET = 0x009C
#: Cell records (BrtCellBlank excluded: formatting only); each begins with its column.
_CELLS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 62})
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _number(stream: IO[bytes], most: int) -> int | None:
    """A base-128 little-endian number of at most ``most`` bytes; None at the end."""
    value = 0
    for index in range(most):
        byte = stream.read(1)
        if not byte:
            return None
        value |= (byte[0] & 0x7F) << (7 * index)
        if not byte[0] & 0x80:
            break
    return value


def records(stream: IO[bytes], wanted: frozenset[int]) -> Iterator[tuple[int, bytes]]:
    """(type, data) of the records whose type is in ``wanted``; the data of others is
    skipped unread. A record cut short ends the stream: calamine reports the damage."""
    while True:
        kind = _number(stream, 2)
        size = _number(stream, 4)
        if kind is None or size is None:
            return
        if kind in wanted:
            data = stream.read(size)
            if len(data) < size:
                return
            yield kind, data
        else:
            left = size
            while left > 0:
                skipped = len(stream.read(min(left, 1 << 16)))
                if not skipped:
                    return
                left -= skipped


def _wide_string(data: bytes, offset: int) -> tuple[str, int]:
    (length,) = struct.unpack_from("<I", data, offset)
    offset += 4
    if length == 0xFFFFFFFF:
        return "", offset
    end = offset + 2 * length
    return data[offset:end].decode("utf-16-le", "replace"), end


def _sheet_parts(package: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part name) of each sheet the workbook lists."""
    with package.open("xl/_rels/workbook.bin.rels") as handle:
        targets = {rel.get("Id"): rel.get("Target") or ""
                   for rel in SafeET.parse(handle).getroot().iter(_RELATIONSHIPS + "Relationship")}
    found: list[tuple[str, str]] = []
    with package.open("xl/workbook.bin") as handle:
        for _kind, data in records(handle, frozenset({_BUNDLE_SHEET})):
            try:
                relation, offset = _wide_string(data, 8)
                name, _ = _wide_string(data, offset)
            except struct.error:
                continue
            target = targets.get(relation)
            if target:
                part = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join("xl", target))
                found.append((name, part))
    return found


def sheet_extent(stream: IO[bytes]) -> tuple[int, int]:
    """(rows, columns) the sheet's cells reach, counted from A1."""
    rows = columns = row = 0
    for kind, data in records(stream, _CELLS | {_ROW_HEADER}):
        if len(data) < 4:
            continue
        (number,) = struct.unpack_from("<I", data)
        if kind == _ROW_HEADER:
            row = number
        else:
            rows, columns = max(rows, row + 1), max(columns, number + 1)
    return rows, columns


def check_cells(file_name: str, sheet: str, rows: int, columns: int, how: str = "") -> None:
    """Refuse a sheet read whole whose rows times columns exceed the cells limit; ``how``
    says where the extent was read: "" (the sheet has them), "declared" (with repeated rows
    or columns), "reaching" (its cells reach that far)."""
    if rows * columns <= limits.MAX_WHOLE_SHEET_CELLS and rows <= limits.MAX_ROWS \
            and columns <= limits.MAX_COLUMNS:
        return
    raise ImportFileError("sheet_too_many_cells", file=file_name, sheet=sheet, how=how,
                          rows=rows, columns=columns, cells=rows * columns,
                          max_cells=limits.MAX_WHOLE_SHEET_CELLS, max_rows=limits.MAX_ROWS,
                          max_columns=limits.MAX_COLUMNS)


def check_xlsb(path: Path) -> None:
    """Refuse an .xlsb whose sheet's cells reach further than a sheet read whole may
    hold (``check_cells``). A package this cannot read is left to
    calamine, which says what is wrong with it."""
    try:
        with zipfile.ZipFile(path) as package:
            for name, part in _sheet_parts(package):
                try:
                    info = package.getinfo(part)
                except KeyError:
                    continue
                if info.file_size > limits.MAX_PART_BYTES:
                    raise ImportFileError("sheet_part_too_large", file=path.name, sheet=name,
                                          size_mb=info.file_size // limits.MEGABYTE)
                with package.open(info) as handle:
                    rows, columns = sheet_extent(handle)
                check_cells(path.name, name, rows, columns, "reaching")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, ParseError,
            DefusedXmlException):
        return
