"""``evacplan tags OUT.pdf [CASE_NO...] [--household H] [--shelter S] [--label]``: person tags
with the case number as text and QR code (SPEC 8.2)."""

from __future__ import annotations

import argparse

from planner.cli.common import open_from_args, said, words_of
from planner.words.templates import QT_TR_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "tags", help=QT_TR_NOOP("print person tags (case number as text and QR code) to a PDF"))
    parser.add_argument("out", metavar="OUT.pdf")
    parser.add_argument("case_nos", nargs="*", metavar="CASE_NO", help=QT_TR_NOOP("the persons to tag"))
    parser.add_argument("--household", help=QT_TR_NOOP("every member of this household"))
    parser.add_argument("--shelter", help=QT_TR_NOOP("everyone the published plan puts in this shelter"))
    parser.add_argument("--label", action="store_true",
                        help=QT_TR_NOOP("one 70 x 37 mm label a page (a label printer) instead of A4 "
                             "sheets of 24 labels"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from planner.tags import write_tags  # the PDF's and QR code's modules: when it runs

    operation = open_from_args(args)
    try:
        tags = write_tags(operation, args.out, args.case_nos, shelter=args.shelter,
                          household=args.household, single=args.label)
    finally:
        operation.close()
    pages = len(tags) if args.label else -(-len(tags) // 24)
    print(said(words_of(args), "tags_wrote", tags=len(tags), pages=pages, path=args.out))
    return 0
