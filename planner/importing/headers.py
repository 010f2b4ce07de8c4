"""Finding the header row of a sheet, what kind of record it holds, and its columns.

Headers are compared by their keys (``header_keys``), so case, punctuation,
abbreviations and word order do not matter. The header row is the row among the first ones whose cells recognise
the most fields of one kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from openpyxl.utils import get_column_letter

from planner.fields import when_changed
from planner.importing import limits
from planner.importing.cells import CellValue, is_blank
from planner.importing.column_content import read_content
from planner.importing.column_mapping import ColumnMapping
from planner.importing.header_keys import header_keys
from planner.importing.header_words import guess_header, other_meaning
from planner.importing.record_kinds import KINDS, SheetKind, base_field
from planner.importing.values import ParseContext, clean_text, fold
from planner.importing.vocabulary import NO_WORDS, SEX_WORDS, SHEET_NAME_HINTS, YES_WORDS
from solvers.reasons import Reason


@cache
def _lookup(kind: SheetKind) -> dict[str, str]:
    table: dict[str, str] = {}
    spec = KINDS[kind]
    names = {f.name: (f.name.replace("_", " "),) for f in spec.record if f.name_is_header}
    for field_name, words in (*names.items(), *spec.headers.items()):
        for word in words:
            for key in header_keys(word)[:1]:
                table.setdefault(key, field_name)
    return table


when_changed(_lookup.cache_clear)  # a field added to the registry is recognised at once


def recognise(header: str, kind: SheetKind) -> str | None:
    """The field (or ``field@part``) a header names for this kind of record, if any."""
    table = _lookup(kind)
    for key in header_keys(header):
        found = table.get(key)
        if found:
            return found
    return None


def _fold_sheet_name(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.lower()))


def sheet_hint(name: str) -> SheetKind | None:
    """The kind a sheet's name suggests (``Persons``, ``Daftar WNI``, ``Penerbangan``)."""
    folded = _fold_sheet_name(name)
    for kind_name, words in SHEET_NAME_HINTS.items():
        if folded in words or any(re.search(rf"\b{w}\b", folded) for w in words):
            return SheetKind(kind_name)
    return None


@dataclass
class ColumnMatch:
    """What became of one column of the header row."""

    index: int
    header: str
    #: The field (or ``field@date``/``field@time``) it fills; None when ignored.
    field: str | None
    #: "recognised" (its header is one the vocabulary lists), "inferred" (its header's
    #: words and its cells name the field: ``column_inference``), "mapping" (the explicit
    #: mapping named it, perhaps to ignore it), "remembered" (the mapping the operation
    #: stored for this header row named it), "ignored" (no field), "duplicate" (an
    #: earlier column gives the same field).
    how: str
    #: How sure the field is, 0 to 1 (None until the cells were looked at).
    confidence: float | None = None
    #: Why the column got its field, or why ``proposal`` is proposed: clauses, each a code
    #: with facts (``planner/words/import_templates.py``), said one after the other.
    evidence: tuple[Reason, ...] = ()
    #: What the cells look like (``dates_of_birth`` from 1951 to 2019, ages 7 to 75);
    #: None before the cells were looked at.
    looks_like: Reason | None = None
    #: A field proposed for an unmapped column, not applied.
    proposal: str | None = None
    #: The fields the column may be when its cells say "a yes/no flag" but not which one.
    choices: tuple[str, ...] = ()
    #: What the header says the column holds when no field takes it ("ages").
    other: str | None = None
    #: Unmapped although it looks like a household, a date of readiness, a flag (or
    #: another field the import would miss): the import stops until it is mapped or
    #: ignored.
    undecided: bool = False

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def decided(self) -> bool:
        """The officer (a mapping, or one the operation remembered) said what it holds."""
        return self.how in ("mapping", "remembered")

    def describe(self) -> str:
        """The column in words for a list of columns: ``K (Kelompok)``."""
        return f"{self.letter} ({self.header or 'no header'})"


@dataclass
class SheetLayout:
    """The outcome of reading a sheet's top: kind, header row and columns."""

    kind: SheetKind | None
    header_row: int | None
    columns: list[ColumnMatch] = field(default_factory=list)
    #: Why the sheet holds no records of a known kind, when it does not.
    reason: Reason | None = None
    warnings: list[Reason] = field(default_factory=list)
    #: The header row's texts in column order (empty without a header row).
    headers: list[str] = field(default_factory=list)

    def mapped(self) -> list[ColumnMatch]:
        return [c for c in self.columns if c.field is not None]

    def undecided(self) -> list[ColumnMatch]:
        return [c for c in self.columns if c.undecided]

    def fields(self) -> set[str]:
        return {base_field(c.field) for c in self.mapped() if c.field}

    def missing_required(self) -> list[str]:
        if self.kind is None:
            return []
        present = self.fields()
        spec = KINDS[self.kind]
        return [f for f in spec.required + spec.required_new if f not in present]


