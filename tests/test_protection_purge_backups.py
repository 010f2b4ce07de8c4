"""Issue 18: a purge finds every backup it knows of and says, per file, whom it holds.

Known backups: the automatic ones beside the operation file and every file the audit
log records as a backup (a manual one on a USB stick, say). Each is opened and asked for
the purged case numbers, so a backup made before the persons were registered is not
said to hold them; ``--remove-backups`` overwrites and removes those that hold them and
checks it, ``--rewrite-backups`` re-writes them without the persons, and the raw bytes of
what is left are scanned for the persons' data. Every removal of a backup (rotation too)
overwrites it first: a handle opened before sees zeros.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import AuditEntry
from planner.operation import get_settings
from planner.protection import backup, privacy
from planner.protection.backup_files import KEEP_AUTOMATIC, verify_backup
from tests.test_protection_privacy import _roster

PURGED = (b"Wulandari Kusumawardhani", b"QX7731901", b"QX7731902")


def _with_retention(db: Path) -> None:
    operation = open_operation(db)
    try:
        with operation.session() as session:
            get_settings(session).retention_until = dt.date(2025, 3, 1)
    finally:
        operation.close()


def _files_recorded_as(db: Path, done: str) -> set[str]:
    """The backups the audit log says a purge ``done`` ("removed", "rewritten")."""
    operation = open_operation(db)
    try:
        with operation.session() as session:
            recorded = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "purge-backup")).all()
            return {e.details["file"] for e in recorded if e.details.get(done)}
    finally:
        operation.close()


@pytest.fixture
def backed_up(tmp_path: Path) -> dict[str, Path]:
    """An operation and its backups: before the roster, automatic, manual, moved away."""
    db = tmp_path / "op.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "backup", str(usb / "early.bak")]) == 0  # before anyone
    operation = open_operation(db)
    try:
        _roster(operation)
        automatic = backup.backup_before_import(operation)
    finally:
        operation.close()
    assert automatic is not None
    _with_retention(db)
    assert main(["--db", str(db), "backup", str(usb / "manual.bak")]) == 0
    assert main(["--db", str(db), "backup", str(tmp_path / "moved.bak")]) == 0
    (tmp_path / "moved.bak").unlink()
    return {"db": db, "early": usb / "early.bak", "automatic": automatic,
            "manual": usb / "manual.bak", "moved": tmp_path / "moved.bak"}


def test_dry_run_names_each_backup_and_whom_it_holds(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"The backup {backed_up['automatic']} still holds 2 purged persons" in out
    assert f"The backup {backed_up['manual']} still holds 2 purged persons" in out
    assert f"The backup {backed_up['early']} holds none of them" in out
    assert f"The backup {backed_up['moved']} recorded in the audit log is not there" in out
    assert all(backed_up[k].exists() for k in ("early", "automatic", "manual"))


def test_remove_backups_overwrites_and_removes_those_that_hold_them(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    held = {k: backed_up[k].read_bytes() for k in ("automatic", "manual")}
    assert all(PURGED[1] in raw for raw in held.values())  # the scan can see them
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--remove-backups"]) == 0
    out = capsys.readouterr().out
    for kind in ("automatic", "manual"):
        assert (f"Overwrote with zeros and removed the backup {backed_up[kind]}, which held 2 "
                "purged persons; checked: it read back as zeros and is gone") in out
        assert not backed_up[kind].exists()
    assert backed_up["early"].exists()
    left = b"".join(p.read_bytes() for p in backed_up["db"].parent.rglob("*") if p.is_file())
    assert not any(mark in left for mark in PURGED)
    assert _files_recorded_as(backed_up["db"], "removed") == {
        backed_up["automatic"].name, backed_up["manual"].name}


def test_a_later_purge_finds_a_backup_that_still_holds_persons_purged_before(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    kept = backed_up["db"].parent / "kept-aside.bak"
    shutil.copy(backed_up["manual"], kept)
    assert main(["--db", str(backed_up["db"]), "purge"]) == 0
    # The copy comes back: the next purge, with nobody new to purge, still finds it
    # once the audit log knows of it.
    shutil.copy(kept, backed_up["manual"])
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--remove-backups"]) == 0
    out = capsys.readouterr().out
    assert f"removed the backup {backed_up['manual']}, which held 2 purged persons" in out
    assert not backed_up["manual"].exists()


def test_an_unreadable_backup_may_hold_them_and_is_removed_when_asked(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    backed_up["manual"].write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--dry-run"]) == 0
    assert f"The backup {backed_up['manual']} cannot be read to check" in capsys.readouterr().out
    assert main(["--db", str(backed_up["db"]), "purge", "--remove-backups"]) == 0
    assert not backed_up["manual"].exists()


def test_on_a_server_the_purge_says_whose_backups_they_are(
        postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    operation = open_operation(postgres_url, create=True)
    try:
        _roster(operation)
    finally:
        operation.close()
    assert main(["--db", postgres_url, "purge", "--before", "2025-03-01",
                 "--remove-backups"]) == 0
    out = capsys.readouterr().out
    assert "Removed 2 persons" in out
    assert "its administrator must purge them there" in out


def _case_numbers(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT case_no FROM persons")}
    finally:
        connection.close()


def test_rewrite_backups_keeps_each_backup_without_the_purged_persons(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    before = {k: _case_numbers(backed_up[k]) for k in ("automatic", "manual")}
    assert all({"C-000001", "C-000002"} <= cases for cases in before.values())
    # A reader holding the old file open sees its bytes after the rename: they must be zeros.
    held_open = {k: backed_up[k].open("rb") for k in ("automatic", "manual")}
    capsys.readouterr()
    try:
        assert main(["--db", str(backed_up["db"]), "purge", "--rewrite-backups"]) == 0
        out = capsys.readouterr().out
        for kind, handle in held_open.items():
            old = handle.read()
            assert old and old.count(0) == len(old), f"the old {kind} backup was not zeroed"
    finally:
        for handle in held_open.values():
            handle.close()
    for kind in ("automatic", "manual"):
        path = backed_up[kind]
        assert (f"Re-wrote the backup {path} without the 2 purged persons it held; checked: "
                "it verifies") in out
        assert verify_backup(path).ok and path.stat().st_mode & 0o777 == 0o600
        assert _case_numbers(path) == before[kind] - {"C-000001", "C-000002"}
    left = b"".join(p.read_bytes() for p in backed_up["db"].parent.rglob("*") if p.is_file())
    assert not any(mark in left for mark in PURGED)
    assert b"QX7731903" in left  # the scan sees a person who stays
    assert _files_recorded_as(backed_up["db"], "rewritten") == {
        backed_up["automatic"].name, backed_up["manual"].name}
    # Nothing left to clean: the next purge says each holds none of them.
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--dry-run"]) == 0
    assert f"The backup {backed_up['manual']} holds none of them" in capsys.readouterr().out


def test_a_rewrite_that_does_not_verify_leaves_the_backup_as_it_was(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = backed_up["manual"].read_bytes()
    monkeypatch.setattr(privacy, "_unexplained", lambda path, found: {b"QX7731901"})
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--rewrite-backups"]) == 0
    out = capsys.readouterr().out
    assert (f"Could not clean the backup {backed_up['manual']}, which holds 2 purged persons: "
            "a name or passport number of theirs is still in the re-written copy's bytes; "
            "it is kept as it was") in out
    assert backed_up["manual"].read_bytes() == old
    assert not [p for p in backed_up["manual"].parent.iterdir() if p.name.endswith(".part")]


def test_a_removed_backup_is_overwritten_before_it_is_unlinked(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    with backed_up["manual"].open("rb") as handle:
        assert main(["--db", str(backed_up["db"]), "purge", "--remove-backups"]) == 0
        old = handle.read()
    assert old and old.count(0) == len(old)


def test_rotated_automatic_backups_are_overwritten_before_they_are_unlinked(
        tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        _roster(operation)
        first = backup.backup_before_import(operation)
        assert first is not None
        with first.open("rb") as handle:
            for _ in range(KEEP_AUTOMATIC):
                backup.backup_before_import(operation)
            assert not first.exists(), "rotated out"
            old = handle.read()
    finally:
        operation.close()
    assert old and old.count(0) == len(old), "the rotated backup's bytes were left"


def test_a_purged_name_inside_the_name_of_a_person_who_stays_is_not_a_trace(
        backed_up: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the adversarial run on a demo: "Teguh Hakim" purged, "Yoga Teguh Hakim"
    staying; the re-write was refused as if the purged name were left."""
    for path in (backed_up["db"], backed_up["manual"]):
        connection = sqlite3.connect(path)
        connection.execute("UPDATE persons SET full_name = 'Yoga Wulandari Kusumawardhani' "
                           "WHERE case_no = 'C-000003'")
        connection.commit()
        connection.close()
    capsys.readouterr()
    assert main(["--db", str(backed_up["db"]), "purge", "--rewrite-backups"]) == 0
    out = capsys.readouterr().out
    assert f"Re-wrote the backup {backed_up['manual']} without the 2 purged persons" in out
    assert b"QX7731901" not in backed_up["manual"].read_bytes()
