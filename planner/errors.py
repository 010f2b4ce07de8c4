"""Errors a person can act on.

A ``PlannerError`` carries one sentence that names what went wrong and where; the
command line prints it on one line of stderr and the desktop program shows it in a
message box. Anything else that escapes is a bug and is reported as such.

An error made with ``PlannerError.of(code, **facts)`` is a reason (``Reason(code,
facts)``, its template in ``planner/words/error_templates.py``): its message is the
English sentence (logs, scripts), ``text(words)`` the sentence in another language
(``evacplan --lang id``). An error made from a sentence says that sentence in every
language.
"""

from __future__ import annotations

from typing import Any, Self

from planner.words.render import ENGLISH, Words, render
from solvers.reasons import Reason


class PlannerError(Exception):
    """An expected problem with the user's input or environment."""

    #: The error as a code with facts (None: made from an English sentence).
    reason: Reason | None = None

    @classmethod
    def of(cls, code: str, /, **facts: Any) -> Self:
        """The error of ``code`` with its facts; its message is the English sentence."""
        reason = Reason(code, facts)
        error = cls(render(reason))
        error.reason = reason
        return error

    def text(self, words: Words = ENGLISH) -> str:
        """The error in the language of ``words``."""
        return render(self.reason, words) if self.reason is not None else str(self)


class OperationNotFound(PlannerError):
    pass


class DatabaseError(PlannerError):
    pass


class ConflictError(PlannerError):
    """Another officer changed the same data first."""
