"""With invalid rows skipped, the rest of each household of an invalid row is held back.

Issue 13: a family is never split silently. When ``skip_invalid`` imports the valid rows
of a file, a household (``household`` code) one of whose rows is invalid would otherwise
arrive without that member, and the planner would fly the others. So the valid person
rows of the whole file are kept until every sheet is read; those whose household code is
also on an invalid person row are not imported: each is rejected with a line naming the
invalid member's row, counted as held back, and written to the rejects workbook with the
invalid row, so the corrected file brings the whole family in. Rows without a household
code are households of one and are never held back.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.importing.problems import RowProblem, row_in
from planner.importing.report import KindCounts
from planner.importing.row_reading import ParsedRow
from solvers.reasons import Reason


def invalid_households(rejected: list[ParsedRow]) -> dict[str, ParsedRow]:
    """Household code -> the first invalid row that names it."""
    found: dict[str, ParsedRow] = {}
    for row in rejected:
        code = row.values.get("household")
        if code:
            found.setdefault(code, row)
    return found


class HouseholdHold:
    """A person sink that keeps the valid rows until the file is read, then passes on
    those whose household has no invalid row and rejects the others as held back."""

    def __init__(self, sink: Callable[[ParsedRow], None], counts: KindCounts) -> None:
        self.sink = sink
        self.counts = counts
        self.rows: list[ParsedRow] = []

    def add(self, row: ParsedRow) -> None:
        self.rows.append(row)

    def release(self, rejected: list[ParsedRow], person_sheets: set[str]) -> None:
        """Pass the kept rows on, holding back those of a household with an invalid
        row among ``rejected`` (of the person sheets); held-back rows join ``rejected``."""
        bad = invalid_households([r for r in rejected if r.sheet in person_sheets])
        rows, self.rows = self.rows, []
        held: list[ParsedRow] = []
        for row in rows:
            code = row.values.get("household")
            invalid = bad.get(code) if code else None
            if invalid is None:
                self.sink(row)
                continue
            where = row_in(invalid.sheet, invalid.number, row.sheet)
            row.problems.append(RowProblem(row.sheet, row.number, Reason(
                "household_held_back", {"household": code, "invalid_row": where.as_json()})))
            held.append(row)
        self.counts.held_back += len(held)
        rejected.extend(held)
