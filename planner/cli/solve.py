"""``evacplan solve`` (SPEC 5), and ``publish``, ``pin``, ``unpin``, ``plan-diff``,
``freed-seat`` for the planner's other jobs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.common import open_from_args, parse_date
from planner.files import atomic_output
from planner.planning import insights, pins, service
from planner.planning.reading import plan_json
from solvers.solution import Progress, ProgressCallback


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from exc
    if value <= 0:
        raise argparse.ArgumentTypeError("the time limit must be more than 0 seconds")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("solve", help="make a plan and store it")
    parser.add_argument("--start", type=parse_date, help="plan start date (default: settings)")
    parser.add_argument("--time-limit", type=_positive_seconds, default=60.0,
                        help="seconds the solver may take (default 60)")
    parser.add_argument("--json", type=Path, metavar="OUT.json",
                        help="also write the plan as JSON (SPEC 5)")
    parser.add_argument("--publish", action="store_true", help="publish the plan")
    parser.add_argument("--method", choices=("auto", "exact", "scaled"), default="auto",
                        help="exact (CP-SAT) or scaled (LP on household classes); "
                             "auto picks by size")
    parser.add_argument("--no-reference", action="store_true",
                        help="ignore the published plan (objective 2)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.set_defaults(handler=run_solve)

    publish = subparsers.add_parser("publish", help="publish a stored plan")
    publish.add_argument("plan_id", type=int)
    publish.set_defaults(handler=run_publish)

    pin = subparsers.add_parser("pin", help="keep a household's flight or shelter, or a "
                                            "person's document slot, in every plan")
    pin.add_argument("kind", choices=("flight", "shelter", "slot"))
    pin.add_argument("subject", help="household code or case number (slot: case number)")
    pin.add_argument("target", help="flight 'FLIGHT_NO YYYY-MM-DD', shelter name or slot id")
    pin.add_argument("--note")
    pin.set_defaults(handler=run_pin)

    unpin = subparsers.add_parser("unpin", help="remove a pin")
    unpin.add_argument("kind", choices=("flight", "shelter", "slot"))
    unpin.add_argument("subject")
    unpin.set_defaults(handler=run_unpin)

    freed = subparsers.add_parser("freed-seat", help="rank who could take a flight's free seats")
    freed.add_argument("flight", help="'FLIGHT_NO YYYY-MM-DD'")
    freed.add_argument("--plan", type=int)
    freed.add_argument("--top", type=int, default=10)
    freed.set_defaults(handler=run_freed)

    diff = subparsers.add_parser("plan-diff", help="who moved between two plans, and why")
    diff.add_argument("plan_id", type=int)
    diff.add_argument("--against", type=int)
    diff.set_defaults(handler=run_diff)


def _figure(value: float) -> str:
    """A count or a weight as the officer reads it: whole numbers without decimals,
    thousands separated ("233,338"), a fractional bound to one decimal."""
    if abs(value - round(value)) < 1e-6:
        return f"{round(value):,}"
    return f"{value:,.1f}"


def progress_line(report: Progress) -> str:
    """One line for a solver's report. A report may carry no plan yet (``best`` None: an LP
    round of the scaled method, HiGHS before its first plan) and no bound."""
    line = f"  {report.elapsed:6.1f} s  {report.stage}: {report.objective}"
    if report.best is not None:
        line += f" {_figure(report.best)}"
    if report.bound is not None:
        line += f"{',' if report.best is not None else ''} bound {_figure(report.bound)}"
    return line


def _progress_printer(quiet: bool) -> ProgressCallback | None:
    if quiet:
        return None
    last = {"stage": ""}

    def show(report: Progress) -> None:
        if report.stage.endswith("done") or report.stage != last["stage"]:
            last["stage"] = report.stage
            print(progress_line(report), file=sys.stderr, flush=True)

    return show


def run_solve(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        options = service.PlanningOptions(
            start=args.start, time_limit=args.time_limit, method=args.method,
            publish=args.publish, use_reference=not args.no_reference)
        plan_id = service.solve_and_store(operation, options, _progress_printer(args.quiet))
        if plan_id is None:
            print("Cancelled before any plan was found; nothing was stored.")
            return 1
        with operation.session() as session:
            document = plan_json(session, plan_id)
        if args.json:
            with atomic_output(args.json) as temp:
                temp.write_text(json.dumps(document, ensure_ascii=False, indent=1),
                                encoding="utf-8")
    finally:
        operation.close()
    objectives = document["objectives"]
    households = document["households"]
    flown = sum(1 for h in households if h["flight"])
    print(f"Stored plan {plan_id} ({document['status']}, {document['solve_seconds']:.1f} s): "
          f"{objectives['flown_persons']} persons in {flown} of {len(households)} households "
          f"fly, priority weight {objectives['flown_weight']}, "
          f"{objectives['overflow_person_nights']} person-nights without a bed, "
          f"{len(document['conflicts'])} conflict(s)"
          + (", published" if args.publish else ""))
    for name, bound in document["bounds"].items():
        print(f"  {name}: {objectives.get(name)} (proven bound {_figure(bound)})")
    if args.json:
        print(f"Wrote {args.json}")
    return 0


def run_publish(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        service.publish_plan(operation, args.plan_id)
    finally:
        operation.close()
    print(f"Published plan {args.plan_id}")
    return 0


def run_pin(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        pin_id = pins.pin(operation, args.kind, args.subject, args.target, args.note)
    finally:
        operation.close()
    print(f"Pinned {args.subject} to {args.kind} {args.target} (pin {pin_id})")
    return 0


def run_unpin(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        removed = pins.unpin(operation, args.kind, args.subject)
    finally:
        operation.close()
    print(f"Removed the {args.kind} pin of {args.subject}" if removed
          else f"{args.subject} had no {args.kind} pin; nothing changed")
    return 0


def run_freed(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        found = insights.freed_seat_candidates(operation, args.flight, args.plan)
    finally:
        operation.close()
    if not found:
        print(f"Nobody else can take a seat on {args.flight}")
    for c in found[: args.top]:
        where = f" (now on {c.current_flight})" if c.current_flight else ""
        print(f"{c.household}: {c.persons} person(s), {c.seats} seat(s), gain {c.gain}, "
              f"waiting {c.waiting_days} day(s){where}")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        moves = insights.plan_diff(operation, args.plan_id, args.against)
    finally:
        operation.close()
    if not moves:
        print("No household changed flight")
    for move in moves:
        print(f"{move.household}: {move.before or '-'} -> {move.after or '-'}: {move.text}")
    return 0