def column_letter(index: int) -> str:
    """A for 0, AA for 26."""
    return get_column_letter(index + 1)


def _header_texts(cells: Sequence[CellValue]) -> list[str]:
    return ["" if is_blank(c) else clean_text(c) for c in cells]


def map_columns(headers: Sequence[str], kind: SheetKind,
                mapping: ColumnMapping | None = None) -> tuple[list[ColumnMatch], list[Reason]]:
    """Columns of a header row for ``kind``; an explicit mapping wins over recognition."""
    explicit, warnings = (mapping.resolve(headers, kind) if mapping else ({}, []))
    columns: list[ColumnMatch] = []
    taken: dict[str, int] = {}
    named = "remembered" if mapping is not None and mapping.origin else "mapping"
    for index, header in enumerate(headers):
        if index in explicit:
            target, how = explicit[index], named
        elif header:
            target, how = recognise(header, kind), "recognised"
        else:
            continue
        if target is None:
            columns.append(ColumnMatch(index, header, None,
                                       how if how == named else "ignored"))
        elif target in taken:
            columns.append(ColumnMatch(index, header, None, "duplicate"))
            warnings.append(Reason("column_repeats_field", {
                "column": column_letter(index), "header": header or "-",
                "first_column": column_letter(taken[target]), "field": target}))
        else:
            taken[target] = index
            columns.append(ColumnMatch(index, header, target, how))
    return columns, warnings


def _signature_met(kind: SheetKind, fields: set[str]) -> bool:
    return all(any(f in fields for f in group) for group in KINDS[kind].signature)


#: A header whose words name a field this surely counts (half) towards finding the
#: header row, though the vocabulary does not list it.
GUESS_SCORE = 0.5


#: Longer cells are taken for text, not for a header, when guessing by words.
LONGEST_HEADER = 60
#: A row's cell that is a value rather than a header takes this much off the row's score.
VALUE_PENALTY = 0.75
_DIGITS = re.compile(r"\d")


def looks_like_value(cell: CellValue) -> bool:
    """A cell that holds a value (a number, a date, a yes/no or sex word, a code with
    digits), as data rows do and header rows seldom do."""
    if cell is None:
        return False
    if not isinstance(cell, str):
        return True
    text = cell.strip()
    folded = " ".join(re.findall(r"[^\W_]+", text.lower()))
    if folded in YES_WORDS or folded in NO_WORDS or folded in SEX_WORDS:
        return True
    return len(_DIGITS.findall(text)) >= 3


#: Fields whose cells alone tell a sheet of persons (with a name column) from others.
_SIGNATURE_CELLS = ("sex", "date_of_birth", "passport_no")


def _fields_from_cells(columns: list[ColumnMatch], below: Sequence[Sequence[CellValue]]
                       ) -> set[str]:
    """Fields of a person's signature whose cells, in the rows under a header row, say
    so without doubt (sex words, dates of birth, passport numbers)."""
    found: set[str] = set()
    if len(below) < 3:
        return found
    ctx = ParseContext(today=dt.date.today())
    for column in columns:
        if column.field is not None:
            continue
        cells = [row[column.index] if column.index < len(row) else None for row in below]
        reading = read_content(cells, SheetKind.PERSONS, {}, ctx).best
        if reading is not None and reading.field in _SIGNATURE_CELLS and reading.confidence >= 0.85:
            found.add(reading.field)
    return found


def _guessed_fields(columns: list[ColumnMatch], kind: SheetKind) -> set[str]:
    """Fields the unrecognised headers' words name (``header_words``)."""
    guessed: set[str] = set()
    for column in columns:
        if column.field is not None or column.how != "ignored" or not column.header \
                or len(column.header) > LONGEST_HEADER or looks_like_value(column.header):
            continue
        if other_meaning(column.header, kind) is not None:
            continue
        guesses = guess_header(column.header, kind)
        if guesses and guesses[0].score >= GUESS_SCORE and (
                len(guesses) == 1 or guesses[1].score < guesses[0].score):
            guessed.add(guesses[0].field)
    return guessed


#: Most of a row's header texts a reason quotes.
QUOTED_HEADERS = 8


