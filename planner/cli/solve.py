"""``evacplan solve`` (SPEC 5), and ``publish``, ``pin``, ``unpin``, ``plan-diff``,
``freed-seat`` for the planner's other jobs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import WrongValue, lazy_module, open_from_args, parse_date, said, words_of
from planner.errors import PlannerError
from planner.words.render import ALL_VALUE_WORDS, ENGLISH, Words, decimal_text, render
from planner.words.templates import QT_TR_NOOP
from solvers.reasons import Reason

if TYPE_CHECKING:
    from planner.db import Operation
    from planner.planning import bounds, empty_plan, insights, pins, reading, service
    from planner.protection import audit, files
    from solvers.solution import Progress, ProgressCallback
else:  # the planner's modules (OR-Tools, HiGHS) are read when a planning command runs
    bounds, empty_plan, insights, pins, reading, service = (
        lazy_module(f"planner.planning.{name}") for name in (
            "bounds", "empty_plan", "insights", "pins", "reading", "service"))
    audit, files = (lazy_module(f"planner.protection.{name}") for name in ("audit", "files"))


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise WrongValue("argument_not_seconds", value=text) from exc
    problem = bounds.time_limit_problem(value)
    if problem is not None:
        raise WrongValue(problem.code, **problem.facts)
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("solve", help=QT_TR_NOOP("make a plan and store it"))
    parser.add_argument("--start", type=parse_date, help=QT_TR_NOOP("plan start date (default: settings)"))
    parser.add_argument("--time-limit", type=_positive_seconds, default=60.0,
                        help=QT_TR_NOOP("seconds the solver may take (default 60)"))
    parser.add_argument("--json", type=Path, metavar="OUT.json",
                        help=QT_TR_NOOP("also write the plan as JSON (SPEC 5)"))
    parser.add_argument("--publish", action="store_true", help=QT_TR_NOOP("publish the plan"))
    parser.add_argument("--method", choices=("auto", "exact", "scaled"), default="auto",
                        help=QT_TR_NOOP("exact (CP-SAT) or scaled (LP on household classes); "
                             "auto picks by size"))
    parser.add_argument("--no-reference", action="store_true",
                        help=QT_TR_NOOP("ignore the published plan (objective 2)"))
    parser.add_argument("--quiet", action="store_true", help=QT_TR_NOOP("no progress lines"))
    parser.set_defaults(handler=run_solve)

    publish = subparsers.add_parser("publish", help=QT_TR_NOOP("publish a stored plan"))
    publish.add_argument("plan_id", type=int)
    publish.set_defaults(handler=run_publish)

    pin = subparsers.add_parser("pin", help=QT_TR_NOOP("keep a household's flight or shelter, or a "
                                            "person's document slot, in every plan"))
    pin.add_argument("kind", choices=("flight", "shelter", "slot"))
    pin.add_argument("subject", help=QT_TR_NOOP("household code or case number (slot: case number)"))
    pin.add_argument("target", help=QT_TR_NOOP("flight 'FLIGHT_NO YYYY-MM-DD', shelter name or slot id"))
    pin.add_argument("--note")
    pin.set_defaults(handler=run_pin)

    unpin = subparsers.add_parser("unpin", help=QT_TR_NOOP("remove a pin"))
    unpin.add_argument("kind", choices=("flight", "shelter", "slot"))
    unpin.add_argument("subject")
    unpin.set_defaults(handler=run_unpin)

    freed = subparsers.add_parser("freed-seat", help=QT_TR_NOOP("rank who could take a flight's free seats"))
    freed.add_argument("flight", help=QT_TR_NOOP("'FLIGHT_NO YYYY-MM-DD'"))
    freed.add_argument("--plan", type=int)
    freed.add_argument("--top", type=int, default=10)
    freed.set_defaults(handler=run_freed)

    diff = subparsers.add_parser("plan-diff", help=QT_TR_NOOP("who moved between two plans, and why"))
    diff.add_argument("plan_id", type=int)
    diff.add_argument("--against", type=int)
    diff.set_defaults(handler=run_diff)


def _figure(value: float, words: Words = ENGLISH) -> str:
    """A count or a weight as the officer reads it: whole numbers without decimals,
    thousands separated ("233,338"; Indonesian "233.338"), a fractional bound to one
    decimal."""
    if abs(value - round(value)) < 1e-6:
        return words.number(round(value))
    return decimal_text(value, words, 1)


def objective_name(name: str, words: Words = ENGLISH) -> str:
    """An objective as a progress or bound line names it: in a language that translates
    its name, the desktop's Plan screen's word for it ("Bobot prioritas yang
    diterbangkan"); in English its identifier (``flown_weight``), the key of ``--json``'s
    objectives and bounds that scripts read."""
    label = ALL_VALUE_WORDS["objective"].get(name)
    if label is None:
        return name
    translated = words.translate(label)
    return name if translated == label else translated


def progress_line(report: Progress, words: Words = ENGLISH) -> str:
    """One line for a solver's report, in the language of ``words``. A report may carry
    no plan yet (``best`` None: an LP round of the scaled method, HiGHS before its first
    plan) and no bound, and a stage of the whole job (checking, storing) no objective.
    The notice that the time limit cannot hold is a stage too (``BudgetNotice``)."""
    return "  " + said(words, "progress_line",
                       seconds=decimal_text(report.elapsed, words, 1).rjust(6),
                       stage=report.stage.as_json(),
                       objective=objective_name(report.objective, words) or None,
                       best=None if report.best is None else _figure(report.best, words),
                       bound=None if report.bound is None else _figure(report.bound, words))


def _progress_printer(quiet: bool, words: Words = ENGLISH) -> ProgressCallback | None:
    if quiet:
        return None
    last = {"stage": "", "closed": False}

    def show(report: Progress) -> None:
        if last["closed"]:
            return
        if report.done or report.stage != last["stage"]:
            last["stage"] = report.stage
            try:
                print(progress_line(report, words), file=sys.stderr, flush=True)
            except (BrokenPipeError, ValueError):
                # Nobody reads the progress any more: the plan is made and stored all
                # the same (a failed write must not stop the solver).
                last["closed"] = True

    return show


def seat_line(changes: insights.SeatChanges, words: Words = ENGLISH) -> str:
    """What a publish does to the seats people were told of, in one line."""
    if changes.against is None:
        return said(words, "seats_none_before")
    if changes.against == changes.plan_id:
        return said(words, "seats_same_plan", plan=str(changes.plan_id))
    lose = Reason("seats_lose", {"count": changes.lose, "households":
                                 changes.households_losing if changes.lose else 0})
    return said(words, "seats_against", against=str(changes.against),
                plan=str(changes.plan_id) if changes.any else None, lose=lose.as_json(),
                change=Reason("seats_change", {"count": changes.change}).as_json(),
                gain=Reason("seats_gain", {"count": changes.gain}).as_json())


def run_solve(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        options = service.PlanningOptions(
            start=args.start, time_limit=args.time_limit, method=args.method,
            publish=args.publish, use_reference=not args.no_reference,
            started=getattr(args, "started", None))
        published_before = service.published_plan_id(operation) if args.publish else None
        printer = _progress_printer(args.quiet, words)
        job: dict[str, float] = {}

        def progress(report: Progress) -> None:
            if report.stage == service.STORED_STAGE:  # the whole job's seconds, as said
                job["seconds"] = report.elapsed
            if printer is not None:
                printer(report)

        plan_id = service.solve_and_store(operation, options, progress)
        if plan_id is None:
            print(said(words, "solve_cancelled"))
            return 1
        with operation.session() as session:
            summary = reading.plan_summary(session, plan_id)
            # The whole document only for --json (listing every household to count them
            # took 2.2 s at 30,000 persons).
            document = reading.plan_json(session, plan_id) if args.json else None
            empty = empty_plan.nothing_planned(session, plan_id)
        changes = insights.seat_changes(operation, plan_id, published_before) \
            if args.publish and published_before is not None else None
        json_failed = _write_plan_json(operation, document, args.json) \
            if args.json and document is not None else None
    finally:
        operation.close()
    objectives = summary["objectives"]
    # The solver's seconds and the whole job's (reading, checking, storing: what the time
    # limit and the progress lines count).
    how = Reason("solve_how", {
        "status": summary["status"], "method": summary["method"] or None,
        "seconds": decimal_text(summary["solve_seconds"], words, 1),
        "job": decimal_text(job["seconds"], words, 1) if "seconds" in job else None})
    flown = Reason("solve_flown", {"persons": objectives["flown_persons"],
                                   "flown": summary["flown_households"],
                                   "households": summary["households"]})
    print(said(words, "solve_stored", plan=str(plan_id), how=how.as_json(), flown=flown.as_json(),
               weight=objectives["flown_weight"],
               nights=objectives["overflow_person_nights"], conflicts=summary["conflicts"],
               published=args.publish))
    for name, bound in summary["bounds"].items():
        print("  " + said(words, "solve_bound", objective=objective_name(name, words),
                          value=_figure(objectives.get(name, 0), words),
                          bound=_figure(bound, words)))
    if empty is not None:
        print(render(empty, words))
    if args.publish:
        print(seat_line(changes or insights.SeatChanges(plan_id, None), words))
    if json_failed is not None:
        raise PlannerError.of("solve_json_failed", plan=str(plan_id), why=json_failed)
    if args.json:
        print(said(words, "wrote_file", path=str(args.json)))
    return 0


def _failure(error: PlannerError) -> dict[str, Any]:
    """An error as a fact of another sentence: its reason's JSON, or its sentence."""
    return error.reason.as_json() if error.reason is not None else {"code": "",
                                                                    "text": str(error)}


def _write_plan_json(operation: Operation, document: dict[str, Any],
                     target: Path) -> dict[str, Any] | None:
    """Write the plan's JSON, audited before it appears (SPEC 7); the reason it failed, or None.

    The plan is stored by then: a full disk or a read-only folder must not read as if
    the solve had failed.
    """
    try:
        with files.atomic_output(target) as temp, operation.session() as session:
            temp.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
            audit.record(session, "export", "plan", str(document["plan_id"]), {
                "format": "json", "file": target.name,
                "households": len(document["households"]),
            })
    except PlannerError as exc:
        return _failure(exc)
    return None


def run_publish(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        # Said before the plan is published: the seats it takes away or moves.
        print(said(words, "publishing", plan=str(args.plan_id),
                   seats=seat_line(insights.seat_changes(operation, args.plan_id), words)),
              flush=True)
        with operation.session() as session:
            empty = empty_plan.nothing_planned(session, args.plan_id)
        if empty is not None:
            print(render(empty, words), flush=True)
        service.publish_plan(operation, args.plan_id)
    finally:
        operation.close()
    print(said(words, "published", plan=str(args.plan_id)))
    return 0


def run_pin(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        # A pin the next plan would release is refused (pins.pin, as on the desktop).
        pin_id = pins.pin(operation, args.kind, args.subject, args.target, args.note)
    finally:
        operation.close()
    print(said(words, "pinned", subject=args.subject, kind=args.kind, target=args.target,
               pin=str(pin_id)))
    return 0


def run_unpin(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        removed = pins.unpin(operation, args.kind, args.subject)
    finally:
        operation.close()
    print(said(words, "unpinned" if removed else "unpin_none", kind=args.kind,
               subject=args.subject))
    return 0


def run_freed(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        found = insights.freed_seat_candidates(operation, args.flight, args.plan)
    finally:
        operation.close()
    if not found:
        print(said(words, "freed_nobody", flight=args.flight))
    for c in found[: args.top]:
        print(said(words, "freed_candidate", household=c.household, persons=c.persons,
                   seats=c.seats, gain=c.gain, days=c.waiting_days,
                   now_on=c.current_flight or None))
    return 0


def run_diff(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            other = insights.compared_with(session, args.plan_id, args.against)
        moves = insights.plan_diff(operation, args.plan_id, args.against)
    finally:
        operation.close()
    if other is None and args.against == args.plan_id:
        print(said(words, "diff_itself", plan=str(args.plan_id)))
    elif other is None:
        print(said(words, "diff_no_other", plan=str(args.plan_id)))
    else:
        if other > args.plan_id:
            print(said(words, "diff_older", plan=str(args.plan_id), other=str(other)))
        if not moves:
            print(said(words, "diff_none", other=str(other), plan=str(args.plan_id)))
    for move in moves:
        print(f"{move.household}: {move.before or '-'} -> {move.after or '-'}: "
              f"{render(move.why, words)}")
    return 0
