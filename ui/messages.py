"""Sentences made outside ui/, in the officer's language.

The planner gives its reasons as codes with facts (``solvers.reasons.Reason``): why a
household has no flight or no bed, why a pin was (or would be) released, why a
household's flight changed. Their words are one template per code in
``planner/words/templates.py``, collected into the Qt Linguist catalogue; here they are
rendered with ``tr`` by the one renderer (``planner.words.render``), so the desktop,
the command line and the manifests say the same thing. Nothing here reads a sentence
back: a reason stored before reasons were codes is shown as it was stored.

Why an import row cannot be imported (``planner.importing.RowProblem``: ``code``,
``params``) is worded again here from its code in another language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import planner.words.render as words
from planner.importing import RowProblem
from planner.planning.insights import Move
from solvers.reasons import Reason
from ui.i18n import DEFAULT_LANGUAGE, languages, tr
from ui.labels import field_label
from ui.plan_words import counted, number


class _Missing(Exception):
    """A fact the sentence needs is not there: use the English sentence."""


def translating() -> bool:
    return languages.current != DEFAULT_LANGUAGE


def _translate(text: str) -> str:
    return tr(text)


def _number(value: int) -> str:
    return number(value)


#: The officer's language for the planner's reasons: Qt Linguist's ``tr`` and the
#: locale's numbers (read at each call, so a change of language applies at once).
QT_WORDS = words.Words(_translate, _number)


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


def _need(reason: Mapping[str, Any], name: str) -> Any:
    value = reason.get(name)
    if value is None or value == "" or value == []:
        raise _Missing
    return value


def _fields(names: Sequence[str]) -> str:
    return ", ".join(field_label(n) for n in names) if names else ""


def _made(make: Callable[[], str | None], original: str) -> str:
    if not translating():
        return original
    try:
        return make() or original
    except _Missing:
        return original


# --- why an import row cannot be imported (SPEC 4) ---------------------------------------
def _key_words(key: str) -> str:
    if key == "full name and date of birth":
        return tr("full name and date of birth")
    return field_label(key)


def _import_sentences() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    p = _need
    return {
        "too_long": lambda a: tr("longer than the {max} characters this field can hold").format(
            max=p(a, "max_length")),
        "bad_flight_number": lambda a: tr("not a flight number such as QZ 8205"),
        "bad_sex": lambda a: tr("not a sex (M/F, L/P, Male/Female, Laki-laki/Perempuan)"),
        "bad_accepts": lambda a: tr("not a shelter rule (any, women_children, men)"),
        "bad_flight_status": lambda a: tr("not a flight status (planned, confirmed, "
                                          "cancelled, departed)"),
        "bad_person_status": lambda a: tr("not a movement status (registered, called, "
                                          "checked_in, no_show, flown, arrived, "
                                          "self_departed, withdrawn, missing)"),
        "bad_yes_no": lambda a: tr("not yes or no (yes/no, ya/tidak, y/n, 1/0)"),
        "bad_document_status": lambda a: tr("not a document status (valid, expired, missing, "
                                            "lost, confiscated)"),
        "bad_country": lambda a: tr("not a three-letter country code such as IDN"),
        "bad_airport": lambda a: tr("not one three-letter airport code such as CGK"),
        "bad_airport_in_list": lambda a: tr("{part} is not a three-letter airport code such "
                                            "as CGK").format(part=repr(p(a, "part"))),
        "no_airport": lambda a: tr("no airport code"),
        "too_many_airports": lambda a: tr("too many airports"),
        "bad_phone": lambda a: tr("not a phone number"),
        "phone_too_long": lambda a: tr("longer than the {max} characters a phone number can "
                                       "have").format(max=p(a, "max_length")),
        "not_a_number": lambda a: tr("not a number"),
        "not_whole_number": lambda a: tr("not a whole number"),
        "negative": lambda a: tr("less than zero"),
        "too_large": lambda a: tr("too large"),
        "more_than_a_year": lambda a: tr("more than a year"),
        "bad_time": lambda a: tr("not a time of day (such as 14:30)"),
        "impossible_date": lambda a: tr("not a real date (day or month out of range)"),
        "not_a_date": lambda a: tr("not a date"),
        "number_not_date": lambda a: tr("a number that is not a date"),
        "date_day_first": lambda a: tr("not a date (write it day first, such as 31/12/1990 "
                                       "or 31 Des 1990)"),
        "date_out_of_range": lambda a: tr("a date outside the years 1900 to 2100"),
        "birth_in_future": lambda a: tr("a date of birth in the future"),
        "birth_too_old": lambda a: tr("a date of birth more than 120 years ago"),
        "date_without_time": lambda a: tr("a date without a time of day (write it like "
                                          "03/02/2026 14:30)"),
        "date_needs_time": lambda a: tr("a date without a time of day; add the time or a "
                                        "time column"),
        "reserved_household": lambda a: tr("household codes starting with ~ are reserved for "
                                           "households of one"),
        "required": lambda a: tr("is missing (required)"),
        "pregnant_male": lambda a: tr("pregnant is yes but sex is M"),
        "closes_before_opens": lambda a: tr("closes before it opens"),
        "formula_without_value": lambda a: tr("a formula without a saved result; open the "
                                              "file in a spreadsheet program and save it "
                                              "again so the results are stored"),
        "cell_too_long": lambda a: tr("longer than a spreadsheet cell may be (32,767 "
                                      "characters)"),
        "spreadsheet_error": lambda a: tr("the spreadsheet shows the error {error}").format(
            error=p(a, "shown")),
        "damaged_number": lambda a: tr("not a number although stored as one"),
        "damaged_text": lambda a: tr("refers to text missing from the file (damaged)"),
        "control_character": lambda a: tr("holds an invisible control character "
                                          "({character}); remove it").format(
            character=p(a, "character")),
        "unreadable_text": lambda a: tr("holds letters that are neither UTF-8 nor "
                                        "Windows-1252, so they cannot be read; save the file "
                                        "again as CSV UTF-8"),
        "slot_without_key": lambda a: tr("needs a slot_id or a starts_at to be known by"),
        "repeats_record": lambda a: tr("repeats {key} of row {row} but {fields} differ").format(
            key=p(a, "key"), row=p(a, "first_row"), fields=_fields(p(a, "fields"))),
        "record_invalid": _record_invalid,
        "new_needs_fields": lambda a: tr("{key} is new and needs {fields}").format(
            key=p(a, "key"), fields=_fields(p(a, "fields"))),
        "conflicts_with_stored": lambda a: tr(
            "matches the stored person {case} by {key} but {fields} differ; correct the row "
            "or the stored person").format(case=p(a, "case_no"), key=_key_words(p(a, "key")),
                                           fields=_fields(p(a, "fields"))),
        "repeats_person": _repeats_person,
    }


def _record_invalid(a: Mapping[str, Any]) -> str:
    if _need(a, "problem") != "open_until would fall before open_from":
        raise _Missing
    return tr("{key}: it would close before it opens").format(key=_need(a, "key"))


def _repeats_person(a: Mapping[str, Any]) -> str:
    sheet = a.get("first_sheet")
    where = (tr("{sheet} row {row}").format(sheet=sheet, row=_need(a, "first_row")) if sheet
             else tr("row {row}").format(row=_need(a, "first_row")))
    return tr("repeats the person of {where} (same {key}) but {fields} differ").format(
        where=where, key=_key_words(_need(a, "key")), fields=_fields(_need(a, "fields")))


_IMPORT: dict[str, Callable[[Mapping[str, Any]], str]] = {}


def import_codes() -> set[str]:
    """Every import problem code this module words."""
    if not _IMPORT:
        _IMPORT.update(_import_sentences())
    return set(_IMPORT)


def problem_reason(problem: RowProblem) -> str:
    """Why an import row (or cell) cannot be imported, in the officer's language."""
    import_codes()
    make = _IMPORT.get(problem.code or "")
    if make is None:
        return problem.reason
    return _made(lambda: make(problem.params or {}), problem.reason)


def problem_short(problem: RowProblem) -> str:
    """``RowProblem.short`` in the officer's language: the column, the value and why."""
    if not translating():
        return problem.short
    label = problem.header or (field_label(problem.field) if problem.field else "")
    shown = f" {problem.value!r}" if problem.value else ""
    reason = problem_reason(problem)
    return f"{label}{shown}: {reason}" if label else reason


__all__ = ["QT_WORDS", "conflict_text", "import_codes", "listed", "move_label", "move_text",
           "overflow_text", "pin_clause_text", "problem_reason", "problem_short",
           "reason_summary", "reason_text", "translating"]
