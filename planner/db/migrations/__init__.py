"""Alembic migrations of the operation schema, run in batch mode for SQLite and PostgreSQL.

``upgrade`` brings an opened operation to the newest schema. A SQLite file that holds
data from an older schema is first copied aside with the online backup API.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from planner.errors import DatabaseError

if TYPE_CHECKING:
    from planner.db.engine import Operation

log = logging.getLogger(__name__)

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
    from planner.db.engine import backup_sqlite, has_tables, migration_backup_path

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(operation)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(
            f"The operation {operation.display_name} was made by a newer version of the planner "
            f"(schema {current}); update the program to open it"
        )
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    has_data = has_tables(operation.engine)
    if current is None and has_data:
        raise DatabaseError(
            f"{operation.display_name} holds tables that are not an operation of this planner"
        )
    if current is None and not create:
        raise DatabaseError(
            f"{operation.display_name} is empty: create an operation with 'evacplan init'"
        )
    backup: Path | None = None
    if current is not None and operation.is_sqlite and operation.path is not None:
        backup = backup_sqlite(operation.path, migration_backup_path(operation.path, current))
        log.info("backed up the operation before migrating from %s to %s", current, wanted)
    config = alembic_config()
    with operation.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return backup


def downgrade(operation: Operation, target: str) -> None:
    """Step the schema back (used by the migration tests)."""
    config = alembic_config()
    with operation.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
