"""Data protection (SPEC 7): the audit log, backups, purge, encryption at rest, owner-only
files written whole, and the guards that refuse a network share or a damaged file.

Each module stands on its own; import the one you need (``from planner.protection import
audit``). The SQLite file helpers they share live in ``planner.db.sqlite_files``, a leaf, so
that opening, migrating and backing up an operation import one another in one direction.
"""
