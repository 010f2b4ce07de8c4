"""Errors of the import: a file that cannot be read, an import the officer cancelled."""

from __future__ import annotations

from typing import Any

from planner.errors import PlannerError
from planner.words.render import render
from solvers.reasons import Reason


class ImportFileError(PlannerError):
    """The file as a whole cannot be imported (format, encryption, damage, size, no records).

    A code with facts (``ImportFileError("file_empty", file="roster.xlsx")``), worded by
    its template in ``planner/words/import_templates.py`` (``FILE_ERRORS``); the message is
    the English sentence, ``text(words)`` (``PlannerError``'s) the sentence in another
    language."""

    def __init__(self, code: str, /, **facts: Any) -> None:
        self.reason = Reason(code, facts)
        super().__init__(render(self.reason))


class UndecidedColumns(ImportFileError):
    """A sheet has columns that look like a field the planner must not miss (a household,
    a date of readiness, a flag...) and that nothing maps: the import stops, changing
    nothing, until each is mapped or named to be left out. ``sheets`` are the reports of
    the sheets read so far (``report.SheetReport``), to show what the columns hold."""

    def __init__(self, code: str, sheets: list[object], /, **facts: Any) -> None:
        super().__init__(code, **facts)
        self.sheets = sheets


class ImportCancelled(PlannerError):
    """The officer cancelled the import; nothing was changed."""
