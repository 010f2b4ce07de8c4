"""One sheet row into one typed record: its field values, or its problems.

``RowReader`` is built once per sheet from its layout; it knows which column feeds which
field and through which parser. It also tells rows that are not records (blank rows,
totals lines, a header repeated on a printed page) from records that are broken.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from planner.importing import values as v
from planner.importing.cells import CellValue, Row, UnusableCell, display
from planner.importing.headers import SheetLayout, recognise
from planner.importing.problems import Problem
from planner.importing.record_kinds import KINDS, RecordKind, base_field
from planner.importing.values import ParseContext, ValueProblem
from planner.importing.vocabulary import TOTAL_WORDS

Parser = Callable[[CellValue], Any]
#: Cell text that means "nothing" in every column.
PLACEHOLDERS = frozenset({"-", "--", "---", "\u2013", "\u2014", ".", "/", "?", "n/a", "N/A", "NA",
                          "na"})
_TOTAL = re.compile(rf"^({'|'.join(TOTAL_WORDS)})\b", re.I)


def _upper_compact(raw: CellValue, max_length: int) -> str | None:
    text = v.parse_text(raw, max_length)
    return re.sub(r"\s+", "", text).upper() if text else None


def _case_no(raw: CellValue) -> str | None:
    text = v.parse_text(raw, 32)
    return text.upper() if text else None


def _household(raw: CellValue) -> str | None:
    text = v.parse_text(raw, 64)
    if text and text.startswith("~"):
        raise ValueProblem("household codes starting with ~ are reserved for households of one")
    return text


def _airports(raw: CellValue) -> str:
    return ";".join(v.parse_airports(raw))


def parsers_for(kind: RecordKind, ctx: ParseContext) -> dict[str, Parser]:
    """Field (or ``field@part``) -> parser, for one kind of record."""
    def text(limit: int) -> Parser:
        return lambda raw: v.parse_text(raw, limit)

    def date(raw: CellValue) -> dt.date:
        return v.parse_date(raw, ctx)

    def moment(raw: CellValue) -> dt.datetime:
        return v.parse_datetime(raw, ctx)

    def part_date(raw: CellValue) -> dt.datetime | dt.date:
        return v.parse_moment(raw, ctx)

    def part_time(raw: CellValue) -> dt.time:
        return v.parse_time(raw, ctx)

    if kind is RecordKind.PERSONS:
        return {
            "case_no": _case_no,
            "household": _household,
            "full_name": text(200),
            "sex": v.parse_sex,
            "date_of_birth": lambda raw: v.parse_birth_date(raw, ctx),
            "nationality": v.parse_nationality,
            "passport_no": lambda raw: _upper_compact(raw, 32),
            "document_status": v.parse_document_status,
            "phone": v.parse_phone,
            "destinations": _airports,
            "available_from": date,
            "cleared_from": date,
            "needs_shelter": v.parse_yes_no,
            "medical": v.parse_yes_no,
            "pregnant": v.parse_yes_no,
            "disability": v.parse_yes_no,
            "trafficking_victim": v.parse_yes_no,
            "notes": v.parse_notes,
        }
    if kind is RecordKind.FLIGHTS:
        return {
            "flight_no": v.parse_flight_number,
            "carrier": text(100),
            "origin": v.parse_airport,
            "destination": v.parse_airport,
            "departs_at": moment,
            "departs_at@date": part_date,
            "departs_at@time": part_time,
            "seats": v.parse_count,
            "medical_capacity": v.parse_count,
            "status": v.parse_flight_status,
        }
    if kind is RecordKind.SHELTERS:
        return {
            "name": text(200),
            "beds": v.parse_count,
            "accepts": v.parse_accepts,
            "medical_care": v.parse_yes_no,
            "open_from": date,
            "open_until": date,
        }
    return {
        "slot_id": text(64),
        "starts_at": moment,
        "starts_at@date": part_date,
        "starts_at@time": part_time,
        "capacity": v.parse_count,
        "ready_after_hours": v.parse_hours,
        "location": text(200),
    }


@dataclass
class ParsedRow:
    """A row read into field values; ``problems`` empty means it can be imported."""

    sheet: str
    number: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    #: The cells as read, kept so a rejected row can be written back for correction.
    cells: Row = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Column:
    index: int
    letter: str
    header: str
    field: str
    parse: Parser


class RowReader:
    """Reads the records of one sheet whose layout is known."""

    def __init__(self, sheet: str, layout: SheetLayout, ctx: ParseContext) -> None:
        assert layout.kind is not None
        self.sheet = sheet
        self.kind = layout.kind
        self.spec = KINDS[layout.kind]
        parsers = parsers_for(layout.kind, ctx)
        self.columns = [
            _Column(c.index, c.letter, c.header, c.field, parsers[c.field])
            for c in layout.mapped() if c.field in parsers
        ]
        self.by_field = {c.field: c for c in self.columns}
        self.indexes = [c.index for c in self.columns]

    # --- rows that are not records -------------------------------------------------

    def skip_reason(self, cells: Row) -> str | None:
        """Why a row holds no record, or None for a record (valid or not). "" = blank."""
        width = len(cells)
        mapped = [cells[i] for i in self.indexes if i < width]
        filled = [c for c in mapped if c is not None and not _is_placeholder(c)]
        if not filled:
            return ""
        first = next((c for c in cells if c is not None and not _is_placeholder(c)), None)
        if isinstance(first, str) and _TOTAL.match(first.strip()):
            return "a totals line, not a record"
        repeated = sum(
            1 for c in self.columns
            if c.index < width and isinstance(cells[c.index], str)
            and recognise(str(cells[c.index]), self.kind) == c.field
        )
        if repeated >= 2 and repeated * 2 >= len(filled):
            return "the header row repeated, not a record"
        return None

    # --- records ---------------------------------------------------------------------

    def read(self, number: int, cells: Row) -> ParsedRow:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        width = len(cells)
        for column in self.columns:
            raw = cells[column.index] if column.index < width else None
            if raw is None or _is_placeholder(raw):
                continue
            if isinstance(raw, UnusableCell):
                problems.append(self._problem(number, column, raw, raw.reason))
                continue
            try:
                value = column.parse(raw)
            except ValueProblem as exc:
                problems.append(self._problem(number, column, raw, str(exc)))
                continue
            if value is not None:
                values[column.field] = value
        self._join_parts(number, cells, values, problems)
        self._check_required(number, values, problems)
        self._check_consistency(number, cells, values, problems)
        return ParsedRow(self.sheet, number, values, problems, cells)

    def _problem(self, number: int, column: _Column, raw: CellValue, reason: str) -> Problem:
        return Problem(self.sheet, number, reason, column.letter, column.header,
                       base_field(column.field), display(raw))

    def _join_parts(self, number: int, cells: Row, values: dict[str, Any],
                    problems: list[Problem]) -> None:
        for target in ("departs_at", "starts_at"):
            day = values.pop(f"{target}@date", None)
            clock = values.pop(f"{target}@time", None)
            if target in values or day is None:
                continue
            if clock is None:
                if isinstance(day, dt.datetime) and day.time() != dt.time(0, 0):
                    values[target] = day
                    continue
                column = self.by_field[f"{target}@date"]
                problems.append(self._problem(
                    number, column, cells[column.index],
                    "a date without a time of day; add the time or a time column"))
                continue
            date = day.date() if isinstance(day, dt.datetime) else day
            values[target] = dt.datetime.combine(date, clock)

    def _check_required(self, number: int, values: dict[str, Any],
                        problems: list[Problem]) -> None:
        failed = {p.field for p in problems}
        for name in self.spec.required:
            if name in values or name in failed:
                continue
            column = self.by_field.get(name) or self.by_field.get(f"{name}@date")
            problems.append(Problem(
                self.sheet, number, "is missing (required)",
                column.letter if column else None, column.header if column else None, name, ""))

    def _check_consistency(self, number: int, cells: Row, values: dict[str, Any],
                           problems: list[Problem]) -> None:
        if self.kind is RecordKind.PERSONS and values.get("pregnant") and values.get("sex") == "M":
            column = self.by_field["pregnant"]
            problems.append(self._problem(number, column, cells[column.index],
                                          "pregnant is yes but sex is M"))
        if self.kind is RecordKind.SHELTERS:
            start, end = values.get("open_from"), values.get("open_until")
            if start and end and start > end:
                column = self.by_field["open_until"]
                problems.append(self._problem(number, column, cells[column.index],
                                              "closes before it opens"))


def _is_placeholder(raw: CellValue) -> bool:
    return isinstance(raw, str) and (not raw.strip() or raw.strip() in PLACEHOLDERS)
