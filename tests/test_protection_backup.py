"""Backups, restore and damaged operation files (SPEC 7), on real SQLite files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from planner.cli import main
from planner.db import Operation, open_operation
from planner.demo import create as create_demo
from planner.errors import PlannerError
from planner.operation import totals
from planner.protection import backup, backup_files
from planner.protection.guards import DamagedDatabase, sqlite_damage


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _demo(path: Path, people: int = 60) -> Operation:
    operation = open_operation(path, create=True)
    with operation.session() as session:
        create_demo(session, people, seed=3)
    return operation


def _persons(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM persons").fetchone()[0])


def _damage(path: Path) -> None:
    """Overwrite a few pages in the middle of the file with garbage, as a failing disk would."""
    page = 4096
    size = path.stat().st_size
    assert size > 8 * page, "the operation is too small to damage realistically"
    with path.open("r+b") as handle:
        for number in (3, 5, size // page - 2):
            handle.seek(number * page)
            handle.write(bytes((i * 37 + 11) % 256 for i in range(page)))


def test_backup_is_verified_owner_only_and_audited(tmp_path: Path) -> None:
    operation = _demo(tmp_path / "op.sqlite")
    try:
        check = backup.backup_operation(operation, tmp_path / "copy.bak")
        with operation.session() as session:
            from planner.protection.audit import list_entries

            last = list_entries(session, limit=1)[0]
    finally:
        operation.close()
    assert check.ok and check.persons == 60 and check.schema is not None
    assert _mode(tmp_path / "copy.bak") == 0o600
    assert _persons(tmp_path / "copy.bak") == 60
    assert (last.action, last.recipient) == ("backup", str(tmp_path / "copy.bak"))
    assert last.details == {"reason": "manual", "file": "copy.bak", "persons": 60,
                            "path": str(tmp_path / "copy.bak")}
    # a backup is one self-contained file: no write-ahead log beside it
    assert (tmp_path / "copy.bak").read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.bak"]


def test_backup_refuses_existing_target_and_server(tmp_path: Path) -> None:
    operation = _demo(tmp_path / "op.sqlite", people=5)
    (tmp_path / "taken.bak").write_text("mine")
    try:
        with pytest.raises(PlannerError, match="exists already"):
            backup.backup_operation(operation, tmp_path / "taken.bak")
    finally:
        operation.close()
    assert (tmp_path / "taken.bak").read_text() == "mine"
    url = "postgresql+psycopg://x@127.0.0.1:1/none"
    server = Operation(url=url, engine=create_engine(url))
    with pytest.raises(PlannerError, match="pg_dump"):
        backup.backup_operation(server, tmp_path / "x.bak")


def test_automatic_backups_are_pruned_and_latest_verified_is_found(tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    operation = _demo(db, people=30)
    try:
        made = [backup.backup_before_import(operation) for _ in range(backup_files.KEEP_AUTOMATIC + 2)]
    finally:
        operation.close()
    assert all(p is not None for p in made)
    kept = backup_files.automatic_backups(db)
    assert len(kept) == backup_files.KEEP_AUTOMATIC
    assert kept[0] == made[-1]
    assert all(_mode(p) == 0o600 for p in kept)
    # the newest one is damaged: the offer falls back to the newest that verifies
    kept[0].write_bytes(kept[0].read_bytes()[:8192])
    assert not backup_files.verify_backup(kept[0]).ok
    assert backup_files.latest_verified_backup(db) == kept[1]


def test_restore_keeps_a_copy_of_the_file_it_replaces(tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    operation = _demo(db, people=40)
    try:
        backup.backup_operation(operation, tmp_path / "before.bak")
        with operation.session() as session:
            from sqlalchemy import text

            session.execute(text("DELETE FROM plan_persons"))
            session.execute(text("DELETE FROM persons WHERE id > 10"))
    finally:
        operation.close()
    assert _persons(db) == 10
    report = backup.restore(tmp_path / "before.bak", db)
    assert report.persons == 40 and not report.previous_was_damaged
    assert report.previous_kept_as is not None and _persons(report.previous_kept_as) == 10
    assert _mode(db) == 0o600 and _mode(report.previous_kept_as) == 0o600
    reopened = open_operation(db)
    try:
        with reopened.session() as session:
            assert totals(session).persons == 40
            from planner.protection.audit import list_entries, verify_chain

            assert list_entries(session, limit=1)[0].action == "restore"
            assert verify_chain(session).ok
    finally:
        reopened.close()


def test_damaged_file_is_refused_with_the_offer_then_restored(tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    operation = _demo(db, people=400)
    try:
        good = backup.backup_before_import(operation)
    finally:
        operation.close()
    _damage(db)
    assert sqlite_damage(db) is not None
    with pytest.raises(DamagedDatabase) as refused:
        open_operation(db)
    assert refused.value.backup == good
    assert "is damaged" in str(refused.value) and str(good) in str(refused.value)
    report = backup.restore(good, db)
    assert report.previous_was_damaged and report.previous_kept_as is not None
    assert report.previous_kept_as.name.startswith("op.sqlite.damaged-")
    assert sqlite_damage(db) is None and _persons(db) == 400


def test_damaged_file_without_backup_says_so(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    _demo(db, people=400).close()
    _damage(db)
    assert main(["--db", str(db), "backup", str(tmp_path / "x.bak")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is damaged" in err[0] and "no verified backup" in err[0]
    assert not (tmp_path / "x.bak").exists()


def test_truncated_file_is_damaged_not_a_crash(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    _demo(db, people=400).close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    assert main(["--db", str(db), "audit-check"]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err


def test_cli_backup_backups_restore_latest(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    operation = _demo(db, people=400)
    try:
        backup.backup_before_import(operation)
    finally:
        operation.close()
    assert main(["--db", str(db), "backup", str(tmp_path / "manual.bak")]) == 0
    assert "400 persons, verified" in capsys.readouterr().out
    assert _mode(tmp_path / "manual.bak") == 0o600
    assert main(["--db", str(db), "backups"]) == 0
    assert "ok, 400 persons" in capsys.readouterr().out
    _damage(db)
    assert main(["--db", str(db), "restore", "--latest"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "damaged file is kept as" in out
    assert _persons(db) == 400


def test_restore_refuses_a_bad_backup_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "op.sqlite"
    _demo(db, people=20).close()
    before = db.read_bytes()
    bogus = tmp_path / "bogus.bak"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert main(["--db", str(db), "restore", str(bogus)]) == 1
    assert "cannot be restored" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    assert main(["--db", str(db), "restore", str(other)]) == 1
    assert "not an operation of this planner" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_every_import_is_preceded_by_a_verified_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.kill_trials import write_roster

    db = tmp_path / "op.sqlite"
    _demo(db, people=25).close()
    roster = tmp_path / "roster.xlsx"
    write_roster(roster, 12, seed=3)
    assert main(["--db", str(db), "import", str(roster), "--dry-run"]) == 0
    assert backup_files.automatic_backups(db) == []  # a dry run changes nothing, needs no backup
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(roster)]) == 0
    made = backup_files.automatic_backups(db)
    assert len(made) == 1 and ".before-import-" in made[0].name
    assert f"Backed up the operation to {made[0]} before importing" in capsys.readouterr().out
    check = backup_files.verify_backup(made[0])
    assert check.ok and check.persons == 25 and _mode(made[0]) == 0o600
    assert _persons(db) == 37


def _import_backups(db: Path) -> list[Path]:
    return [p for p in backup_files.automatic_backups(db) if ".before-import-" in p.name]


def test_refused_imports_make_no_backup_and_keep_the_older_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Five refused attempts used to push the backup of the last real import out."""
    from tests.ministry_workbook import write_ministry_workbook

    db = tmp_path / "op.sqlite"
    operation = _demo(db, people=25)
    try:
        older = [backup.backup_before_import(operation) for _ in range(backup_files.KEEP_AUTOMATIC)]
    finally:
        operation.close()
    stamps = {p: p.stat().st_mtime_ns for p in backup_files.automatic_backups(db)}
    assert set(stamps) == set(older)
    broken = write_ministry_workbook(tmp_path / "daftar.xlsx", persons=20, bad_rows=2)
    for _ in range(backup_files.KEEP_AUTOMATIC + 1):
        assert main(["--db", str(db), "import", str(broken)]) == 1
        assert "nothing was imported" in capsys.readouterr().err
    # A dry run fails as the import it tries would (its invalid rows), and backs up nothing.
    assert main(["--db", str(db), "import", str(broken), "--dry-run"]) == 1
    assert {p: p.stat().st_mtime_ns for p in backup_files.automatic_backups(db)} == stamps
    assert all(backup_files.verify_backup(p).persons == 25 for p in stamps)
    assert _persons(db) == 25
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_import_that_changes_nothing_writes_no_batch_and_no_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Importing again the roster the operation already holds (or, with --skip-invalid, a
    file whose valid rows are all there) is accepted, says nothing changed, and writes
    neither an import batch nor a backup."""
    from sqlalchemy import func, select

    from planner.db.models import ImportBatch
    from tests.ministry_workbook import write_ministry_workbook

    db = tmp_path / "op.sqlite"
    _demo(db, people=25).close()
    roster = tmp_path / "roster.xlsx"
    assert main(["--db", str(db), "export-roster", str(roster)]) == 0
    broken = write_ministry_workbook(tmp_path / "daftar.xlsx", persons=6, bad_rows=2)
    assert main(["--db", str(db), "import", str(broken), "--skip-invalid"]) == 0
    capsys.readouterr()
    stamps = {p: p.stat().st_mtime_ns for p in backup_files.automatic_backups(db)}
    assert len(stamps) == 1

    def batches() -> int:
        operation = open_operation(db)
        try:
            with operation.session() as session:
                return int(session.scalar(select(func.count()).select_from(ImportBatch)))
        finally:
            operation.close()

    before = batches()
    assert main(["--db", str(db), "import", str(roster)]) == 0
    assert "Nothing changed: the operation already holds everything" in capsys.readouterr().out
    assert main(["--db", str(db), "import", str(broken), "--skip-invalid"]) == 0
    assert "invalid rows were left out" in capsys.readouterr().out
    assert batches() == before
    assert {p: p.stat().st_mtime_ns for p in backup_files.automatic_backups(db)} == stamps


def test_a_kept_import_is_backed_up_at_its_end_with_the_state_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is taken while the import's transaction is open and has written to the WAL.

    A page cache of a few KiB makes SQLite spill the import's uncommitted pages into the
    write-ahead log before the copy is read: the copy must still hold only committed data.
    """
    from planner.importing import ImportOptions, run_import, service
    from planner.protection.audit import list_entries, verify_chain
    from tests.kill_trials import write_roster

    db = tmp_path / "op.sqlite"
    roster = tmp_path / "roster.xlsx"
    write_roster(roster, 150, seed=5)
    monkeypatch.setattr(service, "SQLITE_CACHE_KIB", 8)
    wal = Path(f"{db}-wal")
    seen: list[tuple[int, Path | None]] = []

    def back_up(opened: Operation) -> None:
        seen.append((wal.stat().st_size, backup.backup_before_import(opened)))

    operation = _demo(db, people=25)
    try:
        run_import(operation, roster, ImportOptions(dry_run=True), before_write=back_up)
        assert seen == [] and _import_backups(db) == []
        report = run_import(operation, roster, before_write=back_up)
        assert report.committed
        with operation.session() as session:
            newest = list_entries(session, limit=2)
            assert [(e.action, e.details.get("reason")) for e in newest] == [
                ("import", None), ("backup", "import")]
            assert verify_chain(session).ok
    finally:
        operation.close()
    [(wal_bytes, made)] = seen
    assert wal_bytes > 0, "the import's pages were not in the WAL when the copy was taken"
    assert made is not None and _import_backups(db) == [made]
    check = backup_files.verify_backup(made)
    assert check.ok and check.persons == 25 and _mode(made) == 0o600
    assert _persons(db) == 175


def test_a_backup_whose_import_fails_to_commit_is_removed(tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    operation = _demo(db, people=25)
    try:
        kept = backup.backup_before_import(operation)
        made: list[Path | None] = []
        with (pytest.raises(RuntimeError), operation.session() as session,
              backup.recorded_in(session)):
            made.append(backup.backup_before_import(operation))
            raise RuntimeError("the disk filled up during the commit")
        with operation.session() as session:
            from planner.protection.audit import list_entries

            assert [e.recipient for e in list_entries(session) if e.action == "backup"] == [
                str(kept)]
    finally:
        operation.close()
    assert made[0] is not None and not made[0].exists()
    assert backup_files.automatic_backups(db) == [kept]


def test_damage_found_during_work_names_the_restore_command() -> None:
    """A page that breaks after the opening check surfaces as a sentence, not a crash."""
    from sqlalchemy.exc import OperationalError

    from planner.db.engine import explain_database_error

    failure = OperationalError("SELECT 1", {}, sqlite3.DatabaseError(
        "database disk image is malformed"))
    message = explain_database_error(failure) or ""
    assert "is damaged" in message and "evacplan restore --latest" in message
