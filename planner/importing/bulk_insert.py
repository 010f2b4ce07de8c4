"""Inserting many rows at once: fast on SQLite and PostgreSQL, through SQLAlchemy elsewhere.

SQLAlchemy's executemany converts every date, date-time and boolean in Python through
its type processors, one value at a time. Here the values are converted once per column with the same storage
formats SQLAlchemy uses for SQLite (ISO dates, ``YYYY-MM-DD HH:MM:SS.ffffff``, 0/1, JSON
as ``json.dumps`` text), which ``tests/test_import_bulk_insert.py`` and
``tests/test_import_bulk_copy.py`` check against SQLAlchemy's own processors, and given to
the driver directly. A None stays NULL (SQLAlchemy would write a JSON None as ``null``).

On PostgreSQL through psycopg 3, executemany sends one INSERT per row (pipelined, but the
server still plans and runs each); ``COPY ... FROM STDIN`` streams the rows into the table
in one statement, with psycopg's own adaptation of dates, booleans and naive date-times
(the columns here hold no time zone) and JSON as text (the import and plan storage times
before and after: docs/decisions.md, "Cause fixed: one INSERT a row on PostgreSQL").
Other databases go through SQLAlchemy unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Table, insert
from sqlalchemy.orm import Session


def _date(value: dt.date) -> str:
    return value.isoformat()


def _datetime(value: dt.datetime) -> str:
    return value.isoformat(sep=" ", timespec="microseconds")


def _boolean(value: bool) -> int:
    return 1 if value else 0


def sqlite_converter(table: Table, column: str) -> Callable[[Any], Any] | None:
    """How a value of ``column`` is stored by SQLite (None: as it is)."""
    kind = table.c[column].type
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Boolean):
        return _boolean
    return None


def postgres_converter(table: Table, column: str) -> Callable[[Any], Any] | None:
    """What COPY needs done to a value of ``column`` (None: psycopg adapts it itself)."""
    return json.dumps if isinstance(table.c[column].type, JSON) else None


def _converted(table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               converter: Callable[[Table, str], Callable[[Any], Any] | None],
               ) -> Sequence[Sequence[Any]]:
    """``rows`` with every value that is not None converted for its column."""
    converted = [(i, convert) for i, c in enumerate(columns)
                 if (convert := converter(table, c)) is not None]
    if not converted:
        return rows
    params = []
    for row in rows:
        values = list(row)
        for index, convert in converted:
            value = values[index]
            if value is not None:
                values[index] = convert(value)
        params.append(tuple(values))
    return params


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``, in the session's
    transaction."""
    if not rows:
        return
    connection = session.connection()
    quoted = ", ".join(f'"{c}"' for c in columns)
    if connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg":
        driver = connection.connection.driver_connection
        assert driver is not None
        with driver.cursor() as cursor, cursor.copy(
                f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            for row in _converted(table, columns, rows, postgres_converter):
                copy.write_row(row)
        return
    if connection.dialect.name != "sqlite":
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})',
                               _converted(table, columns, rows, sqlite_converter))
