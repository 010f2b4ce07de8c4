"""The operation database: models, connection, migrations."""

from planner.db.engine import Operation, default_database_path, open_operation, resolve_url

__all__ = ["Operation", "default_database_path", "open_operation", "resolve_url"]