def _unfitted(mapping: ColumnMapping,
              rows: Sequence[tuple[int, Sequence[CellValue]]]) -> Reason:
    """Why the officer's mapping makes no row of these a header row: the mapping's
    columns the nearest row (the one with most of them; the first of those) lacks, and
    what that row reads."""
    nearest: tuple[int, list[str], list[str]] | None = None
    for number, cells in rows:
        headers = _header_texts(cells)
        if not any(headers):
            continue
        missing = [column for column in mapping.columns
                   if not mapping.finds(column, headers)]
        if nearest is None or len(missing) < len(nearest[1]):
            nearest = (number, missing, headers)
    if nearest is None:
        return Reason("no_header_row")
    number, missing, headers = nearest
    filled = [repr(h) for h in headers if h]
    shown = filled[:QUOTED_HEADERS] + (["..."] if len(filled) > QUOTED_HEADERS else [])
    if not missing:
        return Reason("mapping_fits_too_little", {"row": str(number), "header": shown})
    return Reason("mapping_fits_no_row", {"columns": [repr(c) for c in missing],
                                          "row": str(number), "header": shown})


def _joined_with_group(columns: list[ColumnMatch], groups: Sequence[str],
                       kind: SheetKind) -> list[ColumnMatch]:
    """Columns under a merged group header ("Dokumen Perjalanan" over "Nomor" and "Masa
    Berlaku"): a sub-header that names no field alone is read with its group's words
    ("Dokumen Perjalanan Nomor": the passport number) when that names a field no other
    column gives. The readers fill a merged cell into every column it covers, so a group
    is a text repeated over adjacent columns."""
    taken = {c.field for c in columns if c.field}
    joined: list[ColumnMatch] = []
    for column in columns:
        i = column.index
        group = groups[i] if i < len(groups) else ""
        spans = group and any(0 <= j < len(groups) and groups[j] == group
                              for j in (i - 1, i + 1))
        if column.field is None and column.how == "ignored" and spans \
                and fold(group) != fold(column.header):
            target = recognise(f"{group} {column.header}", kind)
            if target is not None and target not in taken:
                taken.add(target)
                column = ColumnMatch(i, column.header, target, "recognised")
        joined.append(column)
    return joined


def detect_layout(sheet_name: str, top_rows: Sequence[tuple[int, Sequence[CellValue]]],
                  mapping: ColumnMapping | None = None) -> SheetLayout:
    """Kind, header row and columns of a sheet from its first rows."""
    hint = sheet_hint(sheet_name)
    forced = mapping.kind if mapping else None
    best: tuple[float, int, SheetKind, list[ColumnMatch], list[Reason]] | None = None
    candidates = top_rows[: limits.HEADER_SCAN_ROWS]
    if mapping and mapping.header_row == 0:
        if forced is None:
            return SheetLayout(None, None, reason=Reason("mapping_needs_kind"))
        width = max((len(cells) for _, cells in top_rows), default=0)
        columns, warnings = map_columns([""] * width, forced, mapping)
        return SheetLayout(forced, 0, columns, warnings=warnings)
    if mapping and mapping.header_row is not None:
        candidates = [r for r in top_rows if r[0] == mapping.header_row]
        if not candidates:
            return SheetLayout(None, None, reason=Reason("mapping_header_row_missing",
                                                         {"row": str(mapping.header_row)}))
    for number, cells in candidates:
        headers = _header_texts(cells)
        filled = sum(1 for h in headers if h)
        if filled < 1:
            continue
        values = sum(1 for c in cells if looks_like_value(c))
        # A row whose cells are mostly values is data: only the vocabulary's own headers
        # could make it a header row, so its words are not weighed.
        data_like = values * 2 >= filled
        for kind in (forced,) if forced else tuple(SheetKind):
            columns, warnings = map_columns(headers, kind, mapping)
            named = {c.field for c in columns if c.field}
            guessed = set() if data_like else _guessed_fields(columns, kind) - named
            fields = {base_field(f) for f in named | guessed} | named | guessed
            if not forced and not data_like and not _signature_met(kind, fields) \
                    and kind is SheetKind.PERSONS and "full_name" in fields:
                below = [row for n, row in top_rows if n > number]
                guessed |= _fields_from_cells(columns, below) - named
                fields |= guessed
            if not forced and not _signature_met(kind, fields):
                continue
            score = len(named) + 0.5 * len(guessed) + (1.5 if kind == hint else 0) \
                - VALUE_PENALTY * values
            if best is None or score > best[0]:
                best = (score, number, kind, columns, warnings)
    if best is None:
        return SheetLayout(None, None, reason=_unfitted(mapping, candidates)
                           if mapping is not None and mapping.origin is None
                           else Reason("no_header_row"))
    _, number, kind, columns, warnings = best
    cells = next(c for n, c in candidates if n == number)
    above = next((c for n, c in candidates if n == number - 1), None)
    if above is not None and mapping is None:
        columns = _joined_with_group(columns, _header_texts(above), kind)
    texts = _header_texts(cells)
    while texts and not texts[-1]:
        texts.pop()
    return SheetLayout(kind, number, columns, warnings=warnings, headers=texts)
