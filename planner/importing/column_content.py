"""What a column's cells look like, whatever its header says.

``read_content`` looks at the cells of one column in the first rows under the header and
says what they hold: row numbers, sex words, yes/no words, dates of birth or recent dates,
phone numbers, passport numbers, airports, nationalities, document statuses, the same code
on a few adjacent rows (a family id typed or merged over its members' rows), case
numbers, names, numbers or free text. Each reading carries the field it suggests (if
any), a confidence from 0 to 1 and what the cells hold as a code with facts
(``Reason("household_runs", {"low": 2, "high": 4, "places": 34, ...})``, worded by
``planner/words/import_templates.py``: "the same value on 2-4 adjacent rows in 34 places"). ``ColumnContent.fit`` says which share of the cells a field's parser
(the one the import uses) accepts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from planner.airports import AIRPORT_BY_CITY
from planner.importing import date_values as dv
from planner.importing import values as v
from planner.importing.cells import CellValue, UnusableCell, display
from planner.importing.record_kinds import SheetKind
from planner.importing.values import ParseContext, ValueProblem
from planner.importing.vocabulary import (
    DOCUMENT_STATUS_WORDS,
    NATIONALITY_WORDS,
    NO_WORDS,
    SEX_WORDS,
    YES_WORDS,
)
from solvers.reasons import Reason

Parser = Callable[[CellValue], Any]
#: The yes/no fields of a person; a column of yes/no words is one of them.
FLAG_FIELDS = ("medical", "pregnant", "disability", "trafficking_victim", "needs_shelter")
#: Fields of recent dates, which cells alone cannot tell apart.
RECENT_DATE_FIELDS = ("available_from", "cleared_from")
_PLACEHOLDERS = frozenset({"", "-", "--", "---", "\u2013", "\u2014", ".", "/", "?", "n/a",
                           "na", "nil", "nihil"})
_PASSPORT = re.compile(r"[A-Z]{1,2}\d{6,8}")
_PHONE_TEXT = re.compile(r"\+?[\d\s().\-/]{8,30}")
_NAME = re.compile(r"[^\W\d_]+(?:[\s.'\-,]+[^\W\d_]+){0,7}\.?")
_SHAPE = str.maketrans("0123456789", "9999999999")
_KNOWN_AIRPORTS = frozenset(AIRPORT_BY_CITY.values())
_NATIONALITIES = frozenset(NATIONALITY_WORDS) | frozenset(
    c.lower() for c in NATIONALITY_WORDS.values())


@dataclass(frozen=True)
class Reading:
    """One thing a column's cells look like."""

    #: The field it suggests; None when no field takes it (row numbers, ages) or when it
    #: is a yes/no flag of no known meaning (``flag`` is then True).
    field: str | None
    confidence: float
    #: What the cells hold: ``dates_of_birth`` with the first and last date and ages.
    looks_like: Reason
    flag: bool = False


@dataclass
class ColumnContent:
    """A column's cells in the rows looked at."""

    #: Rows looked at, and how many of them fill this column.
    rows: int
    filled: int
    #: What the cells look like, most telling first; empty for an empty column.
    readings: list[Reading] = field(default_factory=list)
    #: The filled cells, each distinct value with how often it comes.
    values: Counter[CellValue] = field(default_factory=Counter, repr=False)
    parsers: dict[str, Parser] = field(default_factory=dict, repr=False)
    _fits: dict[str, float] = field(default_factory=dict, repr=False)

    def fit(self, field_name: str) -> float:
        """Share of the filled cells the field's parser (the import's own) accepts; 1 for
        an empty column, 0 for a field without a parser."""
        if not self.filled:
            return 1.0
        if field_name not in self._fits:
            parse = self.parsers.get(field_name)
            accepted = sum(n for value, n in self.values.items()
                           if parse is not None and _accepts(parse, value))
            self._fits[field_name] = accepted / self.filled
        return self._fits[field_name]

    @property
    def best(self) -> Reading | None:
        return self.readings[0] if self.readings else None

    @property
    def best_confidence(self) -> float:
        """How sure the best reading is; 0 for a column with no reading."""
        return self.readings[0].confidence if self.readings else 0.0

    def reading_for(self, field_name: str) -> Reading | None:
        """The reading that speaks for ``field_name`` (recent dates speak for both the
        date of readiness and the date of clearance; yes/no words for every flag)."""
        for reading in self.readings:
            if reading.field == field_name or (reading.flag and field_name in FLAG_FIELDS) or (
                    reading.field in RECENT_DATE_FIELDS and field_name in RECENT_DATE_FIELDS):
                return reading
        return None

    @property
    def looks_like(self) -> Reason:
        return self.best.looks_like if self.best else Reason("cells_empty_column")


