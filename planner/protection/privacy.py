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
removed case number.

Then the backups (issue 18): every backup of the operation the purge knows of, the
automatic ones beside the file (``NAME.before-*.bak``, a damaged file moved aside) and
every file the audit log records as a backup (manual ones wherever they were written),
is opened and asked which of the purged case numbers it holds: a backup made before
the persons were registered holds none and is not named as holding them. With
``remove_backups`` each file that holds them, or cannot be read to tell, is overwritten
with zeros, read back, and removed. With ``rewrite_backups`` each file that holds them is
re-written without them instead (``rewrite_backup``): a copy is made beside it, the
persons and their emptied households are deleted from the copy (plan rows, pins and
status changes follow by their foreign keys) and the copy vacuumed; the copy must then
pass ``integrity_check``, hold none of the case numbers, and hold none of the removed
persons' passport numbers or names anywhere in its bytes; its audit entry is committed;
the old file is overwritten with zeros in place; and the copy is renamed over it. The
report says per file what was found and done, and the audit log records it.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from planner.db.engine import Operation
from planner.db.models import AuditEntry, Household, Person
from planner.db.sqlite_files import SQLITE_COMPANIONS
from planner.errors import PlannerError
from planner.protection import audit
from planner.protection.backup_files import automatic_backups, verify_backup
from planner.protection.files import erase_file
from planner.words.render import render

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
    #: Every backup of the operation the purge knows of, what it holds, what was done.
    backups: tuple[BackupFinding, ...] = field(default=())
    #: A PostgreSQL operation: its backups are the server's.
    on_server: bool = False

    @property
    def persons(self) -> int:
        return len(self.case_numbers)

    @property
    def backups_holding(self) -> tuple[Path, ...]:
        """Backups that still hold (or may hold: unreadable) the purged persons."""
        return tuple(b.path for b in self.backups if b.still_holds)

    @property
    def backups_removed(self) -> tuple[Path, ...]:
        return tuple(b.path for b in self.backups if b.removed)

    @property
    def backups_rewritten(self) -> tuple[Path, ...]:
        return tuple(b.path for b in self.backups if b.rewritten)


@dataclass(frozen=True)
class BackupFinding:
    """One backup of the operation: how it is known, whom it holds, what the purge did."""

    path: Path
    #: "automatic" (found beside the operation file) or "recorded" (in the audit log).
    known_as: str
    #: How many of the purged persons it holds; None when it could not be read.
    holds: int | None
    #: Why it could not be read, or that it is missing.
    problem: str | None = None
    #: False when the file is not there (a recorded backup moved, removed or elsewhere).
    exists: bool = True
    #: Overwritten with zeros, read back as zeros and removed.
    removed: bool = False
    #: Re-written without the purged persons, verified; the old file's bytes zeroed.
    rewritten: bool = False
    #: Why removing it failed.
    failure: str | None = None

    @property
    def may_hold(self) -> bool:
        return self.exists and (self.holds is None or self.holds > 0)

    @property
    def still_holds(self) -> bool:
        """The file is there and holds (or may hold) purged persons after the purge."""
        return self.may_hold and not self.removed and not self.rewritten


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


def _purged_before(session: Session) -> set[str]:
    """Case numbers of persons removed by earlier purges (their audit entries keep them)."""
    return {key for key in session.scalars(
        select(AuditEntry.entity_key).where(AuditEntry.action == "purge",
                                            AuditEntry.entity == "person")) if key}


def _recorded_backups(session: Session) -> list[Path]:
    """Files the audit log records as backups of this operation (manual ones anywhere)."""
    found: list[Path] = []
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == "backup")):
        where = (entry.details or {}).get("path") or entry.recipient
        if where:
            found.append(Path(where))
    return found


def _damaged_copies(db_path: Path) -> list[Path]:
    """Damaged operation files a restore moved aside (``NAME.damaged-*``): they hold it too."""
    try:
        return [p for p in db_path.parent.iterdir()
                if p.name.startswith(f"{db_path.name}.damaged-") and p.is_file()
                and not p.name.endswith(SQLITE_COMPANIONS)]
    except OSError:
        return []


def known_backups(operation: Operation) -> list[tuple[Path, str]]:
    """Every backup of a SQLite operation the program knows of, with how it is known."""
    if not operation.is_sqlite or operation.path is None:
        return []
    db_path = operation.path.absolute()
    with operation.session() as session:
        recorded = _recorded_backups(session)
    seen: set[Path] = {db_path}
    found: list[tuple[Path, str]] = []
    for path, how in ([(p, "automatic") for p in automatic_backups(db_path)]
                      + [(p, "automatic") for p in _damaged_copies(db_path)]
                      + [(p, "recorded") for p in recorded]):
        key = path.expanduser().absolute()
        if key not in seen:
            seen.add(key)
            found.append((key, how))
    return found


