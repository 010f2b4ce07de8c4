"""CPU time of the reasons for the households a plan leaves behind (solvers/explain.py).

Makes a demo operation of ``--people`` persons (seed ``--seed``) and plans it with
``evacplan solve`` unless ``--db`` names an operation that has a plan already, then times
``explain_unflown`` on the latest plan, best of three, and prints how many households it
explained, the reasons by code, and the load average; then times rendering every reason
in English and in Indonesian (``planner.words.render``, best of three), as the manifests'
unassigned sheet and the Results screen word them::

    .venv/bin/python benchmarks/explain_reasons.py --people 20000 [--db OP.sqlite]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--db", type=Path, help="an operation with a stored plan")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from planner.db import open_operation
    from planner.db.models import Plan
    from planner.planning.reading import load_assignment
    from planner.planning.service import PlanningOptions, read_snapshot
    from planner.words.catalogue import catalogue_words
    from planner.words.render import ENGLISH, render
    from solvers.explain import PlanUsage, explain_unflown

    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "op.sqlite"
            evacplan = [sys.executable, "-c",
                        "import sys; from planner.cli import main; sys.exit(main())",
                        "--db", str(db)]
            subprocess.run([*evacplan, "demo", "--people", str(args.people), "--seed",
                            str(args.seed)], check=True)
            subprocess.run([*evacplan, "solve", "--quiet", "--time-limit",
                            str(args.time_limit)], check=True)
        operation = open_operation(db)
        try:
            built = read_snapshot(operation, PlanningOptions(use_reference=False))
            with operation.session() as session:
                plan_id = session.scalar(select(func.max(Plan.id)))
                plan = load_assignment(session, plan_id)
        finally:
            operation.close()
        problem = built.problem
        usage = PlanUsage.of(problem, plan)
        best = float("inf")
        for _ in range(3):
            began = time.process_time()
            reasons = explain_unflown(problem, plan, [], usage)
            best = min(best, time.process_time() - began)
    codes = Counter(r["code"] for found in reasons.values() for r in found)
    print(f"{len(problem.persons):,} persons, plan {plan_id}: {len(reasons):,} households left "
          f"behind explained in {best:.2f} s of CPU (best of 3); load average "
          f"{os.getloadavg()[0]:.1f}")
    print("reasons: " + ", ".join(f"{code} {count:,}" for code, count in codes.most_common()))
    every = [r for found in reasons.values() for r in found]
    for name, words in (("English", ENGLISH), ("Indonesian", catalogue_words("id"))):
        took = float("inf")
        for _ in range(3):
            began = time.process_time()
            for reason in every:
                render(reason, words)
            took = min(took, time.process_time() - began)
        print(f"rendered {len(every):,} reasons in {name} in {took:.3f} s of CPU "
              f"({len(every) / max(took, 1e-9):,.0f} a second, best of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
