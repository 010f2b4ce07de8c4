"""The .xlsx package: a zip of XML parts, checked and read safely.

Before anything is unpacked the package is checked: declared part sizes, compression
ratios, the number of parts. Small parts (workbook, relationships, styles) are parsed
with defusedxml; large parts (sheets, shared strings) are streamed in slices and may not
carry a document type declaration, so no entity can ever be expanded. Part names are
compared case-insensitively and with either slash, as Excel does.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils.cell import column_index_from_string

from planner.importing import limits
from planner.importing.cells import TOO_LONG, CellValue
from planner.importing.errors import ImportFileError
from planner.spreadsheet_text import unescaped

CHUNK_BYTES = 1 << 20
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
#: Built-in number formats that show dates in some locale but are not in openpyxl's table.
_LOCALE_DATE_FORMAT_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))
_SI = re.compile(r"<(?:[\w.-]+:)?si\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?si>)", re.S)
_FAST_SI = re.compile(r'<t(?: xml:space="preserve")?>([^<]*)</t>')
#: One shared string: its text when plain, else the whole element for the slower path.
_ANY_SI = re.compile(
    r'<si><t(?: xml:space="preserve")?>([^<]*)</t></si>'
    r"|(<(?:[\w.-]+:)?si\b[^>]*?(?:/>|>.*?</(?:[\w.-]+:)?si>))", re.S)
_ESCAPED_CHAR = re.compile(r"_x([0-9A-Fa-f]{4})_")
_XML_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_XMLNS = re.compile(r'\sxmlns(?::[\w.-]+)?\s*=\s*"[^"]*"')


def local(tag: str) -> str:
    """The local name of an ElementTree tag or attribute (no namespace)."""
    return tag.rsplit("}", 1)[-1]


def column_index(letters: str) -> int:
    """0 for A, 25 for Z, 26 for AA."""
    return column_index_from_string(letters.upper()) - 1


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


def checked_text(text: str) -> CellValue:
    """Cell text with OOXML escapes undone (and the quote that escaped a formula-like
    text in a CSV saved as .xlsx); None for blank, a marker if too long."""
    if not text or text.isspace():
        return None
    text = unescaped(decode_escapes(text))
    return TOO_LONG if len(text) > limits.MAX_CELL_CHARS else text


def rich_text(element: Element) -> str:
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


class Package:
    """The zip container, checked once, with case-insensitive part names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportFileError("package_unreadable", file=path.name, detail=str(exc)) from exc
        # Some writers put Windows separators in part names (xl\\workbook.xml).
        self.parts = {_part_key(info.filename): info for info in self.zip.infolist()}
        self._check_sizes()

    def _check_sizes(self) -> None:
        name = self.path.name
        if len(self.parts) > 100_000:
            raise ImportFileError("package_too_many_parts", file=name, parts=len(self.parts))
        total = 0
        for info in self.parts.values():
            total += info.file_size
            if info.file_size > limits.RATIO_CHECK_FROM_BYTES and (
                info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            ):
                raise ImportFileError("package_bomb", file=name, part=info.filename,
                                      size_mb=info.file_size // limits.MEGABYTE,
                                      packed_kb=max(info.compress_size, 1) // 1024 + 1)
            if info.file_size > limits.MAX_PART_BYTES:
                raise ImportFileError("part_too_large", file=name, part=info.filename,
                                      size_mb=info.file_size // limits.MEGABYTE)
        if total > limits.MAX_PACKAGE_BYTES:
            raise ImportFileError("package_too_large", file=name,
                                  size_mb=total // limits.MEGABYTE)

    def info(self, part: str) -> zipfile.ZipInfo | None:
        return self.parts.get(_part_key(part))

    def open(self, part: str) -> IO[bytes]:
        info = self.info(part)
        if info is None:
            raise ImportFileError("part_missing", file=self.path.name, part=part)
        try:
            return self.zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            raise ImportFileError("part_cannot_open", file=self.path.name, part=part,
                                  detail=str(exc)) from exc

    def small_xml(self, part: str) -> Element | None:
        """A small part parsed safely; None if absent."""
        info = self.info(part)
        if info is None:
            return None
        if info.file_size > limits.MAX_SMALL_PART_BYTES:
            raise ImportFileError("small_part_too_large", file=self.path.name, part=part,
                                  size_mb=info.file_size // limits.MEGABYTE)
        try:
            with self.open(part) as handle:
                data = handle.read(limits.MAX_SMALL_PART_BYTES + 1)
            return SafeET.fromstring(data)
        except DefusedXmlException as exc:
            raise ImportFileError("part_declares_entities", file=self.path.name,
                                  part=part) from exc
        except (ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError,
                zlib.error) as exc:
            raise ImportFileError("part_unreadable", file=self.path.name, part=part,
                                  detail=str(exc)) from exc

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
                        raise ImportFileError("part_declares_entities", file=self.path.name,
                                              part=part)
                    tail = chunk[-16:]
                    yield chunk
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise ImportFileError("part_unreadable", file=self.path.name, part=part,
                                  detail=str(exc)) from exc

    def close(self) -> None:
        self.zip.close()


def relationships(package: Package, part: str) -> dict[str, tuple[str, str]]:
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
class Styles:
    date_styles: frozenset[int] = frozenset()


def read_styles(package: Package, part: str | None) -> Styles:
    root = package.small_xml(part) if part else None
    if root is None:
        return Styles()
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
    return Styles(frozenset(dates))


def decoded(chunks: Iterator[bytes]) -> Iterator[str]:
    """Text of an XML part in UTF-8 or UTF-16 (the two encodings OOXML allows)."""
    first = next(chunks, b"")
    encoding = "utf-16" if first[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    yield decoder.decode(first)
    for chunk in chunks:
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


class ElementSlicer:
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
        #: The namespace prefix the part writes its elements with ("x:"), if any.
        self.prefix = ""

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
                        self._damaged("part_no_container", element=self.container)
                    continue
                prefix = self.prefix = found.group(1) or ""
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
                self._damaged("part_element_too_large", element=self.element,
                              limit_mb=limits.MAX_ROW_XML_BYTES // limits.MEGABYTE)
        if opened:
            self._damaged("part_ends_inside", element=self.container)

    def _damaged(self, code: str, **facts: Any) -> None:
        raise ImportFileError(code, file=self.file_name, part=self.part, **facts)

    def parse(self, fragment: str) -> Element:
        """One element's XML parsed on its own, with the namespaces of the part."""
        wrapped = f"<wrap {self.namespaces}>{fragment}</wrap>"
        try:
            return SafeET.fromstring(wrapped)[0]
        except (ParseError, DefusedXmlException, IndexError) as exc:
            raise ImportFileError("part_bad_xml", file=self.file_name, part=self.part,
                                  detail=str(exc)) from exc


def read_shared_strings(package: Package, part: str | None) -> list[CellValue]:
    if not part or package.info(part) is None:
        return []
    info = package.info(part)
    assert info is not None
    if info.file_size > limits.MAX_SHARED_STRINGS_BYTES:
        raise ImportFileError("shared_text_too_large", file=package.path.name,
                              size_mb=info.file_size // limits.MEGABYTE)
    slicer = ElementSlicer("sst", "si", part, package.path.name)
    strings: list[CellValue] = []
    append = strings.append
    for text in slicer.slices(decoded(package.stream(part))):
        for plain, other in _ANY_SI.findall(text):
            if not other:  # <si><t>plain text</t></si>, the form nearly every entry has
                append(plain if plain and "&" not in plain and "_x" not in plain
                       and len(plain) <= limits.MAX_CELL_CHARS and not plain.isspace()
                       else checked_text(_unescape_xml(plain)))
                continue
            match = _SI.fullmatch(other)
            inner = match.group(1) if match else None
            if inner is None:
                append(None)
                continue
            fast = _FAST_SI.fullmatch(inner)
            if fast is not None:
                append(checked_text(_unescape_xml(fast.group(1))))
            else:
                append(checked_text(rich_text(slicer.parse(other))))
    return strings
