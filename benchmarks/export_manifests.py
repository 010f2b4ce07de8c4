"""Time and peak memory of the manifests workbook for 20,000 flown persons (target: 10 s).

Builds a demo operation, stores a plan that flies exactly ``--flown`` persons (first fit
over the usable flights, ignoring destinations and dates: the benchmark measures the
export, not the planner), then runs ``evacplan export`` for each copy in a fresh process
and reports its wall time and peak resident memory. Run::

    .venv/bin/python benchmarks/export_manifests.py [--flown 20000] [--pdf]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 10.0


def build(db: Path, flown: int, seed: int) -> tuple[int, int]:
    """A demo operation with a stored plan flying ``flown`` persons; returns (persons, flown)."""
    from planner.db import open_operation
    from planner.demo import create
    from tests.manifest_plans import store_greedy_plan

    people = int(flown * 1.5)
    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create(session, people, seed=seed)
            stored = store_greedy_plan(session, relax=True, max_flown=flown, published=True)
    finally:
        operation.close()
    return people, stored.flown_persons


def export_once(db: Path, out: Path, copy: str) -> None:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flown", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pdf", action="store_true", help="also time the PDF of each copy")
    parser.add_argument("--child", nargs=3, metavar=("DB", "OUT", "COPY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        export_once(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVACPLAN_USER": "benchmark"}
    with tempfile.TemporaryDirectory(prefix="evacplan-bench-") as folder:
        db = Path(folder) / "operation.sqlite"
        began = time.perf_counter()
        people, flown = build(db, args.flown, args.seed)
        print(f"operation: {people} persons, plan flies {flown} "
              f"(built in {time.perf_counter() - began:.1f} s)")
        worst = 0.0
        formats = ["xlsx", "pdf"] if args.pdf else ["xlsx"]
        for fmt in formats:
            for copy in ("embassy", "airline"):
                out = Path(folder) / f"{copy}.{fmt}"
                child = subprocess.run(
                    [sys.executable, __file__, "--child", str(db), str(out), copy],
                    check=True, capture_output=True, text=True, env=env,
                )
                seconds, cpu, peak, passengers, flights = child.stdout.split()
                size = out.stat().st_size / 2**20
                print(f"{copy:8} {fmt:4}: {float(seconds):6.2f} s ({float(cpu):.2f} s CPU), "
                      f"peak memory {peak} MiB, {passengers} passengers on {flights} flights, "
                      f"file {size:.1f} MiB")
                if fmt == "xlsx":
                    worst = max(worst, float(seconds))
        verdict = "within" if worst <= TARGET_SECONDS else "OVER"
        print(f"slowest workbook: {worst:.2f} s ({verdict} the target of {TARGET_SECONDS:.0f} s;"
              f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
