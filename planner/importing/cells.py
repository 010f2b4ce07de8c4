"""What a reader hands over for one cell, besides plain values.

Readers turn every cell into ``None`` (blank), ``str``, ``int``, ``float``, ``bool``,
``datetime.datetime``, ``datetime.date`` or ``datetime.time``, or into one of the markers
below when the cell holds something that cannot be used as a value. A marker in a column
that maps to a field makes that row's problem; elsewhere it is ignored like any other
unmapped cell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class UnusableCell:
    """A cell whose content cannot be a value; ``reason`` says why, for the officer, and
    ``code`` names the problem (``shown`` is the cell as the spreadsheet shows it)."""

    reason: str
    shown: str = ""
    code: str = ""

    def __str__(self) -> str:
        return self.shown


FORMULA_WITHOUT_VALUE = UnusableCell(
    "a formula without a saved result; open the file in a spreadsheet program and save it "
    "again so the results are stored",
    "(formula)",
    "formula_without_value",
)


def formula_without_value(formula: str) -> UnusableCell:
    """A formula cell whose result was never saved (a workbook written by a script): the
    formula is named so the officer can find it; the row is refused, never read as blank."""
    shown = "=" + formula.strip().lstrip("=")
    return UnusableCell(f"a formula without a saved result ({shown}); open the file in a "
                        "spreadsheet program and save it again so the results are stored",
                        shown, "formula_without_value")


TOO_LONG = UnusableCell("longer than a spreadsheet cell may be (32,767 characters)", "(too long)",
                        "cell_too_long")


def error_cell(code: str) -> UnusableCell:
    """A spreadsheet error value such as ``#N/A`` or ``#REF!``."""
    return UnusableCell(f"the spreadsheet shows the error {code}", code, "spreadsheet_error")


CellValue = (
    None | str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | UnusableCell
)
#: One row as read: cell values by column index (0 = column A); shorter rows are padded
#: with blanks by whoever reads them.
Row = list[CellValue]


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def display(value: CellValue) -> str:
    """A cell value as the officer would read it back in a message or the rejects file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
