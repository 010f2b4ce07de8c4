"""Checks of values an officer types into a form: one function per kind of field.

Each check returns the cleaned value or raises ``FieldProblem``; a form collects the
problems of all its fields into one ``ValidationError``. A problem is a code with
facts (``FieldIssue``), worded for every language by one template per code
(``planner/words/form_templates.py``, rendered by ``planner.words.render``): the desktop
in the officer's language, the command line and the logs in English. Problems name
fields and limits, never the value that was typed (it may be personal data).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.airports import AirportProblem, read_airports
from planner.errors import PlannerError
from planner.travel_documents import names_travel_document
from planner.words.form_templates import FORM_PREFIX
from planner.words.render import ENGLISH, Words, field_words, render
from solvers.reasons import Reason

IATA = re.compile(r"^[A-Z]{3}$")
PHONE = re.compile(r"^[0-9+()\-. /]*$")
#: Day-first forms officers type: 17/05/1990, 17-05-1990, 17.05.1990.
DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
#: A date year first (2026-02-31), read for its numbers once ``fromisoformat`` refused it.
_YEAR_FIRST_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
#: A date and time as typed: year first (2026-12-09 14:15, 2026-12-09T14:15) or day first
#: (09/12/2026 14:15, 9.12.2026 14.15); never month first.
_YEAR_FIRST_MOMENT = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+|\s*,\s*)(\d{1,2})[:.](\d{2})(?::(\d{2}))?$")
_DAY_FIRST_MOMENT = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:\s+|\s*,\s*)(\d{1,2})[:.](\d{2})(?::(\d{2}))?$")
EARLIEST_DATE = dt.date(1900, 1, 1)
#: Control characters no field may hold: C0 controls and DEL. Tab, line feed and carriage
#: return are not among them (a note keeps its line breaks; other text fields turn them
#: into spaces). PostgreSQL refuses NUL in text; the others are invisible damage.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class FieldIssue:
    """Why one field's value cannot be used: the check's code and its facts."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def reason(self) -> Reason:
        """The problem as the renderer takes it (its template: ``form_<code>``)."""
        return Reason(f"{FORM_PREFIX}{self.code}", dict(self.params))

    def text(self, words: Words = ENGLISH) -> str:
        """The problem in the language of ``words`` ("Required.")."""
        return render(self.reason(), words)


