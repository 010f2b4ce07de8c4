"""Snapshots of an operation, to prove that an import changed exactly what it should."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from planner.db import Operation, open_operation
from planner.db.models import (
    AuditEntry,
    DocumentSlot,
    Flight,
    Household,
    ImportBatch,
    Person,
    Settings,
    Shelter,
)
from planner.fields import PERSON
from planner.roster_export import roster_rows

MODELS = (Person, Household, Flight, Shelter, DocumentSlot, ImportBatch, AuditEntry)


def counts(operation: Operation) -> dict[str, int]:
    with operation.session() as session:
        return {m.__tablename__: int(session.scalar(select(func.count()).select_from(m)) or 0)
                for m in MODELS}


def snapshot(operation: Operation) -> dict[str, Any]:
    """Every row of every record table (versions included) and the counts."""
    with operation.session() as session:
        state: dict[str, Any] = {"counts": counts(operation)}
        for model in (Person, Household, Flight, Shelter, DocumentSlot, Settings):
            columns = [c for c in model.__table__.columns]
            state[model.__tablename__] = [
                tuple(row) for row in session.execute(
                    select(*columns).order_by(*model.__table__.primary_key.columns))]
    return state


def roster(operation: Operation, *, with_case_no: bool = True) -> list[dict[str, Any]]:
    """Every person as the fields of SPEC 2.1, ordered by name and birth date."""
    with operation.session() as session:
        people = list(roster_rows(session))
    if not with_case_no:
        for person in people:
            person.pop("case_no")
    return sorted(people, key=lambda p: (p["full_name"], p["date_of_birth"]))


def person_fields() -> tuple[str, ...]:
    return PERSON.names


@contextmanager
def empty_operation_file() -> Iterator[Path]:
    """An empty operation made once, for examples that each work on a copy (migrating a
    new operation is slow)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "empty.sqlite"
        open_operation(path, create=True).close()
        yield path
