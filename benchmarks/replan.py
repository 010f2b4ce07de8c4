"""Benchmark of re-planning after a cancellation (issue 4: "moves nobody else unless...").

For each demo operation (seed given) it solves and publishes a plan, cancels the flight that
carries the most persons in it, and solves again with the published plan as the reference,
through the planning service as ``evacplan solve`` does. It prints, per size: the persons
the cancellation forced off (a lower bound of objective 2 whenever objective 1 is kept),
the changes of the new plan and their proven bound, how many persons moved without having
been on the cancelled flight, the re-plan's wall time, and whether objective 1 stayed
proven (and its gap to the bound, in per cent), and when objectives 1 and 2 were settled
(how long each of the two stages took, exact method; "-" for the scaled one). Each size runs in its own process.

    .venv/bin/python benchmarks/replan.py [--sizes 2200 5000] [--seed 1] [--time-limit 30]
        [--method auto|exact|scaled] [--shape crisis] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.solve import TIME_LIMITS  # noqa: E402


def one(people: int, seed: int, time_limit: float, method: str = "auto",
        shape: str = "crisis") -> dict[str, object]:
    from planner import demo
    from planner.db import open_operation
    from planner.db.models import Flight, Plan
    from planner.planning import insights, service
    from planner.planning.reading import load_assignment

    with tempfile.TemporaryDirectory() as folder:
        operation = open_operation(str(Path(folder) / "replan.sqlite"), create=True)
        with operation.session() as session:
            demo.create(session, people, seed=seed, shape=demo.SHAPES[shape])
        first = service.solve_and_store(
            operation, service.PlanningOptions(time_limit=time_limit, publish=True, seed=seed))
        assert first is not None
        with operation.session() as session:
            before = load_assignment(session, first)
            problem_sizes = Counter()
            from planner.planning.problem_builder import build_problem

            problem = build_problem(session).problem
            for household_id, flight_id in before.flight_of.items():
                problem_sizes[flight_id] += len(problem.household_by_id[household_id].members)
            busiest, forced = problem_sizes.most_common(1)[0]
            flight = session.get(Flight, busiest)
            assert flight is not None
            cancelled = f"{flight.flight_no} {flight.departure_date}"
            flight.status = "cancelled"
        began = time.perf_counter()
        second = service.solve_and_store(
            operation, service.PlanningOptions(time_limit=time_limit, seed=seed, method=method))
        wall = time.perf_counter() - began
        assert second is not None
        with operation.session() as session:
            plan = session.get(Plan, second)
            assert plan is not None
            objectives = dict(plan.objectives)
            bounds = dict(plan.bounds or {})
            status = dict(plan.parameters.get("objective_status", {}))
            method = plan.parameters.get("method")
            classes = plan.parameters.get("classes")
            stage_seconds = {st["name"]: round(st["seconds"], 1)
                             for st in plan.parameters.get("stages", [])}
        moves = insights.plan_diff(operation, second)
        hit = {h for h, f in before.flight_of.items() if f == busiest}
        others = [m for m in moves if m.household_id not in hit]
        others_persons = sum(len(problem.household_by_id[m.household_id].members)
                             for m in others)
        operation.close()
    return {
        "people": people, "seed": seed, "shape": shape, "method": method, "classes": classes, "cancelled": cancelled,
        "forced_persons": forced, "changes": objectives.get("changes"),
        "changes_bound": bounds.get("changes", objectives.get("changes")),
        "changes_status": status.get("changes"),
        "gap_changes_pct": round(100 * (objectives.get("changes", 0)
                                        - bounds.get("changes", objectives.get("changes", 0)))
                                 / max(1, objectives.get("changes", 0)), 1),
        "gap_obj1_pct": round(100 * (bounds.get("flown_weight", objectives["flown_weight"])
                                     - objectives["flown_weight"])
                              / max(1.0, bounds.get("flown_weight", 1.0)), 3),
        "flown_weight_status": status.get("flown_weight"),
        "others_moved_households": len(others), "others_moved_persons": others_persons,
        "obj12_s": (f"{stage_seconds.get('flown_weight', '-')}/"
                    f"{stage_seconds.get('changes', '-')}"),
        "codes": dict(Counter(m.code for m in moves)), "wall_s": round(wall, 1),
        "load": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2200, 5000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=None,
                        help="seconds of each solve (default: 30, 60 at 5,000 and 120 at "
                             "150,000 persons, as benchmarks/solve.py)")
    parser.add_argument("--method", choices=("auto", "exact", "scaled"), default="auto",
                        help="the re-plan's method (the first plan's is chosen as usual)")
    parser.add_argument("--shape", default="crisis",
                        help="demo shape (planner.demo.SHAPES)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.seed, args.time_limit, args.method, args.shape)))
        return
    header = ("people", "seed", "shape", "method", "classes", "cancelled", "forced_persons", "changes", "changes_bound",
              "changes_status", "gap_changes_pct", "flown_weight_status", "gap_obj1_pct",
              "others_moved_persons",
              "obj12_s", "wall_s",
              "load")
    print(" | ".join(header))
    rows = []
    for size in args.sizes:
        limit = args.time_limit if args.time_limit else TIME_LIMITS.get(size, 30.0)
        run = subprocess.run([sys.executable, __file__, "--one", str(size), "--seed",
                              str(args.seed), "--time-limit", str(limit),
                              "--method", args.method, "--shape", args.shape],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(f"{size}: failed\n{run.stderr[-2000:]}")
            continue
        row = json.loads(run.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(" | ".join(str(row[k]) for k in header), "|", row["codes"], flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
