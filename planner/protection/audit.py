"""The audit log of SPEC 7: who changed which record, and every export.

Entries hold identifiers (case numbers, flight keys, field names, counts), never the
personal values themselves. Each entry's hash covers its content and the previous
entry's hash, so altering or deleting a row breaks the chain that ``verify_chain``
walks. Removing the newest entries leaves a shorter chain that is still whole, so every
append also moves the operation's anchor (``audit_anchor``: the number of entries and the
newest hash, in the same transaction): ``check_anchor`` finds a log shorter than its
anchor, or emptied. The hash of the newest entry (``head``) is also the anchor an officer
notes down outside the operation, and ``has_anchor`` later proves that entry is still
there. A row whose time or details cannot be read (damaged in the file) is reported as
that entry, not as an internal error.

``list_entries`` feeds the program's audit view; ``export_log`` writes the log (with its
hashes, so it can be checked outside the program) to CSV, JSON or XLSX, and records that
export in the log itself.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Select, func, select, text, update
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from planner.db.locks import hold_writes
from planner.db.models import AuditAnchor, AuditEntry, utcnow
from planner.errors import PlannerError

GENESIS = "0" * 64
#: Key of the PostgreSQL advisory lock that serialises appends to the chain.
_CHAIN_LOCK = 0x45564143


def current_actor() -> str:
    """The officer's name for the audit log: EVACPLAN_USER, else the login name."""
    name = os.environ.get("EVACPLAN_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "unknown"


def _payload_digest(prev_hash: str, payload: dict[str, Any]) -> str:
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + blob).encode("utf-8")).hexdigest()


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    return _payload_digest(prev_hash, {
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_key": entry.entity_key,
        "details": entry.details,
        "import_batch_id": entry.import_batch_id,
        "recipient": entry.recipient,
    })


def _last_hash(session: Session) -> str:
    """The newest entry's hash, read under a lock that keeps other writers from appending.

    Without it, two officers (or the program's background task and its window) could
    both read the same last hash and fork the chain, which would then look tampered.
    PostgreSQL: a transaction-scoped advisory lock. SQLite: a statement that writes
    nothing still takes the database's write lock, held until this transaction ends.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK})
    elif dialect == "sqlite":
        hold_writes(session, ("audit_log",))
    last = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def record(
    session: Session,
    action: str,
    entity: str,
    entity_key: str | None = None,
    details: dict[str, Any] | None = None,
    *,
    import_batch_id: int | None = None,
    recipient: str | None = None,
    actor: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction."""
    return record_many(
        session,
        [(action, entity, entity_key, details or {})],
        import_batch_id=import_batch_id,
        recipient=recipient,
        actor=actor,
    )[0]


def record_many(
    session: Session,
    entries: Iterable[tuple[str, str, str | None, dict[str, Any]]],
    *,
    import_batch_id: int | None = None,
    recipient: str | None = None,
    actor: str | None = None,
) -> list[AuditEntry]:
    """Append several entries (action, entity, key, details) in one go, chained in order."""
    who = actor or current_actor()
    prev = _last_hash(session)
    now = utcnow()
    made: list[AuditEntry] = []
    for action, entity, key, details in entries:
        entry = AuditEntry(
            at=now,
            actor=who,
            action=action,
            entity=entity,
            entity_key=key,
            details=details,
            import_batch_id=import_batch_id,
            recipient=recipient,
            prev_hash=prev,
        )
        entry.entry_hash = _digest(prev, entry)
        prev = entry.entry_hash
        made.append(entry)
    session.add_all(made)
    session.flush()
    _move_anchor(session, len(made), prev)
    return made


def _move_anchor(session: Session, added: int, newest: str) -> None:
    """Count ``added`` entries into the anchor and make ``newest`` its hash (under the
    chain's lock, like the append). An operation without an anchor row (made before
    there was one, or whose row was deleted) gets one from the log it holds."""
    moved = session.execute(update(AuditAnchor).where(AuditAnchor.id == 1).values(
        entries=AuditAnchor.entries + added, entry_hash=newest))
    if getattr(moved, "rowcount", 1) == 0:
        count = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        session.add(AuditAnchor(id=1, entries=count, entry_hash=newest))
        session.flush()


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_bad_id: int | None
    #: The first bad entry cannot even be read (its time or details are damaged).
    damaged: bool = False

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


