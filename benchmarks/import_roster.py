"""Rows per second and peak memory of importing a 100,000-person roster (target: 15 s).

Generates a realistic roster (the demo operation's persons: families, single names,
phones as numbers, dates as date cells) as an .xlsx workbook, then imports it into an
empty SQLite operation in a fresh process and reports wall time, rows per second and
the process's peak resident memory. With ``--postgres SERVER_URL`` the same workbooks are
also imported into a fresh database of that PostgreSQL server (created and dropped here),
and the ratio of the two times is printed. A smaller roster is imported the same way first, so
the two peaks show whether memory grows with the file. Wall time depends on what else
the machine runs, so the CPU time of the import process is printed too; ``--reference``
also times openpyxl's read-only mode merely reading the same workbook (the issue's
yardstick: 4.4 s for 100,000 x 12 cells on the machine it was measured on). Run::

    .venv/bin/python benchmarks/import_roster.py [--persons 100000] [--small 10000 ...] [--reference]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from planner.importing import ImportReport

TARGET_SECONDS = 15.0


def roster_rows(persons: int, seed: int) -> Iterator[list[object]]:
    """The header and one row per demo person, typed the way ministries type them."""
    from planner.demo import generate
    from planner.fields import PERSON, header_for

    made = generate(persons, seed)
    households = {h["id"]: h for h in made.households}
    yield [header_for(f) for f in PERSON.names]
    for person in made.persons:
        household = households[person["household_id"]]
        phone = person["phone"]
        row: list[object] = []
        for field in PERSON.names:
            value = person.get(field)
            if field == "household":
                value = None if household["implicit"] else household["code"]
            elif field == "phone" and phone and phone.startswith("08"):
                value = int(phone)  # typed into a number cell: Excel drops the 0
            elif isinstance(value, bool):
                value = "ya" if value else "tidak"
            row.append(value)
        yield row


def write_roster(path: Path, persons: int, seed: int) -> Path:
    from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx

    return write_raw_xlsx(path, [RawSheet("Persons", roster_rows(persons, seed))])


def peak_memory_mib() -> float:
    """This process's peak resident memory since it started its program.

    ``ru_maxrss`` would do, but Linux carries it over from the parent that forked the
    process, and the parent holds the generated roster; VmHWM starts afresh at exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def postgres_database(server: str, label: str) -> AbstractContextManager[str]:
    """The URL of a new, empty database on the PostgreSQL server ``server``, dropped after."""
    from tests.scratch import scratch_database

    return scratch_database(server, f"evacplan_bench_{label}")


def timed_import(workbook: Path, db: str) -> tuple[float, float, ImportReport]:
    """One import into a new operation: its wall seconds, CPU seconds and report."""
    from planner.db import open_operation
    from planner.importing import ImportOptions, run_import

    operation = open_operation(db, create=True)
    began, cpu = time.perf_counter(), time.process_time()
    try:
        report = run_import(operation, workbook, ImportOptions())
    finally:
        operation.close()
    return time.perf_counter() - began, time.process_time() - cpu, report


def import_once(workbook: Path, db: str) -> None:
    """Child process: one import into a new operation; prints seconds, peak MiB, added."""
    seconds, cpu, report = timed_import(workbook, db)
    peak = peak_memory_mib()
    counts = report.counts_for(report.sheets[0].kind)  # type: ignore[arg-type]
    print(f"{seconds:.2f} {cpu:.2f} {peak:.0f} {counts.added} {counts.rejected}")


def read_with_openpyxl(workbook: Path) -> None:
    """Child process: openpyxl's read-only mode reading every cell; prints seconds, CPU."""
    import openpyxl

    began, cpu = time.perf_counter(), time.process_time()
    book = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    print(f"{time.perf_counter() - began:.2f} {time.process_time() - cpu:.2f} {rows}")


def measure(workbook: Path, db: str, label: str) -> tuple[float, float, float, int]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(workbook), db],
        capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, cpu, peak, added, rejected = result.stdout.split()
    if int(rejected):
        raise SystemExit(f"{label}: {rejected} rows were rejected; the benchmark roster is wrong")
    return float(seconds), float(cpu), float(peak), int(added)


