"""Kill real ``evacplan`` processes with SIGKILL at random moments and check what is left.

Each trial copies a prepared operation, starts one command on it (a demo, an import of a
generated roster, a solve, an export of the manifests), kills it at a random moment and
then checks what a crash must never leave behind (SPEC 7, issue 7):

* ``PRAGMA integrity_check`` is ok and the operation opens again;
* the audit log's chain is whole;
* counts are those of before or of after, never between (no partial import, no half of
  a demo, no plan without all of its households);
* an export file is absent or whole (it opens and has every sheet and row of an
  uninterrupted export), and a file that exists is recorded in the audit log;
* automatic backups beside the operation verify.

A third of the kills fall anywhere in the command's run, a third after it opened the
operation (its write-ahead log appeared), a third within 50 ms of the moment its
write-ahead log starts to grow, that is while a commit is being written. Run as a script
for the 100-trial figure::

    .venv/bin/python benchmarks/kill_trials.py --trials 100

The tests (``tests/test_crash_kill.py``) run a smaller number of trials of the same kinds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EVACPLAN = str(Path(sys.executable).with_name("evacplan"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVACPLAN_USER": "kill-trials"}

BEFORE, AFTER = "before", "after"


def evacplan(db: Path, *args: str, check: bool = True, timeout: float = 600) -> str:
    """Run one command to its end (preparing trials); return its standard output."""
    result = subprocess.run([EVACPLAN, "--db", str(db), *args], capture_output=True,
                            text=True, env=ENV, timeout=timeout)
    if check and result.returncode != 0:
        raise RuntimeError(f"evacplan {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def available_commands() -> set[str]:
    """The subcommands this installation of ``evacplan`` offers."""
    import argparse as _argparse

    from planner.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, _argparse._SubParsersAction):
            return set(action.choices)
    return set()


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def count(db: Path, table: str, where: str = "") -> int:
    return int(query(db, f"SELECT count(*) FROM {table} {where}")[0][0])  # type: ignore[arg-type]


@dataclass
class Scenario:
    """One kind of trial: how to prepare it, what to run, how to judge what is left."""

    name: str
    #: Build the prepared operation (and inputs) in the folder; return the command's args.
    prepare: Callable[[Path, Path], list[str]]
    #: Judge the operation after the kill: (BEFORE or AFTER, problems found).
    judge: Callable[[Path, Path, dict[str, object]], tuple[str, list[str]]]
    #: Facts taken from an uninterrupted run, for the judge.
    reference: dict[str, object] = field(default_factory=dict)
    #: What to record from the uninterrupted run.
    observe: Callable[[Path, Path], dict[str, object]] = lambda db, folder: {}
    needs: tuple[str, ...] = ()


# -- demo -------------------------------------------------------------------------------

DEMO_PEOPLE = 2500


def _prepare_demo(db: Path, folder: Path) -> list[str]:
    evacplan(db, "init")
    return ["demo", "--people", str(DEMO_PEOPLE), "--seed", "5"]


def _observe_counts(db: Path, folder: Path) -> dict[str, object]:
    tables = ("persons", "households", "flights", "shelters", "document_slots", "audit_log",
              "import_batches", "plans", "plan_households", "plan_persons")
    return {table: count(db, table) for table in tables}


def _judge_demo(db: Path, folder: Path, ref: dict[str, object]) -> tuple[str, list[str]]:
    persons = count(db, "persons")
    if persons == 0:
        empty = all(count(db, t) == 0 for t in ("households", "flights", "shelters"))
        return BEFORE, [] if empty else ["a demo left records without persons"]
    problems = [f"{table}: {count(db, table)} rows, expected {ref[table]}"
                for table in ("persons", "households", "flights", "shelters", "document_slots")
                if count(db, table) != ref[table]]
    return AFTER, problems


# -- import -----------------------------------------------------------------------------

IMPORT_BASE = 800
IMPORT_ROWS = 6000


def write_roster(path: Path, rows: int, seed: int, prefix: str = "K") -> None:
    """A clean roster in the template's headers: ``rows`` new persons, some in families."""
    import openpyxl

    from planner.domain import PERSON_FIELDS, header_for

    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Persons")
    sheet.append([header_for(f) for f in PERSON_FIELDS])
    given = ("Agus", "Siti", "Dewi", "Budi", "Rina", "Eko", "Wulan", "Joko", "Sari", "Hadi")
    family = ("Pratama", "Wijaya", "Santoso", "Nugroho", "Siregar", "Lubis", "Halim")
    household = 0
    for number in range(1, rows + 1):
        if number == 1 or rng.random() < 0.7:
            household += 1
        values = {
            "case_no": f"{prefix}-{number:06d}",
            "household": f"{prefix}H-{household:05d}",
            "full_name": f"{rng.choice(given)} {rng.choice(family)} {number}",
            "sex": rng.choice("MF"),
            "date_of_birth": dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 20000)),
            "nationality": "IDN",
            "passport_no": f"{prefix}P{number:07d}",
            "document_status": "valid",
            "phone": f"+62 812 {number:07d}",
            "destinations": rng.choice(("CGK", "KNO;BTH", "SUB;CGK")),
            "needs_shelter": "yes",
            "medical": "no",
            "pregnant": "no",
            "disability": "no",
            "trafficking_victim": rng.choice(("yes", "no")),
        }
        sheet.append([values.get(f) for f in PERSON_FIELDS])
    book.save(path)


