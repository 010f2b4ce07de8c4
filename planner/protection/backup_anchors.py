"""The audit log checked against the anchors its backups carry (issue 18).

The anchor in the operation's own settings (``audit.check_anchor``) catches entries
removed from the end of the log; someone who removes or rewrites entries *and* rewrites
that anchor to match passes it. Every backup is a copy of the database, so it carries the
anchor (the number of entries and the newest hash) of the log as it was when the backup
was made, out of reach of whoever edits the live file. The log of today must still begin
with the log of every backup: the entry at the backup's count must be the backup's newest
hash (the hashes chain, so that one entry proves every earlier one).

The backups looked at are those a purge looks at (``privacy.known_backups``): the automatic
ones beside the file and every file the audit log records as a backup. A log that is
shorter than a backup's, or whose entry differs from it, is reported with the backup's
name. One difference is expected and said as such: after a restore the live log is the
restored backup's plus the restore's entry, so a backup made before the restore went
on past that point; it parts from the log exactly at a ``restore`` entry.

A backup that is not there or cannot be read is named as not compared; it proves nothing
either way. A manual backup is known from its own entry, which is written after its copy
is made, so a log cut back past that entry also forgets the backup; the officer names
such backups (the USB stick in the drawer) with ``audit-check --backup FILE``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.engine import Operation
from planner.db.models import AuditEntry
from planner.protection.audit import GENESIS, counted_entries
from planner.protection.privacy import known_backups


@dataclass(frozen=True)
class BackupAnchor:
    """What one backup's anchor says about the live log."""

    path: Path
    #: The backup's log: its number of entries and newest hash; None when unreadable.
    entries: int | None
    entry_hash: str | None
    #: Why the backup could not be compared (not there, not readable).
    unread: str | None = None
    #: What is wrong with the live log, measured by this backup; None when it agrees.
    problem: str | None = None
    #: The backup went on past a restore of the live operation: expected, not a fault.
    parted_at_restore: bool = False
    #: The backup was opened as an operation after it was made and went on with a log of
    #: its own from the entry that records it: expected, not a fault.
    used_since: bool = False

    @property
    def agrees(self) -> bool:
        return self.unread is None and self.problem is None


def read_anchor(path: Path) -> tuple[int, str] | str:
    """The backup's anchor (its own ``audit_anchor``, else its log's count and newest
    hash), or why it cannot be read."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "audit_log" not in tables:
            return "it holds no audit log"
        if "audit_anchor" in tables:
            row = connection.execute(
                "SELECT entries, entry_hash FROM audit_anchor WHERE id = 1").fetchone()
            if row is not None:
                return int(row[0]), str(row[1])
        count = int(connection.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        newest = connection.execute(
            "SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return count, str(newest[0]) if newest else GENESIS
    except (sqlite3.Error, ValueError, TypeError) as exc:
        return f"it cannot be read ({exc})"
    finally:
        connection.close()


def _entry_at(session: Session, position: int) -> AuditEntry | None:
    """The log's entry number ``position`` (1 = the oldest), in the order of the chain."""
    return session.scalars(select(AuditEntry).order_by(AuditEntry.id)
                           .offset(position - 1).limit(1)).first()


def _first_difference(session: Session, path: Path, upto: int) -> int | None:
    """The first position at or below ``upto`` where the backup's log and the live one
    differ (binary search over the chained hashes); None when the backup cannot tell."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error:
        return None
    try:
        def same(position: int) -> bool:
            theirs = connection.execute("SELECT entry_hash FROM audit_log ORDER BY id "
                                        "LIMIT 1 OFFSET ?", (position - 1,)).fetchone()
            ours = _entry_at(session, position)
            return theirs is not None and ours is not None and theirs[0] == ours.entry_hash

        low, high = 1, upto  # the answer lies in [low, high]; position upto differs
        while low < high:
            middle = (low + high) // 2
            if same(middle):
                low = middle + 1
            else:
                high = middle
        return low
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _records(entry: AuditEntry, path: Path) -> bool:
    """Whether ``entry`` is the log's record of the backup made to ``path``."""
    if entry.action != "backup":
        return False
    where = (entry.details or {}).get("path") or entry.recipient
    if not where:
        return False
    try:
        return Path(where).expanduser().absolute() == path.expanduser().absolute()
    except (OSError, ValueError):
        return False


def compare(session: Session, path: Path, entries: int) -> BackupAnchor:
    """Measure the live log (``entries`` long) by the anchor of the backup at ``path``."""
    anchor = read_anchor(path)
    if isinstance(anchor, str):
        return BackupAnchor(path, None, None, unread=anchor)
    count, newest = anchor
    if count == 0:
        return BackupAnchor(path, count, newest)
    ours = _entry_at(session, count) if count <= entries else None
    if ours is not None and ours.entry_hash == newest:
        return BackupAnchor(path, count, newest)
    parted = _first_difference(session, path, min(count, entries + 1))
    if parted is not None and parted <= entries:
        at = _entry_at(session, parted)
        if at is not None and at.action == "restore":
            return BackupAnchor(path, count, newest, parted_at_restore=True)
        if at is not None and _records(at, path):
            # The backup's log is the live one up to the entry that recorded it, then its
            # own: the file was opened as an operation after it was made (a copy made with
            # 'evacplan backup' to work on). Up to its making it proves the log intact.
            return BackupAnchor(path, count, newest, used_since=True)
    if count > entries:
        problem = (f"it holds {counted_entries(entries)} but the backup {path} holds {count:,}: "
                   f"the log was cut short" + (f" (or rewritten from entry {parted:,})"
                                               if parted is not None and parted <= entries
                                               else ""))
    else:
        problem = (f"its entry {count:,} differs from the newest entry of the backup {path} "
                   f"({newest[:12]}...)" + (f": the log was rewritten from entry {parted:,}"
                                             if parted is not None else ""))
    return BackupAnchor(path, count, newest, problem=problem)


def check_backup_anchors(operation: Operation,
                         named: Sequence[Path] = ()) -> list[BackupAnchor]:
    """The live log measured by every backup of the operation the program knows of, and
    by the backups ``named`` by the officer (kept where no intruder reaches them)."""
    backups = known_backups(operation)
    seen = {path for path, _how in backups}
    backups += [(key, "named") for key in (Path(p).expanduser().absolute() for p in named)
                if key not in seen]
    if not backups:
        return []
    found: list[BackupAnchor] = []
    with operation.session() as session:
        entries = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
        for path, _how in backups:
            if not path.exists():
                found.append(BackupAnchor(path, None, None, unread="it is not there"))
                continue
            found.append(compare(session, path, entries))
    return found
