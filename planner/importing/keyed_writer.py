"""Flights, shelters and document slots into the operation, matched on their keys.

Keys (SPEC 2.2-2.4): a flight is its number plus departure date, a shelter its name, a
slot its slot_id, generated from the start time and location when the sheet leaves it
blank. A matching record is updated in place (blank cells keep what is stored); a row
repeating a key given earlier in the file merges into it, or is rejected if it
contradicts it. These sheets are small, so records are handled one by one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import DocumentSlot, Flight, ImportBatch, Settings, Shelter
from planner.departure.common import booked_on
from planner.domain import FlightStatus
from planner.fields import FLIGHT, SHELTER, SLOT, FieldSet
from planner.importing.problems import MergedRow, RowProblem
from planner.importing.record_kinds import KINDS, SheetKind
from planner.importing.report import KindCounts
from planner.importing.row_reading import ParsedRow
from planner.protection import audit
from solvers.reasons import Reason


def generated_slot_id(starts_at: dt.datetime, location: str | None) -> str:
    """A readable slot id: S-20260303-0900, plus the location's initials (S-...-ECS)."""
    base = f"S-{starts_at:%Y%m%d-%H%M}"
    if not location:
        return base
    initials = "".join(w[0] for w in re.findall(r"[^\W_]+", location)).upper()[:8]
    return f"{base}-{initials}" if initials else base


@dataclass(frozen=True)
class KeyedKind:
    model: type[Any]
    entity: str
    #: The kind's fields in the registry: the columns stored, the fixed defaults.
    record: FieldSet
    #: The record's key from a row's values; None when the row cannot give one.
    key: Callable[[dict[str, Any]], tuple[Any, ...] | None]
    find: Callable[[Session, tuple[Any, ...]], Any]
    show: Callable[[tuple[Any, ...]], str]
    #: Why a record with these merged values cannot be stored, if it cannot.
    check: Callable[[dict[str, Any]], str | None] = lambda merged: None

    @property
    def fields(self) -> tuple[str, ...]:
        return self.record.columns

    def defaults(self, settings: Settings) -> dict[str, Any]:
        """What a new record gets for the fields its row leaves blank."""
        return self.record.defaults(settings)


def _flight_key(values: dict[str, Any]) -> tuple[Any, ...]:
    return values["flight_no"], values["departs_at"].date()


def _shelter_check(merged: dict[str, Any]) -> str | None:
    """The code of the problem the stored record with this row's values would have."""
    start, end = merged.get("open_from"), merged.get("open_until")
    if start is not None and end is not None and start > end:
        return "shelter_closes_before_opens"
    return None


def _slot_key(values: dict[str, Any]) -> tuple[Any, ...] | None:
    if not values.get("slot_id"):
        if not values.get("starts_at"):
            return None
        values["slot_id"] = generated_slot_id(values["starts_at"], values.get("location"))
    return (values["slot_id"],)


KEYED: dict[SheetKind, KeyedKind] = {
    SheetKind.FLIGHTS: KeyedKind(
        Flight, "flight", FLIGHT, _flight_key,
        lambda s, k: s.scalar(select(Flight).where(Flight.flight_no == k[0],
                                                   Flight.departure_date == k[1])),
        lambda k: f"{k[0]} {k[1].isoformat()}",
    ),
    SheetKind.SHELTERS: KeyedKind(
        Shelter, "shelter", SHELTER, lambda values: (values["name"],),
        lambda s, k: s.scalar(select(Shelter).where(Shelter.name == k[0])),
        lambda k: str(k[0]),
        _shelter_check,
    ),
    SheetKind.SLOTS: KeyedKind(
        DocumentSlot, "slot", SLOT, _slot_key,
        lambda s, k: s.scalar(select(DocumentSlot).where(DocumentSlot.slot_id == k[0])),
        lambda k: str(k[0]),
    ),
}


