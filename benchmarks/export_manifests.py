"""Time and peak memory of the manifests workbook for 20,000 flown persons (target: 10 s).

Builds a demo operation, stores a plan that flies exactly ``--flown`` persons (first fit
over the usable flights, ignoring destinations and dates: the benchmark measures the
export, not the planner), then runs ``evacplan export`` for each copy in a fresh process
and reports its wall time and peak resident memory. With ``--postgres SERVER_URL`` the
same operation and plan are also built in a fresh database of that PostgreSQL server
(created and dropped here), exported the same way, and the ratio of the times is printed.
Run::

    .venv/bin/python benchmarks/export_manifests.py [--flown 20000] [--pdf]
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
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 10.0


def build(db: str, people: int, flown: int, seed: int) -> tuple[int, int]:
    """A demo operation with a stored plan flying ``flown`` persons; returns (persons, flown)."""
    from planner.db import open_operation
    from planner.demo import create
    from tests.manifest_plans import store_greedy_plan

    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create(session, people, seed=seed)
            stored = store_greedy_plan(session, relax=True, max_flown=flown, published=True)
    finally:
        operation.close()
    return people, stored.flown_persons


def export_once(db: str, out: Path, copy: str) -> None:
    """Child process: one export, then its time and peak memory on stdout."""
    from planner.db import open_operation
    from planner.export import Copy, export_manifests

    began, cpu = time.perf_counter(), time.process_time()
    operation = open_operation(db)
    try:
        result = export_manifests(operation, out, copy=Copy(copy))
    finally:
        operation.close()
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    print(f"{seconds:.2f} {cpu:.2f} {peak_memory_mib():.0f} {result.counts['passengers']} "
          f"{result.counts['flights']}")


def peak_memory_mib() -> float:
    """This process's peak resident memory (VmHWM; getrusage would report the parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_all(db: str, folder: Path, database: str, formats: list[str],
               people: int) -> list[dict[str, object]]:
    """Each copy in each format from the operation at ``db``, each in a fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVACPLAN_USER": "benchmark"}
    rows: list[dict[str, object]] = []
    for fmt in formats:
        for copy in ("embassy", "airline"):
            out = folder / f"{database}-{copy}.{fmt}"
            child = subprocess.run(
                [sys.executable, __file__, "--child", db, str(out), copy],
                check=True, capture_output=True, text=True, env=env,
            )
            seconds, cpu, peak, passengers, flights = child.stdout.split()
            load = os.getloadavg()[0]
            size = out.stat().st_size / 2**20
            rows.append({"benchmark": f"manifests export, {copy} copy ({fmt})", "persons": people,
                         "flown": int(passengers), "database": database,
                         "wall_s": float(seconds), "cpu_s": float(cpu), "peak_mib": int(peak),
                         "load": round(load, 1), "format": fmt})
            print(f"{database:10} {copy:8} {fmt:4}: {float(seconds):6.2f} s "
                  f"({float(cpu):.2f} s CPU), peak memory {peak} MiB, {passengers} passengers "
                  f"on {flights} flights, file {size:.1f} MiB, load {load:.1f}", flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flown", type=int, default=20_000)
    parser.add_argument("--persons", type=int, nargs="+",
                        help="operations of these sizes instead, each plan flying two thirds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pdf", action="store_true", help="also time the PDF of each copy")
    parser.add_argument("--postgres", metavar="SERVER_URL",
                        help="also export from a fresh database of this PostgreSQL server")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON rows")
    parser.add_argument("--child", nargs=3, metavar=("DB", "OUT", "COPY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        export_once(args.child[0], Path(args.child[1]), args.child[2])
        return 0
    from benchmarks.import_roster import postgres_database

    formats = ["xlsx", "pdf"] if args.pdf else ["xlsx"]
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="evacplan-bench-") as temp:
        folder = Path(temp)
        sizes = [(n, round(n * 2 / 3)) for n in args.persons] if args.persons \
            else [(int(args.flown * 1.5), args.flown)]
        for size, flying in sizes:
            with ExitStack() as stack:
                targets = [("SQLite", str(folder / f"operation{size}.sqlite"))]
                if args.postgres:
                    targets.append(("PostgreSQL", stack.enter_context(
                        postgres_database(args.postgres, f"export{size}"))))
                for database, db in targets:
                    began = time.perf_counter()
                    people, flown = build(db, size, flying, args.seed)
                    print(f"{database}: operation of {people} persons, plan flies {flown} "
                          f"(built in {time.perf_counter() - began:.1f} s)", flush=True)
                    rows += export_all(db, folder, database, formats, people)
    if args.postgres:
        for (size, copy) in ((n, c) for n, _ in sizes for c in ("embassy", "airline")):
            wall = {r["database"]: r for r in rows if r["format"] == "xlsx"
                    and r["persons"] == size and copy in str(r["benchmark"])}
            sqlite, postgres = wall["SQLite"], wall["PostgreSQL"]
            print(f"PostgreSQL / SQLite, {size:,} persons, {copy} copy: wall "
                  f"{float(postgres['wall_s']) / float(sqlite['wall_s']):.2f}x, CPU of the "  # type: ignore[arg-type]
                  f"exporting process {float(postgres['cpu_s']) / float(sqlite['cpu_s']):.2f}x")  # type: ignore[arg-type]
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    worst = max(float(r["wall_s"]) for r in rows  # type: ignore[arg-type]
                if r["format"] == "xlsx" and r["database"] == "SQLite")
    verdict = "within" if worst <= TARGET_SECONDS else "OVER"
    print(f"slowest workbook on SQLite: {worst:.2f} s ({verdict} the target of "
          f"{TARGET_SECONDS:.0f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
