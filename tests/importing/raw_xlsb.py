"""Excel binary workbooks (.xlsb) written record by record, for the hostile-input tests.

Just what calamine needs to read a sheet: the package's content types and relationships,
``xl/workbook.bin`` with one ``BrtBundleSh`` per sheet, and each sheet's records (MS-XLSB):
an optional dimension record, row headers, and cells of text (``BrtCellSt``) or numbers
(``BrtCellReal``) at any row and column, however far, which is what the tests need.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>
{sheets}
</Types>"""
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.bin" '
               'ContentType="application/vnd.ms-excel.worksheet"/>')
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>
</Relationships>"""
_BOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
{sheets}
</Relationships>"""
_SHEET_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
              '2006/relationships/worksheet" Target="worksheets/sheet{n}.bin"/>')


def _number(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def record(kind: int, data: bytes = b"") -> bytes:
    return _number(kind) + _number(len(data)) + data


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


@dataclass
class XlsbSheet:
    name: str
    #: (row, column, value) from 0; text or a number.
    cells: list[tuple[int, int, str | float]] = field(default_factory=list)
    #: (last row, last column) of the dimension record, from 0; None writes none.
    dimension: tuple[int, int] | None = None

    def rows(self, table: list[list[str | float]]) -> XlsbSheet:
        self.cells += [(r, c, v) for r, row in enumerate(table) for c, v in enumerate(row)]
        return self


def _sheet_bin(sheet: XlsbSheet) -> bytes:
    out = [record(0x81)]
    if sheet.dimension is not None:
        out.append(record(0x94, struct.pack("<4I", 0, sheet.dimension[0], 0,
                                            sheet.dimension[1])))
    out.append(record(0x91))
    by_row: dict[int, list[tuple[int, str | float]]] = {}
    for row, column, value in sheet.cells:
        by_row.setdefault(row, []).append((column, value))
    for row in sorted(by_row):
        out.append(record(0x00, struct.pack("<IIHBBBI", row, 0, 0x012C, 0, 0, 0, 0)
                          + struct.pack("<II", 0, 0)[:0]))
        for column, value in sorted(by_row[row], key=lambda cell: cell[0]):
            head = struct.pack("<II", column, 0)
            if isinstance(value, str):
                out.append(record(0x06, head + _wide(value)))
            else:
                out.append(record(0x05, head + struct.pack("<d", float(value))))
    out += [record(0x92), record(0x82)]
    return b"".join(out)


def write_xlsb(path: Path, sheets: list[XlsbSheet]) -> Path:
    book = [record(0x83), record(0x8F)]
    for number, sheet in enumerate(sheets, start=1):
        book.append(record(0x9C, struct.pack("<II", 0, number) + _wide(f"rId{number}")
                           + _wide(sheet.name)))
    book += [record(0x90), record(0x84)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _TYPES.format(sheets="\n".join(
            _SHEET_TYPE.format(n=n) for n in range(1, len(sheets) + 1))))
        package.writestr("_rels/.rels", _ROOT_RELS)
        package.writestr("xl/_rels/workbook.bin.rels", _BOOK_RELS.format(sheets="\n".join(
            _SHEET_REL.format(n=n) for n in range(1, len(sheets) + 1))))
        package.writestr("xl/workbook.bin", b"".join(book))
        for number, sheet in enumerate(sheets, start=1):
            package.writestr(f"xl/worksheets/sheet{number}.bin", _sheet_bin(sheet))
    return path
