"""Sentences made outside ui/, in the officer's language.

The planner gives its reasons as codes with facts (``solvers.reasons.Reason``): why a
household has no flight or no bed, why a pin was (or would be) released, why a
household's flight changed. Their words are one template per code in
``planner/words/templates.py``, collected into the Qt Linguist catalogue; here they are
rendered with ``tr`` by the one renderer (``planner.words.render``), so the desktop,
the command line and the manifests say the same thing. Nothing here reads a sentence
back: a reason stored before reasons were codes is shown as it was stored.

The import's sentences (why a row cannot be imported, what a column's cells hold and
why it got its field) are codes with facts too (``planner/words/import_templates.py``),
rendered here by the same renderer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import planner.words.render as words
from planner.importing import RowProblem
from planner.planning.insights import Move
from solvers.reasons import Reason
from ui.i18n import DEFAULT_LANGUAGE, languages, tr
from ui.plan_words import QT_WORDS, counted


class _Missing(Exception):
    """A fact the sentence needs is not there: use the English sentence."""


def translating() -> bool:
    return languages.current != DEFAULT_LANGUAGE




def listed(items: Sequence[Any], limit: int = 4, more: int = 0) -> str:
    """Items joined by commas, the rest counted ("A, B dan 3 lainnya")."""
    return words.listed([str(i) for i in items], QT_WORDS, more, limit)


def reason_text(reason: Reason | Mapping[str, Any] | None) -> str:
    """A reason (a code with facts, or its stored JSON) in the officer's language."""
    if reason is None:
        return ""
    return words.render(reason, QT_WORDS)


def reason_summary(reasons: Sequence[Mapping[str, Any]]) -> str:
    """The first reason, and how many more there are ("... (+2 more reasons)")."""
    if not reasons:
        return tr("The planner recorded no reason.")
    first = reason_text(reasons[0])
    if len(reasons) == 1:
        return first
    return counted(len(reasons) - 1, tr("{first} (+{count} more reason)"),
                   tr("{first} (+{count} more reasons)"), first=first)


#: A released pin (a plan's conflict, or a household's "pin_conflict" reason), why a
#: pin would be released, why a household has no bed: all reasons.
conflict_text = reason_text
pin_clause_text = reason_text
overflow_text = reason_text


def move_text(move: Move) -> str:
    """Why a household's flight differs from the plan compared with."""
    return reason_text(move.why)


def move_label(code: str) -> str:
    return {
        "flight_unusable": tr("Flight cancelled"),
        "lost_seat": tr("Lost the seat"),
        "newly_flown": tr("Now flies"),
        "moved": tr("Moved"),
        "moved_unproven": tr("Moved, not proven needed"),
    }.get(code, code)


# --- the import's sentences (SPEC 4; planner/words/import_templates.py) -----------------
def problem_reason(problem: RowProblem) -> str:
    """Why an import row (or cell) cannot be imported, in the officer's language."""
    return problem.reason_in(QT_WORDS)


def problem_short(problem: RowProblem) -> str:
    """The column, the value and why, in the officer's language."""
    return problem.short_in(QT_WORDS)


def clauses_text(reasons: Sequence[Reason | Mapping[str, Any]]) -> str:
    """Reasons said one after the other (a column's evidence)."""
    return words.clauses(reasons, QT_WORDS)


def other_header_text(meaning: str) -> str:
    """What a column holds that no field takes ("ages"), in the officer's language."""
    return words.value_words("other_header", meaning, QT_WORDS)


__all__ = ["QT_WORDS", "clauses_text", "conflict_text", "listed", "move_label", "move_text",
           "other_header_text", "overflow_text", "pin_clause_text", "problem_reason",
           "problem_short",
           "reason_summary", "reason_text", "translating"]
