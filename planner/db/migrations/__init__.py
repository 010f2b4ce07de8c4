"""Alembic migrations of the operation schema, run in batch mode for SQLite and PostgreSQL.

``upgrade`` brings an opened operation to the newest schema. A SQLite file that holds
data from an older schema is first copied aside with the online backup API.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from planner.db.sqlite_files import backup_sqlite, has_tables, migration_backup_path
from planner.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)


class Operation(Protocol):
    """What a migration needs of an open operation (``planner.db.engine.Operation`` is one).

    A protocol, not an import: the engine imports this module to migrate what it opens.
    """

    @property
    def engine(self) -> Engine: ...

    @property
    def display_name(self) -> str: ...

    @property
    def is_sqlite(self) -> bool: ...

    @property
    def path(self) -> Path | None: ...

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(operation: Operation) -> str | None:
    with operation.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(operation: Operation, *, create: bool = False, target: str = "head") -> Path | None:
    """Migrate the operation to ``target``; return the backup made before it, if any."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(operation)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError.of("operation_newer", operation=operation.display_name,
                               schema=current)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    has_data = has_tables(operation.engine)
    if current is None and has_data:
        raise DatabaseError.of("operation_foreign_tables", operation=operation.display_name)
    if current is None and not create:
        raise DatabaseError.of("operation_empty", operation=operation.display_name)
    backup: Path | None = None
    if current is not None and operation.is_sqlite and operation.path is not None:
        backup = backup_sqlite(operation.path, migration_backup_path(operation.path, current))
        log.info("backed up the operation before migrating from %s to %s", current, wanted)
    config = alembic_config()
    with _schema_transaction(operation) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return backup


@contextmanager
def _schema_transaction(operation: Operation) -> Iterator[Connection]:
    """A connection whose schema changes are one transaction, on SQLite too.

    Python's sqlite3 driver opens a transaction only before INSERT, UPDATE and DELETE,
    so every CREATE TABLE of a migration was committed on its own: an ``init`` that
    failed half-way (a full disk) left half a schema that no later command could use.
    Here the driver leaves transactions alone and the block runs between an explicit
    BEGIN and COMMIT (its connection is not pooled, so the setting dies with it).
    """
    with operation.engine.connect() as connection:
        if operation.is_sqlite:
            driver = connection.connection.driver_connection
            driver.isolation_level = None  # type: ignore[union-attr]
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection
        else:
            with connection.begin():
                yield connection


def downgrade(operation: Operation, target: str) -> None:
    """Step the schema back (used by the migration tests)."""
    config = alembic_config()
    with operation.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
