"""Importing rosters: persons, flights, shelters and document slots from spreadsheets.

The API the command line and the desktop import wizard use::

    analysis = analyse(path, sheet=None, mapping=None, operation=None)
    report = run_import(operation, path, ImportOptions(...), progress, should_cancel,
                        before_write)
    write_rejects(report, "rejects.xlsx")

See ``service`` for the contract and ``docs/decisions.md`` (Import) for the rules.
"""

from planner.importing.column_mapping import ColumnMapping
from planner.importing.errors import ImportCancelled, ImportFileError, UndecidedColumns
from planner.importing.headers import ColumnMatch
from planner.importing.problems import MergedRow, RowProblem, SkippedRow
from planner.importing.record_kinds import SheetKind
from planner.importing.rejects import write_rejects
from planner.importing.report import ImportReport, KindCounts, SheetReport
from planner.importing.service import Analysis, ImportOptions, analyse, run_import

__all__ = [
    "Analysis",
    "ColumnMapping",
    "ColumnMatch",
    "ImportCancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportReport",
    "KindCounts",
    "MergedRow",
    "RowProblem",
    "SheetKind",
    "SheetReport",
    "SkippedRow",
    "UndecidedColumns",
    "analyse",
    "run_import",
    "write_rejects",
]
