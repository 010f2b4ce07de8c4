"""A streaming reader of .xlsx/.xlsm workbooks that keeps memory flat and refuses bombs.

Why not openpyxl's read-only mode: it cannot tell a formula without a saved result from
a blank cell, does not report merged cells, and was too slow for a 100,000-person roster
on the machines embassies have. This reader walks the sheet's XML in slices of complete
rows. The rows almost every program writes (``<c r="B7" s="3" t="s"><v>12</v></c>``) are
picked out by one regular expression; any row with anything else in it (formulas, inline
or rich text, CDATA, prefixes, unusual attribute order) is parsed as XML with the
standard library, so speed never costs correctness.

Safety: the package is checked before anything is unpacked (declared sizes, compression
ratios, part count); small parts are parsed with defusedxml; large parts may not carry a
document type declaration, so no entity can ever be expanded; rows, columns and cell
lengths are bounded (see ``limits``).
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

from planner.importing import limits
from planner.importing.cells import (
    FORMULA_WITHOUT_VALUE,
    TOO_LONG,
    CellValue,
    Row,
    UnusableCell,
    error_cell,
)
from planner.importing.errors import ImportFileError
from planner.importing.excel_dates import from_serial
from planner.importing.sources import SheetSource, WorkbookSource
from planner.importing.values import parse_iso_moment

CHUNK_BYTES = 1 << 20
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
#: Built-in number formats that show dates in some locale but are not in openpyxl's table.
_LOCALE_DATE_FORMAT_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))

_ROW = re.compile(r"<(?:[\w.-]+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:[\w.-]+:)?row>)", re.S)
_ROW_NUMBER = re.compile(r'\br\s*=\s*["\'](\d+)["\']')
_FAST_CELL = re.compile(
    r'<c r="([A-Z]{1,3})(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?\s*(?:/>|>(?:<v>([^<&]*)</v>)?</c>)'
)
_SI = re.compile(r"<(?:[\w.-]+:)?si\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?si>)", re.S)
_FAST_SI = re.compile(r'<t(?: xml:space="preserve")?>([^<]*)</t>')
_MERGE = re.compile(rb'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["\']([A-Za-z]+\d+):([A-Za-z]+\d+)["\']')
_ESCAPED_CHAR = re.compile(r"_x([0-9A-Fa-f]{4})_")
_XML_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_REF = re.compile(r"([A-Za-z]{1,3})(\d+)")
_XMLNS = re.compile(r'\sxmlns(?::[\w.-]+)?\s*=\s*"[^"]*"')


def local(tag: str) -> str:
    """The local name of an ElementTree tag or attribute (no namespace)."""
    return tag.rsplit("}", 1)[-1]


def column_index(letters: str) -> int:
    """0 for A, 25 for Z, 26 for AA."""
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


def _unescape_xml(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _ENTITIES[name]

    return _XML_ENTITY.sub(replace, text)


def decode_escapes(text: str) -> str:
    """Undo OOXML's ``_xHHHH_`` escapes of characters XML cannot carry (``_x000D_``)."""
    if "_x" not in text:
        return text
    return _ESCAPED_CHAR.sub(lambda m: chr(int(m.group(1), 16)), text)


def _checked_text(text: str) -> CellValue:
    text = decode_escapes(text)
    return TOO_LONG if len(text) > limits.MAX_CELL_CHARS else text


def _rich_text(element: Element) -> str:
    """Text of an ``<si>`` or ``<is>``: its ``<t>`` runs, without phonetic guides."""
    parts: list[str] = []
    for child in element:
        name = local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if local(t.tag) == "t")
    return "".join(parts)


def _part_key(name: str) -> str:
    return name.replace("\\", "/").lstrip("/").lower()


