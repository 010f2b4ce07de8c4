"""Time and peak memory of an import refused for invalid rows (30,000 persons by default).

The roster of ``import_roster.py`` (the demo operation's persons as a ministry types
them) with every ``--every``-th person of a household given a document status SPEC 2.1
does not know ("SPLP"), so the import is refused and its report counts what
``--skip-invalid`` would do: the rest of each such household held back. The import runs
into an empty SQLite operation in a fresh process, which prints its wall and CPU time,
its peak resident memory and the report's counts (so two versions of the program can be
compared on the same workbook). Run::

    .venv/bin/python benchmarks/import_refused.py [--persons 30000] [--every 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_roster import peak_memory_mib, roster_rows, timed_import  # noqa: E402


def refused_rows(persons: int, seed: int, every: int) -> Iterator[list[object]]:
    """``import_roster``'s rows with every ``every``-th member of a household invalid."""
    rows = roster_rows(persons, seed)
    header = next(rows)
    yield header
    household, status = header.index("Household"), header.index("Document Status")
    members = 0
    for row in rows:
        if row[household]:
            members += 1
            if members % every == 0:
                row[status] = "SPLP"
        yield row


def import_once(workbook: Path, db: str) -> None:
    """Child process: one import into a new operation; prints time, memory and counts."""
    seconds, cpu, report = timed_import(workbook, db)
    counts = report.counts_for(report.sheets[0].kind)  # type: ignore[arg-type]
    print(f"{seconds:.2f} {cpu:.2f} {peak_memory_mib():.0f} {int(report.committed)} "
          f"{counts.added} {counts.rejected} {counts.held_back} {len(report.rejected)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=30_000)
    parser.add_argument("--every", type=int, default=500,
                        help="every N-th member of a household is invalid")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="imports timed (best shown)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import_once(Path(args.child[0]), args.child[1])
        return 0
    from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx

    with tempfile.TemporaryDirectory(prefix="import-refused-") as temp:
        folder = Path(temp)
        workbook = write_raw_xlsx(folder / "roster.xlsx", [RawSheet(
            "Persons", refused_rows(args.persons, args.seed, args.every))])
        print(f"{args.persons:,} persons, every {args.every}th household member invalid: "
              f"workbook {workbook.stat().st_size / 2**20:.1f} MiB", flush=True)
        best: float | None = None
        for attempt in range(1, args.repeat + 1):
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(workbook),
                 str(folder / f"op{attempt}.sqlite")],
                capture_output=True, text=True, check=True, cwd=ROOT)
            seconds, cpu, peak, committed, added, rejected, held, listed = done.stdout.split()
            if committed != "0":
                raise SystemExit("the import was not refused: the benchmark roster is wrong")
            best = min(best, float(seconds)) if best is not None else float(seconds)
            print(f"  refused import {seconds} s (CPU {cpu} s), peak memory {peak} MiB, "
                  f"load {os.getloadavg()[0]:.1f}; would be: {added} added, {rejected} "
                  f"rejected, {held} held back; {listed} rows listed", flush=True)
        print(f"best of {args.repeat}: {best:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