def _held_case_numbers(path: Path, cases: Sequence[str]) -> tuple[int | None, str | None]:
    """How many of ``cases`` the backup at ``path`` holds, or None and why it cannot tell."""
    check = verify_backup(path)
    if not check.ok:
        return None, render(check.problem) if check.problem else None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return None, str(exc)
    try:
        held = 0
        for start in range(0, len(cases), 500):
            part = list(cases[start:start + 500])
            marks = ",".join("?" * len(part))
            held += int(connection.execute(
                f"SELECT count(*) FROM persons WHERE case_no IN ({marks})", part).fetchone()[0])
        return held, None
    except sqlite3.Error as exc:
        return None, str(exc)
    finally:
        connection.close()


def _connect_rw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    return connection


def _traces(connection: sqlite3.Connection, cases: Sequence[str]) -> set[bytes]:
    """The personal values of the persons ``cases`` that must not be left in the file:
    passport numbers, and names no other person of the file shares."""
    traces: set[bytes] = set()
    for start in range(0, len(cases), 500):
        part = list(cases[start:start + 500])
        marks = ",".join("?" * len(part))
        for name, passport in connection.execute(
                f"SELECT full_name, passport_no FROM persons WHERE case_no IN ({marks})", part):
            for value in (name, name.lower() if isinstance(name, str) else None, passport):
                if isinstance(value, str) and len(value.strip()) >= 4:
                    traces.add(value.encode("utf-8"))
    return traces


def _strip_persons(connection: sqlite3.Connection, cases: Sequence[str]) -> set[bytes]:
    """Delete the persons ``cases`` and their emptied households; vacuum. Their traces."""
    traces = _traces(connection, cases)
    connection.execute("CREATE TEMP TABLE purged_cases (case_no TEXT PRIMARY KEY)")
    connection.executemany("INSERT OR IGNORE INTO purged_cases VALUES (?)",
                           [(c,) for c in cases])
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("CREATE TEMP TABLE purged_households AS SELECT DISTINCT household_id "
                       "AS id FROM persons WHERE case_no IN (SELECT case_no FROM purged_cases)")
    connection.execute("DELETE FROM persons WHERE case_no IN (SELECT case_no FROM purged_cases)")
    connection.execute("DELETE FROM households WHERE id IN (SELECT id FROM purged_households) "
                       "AND id NOT IN (SELECT household_id FROM persons)")
    connection.execute("COMMIT")
    connection.execute("DROP TABLE purged_cases")
    connection.execute("DROP TABLE purged_households")
    connection.execute("VACUUM")
    return traces


def _traces_in(path: Path, traces: set[bytes]) -> set[bytes]:
    """Which of ``traces`` occur in the bytes of ``path``."""
    if not traces:
        return set()
    pattern = re.compile(b"|".join(re.escape(t) for t in sorted(traces, key=len, reverse=True)))
    longest = max(len(t) for t in traces)
    found: set[bytes] = set()
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            window = tail + chunk
            found.update(m.group(0) for m in pattern.finditer(window))
            tail = window[-longest:]
    return found


def _unexplained(path: Path, found: set[bytes]) -> set[bytes]:
    """The traces found that no person who stays explains: a purged "Teguh Hakim" is
    inside "Yoga Teguh Hakim", and "Indah Hakim" may be two persons."""
    if not found:
        return found
    left = {t.decode("utf-8", "replace").lower(): t for t in found}
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        for name, passport in connection.execute("SELECT full_name, passport_no FROM persons"):
            text = f"{name or ''}\0{passport or ''}".lower()
            for key in [k for k in left if k in text]:
                del left[key]
            if not left:
                break
    finally:
        connection.close()
    return set(left.values())