def _is_blank(cell: CellValue) -> bool:
    if cell is None:
        return True
    if isinstance(cell, str):
        text = cell.strip().lower()
        return text in _PLACEHOLDERS
    return False


def _text(cell: CellValue) -> str:
    return v.clean_text(cell) if not isinstance(cell, UnusableCell) else ""


def _examples(cells: Sequence[CellValue], count: int = 3) -> str:
    shown: list[str] = []
    for cell in cells:
        text = display(cell).strip()
        if len(text) > 24:
            text = text[:21] + "..."
        if text and text not in shown:
            shown.append(text)
        if len(shown) == count:
            break
    return ", ".join(repr(s) for s in shown)


def _examples_of(code: str, cells: Sequence[CellValue]) -> Reason:
    """What the cells hold, with a few of them as examples."""
    return Reason(code, {"examples": _examples(cells)})


def _share(cells: Sequence[CellValue], test: Callable[[CellValue], bool]) -> float:
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def _accepts(parse: Parser, cell: CellValue) -> bool:
    if isinstance(cell, UnusableCell):
        return False
    try:
        return parse(cell) is not None
    except (ValueProblem, ValueError, TypeError, OverflowError):
        return False


# --- one reading per kind of content ----------------------------------------------------

def _integers(cells: Sequence[CellValue]) -> list[int] | None:
    numbers: list[int] = []
    for cell in cells:
        if isinstance(cell, bool):
            return None
        if isinstance(cell, int | float) and float(cell).is_integer():
            numbers.append(int(cell))
        # isdecimal, not isdigit: "²" is a digit that int() cannot read (hypothesis found it).
        elif isinstance(cell, str) and cell.strip().isdecimal() and len(cell.strip()) < 10:
            numbers.append(int(cell.strip()))
        else:
            return None
    return numbers


def _row_numbers_reading(cells: Sequence[CellValue]) -> Reading | None:
    numbers = _integers(cells)
    if not numbers:
        return None
    steps = sum(1 for a, b in zip(numbers, numbers[1:], strict=False) if b == a + 1)
    if len(numbers) >= 3 and steps >= 0.9 * (len(numbers) - 1):
        return Reading(None, 0.9, Reason("row_numbers", {"first": numbers[0],
                                                         "last": numbers[-1]}))
    return None


def _ages_reading(cells: Sequence[CellValue]) -> Reading | None:
    """Small whole numbers (read after family ids, which may be numbers too)."""
    numbers = _integers(cells)
    if not numbers:
        return None
    low, high = min(numbers), max(numbers)
    if low >= 0 and high <= 120 and len(set(numbers)) > 2:
        return Reading(None, 0.6, Reason("whole_numbers", {"low": low, "high": high}))
    return None


#: Sex words, yes/no words and document statuses come in few distinct forms: a column of
#: more than four times this many is none of them.
_FEW_WORDS = 20


def _words_reading(values: Counter[CellValue], filled: int) -> Reading | None:
    """Sex words, yes/no words or document statuses."""
    if len(values) > 4 * _FEW_WORDS:
        return None
    counts: Counter[str] = Counter()
    for cell, n in values.items():
        # A tick folds to nothing: it is kept as typed, as the vocabulary lists it.
        counts[(v.fold(_text(cell)) or _text(cell)) if not isinstance(cell, bool) else
               ("yes" if cell else "no")] += n
    # More than a few forms can still be statuses typed by hand (a roster's officers each
    # wrote theirs): the shares below decide, the sex and yes/no readings wanting few forms.
    cells = range(filled)
    shown = ", ".join(f"{word or '?'} {n}" for word, n in counts.most_common(4))
    sexes = sum(n for w, n in counts.items() if w in SEX_WORDS or w.replace(" ", "") in SEX_WORDS)
    if sexes >= 0.95 * len(cells) and len(counts) <= 8:
        return Reading("sex", 0.95, Reason("sex_words", {"shown": shown}))
    yes_no = sum(n for w, n in counts.items() if w in YES_WORDS or w in NO_WORDS)
    statuses = sum(n for w, n in counts.items() if w in DOCUMENT_STATUS_WORDS
                   or _accepts(v.parse_document_status, w))
    if yes_no >= 0.95 * len(cells) and len(counts) <= 8:
        return Reading(None, 0.9, Reason("yes_no_words", {"shown": shown}), flag=True)
    movements = sum(n for w, n in counts.items() if _accepts(v.parse_person_status, w))
    only_movements = sum(n for w, n in counts.items() if _accepts(v.parse_person_status, w)
                         and not _accepts(v.parse_document_status, w))
    if movements >= 0.9 * len(cells) and only_movements > 0:
        return Reading("status", 0.85, Reason("movement_statuses", {"shown": shown}))
    if statuses >= 0.9 * len(cells):
        return Reading("document_status", 0.85, Reason("document_statuses", {"shown": shown}))
    return None


