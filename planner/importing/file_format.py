"""Recognising what a file really is, whatever its name says, and opening it.

The first bytes decide: a zip package (.xlsx/.xlsm, .xlsb, .ods, or some other document),
an OLE compound file (.xls, or any Office file encrypted with a password), a PDF or
picture, a web page saved under a spreadsheet name, JSON, or text (CSV). Each wrong
kind gets a sentence saying what the file is and what to do.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import msoffcrypto

from planner.importing import limits
from planner.importing.calamine_reader import open_with_calamine
from planner.importing.csv_reader import open_csv
from planner.importing.errors import ImportFileError
from planner.importing.json_reader import open_json
from planner.importing.sources import WorkbookSource
from planner.importing.xlsx_reader import open_xlsx

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_NOT_SPREADSHEETS = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"Rar!", "a RAR archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as package:
            names = {n.lstrip("/").lower() for n in package.namelist()}
            if "mimetype" in names:
                info = next(i for i in package.infolist() if i.filename.lower() == "mimetype")
                mime = package.read(info)[:200] if info.file_size < 200 else b""
                if mime.strip() == ODS_MIME:
                    if "meta-inf/manifest.xml" in names and _ods_encrypted(package):
                        raise ImportFileError("file_encrypted", file=path.name)
                    return "ods"
                return "other:an OpenDocument file that is not a spreadsheet"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise ImportFileError("file_not_zip", file=path.name, detail=str(exc)) from exc
    if any(n.endswith("workbook.bin") for n in names):
        return "xlsb"
    if any(n.endswith(".xml") and "workbook" in n for n in names) or "[content_types].xml" in names:
        if any(n.startswith("word/") for n in names):
            return "other:a Word document"
        if any(n.startswith("ppt/") for n in names):
            return "other:a PowerPoint presentation"
        return "xlsx"
    return "other:a zip archive of other files"


def _ods_encrypted(package: zipfile.ZipFile) -> bool:
    info = next(i for i in package.infolist() if i.filename.lower() == "meta-inf/manifest.xml")
    if info.file_size > limits.MAX_SMALL_PART_BYTES:
        return False
    return b"encryption-data" in package.read(info)


def _ole_kind(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            if office.is_encrypted():
                raise ImportFileError("file_encrypted", file=path.name)
            kind = type(office).__name__
    except ImportFileError:
        raise
    except Exception as exc:  # msoffcrypto raises many types on odd files  # noqa: BLE001
        if "encrypt" in str(exc).lower():
            raise ImportFileError("file_encrypted", file=path.name) from exc
        return "xls"  # let calamine read it and say what is wrong
    if kind.startswith("Doc"):
        return "other:a Word 97-2003 document"
    if kind.startswith("Ppt"):
        return "other:a PowerPoint 97-2003 presentation"
    return "xls"


#: Control bytes (not tab, line feed, carriage return) that text may hold by damage or a bad
#: copy (a NUL in a name): each such cell is refused with its row; more make a binary file.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))


def _mostly_controls(head: bytes) -> bool:
    """True for a file that is not text: in its first bytes, 1 byte in 10 is a control byte,
    or more than 16 and 1 in 100 are."""
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls * 10 > len(head) or controls > max(16, len(head) // 100)


def sniff(path: Path) -> str:
    """The format of the file by content: xlsx, xlsb, ods, xls, json, csv, or other:WHAT."""
    with path.open("rb") as handle:
        head = handle.read(8192)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    for magic, what in _NOT_SPREADSHEETS:
        if head.startswith(magic):
            return f"other:{what}"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html")) or b"<table" in text[:2048]:
        return "other:a web page saved with a spreadsheet's name"
    if text.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "other:an Excel 2003 XML spreadsheet"
    if text.startswith(b"{\\rtf"):
        return "other:a Rich Text document"
    if path.suffix.lower() == ".json" or text.startswith((b"[", b"{")):
        return "json"
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and _mostly_controls(head):
        return "other:a file that is not a spreadsheet or text"
    return "csv"


def open_source(path: str | Path) -> WorkbookSource:
    """Open a roster file of any supported format, or say clearly why it cannot be."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ImportFileError("file_missing" if not path.exists() else "file_is_folder",
                                  path=str(path))
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError("file_unreadable", path=str(path), detail=exc.strerror) from exc
    if size == 0:
        raise ImportFileError("file_empty", file=path.name)
    if size > limits.MAX_FILE_BYTES:
        raise ImportFileError("file_too_large", file=path.name, size_mb=size // limits.MEGABYTE,
                              limit_mb=limits.MAX_FILE_BYTES // limits.MEGABYTE)
    try:
        kind = sniff(path)
    except OSError as exc:
        raise ImportFileError("file_unreadable", path=str(path), detail=exc.strerror) from exc
    if kind.startswith("other:"):
        raise ImportFileError("file_not_roster", file=path.name, kind=kind[6:])
    if kind == "xlsx":
        return open_xlsx(path)
    if kind in ("xls", "xlsb", "ods"):
        return open_with_calamine(path, kind)
    if kind == "json":
        return open_json(path)
    return open_csv(path)
