"""Errors of the import: a file that cannot be read, an import the officer cancelled."""

from __future__ import annotations

from planner.errors import PlannerError


class ImportFileError(PlannerError):
    """The file as a whole cannot be imported (format, encryption, damage, size, no records)."""


class ImportCancelled(PlannerError):
    """The officer cancelled the import; nothing was changed."""
