"""Are the plans the same before and after a change that should not change them?

Solves demo operations by both methods with a time limit no stage reaches (small sizes:
every stage ends by itself, so the plans do not depend on the machine's speed or load)
and writes every household's flight and shelter and every person's document slot, with
the objectives, bounds and status, as JSON. Run it in each checkout, then compare:

    .venv/bin/python benchmarks/same_plans.py --out /tmp/after.json [--sizes 300 800]
        [--seeds 1 2] [--shapes crisis tight-beds]
    cd OTHER_CHECKOUT && .venv/bin/python benchmarks/same_plans.py --out /tmp/before.json
    .venv/bin/python benchmarks/same_plans.py --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def plans(size: int, seed: int, shape: str, time_limit: float) -> dict[str, Any]:
    from planner import demo
    from planner.db import open_operation
    from planner.planning.problem_builder import build_problem
    from solvers.solution import SolveOptions
    from solvers.solve import solve

    with tempfile.TemporaryDirectory() as folder:
        operation = open_operation(Path(folder) / "same.sqlite", create=True)
        with operation.session() as session:
            demo.create(session, size, seed=seed, shape=demo.SHAPES[shape])
        with operation.session() as session:
            problem = build_problem(session, use_reference=False).problem
        operation.close()
    out = {}
    for method in ("exact", "scaled"):
        result = solve(problem, SolveOptions(time_limit=time_limit, method=method))
        plan = result.assignment
        out[f"{size} seed {seed} {shape} {method}"] = {
            "flight_of": sorted(plan.flight_of.items()),
            "shelter_of": sorted(plan.shelter_of.items()),
            "slot_of": sorted(plan.slot_of.items()),
            "objectives": result.objectives, "bounds": result.bounds,
            "status": result.status}
        print(f"{size} seed {seed} {shape} {method}: {result.status} {result.objectives}",
              flush=True)
    return out


def compare(before: Path, after: Path) -> int:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    differ = 0
    for key in sorted(set(old) | set(new)):
        if key not in old or key not in new:
            print(f"{key}: only in {'after' if key in new else 'before'}")
            differ += 1
            continue
        fields = [f for f in old[key] if old[key][f] != new[key].get(f)]
        households = len(old[key]["flight_of"])
        print(f"{key}: {'same' if not fields else 'DIFFERENT: ' + ', '.join(fields)} "
              f"({households} households flown, {len(old[key]['slot_of'])} slots)")
        differ += bool(fields)
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 800])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shapes", nargs="+", default=["crisis", "tight-beds"])
    parser.add_argument("--time-limit", type=float, default=600.0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        raise SystemExit(compare(*args.compare))
    rows: dict[str, Any] = {}
    for size in args.sizes:
        for seed in args.seeds:
            for shape in args.shapes:
                rows.update(plans(size, seed, shape, args.time_limit))
    if args.out:
        args.out.write_text(json.dumps(rows, sort_keys=True, default=str))


if __name__ == "__main__":
    main()