def _prepare_import(db: Path, folder: Path) -> list[str]:
    evacplan(db, "demo", "--people", str(IMPORT_BASE), "--seed", "2")
    roster = folder / "roster.xlsx"
    if not roster.exists():
        write_roster(roster, IMPORT_ROWS, seed=11)
    return ["import", str(roster)]


def _judge_import(db: Path, folder: Path, ref: dict[str, object]) -> tuple[str, list[str]]:
    persons, batches = count(db, "persons"), count(db, "import_batches")
    problems = []
    if persons == IMPORT_BASE and batches == 0:
        state = BEFORE
    elif persons == ref["persons"] and batches == ref["import_batches"]:
        state = AFTER
    else:
        return "between", [f"partial import: {persons} persons, {batches} import batches "
                           f"(before: {IMPORT_BASE} and 0; after: {ref['persons']} and "
                           f"{ref['import_batches']})"]
    audited = count(db, "audit_log", "WHERE import_batch_id IS NOT NULL")
    if (state == AFTER) != (audited > 0):
        problems.append(f"{audited} audit entries of an import that is {state}")
    return state, problems


# -- solve ------------------------------------------------------------------------------

SOLVE_PEOPLE = 400


def _prepare_solve(db: Path, folder: Path) -> list[str]:
    evacplan(db, "demo", "--people", str(SOLVE_PEOPLE), "--seed", "4")
    return ["solve", "--time-limit", "10", "--publish"]


def _judge_solve(db: Path, folder: Path, ref: dict[str, object]) -> tuple[str, list[str]]:
    plans = count(db, "plans")
    if plans == 0:
        leftovers = count(db, "plan_households") + count(db, "plan_persons")
        return BEFORE, [f"{leftovers} plan rows without a plan"] if leftovers else []
    problems = []
    for table in ("plans", "plan_households", "plan_persons"):
        if count(db, table) != ref[table]:
            problems.append(f"half-stored plan: {table} has {count(db, table)} rows, "
                            f"a whole plan has {ref[table]}")
    published = count(db, "plans", "WHERE published_at IS NOT NULL")
    if published > 1:
        problems.append(f"{published} published plans")
    return AFTER, problems


# -- export -----------------------------------------------------------------------------


def _prepare_export(db: Path, folder: Path) -> list[str]:
    evacplan(db, "demo", "--people", str(SOLVE_PEOPLE), "--seed", "4")
    evacplan(db, "solve", "--time-limit", "10")
    return ["export", str(folder / "manifests.xlsx")]


def _workbook_shape(path: Path) -> dict[str, int]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: sum(1 for _ in sheet.iter_rows(values_only=True))
                for sheet in book.worksheets}
    finally:
        book.close()


def _observe_export(db: Path, folder: Path) -> dict[str, object]:
    return {**_observe_counts(db, folder), "shape": _workbook_shape(folder / "manifests.xlsx")}


