"""Dates and times as ministries write them: date cells, Excel serial numbers, and text.

Numeric dates are read day first, as in Indonesia and most of the world; month names and
abbreviations in English and Indonesian; a time of day as 14:30, 14.30, 2:30 PM or
"pukul 14.30 WIB"; a place before a birth date ("Surabaya, 17/08/1988") is skipped.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.importing.cells import CellValue
from planner.importing.excel_dates import MAX_SERIAL, from_serial
from planner.importing.values import ParseContext, ValueProblem, clean_text, fold
from planner.importing.vocabulary import MONTHS
from planner.records.field_rules import calendar_issue

_TIME = r"(?:\s*(?:,|T|pukul|pkl\.?|jam)?\s*(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?" \
        r"(?:\s*(?:WIB|WITA|WIT|ICT))?)?"
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME, re.I)
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})" + _TIME, re.I)
_DAY_MONTH_NAME = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-./]*([A-Za-z]{3,10})\.?[\s\-./,]*(\d{4}|\d{2})"
    + _TIME, re.I)
_MONTH_NAME_DAY = re.compile(
    r"(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME, re.I)
_COMPACT = re.compile(r"(\d{8})")
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_TIME_ONLY = re.compile(r"(?:pukul|pkl\.?|jam)?\s*(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?"
                        r"\s*(?:WIB|WITA|WIT|ICT)?", re.I)


def _year(text: str, birth: bool, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: a birth year cannot be in the future; other dates are recent.
        year += 2000 if (not birth or year <= today.year % 100) else 1900
    return year


def _clock(hour: str | None, minute: str | None, second: str | None,
           half: str | None) -> dt.time | None:
    if hour is None:
        return None
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if half:
        if not 1 <= h <= 12:
            raise ValueProblem("bad_time")
        h = h % 12 + (12 if half.lower().startswith("p") else 0)
    try:
        return dt.time(h, m, s)
    except ValueError as exc:
        raise ValueProblem("bad_time") from exc


def _moment(year: int, month: int, day: int, clock: dt.time | None) -> dt.datetime | dt.date:
    issue = calendar_issue(year, month, day)
    if issue is not None:  # the forms' words for it (31/02/1990: "no day 31")
        reason = issue.reason()
        raise ValueProblem(reason.code, **reason.facts)
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:  # a year outside the calendar (0000-01-01)
        raise ValueProblem("date_out_of_range") from exc
    return dt.datetime.combine(date, clock) if clock else date


def _parse_date_text(text: str, birth: bool, ctx: ParseContext) -> dt.datetime | dt.date | None:
    """A date (with its time, if written) from text; None if the text holds no date form."""
    found = _ISO.fullmatch(text)
    if found:
        y, mo, d, *clock = found.groups()
        return _moment(int(y), int(mo), int(d), _clock(*clock))
    found = _DAY_FIRST.fullmatch(text)
    if found:
        d, mo, y, *clock = found.groups()
        return _moment(_year(y, birth, ctx.today), int(mo), int(d), _clock(*clock))
    found = _DAY_MONTH_NAME.fullmatch(text)
    if found and fold(found.group(2)) in MONTHS:
        d, name, y, *clock = found.groups()
        return _moment(_year(y, birth, ctx.today), MONTHS[fold(name)], int(d), _clock(*clock))
    found = _MONTH_NAME_DAY.fullmatch(text)
    if found and fold(found.group(1)) in MONTHS:
        name, d, y, *clock = found.groups()
        return _moment(int(y), MONTHS[fold(name)], int(d), _clock(*clock))
    found = _COMPACT.fullmatch(text)
    if found:
        digits = found.group(1)
        if 1900 <= int(digits[:4]) <= 2100:
            return _moment(int(digits[:4]), int(digits[4:6]), int(digits[6:]), None)
        if 1900 <= int(digits[4:]) <= 2100:
            return _moment(int(digits[4:]), int(digits[2:4]), int(digits[:2]), None)
    if _SERIAL.fullmatch(text):
        moment = from_serial(float(text), ctx.date1904)
        if isinstance(moment, dt.datetime):
            return moment
    return None


def parse_moment(raw: CellValue, ctx: ParseContext, birth: bool = False) -> dt.datetime | dt.date:
    """A date or date-time from a date cell, an Excel serial number or day-first text."""
    if isinstance(raw, dt.datetime | dt.date):
        return raw
    if isinstance(raw, bool | dt.time | dt.timedelta):
        raise ValueProblem("not_a_date")
    if isinstance(raw, int | float):
        if 1 <= raw <= MAX_SERIAL:
            serial = from_serial(float(raw), ctx.date1904)
            if isinstance(serial, dt.datetime):
                return serial
        raise ValueProblem("number_not_date")
    text = clean_text(raw)
    moment = _parse_date_text(text, birth, ctx)
    if moment is None and birth and "," in text:
        # "Tempat, tanggal lahir": a place of birth before the date.
        moment = _parse_date_text(text.rsplit(",", 1)[1].strip(), birth, ctx)
    if moment is None:
        raise ValueProblem("date_day_first")
    return moment


def _as_date(moment: dt.datetime | dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def parse_date(raw: CellValue, ctx: ParseContext) -> dt.date:
    date = _as_date(parse_moment(raw, ctx))
    if not dt.date(1900, 1, 1) <= date <= dt.date(2100, 12, 31):
        raise ValueProblem("date_out_of_range")
    return date


def parse_birth_date(raw: CellValue, ctx: ParseContext) -> dt.date:
    date = _as_date(parse_moment(raw, ctx, birth=True))
    if date > ctx.today:
        raise ValueProblem("birth_in_future")
    if date.year < ctx.today.year - 120:
        raise ValueProblem("birth_too_old")
    return date


def parse_datetime(raw: CellValue, ctx: ParseContext) -> dt.datetime:
    moment = parse_moment(raw, ctx)
    if not isinstance(moment, dt.datetime):
        raise ValueProblem("date_without_time")
    if not 1900 <= moment.year <= 2100:
        raise ValueProblem("date_out_of_range")
    return moment.replace(microsecond=0)


def parse_time(raw: CellValue, ctx: ParseContext) -> dt.time:
    """A time of day from a time cell, a day fraction, or text such as 14:30 or 14.30 WIB."""
    if isinstance(raw, dt.datetime):
        return raw.time()
    if isinstance(raw, dt.time):
        return raw
    if isinstance(raw, float | int) and not isinstance(raw, bool) and 0 <= raw < 1:
        moment = from_serial(float(raw))
        if isinstance(moment, dt.time):
            return moment
    if isinstance(raw, str):
        found = _TIME_ONLY.fullmatch(clean_text(raw))
        if found:
            clock = _clock(*found.groups())
            if clock is not None:
                return clock
    raise ValueProblem("bad_time")


def parse_iso_moment(text: str) -> dt.datetime | None:
    """An ISO 8601 date-time as stored in an .xlsx ``t="d"`` cell."""
    try:
        return dt.datetime.fromisoformat(text.strip().rstrip("Z"))
    except ValueError:
        return None