def rewrite_backup(operation: Operation, path: Path, cases: Sequence[str],
                   holds: int) -> str | None:
    """Re-write the backup ``path`` without the persons ``cases``; None when done, else
    why not (the old file is then left as it was). Module doc: how it is verified."""
    from planner.db.sqlite_files import copy_sqlite_into
    from planner.protection.files import atomic_output, overwrite_with_zeros

    def verify_zero_and_record(part: Path) -> None:
        check = verify_backup(part)
        if not check.ok:
            raise _RewriteFailed("the re-written copy does not verify: "
                                 + (render(check.problem) if check.problem else ""))
        left, problem = _held_case_numbers(part, cases)
        if problem is not None or left:
            raise _RewriteFailed(f"the re-written copy still holds {left} of them ({problem})")
        if _unexplained(part, _traces_in(part, traces)):
            raise _RewriteFailed("a name or passport number of theirs is still in the "
                                 "re-written copy's bytes")
        with operation.session() as session:
            audit.record(session, "purge-backup", "backup", None, {
                "file": path.name, "path": str(path), "holds": holds, "removed": False,
                "rewritten": True, "found": True, "persons_left": check.persons})
        zeroed = overwrite_with_zeros(path)
        if zeroed is not None:
            raise _RewriteFailed(f"the old file could not be overwritten: {zeroed}")

    traces: set[bytes] = set()
    try:
        with atomic_output(path, verify_zero_and_record) as part:
            copy_sqlite_into(path, part, path)
            connection = _connect_rw(part)
            try:
                traces = _strip_persons(connection, cases)
            finally:
                connection.close()
    except _RewriteFailed as exc:
        return str(exc)
    except (sqlite3.Error, OSError, PlannerError) as exc:
        return f"it could not be re-written ({exc})"
    return None


class _RewriteFailed(Exception):
    """A re-written backup that did not verify: the old one is kept as it was."""


def check_backups(operation: Operation, cases: Sequence[str], *,
                  remove: bool = False, rewrite: bool = False) -> tuple[BackupFinding, ...]:
    """Which known backups hold the persons ``cases``; with ``remove``, remove those;
    with ``rewrite``, re-write those without them."""
    findings: list[BackupFinding] = []
    for path, how in known_backups(operation):
        if not path.exists():
            findings.append(BackupFinding(path, how, None, "it is not there (moved, removed, "
                                          "or on a disk that is not attached)", exists=False))
            continue
        holds, problem = _held_case_numbers(path, cases)
        finding = BackupFinding(path, how, holds, problem)
        if rewrite and holds:
            failure = rewrite_backup(operation, path, cases, holds)
            finding = BackupFinding(path, how, holds, problem, rewritten=failure is None,
                                    failure=failure)
        elif remove and finding.may_hold:
            failure = erase_file(path, SQLITE_COMPANIONS)
            finding = BackupFinding(path, how, holds, problem, removed=failure is None,
                                    failure=failure)
        findings.append(finding)
    return tuple(findings)


def _record_backups(operation: Operation, findings: Iterable[BackupFinding]) -> None:
    entries: list[tuple[str, str, str | None, dict[str, Any]]] = [
        ("purge-backup", "backup", None, {
            "file": f.path.name, "path": str(f.path), "holds": f.holds, "removed": f.removed,
            "found": f.exists})
        for f in findings if (f.removed or f.may_hold) and not f.rewritten]
    if entries:
        with operation.session() as session:
            audit.record_many(session, entries)


def purge(
    operation: Operation,
    cutoff: dt.date,
    *,
    include_waiting: bool = False,
    dry_run: bool = False,
    remove_backups: bool = False,
    rewrite_backups: bool = False,
    today: dt.date | None = None,
) -> PurgeReport:
    """Remove the persons registered before ``cutoff`` whose stay is over (see module doc).

    One transaction; a dry run counts and changes nothing.
    """
    today = today or dt.date.today()
    if cutoff > today:
        raise PlannerError.of("purge_date_future", cutoff=cutoff.isoformat())
    with operation.session() as session:
        chosen, kept = _select_purgeable(session, cutoff, include_waiting)
        cases = tuple(case for _, case, _ in chosen)
        # Persons purged before are looked for too: a backup made before that purge
        # may still hold them.
        wanted = sorted(set(cases) | _purged_before(session))
        if dry_run or not chosen:
            found = check_backups(operation, wanted, remove=remove_backups and not dry_run,
                                  rewrite=rewrite_backups and not dry_run) if wanted else ()
            if not dry_run:
                _record_backups(operation, found)
            return PurgeReport(cutoff, include_waiting, dry_run, cases, 0, kept,
                               erased=not dry_run, backups=found,
                               on_server=not operation.is_sqlite)
        emptied = _delete_persons(session, chosen)
        entries: list[tuple[str, str, str | None, dict[str, Any]]] = [
            ("purge", "person", case, {"cutoff": cutoff.isoformat()}) for case in cases]
        entries.append(("purge", "operation", None, {
            "cutoff": cutoff.isoformat(), "persons": len(cases), "households": emptied,
            "include_waiting": include_waiting,
        }))
        audit.record_many(session, entries)
    erased = erase_traces(operation)
    found = check_backups(operation, wanted, remove=remove_backups, rewrite=rewrite_backups)
    _record_backups(operation, found)
    return PurgeReport(cutoff, include_waiting, False, cases, emptied, kept, erased, found,
                       on_server=not operation.is_sqlite)

