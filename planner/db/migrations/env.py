"""Alembic environment: runs on the connection handed over by planner.db.migrations."""

from __future__ import annotations

from alembic import context

from planner.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the planner always passes its connection
    raise RuntimeError("run migrations through planner.db.migrations, which opens the database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
