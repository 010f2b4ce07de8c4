"""Issue 18: a purge finds every backup it knows of and says, per file, whom it holds.

Known backups: the automatic ones beside the operation file and every file the audit
log records as a backup (a manual one on a USB stick, say). Each is opened and asked for
the purged case numbers, so a backup made before the persons were registered is not
said to hold them; ``--remove-backups`` overwrites and removes those that hold them and
checks it, and the raw bytes of what is left are scanned for the persons' data.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import AuditEntry
from planner.operation import get_settings
from planner.protection import backup
from tests.test_protection_privacy import _roster

PURGED = (b"Wulandari Kusumawardhani", b"QX7731901", b"QX7731902")


def _with_retention(db: Path) -> None:
    operation = open_operation(db)
    try:
        with operation.session() as session:
            get_settings(session).retention_until = dt.date(2025, 3, 1)
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
    operation = open_operation(backed_up["db"])
    try:
        with operation.session() as session:
            recorded = session.scalars(
                select(AuditEntry).where(AuditEntry.action == "purge-backup")).all()
    finally:
        operation.close()
    assert {e.details["file"] for e in recorded if e.details["removed"]} == {
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
