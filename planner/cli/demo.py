"""``evacplan demo``: a realistic synthetic operation."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from planner.cli.common import lazy_module, open_from_args, parse_date, positive_int, said, words_of
from planner.words.render import decimal_text
from planner.words.templates import QT_TR_NOOP

if TYPE_CHECKING:
    from planner import demo
else:  # the demo's modules (the database's, the planner's) are read when it runs
    demo = lazy_module("planner.demo")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("demo", help=QT_TR_NOOP("create a realistic synthetic operation"))
    parser.add_argument("--people", type=positive_int, default=2200, help=QT_TR_NOOP("persons (default 2200)"))
    parser.add_argument("--seed", type=int, default=1, help=QT_TR_NOOP("random seed (default 1)"))
    parser.add_argument("--start", type=parse_date,
                        help=QT_TR_NOOP("plan start date (default: the demo's own)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    began = time.perf_counter()
    args.start = args.start or demo.DEMO_START
    demo.check_size(args.people, args.start)  # before the operation file is made
    operation = open_from_args(args, create=True)
    try:
        with operation.session() as session:
            made = demo.create(session, args.people, args.seed, args.start)
    finally:
        operation.close()
    words = words_of(args)
    print(said(words, "demo_created", where=operation.display_name, persons=len(made.persons),
               households=len(made.households), flights=len(made.flights),
               shelters=len(made.shelters), slots=len(made.slots),
               seconds=decimal_text(time.perf_counter() - began, words, 1)))
    return 0
