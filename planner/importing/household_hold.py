"""With invalid rows skipped, the rest of each household of an invalid row is held back.

Issue 13: a family is never split silently. When ``skip_invalid`` imports the valid rows
of a file, a household (``household`` code) one of whose rows is invalid would otherwise
arrive without that member, and the planner would fly the others. So the valid person
rows of the whole file are kept until every sheet is read; those whose household code is
also on an invalid person row are not imported: each is rejected with a line naming the
invalid member's row, counted as held back, and written to the rejects workbook with the
invalid row, so the corrected file brings the whole family in. Rows without a household
code are households of one and are never held back.

A row can also be refused while it is written (it conflicts with a stored person, or
repeats an earlier row with other values): the writer finds that only once the rows
before it are written. When such a row leaves members of its household written, the
import is read again from the start in a new transaction with that row refused before
writing (``refused``: its problems as the writer gave them), so its household is held
back like that of an invalid row (``service.run_import``).
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

    def __init__(self, sink: Callable[[ParsedRow], None], counts: KindCounts,
                 refused: dict[tuple[str, int], list[RowProblem]] | None = None) -> None:
        self.sink = sink
        self.counts = counts
        self.rows: list[ParsedRow] = []
        #: Rows the writer refused in an earlier reading of the file, by (sheet, row):
        #: refused before writing this time, with the writer's problems.
        self.refused = refused or {}
        #: Household code -> rows of it passed on to the writer.
        self.released: dict[str, list[ParsedRow]] = {}

    def add(self, row: ParsedRow) -> None:
        self.rows.append(row)

    def release(self, rejected: list[ParsedRow], person_sheets: set[str]) -> None:
        """Pass the kept rows on, holding back those of a household with an invalid
        row among ``rejected`` (of the person sheets); held-back rows join ``rejected``."""
        rows, self.rows = self.rows, []
        if self.refused:
            kept = []
            for row in rows:
                problems = self.refused.get((row.sheet, row.number))
                if problems is None:
                    kept.append(row)
                    continue
                row.problems.extend(problems)
                rejected.append(row)
                self.counts.rejected += 1
            rows = kept
        bad = invalid_households([r for r in rejected if r.sheet in person_sheets])
        held: list[ParsedRow] = []
        for row in rows:
            code = row.values.get("household")
            invalid = bad.get(code) if code else None
            if invalid is None:
                if code:
                    self.released.setdefault(code, []).append(row)
                self.sink(row)
                continue
            where = row_in(invalid.sheet, invalid.number, row.sheet)
            row.problems.append(RowProblem(row.sheet, row.number, Reason(
                "household_held_back", {"household": code, "invalid_row": where.as_json()})))
            held.append(row)
        self.counts.held_back += len(held)
        rejected.extend(held)

    def splits(self, refused_while_writing: list[ParsedRow]) -> list[ParsedRow]:
        """The rows among those the writer refused that leave another member of their
        household written (the household would arrive split)."""
        refused = {(r.sheet, r.number) for r in refused_while_writing}
        return [row for row in refused_while_writing
                if any((other.sheet, other.number) not in refused
                       for other in self.released.get(row.values.get("household") or "", ()))]
