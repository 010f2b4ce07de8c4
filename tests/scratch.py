"""A throwaway database on a PostgreSQL server, for the tests and the benchmarks.

It lives beside the tests, not in the product: the benchmarks import it with the
repository root on their path (as they import the tests' roster writers)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url, text


@contextmanager
def scratch_database(server: str, prefix: str = "evacplan_scratch") -> Iterator[str]:
    """The URL of a new, empty database on ``server`` (any database URL of it), dropped
    with every connection to it when the block ends."""
    url = make_url(server)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
