"""Opening an operation: a SQLite file by default, or a PostgreSQL server by URL.

SQLite files are created readable by their owner only, opened in WAL mode with
``synchronous=FULL`` and foreign keys on. A file from an older schema is backed up
next to itself, then migrated; a newer or damaged file is refused with a message.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from planner.db import migrations
from planner.db.sqlite_files import (
    SQLITE_COMPANIONS,
    SQLITE_HEADER,
    create_owner_only_file,
    make_owner_only,
    sqlite_write_problem,
)
from planner.errors import DatabaseError, OperationNotFound, PlannerError
from planner.protection import guards
from planner.words.render import ENGLISH, Words

log = logging.getLogger(__name__)



def default_database_path() -> Path:
    """The operation file used when ``--db`` is not given."""
    return Path(platformdirs.user_data_dir("evacplan", appauthor=False)) / "operation.sqlite"


#: ``scheme://user:PASSWORD@``, and ``password=...`` in a query string.
_URL_PASSWORD = re.compile(r"(?P<head>://[^/?#@]*?:)[^/?#]*(?=@)")
_QUERY_PASSWORD = re.compile(r"(?P<head>[?&]password=)[^&#]*", re.IGNORECASE)


def mask_password(text: str) -> str:
    """``text`` with every password of a database URL in it replaced by ``***``.

    Works on text that is not a valid URL (a malformed ``--db``, a parser's message
    quoting it), so no error path can print the password.
    """
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}***", text)
    return _QUERY_PASSWORD.sub(lambda m: f"{m['head']}***", text)


def _require_server_and_database(url: Any, text: str) -> None:
    """A PostgreSQL URL must name its server and its database.

    Without them psycopg falls back to the local socket and a database named after the
    login, and ``init`` would make an operation in whatever database that is.
    """
    query = dict(url.query)
    missing = [what for what, given in (
        ("server", url.host or query.get("host")),
        ("database", url.database or query.get("dbname")),
    ) if not given]
    if missing:
        raise DatabaseError.of("url_incomplete", url=mask_password(text), missing=missing)


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` (a file path or a SQLAlchemy URL) into a URL."""
    if db is None or str(db) == "":
        return f"sqlite:///{default_database_path()}"
    text = str(db)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as exc:
            raise DatabaseError.of("url_wrong", url=mask_password(text),
                                   why=mask_password(str(exc))) from exc
        if url.drivername.startswith("postgresql") and url.drivername == "postgresql":
            # psycopg 3 is the driver we install; the bare name would ask for psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() == "postgresql":
            _require_server_and_database(url, text)
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def describe_url(url: str) -> str:
    """The URL as shown to people: a file path, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return mask_password(parsed.render_as_string(hide_password=True))








def _busy_timeout_ms() -> int:
    """How long SQLite waits for another writer before giving up (EVACPLAN_SQLITE_BUSY_MS)."""
    try:
        return max(0, int(os.environ.get("EVACPLAN_SQLITE_BUSY_MS", "10000")))
    except ValueError:
        return 10000


def database_problem(exc: SQLAlchemyError) -> PlannerError | None:
    """A database failure a person can act on, as an error of its code (in any language);
    None for a bug."""
    if isinstance(exc, StaleDataError):
        return PlannerError.of("database_changed_meanwhile")
    if isinstance(exc, OperationalError):
        detail = _first_line(exc.orig)
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return PlannerError.of("database_locked", detail=detail)
        # before "disk": SQLite's damage message is "database disk image is malformed"
        if "malformed" in lowered or "not a database" in lowered:
            return PlannerError.of("database_damaged", detail=detail)
        if "full" in lowered:
            return PlannerError.of("database_disk_full", detail=detail)
        if "readonly" in lowered or "read-only" in lowered:
            return PlannerError.of("database_read_only", detail=detail)
        if "disk" in lowered:
            return PlannerError.of("database_not_written", detail=detail)
        return PlannerError.of("database_failed", detail=detail)
    return None


def explain_database_error(exc: SQLAlchemyError, words: Words = ENGLISH) -> str | None:
    """``database_problem``'s sentence in the language of ``words``, or None for a bug."""
    problem = database_problem(exc)
    return None if problem is None else problem.text(words)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _check_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError.of("operation_unreadable", path=str(path),
                               why=exc.strerror or str(exc)) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError.of("operation_not_sqlite", path=str(path))


