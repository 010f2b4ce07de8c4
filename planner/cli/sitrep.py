"""``evacplan sitrep OUT.pdf|OUT.xlsx [--date D] [--lang en|id]``: the day's report (SPEC 8.6)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from planner.cli.common import LANGUAGES, language_of, open_from_args, parse_date
from planner.words.templates import QT_TR_NOOP

if TYPE_CHECKING:
    from planner.sitrep.day import ReportDay


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "sitrep", help=QT_TR_NOOP("write the situation report of a day for the ministry (.pdf/.xlsx)"))
    parser.add_argument("out", metavar="OUT", help=QT_TR_NOOP("OUT.pdf or OUT.xlsx"))
    parser.add_argument("--date", type=parse_date, default=None,
                        help=QT_TR_NOOP("the day reported, YYYY-MM-DD, today or earlier (default: "
                        "today while the operation runs, else its last day with activity)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=QT_TR_NOOP("language of the report: en (English) or id (Indonesian); "
                        "default: evacplan's --lang, else English"))
    parser.set_defaults(handler=run)


#: The command's last line (the report's words).
_SUMMARY = ("Situation report of {day} ({plan}): {in_care} in care, {used} of {beds} used "
            "tonight, {without} without a bed{closed}, {flights} in the next 7 days; written "
            "to {path}")
#: Why the report is of another day than today, by where today lies (the report's words).
_WHY = {
    "past": "Reporting {day}, the operation's last day with activity: its dates ({first} to "
            "{last}) are all before today ({today}). Give --date for another day.",
    "future": "Reporting today ({today}): the operation's dates ({first} to {last}) are all "
              "after it, and a report counts what has happened by the end of its day.",
}

#: Said when the plan of the day was published after the operation's dates
#: (``figures.plan_in_use``; the report's words).
_LATE = ("Plan {plan} was published on {published}, after every day of the operation, for a "
         "start on {start}: the report shows it as the plan of {day}.")


def _why(chosen: ReportDay, language: str = "en") -> str:
    from planner.sitrep.words import words

    """Why the report is of another day than today, in the report's language; empty when
    it is of today."""
    if chosen.dates is None or chosen.why not in _WHY:
        return ""
    first, last = chosen.dates
    return words(language)[_WHY[chosen.why]].format(
        day=chosen.day.isoformat(), first=first.isoformat(), last=last.isoformat(),
        today=chosen.today.isoformat())


def run(args: argparse.Namespace) -> int:
    # The report's modules (openpyxl, the PDF's) are read when it is written.
    from planner.sitrep.day import choose_report_day, published_after, refuse_future
    from planner.sitrep.service import sitrep_format, write_sitrep
    from planner.sitrep.words import LANGUAGES as REPORT_LANGUAGES
    from planner.sitrep.words import counted, number, words

    assert tuple(REPORT_LANGUAGES) == LANGUAGES
    args.lang = language_of(args)
    sitrep_format(args.out)  # refuse a wrong name before opening the operation
    operation = open_from_args(args)
    try:
        if args.date is None:
            with operation.session() as session:
                chosen = choose_report_day(session)
            note = _why(chosen, args.lang)
            if note:
                print(note)
            day = chosen.day
        else:
            day = args.date
            with operation.session() as session:
                refuse_future(session, day)
        result = write_sitrep(operation, args.out, day, language=args.lang)
        if result.sitrep.plan_id is not None:
            with operation.session() as session:
                late = published_after(session, result.sitrep.plan_id, day)
            if late is not None:
                print(words(args.lang)[_LATE].format(
                    plan=result.sitrep.plan_id, published=late[0].isoformat(),
                    day=day.isoformat(), start=late[1].isoformat()))
    finally:
        operation.close()
    s = result.sitrep
    said, lang = words(args.lang), args.lang

    plan = (said["plan {plan}"].format(plan=s.plan_id) if s.plan_id is not None
            else said["no published plan"])
    closed = (said[" ({count} of them placed in a shelter closed that night)"].format(
        count=number(s.in_closed_shelters, lang)) if s.in_closed_shelters else "")
    print(said[_SUMMARY].format(
        day=day.isoformat(), plan=plan, in_care=counted(said, s.in_care, "person", lang),
        used=number(s.beds_used, lang), beds=counted(said, s.beds, "bed", lang),
        without=number(s.without_bed, lang), closed=closed,
        flights=counted(said, len(s.flights), "flight", lang), path=result.path))
    return 0