def _date_of(cell: CellValue, ctx: ParseContext) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, bool) or not isinstance(cell, int | float | str):
        return None
    if isinstance(cell, int | float) and not 7_000 <= cell <= 73_000:
        return None  # counts, phone numbers: not serial numbers of the years 1919-2099
    try:
        moment = dv.parse_moment(cell, ctx, birth=True)  # a birth place may come first
    except ValueProblem:
        return None
    return moment.date() if isinstance(moment, dt.datetime) else moment


#: Distinct values looked at first, to leave a kind of cells aside cheaply.
_PROBE = 40


def _unlikely(values: Counter[CellValue], test: Callable[[CellValue], bool]) -> bool:
    """True when the first distinct values already show that most cells fail ``test``."""
    probe = list(itertools.islice(values, _PROBE))
    return len(probe) >= 10 and sum(1 for c in probe if test(c)) < 0.5 * len(probe)


def _dates_reading(values: Counter[CellValue], ctx: ParseContext) -> Reading | None:
    if _unlikely(values, lambda c: _date_of(c, ctx) is not None):
        return None
    dates: list[dt.date] = []
    for cell, n in values.items():
        day = _date_of(cell, ctx)
        if day is not None:
            dates += [day] * n
    if not dates or len(dates) < 0.9 * values.total():
        return None
    today = ctx.today
    ages = sorted((today - d).days / 365.25 for d in dates)
    first, last = min(dates), max(dates)
    span = {"first": first.isoformat(), "last": last.isoformat()}
    spread = ages[int(0.9 * (len(ages) - 1))] - ages[int(0.1 * (len(ages) - 1))]
    if ages[0] >= 0 and ages[-1] <= 120 and statistics.median(ages) >= 1 and (
            spread >= 5 or len(ages) < 5):
        return Reading("date_of_birth", 0.9, Reason("dates_of_birth", {
            **span, "youngest": int(ages[0]), "oldest": int(ages[-1])}))
    if ages[0] >= -2 and ages[-1] <= 6 and spread <= 2:
        return Reading("available_from", 0.75, Reason("recent_dates", span))
    return Reading(None, 0.5, Reason("dates_span", span))


def _phone_reading(cells: Sequence[CellValue]) -> Reading | None:
    def phone_like(cell: CellValue) -> bool:
        if isinstance(cell, bool):
            return False
        if isinstance(cell, int | float):
            return float(cell).is_integer() and 10_000_000 <= cell < 10**15
        text = _text(cell)
        digits = sum(ch.isdigit() for ch in text)
        return bool(_PHONE_TEXT.fullmatch(text)) and 8 <= digits <= 15

    if _unlikely(Counter(cells), phone_like):
        return None
    if _share(cells, phone_like) >= 0.9:
        return Reading("phone", 0.9, _examples_of("phone_numbers", cells))
    return None