class FieldProblem(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.problem = FieldIssue(code, params)


class ValidationError(PlannerError):
    """A form's values cannot be saved; ``problems`` maps each field to its problem."""

    def __init__(self, what: str, problems: Mapping[str, FieldIssue]) -> None:
        self.what = what
        self.problems = dict(problems)
        listed = " ".join(f"{field_words(name)}: {p.text()}" for name, p in self.problems.items())
        super().__init__(f"The {what} cannot be saved. {listed}")


class Checker:
    """Collects the problems of several fields: ``checker.field(name, check, value)``."""

    def __init__(self) -> None:
        self.problems: dict[str, FieldIssue] = {}

    def field(self, name: str, check: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return check(value, *args, **kwargs)
        except FieldProblem as problem:
            self.problems.setdefault(name, problem.problem)
            return None

    def add(self, name: str, code: str, **params: Any) -> None:
        self.problems.setdefault(name, FieldIssue(code, params))

    def raise_if_any(self, what: str) -> None:
        if self.problems:
            raise ValidationError(what, self.problems)


# --- single values -------------------------------------------------------------------


def control_character(text: str) -> str | None:
    """The first control character of ``text`` as U+XXXX, or None when it holds none."""
    if text.isprintable():
        return None  # the common case, checked in C
    found = CONTROL_CHARACTERS.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def no_control_characters(text: str) -> str:
    """``text`` unchanged, or ``FieldProblem("control_character")`` naming the first."""
    character = control_character(text)
    if character is not None:
        raise FieldProblem("control_character", character=character)
    return text


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any, max_length: int, required: bool = False) -> str | None:
    if blank(value):
        if required:
            raise FieldProblem("required")
        return None
    cleaned = " ".join(no_control_characters(str(value)).split())
    if len(cleaned) > max_length:
        raise FieldProblem("too_long", max=max_length)
    return cleaned


def free_text(value: Any, max_length: int = 10_000) -> str | None:
    """Notes: kept as typed (line breaks too), only trimmed."""
    if blank(value):
        return None
    cleaned = no_control_characters(str(value).strip())
    if len(cleaned) > max_length:
        raise FieldProblem("too_long", max=max_length)
    return cleaned


def choice(value: Any, choices: Iterable[str], default: str | None = None) -> str:
    options = [str(c) for c in choices]
    if blank(value):
        if default is not None:
            return default
        raise FieldProblem("required")
    cleaned = str(value).strip()
    for option in options:
        if cleaned.casefold() == option.casefold():
            return option
    raise FieldProblem("bad_choice", choices=", ".join(options))


def document_status(value: Any, choices: Iterable[str], default: str | None = None) -> str:
    """One of the statuses; an emergency travel document (SPLP) typed for one is refused
    by name with the importer's advice (valid once issued, missing until then)."""
    try:
        return choice(value, choices, default)
    except FieldProblem as problem:
        folded = " ".join(re.sub(r"[^\w]+", " ", str(value).lower()).split())
        if problem.problem.code == "bad_choice" and names_travel_document(folded):
            raise FieldProblem("travel_document_not_status") from None
        raise


def airport(value: Any, required: bool = True) -> str | None:
    """One IATA code, or a city the importer knows written for it ("Surabaya": SUB)."""
    if blank(value):
        if required:
            raise FieldProblem("required")
        return None
    try:
        codes = read_airports(str(value))
    except AirportProblem as problem:
        raise FieldProblem("bad_airport") from problem
    if len(codes) != 1:
        raise FieldProblem("bad_airport")
    return codes[0]


def airport_list(value: Any) -> str | None:
    """IATA codes or cities ("Jakarta; SUB", "Surabaya atau Medan"), stored as codes
    joined by ``;`` as the importer stores them; blank = None."""
    if blank(value):
        return None
    try:
        return ";".join(read_airports(str(value)))
    except AirportProblem as problem:
        raise FieldProblem("bad_airport_list") from problem


def country(value: Any, default: str | None = None) -> str:
    if blank(value):
        if default:
            return default
        raise FieldProblem("required")
    cleaned = str(value).strip().upper()
    if not IATA.match(cleaned):  # the same shape: three letters
        raise FieldProblem("bad_country")
    return cleaned


def phone(value: Any) -> str | None:
    if blank(value):
        return None
    cleaned = " ".join(str(value).split())
    if not PHONE.match(cleaned):
        raise FieldProblem("bad_phone")
    if len(cleaned) > 40:
        raise FieldProblem("too_long", max=40)
    return cleaned


def date(value: Any, required: bool = False, not_after: dt.date | None = None) -> dt.date | None:
    if blank(value):
        if required:
            raise FieldProblem("required")
        return None
    if isinstance(value, dt.datetime):
        parsed = value.date()
    elif isinstance(value, dt.date):
        parsed = value
    else:
        parsed = _parse_date(str(value).strip())
    if parsed < EARLIEST_DATE:
        raise FieldProblem("too_early", min=EARLIEST_DATE.isoformat())
    if not_after is not None and parsed > not_after:
        raise FieldProblem("in_future")
    return parsed


def _parse_date(text_value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text_value)
    except ValueError:
        pass
    match = DAY_FIRST.match(text_value)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif found := _YEAR_FIRST_DATE.match(text_value):
        year, month, day = (int(g) for g in found.groups())
    else:
        raise FieldProblem("bad_date")
    if year < dt.MINYEAR:
        raise FieldProblem("bad_date")
    issue = calendar_issue(year, month, day)
    if issue is not None:
        raise FieldProblem(issue.code, **issue.params)
    return dt.date(year, month, day)


def calendar_issue(year: int, month: int, day: int) -> FieldIssue | None:
    """What is wrong with a date written whole but not on the calendar (31/02/1990: "That
    month has 28 days, so there is no day 31."); None for a day of the calendar. The
    forms and the importer say it alike (``no_such_month``, ``no_such_day``)."""
    if not 1 <= month <= 12:
        return FieldIssue("no_such_month", {"month": month})
    days = calendar.monthrange(max(year, dt.MINYEAR), month)[1]
    if not 1 <= day <= days:
        return FieldIssue("no_such_day", {"day": day, "days": days})
    return None


def date_time(value: Any, required: bool = True) -> dt.datetime | None:
    if blank(value):
        if required:
            raise FieldProblem("required")
        return None
    if isinstance(value, dt.datetime):
        parsed = value.replace(second=0, microsecond=0, tzinfo=None)
    else:
        parsed = _parse_date_time(str(value).strip())
    if parsed.date() < EARLIEST_DATE:
        raise FieldProblem("too_early", min=EARLIEST_DATE.isoformat())
    return parsed


def _parse_date_time(text_value: str) -> dt.datetime:
    """A date and time typed year first or day first; a date alone is refused (it would
    silently mean midnight)."""
    found = _YEAR_FIRST_MOMENT.match(text_value)
    if found:
        year, month, day, hour, minute, second = found.groups()
    else:
        found = _DAY_FIRST_MOMENT.match(text_value)
        if found is None:
            try:
                parsed = dt.datetime.fromisoformat(text_value)
            except ValueError:
                parsed = None
            if parsed is not None and ("T" in text_value or ":" in text_value):
                return parsed.replace(second=0, microsecond=0, tzinfo=None)
            try:
                _parse_date(text_value)
            except FieldProblem:
                raise FieldProblem("bad_datetime") from None
            raise FieldProblem("needs_time")
        day, month, year, hour, minute, second = found.groups()
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour), int(minute))
    except ValueError as exc:  # 2026-13-09, 31/04/2026, 25:00
        raise FieldProblem("bad_datetime") from exc


def whole_number(
    value: Any, minimum: int = 0, maximum: int = 1_000_000, required: bool = True
) -> int | None:
    if blank(value):
        if required:
            raise FieldProblem("required")
        return None
    if isinstance(value, bool):
        raise FieldProblem("bad_whole_number")
    if isinstance(value, float):
        if not value.is_integer():
            raise FieldProblem("bad_whole_number")
        number = int(value)
    elif isinstance(value, int):
        number = value
    else:
        try:
            number = int(str(value).strip())
        except ValueError as exc:
            raise FieldProblem("bad_whole_number") from exc
    if not minimum <= number <= maximum:
        raise FieldProblem("out_of_range", min=minimum, max=maximum)
    return number


def number(value: Any, minimum: float = 0.0, maximum: float = 1e6) -> float:
    if blank(value):
        raise FieldProblem("required")
    if isinstance(value, bool):
        raise FieldProblem("bad_number")
    try:
        parsed = float(str(value).strip().replace(",", ".")) if isinstance(value, str) \
            else float(value)
    except (TypeError, ValueError) as exc:
        raise FieldProblem("bad_number") from exc
    if parsed != parsed or not minimum <= parsed <= maximum:  # NaN or out of range
        raise FieldProblem("out_of_range", min=f"{minimum:g}", max=f"{maximum:g}")
    return parsed


def flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "yes", "y", "true", "ya")
    return bool(value)
