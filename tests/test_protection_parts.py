"""Temporary export parts left by a killed writer do not stay on disk (SPEC 7).

``atomic_output`` writes ``.NAME.XXXXXXXX.part`` beside the target and renames it when
done. These tests kill real writer processes with SIGKILL between the write and the
rename, then write the same target again: the dead writer's part, which holds names and
passport numbers, must be gone; a part that a live process is writing must not be.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import main
from planner.protection.files import atomic_output, remove_stale_parts

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock and SIGKILL are POSIX")

ROOT = Path(__file__).resolve().parents[1]
SECRET = "Siti Rahayu X1234567"

#: A writer that stops between its write and the rename: it prints its part's path and
#: waits for a line on standard input before it lets atomic_output finish.
WRITER = """
import sys
from planner.protection.files import atomic_output
with atomic_output(sys.argv[1]) as temp:
    temp.write_text(sys.argv[2])
    print(temp, flush=True)
    sys.stdin.readline()
"""


class Writer:
    """A writer process held between its write and its rename."""

    def __init__(self, target: Path, content: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), content], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line, f"the writer ended early with {self.process.wait(timeout=30)}"
        self.part = Path(line)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        assert self.process.wait(timeout=30) == -signal.SIGKILL

    def finish(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.close()
        return self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def writers() -> Iterator[list[Writer]]:
    started: list[Writer] = []
    yield started
    for writer in started:
        writer.stop()


def _parts(folder: Path) -> set[Path]:
    return {p for p in folder.iterdir() if p.name.endswith(".part")}


def test_next_write_removes_a_killed_writers_part_not_a_live_one(
    tmp_path: Path, writers: list[Writer]
) -> None:
    target = tmp_path / "manifest.csv"
    dead = Writer(target, SECRET)
    live = Writer(target, "the live writer's roster")
    writers += [dead, live]
    dead.kill()
    assert dead.part.read_text() == SECRET  # what a kill left behind before this fix
    assert _parts(tmp_path) == {dead.part, live.part}

    with atomic_output(target) as temp:
        temp.write_text("this process's roster")
        assert not dead.part.exists()
        assert live.part.exists() and temp.exists()
    assert target.read_text() == "this process's roster"
    assert _parts(tmp_path) == {live.part}

    assert live.finish() == 0  # its part was left alone, so its rename still works
    assert target.read_text() == "the live writer's roster"
    assert _parts(tmp_path) == set()


def test_an_export_through_the_command_line_sweeps_its_target(
    tmp_path: Path, writers: list[Writer]
) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    out = tmp_path / "audit.json"
    dead = Writer(out, SECRET)
    writers.append(dead)
    dead.kill()
    assert main(["--db", str(db), "audit-export", str(out), "--to", "auditor"]) == 0
    assert not dead.part.exists()
    assert SECRET not in out.read_text()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_sweep_keeps_other_targets_parts_and_one_held_in_this_process(
    tmp_path: Path, writers: list[Writer]
) -> None:
    target = tmp_path / "a"
    # The parts of "a.xlsx" look like ".a.xlsx.XXXXXXXX.part": not parts of "a".
    other = Writer(tmp_path / "a.xlsx", SECRET)
    writers.append(other)
    other.kill()
    with atomic_output(target) as held:
        held.write_text("being written by a thread of this process")
        assert remove_stale_parts(target) == []
        assert held.exists()
    assert other.part.exists()
    assert remove_stale_parts(tmp_path / "a.xlsx") == [other.part]


def test_sqlite_files_beside_a_dead_part_go_with_it(tmp_path: Path) -> None:
    """A backup is written by SQLite into its part; a kill can leave its journal too."""
    target = tmp_path / "copy.bak"
    part = tmp_path / ".copy.bak.k2x9_q0a.part"
    journal = tmp_path / (part.name + "-journal")
    part.write_text(SECRET)
    journal.write_text(SECRET)
    unrelated = tmp_path / ".copy.bak.k2x9_q0a.partial"
    unrelated.write_text("someone else's")
    assert remove_stale_parts(target) == [part]
    assert not part.exists() and not journal.exists() and unrelated.exists()


def test_a_symbolic_link_named_like_a_part_is_not_followed(tmp_path: Path) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("not a part")
    link = tmp_path / ".out.txt.abcdefgh.part"
    os.symlink(keep, link)
    assert remove_stale_parts(tmp_path / "out.txt") == []
    assert keep.read_text() == "not a part" and link.is_symlink()


def test_an_automatic_backup_sweeps_the_parts_of_killed_backups(
    tmp_path: Path, writers: list[Writer]
) -> None:
    """Every automatic backup has a new name, so its parts are found by their pattern."""
    from planner.db import open_operation
    from planner.protection import backup, backup_files

    db = tmp_path / "op.sqlite"
    dead = Writer(tmp_path / "op.sqlite.before-import-20260301-101500-000001.bak", SECRET)
    live = Writer(tmp_path / "op.sqlite.before-import-20260301-101500-000002.bak", SECRET)
    other = Writer(tmp_path / "elsewhere.sqlite.before-import-20260301-101500-000003.bak",
                   SECRET)
    writers += [dead, live, other]
    dead.kill()
    other.kill()
    operation = open_operation(db, create=True)
    try:
        made = backup.backup_before_import(operation)
    finally:
        operation.close()
    assert made is not None and backup_files.verify_backup(made).ok
    assert not dead.part.exists()
    assert live.part.exists() and other.part.exists()
