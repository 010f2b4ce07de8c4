"""Opening an operation: a SQLite file by default, or a PostgreSQL server by URL.

SQLite files are created readable by their owner only, opened in WAL mode with
``synchronous=FULL`` and foreign keys on. A file from an older schema is backed up
next to itself, then migrated; a newer or damaged file is refused with a message.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from planner import protection
from planner.db import migrations
from planner.errors import DatabaseError, OperationNotFound, PlannerError
from planner.files import atomic_output

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
OWNER_ONLY = 0o600


def default_database_path() -> Path:
    """The operation file used when ``--db`` is not given."""
    return Path(platformdirs.user_data_dir("evacplan", appauthor=False)) / "operation.sqlite"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """Turn ``--db`` (a file path or a SQLAlchemy URL) into a URL."""
    if db is None or str(db) == "":
        return f"sqlite:///{default_database_path()}"
    text = str(db)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as exc:
            raise DatabaseError(f"Not a database URL: {text!r} ({exc})") from exc
        if url.drivername.startswith("postgresql") and url.drivername == "postgresql":
            # psycopg 3 is the driver we install; the bare name would ask for psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def describe_url(url: str) -> str:
    """The URL as shown to people: a file path, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _create_owner_only_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    os.close(fd)


def _busy_timeout_ms() -> int:
    """How long SQLite waits for another writer before giving up (EVACPLAN_SQLITE_BUSY_MS)."""
    try:
        return max(0, int(os.environ.get("EVACPLAN_SQLITE_BUSY_MS", "10000")))
    except ValueError:
        return 10000


def explain_database_error(exc: SQLAlchemyError) -> str | None:
    """A sentence for a database failure a person can act on, or None for a bug."""
    if isinstance(exc, StaleDataError):
        return ("Another officer changed or deleted the same record in the meantime; "
                "nothing of this change was saved: reload the record and make the change again")
    if isinstance(exc, OperationalError):
        detail = _first_line(exc.orig)
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return ("The operation database is locked by another program or officer; "
                    f"try again in a moment ({detail})")
        # before "disk": SQLite's damage message is "database disk image is malformed"
        if "malformed" in lowered or "not a database" in lowered:
            return (f"The operation database is damaged ({detail}); "
                    "restore the latest verified backup with 'evacplan restore --latest'")
        if "disk" in lowered or "full" in lowered or "readonly" in lowered or "read-only" in lowered:
            return f"The operation database cannot be written: {detail}"
        return f"The operation database failed: {detail}"
    return None


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
        raise DatabaseError(f"Cannot read the operation file {path}: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not an operation database (it is not a SQLite file); "
            "choose another file or restore a backup"
        )


@dataclass
class Operation:
    """An open operation database: its engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)
    #: Path of the backup made before a migration at this opening, if any.
    migration_backup: Path | None = None

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
        raise DatabaseError(
            f"No driver for {parsed.drivername!r}: install the project's 'postgres' extra "
            f"or use a SQLite file ({exc})"
        ) from exc
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
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database)
        protection.refuse_network_share(path)
        if not path.exists():
            if not create:
                raise OperationNotFound(
                    f"No operation at {path}: create one with 'evacplan init' or 'evacplan demo'"
                )
            _create_owner_only_file(path)
        elif path.is_dir():
            raise DatabaseError(f"{path} is a folder, not an operation file")
        else:
            _check_sqlite_file(path)
            protection.refuse_damaged(path)
    engine = _make_engine(url)
    operation = Operation(url=url, engine=engine)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            f"Cannot open the operation {describe_url(url)}: {_first_line(exc.orig)}"
        ) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot open the operation {describe_url(url)}: {exc}") from exc
    if migrate:
        try:
            operation.migration_backup = migrations.upgrade(operation, create=create)
        except PlannerError:
            engine.dispose()
            raise
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseError(
                f"Cannot update the operation {describe_url(url)}: {_first_line(exc.orig)}"
            ) from exc
    return operation


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite operation with the online backup API into an owner-only file.

    The copy is made in a temporary file beside the target, checked with
    ``integrity_check``, switched to a self-contained single file (no WAL) and only then
    renamed to ``target``: a backup that exists is whole and verified.
    """
    if target.exists():
        raise PlannerError(f"{target} exists already; choose a new file name for the backup")
    with atomic_output(target) as temp:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise DatabaseError(f"The backup {target} did not verify: {result}")
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
    return target


def migration_backup_path(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}.before-{revision or 'empty'}-{stamp}.bak")


def has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
