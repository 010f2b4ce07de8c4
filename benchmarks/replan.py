"""Benchmark of re-planning after a cancellation (issue 4: "moves nobody else unless...").

For each demo operation (seed given) it solves and publishes a plan (or takes the plan a
``benchmarks/solve.py --keep FOLDER`` run published, with ``--from FOLDER``: the operation
is then solved once, not twice), disrupts it, and solves again with the published plan as
the reference, through the planning service as ``evacplan solve`` does. Disruptions
(``--disruption``): ``cancel`` the flight that carries the most persons in the plan;
``smaller-aircraft``: that flight's seats halved; ``shelter-closed``: the shelter holding
the most persons closes after the first week (no flight needs to change). It prints, per
size: the persons the disruption forced off their flight (a lower bound of objective 2
whenever objective 1 is kept),
the changes of the new plan and their proven bound (and how it was found), how many persons moved without having
been on the cancelled flight, the re-plan's wall time, and whether objective 1 stayed
proven (and its gap to the bound, in per cent), and when objectives 1 and 2 were settled
(how long each of the two stages took, exact method; "-" for the scaled one), and the
violations of SPEC 3.1 the validators find in the re-plan (0 for a sound plan). Each size
runs in its own process.

    .venv/bin/python benchmarks/replan.py [--sizes 2200 5000] [--seed 1] [--time-limit 30]
        [--method auto|exact|scaled] [--shape crisis] [--disruption cancel ...]
        [--from FOLDER] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rows import child_row  # noqa: E402
from benchmarks.solve import TIME_LIMITS, kept_operation  # noqa: E402

DISRUPTIONS = ("cancel", "smaller-aircraft", "shelter-closed")


def one(people: int, seed: int, time_limit: float, method: str = "auto",
        shape: str = "crisis", disruption: str = "cancel",
        source: Path | None = None) -> dict[str, object]:
    from sqlalchemy import select

    from planner import demo
    from planner.db import open_operation
    from planner.db.models import Plan
    from planner.planning import insights, service
    from planner.planning.problem_builder import build_problem
    from planner.planning.reading import load_assignment
    from solvers.validate import released_pin_ids, validate

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "replan.sqlite"
        kept = kept_operation(source, people, seed, shape) if source else None
        if kept is not None and kept.exists():
            shutil.copyfile(kept, path)  # solved and published by benchmarks/solve.py
            operation = open_operation(str(path))
            with operation.session() as session:
                first = session.scalars(select(Plan.id).where(Plan.published_at.is_not(None))
                                        .order_by(Plan.id.desc())).first()
        else:
            operation = open_operation(str(path), create=True)
            with operation.session() as session:
                demo.create(session, people, seed=seed, shape=demo.SHAPES[shape])
            first = service.solve_and_store(operation, service.PlanningOptions(
                time_limit=time_limit, publish=True, seed=seed))
        assert first is not None
        with operation.session() as session:
            before = load_assignment(session, first)
            problem_sizes = Counter()
            problem = build_problem(session).problem
            for household_id, flight_id in before.flight_of.items():
                problem_sizes[flight_id] += len(problem.household_by_id[household_id].members)
            busiest, forced = problem_sizes.most_common(1)[0]
            cancelled, forced = _disrupt(session, problem, before, busiest, forced, disruption)
        began, cpu = time.perf_counter(), time.process_time()
        second = service.solve_and_store(
            operation, service.PlanningOptions(time_limit=time_limit, seed=seed, method=method))
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        assert second is not None
        with operation.session() as session:
            plan = session.get(Plan, second)
            assert plan is not None
            objectives = dict(plan.objectives)
            bounds = dict(plan.bounds or {})
            status = dict(plan.parameters.get("objective_status", {}))
            method = plan.parameters.get("method")
            changes_method = plan.parameters.get("bound_methods", {}).get("changes")
            repaired = plan.parameters.get("repair")  # the scaled method's repair
            classes = plan.parameters.get("classes")
            stage_seconds = {st["name"]: round(st["seconds"], 1)
                             for st in plan.parameters.get("stages", [])}
            # The re-plan checked by the validators of SPEC 3.1, on the disrupted operation.
            violations = validate(build_problem(session).problem,
                                  load_assignment(session, second),
                                  released_pin_ids(plan.conflicts))
        moves = insights.plan_diff(operation, second)
        hit = {h for h, f in before.flight_of.items() if f == busiest} \
            if disruption != "shelter-closed" else set()
        others = [m for m in moves if m.household_id not in hit]
        others_persons = sum(len(problem.household_by_id[m.household_id].members)
                             for m in others)
        operation.close()
    return {
        "people": people, "seed": seed, "shape": shape, "disruption": disruption,
        "reused_first_plan": kept is not None and kept.exists(),
        "method": method, "classes": classes, "cancelled": cancelled,
        "forced_persons": forced, "changes": objectives.get("changes"),
        "changes_bound": bounds.get("changes", objectives.get("changes")),
        "changes_status": status.get("changes"), "changes_method": changes_method,
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
        "codes": dict(Counter(m.code for m in moves)), "repair": repaired, "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1), "load": round(os.getloadavg()[0], 1),
        "violations": len(violations),
    }


def _disrupt(session, problem, before, busiest: int, persons: int,  # type: ignore[no-untyped-def]
             disruption: str) -> tuple[str, int]:
    """Disrupt the published plan's operation; returns what was disrupted and the persons
    it forces off their flight at least (a lower bound of the changes)."""
    from planner.db.models import Flight, Shelter

    flight = session.get(Flight, busiest)
    assert flight is not None
    named = f"{flight.flight_no} {flight.departure_date}"
    if disruption == "cancel":
        flight.status = "cancelled"
        return named, persons
    if disruption == "smaller-aircraft":
        flight.seats = flight.seats // 2
        # Households fly whole: at least the persons over the new seats get off.
        return f"{named}: {flight.seats} seats", max(0, persons - flight.seats)
    if disruption == "shelter-closed":
        held = Counter(before.shelter_of.values())
        shelter_id = held.most_common(1)[0][0] if held else problem.shelters[0].id
        shelter = session.get(Shelter, shelter_id)
        assert shelter is not None
        shelter.open_until = problem.start + dt.timedelta(days=7)
        return f"{shelter.name} closes {shelter.open_until}", 0
    raise ValueError(disruption)


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
    parser.add_argument("--disruption", nargs="+", choices=DISRUPTIONS, default=["cancel"],
                        help="what happens to the published plan (each is run)")
    parser.add_argument("--from", dest="source", type=Path,
                        help="a folder of operations solved and published by "
                             "benchmarks/solve.py --keep: their plans are the first plans")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.seed, args.time_limit, args.method, args.shape,
                             args.disruption[0], args.source)))
        return
    header = ("people", "seed", "shape", "disruption", "method", "classes", "cancelled", "forced_persons", "changes", "changes_bound",
              "changes_status", "changes_method", "gap_changes_pct", "flown_weight_status", "gap_obj1_pct",
              "others_moved_persons",
              "obj12_s", "wall_s", "cpu_s",
              "load", "violations")
    print(" | ".join(header))
    rows = []
    source = ["--from", str(args.source)] if args.source else []
    for size in args.sizes:
        for disruption in args.disruption:
            limit = args.time_limit if args.time_limit else TIME_LIMITS.get(size, 30.0)
            row = child_row(__file__, ["--one", str(size), "--seed", str(args.seed),
                                       "--time-limit", str(limit), "--method", args.method,
                                       "--shape", args.shape, "--disruption", disruption,
                                       *source], f"{size} {disruption}")
            if row is None:
                continue
            rows.append(row)
            print(" | ".join(str(row[k]) for k in header), "|", row["codes"],
                  *(["| repair", row["repair"]] if row["repair"] else []), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
