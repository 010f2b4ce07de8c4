"""The audit log of SPEC 7: who changed which record, and every export.

Entries hold identifiers (case numbers, flight keys, field names, counts), never the
personal values themselves. Each entry's hash covers its content and the previous
entry's hash, so altering or deleting a row breaks the chain that ``verify_chain``
walks.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from planner.db.models import AuditEntry, utcnow

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


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    payload = {
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_key": entry.entity_key,
        "details": entry.details,
        "import_batch_id": entry.import_batch_id,
        "recipient": entry.recipient,
    }
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + blob).encode("utf-8")).hexdigest()


def _last_hash(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK})
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
    return made


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_bad_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every hash in order; report the first entry that does not match."""
    prev = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        count += 1
        if entry.prev_hash != prev or _digest(prev, entry) != entry.entry_hash:
            return ChainCheck(entries=count, first_bad_id=entry.id)
        prev = entry.entry_hash
    return ChainCheck(entries=count, first_bad_id=None)
