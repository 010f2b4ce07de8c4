"""``evacplan template OUT.xlsx``: the blank roster workbook of SPEC 4."""

from __future__ import annotations

import argparse

from planner.cli.common import said, words_of
from planner.words.templates import QT_TR_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "template", help=QT_TR_NOOP("write the blank roster workbook (persons, flights, shelters, slots)"))
    parser.add_argument("out", metavar="OUT.xlsx", help=QT_TR_NOOP("the workbook to write"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from planner.template import sheet_names, write_template  # openpyxl: when it runs

    path = write_template(args.out)
    print(said(words_of(args), "template_wrote", path=str(path), sheets=sheet_names()))
    return 0
