"""Benchmark of the planner on demo operations: one table for 2,200, 20,000, 150,000 persons.

For each size it creates the demo operation (seed 1) in a temporary SQLite file, solves it
through the planning service as ``evacplan solve`` does (method chosen automatically, or
--method; the time limit covers reading, solving, checking and storing), validates the
stored plan independently, and runs a first-come-first-served baseline (households in
registration order, each on the earliest flight with seats, medical room and a document
slot in time). Each size runs in its own process, so peak memory is that size's alone.

Columns: wall = the whole solve-and-store (with the CPU time it used: on a shared machine
the wall time grows with the load, the CPU time is what an idle core would take); obj1_s = when objective 1 was proven (exact) or
its plan made (scaled); gap = (bound - value) / bound of each objective with a bound;
load = the 1-minute load average of the machine when the size finished (2 cores: above 2,
the figures are slower than on an idle machine).

With ``--keep FOLDER`` each SQLite operation is kept there with its plan published, so that
``benchmarks/replan.py --from FOLDER`` re-plans it without solving it again.

    .venv/bin/python benchmarks/solve.py [--sizes 2200 5000 20000 150000] [--time-limit auto]
        [--seeds 1 2 3] [--shapes crisis tight-seats loose-beds ...] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rows import child_row, report  # noqa: E402
from planner.demo import SHAPES  # noqa: E402

#: Time limit per size when --time-limit is "auto": the targets of issues 4, 8 and 14.
TIME_LIMITS = {2200: 30.0, 5000: 60.0, 20000: 30.0, 150000: 120.0}


def kept_operation(folder: Path, size: int, seed: int, shape: str) -> Path:
    """Where ``--keep`` keeps the operation of a size, seed and shape."""
    return folder / f"bench-{size}-seed{seed}-{shape}.sqlite"


def fcfs(problem):  # type: ignore[no-untyped-def]
    """First come, first served: registration order, earliest flight that fits."""
    import numpy as np

    from solvers.options import household_facts
    from solvers.rounding import SlotMatcher
    from solvers.rules.pins import screen
    from solvers.solution import Assignment

    screened = screen(problem)
    plan = Assignment()
    size = max((f.id for f in problem.flights), default=0) + 1
    seats = np.zeros(size, dtype=np.int64)
    medical = np.zeros(size, dtype=np.int64)
    for flight in problem.flights:
        seats[flight.id] = flight.seats
        medical[flight.id] = 1 << 40 if flight.medical_capacity is None else \
            flight.medical_capacity
    slots = SlotMatcher(problem, screened)
    for fact in household_facts(problem, screened):
        a = fact.arrays
        if not len(a):
            continue
        fits = np.flatnonzero((seats[a.flight_id] >= a.seats) & (medical[a.flight_id] >= a.medical))
        needing = slots.needing(fact.household.id)
        for i in fits.tolist():
            flight_id = int(a.flight_id[i])
            taken = slots.take(needing, flight_id)
            if taken is None:
                continue
            plan.flight_of[fact.household.id] = flight_id
            plan.slot_of.update(taken)
            seats[flight_id] -= int(a.seats[i])
            medical[flight_id] -= int(a.medical[i])
            break
    return plan


def one(size: int, time_limit: float, method: str, postgres: str | None = None,
        seed: int = 1, shape: str = "crisis", keep: Path | None = None) -> dict[str, object]:
    from planner import demo
    from planner.db import open_operation
    from planner.db.models import Plan
    from planner.planning import service
    from planner.planning.problem_builder import build_problem
    from planner.planning.reading import load_assignment
    from solvers.objectives import evaluate
    from solvers.validate import released_pin_ids, validate
    from tests.scratch import scratch_database

    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        target: str | Path = Path(folder) / "bench.sqlite"
        if postgres:
            target = stack.enter_context(scratch_database(postgres, "evacplan_bench"))
        operation = open_operation(target, create=True)
        with operation.session() as session:
            demo.create(session, size, seed=seed, shape=demo.SHAPES[shape])
        began, cpu = time.perf_counter(), time.process_time()
        plan_id = service.solve_and_store(operation, service.PlanningOptions(
            time_limit=time_limit, method=method, use_reference=False,
            publish=keep is not None and not postgres))
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        with operation.session() as session:
            plan = session.get(Plan, plan_id)
            assert plan is not None
            problem = build_problem(session, use_reference=False).problem
            assignment = load_assignment(session, plan_id)
            violations = validate(problem, assignment, released_pin_ids(plan.conflicts))
            parameters = plan.parameters
            timings = parameters.get("timings", {})
            row = {"persons": size, "seed": seed, "shape": shape,
                   "households": len(problem.households),
                   "time_limit": time_limit, "wall_s": round(wall, 1),
                   "cpu_s": round(cpu, 1),
                   "method": parameters.get("method"), "status": plan.status,
                   **plan.objectives, "bounds": plan.bounds,
                   "gaps": parameters.get("gaps", {}),
                   "objective_status": parameters.get("objective_status", {}),
                   "bound_methods": parameters.get("bound_methods", {}),
                   "obj1_s": round(_objective_one_seconds(parameters), 1),
                   "timings": {k: round(v, 2) for k, v in timings.items()},
                   "violations": len(violations)}
        baseline = evaluate(problem, fcfs(problem))
        operation.close()
        if keep is not None and not postgres:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, kept_operation(keep, size, seed, shape))
    row["fcfs_flown_weight"] = baseline["flown_weight"]
    row["gain_over_fcfs_pct"] = round(
        100 * (row["flown_weight"] - baseline["flown_weight"])  # type: ignore[operator]
        / max(baseline["flown_weight"], 1), 1)
    row["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    row["load"] = round(os.getloadavg()[0], 1)
    row["database"] = "PostgreSQL" if postgres else "SQLite"
    return row


def _objective_one_seconds(parameters: dict) -> float:  # type: ignore[type-arg]
    """Seconds from the start of the solve until objective 1 was settled."""
    timings = parameters.get("timings", {})
    if parameters.get("method") == "exact":
        stages = parameters.get("stages", [])
        first = stages[0]["seconds"] if stages else 0.0
        return float(timings.get("build", 0) + timings.get("warm_start", 0) + first)
    return float(sum(timings.get(k, 0) for k in ("classes", "build", "lp_flown_weight",
                                                "neighbourhood", "round_fill")))


def _gap(row: dict, name: str) -> str:  # type: ignore[type-arg]
    gap = row["gaps"].get(name)
    status = row["objective_status"].get(name, "")
    if status == "optimal":
        return "0 (proven)"
    if gap is None:
        return "-"
    return f"{100 * gap:.3f} %"


def table(rows: list[dict]) -> str:  # type: ignore[type-arg]
    lines = [
        "| persons | seed | shape | database | method | wall s (CPU s) | obj 1 s "
        "| flown weight (gap) | overflow (gap) | waiting (gap) | first choice (gap) "
        "| FCFS gain | peak MB | violations | load |",
        "|" + "---|" * 15,
    ]
    for r in rows:
        lines.append(
            f"| {r['persons']:,} | {r.get('seed', 1)} | {r.get('shape', 'crisis')} "
            f"| {r.get('database', 'SQLite')} | {r['method']} | {r['wall_s']} ({r['cpu_s']}) "
            f"| {r['obj1_s']} | {r['flown_weight']:,} ({_gap(r, 'flown_weight')}) "
            f"| {r['overflow_person_nights']:,} ({_gap(r, 'overflow_person_nights')}) "
            f"| {r['waiting_weighted_days']:,} ({_gap(r, 'waiting_weighted_days')}) "
            f"| {r['first_choice']:,} ({_gap(r, 'first_choice')}) "
            f"| +{r['gain_over_fcfs_pct']} % | {r['peak_mb']:,} | {r['violations']} "
            f"| {r['load']} |")
    return "\n".join(lines)


def run(sizes: list[int], time_limit: str, method: str, postgres: str | None = None,
        seeds: tuple[int, ...] = (1,), shapes: tuple[str, ...] = ("crisis",),
        keep: Path | None = None) -> list[dict]:  # type: ignore[type-arg]
    rows = []
    for size in sizes:
        for seed in seeds:
            for shape in shapes:
                limit = TIME_LIMITS.get(size, 60.0) if time_limit == "auto" \
                    else float(time_limit)
                extra = ["--postgres", postgres] if postgres else []
                if keep is not None:
                    extra += ["--keep", str(keep)]
                row = child_row(__file__, ["--one", str(size), "--time-limit", str(limit),
                                           "--method", method, "--seeds", str(seed),
                                           "--shapes", shape, *extra],
                                f"{size} seed {seed} {shape}")
                if row is not None:
                    rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2200, 5000, 20000, 150000])
    parser.add_argument("--time-limit", default="auto",
                        help="seconds for every size, or 'auto' (30 / 30 / 120)")
    parser.add_argument("--method", default="auto")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1],
                        help="demo seeds (each size is planned for each seed and shape)")
    parser.add_argument("--shapes", nargs="+", default=["crisis"], choices=sorted(SHAPES),
                        help="demo shapes: how scarce seats, beds and slots are "
                             "(planner.demo.SHAPES; 'crisis' is the one the planner was "
                             "tuned on)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--postgres", metavar="SERVER_URL",
                        help="also run each size on a fresh database of this PostgreSQL "
                             "server (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres)")
    parser.add_argument("--only-postgres", action="store_true",
                        help="with --postgres, plan on PostgreSQL only")
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="keep each SQLite operation here with its plan published "
                             "(for benchmarks/replan.py --from FOLDER)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, float(args.time_limit), args.method, args.postgres,
                             args.seeds[0], args.shapes[0], args.keep)))
        return
    seeds, shapes = tuple(args.seeds), tuple(args.shapes)
    rows = [] if args.only_postgres else \
        run(args.sizes, args.time_limit, args.method, None, seeds, shapes, args.keep)
    if args.postgres:
        rows += run(args.sizes, args.time_limit, args.method, args.postgres, seeds, shapes)
    report(rows, table, lambda r: (
        f"{r['persons']:,} seed {r['seed']} {r['shape']} ({r.get('database', 'SQLite')}):"
        f" status {r['status']}, bounds {r['bounds']} ({r['bound_methods']}), "
        f"timings {r['timings']}"), args.json)


if __name__ == "__main__":
    main()
