"""Every benchmark of the program, one after the other, and one table of what each measured.

``make bench`` runs this. Each benchmark runs in its own process at the sizes of issue 8
(2,200, 20,000 and 150,000 persons) and writes its figures as JSON rows; the table at the
end has a row per operation, size and database: wall time with the CPU time of the
measured process beside it, its peak memory, the proven gap of objective 1 where the row
is a plan, and the load average when it finished (2 cores shared with other work: above
2, wall times grow with the load). The full output of each benchmark follows the table.

With ``--postgres SERVER_URL`` the planner (at 20,000 persons), the roster import and the
manifests export (at every size) also run on fresh databases of that PostgreSQL server,
and the table ends with PostgreSQL's time over SQLite's for each.

Each operation is planned once: the re-plans start from the plans the planner benchmark
published (``solve.py --keep``, ``replan.py --from``), and 150,000 persons are planned by
``evacplan solve`` on SQLite only (the desktop program's solve is its own measure).

A run interrupted, or still running, has left each finished benchmark's JSON rows in its
folder (``/tmp/evacplan-run-all-*``): ``--tables-from FOLDER`` prints the tables of those
(with the same --quick and --postgres as the run).

    .venv/bin/python benchmarks/run_all.py [--quick] [--postgres SERVER_URL] [--skip NAME ...]
        [--tables-from FOLDER]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SIZES = (2200, 20000, 150000)
#: The planner's time limit per size, as benchmarks/solve.py gives it.
TIME_LIMITS = {2200: 30, 5000: 60, 20000: 30, 150000: 120}
#: Issue 14: the planner at these sizes, for several seeds and for shapes it was not
#: tuned on, and re-plans after a cancellation up to the biggest size.
PLAN_SIZES = (2200, 5000, 20000, 150000)
PLAN_SEEDS = (2, 3)
SEED_SIZES = (2200, 5000, 20000)
SHAPES = ("tight-seats", "loose-seats", "tight-beds", "loose-beds", "tight-slots",
          "loose-slots")
REPLAN_SIZES = (2200, 5000, 10000, 20000, 150000)
#: Disruptions other than a cancelled flight, re-planned up to this size.
OTHER_DISRUPTIONS = ("smaller-aircraft", "shelter-closed")
OTHER_DISRUPTION_SIZES = (2200, 5000, 20000)
#: The size at which the planner also runs on PostgreSQL.
POSTGRES_PLAN_SIZE = 20000


@dataclass
class Job:
    name: str
    command: list[str]
    #: Turns the job's JSON rows into rows of the table.
    rows: Any = None


def _planner_rows(data: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for r in data:
        status = r.get("objective_status", {}).get("flown_weight")
        gap = r.get("gaps", {}).get("flown_weight")
        label = "" if (r.get("seed", 1), r.get("shape", "crisis")) == (1, "crisis") else \
            f", seed {r.get('seed', 1)}, {r.get('shape', 'crisis')}"
        yield {"benchmark": f"planner ({r['method']}, {r['status']}{label}; whole solve "
               "and store)", "plan": r,
               "persons": r["persons"], "database": r.get("database", "SQLite"),
               "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "peak_mib": r["peak_mb"],
               "load": r["load"], "violations": r["violations"],
               "gap": "0 (proven)" if status == "optimal" else
               "-" if gap is None else f"{100 * gap:.3f} %"}


def _replan_rows(data: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for r in data:
        yield {"benchmark": f"re-plan ({r['method']}), {r.get('disruption', 'cancel')}: "
               f"{r['changes']} changes, bound {r['changes_bound']:.0f}, "
               f"{r['forced_persons']} forced",
               "persons": r["people"], "database": "SQLite", "wall_s": r["wall_s"],
               "cpu_s": r.get("cpu_s", float("nan")), "load": r["load"], "replan": r,
               "gap": "0 (proven)" if r["flown_weight_status"] == "optimal"
               else f"{r['gap_obj1_pct']:.3f} %"}


def _as_they_are(data: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from data


def jobs(quick: bool, postgres: str | None, folder: Path) -> list[Job]:
    sizes = SIZES[:2] if quick else SIZES
    big = sizes[-1]
    pg = ["--postgres", postgres] if postgres else []
    made: list[Job] = []

    def add(name: str, command: list[str], rows: Any) -> None:
        out = folder / f"{len(made)}.json"
        made.append(Job(name, [PYTHON, *command, "--json", str(out)], rows))

    plan_sizes = [n for n in PLAN_SIZES if n <= big]
    kept = folder / "planned"
    add("planner", ["benchmarks/solve.py", "--sizes", *map(str, plan_sizes), "--keep",
                    str(kept)], _planner_rows)
    if postgres:
        add("planner on PostgreSQL", ["benchmarks/solve.py", "--sizes",
                                      str(POSTGRES_PLAN_SIZE), *pg, "--only-postgres"],
            _planner_rows)
    seed_sizes = [str(n) for n in SEED_SIZES if n <= big]
    add("planner, other seeds", ["benchmarks/solve.py", "--sizes", *seed_sizes, "--seeds",
                                 *map(str, PLAN_SEEDS)], _planner_rows)
    add("planner, other shapes", ["benchmarks/solve.py", "--sizes", *seed_sizes,
                                  "--shapes", *SHAPES], _planner_rows)
    add("re-plan after a cancellation",
        ["benchmarks/replan.py", "--sizes", *(str(n) for n in REPLAN_SIZES if n <= big),
         "--from", str(kept)], _replan_rows)
    add("re-plan after other disruptions",
        ["benchmarks/replan.py", "--sizes", *(str(n) for n in OTHER_DISRUPTION_SIZES
                                              if n <= big),
         "--disruption", *OTHER_DISRUPTIONS, "--from", str(kept)], _replan_rows)
    add("roster import", ["benchmarks/import_roster.py", "--persons", str(big), "--small",
                          *map(str, sizes[:-1]), *pg], _as_they_are)
    add("manifests export", ["benchmarks/export_manifests.py", "--persons",
                             *map(str, sizes), *pg], _as_they_are)
    for size in sizes:
        db = f"/tmp/evacplan-bench-{size}.sqlite"
        made.append(Job(f"roster table (desktop), {size:,} persons",
                        [PYTHON, "benchmarks/ui_roster.py", "--people", str(size), "--db", db],
                        size))
        add(f"solving from the desktop program, {size:,} persons",
            ["benchmarks/ui_results.py", "--what", "solve", "--people", str(size), "--db", db,
             "--time-limit", str(TIME_LIMITS[size])], _as_they_are)
    return made


def roster_rows(size: int, stdout: str, load: float) -> Iterator[dict[str, Any]]:
    """The roster benchmark prints a table of text: its opening time and memory."""
    opened = memory = None
    for line in stdout.splitlines():
        words = line.split()
        if "filled and painted" in line:
            # "... 0.57 s (CPU 0.58 s) ok"
            at = words.index("s")
            opened = (float(words[at - 1]), float(words[at + 2]))
        elif "process memory" in line:
            memory = int(words[words.index("MB") - 1])
    if opened is not None:
        yield {"benchmark": "roster table (desktop): opened, filled and painted",
               "persons": size, "database": "SQLite", "wall_s": opened[0], "cpu_s": opened[1],
               "peak_mib": memory, "load": round(load, 1), "peak_is_rss": True}
    for line in stdout.splitlines():
        if "per keystroke" in line:
            yield {"benchmark": "roster table (desktop): search keystroke, "
                   + line.split(")", 1)[1].strip().split("  ")[0], "persons": size,
                   "database": "SQLite", "load": round(load, 1)}


def _time(row: dict[str, Any]) -> str:
    if "wall_s" not in row:
        return "-"
    if row.get("cpu_s") is None or row["cpu_s"] != row["cpu_s"]:  # NaN: not measured
        return f"{row['wall_s']:.2f}"
    return f"{row['wall_s']:.2f} ({row['cpu_s']:.2f})"


OBJECTIVE_COLUMNS = (("flown_weight", "weight flown"), ("overflow_person_nights", "overflow"),
                     ("waiting_weighted_days", "waiting"), ("first_choice", "first choices"))


def _closeness(plans: list[dict[str, Any]], name: str) -> str:
    """"proven" when every plan closed the objective, else the widest gap of them."""
    gaps = []
    for plan in plans:
        if plan["objective_status"].get(name) == "optimal":
            gaps.append(0.0)
        else:
            gap = plan["gaps"].get(name)
            gaps.append(float("inf") if gap is None else gap)
    if all(g == 0 for g in gaps):
        return f"proven ({len(gaps)}/{len(gaps)})"
    proven = sum(1 for g in gaps if g == 0)
    return f"{100 * max(gaps):.2f} % ({proven}/{len(gaps)} proven)"


def _span(values: Any) -> str:
    """"low-high" of some figures, or the one figure."""
    values = sorted(values)
    return f"{values[0]}" if values[0] == values[-1] else f"{values[0]}-{values[-1]}"


def readme_tables(rows: list[dict[str, Any]]) -> list[str]:
    """The README's performance tables: how fast, how close to the bound, how much memory."""
    plans = [r["plan"] for r in rows if "plan" in r and r["database"] == "SQLite"]
    base = {p["persons"]: p for p in plans if (p.get("seed", 1), p.get("shape")) in
            ((1, "crisis"), (1, None))}
    desktop = {(r["persons"], r["benchmark"].split(":")[1].split("(")[0].strip()): r
               for r in rows if r["benchmark"].startswith("desktop solve")}
    lines = ["How fast: `evacplan solve` (read, solve, check, store; wall s, CPU s) and the "
             "desktop program's Plan screen, demo seed 1",
             "", "| persons | method | time limit s | solve and store s | objective 1 "
             "settled s | desktop: first report s | plan shown s | Cancel answered s | load |",
             "|---|---|---|---|---|---|---|---|---|"]
    for persons, p in sorted(base.items()):
        first = desktop.get((persons, "first progress report on the screen"), {})
        shown = desktop.get((persons, "plan stored and shown"), {})
        cancel = next((r for (n, k), r in desktop.items()
                       if n == persons and k.startswith("Cancel")), {})
        lines.append(f"| {persons:,} | {p['method']} | {p['time_limit']:.0f} | "
                     f"{p['wall_s']} ({p['cpu_s']}) | {p['obj1_s']} | "
                     f"{first.get('wall_s', '-')} | {shown.get('wall_s', '-')} | "
                     f"{cancel.get('wall_s', '-')} | {p['load']} |")
    lines += ["", "How close to the proven bound of each objective (the widest gap of the "
              "plans of a row, and how many were proven optimal)", "",
              "| persons | operations | " + " | ".join(t for _, t in OBJECTIVE_COLUMNS)
              + " | CPU s | load |", "|---|---|" + "---|" * len(OBJECTIVE_COLUMNS) + "---|---|"]
    for persons in sorted({p["persons"] for p in plans}):
        mine = [p for p in plans if p["persons"] == persons]
        crisis = [p for p in mine if p.get("shape", "crisis") == "crisis"]
        shapes = [p for p in mine if p.get("shape", "crisis") != "crisis"]
        for label, group in ((f"seeds {', '.join(str(p['seed']) for p in crisis)}",
                              crisis), (f"{len(shapes)} other shapes, seed 1", shapes)):
            if group:
                lines.append(f"| {persons:,} | {label} | " + " | ".join(
                    _closeness(group, name) for name, _ in OBJECTIVE_COLUMNS)
                    + f" | {_span(p['cpu_s'] for p in group)} "
                    f"| {_span(p['load'] for p in group)} |")
    replans = [r["replan"] for r in rows if "replan" in r]
    if replans:
        lines += ["", "Re-plans of a published plan (demo seed 1): the flight carrying the "
                  "most persons cancelled, or given half its seats, or the fullest shelter "
                  "closed after a week; persons moved, and the proven least number", "",
                  "| persons | disruption | method | forced off | persons moved | proven at "
                  "least | within | objective 1 | wall s (CPU s) | load |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for r in replans:
            within = "proven" if r["changes_status"] == "optimal" else \
                f"{r['gap_changes_pct']:.1f} %"
            first = "proven" if r["flown_weight_status"] == "optimal" else \
                f"{r['gap_obj1_pct']:.3f} % from bound"
            lines.append(f"| {r['people']:,} | {r.get('disruption', 'cancel')} | "
                         f"{r['method']} | {r['forced_persons']:,} | {r['changes']:,} | "
                         f"{r['changes_bound']:,.0f} | {within} | {first} | "
                         f"{r['wall_s']} ({r.get('cpu_s', '-')}) | {r['load']} |")
    lines += ["", "How much memory (peak MiB of the process)", "",
              "| persons | `evacplan solve` | desktop program while it solves | its solver "
              "process |", "|---|---|---|---|"]
    for persons, p in sorted(base.items()):
        shown = desktop.get((persons, "plan stored and shown"), {})
        lines.append(f"| {persons:,} | {p['peak_mb']:,} | {shown.get('peak_mib', '-')} | "
                     f"{shown.get('solver_peak_mib', '-')} |")
    return lines


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = ["| persons | database | operation | wall s (CPU s) | peak MiB | gap obj 1 | load |",
             "|---|---|---|---|---|---|---|"]
    order = {name: i for i, name in enumerate(dict.fromkeys(r["benchmark"].split(":")[0]
                                                           .split(" (")[0] for r in rows))}
    rows = sorted(rows, key=lambda r: (r["persons"], order[r["benchmark"].split(":")[0]
                                                         .split(" (")[0]]))
    for r in rows:
        peak = r.get("peak_mib")
        shown = "-" if peak is None else f"{peak:,}" + (" (RSS)" if r.get("peak_is_rss") else "")
        lines.append(f"| {r['persons']:,} | {r['database']} | {r['benchmark']} | {_time(r)} "
                     f"| {shown} | {r.get('gap', '')} | {r['load']} |")
    return lines


def ratios(rows: list[dict[str, Any]]) -> list[str]:
    """PostgreSQL's wall time over SQLite's, for each operation and size run on both."""
    pairs: dict[tuple[int, str], dict[str, dict[str, Any]]] = {}
    for r in rows:
        plan = r.get("plan", {})
        if (plan.get("seed", 1), plan.get("shape", "crisis")) != (1, "crisis"):
            continue  # the planner on other seeds and shapes ran on SQLite only
        pairs.setdefault((r["persons"], r["benchmark"].split(" (")[0]), {})[r["database"]] = r
    lines = []
    for (persons, name), both in pairs.items():
        if "SQLite" in both and "PostgreSQL" in both and "wall_s" in both["SQLite"]:
            sqlite, postgres = both["SQLite"], both["PostgreSQL"]
            ratio = postgres["wall_s"] / sqlite["wall_s"]
            lines.append(f"- {name}, {persons:,} persons: PostgreSQL {postgres['wall_s']:.2f} s, "
                         f"SQLite {sqlite['wall_s']:.2f} s: {ratio:.2f}x "
                         f"({'within' if ratio <= 2 else 'OVER'} 2x; CPU of the program "
                         f"{postgres['cpu_s'] / sqlite['cpu_s']:.2f}x)")
    return lines


def rows_left(quick: bool, postgres: str | None, folder: Path) -> list[dict[str, Any]]:
    """The rows of the benchmarks whose JSON (or roster text) is in ``folder``."""
    rows: list[dict[str, Any]] = []
    for job in jobs(quick, postgres, folder):
        if isinstance(job.rows, int):
            text = folder / f"{job.rows}.roster.txt"
            if text.exists():
                load, _, stdout = text.read_text().partition("\n")
                rows += roster_rows(job.rows, stdout, float(load))
            continue
        result = Path(job.command[job.command.index("--json") + 1])
        if result.exists():
            rows += job.rows(json.loads(result.read_text()))
    return rows


def print_tables(rows: list[dict[str, Any]]) -> None:
    print("\n".join(readme_tables(rows)))
    print("\nEvery row:\n")
    print("\n".join(table(rows)))
    print("\n".join(["", *ratios(rows)]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 persons at most")
    parser.add_argument("--postgres", metavar="SERVER_URL",
                        default=os.environ.get("EVACPLAN_TEST_POSTGRES_URL"),
                        help="PostgreSQL server for the comparison (default: "
                             "EVACPLAN_TEST_POSTGRES_URL)")
    parser.add_argument("--skip", nargs="*", default=[], help="benchmarks to leave out "
                        "(words of their names)")
    parser.add_argument("--tables-from", type=Path, metavar="FOLDER",
                        help="print the tables of the rows a run left in FOLDER")
    args = parser.parse_args()
    if args.tables_from:
        print_tables(rows_left(args.quick, args.postgres, args.tables_from))
        return
    rows: list[dict[str, Any]] = []
    outputs = []
    began_all, load_before = time.perf_counter(), os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="evacplan-run-all-") as temp:
        for job in jobs(args.quick, args.postgres, Path(temp)):
            if any(word in job.name for word in args.skip):
                continue
            print(f"running {job.name}: {' '.join(job.command[1:])}", file=sys.stderr,
                  flush=True)
            began = time.perf_counter()
            out = subprocess.run(job.command, cwd=ROOT, capture_output=True, text=True,
                                 check=False)
            seconds, load = time.perf_counter() - began, os.getloadavg()[0]
            outputs.append((job, seconds, load, out))
            if isinstance(job.rows, int):
                rows += roster_rows(job.rows, out.stdout, load)
                (Path(temp) / f"{job.rows}.roster.txt").write_text(f"{load}\n{out.stdout}")
                continue
            result = Path(job.command[job.command.index("--json") + 1])
            if result.exists():
                rows += job.rows(json.loads(result.read_text()))
    print(f"{os.cpu_count()} cores; load average {load_before[0]:.1f} before, "
          f"{os.getloadavg()[0]:.1f} at the end; {(time.perf_counter() - began_all) / 60:.0f} "
          "minutes in all.\n")
    print_tables(rows)
    print("\n| benchmark | command | ran for s | exit | load |")
    print("|---|---|---|---|---|")
    for job, seconds, load, out in outputs:
        shown = " ".join(["python", *job.command[1:]])
        print(f"| {job.name} | `{shown}` | {seconds:.0f} | {out.returncode} | {load:.1f} |")
    for job, _, _, out in outputs:
        print(f"\n## {job.name}\n\n$ {' '.join(['python', *job.command[1:]])}\n")
        print(out.stdout.rstrip())
        if out.returncode != 0:
            print(out.stderr.rstrip()[-2000:])


if __name__ == "__main__":
    main()
