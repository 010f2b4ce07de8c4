"""Kill real ``evacplan`` processes with SIGKILL at random moments and check what is left.

Each trial copies a prepared operation, starts one command on it (a demo, an import of a
generated roster, a solve, an export of the manifests), kills it at a random moment and
then checks what a crash must never leave behind (SPEC 7, issue 7):

* SQLite: ``PRAGMA integrity_check`` is ok; both backends: the operation opens again and
  its audit log's chain is whole;
* counts are those of before or of after, never between (no partial import, no half of
  a demo, no plan without all of its households);
* an export file is absent or whole (it opens and has every sheet and row of an
  uninterrupted export), and a file that exists is recorded in the audit log;
* automatic backups beside the operation verify.

A third of the kills fall anywhere in the command's run, a third after it opened the
operation, a third within 50 ms of its first write (SQLite: the write-ahead log starts
to grow, that is a commit is being written; PostgreSQL: its transaction got an id).
``benchmarks/kill_trials.py`` calls :func:`main` for the 100-trial figure (add
``--backend both`` and a server for the PostgreSQL trials)::

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
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

EVACPLAN = str(Path(sys.executable).with_name("evacplan"))
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVACPLAN_USER": "kill-trials"}
POSTGRES_ENV = "EVACPLAN_TEST_POSTGRES_URL"

BEFORE, AFTER = "before", "after"


def evacplan(db: str, *args: str, timeout: float = 600) -> str:
    """Run one command to its end (preparing trials); return its standard output."""
    result = subprocess.run([EVACPLAN, "--db", db, *args], capture_output=True, text=True,
                            env=ENV, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"evacplan {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def available_commands() -> set[str]:
    """The subcommands this installation of ``evacplan`` offers."""
    from planner.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


# -- where a trial's operation lives ------------------------------------------------------


class Store:
    """An operation a trial runs on: a SQLite file, or a PostgreSQL database."""

    label = ""

    def arg(self) -> str:
        raise NotImplementedError

    def engine(self) -> Engine:
        return create_engine(self.url(), poolclass=NullPool)

    def url(self) -> str:
        raise NotImplementedError

    def count(self, table: str, where: str = "") -> int:
        engine = self.engine()
        try:
            with engine.connect() as connection:
                return int(connection.execute(
                    text(f"SELECT count(*) FROM {table} {where}")).scalar() or 0)
        finally:
            engine.dispose()

    def reset_from(self, template: Store) -> None:
        raise NotImplementedError

    def wait_opened(self, process: subprocess.Popen[Any], limit: float) -> float | None:
        raise NotImplementedError

    def wait_writing(self, process: subprocess.Popen[Any], limit: float) -> None:
        raise NotImplementedError

    def damage(self) -> list[str]:
        return []

    def drop(self) -> None:
        pass


def _poll(process: subprocess.Popen[Any], limit: float, ready: Callable[[], bool],
          pause: float) -> float | None:
    began = time.perf_counter()
    while process.poll() is None and time.perf_counter() - began < limit:
        if ready():
            return time.perf_counter() - began
        time.sleep(pause)
    return None


class SqliteStore(Store):
    label = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path

    def arg(self) -> str:
        return str(self.path)

    def url(self) -> str:
        return f"sqlite:///{self.path}"

    def _files(self) -> list[Path]:
        return [Path(f"{self.path}{suffix}") for suffix in ("", "-wal", "-shm")]

    def reset_from(self, template: Store) -> None:
        assert isinstance(template, SqliteStore)
        for mine, theirs in zip(self._files(), template._files(), strict=True):
            mine.unlink(missing_ok=True)
            if theirs.exists():
                shutil.copyfile(theirs, mine)
                os.chmod(mine, 0o600)

    def wait_opened(self, process: subprocess.Popen[Any], limit: float) -> float | None:
        wal = self._files()[1]
        return _poll(process, limit, wal.exists, 0.002)

    def wait_writing(self, process: subprocess.Popen[Any], limit: float) -> None:
        wal = self._files()[1]
        first: list[int] = []

        def grew() -> bool:
            try:
                size = wal.stat().st_size
            except FileNotFoundError:
                return False
            if not first:
                first.append(size)
            return size > first[0]

        _poll(process, limit, grew, 0.0005)

    def damage(self) -> list[str]:
        connection = sqlite3.connect(self.path)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return [f"integrity_check failed to run: {exc}"]
        finally:
            connection.close()
        return [] if result == [("ok",)] else [f"integrity_check: {result[:3]}"]

    def drop(self) -> None:
        for path in self._files():
            path.unlink(missing_ok=True)


class PostgresStore(Store):
    label = "postgresql"

    def __init__(self, server: str, name: str) -> None:
        url = make_url(server)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        self.server = url
        self.name = name
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)

    def arg(self) -> str:
        return self.url()

    def url(self) -> str:
        return self.server.set(database=self.name).render_as_string(hide_password=False)

    def _admin(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(sql))

    def create(self) -> None:
        self._admin(f'CREATE DATABASE "{self.name}"')

    def reset_from(self, template: Store) -> None:
        assert isinstance(template, PostgresStore)
        self.drop()
        self._admin(f'CREATE DATABASE "{self.name}" TEMPLATE "{template.name}"')

    def _backends(self, where: str) -> int:
        with self.admin.connect() as connection:
            return int(connection.execute(text(
                f"SELECT count(*) FROM pg_stat_activity WHERE datname = :name {where}"),
                {"name": self.name}).scalar() or 0)

    def wait_opened(self, process: subprocess.Popen[Any], limit: float) -> float | None:
        return _poll(process, limit, lambda: self._backends("") > 0, 0.005)

    def wait_writing(self, process: subprocess.Popen[Any], limit: float) -> None:
        _poll(process, limit, lambda: self._backends("AND backend_xid IS NOT NULL") > 0, 0.002)

    def drop(self) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


# -- scenarios ----------------------------------------------------------------------------

Judgement = tuple[str, list[str]]


@dataclass
class Scenario:
    """One kind of trial: how to prepare it, what to run, how to judge what is left."""

    name: str
    #: Build the prepared operation (and inputs) in the folder; return the command's args.
    prepare: Callable[[Store, Path], list[str]]
    #: Judge the operation after the kill: (BEFORE or AFTER, problems found).
    judge: Callable[[Store, Path, dict[str, Any]], Judgement]
    #: What to record from an uninterrupted run, for the judge.
    observe: Callable[[Store, Path], dict[str, Any]]
    needs: tuple[str, ...] = ()


COUNTED = ("persons", "households", "flights", "shelters", "document_slots", "audit_log",
           "import_batches", "plans", "plan_households", "plan_persons")


def _observe_counts(store: Store, folder: Path) -> dict[str, Any]:
    return {table: store.count(table) for table in COUNTED}


DEMO_PEOPLE = 1200


def _prepare_demo(store: Store, folder: Path) -> list[str]:
    evacplan(store.arg(), "init")
    return ["demo", "--people", str(DEMO_PEOPLE), "--seed", "5"]


def _judge_demo(store: Store, folder: Path, ref: dict[str, Any]) -> Judgement:
    if store.count("persons") == 0:
        empty = all(store.count(t) == 0 for t in ("households", "flights", "shelters"))
        return BEFORE, [] if empty else ["a demo left records without persons"]
    problems = [f"{table}: {store.count(table)} rows, expected {ref[table]}"
                for table in ("persons", "households", "flights", "shelters", "document_slots")
                if store.count(table) != ref[table]]
    return AFTER, problems


IMPORT_BASE = 800
IMPORT_ROWS = 1500


def write_roster(path: Path, rows: int, seed: int, prefix: str = "K") -> list[dict[str, Any]]:
    """A clean roster in the template's headers: ``rows`` new persons, some in families.

    Returns the rows written, field by field.
    """
    import openpyxl

    from planner.fields import PERSON, header_for

    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Persons")
    sheet.append([header_for(f) for f in PERSON.names])
    given = ("Agus", "Siti", "Dewi", "Budi", "Rina", "Eko", "Wulan", "Joko", "Sari", "Hadi")
    family = ("Pratama", "Wijaya", "Santoso", "Nugroho", "Siregar", "Lubis", "Halim")
    household = 0
    written = []
    for number in range(1, rows + 1):
        if number == 1 or rng.random() < 0.7:
            household += 1
        values = {
            "case_no": f"{prefix}-{number:06d}",
            "household": f"{prefix}H-{household:05d}",
            "full_name": f"{rng.choice(given)} {rng.choice(family)} {prefix}{number:05d}",
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
        sheet.append([values.get(f) for f in PERSON.names])
        written.append(values)
    book.save(path)
    return written


def _prepare_import(store: Store, folder: Path) -> list[str]:
    evacplan(store.arg(), "demo", "--people", str(IMPORT_BASE), "--seed", "2")
    roster = folder / "roster.xlsx"
    if not roster.exists():
        write_roster(roster, IMPORT_ROWS, seed=11)
    return ["import", str(roster)]


def _judge_import(store: Store, folder: Path, ref: dict[str, Any]) -> Judgement:
    persons, batches = store.count("persons"), store.count("import_batches")
    if persons == IMPORT_BASE and batches == 0:
        state = BEFORE
    elif persons == ref["persons"] and batches == ref["import_batches"]:
        state = AFTER
    else:
        return "between", [f"partial import: {persons} persons, {batches} import batches "
                           f"(before: {IMPORT_BASE} and 0; after: {ref['persons']} and "
                           f"{ref['import_batches']})"]
    audited = store.count("audit_log", "WHERE import_batch_id IS NOT NULL")
    if (state == AFTER) != (audited > 0):
        return state, [f"{audited} audit entries of an import that is {state}"]
    return state, []


SOLVE_PEOPLE = 400


def _prepare_solve(store: Store, folder: Path) -> list[str]:
    evacplan(store.arg(), "demo", "--people", str(SOLVE_PEOPLE), "--seed", "4")
    return ["solve", "--time-limit", "10", "--publish"]


def _judge_solve(store: Store, folder: Path, ref: dict[str, Any]) -> Judgement:
    if store.count("plans") == 0:
        leftovers = store.count("plan_households") + store.count("plan_persons")
        return BEFORE, [f"{leftovers} plan rows without a plan"] if leftovers else []
    problems = [f"half-stored plan: {table} has {store.count(table)} rows, a whole plan has "
                f"{ref[table]}" for table in ("plans", "plan_households", "plan_persons")
                if store.count(table) != ref[table]]
    if store.count("plans", "WHERE published_at IS NOT NULL") != 1:
        problems.append("the plan was stored without its publication (or published twice)")
    return AFTER, problems


def _prepare_export(store: Store, folder: Path) -> list[str]:
    evacplan(store.arg(), "demo", "--people", str(SOLVE_PEOPLE), "--seed", "4")
    evacplan(store.arg(), "solve", "--time-limit", "10")
    return ["export", str(folder / "manifests.xlsx")]


def _workbook_shape(path: Path) -> dict[str, int]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: sum(1 for _ in sheet.iter_rows(values_only=True))
                for sheet in book.worksheets}
    finally:
        book.close()


def _observe_export(store: Store, folder: Path) -> dict[str, Any]:
    return {**_observe_counts(store, folder), "shape": _workbook_shape(folder / "manifests.xlsx")}


def _judge_export(store: Store, folder: Path, ref: dict[str, Any]) -> Judgement:
    out = folder / "manifests.xlsx"
    if not out.exists():
        return BEFORE, []
    try:
        shape = _workbook_shape(out)
    except Exception as exc:  # noqa: BLE001 - any failure to read it is the finding
        return AFTER, [f"the export exists but does not open: {type(exc).__name__}: {exc}"]
    problems = []
    if shape != ref["shape"]:
        problems.append("the export is not whole: its sheets or rows differ from a full one")
    if store.count("audit_log", "WHERE action = 'export'") == 0:
        problems.append("an export file exists without its audit entry")
    return AFTER, problems


SCENARIOS: dict[str, Scenario] = {
    "demo": Scenario("demo", _prepare_demo, _judge_demo, _observe_counts, ("demo",)),
    "import": Scenario("import", _prepare_import, _judge_import, _observe_counts, ("import",)),
    "solve": Scenario("solve", _prepare_solve, _judge_solve, _observe_counts, ("solve",)),
    "export": Scenario("export", _prepare_export, _judge_export, _observe_export,
                       ("solve", "export")),
}


# -- running ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    scenario: str
    backend: str
    trial: int
    kill_after: float
    state: str  # before | after | finished (the command ended before the kill)
    problems: tuple[str, ...]


@dataclass
class Prepared:
    scenario: Scenario
    folder: Path
    template: Store
    trial_store: Store
    args: list[str]
    reference: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    opened_after: float = 0.0

    def close(self) -> None:
        self.trial_store.drop()
        self.template.drop()


def _stores(backend: str, folder: Path, postgres: str | None) -> tuple[Store, Store]:
    if backend == "sqlite":
        return SqliteStore(folder / "template.sqlite"), SqliteStore(folder / "op.sqlite")
    if postgres is None:
        raise RuntimeError(f"PostgreSQL trials need a server: set {POSTGRES_ENV}")
    tag = uuid.uuid4().hex[:10]
    template = PostgresStore(postgres, f"evacplan_kill_{tag}_template")
    template.create()
    return template, PostgresStore(postgres, f"evacplan_kill_{tag}")


def _clean_folder(folder: Path) -> None:
    """Remove what a trial wrote beside the operation: exports, temporary parts, backups."""
    for path in folder.iterdir():
        if path.name.startswith((".", "op.sqlite")) or path.name == "manifests.xlsx":
            path.unlink(missing_ok=True)


def prepare(scenario: Scenario, root: Path, backend: str = "sqlite",
            postgres: str | None = None) -> Prepared:
    """Build the scenario's operation once and time an uninterrupted run of its command."""
    folder = root / f"{scenario.name}-{backend}"
    folder.mkdir(parents=True, exist_ok=True)
    template, store = _stores(backend, folder, postgres)
    args = scenario.prepare(template, folder)
    prepared = Prepared(scenario, folder, template, store, args)
    _clean_folder(folder)
    store.reset_from(template)
    began = time.perf_counter()
    process = subprocess.Popen([EVACPLAN, "--db", store.arg(), *args], env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    opened = store.wait_opened(process, 600)
    _, stderr = process.communicate(timeout=600)
    prepared.seconds = time.perf_counter() - began
    if process.returncode != 0:
        prepared.close()
        raise RuntimeError(f"{scenario.name}: {' '.join(args)} failed: {stderr.strip()}")
    prepared.opened_after = min(opened or 0.0, prepared.seconds)
    prepared.reference = scenario.observe(store, folder)
    return prepared


def common_problems(store: Store, folder: Path) -> list[str]:
    """What no crash may leave, whatever the command: damage, a broken audit chain."""
    problems = store.damage()
    from planner.db import open_operation
    from planner.errors import PlannerError
    from planner.protection import audit, backup_files
    from planner.words.render import render

    try:
        operation = open_operation(store.arg())
    except PlannerError as exc:
        return [*problems, f"the operation does not open: {exc}"]
    try:
        with operation.session() as session:
            chain = audit.verify_chain(session)
            if not chain.ok:
                problems.append(f"audit chain broken at entry {chain.first_bad_id}")
    finally:
        operation.close()
    if isinstance(store, SqliteStore):
        for copy in backup_files.automatic_backups(store.path):
            check = backup_files.verify_backup(copy)
            if not check.ok:
                problems.append(f"automatic backup {copy.name}: {render(check.problem or {})}")
    return problems


def run_trial(prepared: Prepared, trial: int, rng: random.Random) -> Outcome:
    """One kill: anywhere in the run, after the opening, or just after the first write."""
    store = prepared.trial_store
    _clean_folder(prepared.folder)
    store.reset_from(prepared.template)
    mode = rng.choice(("anytime", "opened", "writing"))
    if mode == "anytime":
        delay = rng.uniform(0.0, prepared.seconds)
    elif mode == "opened":
        delay = rng.uniform(0.0, max(0.05, prepared.seconds - prepared.opened_after))
    else:
        delay = rng.uniform(0.0, 0.05)
    process = subprocess.Popen([EVACPLAN, "--db", store.arg(), *prepared.args], env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    began = time.perf_counter()
    if mode == "opened":
        store.wait_opened(process, prepared.seconds * 3)
    elif mode == "writing":
        store.wait_writing(process, prepared.seconds * 3)
    deadline = time.perf_counter() + delay
    while process.poll() is None and time.perf_counter() < deadline:
        time.sleep(0.001)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    kill_after = time.perf_counter() - began
    problems = common_problems(store, prepared.folder)
    state, found = prepared.scenario.judge(store, prepared.folder, prepared.reference)
    problems += found
    if finished:
        if process.returncode != 0:
            problems.append(f"the command failed on its own (exit {process.returncode})")
        state = "finished"
    return Outcome(prepared.scenario.name, store.label, trial, kill_after, state,
                   tuple(problems))


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


def run(trials: int, names: Sequence[str], backends: Sequence[str], root: Path,
        seed: int = 1, report: Callable[[str], None] = print) -> list[Outcome]:
    scenarios, missing = runnable(names)
    for note in missing:
        report(f"skipped {note}")
    postgres = os.environ.get(POSTGRES_ENV)
    rng = random.Random(seed)
    prepared: list[Prepared] = []
    outcomes: list[Outcome] = []
    try:
        for scenario in scenarios:
            for backend in backends:
                item = prepare(scenario, root, backend, postgres)
                report(f"{scenario.name} on {backend}: uninterrupted run {item.seconds:.2f} s "
                       f"(operation opened after {item.opened_after:.2f} s)")
                prepared.append(item)
        for trial in range(trials if prepared else 0):
            item = prepared[trial % len(prepared)]
            outcome = run_trial(item, trial, rng)
            outcomes.append(outcome)
            if outcome.problems:
                report(f"trial {trial} {outcome.scenario} on {outcome.backend} killed at "
                       f"{outcome.kill_after:.2f} s: " + "; ".join(outcome.problems))
    finally:
        for item in prepared:
            item.close()
    return outcomes


def summary(outcomes: Sequence[Outcome]) -> str:
    lines = [f"{'scenario':<18} {'trials':>6} {'before':>7} {'after':>6} {'finished':>9} "
             f"{'failed':>7}"]
    by_name: dict[str, Counter[str]] = {}
    for outcome in outcomes:
        counter = by_name.setdefault(f"{outcome.scenario} ({outcome.backend})", Counter())
        counter["trials"] += 1
        counter[outcome.state] += 1
        counter["failed"] += bool(outcome.problems)
    for name, c in by_name.items():
        lines.append(f"{name:<18} {c['trials']:>6} {c[BEFORE]:>7} {c[AFTER]:>6} "
                     f"{c['finished']:>9} {c['failed']:>7}")
    failed = sum(bool(o.problems) for o in outcomes)
    lines.append(f"{len(outcomes)} trials, {failed} lost or corrupted something")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS),
                        help="repeat to choose several (default: all)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    names = args.scenario or list(SCENARIOS)
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    root = args.keep or Path(tempfile.mkdtemp(prefix="evacplan-kill-"))
    began = time.perf_counter()
    try:
        outcomes = run(args.trials, names, backends, root, args.seed)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    print(summary(outcomes))
    print(f"({time.perf_counter() - began:.0f} s)")
    return 1 if any(o.problems for o in outcomes) else 0
