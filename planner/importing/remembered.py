"""Column mappings remembered per source, so that an office's next file imports unasked.

A mapping the officer confirmed (in the import screen, or with ``--mapping``,
``--ignore-column`` or ``--save-mapping NAME`` on the command line) is stored in the
operation when its import is kept, keyed by the sheet's header row: the header texts in
column order, folded for case and spacing (``header_key``). The next file whose header
row is the same gets the same columns ("remembered"), wherever its title block ends.
A mapping can also be named, used by name (``--mapping NAME``), and handed to another
office as JSON::

    {"name": "pnh", "kind": "persons", "headers": ["NO", "NAMA", ...],
     "columns": {"NAMA": "full_name", "KLP": "household", "UMUR": null}}

which ``--mapping FILE.json`` also reads as it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import RememberedMapping, utcnow
from planner.errors import PlannerError
from planner.importing.cells import CellValue, is_blank
from planner.importing.column_mapping import ANY_MAPPING, ColumnMapping, file_where
from planner.importing.column_mapping import read_json as mapping_json
from planner.importing.record_kinds import SheetKind
from planner.importing.values import clean_text
from planner.protection import audit
from planner.protection.files import atomic_output
from planner.records.field_rules import control_character
from solvers.reasons import Reason

#: Longest name a mapping may have.
NAME_LENGTH = 100


def header_texts(cells: Sequence[CellValue]) -> list[str]:
    """A header row's texts in column order, without the blank cells at its end."""
    texts = ["" if is_blank(c) else clean_text(c) for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def header_key(texts: Sequence[str]) -> str:
    """The digest a header row is remembered by: its texts folded for case and spacing."""
    folded = [" ".join(t.lower().split()) for t in texts]
    return hashlib.sha256(json.dumps(folded, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SavedMapping:
    """A remembered mapping as the import and the command line use it."""

    kind: SheetKind
    columns: dict[str, str | None]
    headers: list[str] = field(default_factory=list)
    name: str | None = None
    source_file: str = ""
    saved_at: dt.datetime | None = None
    saved_by: str = ""

    @property
    def key(self) -> str | None:
        return header_key(self.headers) if self.headers else None

    def describe(self) -> Reason:
        """Where it comes from, for a line of the report: "mapping 'pnh' confirmed with
        roster-march.xlsx on 1 Dec 2026" (``mapping_origin``)."""
        mapping = Reason("mapping_named", {"name": self.name}) if self.name else ANY_MAPPING
        facts: dict[str, Any] = {"mapping": mapping.as_json()}
        if self.source_file:
            facts["file"] = self.source_file
        if self.saved_at is not None:
            facts["date"] = self.saved_at.date().isoformat()
        return Reason("mapping_origin", facts)

    def as_column_mapping(self, header_row: int | None = None) -> ColumnMapping:
        origin = self.describe()
        return ColumnMapping(dict(self.columns), None, self.kind, header_row,
                             origin=origin, where=origin)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value, "headers": list(self.headers),
                                "columns": dict(self.columns)}
        if self.name:
            data = {"name": self.name, **data}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: Reason = ANY_MAPPING) -> SavedMapping:
        """A mapping from its JSON (``to_json``'s, or any ``--mapping`` file with a kind);
        ``where`` names it in a refusal (``ColumnMapping.from_dict``)."""
        mapping = ColumnMapping.from_dict(data, where)
        if mapping.kind is None:
            raise PlannerError.of("mapping_kind_missing", where=where.as_json(),
                                  kinds=[f'"{k.value}"' for k in SheetKind])
        headers = data.get("headers", []) if isinstance(data, Mapping) else []
        if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
            raise PlannerError.of("mapping_headers_wrong", where=where.as_json())
        name = data.get("name") if isinstance(data, Mapping) else None
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise PlannerError.of("mapping_name_not_text", where=where.as_json())
        return cls(mapping.kind, dict(mapping.columns), list(headers),
                   name.strip() if isinstance(name, str) else None)


def _saved(row: RememberedMapping) -> SavedMapping:
    return SavedMapping(SheetKind(row.kind), dict(row.columns), list(row.headers), row.name,
                        row.source_file, row.saved_at, row.saved_by)


def by_header_key(session: Session) -> dict[str, SavedMapping]:
    """Every mapping remembered for a header row, by its key."""
    return {row.header_key: _saved(row) for row in session.scalars(
        select(RememberedMapping).where(RememberedMapping.header_key.is_not(None)))
        if row.header_key}


def all_mappings(session: Session) -> list[SavedMapping]:
    rows = session.scalars(select(RememberedMapping).order_by(
        RememberedMapping.name, RememberedMapping.saved_at))
    return [_saved(row) for row in rows]


def find(session: Session, name: str) -> SavedMapping | None:
    row = session.scalar(select(RememberedMapping).where(RememberedMapping.name == name.strip()))
    return _saved(row) if row is not None else None


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise PlannerError.of("mapping_name_missing")
    if len(name) > NAME_LENGTH:
        raise PlannerError.of("mapping_name_too_long", count=NAME_LENGTH)
    character = control_character(name)
    if character is not None:
        raise PlannerError.of("mapping_name_control", character=character)
    if name.lower().endswith(".json") or "/" in name or "\\" in name:
        raise PlannerError.of("mapping_name_like_file", name=name)
    return name


def remember(session: Session, mapping: SavedMapping, *, used: bool = False) -> None:
    """Store ``mapping`` (replacing the one of its header row, and taking its name from
    the mapping that had it), in the caller's transaction; audited."""
    key = mapping.key
    row = session.scalar(select(RememberedMapping).where(
        RememberedMapping.header_key == key)) if key else None
    if row is None and mapping.name:
        row = session.scalar(select(RememberedMapping).where(
            RememberedMapping.name == mapping.name))
        if row is not None and row.header_key and key and row.header_key != key:
            row.name = None  # the name moves to this header row's mapping
            session.flush()
            row = None
    if mapping.name:
        holder = session.scalar(select(RememberedMapping).where(
            RememberedMapping.name == mapping.name))
        if holder is not None and holder is not row:
            holder.name = None
            session.flush()
    now = utcnow()
    if row is None:
        row = RememberedMapping(header_key=key, source_file=mapping.source_file[:500],
                                saved_at=now, saved_by=audit.current_actor())
        session.add(row)
    row.name = mapping.name or row.name
    row.headers = list(mapping.headers)
    row.kind = mapping.kind.value
    row.columns = dict(mapping.columns)
    if used:
        row.used_at = now
    session.flush()
    audit.record(session, "save-mapping", "column_mapping", row.name or (key or "")[:12],
                 {"kind": row.kind, "columns": len(row.columns)})


def mark_used(session: Session, key: str) -> None:
    row = session.scalar(select(RememberedMapping).where(RememberedMapping.header_key == key))
    if row is not None:
        row.used_at = utcnow()


def forget(session: Session, name: str) -> bool:
    """Delete the mapping named ``name``; False if there is none."""
    row = session.scalar(select(RememberedMapping).where(RememberedMapping.name == name.strip()))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    audit.record(session, "forget-mapping", "column_mapping", name.strip(), {})
    return True


def write_json(mapping: SavedMapping, path: Path) -> None:
    text = json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n"
    with atomic_output(path) as part:
        part.write_text(text, encoding="utf-8")


def read_json(path: Path) -> SavedMapping:
    return SavedMapping.from_json(mapping_json(path), file_where(path))
