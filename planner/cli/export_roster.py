"""``evacplan export-roster OUT.xlsx|OUT.csv|OUT.json``: every person, every field."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import open_from_args, said, words_of
from planner.words.templates import QT_TR_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export-roster",
        help=QT_TR_NOOP("write every person with every field, in the template's headers (.xlsx/.csv/.json)"))
    parser.add_argument("out", metavar="OUT", help=QT_TR_NOOP("OUT.xlsx, OUT.csv or OUT.json"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from planner.roster_export import export_roster, format_of  # openpyxl: when it runs

    path = Path(args.out)
    format_of(path)  # refuse a wrong name before opening the operation
    operation = open_from_args(args)
    try:
        count = export_roster(operation, path)
    finally:
        operation.close()
    print(said(words_of(args), "roster_exported", persons=count, path=str(path)))
    return 0
