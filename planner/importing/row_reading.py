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
from functools import lru_cache
from typing import Any, cast

from planner.fields import Field, Parser
from planner.importing import date_values as dv
from planner.importing import values as v
from planner.importing.cells import CellValue, Row, UnusableCell, display
from planner.importing.headers import SheetLayout
from planner.importing.problems import RowProblem
from planner.importing.record_kinds import KINDS, SheetKind, base_field
from planner.importing.values import ParseContext, ValueProblem
from planner.importing.vocabulary import FLAG_ABSENT_WORDS, TOTAL_WORDS
from planner.records.field_rules import control_character
from solvers.reasons import Reason

CellParser = Callable[[CellValue], Any]
#: Cell text that means "nothing" in every column.
PLACEHOLDERS = frozenset({"", "-", "--", "---", "\u2013", "\u2014", ".", "/", "?", "n/a", "N/A", "NA",
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
        raise ValueProblem("reserved_household")
    return text


@lru_cache(maxsize=4096)
def _airports(raw: CellValue) -> str:
    return ";".join(v.parse_airports(raw))


#: A parser of the registry (``planner.fields.Parser``) for one field, given what parsing
#: knows (the field's limits, today, the workbook's date system).
ParserFactory = Callable[[Field, ParseContext], CellParser]


def _text(entry: Field, ctx: ParseContext) -> CellParser:
    limit = entry.max_length or 200
    return lambda raw: v.parse_text(raw, limit)


def _same(parse: CellParser) -> ParserFactory:
    return lambda entry, ctx: parse


PARSERS: dict[Parser, ParserFactory] = {
    Parser.TEXT: _text,
    Parser.NOTES: _same(v.parse_notes),
    Parser.CASE_NO: _same(_case_no),
    Parser.HOUSEHOLD: _same(_household),
    Parser.PASSPORT: lambda entry, ctx: lambda raw: _upper_compact(raw, entry.max_length or 32),
    Parser.SEX: _same(v.parse_sex),
    Parser.BIRTH_DATE: lambda entry, ctx: lambda raw: dv.parse_birth_date(raw, ctx),
    Parser.DATE: lambda entry, ctx: lambda raw: dv.parse_date(raw, ctx),
    Parser.MOMENT: lambda entry, ctx: lambda raw: dv.parse_datetime(raw, ctx),
    Parser.NATIONALITY: _same(v.parse_nationality),
    Parser.DOCUMENT_STATUS: _same(v.parse_document_status),
    Parser.PHONE: _same(v.parse_phone),
    Parser.AIRPORT: _same(v.parse_airport),
    Parser.AIRPORTS: _same(_airports),
    Parser.FLAG: lambda entry, ctx: lambda raw: v.parse_flag(
        raw, entry.describing, FLAG_ABSENT_WORDS.get(entry.name, frozenset())),
    Parser.COUNT: _same(v.parse_count),
    Parser.HOURS: _same(v.parse_hours),
    Parser.FLIGHT_NUMBER: _same(v.parse_flight_number),
    Parser.FLIGHT_STATUS: _same(v.parse_flight_status),
    Parser.PERSON_STATUS: _same(v.parse_person_status),
    Parser.ACCEPTS: _same(v.parse_accepts),
}


def parsers_for(kind: SheetKind, ctx: ParseContext) -> dict[str, CellParser]:
    """Field (or ``field@part``) -> parser, for one kind of record, from the registry."""
    parsers: dict[str, CellParser] = {}
    for entry in KINDS[kind].record:
        parsers[entry.name] = PARSERS[entry.parse](entry, ctx)
        if "date" in entry.part_headers:
            parsers[f"{entry.name}@date"] = lambda raw: dv.parse_moment(raw, ctx)
        if "time" in entry.part_headers:
            parsers[f"{entry.name}@time"] = lambda raw: dv.parse_time(raw, ctx)
    return parsers


def _offers_ya_tidak(header: str) -> bool:
    """The header offers the answers as Y/T (ya/tidak: "Hamil? (Y/T)")."""
    padded = f" {v.fold(header)} "
    return " y t " in padded or " ya tidak " in padded


def _for_header(parse: CellParser, entry: Field, header: str) -> CellParser:
    """The field's parser, told what the column's header says of its cells: under a
    header offering Y/T, a lone "T" is tidak (no), not "true"."""
    if entry.parse is not Parser.FLAG or not _offers_ya_tidak(header):
        return parse

    def read(raw: CellValue) -> Any:
        if isinstance(raw, str) and raw.strip().lower() == "t":
            return False
        return parse(raw)
    return read


@dataclass
class ParsedRow:
    """A row read into field values; ``problems`` empty means it can be imported."""

    sheet: str
    number: int
    values: dict[str, Any]
    problems: list[RowProblem] = field(default_factory=list)
    #: The cells as read, kept so a rejected row can be written back for correction.
    cells: Row = field(default_factory=list, repr=False)
    #: Set when the row holds no record: why (a totals line, a repeated header, a note).
    skip: Reason | None = None
    #: The row is blank (in the columns read).
    blank: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Column:
    index: int
    letter: str
    header: str
    field: str
    parse: CellParser

    @property
    def folded_header(self) -> str:
        return " ".join(self.header.lower().split())


class RowReader:
    """Reads the records of one sheet whose layout is known."""

    def __init__(self, sheet: str, layout: SheetLayout, ctx: ParseContext) -> None:
        assert layout.kind is not None
        self.sheet = sheet
        self.kind = layout.kind
        self.spec = KINDS[layout.kind]
        parsers = parsers_for(layout.kind, ctx)
        self.columns = sorted(
            (_Column(c.index, c.letter, c.header, c.field, _for_header(
                parsers[c.field], self.spec.record[base_field(c.field)], c.header))
             for c in layout.mapped() if c.field in parsers), key=lambda c: c.index)
        self.by_field = {c.field: c for c in self.columns}
        #: (index, field, parser, column) per mapped column, in column order: the hot loop.
        self.plan = [(c.index, c.field, c.parse, c) for c in self.columns]
        self.has_parts = any("@" in c.field for c in self.columns)

    # --- records ---------------------------------------------------------------------

    def read(self, number: int, cells: Row) -> ParsedRow:
        """The row as a record; ``skip`` is set instead when it holds no record."""
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []
        width = len(cells)
        filled = 0
        for index, field_name, parse, column in self.plan:
            if index >= width:
                break
            raw = cells[index]
            if raw is None or (raw.__class__ is str and len(raw) <= 4
                               and raw.strip() in PLACEHOLDERS):
                continue
            filled += 1
            if raw.__class__ is UnusableCell:
                unusable = cast(UnusableCell, raw)
                problems.append(self._problem(number, column, raw, unusable.why))
                continue
            if raw.__class__ is str and not cast(str, raw).isprintable():
                character = control_character(cast(str, raw))
                if character is not None:
                    problems.append(self._problem(
                        number, column, raw, Reason("control_character", {"character": character})))
                    continue
            try:
                value = parse(raw)
            except ValueProblem as exc:
                problems.append(self._problem(number, column, raw, exc.why))
                continue
            if value is not None:
                values[field_name] = value
        if not filled:
            return ParsedRow(self.sheet, number, values, blank=True)
        if self.has_parts:
            self._join_parts(number, cells, values, problems)
        self._check_required(number, values, problems)
        if problems:
            reason = self._not_a_record(cells, filled, values)
            if reason:
                return ParsedRow(self.sheet, number, {}, skip=reason)
        self._check_consistency(number, cells, values, problems)
        return ParsedRow(self.sheet, number, values, problems, cells)

    # --- rows that are not records -------------------------------------------------

    def _not_a_record(self, cells: Row, filled: int, values: dict[str, Any]) -> Reason | None:
        """Why a row that fails as a record is not one: a totals line, a repeated header,
        a note (one cell, none of the required fields: a signature line, a remark)."""
        first = next((c for c in cells if c is not None and not _is_placeholder(c)), None)
        if isinstance(first, str) and _TOTAL.match(first.strip()):
            return Reason("totals_line")
        needed = self.spec.required + self.spec.required_new
        if filled == 1 and not any(f in values for f in needed):
            return Reason("single_note", {"fields": list(needed)})
        repeated = sum(1 for c in self.columns if self._is_header(cells, c))
        if repeated >= 2 and repeated * 2 >= filled:
            return Reason("header_repeated")
        return None

    @staticmethod
    def _is_header(cells: Row, column: _Column) -> bool:
        cell = cells[column.index] if column.index < len(cells) else None
        return isinstance(cell, str) and " ".join(cell.lower().split()) == column.folded_header

    def _problem(self, number: int, column: _Column, raw: CellValue,
                 why: Reason) -> RowProblem:
        return RowProblem(self.sheet, number, why, column.letter, column.header,
                          base_field(column.field), display(raw))

    def _join_parts(self, number: int, cells: Row, values: dict[str, Any],
                    problems: list[RowProblem]) -> None:
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
                problems.append(self._problem(number, column, cells[column.index],
                                              Reason("date_needs_time")))
                continue
            date = day.date() if isinstance(day, dt.datetime) else day
            values[target] = dt.datetime.combine(date, clock)

    def _check_required(self, number: int, values: dict[str, Any],
                        problems: list[RowProblem]) -> None:
        failed = {p.field for p in problems}
        for name in self.spec.required:
            if name in values or name in failed:
                continue
            column = self.by_field.get(name) or self.by_field.get(f"{name}@date")
            problems.append(RowProblem(
                self.sheet, number, Reason("required"),
                column.letter if column else None, column.header if column else None, name))

    def _check_consistency(self, number: int, cells: Row, values: dict[str, Any],
                           problems: list[RowProblem]) -> None:
        if self.kind is SheetKind.PERSONS and values.get("pregnant") and values.get("sex") == "M":
            column = self.by_field["pregnant"]
            problems.append(self._problem(number, column, cells[column.index],
                                          Reason("pregnant_male")))
        if self.kind is SheetKind.SHELTERS:
            start, end = values.get("open_from"), values.get("open_until")
            if start and end and start > end:
                column = self.by_field["open_until"]
                problems.append(self._problem(number, column, cells[column.index],
                                              Reason("closes_before_opens")))


def _is_placeholder(raw: CellValue) -> bool:
    """True for a blank or placeholder text cell ("", "  ", "-", "n/a")."""
    return type(raw) is str and (
        (len(raw) <= 4 and raw.strip() in PLACEHOLDERS) or raw.isspace())
