"""``analyse``: what the import wizard shows before anything changes."""

from __future__ import annotations

from pathlib import Path

from planner.db import Operation
from planner.importing import SheetKind, analyse, write_rejects
from tests.importing import ministry_roster as ministry
from tests.importing.state import snapshot


def test_analysis_describes_the_file_without_a_database(tmp_path: Path) -> None:
    roster = ministry.write_ministry_roster(tmp_path / "r.xlsx")
    progress: list[float] = []
    analysis = analyse(roster.path, progress=lambda f, _t: progress.append(f))
    assert analysis.format_name == "xlsx" and len(analysis.sha256) == 64
    [sheet] = analysis.recognised
    assert (sheet.name, sheet.kind, sheet.header_row) == (ministry.SHEET, SheetKind.PERSONS, 4)
    assert [c.header for c in sheet.ignored] == ["NO"]
    assert analysis.valid_rows == {ministry.SHEET: 9}  # the repeat is valid as a row
    assert {r.number for r in analysis.rejected} == set(ministry.BROKEN_ROWS)
    assert {s.row for s in analysis.skipped} == {ministry.TOTALS_ROW, *ministry.NOTE_ROWS}
    preview = analysis.preview[ministry.SHEET]
    assert preview[0][0] == 5 and preview[0][1][1] == "  Siti   Aminah "
    assert analysis.outcome is None


def test_analysis_with_an_operation_counts_what_would_happen(operation: Operation,
                                                             tmp_path: Path) -> None:
    roster = ministry.write_ministry_roster(tmp_path / "r.xlsx")
    before = snapshot(operation)
    analysis = analyse(roster.path, operation=operation)
    outcome = analysis.outcome
    assert outcome is not None and outcome.dry_run and not outcome.committed
    counts = outcome.counts[SheetKind.PERSONS]
    assert (counts.added, counts.rejected, counts.duplicates) == (8, 3, 1)
    assert snapshot(operation) == before
    rejects = tmp_path / "rejects.xlsx"
    assert write_rejects(analysis, rejects) == 3 and rejects.exists()
