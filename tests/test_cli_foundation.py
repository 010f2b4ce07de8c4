"""The command line through its real entry point: init, demo, gui --screenshot, errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.db import open_operation
from planner.operation import totals

EVACPLAN = shutil.which("evacplan", path=str(Path(sys.executable).parent)) or "evacplan"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EVACPLAN, *args], capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_init_creates_then_reports_nothing_to_do(tmp_path: Path) -> None:
    db = tmp_path / "op.sqlite"
    first = run_cli("--db", str(db), "init", "--name", "Phnom Penh 2026")
    assert first.returncode == 0, first.stderr
    assert "Created the operation 'Phnom Penh 2026'" in first.stdout
    second = run_cli("--db", str(db), "init")
    assert second.returncode == 0
    assert "nothing changed" in second.stdout


def test_demo_then_screenshot_shows_the_operation(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    made = run_cli("--db", str(db), "demo", "--people", "300", "--seed", "1")
    assert made.returncode == 0, made.stderr
    assert "300 persons" in made.stdout
    shot = tmp_path / "x.png"
    result = run_cli("--db", str(db), "gui", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "{tmp}/missing.sqlite", "gui", "--screenshot", "{tmp}/a.png"], "No operation at"),
        (["--db", "nonsense://::", "init"], "Not a database URL"),
        (["--db", "postgresql+psycopg://x@127.0.0.1:1/none?connect_timeout=2", "init"],
         "Cannot open the operation"),
        (["--db", "{tmp}", "init"], "is a folder"),
    ],
    ids=["missing-file", "bad-url", "no-server", "folder"],
)
def test_user_mistakes_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = run_cli(*(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_locked_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env = {"EVACPLAN_SQLITE_BUSY_MS": "200"}
        result = run_cli("--db", str(db), "demo", "--people", "5", env=env)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert "locked" in result.stderr and "Traceback" not in result.stderr


def test_demo_refuses_a_non_empty_operation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "20"]) == 0
    assert main(["--db", str(db), "demo", "--people", "20"]) == 1
    assert "already holds records" in capsys.readouterr().err
    operation = open_operation(db)
    with operation.session() as session:
        assert totals(session).persons == 20
    operation.close()


def test_report_comes_before_the_error_line_in_a_log(tmp_path: Path) -> None:
    """stdout and stderr into one file: what the command printed precedes its error."""
    db = tmp_path / "op.sqlite"
    roster = tmp_path / "roster.csv"
    roster.write_text("Full Name,Sex,Date of Birth\nSiti Rahayu,F,17/05/1990\nBudi,X,01/01/1990\n")
    assert main(["--db", str(db), "init"]) == 0
    log = tmp_path / "log.txt"
    with log.open("w") as handle:
        result = subprocess.run([EVACPLAN, "--db", str(db), "import", str(roster)],
                                stdout=handle, stderr=subprocess.STDOUT, timeout=300)
    assert result.returncode == 1
    lines = log.read_text().strip().splitlines()
    assert lines[-1].startswith("evacplan: nothing was imported")
    assert any("Rejected rows" in line for line in lines[:-1])


def test_an_unexplained_database_error_is_reported_as_a_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import IntegrityError

    import planner.cli.init as init_command

    def broken(_args: object) -> int:
        raise IntegrityError("INSERT", {}, Exception("constraint"))

    monkeypatch.setattr(init_command, "run", broken)
    assert main(["--db", "/nonexistent/x.sqlite", "init"]) == 3
    assert "internal database error" in capsys.readouterr().err
