"""Every file the program writes is readable by its owner only (SPEC 7), on real files.

The tests run with a umask of 0, under which a careless ``open(..., "w")`` would make a
world-readable file, so a passing test proves the program sets the mode itself.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from sqlalchemy import text

from planner.cli import main
from planner.db import open_operation
from planner.demo import create as create_demo
from planner.errors import PlannerError
from planner.protection import audit, backup
from planner.protection.encryption import encrypt_workbook, is_encrypted
from tests.file_modes import file_mode


def test_database_wal_and_shm_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        with operation.engine.connect() as connection:
            connection.execute(text("CREATE TABLE IF NOT EXISTS scratch (x INTEGER)"))
            connection.execute(text("INSERT INTO scratch VALUES (1)"))
            connection.commit()
            # the connection stays open, so the write-ahead log and shared memory exist
            wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
            assert wal.exists() and shm.exists()
            assert (file_mode(db), file_mode(wal), file_mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        operation.close()


def test_backups_and_restore_leftovers_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create_demo(session, 30, seed=2)
        manual = backup.backup_operation(operation, tmp_path / "manual.bak").path
        automatic = backup.backup_before_import(operation)
    finally:
        operation.close()
    assert automatic is not None
    report = backup.restore(manual, db)
    assert report.previous_kept_as is not None
    for path in (db, manual, automatic, report.previous_kept_as):
        assert file_mode(path) == 0o600, path


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_audit_exports_are_owner_only(tmp_path: Path, open_umask: None, suffix: str) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    out = tmp_path / f"audit{suffix}"
    assert main(["--db", str(db), "audit-export", str(out), "--to", "inspector"]) == 0
    assert file_mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _workbook(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Full Name", "Passport No"])
    book.active.append(["Siti Rahayu", "X1234567"])
    book.save(path)


def test_encrypted_workbook_opens_only_with_the_password(tmp_path: Path, open_umask: None) -> None:
    plain = tmp_path / "manifest.xlsx"
    _workbook(plain)
    os.chmod(plain, 0o644)
    encrypt_workbook(plain, "correct horse battery")
    assert file_mode(plain) == 0o600 and is_encrypted(plain)
    raw = plain.read_bytes()
    assert b"Siti" not in raw and b"X1234567" not in raw
    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    with pytest.raises(Exception):  # noqa: B017 - msoffcrypto raises its own InvalidKeyError
        office.load_key(password="wrong password")
        office.decrypt(io.BytesIO())
    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    office.load_key(password="correct horse battery")
    clear = io.BytesIO()
    office.decrypt(clear)
    rows = list(openpyxl.load_workbook(clear).active.iter_rows(values_only=True))
    assert rows == [("Full Name", "Passport No"), ("Siti Rahayu", "X1234567")]


def test_encrypt_to_another_file_and_refusals(tmp_path: Path, open_umask: None) -> None:
    plain = tmp_path / "roster.xlsx"
    _workbook(plain)
    out = encrypt_workbook(plain, "long enough pw", tmp_path / "roster-locked.xlsx")
    assert is_encrypted(out) and not is_encrypted(plain) and file_mode(out) == 0o600
    with pytest.raises(PlannerError, match="at least 8"):
        encrypt_workbook(plain, "short")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a workbook")
    with pytest.raises(PlannerError, match="not an .xlsx"):
        encrypt_workbook(notes, "long enough pw")


def test_cli_encrypt_reads_the_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "out.xlsx"
    _workbook(plain)
    monkeypatch.setenv("EVACPLAN_EXPORT_PASSWORD", "embassy-2026-pw")
    assert main(["encrypt", str(plain)]) == 0
    assert "opens only with the password" in capsys.readouterr().out
    assert is_encrypted(plain)


def test_audit_export_records_itself_with_recipient(tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    out = tmp_path / "log.json"
    assert main(["--db", str(db), "audit-export", str(out), "--to", "ministry auditor"]) == 0
    rows = json.loads(out.read_text())
    assert rows[-1]["action"] == "export" and rows[-1]["entity"] == "audit_log"
    assert rows[-1]["recipient"] == "ministry auditor"
    operation = open_operation(db)
    try:
        with operation.session() as session:
            assert audit.head(session) == (len(rows), rows[-1]["entry_hash"])
    finally:
        operation.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    evacplan = str(Path(sys.executable).with_name("evacplan"))
    return subprocess.run([evacplan, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _operation_with_plan(db: Path) -> None:
    from tests.manifest_plans import store_greedy_plan

    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create_demo(session, 120, seed=4)
        with operation.session() as session:
            store_greedy_plan(session)
    finally:
        operation.close()


def test_manifests_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    """The export command's files, through the command line's entry point."""
    db = tmp_path / "op.sqlite"
    _operation_with_plan(db)
    for copy in ("embassy", "airline"):
        out = tmp_path / f"manifests-{copy}.xlsx"
        assert main(["--db", str(db), "export", str(out), "--copy", copy]) == 0
        assert file_mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_window_screenshot_is_owner_only(tmp_path: Path, open_umask: None) -> None:
    """The picture of the window shows names, so it is protected like an export."""
    db = tmp_path / "op.sqlite"
    _operation_with_plan(db)
    shot = tmp_path / "window.png"
    result = _cli("--db", str(db), "gui", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert file_mode(shot) == 0o600 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_roster_rejects_plan_json_and_template_are_owner_only(
    tmp_path: Path, open_umask: None
) -> None:
    """Every other file the command line writes (in this process: the umask is shared)."""
    from tests.ministry_workbook import write_ministry_workbook

    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create_demo(session, 60, seed=4)
    finally:
        operation.close()
    written = []
    for suffix in (".xlsx", ".csv", ".json"):
        out = tmp_path / f"roster{suffix}"
        assert main(["--db", str(db), "export-roster", str(out)]) == 0
        written.append(out)
    ministry = write_ministry_workbook(tmp_path / "ministry.xlsx", persons=5, bad_rows=2)
    rejects = tmp_path / "rejects.xlsx"
    # kept (a refused import makes no backup), so the backup before it is checked too
    assert main(["--db", str(db), "import", str(ministry), "--skip-invalid",
                 "--rejects", str(rejects)]) == 0
    plan = tmp_path / "plan.json"
    assert main(["--db", str(db), "solve", "--time-limit", "20", "--quiet",
                 "--json", str(plan)]) == 0
    template = tmp_path / "template.xlsx"
    assert main(["template", str(template)]) == 0
    written += [rejects, plan, template]
    assert {p.name: file_mode(p) for p in written} == {p.name: 0o600 for p in written}
    backups = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert backups and all(file_mode(p) == 0o600 for p in backups)
