"""Benchmark of the planner on demo operations: one table for 2,200, 20,000, 150,000 persons.

For each size it creates the demo operation (seed 1) in a temporary SQLite file, solves it
through the planning service (method chosen automatically, or --method), validates the plan,
and runs a first-come-first-served baseline (households in registration order, earliest
flight with seats, medical room and a document slot in time). Each size runs in its own
process so that peak memory is that size's alone.

    .venv/bin/python benchmarks/solve.py [--sizes 2200 20000 150000] [--time-limit 30]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fcfs(problem):  # type: ignore[no-untyped-def]
    """First come, first served: registration order, earliest flight that fits."""
    from solvers.classes import make_classes  # noqa: F401  (same options as the planner)
    from solvers.options import household_facts
    from solvers.repair import Capacities
    from solvers.rules.pins import screen
    from solvers.solution import Assignment

    screened = screen(problem)
    plan = Assignment()
    caps = Capacities(problem, plan)
    for fact in household_facts(problem, screened):
        for option in sorted(fact.options, key=lambda o: (o.date, o.flight_id)):
            flight = problem.flight_by_id[option.flight_id]
            if caps.seats[flight.id] + option.seats > flight.seats:
                continue
            cap = flight.medical_capacity
            if cap is not None and caps.medical[flight.id] + option.medical > cap:
                continue
            taken = []
            needing = [p for p in problem.members(fact.household) if p.needs_document]
            for person in needing:
                slot_id = caps.take_slot(person, flight.id)
                if slot_id is None:
                    break
                taken.append((person.id, slot_id))
            if len(taken) < len(needing):
                for _, slot_id in taken:
                    caps.slots[slot_id] -= 1
                continue
            plan.flight_of[fact.household.id] = flight.id
            plan.slot_of.update(taken)
            caps.seats[flight.id] += option.seats
            caps.medical[flight.id] += option.medical
            break
    return plan


def one(size: int, time_limit: float, method: str) -> dict[str, object]:
    from planner import demo
    from planner.db import open_operation
    from planner.db.models import Plan
    from planner.planning import service
    from planner.planning.problem_builder import build_problem
    from planner.planning.reading import load_assignment
    from solvers.objectives import evaluate
    from solvers.validate import released_pin_ids, validate

    with tempfile.TemporaryDirectory() as folder:
        operation = open_operation(Path(folder) / "bench.sqlite", create=True)
        with operation.session() as session:
            demo.create(session, size, seed=1)
        began = time.perf_counter()
        plan_id = service.solve_and_store(operation, service.PlanningOptions(
            time_limit=time_limit, method=method, use_reference=False))
        wall = time.perf_counter() - began
        with operation.session() as session:
            plan = session.get(Plan, plan_id)
            assert plan is not None
            problem = build_problem(session, use_reference=False).problem
            assignment = load_assignment(session, plan_id)
            violations = validate(problem, assignment, released_pin_ids(plan.conflicts))
            row = {"persons": size, "wall_s": round(wall, 1),
                   "solve_s": round(plan.solve_seconds, 1),
                   "method": plan.parameters.get("method"),
                   "status": plan.status, **plan.objectives,
                   "bound_flown_weight": plan.bounds.get("flown_weight",
                                                         plan.objectives["flown_weight"]),
                   "bounds": plan.bounds, "violations": len(violations)}
        baseline = evaluate(problem, fcfs(problem))
        operation.close()
    bound = float(row["bound_flown_weight"])  # type: ignore[arg-type]
    row["gap_flown_weight_pct"] = round(100 * (bound - row["flown_weight"]) / max(bound, 1), 3)  # type: ignore[operator]
    row["fcfs_flown_weight"] = baseline["flown_weight"]
    row["gain_over_fcfs_pct"] = round(
        100 * (row["flown_weight"] - baseline["flown_weight"]) / max(baseline["flown_weight"], 1), 1)  # type: ignore[operator]
    row["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2200, 20000, 150000])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--method", default="auto")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.time_limit, args.method)))
        return
    columns = ("persons", "method", "status", "wall_s", "solve_s", "flown_weight",
               "bound_flown_weight", "gap_flown_weight_pct", "flown_persons",
               "overflow_person_nights", "waiting_weighted_days", "first_choice",
               "fcfs_flown_weight", "gain_over_fcfs_pct", "peak_mb", "violations")
    print(" | ".join(columns))
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--time-limit",
                              str(args.time_limit), "--method", args.method],
                             capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{size} | failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(" | ".join(str(row.get(c, "")) for c in columns), flush=True)
        print(f"  other bounds: {row['bounds']}", flush=True)


if __name__ == "__main__":
    main()