def databases(postgres: str | None) -> list[str]:
    return ["SQLite", "PostgreSQL"] if postgres else ["SQLite"]


def import_into(database: str, workbook: Path, folder: Path, label: str,
                postgres: str | None) -> tuple[float, float, float, int]:
    """Import ``workbook`` into a new operation on ``database``: seconds, CPU, MiB, added."""
    if database == "SQLite":
        return measure(workbook, str(folder / f"{label}.sqlite"), label)
    assert postgres is not None
    with postgres_database(postgres, label) as url:
        return measure(workbook, url, label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--small", type=int, nargs="+", default=[10_000],
                        help="smaller rosters imported first the same way")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reference", action="store_true",
                        help="also time openpyxl's read-only mode reading the large workbook")
    parser.add_argument("--postgres", metavar="SERVER_URL",
                        help="also import into a fresh database of this PostgreSQL server")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON rows")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--openpyxl-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import_once(Path(args.child[0]), args.child[1])
        return 0
    if args.openpyxl_child:
        read_with_openpyxl(Path(args.openpyxl_child))
        return 0
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="import-bench-") as temp:
        folder = Path(temp)
        sizes = [*((f"small{n}", n) for n in args.small), ("large", args.persons)]
        for label, persons in sizes:
            began = time.perf_counter()
            workbook = write_roster(folder / f"{label}.xlsx", persons, args.seed)
            made = time.perf_counter() - began
            print(f"{persons:>7} persons: workbook {workbook.stat().st_size / 2**20:.1f} MiB "
                  f"(made in {made:.1f} s)", flush=True)
            for database in databases(args.postgres):
                seconds, cpu, peak, added = import_into(database, workbook, folder, label,
                                                        args.postgres)
                load = os.getloadavg()[0]
                rows.append({"benchmark": "roster import (.xlsx)", "persons": persons,
                             "database": database, "wall_s": round(seconds, 2),
                             "cpu_s": round(cpu, 2), "peak_mib": round(peak), "load": round(load, 1)})
                print(f"  {database:10} import {seconds:.2f} s (CPU {cpu:.2f} s) = "
                      f"{added / seconds:,.0f} rows/s, peak memory {peak:.0f} MiB, "
                      f"load {load:.1f}", flush=True)
            if label == "large" and args.reference:
                done = subprocess.run(
                    [sys.executable, __file__, "--openpyxl-child", str(workbook)],
                    capture_output=True, text=True, check=True, cwd=ROOT)
                wall, ref_cpu, _ = done.stdout.split()
                print(f"reference: openpyxl read-only reads the same workbook in {wall} s "
                      f"(CPU {ref_cpu} s); the SQLite import took "
                      f"{float(rows[-len(databases(args.postgres))]['wall_s']) / float(wall):.2f}x that")
    by = {(r["persons"], r["database"]): r for r in rows}
    small, large = args.small[0], args.persons
    small_peak, large_peak = (float(by[(n, "SQLite")]["peak_mib"]) for n in (small, large))  # type: ignore[arg-type]
    print(f"memory: {small_peak:.0f} MiB for {small:,} persons, {large_peak:.0f} MiB for "
          f"{large:,} ({large / small:.0f}x the rows, {large_peak / small_peak:.2f}x the memory)")
    if args.postgres:
        for n in (*args.small, large):
            sqlite, postgres = by[(n, "SQLite")], by[(n, "PostgreSQL")]
            print(f"PostgreSQL / SQLite at {n:,} persons: wall "
                  f"{float(postgres['wall_s']) / float(sqlite['wall_s']):.2f}x, CPU of the "  # type: ignore[arg-type]
                  f"importing process {float(postgres['cpu_s']) / float(sqlite['cpu_s']):.2f}x")  # type: ignore[arg-type]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    large_seconds = float(by[(large, "SQLite")]["wall_s"])  # type: ignore[arg-type]
    verdict = "within" if large_seconds <= TARGET_SECONDS else "OVER"
    print(f"{large:,} persons in {large_seconds:.2f} s on SQLite: {verdict} the target of "
          f"{TARGET_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
