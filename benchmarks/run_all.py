"""Every benchmark of the program, one after the other, and one table of what each measured.

``make bench`` runs this. Each benchmark runs in its own process with the sizes of issue 8
(150,000 persons where the benchmark takes a size); its last lines are its verdict, and
its full output follows the table. The planner's own table (benchmarks/solve.py: 2,200,
20,000 and 150,000 persons, with PostgreSQL at 20,000 when --postgres names a server)
comes first. Figures are wall times on a machine that may be shared: the load average is
printed with each.

    .venv/bin/python benchmarks/run_all.py [--quick] [--postgres SERVER_URL] [--skip NAME ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def benchmarks(quick: bool, postgres: str | None) -> list[tuple[str, list[str]]]:
    big = "20000" if quick else "150000"
    solve = [PYTHON, "benchmarks/solve.py"]
    if quick:
        solve += ["--sizes", "2200", "20000"]
    jobs = [("planner (solve)", solve)]
    if postgres:
        jobs.append(("planner on PostgreSQL vs SQLite, 20,000 persons",
                     [PYTHON, "benchmarks/solve.py", "--sizes", "20000", "--postgres",
                      postgres]))
    jobs += [
        ("roster import", [PYTHON, "benchmarks/import_roster.py", "--persons", big,
                           "--small", "20000" if not quick else "2200"]),
        ("roster table (desktop)", [PYTHON, "benchmarks/ui_roster.py", "--people", big,
                                    "--db", f"/tmp/evacplan-bench-{big}.sqlite"]),
        ("manifests export", [PYTHON, "benchmarks/export_manifests.py", "--flown",
                              "20000" if quick else "100000"]),
    ]
    return jobs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 persons at most")
    parser.add_argument("--postgres", metavar="SERVER_URL",
                        default=os.environ.get("EVACPLAN_TEST_POSTGRES_URL"),
                        help="PostgreSQL server for the comparison (default: "
                             "EVACPLAN_TEST_POSTGRES_URL)")
    parser.add_argument("--skip", nargs="*", default=[], help="benchmarks to leave out "
                        "(words of their names)")
    args = parser.parse_args()
    results = []
    for name, command in benchmarks(args.quick, args.postgres):
        if any(word in name for word in args.skip):
            continue
        print(f"running {name}: {' '.join(command[1:])}", file=sys.stderr, flush=True)
        began = time.perf_counter()
        out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - began
        lines = [line for line in out.stdout.splitlines() if line.strip()]
        verdict = lines[-1] if lines else (out.stderr.strip().splitlines() or ["no output"])[-1]
        results.append((name, command, seconds, out.returncode, os.getloadavg()[0], verdict,
                        out.stdout, out.stderr))
    print(f"{os.cpu_count()} cores; figures are wall times, load average after each run.\n")
    print("| benchmark | command | ran for s | exit | load | last line |")
    print("|---|---|---|---|---|---|")
    for name, command, seconds, code, load, verdict, _, _ in results:
        shown = " ".join(["python", *command[1:]])
        print(f"| {name} | `{shown}` | {seconds:.0f} | {code} | {load:.1f} | "
              f"{verdict.strip().replace('|', '/')} |")
    for name, command, _, code, _, _, stdout, stderr in results:
        print(f"\n## {name}\n\n$ {' '.join(['python', *command[1:]])}\n")
        print(stdout.rstrip())
        if code != 0:
            print(stderr.rstrip()[-2000:])


if __name__ == "__main__":
    main()
