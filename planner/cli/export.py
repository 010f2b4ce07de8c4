"""``evacplan export OUT.xlsx|OUT.pdf``: the manifests of a plan, one copy (SPEC 6)."""

from __future__ import annotations

import argparse
import sys

from planner.cli.common import open_from_args, positive_int, said, words_of
from planner.words.templates import QT_TR_NOOP

#: Warnings printed one by one; beyond this, a count.
WARNINGS_SHOWN = 20


#: export.model.Copy's values, the default first (checked by run; named here so that the
#: parser does not read the export's modules).
COPIES = ("embassy", "airline")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "export",
        help=QT_TR_NOOP("write the flight manifests of a plan (.xlsx workbook or .pdf)"),
        description=QT_TR_NOOP("Write one copy of a plan's manifests: a summary, one sheet per flight "
        "and, in the embassy copy, the shelters, document appointments and persons left "
        "without a flight or a bed."),
    )
    parser.add_argument("out", metavar="OUT.xlsx|OUT.pdf", help=QT_TR_NOOP("the file to write"))
    parser.add_argument("--plan", type=positive_int, metavar="ID",
                        help=QT_TR_NOOP("the plan (default: the published plan, else the latest)"))
    parser.add_argument("--copy", choices=COPIES, default=COPIES[0],
                        help=QT_TR_NOOP("embassy: complete and confidential (default); airline: the "
                        "airline and immigration copy, without phones, notes or protection "
                        "flags"))
    parser.add_argument("--flight", action="append", metavar="KEY", dest="flights",
                        help=QT_TR_NOOP("only this flight, written as its number, a space and its date "
                        "('QZ 8205 2026-03-05'): its manifest and, in the embassy copy, its "
                        "pick-up and call list, without the operation's other sheets; repeat "
                        "for more"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # The manifests' modules (openpyxl, the PDF's) are read when they are written.
    from planner.export.model import Copy
    from planner.export.service import export_manifests, output_format

    assert tuple(c.value for c in Copy) == COPIES
    words = words_of(args)
    output_format(args.out)  # refuse a wrong file name before opening the operation
    operation = open_from_args(args)
    try:
        result = export_manifests(operation, args.out, plan_id=args.plan, copy=Copy(args.copy),
                                  flights=args.flights)
    finally:
        operation.close()
    for warning in result.warnings[:WARNINGS_SHOWN]:
        print("evacplan: " + said(words, "warning", warning=warning), file=sys.stderr)
    if len(result.warnings) > WARNINGS_SHOWN:
        more = said(words, "export_more_warnings", count=len(result.warnings) - WARNINGS_SHOWN)
        print("evacplan: " + said(words, "warning", warning=more), file=sys.stderr)
    counts = result.counts
    print(said(words, "export_wrote", copy=result.copy.audience, plan=str(result.plan_id),
               path=str(result.path), flights=int(counts["flights"]),
               passengers=int(counts["passengers"])))
    return 0
