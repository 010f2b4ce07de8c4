"""Backup files beside a SQLite operation, found and verified without opening the operation.

The leaf half of ``planner.protection.backup``: naming automatic backups, listing them,
checking one (integrity, schema, persons) and finding the newest that verifies. The guard
that refuses a damaged operation file (``planner.protection.guards``) offers that backup,
and opening an operation imports the guard, so nothing here opens an operation.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory

from planner.db.migrations import alembic_config
from planner.db.sqlite_files import SQLITE_HEADER
from solvers.reasons import Reason

#: Automatic backups of one reason kept beside the operation file; older ones are removed.
KEEP_AUTOMATIC = 5


#: File-name part that marks automatic backups.
AUTOMATIC_MARK = ".before-"


@dataclass(frozen=True)
class BackupCheck:
    """What verifying a backup file found."""

    path: Path
    #: Why it cannot serve ("it is damaged (...)"), as a reason; None when it verifies.
    problem: Reason | None
    schema: str | None = None
    persons: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def automatic_backup_path(db_path: Path, reason: str) -> Path:
    """``NAME.before-REASON-TIMESTAMP.bak`` beside the operation file."""
    return db_path.with_name(f"{db_path.name}{AUTOMATIC_MARK}{reason}-{stamp()}.bak")


def verify_backup(path: Path) -> BackupCheck:
    """Check that ``path`` is a whole SQLite operation: integrity, schema, persons."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return BackupCheck(path, Reason("backup_unreadable", {"why": str(exc.strerror)}))
    if header != SQLITE_HEADER:
        return BackupCheck(path, Reason("backup_not_sqlite"))
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return BackupCheck(path, Reason("backup_cannot_open", {"why": str(exc)}))
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            return BackupCheck(path, Reason("backup_damaged", {
                "why": str(result[0][0]) if result else "no answer"}))
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "persons", "audit_log"} <= tables:
            return BackupCheck(path, Reason("backup_not_operation"))
        schema_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        persons = connection.execute("SELECT count(*) FROM persons").fetchone()[0]
    except sqlite3.Error as exc:
        return BackupCheck(path, Reason("backup_damaged", {"why": str(exc)}))
    finally:
        connection.close()
    return BackupCheck(path, None, schema_row[0] if schema_row else None, int(persons))


def automatic_backups(db_path: Path) -> list[Path]:
    """Backups beside the operation file (``NAME.before-*.bak``), newest first."""
    folder = db_path.parent
    try:
        found = [p for p in folder.iterdir()
                 if p.name.startswith(f"{db_path.name}{AUTOMATIC_MARK}") and p.name.endswith(".bak")
                 and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def latest_verified_backup(db_path: Path) -> Path | None:
    """The newest automatic backup of the operation file that still verifies, or None."""
    for candidate in automatic_backups(db_path):
        if verify_backup(candidate).ok:
            return candidate
    return None


def known_schema(schema: str | None) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    return schema is None or schema in {rev.revision for rev in script.walk_revisions()}
