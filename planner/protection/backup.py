"""Backups of a SQLite operation file, and restoring one (SPEC 7).

A backup is a copy made with SQLite's online backup API while the operation stays open,
written whole or not at all, owner-only, and checked with ``integrity_check``
(``planner.db.sqlite_files.backup_sqlite``, shared with the backup made before a migration).

Automatic backups lie beside the operation file as ``NAME.before-REASON-TIMESTAMP.bak``:
one before every migration and one before every import that is kept; the newest few of
each reason are kept. ``latest_verified_backup`` finds the newest one that still
verifies, for the offer to restore a damaged file.

An import takes its backup at the end, once it is known to be kept, while its own write
transaction is still open (``recorded_in``): the copy is read through another connection,
which in WAL mode sees only committed pages, so it holds the operation as it was before
the import. A refused, cancelled or dry-run import makes no backup and so cannot push the
useful ones out of the newest few.

A PostgreSQL operation is backed up by its server (``pg_dump``); these functions refuse it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from planner.db.engine import Operation, open_operation
from planner.db.sqlite_files import SQLITE_HEADER, backup_sqlite, copy_sqlite_into, make_owner_only
from planner.errors import DatabaseError, PlannerError
from planner.protection import audit
from planner.protection.backup_files import (
    AUTOMATIC_MARK,
    KEEP_AUTOMATIC,
    BackupCheck,
    automatic_backup_path,
    automatic_backups,
    known_schema,
    stamp,
    verify_backup,
)
from planner.protection.files import atomic_output, erase_file, remove_stale_parts
from planner.protection.guards import refuse_network_share, sqlite_damage


@dataclass
class _Joined:
    """An open transaction that automatic backups are recorded in, and what they made."""

    session: Session
    #: (operation file, backup, reason) of each backup made in the block.
    made: list[tuple[Path, Path, str]] = field(default_factory=list)
    #: The backups' parts, renamed to their names when the block ends without an error.
    publish_later: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)


#: Set by ``recorded_in`` for the block that ends by committing ``session``.
_JOINED: ContextVar[_Joined | None] = ContextVar("evacplan_backup_joined", default=None)




@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: from which backup, how many persons, where the old file went."""

    backup: Path
    target: Path
    persons: int
    schema: str | None
    #: The file that was replaced: a verified safety copy, or the damaged file moved aside.
    previous_kept_as: Path | None
    previous_was_damaged: bool
    #: Files of the operation that were readable by others and were made owner-only.
    made_owner_only: tuple[Path, ...] = ()








def _require_sqlite(operation: Operation) -> Path:
    if not operation.is_sqlite or operation.path is None:
        raise PlannerError.of("backup_on_server", operation=operation.display_name)
    return operation.path


def backup_operation(operation: Operation, target: Path, *, reason: str = "manual",
                     session: Session | None = None) -> BackupCheck:
    """Copy the open operation into ``target`` (which must not exist), verify and audit it.

    The audit entry is committed before the file appears under its name (one order for
    every file of personal data, ``planner.protection.files``). With ``session`` (an open
    transaction, ``recorded_in``) the entry goes into it instead and the caller makes
    the file appear after its commit.
    """
    source = _require_sqlite(operation)
    target = Path(target).expanduser().absolute()
    if target == source.absolute():
        raise PlannerError.of("backup_onto_itself", path=str(source))
    checked: list[BackupCheck] = []

    def verify_and_record(part: Path) -> None:
        check = verify_backup(part)
        if not check.ok:
            raise DatabaseError.of("backup_not_verified", path=str(target),
                                   why=check.problem.as_json() if check.problem else None)
        checked.append(BackupCheck(target, None, check.schema, check.persons))
        # The whole path in the details: purge finds the backup by it (the recipient
        # column holds 200 characters).
        details = {"reason": reason, "file": target.name, "persons": check.persons,
                   "path": str(target)}
        if session is not None:
            audit.record(session, "backup", "operation", None, details,
                         recipient=str(target)[-200:])
            return
        with operation.session() as own:
            audit.record(own, "backup", "operation", None, details,
                         recipient=str(target)[-200:])

    joined = _JOINED.get()
    if session is not None and joined is not None and joined.session is session:
        # Renamed when ``recorded_in`` ends, after the commit that holds its entry.
        part = joined.publish_later.enter_context(atomic_output(target))
        copy_sqlite_into(source, part, target)
        verify_and_record(part)
    else:
        backup_sqlite(source, target, verify_and_record)
    return checked[0]


def _prune(db_path: Path, reason: str) -> None:
    """Remove the automatic backups of ``reason`` beyond the newest ``KEEP_AUTOMATIC``:
    each is overwritten with zeros first (``erase_file``), as it holds the roster."""
    mine = [p for p in automatic_backups(db_path)
            if p.name.startswith(f"{db_path.name}{AUTOMATIC_MARK}{reason}-")]
    for old in mine[KEEP_AUTOMATIC:]:
        erase_file(old)


