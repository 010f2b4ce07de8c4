"""The fast SQLite insert stores values exactly as SQLAlchemy would, and reads back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, insert, select
from sqlalchemy.dialects import sqlite

from planner.db import Operation
from planner.db.models import Household, Person
from planner.importing.bulk_insert import insert_rows, sqlite_converter

SAMPLES = {
    "date_of_birth": [dt.date(1990, 5, 17), dt.date(1, 1, 1), dt.date(2026, 12, 31)],
    "created_at": [dt.datetime(2026, 3, 2, 9, 5, 7, 123456), dt.datetime(2026, 3, 2),
                   dt.datetime(1999, 12, 31, 23, 59, 59, 999999)],
    "medical": [True, False],
}


def test_storage_formats_are_sqlalchemys() -> None:
    table = Person.__table__
    dialect = sqlite.dialect()
    for column, values in SAMPLES.items():
        kind = table.c[column].type
        assert isinstance(kind, Date | DateTime | Boolean)
        theirs = kind.dialect_impl(dialect).bind_processor(dialect)
        ours = sqlite_converter(table, column)
        assert ours is not None
        for value in values:
            expected = theirs(value) if theirs else value
            assert ours(value) == expected, (column, value)
    assert sqlite_converter(table, "full_name") is None


def test_rows_read_back_the_same_on_each_backend(operation: Operation) -> None:
    with operation.session() as session:
        household_id = session.execute(
            insert(Household).returning(Household.id), [{"code": "H", "implicit": False}]
        ).scalar_one()
        row = {
            "case_no": "C-1", "household_id": household_id, "full_name": "Siti",
            "name_key": "siti", "sex": "F", "date_of_birth": dt.date(1990, 5, 17),
            "nationality": "IDN", "passport_no": None, "document_status": "missing",
            "phone": "0812", "destinations": None, "available_from": None,
            "cleared_from": dt.date(2026, 3, 9), "needs_shelter": True, "medical": False,
            "pregnant": False, "disability": True, "trafficking_victim": False, "notes": None,
            "created_at": dt.datetime(2026, 3, 2, 9, 5, 7, 123456),
            "updated_at": dt.datetime(2026, 3, 2, 9, 5, 7, 123456), "version": 1,
        }
        insert_rows(session, Person.__table__, list(row), [tuple(row.values())])
    with operation.session() as session:
        person = session.scalars(select(Person)).one()
        for column, value in row.items():
            assert getattr(person, column) == value, column
