"""What keeping time for objective 4's seat-aware bound does (issue 14; docs/decisions.md,
"Objective 4's bound keeps its time").

For each solver time limit it runs the scaled method on the operation twice, each in its
own process, one after the other: as the solvers do now (the seat-aware bound's LP gets
at least ``waiting_bound.reserve_seconds`` of the classes' seconds, also past the limit,
and the bounds of objectives 2, 3 and 5 leave it that time) and without the reserve (the
LP gets only what the limit leaves, none when the plan took it all: as before). It prints
per run: objective 1's value and bound, objective 4's value, bound and how the bound was
found, which of the plan's searches after the first LP ran (M: the whole-household MIP,
N: the nested plan of the seats left; "-": neither), the solve's wall and CPU seconds, the seconds of the plain bounds (the seat-aware
LP among them) and the machine's 1-minute load average when the run ended. The limit is
the solver's own (``evacplan solve --time-limit 10`` at 30,000 persons gives the solver
about 4 s of its 10: the rest is kept for reading, checking and storing).

    evacplan --db OP demo --people 30000 --seed 4
    .venv/bin/python benchmarks/waiting_reserve.py --db OP [--limits 2 4 8] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rows import child_row  # noqa: E402

ARMS = ("reserve", "none")


def one(db: Path, limit: float, arm: str) -> dict[str, object]:
    from planner.db import open_operation
    from planner.planning.problem_builder import build_problem
    from solvers import waiting_bound
    from solvers.solution import SolveOptions
    from solvers.solve import solve

    operation = open_operation(db)
    with operation.session() as session:
        problem = build_problem(session, use_reference=False).problem
    operation.close()
    if arm == "none":
        waiting_bound.reserve_seconds = lambda classes_seconds: 0.0  # type: ignore[assignment]
    began, cpu = time.perf_counter(), time.process_time()
    result = solve(problem, SolveOptions(time_limit=limit, method="scaled"))
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu
    name = "waiting_weighted_days"
    return {"limit": limit, "arm": arm, "persons": len(problem.persons),
            "flown_weight": result.objectives["flown_weight"],
            "flown_weight_bound": round(result.bounds["flown_weight"], 1),
            "waiting": result.objectives[name], "waiting_bound": result.bounds.get(name),
            "waiting_gap_pct": round(100 * (result.objectives[name]
                                            - result.bounds.get(name, 0))
                                     / max(1, result.objectives[name]), 1),
            "waiting_method": result.parameters.get("bound_methods", {}).get(name),
            # whether the plan's own searches ran (the reserve leaves them their time)
            "searches": "".join(flag for flag, key in (("M", "neighbourhood"),
                                                        ("N", "replanned_gain"))
                                if result.parameters.get(key) not in (None, False)) or "-",
            "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "plain_bounds_s": round(result.timings.get("plain_bounds", 0.0), 2),
            "load": round(os.getloadavg()[0], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the operation (SQLite)")
    parser.add_argument("--limits", type=float, nargs="+", default=[2.0, 4.0, 8.0])
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.db, float(args.one[0]), args.one[1])))
        return
    header = ("limit", "arm", "flown_weight", "flown_weight_bound", "waiting",
              "waiting_bound", "waiting_gap_pct", "waiting_method", "searches", "wall_s",
              "cpu_s",
              "plain_bounds_s", "load")
    print(" | ".join(header))
    rows = []
    for limit in args.limits:
        for arm in ARMS:
            row = child_row(__file__, ["--db", str(args.db), "--one", str(limit), arm],
                            f"{limit} {arm}")
            if row is None:
                continue
            rows.append(row)
            print(" | ".join(str(row[k]) for k in header), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