#: What reading a damaged row raises: SQLite's text that is not a time or not JSON.
_UNREADABLE = (ValueError, TypeError, OverflowError, StatementError)
_CHUNK = 2000


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every hash in order; report the first entry that does not match, or that
    cannot be read."""
    prev = GENESIS
    count = 0
    after = 0
    while True:
        ids = list(session.scalars(select(AuditEntry.id).where(AuditEntry.id > after)
                                   .order_by(AuditEntry.id).limit(_CHUNK)))
        if not ids:
            return ChainCheck(entries=count, first_bad_id=None)
        try:
            entries = list(session.scalars(
                select(AuditEntry).where(AuditEntry.id.between(ids[0], ids[-1]))
                .order_by(AuditEntry.id).execution_options(populate_existing=True)))
        except _UNREADABLE:
            return ChainCheck(entries=count + 1, first_bad_id=_first_unreadable(session, ids),
                              damaged=True)
        for entry in entries:
            count += 1
            try:
                good = entry.prev_hash == prev and _digest(prev, entry) == entry.entry_hash
            except _UNREADABLE:
                return ChainCheck(entries=count, first_bad_id=entry.id, damaged=True)
            if not good:
                return ChainCheck(entries=count, first_bad_id=entry.id)
            prev = entry.entry_hash
        session.expunge_all()  # keep memory flat over a long log
        after = ids[-1]


def _first_unreadable(session: Session, ids: list[int]) -> int:
    """The first of ``ids`` whose row cannot be read (one of them cannot)."""
    for entry_id in ids:
        try:
            session.scalars(select(AuditEntry).where(AuditEntry.id == entry_id)
                            .execution_options(populate_existing=True)).one()
        except _UNREADABLE:
            return entry_id
    return ids[0]


def counted_entries(count: int) -> str:
    """'1 entry', '3 entries'."""
    return f"{count:,} {'entry' if count == 1 else 'entries'}"


def check_anchor(session: Session, entries: int, newest: str) -> str | None:
    """What is wrong between the log (``entries`` long, ending at ``newest``) and the
    anchor kept with every append; None when they agree."""
    anchor = session.get(AuditAnchor, 1)
    if anchor is None:
        if entries == 0:
            return None  # a new operation: its first entry makes the anchor
        return ("its anchor (the number of entries and the newest hash, kept with every "
                "change) is missing: it was deleted")
    if anchor.entries > entries:
        return (f"it holds {counted_entries(entries)} but its anchor says {anchor.entries:,}: the "
                f"newest {anchor.entries - entries:,} were removed")
    if anchor.entries != entries or anchor.entry_hash != newest:
        return (f"it holds {counted_entries(entries)} ending with {newest[:12]}... but its anchor "
                f"says {anchor.entries:,} ending with {anchor.entry_hash[:12]}...: entries "
                "were removed or written outside the program")
    return None


def head(session: Session) -> tuple[int, str]:
    """The number of entries and the hash of the newest one (the anchor to note down)."""
    count = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    last = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    return count, last or GENESIS


def has_anchor(session: Session, entry_hash: str) -> bool:
    """True when the entry sealed by ``entry_hash`` is still in the log."""
    wanted = entry_hash.strip().lower()
    if wanted == GENESIS:
        return True
    return session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.entry_hash == wanted)
    ) == 1


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show: every given field must match; ``text`` searches key and action."""

    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_key: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    text: str | None = None


def _filtered(query: Select[Any], where: AuditFilter | None) -> Select[Any]:
    if where is None:
        return query
    for column, value in ((AuditEntry.actor, where.actor), (AuditEntry.action, where.action),
                          (AuditEntry.entity, where.entity),
                          (AuditEntry.entity_key, where.entity_key)):
        if value:
            query = query.where(column == value)
    if where.since is not None:
        query = query.where(AuditEntry.at >= where.since)
    if where.until is not None:
        query = query.where(AuditEntry.at < where.until)
    if where.text:
        pattern = f"%{where.text.lower()}%"
        query = query.where(func.lower(AuditEntry.entity_key).like(pattern)
                            | func.lower(AuditEntry.action).like(pattern)
                            | func.lower(AuditEntry.actor).like(pattern))
    return query


def count_entries(session: Session, where: AuditFilter | None = None) -> int:
    return int(session.scalar(_filtered(select(func.count(AuditEntry.id)), where)) or 0)


