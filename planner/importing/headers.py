"""Finding the header row of a sheet, what kind of record it holds, and its columns.

Headers are compared by their keys (``header_keys``), so case, punctuation,
abbreviations and word order do not matter. The header row is the row among the first ones whose cells recognise
the most fields of one kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from openpyxl.utils import get_column_letter

from planner.importing import limits
from planner.importing.cells import CellValue, is_blank
from planner.importing.column_mapping import ColumnMapping
from planner.importing.header_keys import header_keys
from planner.importing.record_kinds import KINDS, RecordKind, base_field
from planner.importing.values import clean_text
from planner.importing.vocabulary import SHEET_NAME_HINTS


@cache
def _lookup(kind: RecordKind) -> dict[str, str]:
    table: dict[str, str] = {}
    spec = KINDS[kind]
    names = {f: (f.replace("_", " "),) for f in spec.fields}
    for field_name, words in (*names.items(), *spec.headers.items()):
        for word in words:
            for key in header_keys(word)[:1]:
                table.setdefault(key, field_name)
    return table


def recognise(header: str, kind: RecordKind) -> str | None:
    """The field (or ``field@part``) a header names for this kind of record, if any."""
    table = _lookup(kind)
    for key in header_keys(header):
        found = table.get(key)
        if found:
            return found
    return None


def _fold_sheet_name(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.lower()))


def sheet_hint(name: str) -> RecordKind | None:
    """The kind a sheet's name suggests (``Persons``, ``Daftar WNI``, ``Penerbangan``)."""
    folded = _fold_sheet_name(name)
    for kind_name, words in SHEET_NAME_HINTS.items():
        if folded in words or any(re.search(rf"\b{w}\b", folded) for w in words):
            return RecordKind(kind_name)
    return None


@dataclass
class ColumnMatch:
    """What became of one column of the header row."""

    index: int
    header: str
    #: The field (or ``field@date``/``field@time``) it fills; None when ignored.
    field: str | None
    #: "recognised", "mapping" (the explicit mapping named it, perhaps to ignore it),
    #: "ignored" (not recognised), "duplicate" (an earlier column gives the same field).
    how: str

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class SheetLayout:
    """The outcome of reading a sheet's top: kind, header row and columns."""

    kind: RecordKind | None
    header_row: int | None
    columns: list[ColumnMatch] = field(default_factory=list)
    #: Why the sheet holds no records of a known kind, when it does not.
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    def mapped(self) -> list[ColumnMatch]:
        return [c for c in self.columns if c.field is not None]

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


def map_columns(headers: Sequence[str], kind: RecordKind,
                mapping: ColumnMapping | None = None) -> tuple[list[ColumnMatch], list[str]]:
    """Columns of a header row for ``kind``; an explicit mapping wins over recognition."""
    explicit, warnings = (mapping.resolve(headers, kind) if mapping else ({}, []))
    columns: list[ColumnMatch] = []
    taken: dict[str, int] = {}
    for index, header in enumerate(headers):
        if index in explicit:
            target, how = explicit[index], "mapping"
        elif header:
            target, how = recognise(header, kind), "recognised"
        else:
            continue
        if target is None:
            columns.append(ColumnMatch(index, header, None,
                                       "mapping" if how == "mapping" else "ignored"))
        elif target in taken:
            columns.append(ColumnMatch(index, header, None, "duplicate"))
            warnings.append(
                f"column {column_letter(index)} ({header or 'no header'}) was ignored: "
                f"column {column_letter(taken[target])} already gives {target}"
            )
        else:
            taken[target] = index
            columns.append(ColumnMatch(index, header, target, how))
    return columns, warnings


def _signature_met(kind: RecordKind, fields: set[str]) -> bool:
    return all(any(f in fields for f in group) for group in KINDS[kind].signature)


def detect_layout(sheet_name: str, top_rows: Sequence[tuple[int, Sequence[CellValue]]],
                  mapping: ColumnMapping | None = None) -> SheetLayout:
    """Kind, header row and columns of a sheet from its first rows."""
    hint = sheet_hint(sheet_name)
    forced = mapping.kind if mapping else None
    best: tuple[float, int, RecordKind, list[ColumnMatch], list[str]] | None = None
    candidates = top_rows[: limits.HEADER_SCAN_ROWS]
    if mapping and mapping.header_row == 0:
        if forced is None:
            return SheetLayout(None, None, reason="a mapping without a header row must give its kind")
        width = max((len(cells) for _, cells in top_rows), default=0)
        columns, warnings = map_columns([""] * width, forced, mapping)
        return SheetLayout(forced, 0, columns, warnings=warnings)
    if mapping and mapping.header_row is not None:
        candidates = [r for r in top_rows if r[0] == mapping.header_row]
        if not candidates:
            return SheetLayout(None, None, reason=(
                f"the mapping's header row {mapping.header_row} is empty or not in the sheet"))
    for number, cells in candidates:
        headers = _header_texts(cells)
        if sum(1 for h in headers if h) < 1:
            continue
        for kind in (forced,) if forced else tuple(RecordKind):
            columns, warnings = map_columns(headers, kind, mapping)
            fields = {base_field(c.field) for c in columns if c.field} | {
                c.field for c in columns if c.field}
            if not forced and not _signature_met(kind, fields):
                continue
            score = len({c.field for c in columns if c.field}) + (1.5 if kind == hint else 0)
            if best is None or score > best[0]:
                best = (score, number, kind, columns, warnings)
    if best is None:
        return SheetLayout(None, None, reason=(
            "no row near the top names the columns of persons, flights, shelters or "
            "document slots"))
    _, number, kind, columns, warnings = best
    return SheetLayout(kind, number, columns, warnings=warnings)
