"""Issue 18: every file of personal data is audited, and its entry comes first.

The order (``planner.protection.files``): the file's audit entry is committed, then the file
appears under its name. So a process that dies at any moment leaves no file that no
entry names. Checked two ways for each writer (roster export, manifests, the JSON of a
solve, a manual backup, the backup of an import, the rejects workbook of a refused and
of a dry-run import, the audit export, the call-forward list, the tags, the situation
report and the desktop's screenshot):

* in this process, a crash in the instant after the rename (``os.replace`` renames,
  then raises as a kill would interrupt it): the file is there, so its entry must be;
* in real processes killed with SIGKILL at the fault points just before and just after
  the rename (``EVACPLAN_TEST_KILL_AT``): before, no file and an entry; after, both.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import AuditEntry
from planner.demo import create as create_demo
from planner.protection.files import KILL_AT_ENV
from tests.ministry_workbook import write_ministry_workbook

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Killed(BaseException):
    """Stands for the process dying: no handler of the program catches it."""


def _operation(tmp_path: Path, people: int = 40) -> Path:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create_demo(session, people, seed=5)
    finally:
        operation.close()
    return db


def _entries_naming(db: Path, name: str) -> list[tuple[str, str]]:
    """(action, entity) of the audit entries that name the file ``name``."""
    operation = open_operation(db)
    try:
        with operation.session() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
            return [(e.action, e.entity) for e in rows
                    if (e.details or {}).get("file") == name
                    or (e.recipient or "").endswith(f"/{name}")]
    finally:
        operation.close()


def _import_backups_recorded(db: Path) -> list[str]:
    operation = open_operation(db)
    try:
        with operation.session() as session:
            return [e.details["file"] for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "backup"))
                if e.details.get("reason") == "import"]
    finally:
        operation.close()


def _busiest_flight(plan_json: Path) -> str:
    households = json.loads(plan_json.read_text())["households"]
    load = Counter(h["flight"] for h in households if h["flight"])
    return max(load, key=lambda key: (load[key], key))


def _commands(tmp_path: Path, db: Path) -> dict[str, tuple[list[str], Callable[[], Path]]]:
    """Each writer: its command line and how to find the file it writes."""
    published = tmp_path / "published.json"
    flight = _busiest_flight(published) if published.exists() else "none"
    bad = write_ministry_workbook(tmp_path / "ministry.xlsx", persons=6, bad_rows=2)
    good = write_ministry_workbook(tmp_path / "good.xlsx", persons=6, bad_rows=0)

    def named(name: str) -> Callable[[], Path]:
        return lambda: tmp_path / name

    def import_backup() -> Path:
        found = sorted(p for p in tmp_path.iterdir()
                       if p.name.startswith(f"{db.name}.before-import-")
                       and p.name.endswith(".bak"))
        return found[-1] if found else tmp_path / f"{db.name}.before-import-none.bak"

    base = ["--db", str(db)]
    return {
        "roster": (base + ["export-roster", str(tmp_path / "roster.csv")], named("roster.csv")),
        "manifests": (base + ["export", str(tmp_path / "manifests.xlsx")],
                      named("manifests.xlsx")),
        "plan-json": (base + ["solve", "--quiet", "--time-limit", "20", "--json",
                              str(tmp_path / "plan.json")], named("plan.json")),
        "backup": (base + ["backup", str(tmp_path / "manual.bak")], named("manual.bak")),
        "refused-rejects": (base + ["import", str(bad), "--rejects",
                                    str(tmp_path / "refused.xlsx")], named("refused.xlsx")),
        "dry-run-rejects": (base + ["import", str(bad), "--dry-run", "--rejects",
                                    str(tmp_path / "dry.xlsx")], named("dry.xlsx")),
        "import-backup": (base + ["import", str(good)], import_backup),
        "audit-export": (base + ["audit-export", str(tmp_path / "log.json")],
                         named("log.json")),
        "call-list": (base + ["call-list", flight, str(tmp_path / "calls.csv"),
                               "--reference", "PNH26"],
                      named("calls.csv")),
        "tags": (base + ["tags", str(tmp_path / "tags.pdf"), "C-000001", "C-000002"],
                 named("tags.pdf")),
        "sitrep": (base + ["sitrep", str(tmp_path / "sitrep.xlsx")], named("sitrep.xlsx")),
        "screenshot": (base + ["gui", "--screenshot", str(tmp_path / "window.png")],
                       named("window.png")),
    }


WRITERS = ("roster", "manifests", "plan-json", "backup", "refused-rejects",
           "dry-run-rejects", "import-backup", "audit-export", "call-list", "tags", "sitrep",
           "screenshot")
#: Writers that need a published plan first.
_PLANNED = ("manifests", "call-list")


def _needs_plan(db: Path) -> None:
    assert main(["--db", str(db), "solve", "--quiet", "--time-limit", "20", "--publish",
                 "--json", str(db.parent / "published.json")]) == 0


@pytest.mark.parametrize("writer", WRITERS)
def test_a_file_that_appeared_is_already_in_the_audit_log(
        writer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _operation(tmp_path)
    if writer in _PLANNED:
        _needs_plan(db)
    argv, written = _commands(tmp_path, db)[writer]
    real_replace = os.replace

    def replace_then_die(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        real_replace(src, dst)
        if str(dst).endswith((".csv", ".xlsx", ".json", ".bak", ".pdf", ".png")):
            raise Killed

    monkeypatch.setattr("planner.protection.files.os.replace", replace_then_die)
    with pytest.raises(Killed):
        main(argv)
    monkeypatch.undo()
    target = written()
    assert target.exists(), "the crash came after the rename"
    assert _entries_naming(db, target.name), f"{target.name} exists and no entry names it"


def _run_killed_at(point: str, argv: list[str], cwd: Path) -> int:
    env = {**os.environ, KILL_AT_ENV: point, "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from planner.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, *argv], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    return done.returncode


@pytest.mark.slow
@pytest.mark.parametrize("writer", WRITERS)
def test_kill_9_before_or_after_the_file_appears_leaves_no_unrecorded_file(
        writer: str, tmp_path: Path) -> None:
    db = _operation(tmp_path)
    if writer in _PLANNED:
        _needs_plan(db)
    argv, written = _commands(tmp_path, db)[writer]
    assert _run_killed_at("before-publish", argv, tmp_path) == -signal.SIGKILL
    target = written()
    assert not target.exists()
    if writer == "import-backup":  # named anew each time: the entry tells its name
        names = _import_backups_recorded(db)
        assert len(names) == 1 and not (tmp_path / names[0]).exists()
    else:
        assert _entries_naming(db, target.name), "the entry is committed before the rename"
    if writer == "import-backup":  # other persons, or the import changes nothing
        write_ministry_workbook(tmp_path / "good.xlsx", persons=6, bad_rows=0, seed=8)
    assert _run_killed_at("after-publish", argv, tmp_path) == -signal.SIGKILL
    target = written()
    assert target.exists() and _entries_naming(db, target.name)