class KeyedWriter:
    def __init__(self, kind: SheetKind, session: Session, settings: Settings,
                 batch: ImportBatch, counts: KindCounts, rejected: list[ParsedRow],
                 merged: list[MergedRow] | None = None,
                 warnings: list[Reason] | None = None) -> None:
        self.spec = KEYED[kind]
        #: The import's notes: a flight cancelled with passengers in the published plan.
        self.warnings = warnings if warnings is not None else []
        self.merged = merged if merged is not None else []
        self.kind = kind
        self.session = session
        self.settings = settings
        self.batch = batch
        self.counts = counts
        self.rejected = rejected
        self.seen: dict[tuple[Any, ...], tuple[ParsedRow, Any]] = {}
        self.entries: list[tuple[str, str, str | None, dict[str, Any]]] = []

    def _reject(self, row: ParsedRow, code: str, **facts: Any) -> None:
        row.problems.append(RowProblem(row.sheet, row.number, Reason(code, facts)))
        self.rejected.append(row)
        self.counts.rejected += 1

    def add(self, row: ParsedRow) -> None:
        values = dict(row.values)
        key = self.spec.key(values)
        if key is None:
            self._reject(row, "slot_without_key")
            return
        shown = self.spec.show(key)
        if key in self.seen:
            first, record = self.seen[key]
            clash = [f for f in self.spec.fields
                     if values.get(f) is not None and first.values.get(f) is not None
                     and values[f] != first.values[f] and f != "slot_id"]
            if clash:
                self._reject(row, "repeats_record", key=shown, first_row=str(first.number),
                             fields=clash)
                return
            self.counts.duplicates += 1
            same = tuple(f for f in ("flight_no", "departs_at", "name", "slot_id", "starts_at")
                         if values.get(f) is not None and values[f] == first.values.get(f))
            self.merged.append(MergedRow(row.sheet, row.number, first.sheet, first.number,
                                         same))
            for name in self.spec.fields:
                if values.get(name) is not None and getattr(record, name) is None:
                    setattr(record, name, values[name])
            return
        record = self.spec.find(self.session, key)
        stored = {f: getattr(record, f) for f in self.spec.fields} if record is not None else {}
        merged = {**stored, **{f: v for f, v in values.items() if v is not None}}
        problem = self.spec.check(merged)
        if problem:
            self._reject(row, problem, key=shown)
            return
        if record is None:
            missing = [f for f in KINDS[self.kind].required_new if values.get(f) is None]
            if missing:
                self._reject(row, "new_needs_fields", key=shown, fields=missing)
                return
            fields = {**self.spec.defaults(self.settings),
                      **{f: values[f] for f in self.spec.fields if values.get(f) is not None}}
            if self.spec.model is Flight:
                fields["departure_date"] = fields["departs_at"].date()
            record = self.spec.model(**fields)
            self.session.add(record)
            self.counts.added += 1
            self.entries.append(("import-add", self.spec.entity, shown, {}))
        else:
            changed = [f for f in self.spec.fields
                       if values.get(f) is not None and getattr(record, f) != values[f]]
            if isinstance(record, Flight) and "status" in changed:
                self._warn_cancelled(row, record, values["status"])
            for name in changed:
                setattr(record, name, values[name])
            if changed:
                self.counts.updated += 1
                self.entries.append(("import-update", self.spec.entity, shown,
                                     {"fields": changed}))
            else:
                self.counts.unchanged += 1
        self.seen[key] = (row, record)

    def _warn_cancelled(self, row: ParsedRow, flight: Flight, status: str) -> None:
        """A row that cancels a flight whose passengers in the published plan lose their
        seats says so, with the count the flight form asks with (``booked_on``)."""
        if status != FlightStatus.CANCELLED.value:
            return
        booked = booked_on(self.session, flight.id)
        if not booked.passengers:
            return
        facts = {"sheet": row.sheet, "row": str(row.number), "flight": flight.key,
                 "persons": booked.passengers, "households": booked.households,
                 "plan": booked.plan_id or 0}
        if booked.called or booked.checked_in:
            self.warnings.append(Reason("flight_cancelled_with_checked_in", {
                **facts, "called": booked.called, "checked": booked.checked_in}))
        else:
            self.warnings.append(Reason("flight_cancelled_with_seats", facts))

    def finish(self) -> None:
        self.session.flush()
        if self.entries:
            audit.record_many(self.session, self.entries, import_batch_id=self.batch.id)
