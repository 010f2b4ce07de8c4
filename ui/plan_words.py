"""The words of planning in the officer's language: objectives, plan states, dates, numbers.

The planner's sentences (reasons, moves, released pins, overflow) are worded in
``ui/messages.py``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QLocale

import planner.words.render as render
from planner.words.command_templates import COMMAND_VALUE_WORDS
from ui.i18n import tr

#: The objectives of SPEC 3.2 in their strict order.
OBJECTIVE_ORDER = ("flown_weight", "changes", "overflow_person_nights",
                   "waiting_weighted_days", "first_choice")
#: The objectives maximised (the others are minimised).
MORE_IS_BETTER = ("flown_weight", "first_choice")


def objective_label(name: str) -> str:
    """The objective's name on the screen (the words ``evacplan --lang`` says it in)."""
    label = COMMAND_VALUE_WORDS["objective"].get(name)
    return tr(label) if label is not None else name.replace("_", " ")


def objective_sense(name: str) -> str:
    """How the objective is judged: 'more is better' or 'less is better'."""
    return tr("more is better") if name in MORE_IS_BETTER else tr("less is better")


def whole_bound(name: str, bound: float) -> float:
    """A proven bound of an objective as the count it bounds: every objective counts
    (persons, weight, nights, days), so no plan beats the bound's whole number on its
    side (an LP bound of 6,702.3 nights without a bed means at least 6,703)."""
    if name in MORE_IS_BETTER:  # an upper bound
        return float(math.floor(bound + 1e-6))
    return float(math.ceil(bound - 1e-6))


def plan_status_label(status: str) -> str:
    return {
        "optimal": tr("Optimal"),
        "feasible": tr("Good, not proven best"),
        "cancelled": tr("Cancelled"),
        "failed": tr("Failed"),
    }.get(status, status)


def objective_status_label(status: str) -> str:
    return {
        "optimal": tr("Proven best"),
        "feasible": tr("Best found"),
        "not solved": tr("Not reached"),
        "solving": tr("Solving..."),
        "waiting": tr("Waiting"),
        "skipped": tr("No published plan"),
        "settled": tr("Settled"),
    }.get(status, status)


def short_date(day: dt.date | None) -> str:
    """"5 Mar 2026" in the desktop's language: the one date formatter of the reports and
    the command line (``planner.words.render.date_text``), not the locale's."""
    if day is None:
        return ""
    return render.date_text(day, QT_WORDS)


def day_month(day: dt.date) -> str:
    """A night or a departure day on a chart's axis: "5 Mar"."""
    return render.day_month_text(day, QT_WORDS)


def short_datetime(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return f"{short_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value))


#: The officer's language for the planner's words: Qt Linguist's ``tr`` and the locale's
#: numbers (read at each call, so a change of language applies at once).
QT_WORDS = render.Words(lambda text: tr(text), lambda value: number(value), desktop=True)


def counted(count: int, one: str, many: str, **facts: Any) -> str:
    """A count with its noun in the right number: ``one`` and ``many`` are the translated
    sentences with ``{count}`` ("{count} flight", "{count} flights") and any other
    ``facts``. Qt's own plural forms need an English catalogue as well; two sentences
    serve both languages (an Indonesian noun does not change with the count)."""
    return (one if count == 1 else many).format(count=number(count), **facts)


# Counts of the things officers count, each noun in the right number.
def persons_text(count: int) -> str:
    return counted(count, tr("{count} person"), tr("{count} persons"))


def households_text(count: int) -> str:
    return counted(count, tr("{count} household"), tr("{count} households"))


def flights_text(count: int) -> str:
    return counted(count, tr("{count} flight"), tr("{count} flights"))


def passengers_text(count: int) -> str:
    return counted(count, tr("{count} passenger"), tr("{count} passengers"))


def shelters_text(count: int) -> str:
    return counted(count, tr("{count} shelter"), tr("{count} shelters"))


def slots_text(count: int) -> str:
    return counted(count, tr("{count} slot"), tr("{count} slots"))


def records_text(count: int) -> str:
    return counted(count, tr("{count} record"), tr("{count} records"))


def pins_text(count: int) -> str:
    return counted(count, tr("{count} pin"), tr("{count} pins"))


def person_nights_text(count: int) -> str:
    return counted(count, tr("{count} person-night"), tr("{count} person-nights"))


def part_of(visible: int, total: str) -> str:
    """"3 of 10 flights": ``total`` is the counted whole (``flights_text(10)``)."""
    return tr("{visible} of {total}").format(visible=number(visible), total=total)
