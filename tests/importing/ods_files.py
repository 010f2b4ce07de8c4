"""OpenDocument spreadsheets written by hand (content.xml in a zip), for tests: ordinary
rosters, and what no spreadsheet program writes (absurd repeats, control characters)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def cell(value: object, repeat: int = 1, raw_text: bool = False) -> str:
    """One ``<table:table-cell>``: a number, or text (``raw_text``: written unescaped,
    so character references such as ``&#1;`` reach the reader)."""
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if value is None:
        return f"<table:table-cell{times}/>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (f'<table:table-cell{times} office:value-type="float" '
                f'office:value={quoteattr(str(value))}><text:p>{value}</text:p>'
                "</table:table-cell>")
    text = str(value) if raw_text else escape(str(value))
    return (f'<table:table-cell{times} office:value-type="string"><text:p>{text}</text:p>'
            "</table:table-cell>")


def row(cells: Sequence[object], repeat: int = 1, raw_text: bool = False) -> str:
    times = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    body = "".join(c if isinstance(c, str) and c.startswith("<table:") else
                   cell(c, raw_text=raw_text) for c in cells)
    return f"<table:table-row{times}>{body}</table:table-row>"


def write_ods(path: Path, rows_xml: Sequence[str], sheet: str = "Persons") -> Path:
    """An .ods package whose one sheet holds ``rows_xml`` (from ``row``) as written."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
               'office:version="1.2"><office:body><office:spreadsheet>'
               f"<table:table table:name={quoteattr(sheet)}>{''.join(rows_xml)}</table:table>"
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {_NS} '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="{ODS_MIME}"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), ODS_MIME, zipfile.ZIP_STORED)
        package.writestr("content.xml", content)
        package.writestr("META-INF/manifest.xml", manifest)
    return path
