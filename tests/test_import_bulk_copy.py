"""The bulk insert keeps text exactly on each backend (COPY's escapes on PostgreSQL)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from planner.db import Operation
from planner.db.models import Household, Person
from planner.importing.bulk_insert import insert_rows

AWKWARD = ["tab\there", "line\nbreak", "back\\slash", "\\N", "", "=1+2", "  spaces  ",
           "Ñoño 李", "carriage\rreturn"]


def test_awkward_text_and_nulls_read_back_the_same(operation: Operation) -> None:
    now = dt.datetime(2026, 3, 2, 9, 5, 7, 123456)
    with operation.session() as session:
        household_id = session.execute(
            insert(Household).returning(Household.id), [{"code": "H", "implicit": False}]
        ).scalar_one()
        columns = ["case_no", "household_id", "full_name", "name_key", "sex", "date_of_birth",
                   "nationality", "document_status", "notes", "phone", "needs_shelter", "medical",
                   "pregnant", "disability", "trafficking_victim", "created_at",
                   "updated_at", "version"]
        rows = [(f"C-{i}", household_id, text or "x", "k", "F", dt.date(1990, 1, 1 + i),
                 "IDN", "missing", text, None if i % 2 else "+62 0812", i % 2 == 0, False, False,
                 False, True, now, now, 1)
                for i, text in enumerate(AWKWARD)]
        insert_rows(session, Person.__table__, columns, rows)
    with operation.session() as session:
        stored = {p.case_no: p for p in session.scalars(select(Person))}
    assert len(stored) == len(rows)
    for row in rows:
        person = stored[row[0]]
        for column, value in zip(columns, row, strict=True):
            assert getattr(person, column) == value, (column, value)


def test_json_is_stored_as_sqlalchemy_stores_it(operation: Operation) -> None:
    """Plans' reasons go in through the bulk insert too (planner/planning/storage.py)."""
    from sqlalchemy.dialects import sqlite

    from planner.db.models import Plan, PlanHousehold
    from planner.importing.bulk_insert import sqlite_converter

    table = PlanHousehold.__table__
    reasons = [{"code": "full", "facts": {"flights": ["QZ 1 2026-03-02"], "n": 3}},
               "tab\there \\ \"quoted\" Ñ"]
    dialect = sqlite.dialect()
    theirs = table.c["reasons"].type.dialect_impl(dialect).bind_processor(dialect)
    assert theirs is not None and sqlite_converter(table, "reasons")(reasons) == theirs(reasons)  # type: ignore[misc]
    with operation.session() as session:
        household_id = session.execute(
            insert(Household).returning(Household.id), [{"code": "H", "implicit": False}]
        ).scalar_one()
        plan = Plan(created_by="t", status="optimal", start_date=dt.date(2026, 3, 2))
        session.add(plan)
        session.flush()
        insert_rows(session, table, ("plan_id", "household_id", "reasons",  # type: ignore[arg-type]
                                     "overflow_person_nights"),
                    [(plan.id, household_id, reasons, 4)])
    with operation.session() as session:
        stored = session.scalars(select(PlanHousehold)).one()
    assert stored.reasons == reasons and stored.overflow_person_nights == 4