def _code_reading(cells: Sequence[CellValue], column: Sequence[CellValue]) -> Reading | None:
    """Passport numbers, nationalities, airports, family ids or case numbers."""
    texts = [_text(c) for c in cells]
    distinct = len(set(texts)) / len(texts)
    compact = [re.sub(r"\s+", "", t).upper() for t in texts]
    if _share(compact, lambda t: bool(_PASSPORT.fullmatch(str(t)))) >= 0.85 and distinct >= 0.9:
        return Reading("passport_no", 0.9, _examples_of("passport_numbers", cells))
    if _share([v.fold(t) for t in texts], lambda t: t in _NATIONALITIES) >= 0.9:
        return Reading("nationality", 0.85, _examples_of("nationalities", cells))
    airports = [] if _unlikely(Counter(texts), lambda t: _airports(str(t)) is not None) \
        else [_airports(t) for t in texts]
    if airports and all(a is not None for a in airports):
        codes = {code for a in airports if a for code in a}
        if codes & _KNOWN_AIRPORTS or any(v.fold(t) in AIRPORT_BY_CITY for t in texts):
            return Reading("destinations", 0.8, _examples_of("arrival_airports", cells))
    family = family_runs(column)
    if family is not None:
        return family
    shapes = Counter(t.translate(_SHAPE) for t in compact)
    if len(texts) >= 3 and distinct >= 0.98 and shapes.most_common(1)[0][1] >= 0.8 * len(texts) \
            and _share(texts, lambda t: any(ch.isdigit() for ch in str(t))) >= 0.98 \
            and _share(texts, lambda t: any(ch.isalpha() or ch in "-/." for ch in str(t))) >= 0.98:
        return Reading("case_no", 0.7, _examples_of("case_numbers", cells))
    return None


def _airports(text: str) -> list[str] | None:
    try:
        codes = v.parse_airports(text)
    except ValueProblem:
        return None
    if any(not code.isupper() for code in codes) or len(text) > 60:
        return None
    return codes


def family_runs(column: Sequence[CellValue]) -> Reading | None:
    """A family id typed (or merged) over its members' adjacent rows: every value on one
    run of adjacent rows, a good share of the runs two rows or longer."""
    runs: list[list[Any]] = []
    previous: str | None = None
    for cell in column:
        if _is_blank(cell) or isinstance(cell, UnusableCell):
            previous = None
            continue
        text = _text(cell)
        if text == previous:
            runs[-1][1] += 1
        else:
            runs.append([text, 1])
        previous = text
    if len(runs) < 2:
        return None
    values = Counter(text for text, _ in runs)
    long_runs = [n for _, n in runs if n >= 2]
    once = sum(1 for n in values.values() if n == 1)
    if len(values) < 2 or once < 0.95 * len(values) or len(long_runs) < 2 or \
            len(long_runs) < 0.1 * len(runs) or max(long_runs) > 30:
        return None
    if sum(len(text) for text, _ in runs) / len(runs) > 32:
        return None
    return Reading("household", 0.8, Reason("household_runs", {
        "low": min(long_runs), "high": max(long_runs), "places": len(long_runs),
        "examples": _examples([t for t, n in runs if n >= 2])}))


#: A number as a cell of text holds it: digits with an optional sign, decimal point or
#: comma, and thousands separators.
_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d+)?")


def _numbers_reading(cells: Sequence[CellValue]) -> Reading | None:
    """Numbers that are none of the above (counts, amounts, too few ages to tell): named
    numbers, not text, and no field proposed."""
    def number(cell: CellValue) -> bool:
        if isinstance(cell, bool):
            return False
        return isinstance(cell, int | float) or (
            isinstance(cell, str) and bool(_NUMBER.fullmatch(cell.strip())))
    if all(number(cell) for cell in cells):
        return Reading(None, 0.3, _examples_of("numbers", cells))
    return None


def _text_reading(cells: Sequence[CellValue]) -> Reading:
    texts = [_text(c) for c in cells]
    names = _share(texts, lambda t: bool(_NAME.fullmatch(str(t))) and len(str(t)) <= 60)
    distinct = len(set(texts)) / len(texts)
    if names >= 0.9 and distinct >= 0.6 and len(texts) >= 3:
        return Reading("full_name", 0.6, _examples_of("names", cells))
    return Reading("notes", 0.3, _examples_of("free_text", cells))


def read_content(column: Sequence[CellValue], kind: SheetKind, parsers: dict[str, Parser],
                 ctx: ParseContext) -> ColumnContent:
    """What the cells of one column (in row order, blanks included) look like."""
    cells = [c for c in column if not _is_blank(c)]
    content = ColumnContent(rows=len(column), filled=len(cells), values=Counter(cells),
                            parsers=parsers)
    if not cells:
        return content
    reading = (_row_numbers_reading(cells) or _words_reading(content.values, len(cells))
               or _dates_reading(content.values, ctx) or _phone_reading(cells)
               or _code_reading(cells, column) or _ages_reading(cells)
               or _numbers_reading(cells) or _text_reading(cells))
    readings = [reading]
    if kind is not SheetKind.PERSONS:
        # Only the descriptions serve other kinds: their fields come from headers.
        readings = [Reading(None, r.confidence, r.looks_like, r.flag) for r in readings]
    content.readings = readings
    return content
