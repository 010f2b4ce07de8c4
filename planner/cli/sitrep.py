"""``evacplan sitrep OUT.pdf|OUT.xlsx [--date D] [--lang en|id]``: the day's report (SPEC 8.6)."""

from __future__ import annotations

import argparse
import datetime as dt

from planner.cli.common import open_from_args, parse_date
from planner.plurals import counted
from planner.sitrep.service import sitrep_format, write_sitrep
from planner.sitrep.words import LANGUAGES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "sitrep", help="write the situation report of a day for the ministry (.pdf/.xlsx)")
    parser.add_argument("out", metavar="OUT", help="OUT.pdf or OUT.xlsx")
    parser.add_argument("--date", type=parse_date, default=None,
                        help="the day reported, YYYY-MM-DD (default: today)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the report: en (English) or id (Indonesian)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    sitrep_format(args.out)  # refuse a wrong name before opening the operation
    day = args.date or dt.date.today()
    operation = open_from_args(args)
    try:
        result = write_sitrep(operation, args.out, day, language=args.lang)
    finally:
        operation.close()
    s = result.sitrep
    plan = f"plan {s.plan_id}" if s.plan_id is not None else "no published plan"
    closed = (f" ({s.in_closed_shelters:,} of them placed in a shelter closed that night)"
              if s.in_closed_shelters else "")
    print(f"Situation report of {day.isoformat()} ({plan}): {counted(s.in_care, 'person')} "
          f"in care, {s.beds_used:,} of {counted(s.beds, 'bed')} used tonight, "
          f"{s.without_bed:,} without a bed{closed}, {counted(len(s.flights), 'flight')} in the next "
          f"7 days; written to {result.path}")
    return 0
