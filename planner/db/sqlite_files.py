"""SQLite operation files on disk: their header, owner-only modes, companions, online copies.

A leaf module: opening (``planner.db.engine``), migrating (``planner.db.migrations``) and
backing up (``planner.protection.backup``) an operation all use these helpers, and none of
them is imported back here.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect

from planner.errors import DatabaseError, PlannerError
from planner.protection.files import WriteFailed, atomic_output, write_problem
from solvers.reasons import Reason

SQLITE_HEADER = b"SQLite format 3\x00"


OWNER_ONLY = 0o600


#: Files SQLite keeps beside an operation file; they hold its pages too.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def make_owner_only(path: Path) -> list[Path]:
    """Make a SQLite operation file and its companions readable by their owner only.

    Returns the files whose mode this changed (empty when all were owner-only already).
    A file that existed before ``init`` (``touch op.sqlite``) or was restored into keeps
    the mode it had, and SQLite gives new ``-wal``/``-shm`` files the database's mode: so
    every opening checks, not only the creation.
    """
    changed: list[Path] = []
    for candidate in (path, *(path.with_name(path.name + c) for c in SQLITE_COMPANIONS)):
        try:
            mode = stat.S_IMODE(os.stat(candidate).st_mode)
        except OSError:
            continue  # no such companion
        if mode & 0o077 == 0:
            continue
        try:
            os.chmod(candidate, mode & 0o700)
        except OSError as exc:
            raise DatabaseError.of("cannot_make_owner_only", path=str(candidate),
                                   why=exc.strerror or str(exc)) from exc
        changed.append(candidate)
    return changed


def create_owner_only_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    except OSError as exc:
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # the folder that refused the new one
        raise WriteFailed(path, write_problem(exc, folder) or str(exc.strerror)) from exc
    os.close(fd)


def sqlite_write_problem(exc: sqlite3.Error, folder: Path) -> Reason | None:
    """What SQLite's failure to write a file in ``folder`` means, or None for another error."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    where = {"folder": str(folder.absolute())}
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return Reason("sqlite_disk_full", where)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return Reason("sqlite_read_only", where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return Reason("sqlite_cannot_create", where)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return Reason("sqlite_io_error", where)
    return None


def backup_sqlite(source: Path, target: Path,
                  before_publish: Callable[[Path], None] | None = None) -> Path:
    """Copy a live SQLite operation with the online backup API into an owner-only file.

    The copy is made in a temporary file beside the target, checked with
    ``integrity_check``, switched to a self-contained single file (no WAL), handed to
    ``before_publish`` (which records it) and only then renamed to ``target``: a backup
    that exists is whole, verified and recorded. A full disk or a read-only folder ends
    in ``WriteFailed``.
    """
    if target.exists():
        raise PlannerError.of("backup_exists", path=str(target))
    with atomic_output(target, before_publish) as temp:
        copy_sqlite_into(source, temp, target)
    return target


def copy_sqlite_into(source: Path, part: Path, target: Path) -> None:
    """The body of ``backup_sqlite``: copy, check and make ``part`` a single file."""
    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(part)
    try:
        src.backup(dst)
        result = dst.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
            raise DatabaseError.of("backup_not_verified", path=str(target), why=str(result))
        dst.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as exc:
        problem = sqlite_write_problem(exc, target.parent)
        if problem is None:
            raise
        raise WriteFailed(target, problem) from exc
    finally:
        dst.close()
        src.close()


def migration_backup_path(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak")


def has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
