"""Wall time and peak memory of hostile input (issue 18), each in a fresh process as an
officer would meet it: ``evacplan import`` of .ods files that declare a billion repeated
rows or columns in under 1 KB, of a legitimate .ods padded as LibreOffice pads it, the
reading of a million repeated rows in calamine's capped child and in process, and
``evacplan solve --method exact --time-limit 10`` on a demo of ``--people`` persons.

    .venv/bin/python benchmarks/hostile_input.py [--people 30000] [--skip-solve]

Each line: what was run, its exit status, wall seconds, peak resident MB (GNU
``/usr/bin/time``) and the last line the command printed; ``evacplan --version`` first,
for the cost of starting the program at all. The
figures in docs/decisions.md ("Input that cannot be trusted") come from this script.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVACPLAN = Path(sys.executable).parent / "evacplan"


def measure(label: str, *args: str) -> None:
    """Run ``evacplan args`` under ``/usr/bin/time`` and print its exit status, wall time,
    peak resident memory and last line."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as figures:
        began = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", figures.name, str(EVACPLAN),
                               *args], capture_output=True, text=True, check=False,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        wall = time.perf_counter() - began
        peak_kb = int(figures.read().split()[-1])
    said = (done.stderr.strip() or done.stdout.strip()).splitlines()
    shown = said[-1] if said else ""
    print(f"{label:<48} exit {done.returncode} {wall:7.2f} s {peak_kb / 1024:6.0f} MB  "
          f"{shown[:120]}", flush=True)


def read_seconds(path: Path) -> float:
    """Seconds to open ``path`` and read every row, or to be refused, in this process."""
    from planner.importing import ImportFileError
    from planner.importing.file_format import open_source

    began = time.perf_counter()
    try:
        with open_source(path) as workbook:
            for sheet in workbook.sheets:
                for _ in sheet.rows():
                    pass
    except ImportFileError:
        pass
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=30_000)
    parser.add_argument("--skip-solve", action="store_true")
    args = parser.parse_args()

    from tests.importing import ods_files as ods

    header = ods.row(["Full Name", "Sex", "Date of Birth"])
    person = ["Siti Aminah", "F", "17/05/1990"]
    measure("evacplan --version (start-up alone)", "--version")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        files = {
            "ods: a filled row repeated 10^9 times": [header, ods.row(person,
                                                                      repeat=1_000_000_000)],
            "ods: a filled cell repeated 10^9 times": [header, ods.row(
                ["Siti Aminah", ods.cell("F", repeat=1_000_000_000)])],
            "ods: 2 persons, LibreOffice's empty padding": [
                header, ods.row(person), ods.row(["Budi Santoso", "M", "01/02/1985"]),
                ods.row([ods.cell(None, repeat=1024)], repeat=1_048_573)],
        }
        for label, rows in files.items():
            path = ods.write_ods(work / "roster.ods", rows)
            database = work / f"op-{len(label)}.sqlite"
            subprocess.run([str(EVACPLAN), "--db", str(database), "init"], check=True,
                           capture_output=True)
            measure(f"{label} ({path.stat().st_size} B)", "--db", str(database), "import",
                    str(path))
            print(f"{'':<48} read in this process: {read_seconds(path):.3f} s", flush=True)
        # A sheet within the cells bound that calamine unfolds: read in the capped child
        # (the default) and in this process, and refused under a 200 MB cap.
        from planner.importing import limits

        path = ods.write_ods(work / "million.ods", [header, ods.row(person, repeat=1_000_000)])
        capped = limits.WORKER_ADDRESS_SPACE_BYTES
        for label, cap in (("in the capped child", capped), ("in this process", 0),
                           ("in a child capped at 200 MB", 200 * limits.MEGABYTE)):
            limits.WORKER_ADDRESS_SPACE_BYTES = cap
            print(f"{'ods: a filled row repeated 10^6 times':<48} read {label}: "
                  f"{read_seconds(path):.2f} s", flush=True)
        limits.WORKER_ADDRESS_SPACE_BYTES = capped
        if not args.skip_solve:
            database = work / "demo.sqlite"
            subprocess.run([str(EVACPLAN), "--db", str(database), "demo", "--people",
                            str(args.people)], check=True, capture_output=True)
            measure(f"solve --method exact --time-limit 10 ({args.people:,})", "--db",
                    str(database), "solve", "--method", "exact", "--time-limit", "10")
            measure(f"solve --method scaled --time-limit 10 ({args.people:,})", "--db",
                    str(database), "solve", "--method", "scaled", "--time-limit", "10")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
