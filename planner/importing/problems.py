"""Problems with rows, each naming sheet, row, column, value and reason (SPEC 4)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or one cell of it) cannot be imported."""

    sheet: str
    row: int
    reason: str
    #: Column letter and header of the cell at fault; None for a problem of the whole row.
    column: str | None = None
    header: str | None = None
    field: str | None = None
    #: The cell as the officer typed it (shown back to the officer, never logged).
    value: str = ""
    #: What ``reason`` says, as a code and the facts it states (field names, row numbers,
    #: keys), so the desktop program can word it in the officer's language; "" for a
    #: problem without a code (its ``reason`` is shown as it is).
    code: str = _field(default="", compare=False)
    params: dict[str, Any] = _field(default_factory=dict, compare=False, hash=False)

    @property
    def short(self) -> str:
        """The problem without its sheet and row: for a reason column beside the row."""
        label = self.header or (self.field.replace("_", " ") if self.field else "")
        shown = f" {self.value!r}" if self.value else ""
        return f"{label}{shown}: {self.reason}" if label else self.reason

    def __str__(self) -> str:
        where = f"{self.sheet} row {self.row}"
        if self.column:
            where += f" column {self.column}"
            if self.header:
                where += f" ({self.header})"
        elif self.field:
            where += f" ({self.field})"
        shown = f" {self.value!r}:" if self.value else ""
        return f"{where}:{shown} {self.reason}"


@dataclass(frozen=True)
class SkippedRow:
    """A row that holds no record (a totals line, a repeated header, a note)."""

    sheet: str
    row: int
    reason: str

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}: {self.reason}"


#: How a merged row's identical facts are named.
_SAME_WORDS = {"case_no": "case number", "passport_no": "passport number", "full_name": "name",
               "date_of_birth": "date of birth", "flight_no": "flight number",
               "departs_at": "departure", "name": "name", "slot_id": "slot id",
               "starts_at": "start"}


@dataclass(frozen=True)
class MergedRow:
    """A row that repeats a record an earlier row of the same file gave, without
    contradicting it: merged into that row (its blanks filled from this one)."""

    sheet: str
    row: int
    first_sheet: str
    first_row: int
    #: The fields both rows hold alike that say it is the same record.
    same: tuple[str, ...]

    def __str__(self) -> str:
        first = f"row {self.first_row}" if self.first_sheet == self.sheet else \
            f"{self.first_sheet} row {self.first_row}"
        words = [_SAME_WORDS.get(f, f.replace("_", " ")) for f in self.same]
        same = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        return f"{self.sheet} row {self.row} repeats {first} (same {same}): merged"
