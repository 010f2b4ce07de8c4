"""Every sentence the form checks say: why a typed value cannot be saved.

A check of :mod:`planner.records.field_rules` (or of the settings and records services)
raises ``FieldProblem(code, **facts)``; ``FieldIssue.reason`` makes it
``Reason("form_<code>", facts)``, worded here once for every language by
``planner.words.render.render``: the desktop's forms (``tr``), the command line and the
logs (``ValidationError``'s message, in English), the same sentence. The officer reads it
beside the field's label ("Full name: Required."), so a sentence names no field of its own.
Problems never repeat the value that was typed (it may be personal data).

Facts are formatted by their kind as in ``planner.words.templates``: ``dates`` (ISO text),
``fields`` (a field's name, shown as its label), integers as numbers in the language.
"""

from __future__ import annotations

from planner.words.import_templates import CELL_PROBLEMS
from planner.words.templates import QT_TR_NOOP, Entry, Template

# A form problem's template code is its check's code with this in front, so that it
# never meets an import code of the same name (``required``, ``too_long``).
FORM_PREFIX = "form_"


def _one(text: str, *, fields: tuple[str, ...] = (), dates: tuple[str, ...] = ()) -> Entry:
    """A code with one sentence (it counts nothing)."""
    return Entry(Template(text, dates=dates, fields=fields))


FORM_PROBLEMS: dict[str, Entry] = {
    f"{FORM_PREFIX}{code}": entry for code, entry in {
        "required": _one(QT_TR_NOOP("Required.")),
        "too_long": Entry(Template(QT_TR_NOOP("At most {max} character."),
                                   QT_TR_NOOP("At most {max} characters."), "max")),
        "bad_choice": _one(QT_TR_NOOP("Choose one of: {choices}.")),
        # The importer's own sentence (one template, one translation): an SPLP typed as
        # a document status is refused by name at the desk and in the forms too.
        "travel_document_not_status": CELL_PROBLEMS["travel_document_not_status"],
        "bad_airport": _one(QT_TR_NOOP(
            "A three-letter airport code (IATA) such as CGK, or its city such as Surabaya.")),
        "bad_airport_list": _one(QT_TR_NOOP(
            "Airport codes or their cities separated by ; or , such as CGK;SUB or "
            "Jakarta, Surabaya.")),
        "bad_country": _one(QT_TR_NOOP("A three-letter country code (ISO 3166), such as IDN.")),
        "bad_phone": _one(QT_TR_NOOP("Only digits, spaces and + - ( ) . /")),
        "bad_date": _one(QT_TR_NOOP("A date such as 2026-03-17 or 17/03/2026.")),
        "bad_datetime": _one(QT_TR_NOOP(
            "A date and time such as 2026-03-17 09:30 or 17/03/2026 09:30.")),
        # Written as a date, but no day of the calendar (31/02/1990).
        "no_such_month": _one(QT_TR_NOOP("There is no month {month}: write the day first, then the month (1 to 12).")),
        "no_such_day": _one(QT_TR_NOOP("That month has {days} days, so there is no day {day}.")),
        "needs_time": _one(QT_TR_NOOP("Add the time of day, such as 2026-03-17 09:30.")),
        "bad_number": _one(QT_TR_NOOP("A number.")),
        "bad_whole_number": _one(QT_TR_NOOP("A whole number.")),
        "out_of_range": _one(QT_TR_NOOP("Between {min} and {max}.")),
        "too_early": _one(QT_TR_NOOP("Not before {min}."), dates=("min",)),
        "in_future": _one(QT_TR_NOOP("Cannot be in the future.")),
        "duplicate": _one(QT_TR_NOOP("Already used by {other}.")),
        "before": _one(QT_TR_NOOP("Cannot be before {other}."), fields=("other",)),
        "not_female": _one(QT_TR_NOOP("Only for a woman.")),
        "bad_timezone": _one(QT_TR_NOOP("A time zone such as Asia/Phnom_Penh.")),
        "bad_reference_code": _one(QT_TR_NOOP(
            "2 to 16 letters, digits or dashes, such as KBRI-PNH.")),
        "ages_order": _one(QT_TR_NOOP(
            "Must be above the infant age and at most the elderly age.")),
        "bad_household": _one(QT_TR_NOOP("Cannot start with ~ (kept for households of one).")),
        "control_character": _one(QT_TR_NOOP("Delete the hidden {character}.")),
    }.items()
}

__all__ = ["FORM_PREFIX", "FORM_PROBLEMS"]