class _Package:
    """The zip container, checked once, with case-insensitive part names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportFileError(
                f"{path.name} is damaged: it is not a readable workbook package ({exc})"
            ) from exc
        # Some writers put Windows separators in part names (xl\\workbook.xml).
        self.parts = {_part_key(info.filename): info for info in self.zip.infolist()}
        self._check_sizes()

    def _check_sizes(self) -> None:
        name = self.path.name
        if len(self.parts) > 100_000:
            raise ImportFileError(f"{name} has {len(self.parts)} parts: not a workbook we can read")
        total = 0
        for info in self.parts.values():
            total += info.file_size
            if info.file_size > limits.RATIO_CHECK_FROM_BYTES and (
                info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            ):
                raise ImportFileError(
                    f"{name} looks like a compression bomb: its part {info.filename} unpacks "
                    f"to {info.file_size // limits.MEGABYTE} MB from "
                    f"{max(info.compress_size, 1) // 1024 + 1} KB"
                )
            if info.file_size > limits.MAX_PART_BYTES:
                raise ImportFileError(
                    f"{name} is too large to import: its part {info.filename} unpacks to "
                    f"{info.file_size // limits.MEGABYTE} MB"
                )
        if total > limits.MAX_PACKAGE_BYTES:
            raise ImportFileError(
                f"{name} is too large to import: it unpacks to {total // limits.MEGABYTE} MB"
            )

    def info(self, part: str) -> zipfile.ZipInfo | None:
        return self.parts.get(_part_key(part))

    def open(self, part: str) -> IO[bytes]:
        info = self.info(part)
        if info is None:
            raise ImportFileError(f"{self.path.name} is damaged: the part {part} is missing")
        try:
            return self.zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            raise ImportFileError(f"{self.path.name} is damaged: cannot open {part} ({exc})") from exc

    def small_xml(self, part: str) -> Element | None:
        """A small part parsed safely; None if absent."""
        info = self.info(part)
        if info is None:
            return None
        if info.file_size > limits.MAX_SMALL_PART_BYTES:
            raise ImportFileError(
                f"{self.path.name} is not a workbook we can read: its part {part} is "
                f"{info.file_size // limits.MEGABYTE} MB"
            )
        try:
            with self.open(part) as handle:
                data = handle.read(limits.MAX_SMALL_PART_BYTES + 1)
            return SafeET.fromstring(data)
        except DefusedXmlException as exc:
            raise ImportFileError(
                f"{self.path.name} was refused: its part {part} declares XML entities or a "
                "document type, which workbooks never need (a known attack)"
            ) from exc
        except (ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ImportFileError(f"{self.path.name} is damaged: {part} cannot be read ({exc})") from exc

    def stream(self, part: str) -> Iterator[bytes]:
        """The unpacked bytes of a part in chunks, refusing document type declarations."""
        tail = b""
        try:
            with self.open(part) as handle:
                while True:
                    chunk = handle.read(CHUNK_BYTES)
                    if not chunk:
                        return
                    probe = tail + chunk
                    if any(marker in probe for marker in _DTD_MARKERS):
                        raise ImportFileError(
                            f"{self.path.name} was refused: its part {part} declares a document "
                            "type or entities, which workbooks never need (a known attack)"
                        )
                    tail = chunk[-16:]
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise ImportFileError(f"{self.path.name} is damaged: {part} cannot be read ({exc})") from exc

    def close(self) -> None:
        self.zip.close()


def _relationships(package: _Package, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type suffix, target part) for ``part``."""
    folder, name = posixpath.split(part)
    rels = package.small_xml(posixpath.join(folder, "_rels", name + ".rels"))
    found: dict[str, tuple[str, str]] = {}
    if rels is None:
        return found
    for rel in rels:
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External":
            continue
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        if target.startswith("/"):
            resolved = target.lstrip("/")
        else:
            resolved = posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id") or ""] = (kind, resolved)
    return found


@dataclass
class _Styles:
    date_styles: frozenset[int] = frozenset()


def _read_styles(package: _Package, part: str | None) -> _Styles:
    root = package.small_xml(part) if part else None
    if root is None:
        return _Styles()
    custom: dict[int, str] = {}
    cell_xfs: list[int] = []
    for child in root:
        name = local(child.tag)
        if name == "numFmts":
            for fmt in child:
                try:
                    custom[int(fmt.get("numFmtId") or "")] = fmt.get("formatCode") or ""
                except ValueError:
                    continue
        elif name == "cellXfs":
            for xf in child:
                try:
                    cell_xfs.append(int(xf.get("numFmtId") or 0))
                except ValueError:
                    cell_xfs.append(0)
    dates: set[int] = set()
    for index, fmt_id in enumerate(cell_xfs):
        code = custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id))
        if fmt_id in _LOCALE_DATE_FORMAT_IDS or (code is not None and is_date_format(code)):
            dates.add(index)
    return _Styles(frozenset(dates))