def automatic_backup(operation: Operation, reason: str) -> Path | None:
    """A verified backup beside a SQLite operation file before a risky step; None on a server.

    Keeps the newest ``KEEP_AUTOMATIC`` backups of the same reason and removes older ones;
    inside ``recorded_in`` only once that transaction has committed.
    """
    if not operation.is_sqlite or operation.path is None:
        return None
    target = automatic_backup_path(operation.path, reason)
    # Each backup has a name of its own, so the parts that killed backups left are swept
    # by name pattern, not as parts of this target.
    remove_stale_parts(target, names=re.escape(f"{operation.path.name}{AUTOMATIC_MARK}")
                       + r".+\.bak")
    joined = _JOINED.get()
    backup_operation(operation, target, reason=reason,
                     session=joined.session if joined is not None else None)
    if joined is not None:
        joined.made.append((operation.path, target, reason))
    else:
        _prune(operation.path, reason)
    return target


@contextlib.contextmanager
def recorded_in(session: Session) -> Iterator[None]:
    """Record the automatic backups made in this block in ``session``'s open transaction.

    The block must end by committing ``session``. Only then do the backups appear under
    their names (their entries are committed first, as for every file of personal data)
    and are older backups pruned; if the block raises, the backups' parts are removed:
    their audit entries were rolled back, and they hold nothing the operation does not.
    """
    joined = _Joined(session)
    token = _JOINED.set(joined)
    with joined.publish_later:
        try:
            yield
        finally:
            _JOINED.reset(token)
    for db_path, _made, reason in joined.made:
        _prune(db_path, reason)


def backup_before_import(operation: Operation) -> Path | None:
    """The automatic backup of every import that is kept (SPEC 7); None on a server.

    ``run_import`` calls it through its ``before_write`` hook inside ``recorded_in``, just
    before the import commits, so the copy holds the operation as it was before it.
    """
    return automatic_backup(operation, "import")








def _move_aside(db_path: Path) -> Path:
    """Rename a damaged file (and its -wal and -shm, which belong to it) out of the way."""
    kept = db_path.with_name(f"{db_path.name}.damaged-{stamp()}")
    os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    make_owner_only(kept)  # it still holds the roster
    return kept


def _copy_into(backup: Path, db_path: Path) -> None:
    """Write the backup's pages into ``db_path`` through SQLite, which takes its locks."""
    if not db_path.exists():
        fd = os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    source = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    target = sqlite3.connect(db_path, timeout=30)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(
            f"Cannot restore into {db_path}: {exc}; close the program where another officer "
            "has the operation open and try again"
        ) from exc
    finally:
        target.close()
        source.close()


def restore(backup: Path, db_path: Path) -> RestoreReport:
    """Replace the operation file ``db_path`` with a verified ``backup``.

    A sound operation file is first backed up (``before-restore``), so a restore can be
    undone; a damaged one is moved aside as ``NAME.damaged-TIMESTAMP``. The restore is
    recorded in the restored operation's audit log.
    """
    backup = Path(backup).expanduser().absolute()
    db_path = Path(db_path).expanduser().absolute()
    if backup == db_path:
        raise PlannerError.of("restore_from_itself", path=str(db_path))
    check = verify_backup(backup)
    if not check.ok:
        raise PlannerError.of("restore_unusable", path=str(backup),
                              problem=check.problem.as_json() if check.problem else None)
    if not known_schema(check.schema):
        raise PlannerError.of("restore_newer", path=str(backup), schema=check.schema)
    refuse_network_share(db_path)
    kept: Path | None = None
    damaged = False
    if db_path.exists():
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        damaged = header != SQLITE_HEADER or sqlite_damage(db_path) is not None
        if damaged:
            kept = _move_aside(db_path)
        else:
            kept = backup_sqlite(db_path, automatic_backup_path(db_path, "restore"))
    elif not db_path.parent.is_dir():
        raise PlannerError.of("restore_no_folder", path=str(db_path))
    # Before the backup's pages go in: a file readable by others would expose them.
    made_owner_only = make_owner_only(db_path) if db_path.exists() else []
    _copy_into(backup, db_path)
    damage = sqlite_damage(db_path)
    if damage is not None:
        raise DatabaseError(f"The restored operation {db_path} did not verify: {damage}")
    operation = open_operation(db_path)
    made_owner_only += operation.made_owner_only
    try:
        with operation.session() as session:
            audit.record(session, "restore", "operation", None, {
                "backup": backup.name, "persons": check.persons, "schema": check.schema,
                "previous_damaged": damaged,
                "previous_kept_as": kept.name if kept else None,
            })
    finally:
        operation.close()
    return RestoreReport(backup, db_path, check.persons or 0, check.schema, kept, damaged,
                         tuple(sorted(set(made_owner_only))))
