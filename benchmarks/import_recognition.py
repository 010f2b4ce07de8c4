"""How well rosters nobody has seen import, and what reading their columns costs (issue 13).

Part 1, recognition: rosters of ``--persons`` persons in the three offices' styles of
``tests/importing/office_rosters.py`` (Phnom Penh Indonesian, another office's
Indonesian, English), their headers written in words the vocabulary does not list
(``held-out``), or drawn at random from the vocabulary's words, those words and headers
that say nothing (``mixed``). Each is imported into a new operation as the command line
does; the share of field values stored right is counted over every field of SPEC 2.1
and every person (a field the import stopped on counts as not recovered), with the
families kept together, the imports that stopped, and whether each stop named only
columns of fields the import could not have read otherwise. After a stop the named
columns are decided as an officer would (the proposal, or the field chosen) and the
share counted again.

Part 2, speed: the time per 1,000 rows of importing a generated office roster of
``--speed-persons`` persons, and the demo roster of ``benchmarks/import_roster.py``
(``--large`` persons, 100,000 by default) imported with the columns' cells read and
without (the same program with the reading replaced by nothing, in the benchmark's
own process only), each in a fresh process: the reading must not slow the import by
more than 20 %. Run::

    .venv/bin/python benchmarks/import_recognition.py [--rosters 12] [--persons 241]
        [--speed-persons 10000] [--large 100000] [--skip-speed]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: The reading of the columns' cells may slow a large import by this much at most.
SLOWDOWN_LIMIT = 0.20


@dataclass
class Tally:
    rosters: int = 0
    stopped: int = 0
    stops_right: int = 0
    values: int = 0
    right_first: int = 0
    right_decided: int = 0
    families: int = 0
    families_apart: int = 0
    seconds: float = 0.0
    rows: int = 0
    missed: dict[str, int] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for name in ("rosters", "stopped", "stops_right", "values", "right_first",
                     "right_decided", "families", "families_apart", "seconds", "rows"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, count in other.missed.items():
            self.missed[key] = self.missed.get(key, 0) + count


def _count_right(operation: Any, case: Any, tally: Tally, first: bool) -> None:
    from tests.importing.office_rosters import FIELDS
    from tests.importing.state import roster

    stored = {(p["full_name"], p["date_of_birth"]): p for p in roster(operation)}
    families: dict[str, set[Any]] = {}
    for person in case.expected:
        got = stored.get((person["full_name"], person["date_of_birth"]))
        for name in FIELDS:
            if name == "case_no" and "case_no" not in person:
                continue
            right = got is not None and got[name] == person[name]
            if first:
                tally.values += 1
                tally.right_first += right
                if not right:
                    tally.missed[name] = tally.missed.get(name, 0) + 1
            else:
                tally.right_decided += right
        if person["household"] and got is not None:
            families.setdefault(person["household"], set()).add(got["household"])
    if not first:
        tally.families += len(families)
        tally.families_apart += sum(1 for held in families.values()
                                    if len(held) != 1 or None in held)


def one_roster(empty: Path, folder: Path, style: str, seed: int, persons: int,
               sources: dict[str, str] | None) -> Tally:
    """Import one generated roster as the command line would; count what came in right."""
    from planner.db import open_operation
    from planner.importing import ColumnMapping, ImportOptions, UndecidedColumns, run_import
    from planner.importing.column_content import FLAG_FIELDS, RECENT_DATE_FIELDS
    from tests.importing.office_rosters import write_office_roster

    tally = Tally(rosters=1)
    case = write_office_roster(folder, style, seed, persons=persons, sources=sources)
    db = folder / f"op-{style}-{seed}.sqlite"
    shutil.copyfile(empty, db)
    operation = open_operation(db)
    try:
        began = time.perf_counter()
        try:
            report = run_import(operation, case.path)
            decided = None
        except UndecidedColumns as stop:
            tally.stopped = 1
            decided = {}
            right = True
            for sheet in stop.sheets:
                for column in sheet.undecided:  # type: ignore[attr-defined]
                    truth = case.columns[column.letter]
                    right = right and truth is not None and (
                        column.proposal == truth
                        or (truth in RECENT_DATE_FIELDS and column.proposal in RECENT_DATE_FIELDS)
                        or (truth in FLAG_FIELDS and (column.proposal in FLAG_FIELDS
                                                      or truth in column.choices)))
                    decided[column.letter] = truth
            tally.stops_right = int(right)
            report = None
        tally.seconds = time.perf_counter() - began
        tally.rows = persons
        if report is not None:
            assert report.committed, [str(p) for p in report.problems][:3]
        _count_right(operation, case, tally, first=True)
        if decided is not None:
            report = run_import(operation, case.path, ImportOptions(
                mapping=ColumnMapping(decided)))
            assert report.committed
        _count_right(operation, case, tally, first=False)
    finally:
        operation.close()
    return tally


def recognition(rosters: int, persons: int) -> None:
    from planner.db import open_operation
    from tests.importing.office_rosters import FIELDS, HEADER_SOURCES, STYLES

    print(f"Recognition: {rosters} rosters of {persons} persons per style and header "
          "source, every field of SPEC 2.1 compared", flush=True)
    print("| headers | style | rosters | stopped (named right) | values right at once | "
          "after deciding | families apart | s per 1,000 rows |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="recognition-") as temp:
        folder = Path(temp)
        empty = folder / "empty.sqlite"
        open_operation(empty, create=True).close()
        for kind in ("held-out", "mixed"):
            total = Tally()
            for style in STYLES:
                tally = Tally()
                for seed in range(1, rosters + 1):
                    rng = random.Random(f"{kind}-{style}-{seed}")
                    sources = dict.fromkeys(FIELDS, "held_out") if kind == "held-out" else {
                        f: rng.choice(HEADER_SOURCES) for f in FIELDS}
                    tally.add(one_roster(empty, folder, style, seed, persons, sources))
                total.add(tally)
                _row(kind, style, tally)
            _row(kind, "all", total)
            if total.missed:
                missed = ", ".join(f"{k} {v}" for k, v in sorted(total.missed.items(),
                                                               key=lambda x: -x[1]))
                print(f"|  | values not recovered at once, by field: {missed} |||||||")


def _row(kind: str, style: str, tally: Tally) -> None:
    per_thousand = tally.seconds / max(1, tally.rows) * 1000
    print(f"| {kind} | {style} | {tally.rosters} | {tally.stopped} ({tally.stops_right}) | "
          f"{tally.right_first / max(1, tally.values):.2%} | "
          f"{tally.right_decided / max(1, tally.values):.2%} | "
          f"{tally.families_apart} of {tally.families} | {per_thousand:.3f} |", flush=True)


# --- speed ------------------------------------------------------------------------------

def child(workbook: Path, db: str, inference: bool) -> None:
    """One import in this process; prints seconds, CPU seconds, rows added."""
    from planner.db import open_operation
    from planner.importing import run_import, sheet_scan

    if not inference:
        sheet_scan.infer_columns = lambda layout, _rows, _ctx: layout  # type: ignore[assignment]
    operation = open_operation(db, create=True)
    began, cpu = time.perf_counter(), time.process_time()
    try:
        report = run_import(operation, workbook)
    finally:
        operation.close()
    added = sum(c.added for c in report.counts.values())
    print(f"{time.perf_counter() - began:.3f} {time.process_time() - cpu:.3f} {added}")


def timed(workbook: Path, folder: Path, label: str,
          inference: bool) -> tuple[float, float, int]:
    db = folder / f"{label}-{'on' if inference else 'off'}.sqlite"
    db.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, __file__, "--child", str(workbook), str(db),
                           "on" if inference else "off"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, cpu, added = done.stdout.split()
    return float(seconds), float(cpu), int(added)


def speed(office_persons: int, large: int, repeats: int) -> None:
    from import_roster import write_roster  # benchmarks/import_roster.py

    from tests.importing.office_rosters import FIELDS, write_office_roster

    with tempfile.TemporaryDirectory(prefix="recognition-speed-") as temp:
        folder = Path(temp)
        office = write_office_roster(folder, "phnom_penh", 1, persons=office_persons,
                                     sources=dict.fromkeys(FIELDS, "held_out")).path
        demo = write_roster(folder / "demo.xlsx", large, 1)
        for label, workbook, persons in (("office roster, unseen headers", office,
                                          office_persons),
                                         ("demo roster, template headers", demo, large)):
            # Without the cells read, unseen headers are not all mapped: the office roster
            # would import less, so only the demo roster (every header listed, the same
            # work either way) compares the two.
            compared = label.startswith("demo")
            runs = {True: [], False: []}  # type: dict[bool, list[tuple[float, float, int]]]
            for _ in range(repeats):  # alternate, so the machine's load falls on both
                for inference in (False, True) if compared else (True,):
                    runs[inference].append(timed(workbook, folder, label.split()[0],
                                                 inference))
            on = min(runs[True])
            load = os.getloadavg()[0]
            print(f"{label}, {persons:,} rows ({on[2]:,} persons added): {on[0]:.2f} s (CPU "
                  f"{on[1]:.2f} s) = {on[0] / persons * 1000:.3f} s per 1,000 rows (CPU "
                  f"{on[1] / persons * 1000:.3f} s; best of {repeats}, load {load:.1f})",
                  flush=True)
            if compared:
                off = min(runs[False])
                assert off[2] == on[2], "both imports must add the same persons"
                cost = on[1] / off[1] - 1
                verdict = "within" if cost <= SLOWDOWN_LIMIT else "OVER"
                print(f"  without the cells read: {off[0]:.2f} s (CPU {off[1]:.2f} s); reading "
                      f"them costs {cost:+.1%} CPU time, {on[0] / off[0] - 1:+.1%} wall time: "
                      f"{verdict} the limit of {SLOWDOWN_LIMIT:.0%}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rosters", type=int, default=12,
                        help="rosters per style and kind of header")
    parser.add_argument("--persons", type=int, default=241)
    parser.add_argument("--speed-persons", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-recognition", action="store_true")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), args.child[1], args.child[2] == "on")
        return 0
    print(f"load average {os.getloadavg()[0]:.1f} at the start", flush=True)
    if not args.skip_recognition:
        recognition(args.rosters, args.persons)
    if not args.skip_speed:
        speed(args.speed_persons, args.large, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
