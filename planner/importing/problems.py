"""Problems with rows, each naming sheet, row, column, value and reason (SPEC 4).

A reason is a code with facts (``solvers.reasons.Reason``) whose words live in
``planner/words/import_templates.py``; ``text(words)`` says it in a language
(``planner.words.render``: English by default, Indonesian from the catalogue, the
desktop's language through ``tr``), so the command line, the import screen and the
rejects workbook word the same code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from planner.words.render import ENGLISH, Words, field_words, render
from solvers.reasons import Reason


def where(sheet: str, row: int, words: Words = ENGLISH) -> str:
    """"Persons row 12" in the language of ``words``."""
    return render(Reason("where_row", {"sheet": sheet, "row": str(row)}), words)


def row_in(sheet: str, row: int, of_sheet: str) -> Reason:
    """Row ``row`` of ``sheet`` as named from a row of ``of_sheet`` ("row 4" on the same
    sheet, "Persons row 4" on another)."""
    if sheet == of_sheet:
        return Reason("same_sheet_row", {"row": str(row)})
    return Reason("where_row", {"sheet": sheet, "row": str(row)})


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or one cell of it) cannot be imported."""

    sheet: str
    row: int
    #: What is wrong, as a code and the facts it states (field names, row numbers, keys).
    why: Reason
    #: Column letter and header of the cell at fault; None for a problem of the whole row.
    column: str | None = None
    header: str | None = None
    field: str | None = None
    #: The cell as the officer typed it (shown back to the officer, never logged).
    value: str = ""

    @property
    def code(self) -> str:
        return self.why.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.why.facts

    @property
    def reason(self) -> str:
        """Why, in English."""
        return render(self.why)

    def reason_in(self, words: Words) -> str:
        return render(self.why, words)

    def short_in(self, words: Words = ENGLISH) -> str:
        """The problem without its sheet and row, for a reason column beside the row: the
        column, the value and why."""
        label = self.header or (field_words(self.field, words) if self.field else "")
        shown = f" {self.value!r}" if self.value else ""
        reason = self.reason_in(words)
        return f"{label}{shown}: {reason}" if label else reason

    @property
    def short(self) -> str:
        return self.short_in(ENGLISH)

    def text(self, words: Words = ENGLISH) -> str:
        """The whole problem in one line: where, the value and why."""
        facts: dict[str, Any] = {"sheet": self.sheet, "row": str(self.row)}
        if self.column:
            facts["column"] = self.column
            if self.header:
                place = Reason("where_cell_header", {**facts, "header": self.header})
            else:
                place = Reason("where_cell", facts)
        elif self.field:
            place = Reason("where_field", {**facts, "field": self.field})
        else:
            place = Reason("where_row", facts)
        shown = f" {self.value!r}:" if self.value else ""
        return f"{render(place, words)}:{shown} {self.reason_in(words)}"

    def __str__(self) -> str:
        return self.text(ENGLISH)


@dataclass(frozen=True)
class SkippedRow:
    """A row that holds no record (a totals line, a repeated header, a note)."""

    sheet: str
    row: int
    why: Reason

    def text(self, words: Words = ENGLISH) -> str:
        return f"{where(self.sheet, self.row, words)}: {render(self.why, words)}"

    def __str__(self) -> str:
        return self.text(ENGLISH)


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

    @property
    def why(self) -> Reason:
        facts: dict[str, Any] = {"sheet": self.sheet, "row": str(self.row),
                                 "first_row": str(self.first_row), "same": list(self.same)}
        if self.first_sheet != self.sheet:
            facts["first_sheet"] = self.first_sheet
        return Reason("merged_row", facts)

    def text(self, words: Words = ENGLISH) -> str:
        return render(self.why, words)

    def __str__(self) -> str:
        return self.text(ENGLISH)
