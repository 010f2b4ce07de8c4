"""What an import did, or would do: counts per kind, rejected and skipped rows, columns."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.importing.headers import ColumnMatch
from planner.importing.problems import MergedRow, RowProblem, SkippedRow
from planner.importing.record_kinds import SheetKind
from planner.importing.row_reading import ParsedRow
from planner.words.render import ENGLISH, Words, render
from solvers.reasons import Reason


@dataclass
class KindCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Rows that repeat a record given earlier in the same file, without contradicting it.
    duplicates: int = 0
    rejected: int = 0
    #: Valid rows not imported because another row of their household is invalid.
    held_back: int = 0
    #: Rows that are not records (totals lines, repeated headers).
    skipped: int = 0
    blank: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)

    @property
    def changed(self) -> int:
        return self.added + self.updated


@dataclass
class SheetReport:
    """How one sheet was understood."""

    name: str
    kind: SheetKind | None
    header_row: int | None
    columns: list[ColumnMatch] = field(default_factory=list)
    #: Why the sheet was left out, when it was.
    reason: Reason | None = None
    warnings: list[Reason] = field(default_factory=list)
    missing_required: list[str] = field(default_factory=list)
    #: Rows after the header row that were looked at.
    rows_read: int = 0
    #: The header row's texts in column order.
    headers: list[str] = field(default_factory=list)
    #: Where the columns come from when the operation remembered them for this header
    #: row ("mapping 'pnh' confirmed with roster-march.xlsx on 1 Dec 2026", a
    #: ``mapping_origin`` reason).
    remembered: Reason | None = None

    @property
    def mapped(self) -> list[ColumnMatch]:
        return [c for c in self.columns if c.field]

    @property
    def ignored(self) -> list[ColumnMatch]:
        return [c for c in self.columns if not c.field]

    @property
    def undecided(self) -> list[ColumnMatch]:
        """Unmapped columns that look like a field the planner must not miss."""
        return [c for c in self.columns if c.undecided]


@dataclass
class ImportReport:
    file_name: str
    sha256: str
    format_name: str
    dry_run: bool
    skip_invalid: bool
    sheets: list[SheetReport] = field(default_factory=list)
    counts: dict[SheetKind, KindCounts] = field(default_factory=dict)
    rejected: list[ParsedRow] = field(default_factory=list)
    #: A refused import's valid rows that ``--skip-invalid`` would hold back with their
    #: household, each with its problem (with ``skip_invalid`` or a dry run they are
    #: among ``rejected``; a refused import's are not, as nothing in them is to correct).
    held: list[ParsedRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    #: Rows merged into an earlier row of the file that gave the same record.
    merged: list[MergedRow] = field(default_factory=list)
    warnings: list[Reason] = field(default_factory=list)
    #: The import was accepted: its changes are written (none to write when every valid
    #: row is in the operation already). False when refused for invalid rows or a dry run.
    committed: bool = False
    batch_id: int | None = None
    #: The mappings this import stored in the operation, described (``mapping_origin``).
    saved_mappings: list[Reason] = field(default_factory=list)
    seconds: float = 0.0

    def counts_for(self, kind: SheetKind) -> KindCounts:
        return self.counts.setdefault(kind, KindCounts())

    @property
    def problems(self) -> list[RowProblem]:
        """Every rejected row's problems, then those of the rows held back (``held``)."""
        return [p for row in (*self.rejected, *self.held) for p in row.problems]

    @property
    def has_invalid_rows(self) -> bool:
        return bool(self.rejected)

    @property
    def outcome(self) -> str:
        """One sentence: what happened to the operation (English)."""
        return render(self.outcome_reason())

    @property
    def would_refuse(self) -> bool:
        """A dry run of an import that would be refused: invalid rows, without
        ``skip_invalid``."""
        return self.dry_run and bool(self.rejected) and not self.skip_invalid

    @property
    def none_valid(self) -> bool:
        """Rows were rejected and no row is valid (each rejected or held back with its
        household): importing the valid rows takes nothing."""
        return bool(self.rejected) and not any(
            c.added or c.updated or c.unchanged or c.duplicates for c in self.counts.values())

    @property
    def empty_sheets(self) -> list[SheetReport]:
        """The sheets of records read, when not one of them has a row under its headers
        (only blank rows, or none): the file holds nothing to import. Empty when a row
        was read (a record, a rejected row, a row that is not a record)."""
        if any(c.added or c.updated or c.unchanged or c.duplicates or c.rejected
               or c.held_back or c.skipped for c in self.counts.values()):
            return []
        return [sheet for sheet in self.sheets if sheet.kind is not None]

    def no_rows_reason(self) -> Reason | None:
        """Why nothing can be imported when the file has no row under its headers
        (``empty_sheets``, named with the file); None when it has one."""
        sheets = self.empty_sheets
        if not sheets:
            return None
        return Reason("import_no_rows", {"file": self.file_name,
                                         "sheets": [f"'{s.name}'" for s in sheets],
                                         "row": sheets[0].header_row})

    def commonest_problems(self, limit: int = 3) -> list[Reason]:
        """The problems of the rejected rows most rows share (a cell of the same column,
        or the same problem of a whole row), the commonest first, each with its count of
        rows and its first row's value and reason as the example."""
        groups: dict[tuple[str | None, str | None, str], list[RowProblem]] = {}
        for row in self.rejected:
            for problem in row.problems:
                key = (problem.column, problem.header, "") if problem.column else \
                    (None, None, problem.code)
                groups.setdefault(key, []).append(problem)
        ranked = sorted(groups.values(), key=lambda ps: -len({(p.sheet, p.row) for p in ps}))
        reasons = []
        for problems in ranked[:limit]:
            first = problems[0]
            example = first.why.as_json() if not first.value else {
                "code": "problem_example", "value": repr(first.value),
                "why": first.why.as_json()}
            facts = {"count": len({(p.sheet, p.row) for p in problems}), "example": example}
            if first.column and first.header:
                reasons.append(Reason("commonest_column", {
                    **facts, "column": first.column, "header": first.header}))
            elif first.column:
                reasons.append(Reason("commonest_cell", {**facts, "column": first.column}))
            else:
                reasons.append(Reason("commonest_row", facts))
        return reasons

    def outcome_reason(self) -> Reason:
        """What happened to the operation, to be said in a language."""
        if self.none_valid:
            code = "outcome_none_valid" if self.skip_invalid else "outcome_none_valid_refused"
            return Reason(code.replace("outcome_", "outcome_dry_run_") if self.dry_run
                          else code, {
                "file": self.file_name, "count": len(self.rejected),
                "problems": [r.as_json() for r in self.commonest_problems()]})
        if self.would_refuse:
            return Reason("outcome_dry_run_refused", {"count": len(self.rejected)})
        if self.dry_run:
            return Reason("outcome_dry_run")
        if not self.committed:
            return Reason("outcome_refused", {"count": len(self.rejected)})
        total = sum(c.changed for c in self.counts.values())
        if total == 0 and self.rejected:
            return Reason("outcome_left_out", {"file": self.file_name,
                                               "count": len(self.rejected)})
        if total == 0:
            return Reason("outcome_unchanged", {"file": self.file_name})
        return Reason("outcome_imported", {"file": self.file_name, "batch": self.batch_id})

    def count_lines(self, words: Words = ENGLISH) -> list[str]:
        lines = []
        for kind in SheetKind:
            counts = self.counts.get(kind)
            if counts is None:
                continue
            parts = [Reason("count_added", {"count": counts.added}),
                     Reason("count_updated", {"count": counts.updated}),
                     Reason("count_unchanged", {"count": counts.unchanged})]
            if counts.duplicates:
                parts.append(Reason("count_merged", {"count": counts.duplicates}))
            parts.append(Reason("count_rejected", {"count": counts.rejected}))
            if counts.held_back:
                parts.append(Reason("count_held_back", {"count": counts.held_back}))
            if counts.skipped:
                parts.append(Reason("count_not_records", {"count": counts.skipped}))
            would = self.dry_run or not self.committed
            lines.append(render(Reason("report_counts", {
                "kind": kind.value, "would": would,
                "parts": [p.as_json() for p in parts]}), words))
        return lines