def _decoded(chunks: Iterator[bytes]) -> Iterator[str]:
    """Text of an XML part in UTF-8 or UTF-16 (the two encodings OOXML allows)."""
    first = next(chunks, b"")
    encoding = "utf-16" if first[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    yield decoder.decode(first)
    for chunk in chunks:
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


class _ElementSlicer:
    """Cuts a stream of XML text into runs of complete ``<name>`` elements.

    ``container`` is the element that holds them (``sheetData``, ``sst``); the text before
    its start tag is kept as ``head`` (for its namespace declarations).
    """

    def __init__(self, container: str, element: str, part: str, file_name: str) -> None:
        self.container = container
        self.element = element
        self.part = part
        self.file_name = file_name
        self.head = ""
        self.namespaces = ""

    def slices(self, texts: Iterator[str]) -> Iterator[str]:
        buffer = ""
        opened = False
        close_tag = ""
        starts: tuple[str, str] = ("", "")
        for text in texts:
            buffer += text
            if not opened:
                found = re.search(rf"<([\w.-]+:)?{self.container}\b[^>]*?(/?)>", buffer)
                if found is None:
                    if len(buffer) > limits.MAX_ROW_XML_BYTES:
                        self._damaged(f"no <{self.container}> element")
                    continue
                prefix = found.group(1) or ""
                self.head = buffer[: found.end()]
                self.namespaces = " ".join(m.group(0).strip() for m in _XMLNS.finditer(self.head))
                if found.group(2) == "/":
                    return
                opened = True
                close_tag = f"</{prefix}{self.container}>"
                starts = (f"<{prefix}{self.element} ", f"<{prefix}{self.element}>")
                buffer = buffer[found.end():]
            end = buffer.find(close_tag)
            if end >= 0:
                if buffer[:end].strip():
                    yield buffer[:end]
                return
            cut = max(buffer.rfind(starts[0]), buffer.rfind(starts[1]))
            if cut > 0:
                yield buffer[:cut]
                buffer = buffer[cut:]
            elif len(buffer) > limits.MAX_ROW_XML_BYTES:
                self._damaged(f"one <{self.element}> is larger than {limits.MAX_ROW_XML_BYTES // limits.MEGABYTE} MB")
        if opened:
            self._damaged(f"it ends inside <{self.container}>")

    def _damaged(self, why: str) -> None:
        raise ImportFileError(f"{self.file_name} is damaged: {self.part}: {why}")

    def parse(self, fragment: str) -> Element:
        """One element's XML parsed on its own, with the namespaces of the part."""
        wrapped = f"<wrap {self.namespaces}>{fragment}</wrap>"
        try:
            return SafeET.fromstring(wrapped)[0]
        except (ParseError, DefusedXmlException, IndexError) as exc:
            raise ImportFileError(
                f"{self.file_name} is damaged: {self.part} holds XML that cannot be read ({exc})"
            ) from exc


def _read_shared_strings(package: _Package, part: str | None) -> list[CellValue]:
    if not part or package.info(part) is None:
        return []
    info = package.info(part)
    assert info is not None
    if info.file_size > limits.MAX_SHARED_STRINGS_BYTES:
        raise ImportFileError(
            f"{package.path.name} is too large to import: its shared text table unpacks to "
            f"{info.file_size // limits.MEGABYTE} MB"
        )
    slicer = _ElementSlicer("sst", "si", part, package.path.name)
    strings: list[CellValue] = []
    for text in slicer.slices(_decoded(package.stream(part))):
        for match in _SI.finditer(text):
            inner = match.group(1)
            if inner is None:
                strings.append("")
                continue
            fast = _FAST_SI.fullmatch(inner)
            if fast is not None:
                value = fast.group(1)
                strings.append(_checked_text(_unescape_xml(value) if "&" in value else value))
            else:
                strings.append(_checked_text(_rich_text(slicer.parse(match.group(0)))))
    return strings


@dataclass
class _Merge:
    first_row: int
    last_row: int
    first_col: int
    last_col: int
    value: CellValue = None


class XlsxSheet(SheetSource):
    """One worksheet of an .xlsx package, read as a stream of rows."""

    def __init__(self, name: str, package: _Package, part: str, shared: list[CellValue],
                 date_styles: frozenset[int], date1904: bool) -> None:
        super().__init__(name)
        self.package = package
        self.part = part
        self.shared = shared
        self.date_styles = date_styles
        self.date1904 = date1904
        self._read = 0
        self._size = 1
        self._dropped_columns = 0

    def fraction_read(self) -> float:
        return min(1.0, self._read / self._size)

    def _merges(self) -> list[_Merge]:
        merges: list[_Merge] = []
        tail = b""
        for chunk in self.package.stream(self.part):
            probe = tail + chunk
            if b"mergeCell" in probe:
                for match in _MERGE.finditer(probe):
                    first, last = _REF.fullmatch(match.group(1).decode()), _REF.fullmatch(
                        match.group(2).decode()
                    )
                    if first is None or last is None:
                        continue
                    merge = _Merge(
                        int(first.group(2)), int(last.group(2)),
                        column_index(first.group(1)), column_index(last.group(1)),
                    )
                    if merge.first_row <= merge.last_row and merge.first_col <= merge.last_col:
                        merges.append(merge)
            tail = chunk[-512:]
        # A tag cut between two chunks is seen twice (once per probe): keep each range once.
        unique = {(m.first_row, m.last_row, m.first_col, m.last_col): m for m in merges}
        return sorted(unique.values(), key=lambda m: m.first_row)

    def _convert(self, kind: str | None, style: str | None, text: str) -> CellValue:
        if kind is None or kind == "n":
            if not text:
                return None
            try:
                number: float | int = float(text) if ("." in text or "E" in text or "e" in text) \
                    else int(text)
            except ValueError:
                return UnusableCell("not a number although stored as one", text)
            if style and style.isdigit() and int(style) in self.date_styles:
                moment = from_serial(float(number), self.date1904)
                return moment if moment is not None else number
            return number
        if kind == "s":
            try:
                return self.shared[int(text)]
            except (ValueError, IndexError):
                return UnusableCell("refers to text missing from the file (damaged)", text)
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "e":
            return error_cell(text)
        if kind == "d":
            moment = parse_iso_moment(text)
            return moment if moment is not None else text
        return _checked_text(text) if text else None  # str, inlineStr in fast form

    def _slow_row(self, element: Element, values: Row) -> int:
        """Fill ``values`` from a parsed ``<row>``; return the number of cells dropped."""
        column = -1
        dropped = 0
        for cell in element:
            if local(cell.tag) != "c":
                continue
            ref = cell.get("r")
            found = _REF.fullmatch(ref) if ref else None
            column = column_index(found.group(1)) if found else column + 1
            if column >= limits.READ_COLUMNS:
                dropped += 1
                continue
            kind = cell.get("t")
            value_el = formula = inline = None
            for child in cell:
                name = local(child.tag)
                if name == "v":
                    value_el = child
                elif name == "f":
                    formula = child
                elif name == "is":
                    inline = child
            value: CellValue
            if kind == "inlineStr" and inline is not None:
                value = _checked_text(_rich_text(inline))
                value = None if value == "" else value
            elif value_el is None:
                value = FORMULA_WITHOUT_VALUE if formula is not None else None
            else:
                value = self._convert(kind, cell.get("s"), value_el.text or "")
            _put(values, column, value)
        return dropped

    def rows(self) -> Iterator[tuple[int, Row]]:
        info = self.package.info(self.part)
        self._size = max(1, info.file_size if info else 1)
        merges = self._merges()
        pending = 0
        active: list[_Merge] = []
        slicer = _ElementSlicer("sheetData", "row", self.part, self.package.path.name)
        shared = self.shared
        date_styles = self.date_styles
        last_number = 0

        def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
            for chunk in chunks:
                self._read += len(chunk)
                yield chunk

        for text in slicer.slices(_decoded(counted(self.package.stream(self.part)))):
            for match in _ROW.finditer(text):
                attrs, body = match.group(1), match.group(2)
                found = _ROW_NUMBER.search(attrs)
                number = int(found.group(1)) if found else last_number + 1
                if number > limits.MAX_ROWS or number < 1:
                    raise ImportFileError(
                        f"{self.package.path.name} is damaged: sheet {self.name!r} has a row "
                        f"numbered {number}, beyond the {limits.MAX_ROWS:,} rows a sheet can have"
                    )
                last_number = number
                values: Row = []
                if body:
                    cells = _FAST_CELL.findall(body)
                    if len(cells) == body.count("<c ") + body.count("<c>") + body.count("<c/>"):
                        for letters, _, style, kind, raw in cells:
                            column = column_index(letters)
                            if column >= limits.READ_COLUMNS:
                                self._dropped_columns += 1
                                continue
                            if not raw:
                                continue
                            if kind == "s":
                                try:
                                    value: CellValue = shared[int(raw)]
                                except IndexError:
                                    value = UnusableCell(
                                        "refers to text missing from the file (damaged)", raw)
                            elif not kind and (not style or int(style) not in date_styles):  # fast
                                try:
                                    value = float(raw) if ("." in raw or "E" in raw or "e" in raw) \
                                        else int(raw)
                                except ValueError:
                                    value = self._convert(None, None, raw)
                            else:
                                value = self._convert(kind or None, style or None, raw)
                            _put(values, column, value)
                    else:
                        self._dropped_columns += self._slow_row(slicer.parse(match.group(0)), values)
                while pending < len(merges) and merges[pending].first_row <= number:
                    merge = merges[pending]
                    pending += 1
                    if merge.first_row == number and merge.first_col < len(values):
                        merge.value = values[merge.first_col]
                    if merge.value is not None and merge.last_row >= number:
                        active.append(merge)
                if active:
                    active = [m for m in active if m.last_row >= number]
                    if values:
                        for merge in active:
                            for column in range(merge.first_col,
                                                min(merge.last_col, limits.READ_COLUMNS - 1) + 1):
                                if column >= len(values) or values[column] is None:
                                    _put(values, column, merge.value)
                if values:
                    yield number, values
        if self._dropped_columns:
            self.warnings.append(
                f"{self._dropped_columns} cells right of column "
                f"{_letters(limits.READ_COLUMNS - 1)} were not read"
            )

    def close(self) -> None:
        self.package.close()


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _put(values: Row, column: int, value: CellValue) -> None:
    if column >= len(values):
        if value is None:
            return
        values.extend([None] * (column + 1 - len(values)))
    values[column] = value


def open_xlsx(path: Path) -> WorkbookSource:
    """Open an .xlsx/.xlsm workbook; its sheets stream rows when read."""
    package = _Package(path)
    try:
        root_rels = _relationships(package, "")
        workbook_part = next(
            (target for kind, target in root_rels.values() if kind == "officeDocument"),
            "xl/workbook.xml",
        )
        workbook = package.small_xml(workbook_part)
        if workbook is None:
            raise ImportFileError(f"{path.name} is not a workbook: it has no workbook part")
        rels = _relationships(package, workbook_part)
        date1904 = False
        sheets: list[tuple[str, str]] = []
        for child in workbook:
            name = local(child.tag)
            if name == "workbookPr":
                date1904 = (child.get("date1904") or "").lower() in ("1", "true")
            elif name == "sheets":
                for sheet in child:
                    rel_id = next((v for k, v in sheet.attrib.items() if local(k) == "id"), "")
                    kind, target = rels.get(rel_id, ("", ""))
                    if kind == "worksheet" and package.info(target) is not None:
                        sheets.append((sheet.get("name") or target, target))
        by_kind = {kind: target for kind, target in rels.values()}
        shared = _read_shared_strings(package, by_kind.get("sharedStrings"))
        styles = _read_styles(package, by_kind.get("styles"))
    except BaseException:
        package.close()
        raise
    sources: list[SheetSource] = [
        XlsxSheet(name=name, package=package, part=part, shared=shared,
                  date_styles=styles.date_styles, date1904=date1904)
        for name, part in sheets
    ]
    if not sources:
        package.close()
    return WorkbookSource(path=path, format_name="xlsx", sheets=sources)