def _judge_export(db: Path, folder: Path, ref: dict[str, object]) -> tuple[str, list[str]]:
    out = folder / "manifests.xlsx"
    exports = count(db, "audit_log", "WHERE action = 'export'")
    if not out.exists():
        return BEFORE, []
    problems = []
    try:
        shape = _workbook_shape(out)
    except Exception as exc:  # noqa: BLE001 - any failure to read it is the finding
        return AFTER, [f"the export exists but does not open: {type(exc).__name__}: {exc}"]
    if shape != ref["shape"]:
        problems.append("the export is not whole: its sheets or rows differ from a full one")
    if exports == 0:
        problems.append("an export file exists without its audit entry")
    return AFTER, problems


SCENARIOS: dict[str, Scenario] = {
    "demo": Scenario("demo", _prepare_demo, _judge_demo, observe=_observe_counts,
                     needs=("demo",)),
    "import": Scenario("import", _prepare_import, _judge_import, observe=_observe_counts,
                       needs=("import",)),
    "solve": Scenario("solve", _prepare_solve, _judge_solve, observe=_observe_counts,
                      needs=("solve",)),
    "export": Scenario("export", _prepare_export, _judge_export, observe=_observe_export,
                       needs=("solve", "export")),
}


# -- running ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    scenario: str
    trial: int
    kill_after: float
    state: str  # before | after | finished (the command ended before the kill)
    problems: tuple[str, ...]


@dataclass
class Prepared:
    scenario: Scenario
    folder: Path
    template: Path
    args: list[str]
    seconds: float = 0.0
    opened_after: float = 0.0


