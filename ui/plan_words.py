"""The words of planning in the officer's language: objectives, plan states, reasons, moves.

The planner writes its reasons (SPEC 3.3) and its moves between plans in English with a
stable ``code`` and the facts they rest on. In English the planner's own sentence is
shown (it is the most precise); in another language the sentence is made again here from
the code and the facts, so an Indonesian officer reads Indonesian. A code this module
does not know falls back to the planner's sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale

from ui.i18n import DEFAULT_LANGUAGE, languages, tr

#: The objectives of SPEC 3.2 in their strict order.
OBJECTIVE_ORDER = ("flown_weight", "changes", "overflow_person_nights",
                   "waiting_weighted_days", "first_choice")


def objective_label(name: str) -> str:
    return {
        "flown_weight": tr("Priority weight flown"),
        "flown_persons": tr("Persons flown"),
        "changes": tr("Changes from the published plan"),
        "overflow_person_nights": tr("Nights without a bed"),
        "waiting_weighted_days": tr("Weighted days of waiting"),
        "first_choice": tr("Flown to their first choice"),
    }.get(name, name.replace("_", " "))


def objective_sense(name: str) -> str:
    """How the objective is judged: 'more is better' or 'less is better'."""
    return tr("more is better") if name in ("flown_weight", "first_choice") \
        else tr("less is better")


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
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_month(day: dt.date) -> str:
    """A night or a departure day on a chart's axis: "5 Mar"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def short_datetime(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(QDateTime(moment.year, moment.month, moment.day, moment.hour,
                                        moment.minute, 0), "d MMM yyyy HH:mm")


def number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(int(value))


def _iso_day(value: Any) -> str:
    try:
        return short_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _listed(items: Sequence[Any], limit: int = 4) -> str:
    shown = ", ".join(str(i) for i in items[:limit])
    if len(items) > limit:
        return tr("{shown} and {count} more").format(shown=shown, count=len(items) - limit)
    return shown


def _translating() -> bool:
    return languages.current != DEFAULT_LANGUAGE


def reason_text(reason: Mapping[str, Any]) -> str:
    """Why a household has no flight, in the officer's language."""
    original = str(reason.get("text") or reason.get("code") or "")
    if not _translating():
        return original
    code = reason.get("code")
    flights = list(reason.get("flights") or ())
    persons = list(reason.get("persons") or ())
    made: str | None = None
    if code == "no_common_destination":
        made = tr("The members accept no arrival airport in common; record one they all "
                  "accept or split the household.")
    elif code == "no_flight_to_destination":
        made = tr("No usable flight to {airports}; add a flight or accept another "
                  "airport.").format(airports=" / ".join(reason.get("destinations") or ()))
    elif code == "not_cleared":
        made = tr("Cleared to leave only from {cleared}, after the last usable flight on "
                  "{last}.").format(cleared=_iso_day(reason.get("cleared_from")),
                                     last=_iso_day(reason.get("last_flight")))
    elif code == "no_flight_after_ready":
        made = tr("Available to travel only from {ready}, after the last usable flight on "
                  "{last}.").format(ready=_iso_day(reason.get("ready")),
                                     last=_iso_day(reason.get("last_flight")))
    elif code == "infant_without_adult":
        made = tr("An infant in this household has no adult member to travel with.")
    elif code == "household_too_large":
        made = tr("The household needs more seats than any flight it could take has.")
    elif code == "medical_capacity":
        made = tr("Its medical passengers exceed the medical places of every flight it "
                  "could take.")
    elif code == "no_document_slot":
        made = tr("No document appointment is early enough for {persons} to take any usable "
                  "flight; add an earlier appointment.").format(persons=_listed(persons))
    elif code == "flights_full":
        made = tr("All {count} flights it could take from {day} are full ({flights}), "
                  "carrying {competing} persons in this plan.").format(
            count=len(flights), day=_iso_day(reason.get("after")), flights=_listed(flights),
            competing=reason.get("competing_persons", ""))
    elif code == "medical_capacity_full":
        made = tr("The medical places on {flights} are taken.").format(
            flights=_listed(flights))
    elif code == "document_slots_full":
        made = tr("Seats remain on {flights}, but every document appointment early enough "
                  "for {persons} is fully booked.").format(flights=_listed(flights),
                                                           persons=_listed(persons))
    elif code == "not_placed":
        made = tr("{flights} still has room for this household, but the planner could not "
                  "place it within its time limit; solve again with more time or pin "
                  "it.").format(flights=_listed(flights))
    elif code == "pin_conflict":
        made = tr("Its pin breaks a planning rule and was released: {text}").format(
            text=original)
    return made or original


def reason_summary(reasons: Sequence[Mapping[str, Any]]) -> str:
    if not reasons:
        return tr("The planner recorded no reason.")
    return reason_text(reasons[0])


def move_text(code: str, before: str | None, after: str | None, original: str,
              first_reason: Mapping[str, Any] | None = None) -> str:
    """Why a household's flight differs from the published plan."""
    if not _translating():
        return original
    if code == "flight_unusable":
        return (tr("{before} can no longer fly; moved to {after}.").format(before=before,
                                                                         after=after)
                if after else
                tr("{before} can no longer fly; no other flight could take it.").format(
                    before=before))
    if code == "lost_seat":
        why = reason_text(first_reason) if first_reason else tr("see its reasons")
        return tr("Taken off {before}: {why}").format(before=before, why=why)
    if code == "newly_flown":
        return tr("Now flies on {after}; it had no flight in the earlier plan.").format(
            after=after)
    if code == "moved":
        return tr("Moved from {before} to {after}: no plan with fewer changes flies as much "
                  "priority weight.").format(before=before, after=after)
    if code == "moved_unproven":
        return tr("Moved from {before} to {after}, although {before} still flies; the planner "
                  "did not prove this move necessary. Pin the household to {before} to keep "
                  "it there.").format(before=before, after=after)
    return original


def move_label(code: str) -> str:
    return {
        "flight_unusable": tr("Flight cancelled"),
        "lost_seat": tr("Lost the seat"),
        "newly_flown": tr("Now flies"),
        "moved": tr("Moved"),
        "moved_unproven": tr("Moved, not proven needed"),
    }.get(code, code)

