"""Counts in the command line's and the files' English: the noun (and a verb with it) in
the right number, the count with thousands separators. The desktop's sentences are
translated whole instead (``ui.plan_words.counted``), and reasons have their own nouns
(``planner.words.render.counted``)."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """"1 person", "2,345 persons": a count and its noun as a reader says them."""
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


def agreeing(count: int, one: str, many: str) -> str:
    """The verb that goes with ``count``: ``agreeing(1, "is", "are")`` is "is"."""
    return one if count == 1 else many
