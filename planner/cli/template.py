"""``evacplan template OUT.xlsx``: the blank roster workbook of SPEC 4."""

from __future__ import annotations

import argparse

from planner.template import write_template


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "template", help="write the blank roster workbook (persons, flights, shelters, slots)")
    parser.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = write_template(args.out)
    print(f"Wrote the roster template to {path}: sheets Instructions, Persons, Flights, "
          "Shelters, Document slots")
    return 0
