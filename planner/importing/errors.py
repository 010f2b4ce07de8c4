"""Errors of the import: a file that cannot be read, an import the officer cancelled."""

from __future__ import annotations

from planner.errors import PlannerError


class ImportFileError(PlannerError):
    """The file as a whole cannot be imported (format, encryption, damage, size, no records)."""


class UndecidedColumns(ImportFileError):
    """A sheet has columns that look like a field the planner must not miss (a household,
    a date of readiness, a flag...) and that nothing maps: the import stops, changing
    nothing, until each is mapped or named to be left out. ``sheets`` are the reports of
    the sheets read so far (``report.SheetReport``), to show what the columns hold."""

    def __init__(self, message: str, sheets: list[object]) -> None:
        super().__init__(message)
        self.sheets = sheets


class ImportCancelled(PlannerError):
    """The officer cancelled the import; nothing was changed."""
