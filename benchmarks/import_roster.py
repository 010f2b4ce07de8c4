"""Rows per second and peak memory of importing a 100,000-person roster (target: 15 s).

Generates a realistic roster (the demo operation's persons: families, single names,
phones as numbers, dates as date cells) as an .xlsx workbook, then imports it into an
empty SQLite operation in a fresh process and reports wall time, rows per second and
the process's peak resident memory. A smaller roster is imported the same way first, so
the two peaks show whether memory grows with the file. Wall time depends on what else
the machine runs, so the CPU time of the import process is printed too; ``--reference``
also times openpyxl's read-only mode merely reading the same workbook (the issue's
yardstick: 4.4 s for 100,000 x 12 cells on the machine it was measured on). Run::

    .venv/bin/python benchmarks/import_roster.py [--persons 100000] [--small 10000] [--reference]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 15.0


def roster_rows(persons: int, seed: int) -> Iterator[list[object]]:
    """The header and one row per demo person, typed the way ministries type them."""
    from planner.demo import generate
    from planner.domain import PERSON_FIELDS, header_for

    made = generate(persons, seed)
    households = {h["id"]: h for h in made.households}
    yield [header_for(f) for f in PERSON_FIELDS]
    for person in made.persons:
        household = households[person["household_id"]]
        phone = person["phone"]
        row: list[object] = []
        for field in PERSON_FIELDS:
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


def import_once(workbook: Path, db: Path) -> None:
    """Child process: one import into a new operation; prints seconds, peak MiB, added."""
    from planner.db import open_operation
    from planner.importing import ImportOptions, run_import

    operation = open_operation(db, create=True)
    began, cpu = time.perf_counter(), time.process_time()
    try:
        report = run_import(operation, workbook, ImportOptions())
    finally:
        operation.close()
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
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


def measure(workbook: Path, folder: Path, label: str) -> tuple[float, float, float, int]:
    db = folder / f"{label}.sqlite"
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(workbook), str(db)],
        capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, cpu, peak, added, rejected = result.stdout.split()
    if int(rejected):
        raise SystemExit(f"{label}: {rejected} rows were rejected; the benchmark roster is wrong")
    return float(seconds), float(cpu), float(peak), int(added)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reference", action="store_true",
                        help="also time openpyxl's read-only mode reading the large workbook")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--openpyxl-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import_once(Path(args.child[0]), Path(args.child[1]))
        return 0
    if args.openpyxl_child:
        read_with_openpyxl(Path(args.openpyxl_child))
        return 0
    with tempfile.TemporaryDirectory(prefix="import-bench-") as temp:
        folder = Path(temp)
        results = []
        for label, persons in (("small", args.small), ("large", args.persons)):
            began = time.perf_counter()
            workbook = write_roster(folder / f"{label}.xlsx", persons, args.seed)
            made = time.perf_counter() - began
            seconds, cpu, peak, added = measure(workbook, folder, label)
            results.append((persons, seconds, peak))
            print(f"{persons:>7} persons: workbook {workbook.stat().st_size / 2**20:.1f} MiB "
                  f"(made in {made:.1f} s); import {seconds:.2f} s (CPU {cpu:.2f} s) = "
                  f"{added / seconds:,.0f} rows/s, peak memory {peak:.0f} MiB")
            if label == "large" and args.reference:
                done = subprocess.run(
                    [sys.executable, __file__, "--openpyxl-child", str(workbook)],
                    capture_output=True, text=True, check=True, cwd=ROOT)
                wall, ref_cpu, _ = done.stdout.split()
                print(f"reference: openpyxl read-only reads the same workbook in {wall} s "
                      f"(CPU {ref_cpu} s); the import took {seconds / float(wall):.2f}x that")
        (small, _, small_peak), (large, large_seconds, large_peak) = results
        print(f"memory: {small_peak:.0f} MiB for {small:,} persons, {large_peak:.0f} MiB for "
              f"{large:,} ({large / small:.0f}x the rows, {large_peak / small_peak:.2f}x the memory)")
        verdict = "within" if large_seconds <= TARGET_SECONDS else "OVER"
        print(f"{large:,} persons in {large_seconds:.2f} s: {verdict} the target of "
              f"{TARGET_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
