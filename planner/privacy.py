"""Purging persons after the retention date, and making deleted persons physically gone.

SQLite keeps deleted rows in its pages and old page images in its write-ahead log until
they are overwritten. The operation's connections run with ``secure_delete`` on, so
deleted content is overwritten with zeros; ``erase_traces`` then checkpoints the log and
truncates it, so no older copy of the pages remains in the ``-wal`` file. On PostgreSQL
the tables are rewritten (``VACUUM FULL``); the server's own log and backups are its
administrator's to manage.

A purge removes every person registered before a cutoff date who has left on a departed
flight (with ``include_waiting``, also those still waiting: for closing an operation),
households left empty, and their plan rows and pins; it records one audit entry per
removed case number, and reports the backups that still hold them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from planner import audit
from planner.backup import automatic_backups
from planner.db.engine import Operation
from planner.db.models import Household, Person
from planner.errors import PlannerError

_CHUNK = 5_000
#: Tables rewritten on PostgreSQL after a purge so that no dead row keeps a person.
_POSTGRES_TABLES = ("persons", "households", "plan_persons", "plan_households", "pins")


@dataclass(frozen=True)
class PurgeReport:
    cutoff: dt.date
    include_waiting: bool
    dry_run: bool
    #: Case numbers of the persons removed (or, in a dry run, that would be).
    case_numbers: tuple[str, ...]
    households: int
    #: Persons registered before the cutoff who are still waiting for a flight, kept.
    kept_waiting: int
    #: True when nothing of the removed persons remains in the operation's files.
    erased: bool
    #: Backups beside the operation file that still hold the removed persons.
    backups_holding: tuple[Path, ...] = field(default=())
    #: Those backups, overwritten and removed at the officer's request.
    backups_removed: tuple[Path, ...] = field(default=())

    @property
    def persons(self) -> int:
        return len(self.case_numbers)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _chunks(items: Sequence[int], size: int = _CHUNK) -> list[Sequence[int]]:
    return [items[i: i + size] for i in range(0, len(items), size)]


def _select_purgeable(session: Session, cutoff: dt.date,
                      include_waiting: bool) -> tuple[list[tuple[int, str, int]], int]:
    registered = Person.created_at < _midnight(cutoff)
    rows = session.execute(
        select(Person.id, Person.case_no, Person.household_id, Person.departed_flight_id)
        .where(registered).order_by(Person.id)
    ).all()
    chosen = [(r.id, r.case_no, r.household_id) for r in rows
              if include_waiting or r.departed_flight_id is not None]
    return chosen, len(rows) - len(chosen)


def _delete_persons(session: Session, chosen: list[tuple[int, str, int]]) -> int:
    """Delete the persons (plan rows and pins follow by cascade) and emptied households."""
    person_ids = [pid for pid, _, _ in chosen]
    household_ids = sorted({hid for _, _, hid in chosen})
    for part in _chunks(person_ids):
        session.execute(delete(Person).where(Person.id.in_(part)))
    emptied = 0
    for part in _chunks(household_ids):
        still_used = select(Person.household_id).where(Person.household_id.in_(part))
        result = session.execute(
            delete(Household).where(Household.id.in_(part), Household.id.not_in(still_used))
        )
        emptied += int(getattr(result, "rowcount", 0) or 0)
    return emptied


def erase_traces(operation: Operation) -> bool:
    """Make deleted rows physically gone from the operation's files; True when complete.

    SQLite: checkpoint the write-ahead log and truncate it. It cannot complete while
    another program is reading an older state of the file; the next checkpoint does it.
    PostgreSQL: rewrite the tables that hold persons.
    """
    if operation.is_sqlite:
        with operation.engine.connect() as connection:
            row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        return int(row[0]) == 0
    try:
        with operation.engine.connect().execution_options(
            isolation_level="AUTOCOMMIT"
        ) as connection:
            connection.execute(text("SET lock_timeout = '10s'"))
            for table in _POSTGRES_TABLES:
                connection.execute(text(f"VACUUM FULL {table}"))
    except OperationalError:
        return False
    return True


def _overwrite_and_remove(path: Path) -> bool:
    """Overwrite a file with zeros and remove it; False when that was not possible."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = b"\0" * 65536
            left = size
            while left > 0:
                handle.write(block[: min(left, len(block))])
                left -= len(block)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    except OSError:
        return False
    return True


def purge(
    operation: Operation,
    cutoff: dt.date,
    *,
    include_waiting: bool = False,
    dry_run: bool = False,
    remove_backups: bool = False,
    today: dt.date | None = None,
) -> PurgeReport:
    """Remove the persons registered before ``cutoff`` whose stay is over (see module doc).

    One transaction; a dry run counts and changes nothing.
    """
    today = today or dt.date.today()
    if cutoff > today:
        raise PlannerError(
            f"The purge date {cutoff.isoformat()} is in the future; a retention date must "
            "have passed before persons are purged"
        )
    with operation.session() as session:
        chosen, kept = _select_purgeable(session, cutoff, include_waiting)
        cases = tuple(case for _, case, _ in chosen)
        if dry_run or not chosen:
            return PurgeReport(cutoff, include_waiting, dry_run, cases, 0, kept,
                               erased=not dry_run)
        emptied = _delete_persons(session, chosen)
        entries: list[tuple[str, str, str | None, dict[str, Any]]] = [
            ("purge", "person", case, {"cutoff": cutoff.isoformat()}) for case in cases]
        entries.append(("purge", "operation", None, {
            "cutoff": cutoff.isoformat(), "persons": len(cases), "households": emptied,
            "include_waiting": include_waiting,
        }))
        audit.record_many(session, entries)
    erased = erase_traces(operation)
    holding: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()
    if operation.is_sqlite and operation.path is not None:
        holding = tuple(automatic_backups(operation.path))
        if remove_backups:
            removed = tuple(p for p in holding if _overwrite_and_remove(p))
            holding = tuple(p for p in holding if p not in removed)
    return PurgeReport(cutoff, include_waiting, False, cases, emptied, kept, erased,
                       holding, removed)