def _copy_operation(template: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{template}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{target}{suffix}")
            os.chmod(f"{target}{suffix}", 0o600)


def _clean_trial(folder: Path, db: Path) -> None:
    for path in folder.iterdir():
        if path.name.startswith(db.name) or path.name.startswith(".") or \
                path.name == "manifests.xlsx":
            path.unlink(missing_ok=True)


def prepare(scenario: Scenario, root: Path) -> Prepared:
    """Build the scenario's operation once and time an uninterrupted run of its command."""
    folder = root / scenario.name
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "template.sqlite"
    args = scenario.prepare(template, folder)
    db = folder / "op.sqlite"
    _clean_trial(folder, db)
    _copy_operation(template, db)
    began = time.perf_counter()
    process = subprocess.Popen([EVACPLAN, "--db", str(db), *args], env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    opened = _wait_for_log(db, process, 600)
    _, stderr = process.communicate(timeout=600)
    seconds = time.perf_counter() - began
    if process.returncode != 0:
        raise RuntimeError(f"{scenario.name}: {' '.join(args)} failed: {stderr.strip()}")
    scenario.reference = scenario.observe(db, folder)
    return Prepared(scenario, folder, template, args, seconds, min(opened or 0.0, seconds))


def _wait_for_log(db: Path, process: subprocess.Popen[Any], limit: float) -> float | None:
    """Seconds until the command opened the operation (its -wal file appeared)."""
    began = time.perf_counter()
    wal = Path(f"{db}-wal")
    while process.poll() is None and time.perf_counter() - began < limit:
        if wal.exists():
            return time.perf_counter() - began
        time.sleep(0.002)
    return None


def common_problems(db: Path) -> list[str]:
    """What no crash may leave, whatever the command: damage, a broken audit chain."""
    problems = []
    try:
        result = query(db, "PRAGMA integrity_check")
    except sqlite3.DatabaseError as exc:
        return [f"integrity_check failed to run: {exc}"]
    if result != [("ok",)]:
        problems.append(f"integrity_check: {result[:3]}")
    from planner import audit, backup
    from planner.db import open_operation
    from planner.errors import PlannerError

    try:
        operation = open_operation(db)
    except PlannerError as exc:
        return [*problems, f"the operation does not open: {exc}"]
    try:
        with operation.session() as session:
            chain = audit.verify_chain(session)
            if not chain.ok:
                problems.append(f"audit chain broken at entry {chain.first_bad_id}")
    finally:
        operation.close()
    for copy in backup.automatic_backups(db):
        check = backup.verify_backup(copy)
        if not check.ok:
            problems.append(f"automatic backup {copy.name} {check.problem}")
    return problems


def _wait_for_growth(db: Path, process: subprocess.Popen[Any], limit: float) -> None:
    """Wait until the write-ahead log grows past its size at opening: a commit is writing."""
    wal = Path(f"{db}-wal")
    began = time.perf_counter()
    first: int | None = None
    while process.poll() is None and time.perf_counter() - began < limit:
        try:
            size = wal.stat().st_size
        except FileNotFoundError:
            size = None
        if size is not None:
            if first is None:
                first = size
            elif size > first:
                return
        time.sleep(0.0005)


def run_trial(prepared: Prepared, trial: int, rng: random.Random) -> Outcome:
    """One kill: anywhere in the run, after the opening, or while a commit is writing."""
    folder = prepared.folder
    db = folder / "op.sqlite"
    _clean_trial(folder, db)
    _copy_operation(prepared.template, db)
    mode = rng.choice(("anytime", "opened", "writing"))
    if mode == "anytime":
        delay = rng.uniform(0.0, prepared.seconds)
    elif mode == "opened":
        delay = rng.uniform(0.0, max(0.05, prepared.seconds - prepared.opened_after))
    else:
        delay = rng.uniform(0.0, 0.05)
    process = subprocess.Popen([EVACPLAN, "--db", str(db), *prepared.args], env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    began = time.perf_counter()
    if mode == "opened":
        _wait_for_log(db, process, prepared.seconds * 3)
    elif mode == "writing":
        _wait_for_growth(db, process, prepared.seconds * 3)
    deadline = time.perf_counter() + delay
    while process.poll() is None and time.perf_counter() < deadline:
        time.sleep(0.001)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    kill_after = time.perf_counter() - began
    problems = common_problems(db)
    state, found = prepared.scenario.judge(db, folder, prepared.scenario.reference)
    problems += found
    if finished:
        if process.returncode != 0:
            problems.append(f"the command failed on its own (exit {process.returncode})")
        state = "finished"
    return Outcome(prepared.scenario.name, trial, kill_after, state, tuple(problems))


def runnable(names: Sequence[str]) -> tuple[list[Scenario], list[str]]:
    """The scenarios whose commands exist, and a note for each that cannot run yet."""
    commands = available_commands()
    chosen, missing = [], []
    for name in names:
        scenario = SCENARIOS[name]
        absent = [c for c in scenario.needs if c not in commands]
        if absent:
            missing.append(f"{name}: 'evacplan {absent[0]}' is not available")
        else:
            chosen.append(scenario)
    return chosen, missing


def run(trials: int, names: Sequence[str], root: Path, seed: int = 1,
        report: Callable[[str], None] = print) -> list[Outcome]:
    scenarios, missing = runnable(names)
    for note in missing:
        report(f"skipped {note}")
    rng = random.Random(seed)
    prepared = []
    for scenario in scenarios:
        item = prepare(scenario, root)
        report(f"{scenario.name}: uninterrupted run {item.seconds:.2f} s "
               f"(operation opened after {item.opened_after:.2f} s)")
        prepared.append(item)
    outcomes = []
    for trial in range(trials):
        item = prepared[trial % len(prepared)] if prepared else None
        if item is None:
            break
        outcome = run_trial(item, trial, rng)
        outcomes.append(outcome)
        if outcome.problems:
            report(f"trial {trial} {outcome.scenario} killed at {outcome.kill_after:.2f} s: "
                   + "; ".join(outcome.problems))
    return outcomes


def summary(outcomes: Sequence[Outcome]) -> str:
    lines = [f"{'scenario':<8} {'trials':>6} {'before':>7} {'after':>6} {'finished':>9} "
             f"{'failed':>7}"]
    by_name: dict[str, Counter[str]] = {}
    for outcome in outcomes:
        counter = by_name.setdefault(outcome.scenario, Counter())
        counter["trials"] += 1
        counter[outcome.state] += 1
        counter["failed"] += bool(outcome.problems)
    for name, c in by_name.items():
        lines.append(f"{name:<8} {c['trials']:>6} {c[BEFORE]:>7} {c[AFTER]:>6} "
                     f"{c['finished']:>9} {c['failed']:>7}")
    failed = sum(bool(o.problems) for o in outcomes)
    lines.append(f"{len(outcomes)} trials, {failed} lost or corrupted something")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS),
                        help="repeat to choose several (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    names = args.scenario or list(SCENARIOS)
    root = args.keep or Path(tempfile.mkdtemp(prefix="evacplan-kill-"))
    began = time.perf_counter()
    try:
        outcomes = run(args.trials, names, root, args.seed)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(summary(outcomes))
    print(f"({time.perf_counter() - began:.0f} s)")
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
