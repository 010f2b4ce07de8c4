"""The departure day on the command line (SPEC 8.3 and 8.4): ``call-list``, ``checkin``,
``close``, ``depart``, ``arrive`` and ``status``.

Each command is one transaction: it changes whole households or nothing, prints what it
changed, and refuses what makes no sense with one line (``PlannerError``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import language_of, lazy_module, open_from_args, said, words_of
from planner.domain import FlightStatus, PersonStatus
from planner.errors import PlannerError
from planner.words.render import ENGLISH, Words, render
from planner.words.templates import QT_TR_NOOP
from solvers.reasons import Reason

if TYPE_CHECKING:
    from planner import operation as settings
    from planner.departure import call_list, checkin, closing, common, departing, sms
    from planner.departure.checkin import Refused
    from planner.records import editing
else:  # the departure day's modules (the database's, openpyxl) are read when one runs
    call_list, checkin, closing, common, departing, sms = (
        lazy_module(f"planner.departure.{name}") for name in (
            "call_list", "checkin", "closing", "common", "departing", "sms"))
    editing = lazy_module("planner.records.editing")
    settings = lazy_module("planner.operation")

#: The statuses ``status --set`` gives (departing.SETTABLE's, checked by run_status; named
#: here so that the parser does not read the departure modules).
SETTABLE_NAMES = tuple(s.value for s in (PersonStatus.SELF_DEPARTED, PersonStatus.WITHDRAWN,
                                         PersonStatus.MISSING, PersonStatus.REGISTERED))
#: Why a scanned line names no one (an unknown code, bytes that are no text).
MATCHES_NO_ONE = ("checkin_unknown_case", "checkin_not_text")
FLIGHT_HELP = QT_TR_NOOP("the flight: 'FLIGHT_NO YYYY-MM-DD' (\"QZ 8205 2026-02-03\"), its key")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    calls = subparsers.add_parser(
        "call-list", help=QT_TR_NOOP("write a flight's call-forward list (.csv for SMS/WhatsApp "
                          "gateways, or .xlsx) and mark its passengers called"))
    calls.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    calls.add_argument("out", metavar="OUT", type=Path, help=QT_TR_NOOP("OUT.csv or OUT.xlsx"))
    calls.add_argument("--plan", type=int, help=QT_TR_NOOP("plan id (default: the published plan)"))
    calls.add_argument("--reference", metavar="CODE",
                       help=QT_TR_NOOP("the operation's reference code the messages carry (kept in "
                            "the settings for the next lists)"))
    calls.add_argument("--preview", action="store_true",
                       help=QT_TR_NOOP("print the first message and the count only; write nothing"))
    calls.set_defaults(handler=run_call_list)

    checkin = subparsers.add_parser(
        "checkin", help=QT_TR_NOOP("check persons in for a flight (whole households)"))
    checkin.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    checkin.add_argument("case_nos", metavar="CASE_NO", nargs="*")
    checkin.add_argument("--file", type=Path, metavar="SCANS.txt",
                         help=QT_TR_NOOP("scanned codes, one per line"))
    # nargs="*": "--standby" may come before the case numbers too (they are then its own).
    checkin.add_argument("--standby", nargs="*", metavar="CASE_NO",
                         help=QT_TR_NOOP("persons not on the flight, hoping for a freed seat"))
    checkin.set_defaults(handler=run_checkin)

    close = subparsers.add_parser(
        "close", help=QT_TR_NOOP("close a flight: no-shows off, standby households into freed seats"))
    close.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    close.add_argument("--early", action="store_true",
                       help=QT_TR_NOOP("close a flight due on a later day (refused without it)"))
    close.set_defaults(handler=run_close)

    cancel = subparsers.add_parser(
        "cancel-flight", help=QT_TR_NOOP("cancel a flight: its passengers lose their seats "
                                         "and are moved by the next plan"))
    cancel.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    cancel.set_defaults(handler=run_cancel_flight)

    leave = subparsers.add_parser("depart", help=QT_TR_NOOP("a closed flight departs: its checked-in "
                                                 "passengers are flown"))
    leave.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    leave.add_argument("--early", action="store_true",
                       help=QT_TR_NOOP("mark departed a flight due on a later day (refused without it)"))
    leave.set_defaults(handler=run_depart)

    land = subparsers.add_parser("arrive", help=QT_TR_NOOP("a departed flight's passengers (or those "
                                                "named) are handed over"))
    land.add_argument("flight", metavar="FLIGHT", help=FLIGHT_HELP)
    land.add_argument("case_nos", metavar="CASE_NO", nargs="*", default=[],
                      help=QT_TR_NOOP("a member names the whole household"))
    land.set_defaults(handler=run_arrive)

    status = subparsers.add_parser(
        "status", help=QT_TR_NOOP("set persons self_departed, withdrawn, missing, or back to registered"))
    # The case numbers and --set are checked by run_status, not by argparse, so that
    # a missing one or a status the command does not set is refused in one line
    # naming it, like every other refusal (argparse would print its usage first).
    status.add_argument("case_nos", metavar="CASE_NO", nargs="*", default=[])
    status.add_argument("--set", dest="to", metavar="|".join(SETTABLE_NAMES),
                        help=QT_TR_NOOP("the status to give the persons named"))
    status.add_argument("--reason", help=QT_TR_NOOP("why (required for withdrawn)"))
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
        raise PlannerError.of("scans_unreadable", path=str(path),
                              why=exc.strerror or str(exc)) from exc
    lines, garbled = [], []
    for number, raw in enumerate(data.removeprefix(b"\xef\xbb\xbf").splitlines(), start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            garbled.append(checkin.Refused(f"line {number}", repr(raw)[2:-1],
                                   Reason("checkin_not_text")))
            continue
        if text.strip():
            lines.append((f"line {number}", text))
    return lines, garbled


def _line_order(refused: Refused) -> tuple[bool, int]:
    kind, _, number = refused.where.partition(" ")
    return kind == "line", int(number)


def _where(refused: Refused, path: Path | None, words: Words) -> str:
    """Where a refused line was, in the language: "argument 2", "scans.txt line 7"."""
    kind, _, number = refused.where.partition(" ")
    if kind == "argument":
        return said(words, "checkin_argument", number=number)
    return f"{path} " + said(words, "checkin_line", number=number)


def _why(refused: Refused, words: Words) -> str:
    """Why a line was refused; the household's code is left out when it is the line's
    own text (a person travelling alone: their case number, said already)."""
    why = refused.why
    if why.code == "checkin_of_household" and \
            str(why.facts.get("household", "")).upper() == refused.text.upper():
        return render(why.facts["why"], words)
    return render(why, words)


def _shown(text: str) -> str:
    text = text.strip()
    shown = text if len(text) <= SHOWN else text[:SHOWN - 1] + "\u2026"
    return shown if shown.isprintable() else repr(shown)


def run_call_list(args: argparse.Namespace) -> int:
    words = words_of(args)
    path: Path = args.out
    call_list.format_of(path)
    operation = open_from_args(args)
    try:
        if args.preview:
            try:
                with operation.session() as session:
                    kept = settings.get_settings(session).reference_code
                    flight, plan_id, rows = call_list.prepare(
                        session, args.flight, args.plan, args.reference, language_of(args))
                    _preview(flight.key, plan_id, rows, words)
                    _unplaced(rows, words)
                    code = settings.get_settings(session).reference_code
                    if code != kept:  # the officer must say it again to write the list
                        print(said(words, "call_list_preview_code", reference=code))
                    raise _NothingWritten  # a preview changes nothing, not even the code
            except _NothingWritten:
                return 0
        written = call_list.write(operation, args.flight, path, args.plan, args.reference,
                                  language_of(args))
    finally:
        operation.close()
    _preview(written.flight, written.plan_id, written.rows, words)
    rows, called = written.rows, written.called
    print(said(words, "call_list_wrote", persons=len(rows), path=str(path)))
    before = written.called_before
    if called or not (before.persons or written.checked_in):
        print(said(words, "call_list_called", persons=sum(c.persons for c in called),
                   households=len(called)))
    if before.persons:
        print(said(words, "call_list_called_before", persons=before.persons,
                   households=before.households, **before.when))
    if written.checked_in:
        print(said(words, "call_list_checked_in", persons=written.checked_in))
    _unplaced(rows, words)
    return 0


def _unplaced(rows: list[call_list.CallRow], words: Words) -> None:
    """Name the persons whose phone the gateway does not get (its country unknown)."""
    unplaced = [row for row in rows if row.phone_unplaced]
    if unplaced:
        print(said(words, "call_list_unplaced", count=len(unplaced)))
        for row in unplaced:
            print(f"  {row.case_no} {_shown(row.full_name)}: {_shown(row.phone or '')}")


def _preview(flight: str, plan_id: int, rows: list[call_list.CallRow],
             words: Words = ENGLISH) -> None:
    first = rows[0]
    print(said(words, "call_list_preview", flight=flight, plan=str(plan_id), persons=len(rows),
               time=f"{first.report_time:%Y-%m-%d %H:%M}", place=first.report_place))
    for language, message in (("id", first.message_id), ("en", first.message_en)):
        print(said(words, "call_list_message", language=language, size=sms.sms_reason(message).as_json()))
        print(f"  {message}")


def run_checkin(args: argparse.Namespace) -> int:
    words = words_of(args)
    standby = args.standby is not None
    names = [*args.case_nos, *(args.standby or [])]
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            if args.file is None:
                result = checkin.check_in(session, args.flight, names, standby=standby)
            else:
                # A file of scans is checked in household by household: one bad line
                # must not send a desk's hour of good scans back.
                scanned, garbled = _scans(args.file)
                lines = [*((f"argument {n}", c) for n, c in enumerate(names, start=1)),
                         *scanned]
                if not lines and not garbled:
                    raise PlannerError.of("scans_empty", path=str(args.file))
                result = checkin.check_in_lines(session, args.flight, lines, standby=standby)
                result.refused = sorted([*result.refused, *garbled], key=_line_order)
    finally:
        operation.close()
    persons = sum(h.persons for h in result.checked_in)
    print(said(words, "checked_in", flight=result.flight, standby=result.standby,
               persons=persons, households=len(result.checked_in))
          + (f": {common.described(result.checked_in, words=words)}" if result.checked_in else ""))
    if result.already:
        print(said(words, "already_checked_in", case_nos=result.already))
    if not result.refused:
        return 0
    sys.stdout.flush()
    for refused in result.refused:
        print(f"evacplan: {_where(refused, args.file, words)}: {_shown(refused.text)}: "
              f"{_why(refused, words)}", file=sys.stderr)
    # A line that matches no one has no household to keep unchanged: said apart.
    nobody = sum(r.why.code in MATCHES_NO_ONE for r in result.refused)
    count = len(result.refused)
    code = ("checkin_refused_nobody" if nobody == count else
            "checkin_refused_lines" if not nobody else "checkin_refused_mixed")
    if not result.checked_in and not result.already:
        code += "_only"  # every line refused: there are no other lines checked in
    print("evacplan: " + said(words, code, count=count, nobody=nobody), file=sys.stderr)
    return 1


def run_close(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            if not args.early:
                common.refuse_early(session, args.flight, "close")
            result = closing.close_flight(session, args.flight)
    finally:
        operation.close()
    print(said(words, "closed", flight=result.flight, plan=str(result.plan_id)))
    for line in result.lines(words):
        print(line)
    if result.revision is not None:
        print(said(words, "close_revision", revision=str(result.revision)))
    return 0


def run_cancel_flight(args: argparse.Namespace) -> int:
    """SPEC 2.2's ``cancelled`` through the desktop's own service (the record editor's
    ``editing.update``, audited the same way): who loses their seat in the published
    plan is said, to plan again; a departed flight is refused."""
    words = words_of(args)
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            flight = common.find_flight(session, args.flight, lock=True)
            key = flight.key
            if flight.status == FlightStatus.DEPARTED.value:
                raise PlannerError.of("cancel_departed", flight=key)
            if flight.status == FlightStatus.CANCELLED.value:
                print(said(words, "flight_cancelled_already", flight=key))
                return 0
            booked = common.booked_on(session, flight.id)
            editing.update(session, editing.load(session, editing.RecordKind.FLIGHT, flight.id).ref,
                           {"status": FlightStatus.CANCELLED.value})
    finally:
        operation.close()
    if not booked.passengers:
        print(said(words, "flight_cancelled_empty", flight=key))
        return 0
    print(said(words, "flight_cancelled", flight=key, persons=booked.passengers,
               households=booked.households, plan=str(booked.plan_id)))
    if booked.called or booked.checked_in:
        print(said(words, "flight_cancelled_told", called=booked.called,
                   checked=booked.checked_in))
    return 0


def run_depart(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            if not args.early:
                common.refuse_early(session, args.flight, "depart")
            flown = departing.depart(session, args.flight)
    finally:
        operation.close()
    print(said(words_of(args), "departed", flight=args.flight.strip(),
               persons=sum(h.persons for h in flown), households=len(flown)))
    return 0


def run_arrive(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            arrived = departing.arrive(session, args.flight, args.case_nos)
    finally:
        operation.close()
    print(said(words, "arrived", flight=args.flight.strip(), persons=arrived.persons,
               households=len(arrived.households), named=list(arrived.named_by) or None,
               described=common.described(arrived.households, words=words)))
    return 0


def run_status(args: argparse.Namespace) -> int:
    words = words_of(args)
    if args.to is None:
        raise PlannerError.of("status_not_named", choices="|".join(SETTABLE_NAMES))
    assert set(SETTABLE_NAMES) == {status.value for status in departing.SETTABLE}
    departing.settable(args.to)
    if not args.case_nos:
        raise PlannerError.of("status_nobody_named", status=args.to)
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            result = departing.set_status(session, args.case_nos, args.to, args.reason)
    finally:
        operation.close()
    persons = sum(h.persons for h in result.changed)
    if result.changed or not result.unchanged:  # "Set X: 0 persons" says nothing beside "Already X"
        print(said(words, "status_set", status=result.to, persons=persons)
              + (f": {common.described(result.changed, words=words)}" if result.changed else ""))
    if result.unchanged:
        print(said(words, "status_already", status=result.to, case_nos=result.unchanged))
    return 0
