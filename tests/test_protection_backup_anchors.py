"""Issue 18: audit-check measures the log by the anchors its backups carry.

An intruder who removes or rewrites entries of the live log and rewrites its anchor in
the settings to match passes the settings' anchor; every backup still carries the log as
it was, so the log of today must begin with the log of each backup. The attacks here
are done as an intruder with the program's own hash function would do them: every hash
recomputed, the anchor moved to agree.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from planner.cli import main
from planner.db import open_operation
from planner.db.models import AuditAnchor, AuditEntry
from planner.protection import audit, backup


def _audited(db: Path, entries: int, first: int = 1) -> None:
    with closing(open_operation(db)) as operation, operation.session() as session:
        for number in range(first, first + entries):
            audit.record(session, "update", "person", f"C-{number:06d}", {"fields": ["phone"]})


def _audit_check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "audit-check"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip()


def _reseal(db: Path, keep_below: int | None = None, alter: int | None = None) -> None:
    """As an intruder: drop the entries from id ``keep_below`` on, or change entry
    ``alter``; then recompute every hash and the settings' anchor so both checks of the
    live file pass."""
    with closing(open_operation(db)) as operation, operation.session() as session:
        if keep_below is not None:
            session.execute(text("DELETE FROM audit_log WHERE id >= :i"), {"i": keep_below})
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        prev = audit.GENESIS
        for entry in entries:
            if entry.id == alter:
                entry.entity_key = "C-999999"
            entry.prev_hash = prev
            entry.entry_hash = audit._digest(prev, entry)
            prev = entry.entry_hash
        session.flush()
        session.execute(update(AuditAnchor).where(AuditAnchor.id == 1)
                        .values(entries=len(entries), entry_hash=prev))


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, Path]:
    """An operation with 6 entries, a manual backup on a stick, then 4 more entries."""
    db = tmp_path / "op.sqlite"
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(db), "init"]) == 0
    _audited(db, 5)
    assert main(["--db", str(db), "backup", str(usb / "monday.bak")]) == 0
    _audited(db, 4, first=6)
    return db, usb / "monday.bak"


def test_an_intact_log_begins_with_the_log_of_each_backup(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, _manual = backed_up
    with closing(open_operation(db)) as operation:
        assert backup.automatic_backup(operation, "import") is not None
    code, out, err = _audit_check(db, capsys)
    assert code == 0, err
    assert "It begins with the log of each of its 2 backups (their anchors agree)" in out


def test_a_log_cut_short_with_its_anchor_moved_is_found_by_a_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    _audited(db, 5)
    with closing(open_operation(db)) as operation:
        made = backup.automatic_backup(operation, "import")  # init and 5 updates: 6 entries
    assert made is not None
    _audited(db, 3, first=6)
    _reseal(db, keep_below=4)
    with closing(open_operation(db)) as operation, operation.session() as session:
        assert audit.verify_chain(session).ok
        assert audit.check_anchor(session, *audit.head(session)) is None  # fooled
    code, _out, err = _audit_check(db, capsys)
    assert code == 1
    assert err == (f"evacplan: The audit log of {db} does not match its backups: it holds 3 "
                   f"entries but the backup {made} holds 6: the log was cut short")


def test_a_rewritten_entry_with_every_hash_recomputed_is_found_by_each_backup(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, manual = backed_up
    _reseal(db, alter=2)
    with closing(open_operation(db)) as operation, operation.session() as session:
        assert audit.verify_chain(session).ok
        assert audit.check_anchor(session, *audit.head(session)) is None  # fooled
    code, _out, err = _audit_check(db, capsys)
    assert code == 1
    assert err.startswith(f"evacplan: The audit log of {db} does not match its backups: its "
                          f"entry 6 differs from the newest entry of the backup {manual}")
    assert err.endswith("the log was rewritten from entry 2")



@pytest.mark.parametrize(("automatic", "more"), [
    (1, " (1 more backup says the same)"), (2, " (2 more backups say the same)")])
def test_the_other_backups_that_find_it_are_counted_in_words(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str], automatic: int,
        more: str) -> None:
    db, _manual = backed_up
    for _ in range(automatic):
        with closing(open_operation(db)) as operation:
            assert backup.automatic_backup(operation, "import") is not None
    _reseal(db, alter=2)
    code, _out, err = _audit_check(db, capsys)
    assert code == 1
    assert err.endswith(f"the log was rewritten from entry 2{more}"), err

def test_a_backup_made_before_a_restore_parts_from_the_log_at_the_restore(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, manual = backed_up
    assert main(["--db", str(db), "restore", str(manual)]) == 0
    code, out, err = _audit_check(db, capsys)
    assert code == 0, err
    assert "went on past the restore that replaced the operation (expected)" in out
    # The manual backup's own entry came after its copy, so the restored log no longer
    # names it: only backups beside the file are known after a restore.
    assert "It begins with the log of" not in out


def test_a_backup_that_is_gone_or_unreadable_is_named_as_not_compared(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    db, manual = backed_up
    manual.write_bytes(b"not a database at all")
    code, out, err = _audit_check(db, capsys)
    assert code == 0, err
    assert f"Not compared with the backup {manual}: " in out
    manual.unlink()
    code, out, err = _audit_check(db, capsys)
    assert f"Not compared with the backup {manual}: it is not there" in out


def test_a_log_cut_back_past_a_manual_backup_is_found_by_naming_that_backup(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the adversarial run: the manual backup's own entry went with the cut, so
    the log no longer names it and plain audit-check passes; the officer names it."""
    db, manual = backed_up
    _reseal(db, keep_below=4)
    code, _out, _err = _audit_check(db, capsys)
    assert code == 0  # what the program alone cannot know
    capsys.readouterr()
    assert main(["--db", str(db), "audit-check", "--backup", str(manual)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"evacplan: The audit log of {db} does not match its backups: it holds 3 entries "
        f"but the backup {manual} holds 6: the log was cut short")


def test_a_backup_opened_as_an_operation_later_is_no_fault_of_the_log(
        backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """A copy made with 'evacplan backup' and then worked on (as the end-to-end tests and an
    officer trying something on a copy do) goes on with a log of its own from the entry that
    records it: audit-check of the original says so and passes. A rewritten original is
    still found by it."""
    db, manual = backed_up
    _audited(manual, 3, first=20)
    code, out, err = _audit_check(db, capsys)
    assert code == 0, err
    assert (f"The backup {manual} was opened as an operation after it was made; up to its "
            "making its log agrees (expected)") in out
    _reseal(db, alter=2)
    code, _out, err = _audit_check(db, capsys)
    assert code == 1 and err.endswith("the log was rewritten from entry 2"), err
