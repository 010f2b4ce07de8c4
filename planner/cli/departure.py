"""The departure day on the command line (SPEC 8.3 and 8.4): ``call-list``, ``checkin``,
``close``, ``depart``, ``arrive`` and ``status``.

Each command is one transaction: it changes whole households or nothing, prints what it
changed, and refuses what makes no sense with one line (``PlannerError``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.common import open_from_args
from planner.departure import call_list
from planner.departure.checkin import Refused, check_in, check_in_lines
from planner.departure.closing import close_flight
from planner.departure.common import described
from planner.departure.departing import SETTABLE, arrive, depart, set_status, settable
from planner.departure.sms import sms_text
from planner.errors import PlannerError
from planner.plurals import counted

SETTABLE_NAMES = tuple(status.value for status in SETTABLE)
FLIGHT_HELP = "the flight: 'FLIGHT_NO YYYY-MM-DD' (\"QZ 8205 2026-02-03\"), its key"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    calls = subparsers.add_parser(
        "call-list", help="write a flight's call-forward list (.csv for SMS/WhatsApp "
                          "gateways, or .xlsx) and mark its passengers called")
    calls.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    calls.add_argument("out", metavar="OUT", type=Path, help="OUT.csv or OUT.xlsx")
    calls.add_argument("--plan", type=int, help="plan id (default: the published plan)")
    calls.add_argument("--reference", metavar="CODE",
                       help="the operation's reference code the messages carry (kept in "
                            "the settings for the next lists)")
    calls.add_argument("--preview", action="store_true",
                       help="print the first message and the count only; write nothing")
    calls.set_defaults(handler=run_call_list)

    checkin = subparsers.add_parser(
        "checkin", help="check persons in for a flight (whole households)")
    checkin.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    checkin.add_argument("case_nos", metavar="CASE_NO", nargs="*")
    checkin.add_argument("--file", type=Path, metavar="SCANS.txt",
                         help="scanned codes, one per line")
    # nargs="*": "--standby" may come before the case numbers too (they are then its own).
    checkin.add_argument("--standby", nargs="*", metavar="CASE_NO",
                         help="persons not on the flight, hoping for a freed seat")
    checkin.set_defaults(handler=run_checkin)

    close = subparsers.add_parser(
        "close", help="close a flight: no-shows off, standby households into freed seats")
    close.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    close.set_defaults(handler=run_close)

    leave = subparsers.add_parser("depart", help="a closed flight departs: its checked-in "
                                                 "passengers are flown")
    leave.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    leave.set_defaults(handler=run_depart)

    land = subparsers.add_parser("arrive", help="a departed flight's passengers (or those "
                                                "named) are handed over")
    land.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    land.add_argument("case_nos", metavar="CASE_NO", nargs="*", default=[],
                      help="a member names the whole household")
    land.set_defaults(handler=run_arrive)

    status = subparsers.add_parser(
        "status", help="set persons self_departed, withdrawn, missing, or back to registered")
    # The case numbers and --set are checked by run_status, not by argparse, so that
    # a missing one or a status the command does not set is refused in one line
    # naming it, like every other refusal (argparse would print its usage first).
    status.add_argument("case_nos", metavar="CASE_NO", nargs="*", default=[])
    status.add_argument("--set", dest="to", metavar="|".join(SETTABLE_NAMES),
                        help="the status to give the persons named")
    status.add_argument("--reason", help="why (required for withdrawn)")
    status.set_defaults(handler=run_status)
    # A wrong use (an argument missing, an unknown option) is refused in one line by
    # every command's parser: planner.cli.CommandParser.


class _NothingWritten(Exception):
    """Rolls a preview's transaction back."""


#: Longest line of a scans file shown back in a refusal.
SHOWN = 40


