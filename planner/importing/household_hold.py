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


#: A row's change to the counts: added, updated, unchanged, duplicates, rejected
#: (``person_writer.count_figures``).
Delta = tuple[int, ...]
ADDED, UPDATED, UNCHANGED, DUPLICATES, REJECTED = range(5)


class HouseholdTally:
    """The household hold of an import that writes every row or none, counted as its rows
    are written, so that a refused import says what ``--skip-invalid`` would do without
    reading the file again and without keeping its rows.

    Each row with a household code leaves its place and what it changed in the counts
    (a few shared tuples: one row's change is one of a handful). When the import is
    refused, the rows of a household with an invalid row, and the other members of a
    household the writer refused a row of, are taken back out of the counts and named
    as held back, as the hold would have kept them out (``HouseholdHold``).

    That is exact unless a row kept comes after a held row that gave the same person (the
    held row added or matched the person first, or merged its blanks into the person): the
    kept row's outcome then depends on what the held row did, and without it only writing
    tells. Then ``hold`` answers None and the file is read once more with the hold
    (``service.run_import``).
    """

    def __init__(self) -> None:
        #: Household code -> (sheet, row, change) of its rows, in the file's order.
        self.rows: dict[str, list[tuple[str, int, Delta]]] = {}
        self._deltas: dict[Delta, Delta] = {}

    def note(self, row: ParsedRow, delta: Delta) -> None:
        delta = self._deltas.setdefault(delta, delta)
        self.rows.setdefault(row.values["household"], []).append((row.sheet, row.number, delta))

    def hold(self, counts: KindCounts, rejected: list[ParsedRow], person_sheets: set[str],
             repeats: list[tuple[tuple[str, int], tuple[str, int]]]) -> list[ParsedRow] | None:
        """Take the held rows out of ``counts`` (and a held row the writer refused out of
        ``rejected``); the held rows, each with its problem, or None when it cannot tell."""
        refused = {(sheet, number) for rows in self.rows.values()
                   for sheet, number, delta in rows if delta[REJECTED]}
        # As the hold finds them: households with an invalid row first ...
        bad = {code: (row.sheet, row.number) for code, row in invalid_households(
            [r for r in rejected if r.sheet in person_sheets
             and (r.sheet, r.number) not in refused]).items()}
        # ... then those with a row refused while written and another member written.
        for code, rows in self.rows.items():
            refused_here = [(s, n) for s, n, delta in rows if delta[REJECTED]]
            if code not in bad and refused_here and len(refused_here) < len(rows):
                bad[code] = refused_here[0]
        # The held rows: every row of the first kind of household (the writer's refusals
        # among them too: the hold keeps them from the writer), the members written of
        # the second.
        held_rows: list[tuple[str, int, Delta, str]] = []
        for code, where in bad.items():
            for sheet, number, delta in self.rows.get(code, ()):
                if not (where in refused and delta[REJECTED]):
                    held_rows.append((sheet, number, delta, code))
        places = {(sheet, number) for sheet, number, _delta, _code in held_rows}
        if _depends_on_held(repeats, places):
            return None
        held: list[ParsedRow] = []
        for sheet, number, delta, code in held_rows:
            counts.added -= delta[ADDED]
            counts.updated -= delta[UPDATED]
            counts.unchanged -= delta[UNCHANGED]
            counts.duplicates -= delta[DUPLICATES]
            counts.rejected -= delta[REJECTED]
            counts.held_back += 1
            invalid = row_in(*bad[code], sheet)
            held.append(ParsedRow(sheet, number, {"household": code}, [RowProblem(
                sheet, number, Reason("household_held_back", {
                    "household": code, "invalid_row": invalid.as_json()}))]))
        rejected[:] = [r for r in rejected if (r.sheet, r.number) not in places]
        return held


def _depends_on_held(repeats: list[tuple[tuple[str, int], tuple[str, int]]],
                     held: set[tuple[str, int]]) -> bool:
    """Some row kept repeats a person a held row gave before it (``repeats``: each
    repeating row's place with the place of the row that first gave its person, in the
    order written)."""
    persons: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for row, first in repeats:
        persons.setdefault(first, [first]).append(row)
    for rows in persons.values():
        after_held = False
        for place in rows:
            if place in held:
                after_held = True
            elif after_held:
                return True
    return False
