"""What the cheap bounds of objectives 3-5 cost (solvers/cheap_bounds.py, issue 14).

Every solve that could not bound objective 3, 4 or 5 itself takes these bounds, also when
its time is up, so their time and memory come on top of the time limit (all but the LP of
the seat-aware waiting bound, which keeps to the time left, or runs for at most
``waiting_bound.LP_FLOOR_SECONDS`` when the solve is out of time). For each size it
creates the demo operation (or takes the one ``benchmarks/solve.py --keep FOLDER`` kept,
with ``--from FOLDER``), reads it and forms the classes as a solve does, then times each
bound (wall and CPU seconds) and the whole ``objectives.plain_bounds``, and measures the
peak memory they add (the process's peak resident memory, reset before the bounds by
``/proc/self/clear_refs``, less the resident memory before them). The bound of objective
4 is taken for the weight of a first-come-first-served plan (``benchmarks/solve.py``'s
baseline): any plan's weight is a lower side of objective 1; the size of the LP that
prices its seats (:mod:`solvers.waiting_bound`) is printed too, with the seconds of that
bound's parts (its arrays, the LP, the bound evaluated on every option) beside the seconds
forming the classes took (the solvers keep time for the bound in proportion to those). Each size runs in its own
process; the load is the machine's 1-minute load average when the size ended.

    .venv/bin/python benchmarks/cheap_bounds.py [--sizes 2200 30000 150000] [--seed 1]
        [--from FOLDER] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rows import child_row, report  # noqa: E402
from benchmarks.solve import fcfs, kept_operation  # noqa: E402


def _resident_mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


def _timed(work: Callable[[], Any]) -> tuple[Any, float, float, float]:
    """The result, wall and CPU seconds and the peak memory (MiB) added by ``work``."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")  # the peak resident memory starts again from now
    before = _resident_mib("VmRSS")
    began, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    return result, wall, cpu, _resident_mib("VmHWM") - before


def one(size: int, seed: int, source: Path | None) -> dict[str, object]:
    from planner import demo
    from planner.db import open_operation
    from planner.planning.problem_builder import build_problem
    from solvers import cheap_bounds, objectives, waiting_bound
    from solvers.prepared import Prepared

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bounds.sqlite"
        kept = kept_operation(source, size, seed, "crisis") if source else None
        if kept is not None and kept.exists():
            shutil.copyfile(kept, path)
            operation = open_operation(path)
        else:
            operation = open_operation(path, create=True)
            with operation.session() as session:
                demo.create(session, size, seed=seed)
        with operation.session() as session:
            problem = build_problem(session, use_reference=False).problem
        operation.close()
    prepared = Prepared.of(problem)
    classes = prepared.classes
    weight = objectives.evaluate(problem, fcfs(problem))["flown_weight"]
    row: dict[str, object] = {
        "persons": size, "seed": seed, "classes": len(classes),
        "options": sum(len(c.facts.arrays) for c in classes), "flown_weight": weight,
        "classes_s": round(prepared.seconds, 2),
        # objective 1's plain bound (every household with an option), beside weight_by_seats
        "plain_flown_weight": sum(c.facts.weight * c.count for c in classes
                                  if len(c.facts.arrays))}
    parts: dict[str, Callable[[], Any]] = {
        "weight_by_seats": lambda: cheap_bounds.flown_weight(problem, classes),
        "overflow": lambda: cheap_bounds.overflow_nights(problem, classes),
        "first_choice": lambda: cheap_bounds.first_choices(problem, classes),
        "waiting_no_seats": lambda: cheap_bounds.knapsack_waiting(classes, weight),
        "waiting_seats": lambda: waiting_bound.seat_aware_waiting(problem, classes, weight),
        "all": lambda: objectives.plain_bounds(problem, classes, weight),
    }
    for name, work in parts.items():
        value, wall, cpu, memory = _timed(work)
        row[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                     "peak_mib": round(memory, 1),
                     "value": value if isinstance(value, dict) else
                     None if value is None else round(float(value), 1)}
    # The seat-aware bound's three parts: its arrays, the LP of its prices, the bound
    # evaluated on every option (what the solvers' reserve for it must cover).
    def arrays_of() -> tuple[Any, Any]:
        flight_classes = waiting_bound.FlightClasses.of(problem)
        return flight_classes, waiting_bound.ClassArrays.of(classes, flight_classes)

    (flight_classes, arrays), arrays_wall, arrays_cpu, _ = _timed(arrays_of)
    prices, lp_wall, lp_cpu, _ = _timed(lambda: waiting_bound.lp_prices(
        arrays, flight_classes, weight, waiting_bound.LP_SECONDS))
    _, value_wall, value_cpu, _ = _timed(lambda: prices and waiting_bound.lagrangian_value(
        arrays, flight_classes, weight, prices))
    chain = waiting_bound.ChainLp.build(arrays, flight_classes, weight)
    row["waiting_lp"] = {"columns": chain.lp.num_col_, "rows": chain.lp.num_row_} \
        if chain is not None else None
    row["waiting_parts"] = {
        name: {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}
        for name, wall, cpu in (("arrays", arrays_wall, arrays_cpu), ("lp", lp_wall, lp_cpu),
                                ("evaluation", value_wall, value_cpu))}
    row["waiting_parts"]["prices_found"] = prices is not None
    row["load"] = round(os.getloadavg()[0], 1)
    return row


def table(rows: list[dict[str, Any]]) -> str:
    names = ("weight_by_seats", "overflow", "first_choice", "waiting_no_seats", "waiting_seats",
             "all")
    lines = ["| persons | classes | options | " + " | ".join(
        f"{n} wall s (CPU s), peak MiB" for n in names) + " | load |",
        "|" + "---|" * (len(names) + 4)]
    for r in rows:
        cells = [f"{r[n]['wall_s']} ({r[n]['cpu_s']}), {r[n]['peak_mib']}" for n in names]
        lines.append(f"| {r['persons']:,} | {r['classes']:,} | {r['options']:,} | "
                     + " | ".join(cells) + f" | {r['load']} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2200, 30000, 150000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--from", dest="source", type=Path, metavar="FOLDER",
                        help="take the operations benchmarks/solve.py --keep FOLDER kept")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.seed, args.source)))
        return
    rows = []
    for size in args.sizes:
        extra = ["--from", str(args.source)] if args.source else []
        row = child_row(__file__, ["--one", str(size), "--seed", str(args.seed), *extra],
                        str(size))
        if row is not None:
            rows.append(row)
    report(rows, table, lambda r: (
        f"{r['persons']:,}: weight {r['flown_weight']:,} (first come, first served; "
        f"objective 1 at most {r['weight_by_seats']['value']:,} by every flight's seats, "
        f"{r['plain_flown_weight']:,} every household with an option), "
        f"bounds {r['all']['value']}, waiting without seats "
        f"{r['waiting_no_seats']['value']}, the seat prices' LP {r['waiting_lp']}, "
        f"classes formed in {r['classes_s']} s\n    the seat-aware bound's parts, wall s "
        "(CPU s): " + ", ".join(
            f"{name} {r['waiting_parts'][name]['wall_s']} "
            f"({r['waiting_parts'][name]['cpu_s']})"
            for name in ("arrays", "lp", "evaluation"))
        + ("" if r["waiting_parts"]["prices_found"] else " (the LP gave no prices)")),
        args.json)


if __name__ == "__main__":
    main()
