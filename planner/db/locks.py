"""Holding other officers' writes back while a check is followed by a write.

A service that checks something (the last audit hash, the records a plan was made
from) and then writes based on it must keep other sessions from changing what it
checked in between. ``hold_writes`` does that until the caller's transaction ends:

* SQLite: a statement that writes nothing still takes the file's write lock, so every
  other writer waits (up to the busy timeout). The Python driver starts no transaction
  before the first write, so without this a check runs outside the transaction.
* PostgreSQL: ``LOCK TABLE ... IN SHARE MODE`` on the named tables: readers go on,
  writers of those tables wait; several sessions may hold it together.

Call it first in the transaction, before the check.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session


def hold_writes(session: Session, tables: Sequence[str]) -> None:
    """Until this transaction ends, no other session changes ``tables`` (see module doc)."""
    if not tables:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text(f"UPDATE {tables[0]} SET id = id WHERE 0 = 1"))
    elif dialect == "postgresql":
        session.execute(text(f"LOCK TABLE {', '.join(tables)} IN SHARE MODE"))
