"""Cell values that are safe to put in a workbook or CSV another person will open.

Text that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
tab or carriage return) is kept as text: in .xlsx by writing it as a string cell, which no
spreadsheet evaluates; in CSV, which has no cell types, by a leading single quote, the
convention spreadsheets recognise. Control characters that the XLSX
format cannot store are replaced, and the caller is told so it can warn.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Characters XML 1.0 cannot carry (openpyxl refuses them in a cell).
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EXCEL_CELL_LIMIT = 32_767
REPLACEMENT = "\ufffd"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def unescaped(text: str) -> str:
    """Text with the quote that kept it from running as a formula taken off again.

    Our CSV export (``csv_text``) and spreadsheets write ``'+855 12 345 678``; LibreOffice
    keeps that quote as part of the text when such a CSV is saved as .xlsx or .ods. The
    quote is the escape only before what would run (``= + - @``, tab, carriage return, or
    the line feed ``clean_text`` makes of a carriage return); any other leading quote is
    the officer's text and stays.
    """
    if text[:1] == "'" and (looks_like_formula(text[1:]) or text[1:2] == "\n"):
        return text[1:]
    return text


def clean_text(text: str) -> tuple[str, list[str]]:
    """Text fit for an XLSX cell, and the warnings about what had to change."""
    warnings: list[str] = []
    if "\r" in text:  # XML readers turn a bare CR into LF; make that explicit
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if ILLEGAL_XML.search(text):
        text = ILLEGAL_XML.sub(REPLACEMENT, text)
        warnings.append("control characters replaced")
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "\u2026"
        warnings.append(f"text cut to Excel's limit of {EXCEL_CELL_LIMIT} characters")
    return text, warnings


def xlsx_cell(cell: Any, value: Any) -> list[str]:
    """Put ``value`` into an openpyxl cell so it can never run as a formula; return warnings.

    Strings are always stored as string cells (``data_type = "s"``), so ``=SUM(A1)`` is
    shown as the text it is and not evaluated by Excel or LibreOffice.
    """
    if isinstance(value, str):
        text, warnings = clean_text(value)
        cell.value = text
        cell.data_type = "s"
        return warnings
    cell.value = value
    return []


def csv_text(value: str) -> str:
    """A CSV field that a spreadsheet will not run: formula-like text gets a leading quote."""
    text, _ = clean_text(value)
    return "'" + text if looks_like_formula(value) else text
