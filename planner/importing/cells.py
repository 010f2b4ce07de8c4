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

from planner.importing.limits import MAX_CELL_CHARS
from planner.words.render import render
from solvers.reasons import Reason


@dataclass(frozen=True)
class UnusableCell:
    """A cell whose content cannot be a value: ``code`` names the problem (its words are
    the code's template, ``planner/words/import_templates.py``), ``shown`` is the cell as
    the spreadsheet shows it and ``formula`` the formula of a formula cell."""

    code: str
    shown: str = ""
    formula: str = ""

    @property
    def why(self) -> Reason:
        facts: dict[str, object] = {"shown": self.shown}
        if self.formula:
            facts["formula"] = self.formula
        if self.code == "cell_too_long":
            facts["limit"] = MAX_CELL_CHARS
        return Reason(self.code, facts)

    @property
    def reason(self) -> str:
        """Why, in English."""
        return render(self.why)

    def __str__(self) -> str:
        return self.shown


#: A formula whose result was never saved, when the reader cannot tell which formula.
FORMULA_WITHOUT_VALUE = UnusableCell("formula_without_value", "(formula)")


def formula_without_value(formula: str) -> UnusableCell:
    """A formula cell whose result was never saved (a workbook written by a script): the
    formula is named so the officer can find it; the row is refused, never read as blank."""
    shown = "=" + formula.strip().lstrip("=")
    return UnusableCell("formula_without_value", shown, shown)


TOO_LONG = UnusableCell("cell_too_long", "(too long)")


def error_cell(code: str) -> UnusableCell:
    """A spreadsheet error value such as ``#N/A`` or ``#REF!``."""
    return UnusableCell("spreadsheet_error", code)


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
