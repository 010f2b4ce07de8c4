"""Issue 18: a full disk, a read-only folder or a file size limit ends in one clear line.

Real OS errors, no mock: the commands run in a subprocess inside a private mount
namespace (``unshare -rm``) where a tiny tmpfs is the full disk and a tmpfs remounted
read-only is the read-only folder (the tests run as root here, for whom ``chmod`` makes
nothing read-only); the operation itself lies outside, on the ordinary disk. ``init``
under ``RLIMIT_FSIZE`` needs no namespace. Each command must exit 1 with one line on
stderr naming the cause and the place, leave nothing in the folder, and the next
``init`` must work.
"""

from __future__ import annotations

import resource
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.db import open_operation
from planner.db.models import Plan
from planner.demo import create as create_demo
from tests.ministry_workbook import write_ministry_workbook

CLI = "import sys; from planner.cli import main; sys.exit(main(sys.argv[1:]))"


def _namespaces() -> str | None:
    """Why a private mount namespace cannot be had here, or None when it can."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return "needs Linux with unshare(1)"
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /mnt"],
                           capture_output=True, text=True, check=False)
    return None if probe.returncode == 0 else f"unshare -rm cannot mount: {probe.stderr.strip()}"


NO_NAMESPACE = _namespaces()
needs_namespace = pytest.mark.skipif(NO_NAMESPACE is not None, reason=str(NO_NAMESPACE))


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


def _in_small_disk(tmp_path: Path, disk: Path, mount: str,
                   commands: list[list[str]]) -> list[Ran]:
    """Run each ``evacplan`` command line with ``disk`` mounted as ``mount`` says."""
    disk.mkdir()
    logs = tmp_path / "logs"
    logs.mkdir()
    lines = ["set -u", mount.format(disk=shlex.quote(str(disk)))]
    for number, argv in enumerate(commands):
        call = " ".join(shlex.quote(a) for a in [sys.executable, "-c", CLI, *argv])
        lines.append(f"{call} >{logs}/{number}.out 2>{logs}/{number}.err; "
                     f"echo $? >{logs}/{number}.rc")
    lines.append(f"ls -A {shlex.quote(str(disk))} >{logs}/left")
    subprocess.run(["unshare", "-rm", "sh", "-c", "\n".join(lines)], cwd=tmp_path,
                   check=True, timeout=600)
    return [Ran(int((logs / f"{n}.rc").read_text()), (logs / f"{n}.out").read_text(),
                (logs / f"{n}.err").read_text()) for n in range(len(commands))]


def _left_on(tmp_path: Path) -> list[str]:
    return (tmp_path / "logs" / "left").read_text().split()


def _operation(tmp_path: Path) -> Path:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create_demo(session, 80, seed=3)
    finally:
        operation.close()
    return db


def _one_clear_line(ran: Ran, says: str) -> None:
    lines = ran.err.strip().splitlines()
    assert ran.code == 1, ran
    assert len(lines) == 1 and lines[0].startswith("evacplan: "), ran.err
    assert says in lines[0], ran.err
    assert "internal error" not in ran.err


def _writers(db: Path, disk: Path, bad: Path) -> dict[str, list[str]]:
    base = ["--db", str(db)]
    return {
        "export-roster xlsx": base + ["export-roster", str(disk / "roster.xlsx")],
        "export-roster json": base + ["export-roster", str(disk / "roster.json")],
        "backup": base + ["backup", str(disk / "copy.bak")],
        "export": base + ["export", str(disk / "manifests.xlsx")],
        "import --rejects": base + ["import", str(bad), "--dry-run", "--rejects",
                                    str(disk / "rejects.xlsx")],
        "init": ["--db", str(disk / "new.sqlite"), "init"],
    }


@pytest.mark.slow
@needs_namespace
@pytest.mark.parametrize(("mount", "says"), [
    ("mount -t tmpfs -o size=4k none {disk}", "no space left on the disk that holds"),
    ("mount -t tmpfs none {disk} && mount -o remount,ro {disk}", "is read-only"),
], ids=["full-disk", "read-only"])
def test_every_writer_says_full_disk_or_read_only_in_one_line(
        tmp_path: Path, mount: str, says: str) -> None:
    db = _operation(tmp_path)
    bad = write_ministry_workbook(tmp_path / "ministry.xlsx", persons=4, bad_rows=3)
    disk = tmp_path / "disk"
    writers = _writers(db, disk, bad)
    solve = ["--db", str(db), "solve", "--quiet", "--time-limit", "20",
             "--json", str(disk / "plan.json")]
    results = _in_small_disk(tmp_path, disk, mount, [solve, *writers.values()])
    solved, rest = results[0], results[1:]
    # The plan is stored all the same, and the message says so.
    _one_clear_line(solved, says)
    assert "Plan 1 is stored; only its JSON file failed" in solved.err
    assert "Stored plan 1" in solved.out
    operation = open_operation(db)
    try:
        with operation.session() as session:
            assert session.get(Plan, 1) is not None
    finally:
        operation.close()
    for name, ran in zip(writers, rest, strict=True):
        try:
            _one_clear_line(ran, says)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from exc
    assert _left_on(tmp_path) == [], "a failed write left a file behind"


@needs_namespace
def test_init_on_a_full_disk_leaves_nothing_and_the_next_init_works(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    init = ["--db", str(disk / "op.sqlite"), "init"]
    # 100 KiB: the file and its log begin, the schema does not fit; then room is made.
    results = _in_small_disk(tmp_path, disk, "mount -t tmpfs -o size=100k none {disk}", [
        init, ["--db", str(disk / "op.sqlite"), "audit-check"], init])
    first, between, _ = results
    _one_clear_line(first, "no space left on the disk that holds")
    assert "nothing of it was kept" in first.err
    assert "No operation at" in between.err  # no half-made operation was left
    # The same namespace cannot grow its tmpfs from outside; on the ordinary disk:
    ran = subprocess.run([sys.executable, "-c", CLI, *init], capture_output=True, text=True,
                         check=False, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr


def _limit_file_size(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_init_past_a_file_size_limit_is_one_transaction(tmp_path: Path) -> None:
    """The schema is written in one transaction: SQLite reports the limit as a full disk."""
    db = tmp_path / "op.sqlite"
    argv = [sys.executable, "-c", CLI, "--db", str(db), "init"]
    limited = subprocess.run(argv, capture_output=True, text=True, check=False,
                             preexec_fn=lambda: _limit_file_size(48 * 1024))
    _one_clear_line(Ran(limited.returncode, limited.stdout, limited.stderr), "no space left")
    assert not db.exists()
    again = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert again.returncode == 0 and "Created the operation" in again.stdout, again.stderr