def _scans(path: Path) -> tuple[list[tuple[str, str]], list[Refused]]:
    """The lines of a scans file that say something, as ("line N", text), and those that
    are not UTF-8 text (refused here, with their bytes shown)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PlannerError(f"Cannot read the scans in {path}: {exc}") from exc
    lines, garbled = [], []
    for number, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").splitlines(), start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            garbled.append(Refused(f"line {number}", repr(raw)[2:-1],
                                   "not text (bytes that are not UTF-8)"))
            continue
        if text.strip():
            lines.append((f"line {number}", text))
    return lines, garbled


def _line_order(refused: Refused) -> tuple[bool, int]:
    kind, _, number = refused.where.partition(" ")
    return kind == "line", int(number)


def _shown(text: str) -> str:
    text = text.strip()
    shown = text if len(text) <= SHOWN else text[:SHOWN - 1] + "\u2026"
    return shown if shown.isprintable() else repr(shown)


def run_call_list(args: argparse.Namespace) -> int:
    path: Path = args.out
    call_list.format_of(path)
    operation = open_from_args(args)
    try:
        if args.preview:
            try:
                with operation.session() as session:
                    flight, plan_id, rows = call_list.prepare(session, args.flight,
                                                              args.plan, args.reference)
                    _preview(flight.key, plan_id, rows)
                    raise _NothingWritten  # a preview changes nothing, not even the code
            except _NothingWritten:
                return 0
        written = call_list.write(operation, args.flight, path, args.plan, args.reference)
    finally:
        operation.close()
    _preview(written.flight, written.plan_id, written.rows)
    rows, called = written.rows, written.called
    print(f"Wrote {counted(len(rows), 'person')} to {path}")
    print(f"Marked called: {counted(sum(c.persons for c in called), 'person')} in "
          f"{counted(len(called), 'household')}")
    return 0


def _preview(flight: str, plan_id: int, rows: list[call_list.CallRow]) -> None:
    first = rows[0]
    print(f"Call list for {flight}, plan {plan_id}: {counted(len(rows), 'person')}; "
          f"report by {first.report_time:%Y-%m-%d %H:%M} at {first.report_place}")
    for language, message in (("Indonesian", first.message_id), ("English", first.message_en)):
        print(f"Message preview ({language}, {sms_text(message)}):")
        print(f"  {message}")


def run_checkin(args: argparse.Namespace) -> int:
    standby = args.standby is not None
    names = [*args.case_nos, *(args.standby or [])]
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            if args.file is None:
                result = check_in(session, args.flight, names, standby=standby)
            else:
                # A file of scans is checked in household by household: one bad line
                # must not send a desk's hour of good scans back.
                scanned, garbled = _scans(args.file)
                lines = [*((f"argument {n}", c) for n, c in enumerate(names, start=1)),
                         *scanned]
                if not lines and not garbled:
                    raise PlannerError(f"No case number in {args.file}")
                result = check_in_lines(session, args.flight, lines, standby=standby)
                result.refused = sorted([*result.refused, *garbled], key=_line_order)
    finally:
        operation.close()
    what = "standby" if result.standby else "passengers"
    persons = sum(h.persons for h in result.checked_in)
    print(f"Checked in for {result.flight} ({what}): {counted(persons, 'person')} in "
          f"{counted(len(result.checked_in), 'household')}"
          + (f": {described(result.checked_in)}" if result.checked_in else ""))
    if result.already:
        print(f"Already checked in: {', '.join(result.already)}")
    if not result.refused:
        return 0
    sys.stdout.flush()
    for refused in result.refused:
        where = refused.where if refused.where.startswith("argument") \
            else f"{args.file} {refused.where}"
        why = refused.why
        if why.upper().startswith(refused.text.upper() + ": "):  # the line's code said once
            why = why[len(refused.text) + 2:]
        print(f"evacplan: {where}: {_shown(refused.text)}: {why}", file=sys.stderr)
    print(f"evacplan: {counted(len(result.refused), 'line')} not checked in (above); "
          "their households are unchanged, the other lines are checked in", file=sys.stderr)
    return 1


def run_close(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            result = close_flight(session, args.flight)
    finally:
        operation.close()
    print(f"Closed {result.flight} (plan {result.plan_id})")
    for line in result.lines():
        print(line)
    if result.revision is not None:
        print(f"Manifest revision {result.revision} recorded: export the manifests again "
              "and hand over this revision")
    return 0


def run_depart(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            flown = depart(session, args.flight)
    finally:
        operation.close()
    print(f"Departed {args.flight.strip()}: flown {counted(sum(h.persons for h in flown), 'person')}"
          f" in {counted(len(flown), 'household')}")
    return 0


def run_arrive(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            arrived = arrive(session, args.flight, args.case_nos)
    finally:
        operation.close()
    for case_no, household in arrived.named_by.items():
        print(f"Household of {case_no}: {counted(household.persons, 'person')} arrived "
              f"({household.household}: {', '.join(household.case_nos)})")
    print(f"Arrived from {args.flight.strip()}: {counted(arrived.persons, 'person')} in "
          f"{counted(len(arrived.households), 'household')}")
    return 0


def run_status(args: argparse.Namespace) -> int:
    if args.to is None:
        raise PlannerError("Name the status to set: --set "
                           f"{'|'.join(SETTABLE_NAMES)}")
    settable(args.to)
    if not args.case_nos:
        raise PlannerError(f"Name the case numbers of the persons to set {args.to}")
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            result = set_status(session, args.case_nos, args.to, args.reason)
    finally:
        operation.close()
    persons = sum(h.persons for h in result.changed)
    print(f"Set {result.to}: {counted(persons, 'person')}"
          + (f": {described(result.changed)}" if result.changed else ""))
    if result.unchanged:
        print(f"Already {result.to}: {', '.join(result.unchanged)}")
    return 0