@dataclass
class Operation:
    """An open operation database: its engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)
    #: Path of the backup made before a migration at this opening, if any.
    migration_backup: Path | None = None
    #: Files of a SQLite operation that were readable by others until this opening.
    made_owner_only: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database else None

    @property
    def display_name(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session scoped to one user action, committed at the end or rolled back."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _quiet_sql_logging() -> None:
    """Keep SQLAlchemy's statement and row logs off even when the program logs at DEBUG.

    They would carry names and passport numbers into log files (SPEC 7). A developer who
    sets these loggers' levels explicitly still gets them.
    """
    for name in ("sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.WARNING)


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    _quiet_sql_logging()
    try:
        # hide_parameters: error messages never quote a row's personal values.
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError.of("database_no_driver", driver=parsed.drivername,
                               why=str(exc)) from exc
    return engine


def open_operation(
    db: str | os.PathLike[str] | None = None, *, create: bool = False, migrate: bool = True
) -> Operation:
    """Open (or with ``create`` make) the operation at ``db`` and bring its schema up to date.

    Raises ``OperationNotFound`` when the file does not exist and ``create`` is false, and
    ``DatabaseError`` for a file that is not a database, a newer schema or a server that
    cannot be reached.
    """
    url = resolve_url(db)
    parsed = make_url(url)
    path: Path | None = None
    #: The file this opening made: removed again if the opening fails (no half operation).
    created: Path | None = None
    made_owner_only: list[Path] = []
    if parsed.get_backend_name() == "sqlite" and parsed.database and \
            parsed.database != ":memory:":
        path = Path(parsed.database)
        guards.refuse_network_share(path)
        if not path.exists():
            if not create:
                raise OperationNotFound.of("operation_not_found", path=str(path))
            create_owner_only_file(path)
            created = path
        elif path.is_dir():
            raise DatabaseError.of("operation_is_folder", path=str(path))
        else:
            _check_sqlite_file(path)
            # Before SQLite opens it: the -wal and -shm it creates take the file's mode.
            made_owner_only = make_owner_only(path)
            guards.refuse_damaged(path)
    engine = _make_engine(url)
    operation = Operation(url=url, engine=engine)
    try:
        _connect_and_migrate(operation, path, made_owner_only, create=create, migrate=migrate)
    except BaseException:
        engine.dispose()
        if created is not None:
            _remove_with_companions(created)
        raise
    if operation.migration_backup is not None:
        try:
            _record_migration_backup(operation, operation.migration_backup)
        except BaseException:
            engine.dispose()
            raise
    return operation


def _connect_and_migrate(operation: Operation, path: Path | None, made_owner_only: list[Path],
                         *, create: bool, migrate: bool) -> None:
    url = operation.url
    try:
        with operation.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            if path is not None:  # companions SQLite made or found at this opening
                made_owner_only += make_owner_only(path)
                operation.made_owner_only = sorted(set(made_owner_only))
    except OperationalError as exc:
        raise DatabaseError.of("operation_cannot_open", operation=describe_url(url),
                               why=_first_line(exc.orig)) from exc
    except SQLAlchemyError as exc:
        raise DatabaseError.of("operation_cannot_open", operation=describe_url(url),
                               why=str(exc)) from exc
    if not migrate:
        return
    try:
        operation.migration_backup = migrations.upgrade(operation, create=create)
    except OperationalError as exc:
        problem = (sqlite_write_problem(exc.orig, path.parent)
                   if path is not None and isinstance(exc.orig, sqlite3.Error) else None)
        raise DatabaseError.of("operation_cannot_create" if create
                               else "operation_cannot_update", operation=describe_url(url),
                               why=problem.as_json() if problem is not None
                               else _first_line(exc.orig)) from exc


def _remove_with_companions(path: Path) -> None:
    """Remove an operation file made by a failed opening, with its -wal and -shm."""
    for candidate in (path, *(path.with_name(path.name + c) for c in SQLITE_COMPANIONS)):
        with contextlib.suppress(OSError):
            candidate.unlink()


def _record_migration_backup(operation: Operation, made: Path) -> None:
    """The backup made before a migration, in the audit log of the migrated operation.

    Recorded after the file appeared (the exception to the order of ``planner.protection.files``):
    before the migration the log may not have the current form. The file is found by
    its automatic name beside the operation all the same (``purge``, ``backups``).
    """
    from planner.protection import audit

    with operation.session() as session:
        audit.record(session, "backup", "operation", None,
                     {"reason": "migration", "file": made.name, "path": str(made.absolute())},
                     recipient=str(made)[-200:])


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
