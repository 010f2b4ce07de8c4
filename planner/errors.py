"""Errors a person can act on.

A ``PlannerError`` carries one sentence that names what went wrong and where; the
command line prints it on one line of stderr and the desktop program shows it in a
message box. Anything else that escapes is a bug and is reported as such.
"""

from __future__ import annotations


class PlannerError(Exception):
    """An expected problem with the user's input or environment."""


class OperationNotFound(PlannerError):
    pass


class DatabaseError(PlannerError):
    pass


class ConflictError(PlannerError):
    """Another officer changed the same data first."""
