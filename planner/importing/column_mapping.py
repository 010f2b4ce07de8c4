"""An explicit column mapping, for sheets whose headers cannot be recognised.

The mapping is JSON the officer writes (``--mapping M.json``) or the import wizard makes::

    {"sheet": "Sheet1", "kind": "persons", "header_row": 3,
     "columns": {"Nama Lengkap": "full_name", "D": "date_of_birth", "Umur": null}}

``columns`` maps a header as written (or a column letter) to a field name, or to null to
ignore that column; every other column is still recognised by its header. ``sheet``,
``kind`` and ``header_row`` are optional; ``header_row: 0`` means the sheet has no header
row and every mapped column is named by its letter. A plain object of header -> field is
read as ``columns``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import column_index_from_string

from planner.errors import PlannerError
from planner.importing.header_keys import header_keys
from planner.importing.record_kinds import KINDS, SheetKind
from solvers.reasons import Reason

_LETTERS = re.compile(r"[A-Za-z]{1,3}")
_SETTINGS = ("sheet", "kind", "header_row", "columns")


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def read_json(path: Path) -> Any:
    """The JSON of a mapping file, or a ``PlannerError`` saying why it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:  # the operating system's own words for why
        raise PlannerError.of("mapping_unreadable", path=str(path),
                              why=exc.strerror or type(exc).__name__) from exc
    except json.JSONDecodeError as exc:
        raise PlannerError.of("mapping_not_json", path=str(path), line=exc.lineno,
                              column=exc.colno) from exc
    except UnicodeDecodeError as exc:
        raise PlannerError.of("mapping_not_utf8", path=str(path)) from exc


def file_where(path: Path) -> Reason:
    """A mapping file, as the ``where`` of its refusals ("the mapping m.json")."""
    return Reason("mapping_where_file", {"file": path.name})


#: A mapping given no name, as the ``where`` of its refusals.
ANY_MAPPING = Reason("mapping_where_any")


@dataclass(frozen=True)
class ColumnMapping:
    columns: dict[str, str | None] = field(default_factory=dict)
    sheet: str | None = None
    kind: SheetKind | None = None
    header_row: int | None = None
    #: Where the mapping comes from when the operation remembered it (shown to the
    #: officer: ``mapping_origin``); None for one given now.
    origin: Reason | None = None
    #: The mapping as its refusals name it (``mapping_where_*``: the file, the --mapping
    #: text; a saved mapping's name); not part of what it maps.
    where: Reason = field(default=ANY_MAPPING, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: Reason = ANY_MAPPING) -> ColumnMapping:
        """The mapping of its JSON; a ``PlannerError`` naming ``where`` (the file, the
        --mapping text: a ``mapping_where_*`` reason) and what is wrong."""
        def refused(code: str, **facts: Any) -> PlannerError:
            return PlannerError.of(code, where=where.as_json(), **facts)

        if not isinstance(data, Mapping):
            raise refused("mapping_not_object")
        columns_data = data.get("columns") if "columns" in data else {
            k: v for k, v in data.items() if k not in _SETTINGS}
        if not isinstance(columns_data, Mapping):
            raise refused("mapping_columns_not_object")
        kind: SheetKind | None = None
        if data.get("kind") is not None:
            try:
                kind = SheetKind(str(data["kind"]).strip().lower())
            except ValueError as exc:
                raise refused("mapping_kind_unknown", kind=str(data["kind"]),
                              kinds=[k.value for k in SheetKind]) from exc
        header_row = data.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or header_row < 0):
            raise refused("mapping_header_row_wrong")
        allowed = set()
        for spec in KINDS.values():
            allowed |= set(spec.fields) | set(spec.headers)
        columns: dict[str, str | None] = {}
        for column, target in columns_data.items():
            if target is not None and (not isinstance(target, str) or (
                    target.strip() and target.strip() not in allowed)):
                raise refused("mapping_target_unknown", target=str(target), column=str(column))
            columns[str(column)] = target.strip() if isinstance(target, str) and target.strip() \
                else None
        sheet = data.get("sheet")
        return cls(columns, str(sheet) if sheet is not None else None, kind, header_row,
                   where=where)

    @classmethod
    def load(cls, path: str | Path) -> ColumnMapping:
        path = Path(path)
        return cls.from_dict(read_json(path), file_where(path))

    def ignoring(self, columns: Sequence[str]) -> ColumnMapping:
        """This mapping with ``columns`` (headers or letters) named to be left out; a
        column the mapping gives a field keeps it."""
        extra = {c: None for c in columns if c.strip() and c not in self.columns}
        return replace(self, columns={**self.columns, **extra})

    def applies_to(self, sheet_name: str) -> bool:
        return self.sheet is None or _fold(self.sheet) == _fold(sheet_name)

    def finds(self, column: str, headers: Sequence[str]) -> bool:
        """Whether the mapping's ``column`` names one of ``headers`` (as ``resolve``
        finds it: the same text, the same words, or a column letter)."""
        folded = _fold(column)
        keys = set(header_keys(column))
        return (any(header and (_fold(header) == folded or keys & set(header_keys(header)))
                    for header in headers)
                or (bool(_LETTERS.fullmatch(column.strip()))
                    and column_index_from_string(column.strip().upper()) <= len(headers)))

    def resolve(self, headers: Sequence[str], kind: SheetKind
                ) -> tuple[dict[int, str | None], list[Reason]]:
        """Column index -> field for this header row, and the keys that matched nothing."""
        by_text: dict[str, int] = {}
        by_key: dict[str, int] = {}
        for index, header in enumerate(headers):
            if header:
                by_text.setdefault(_fold(header), index)
                for key in header_keys(header):
                    by_key.setdefault(key, index)
        fields = set(KINDS[kind].fields) | set(KINDS[kind].headers)
        resolved: dict[int, str | None] = {}
        warnings: list[Reason] = []
        for column, target in self.columns.items():
            found: int | None = by_text.get(_fold(column))
            if found is None:
                found = next((by_key[k] for k in header_keys(column) if k in by_key), None)
            if found is None and _LETTERS.fullmatch(column.strip()):
                found = column_index_from_string(column.strip().upper()) - 1
            if found is None:
                warnings.append(Reason("mapping_column_missing", {"column": column}))
                continue
            if target is not None and target not in fields:
                warnings.append(Reason("mapping_field_unknown", {"field": target,
                                                                 "kind": kind.value}))
                continue
            resolved[found] = target
        return resolved, warnings

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"columns": dict(self.columns)}
        if self.sheet is not None:
            data["sheet"] = self.sheet
        if self.kind is not None:
            data["kind"] = self.kind.value
        if self.header_row is not None:
            data["header_row"] = self.header_row
        return data