def list_entries(
    session: Session,
    where: AuditFilter | None = None,
    *,
    limit: int | None = 500,
    offset: int = 0,
    newest_first: bool = True,
) -> list[AuditEntry]:
    """Entries for the audit view, newest first, a page at a time."""
    order = AuditEntry.id.desc() if newest_first else AuditEntry.id
    query = _filtered(select(AuditEntry), where).order_by(order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


#: Columns of an exported audit log, in order.
EXPORT_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_key", "details",
                  "import_batch_id", "recipient", "prev_hash", "entry_hash")
EXPORT_FORMATS = (".csv", ".json", ".xlsx")


def export_row(entry: AuditEntry) -> dict[str, Any]:
    """One entry as plain values: time in ISO form (UTC), details as JSON text."""
    return {
        "id": entry.id,
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_key": entry.entity_key,
        "details": json.dumps(entry.details, sort_keys=True, default=str),
        "import_batch_id": entry.import_batch_id,
        "recipient": entry.recipient,
        "prev_hash": entry.prev_hash,
        "entry_hash": entry.entry_hash,
    }


def _write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    import csv

    from planner.spreadsheet_text import csv_text

    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(["" if row[c] is None else
                             csv_text(row[c]) if isinstance(row[c], str) else row[c]
                             for c in EXPORT_COLUMNS])


def _write_json(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        json.dump(rows, handle, ensure_ascii=False, indent=1)


def _write_xlsx(rows: list[dict[str, Any]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from planner.spreadsheet_text import xlsx_cell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Audit log")
    sheet.append(list(EXPORT_COLUMNS))
    for row in rows:
        cells = []
        for column in EXPORT_COLUMNS:
            cell = WriteOnlyCell(sheet)
            xlsx_cell(cell, row[column])
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


class _Sessions(Protocol):
    """An open operation (``planner.db.engine.Operation``, which imports this module)."""

    def session(self) -> AbstractContextManager[Session]: ...


@dataclass(frozen=True)
class AuditExport:
    path: Path
    entries: int
    head_hash: str


def export_log(operation: _Sessions, target: str | os.PathLike[str],
               *, recipient: str | None = None) -> AuditExport:
    """Write the whole log to ``target`` (.csv, .json or .xlsx), owner-only, whole or absent.

    The export is itself recorded first, so the file ends with the entry describing it,
    and that entry is committed before the file appears under its name (the order of
    ``planner.protection.files``): the session that records it and reads the log ends
    inside the file's block. A failed write rolls the entry back.
    """
    from planner.protection.files import atomic_output

    path = Path(target)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise PlannerError.of("audit_export_format", file=path.name,
                              suffixes=list(EXPORT_FORMATS))
    writer = {".csv": _write_csv, ".json": _write_json, ".xlsx": _write_xlsx}[suffix]
    with atomic_output(path) as temp, operation.session() as session:
        total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        # The entry takes the chain's lock: no entry can be added while the log is read.
        record(session, "export", "audit_log", None,
               {"format": suffix.lstrip("."), "entries": total + 1, "file": path.name},
               recipient=recipient)
        rows = [export_row(e) for e in
                session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        writer(rows, temp)
    return AuditExport(path, len(rows), rows[-1]["entry_hash"])


def verify_export(path: str | os.PathLike[str]) -> ChainCheck:
    """Check the chain of a JSON export of the log, outside the operation database."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlannerError.of("audit_export_unreadable", path=str(path), why=str(exc)) from exc
    if not isinstance(rows, list):
        raise PlannerError.of("audit_export_not_list", path=str(path))
    prev = GENESIS
    for count, row in enumerate(rows, start=1):
        try:
            payload = {name: row[name] for name in (
                "at", "actor", "action", "entity", "entity_key", "import_batch_id", "recipient")}
            payload["details"] = json.loads(row["details"])
            good = row["prev_hash"] == prev and _payload_digest(prev, payload) == row["entry_hash"]
        except (KeyError, TypeError, json.JSONDecodeError):
            good = False
        if not good:
            bad_id = row.get("id") if isinstance(row, dict) else None
            return ChainCheck(entries=count, first_bad_id=int(bad_id) if bad_id else count)
        prev = row["entry_hash"]
    return ChainCheck(entries=len(rows), first_bad_id=None)
