"""``evacplan import FILE``: persons, flights, shelters and document slots from a roster.

Prints how each sheet was understood (which column went to which field, which columns
were ignored), the rejected rows with their reasons, and the counts. A file with invalid
rows imports nothing unless ``--skip-invalid``; ``--dry-run`` changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.backup import backup_before_import
from planner.cli.common import open_from_args
from planner.db import Operation
from planner.errors import PlannerError
from planner.importing import (
    ColumnMapping,
    ImportOptions,
    ImportReport,
    SheetReport,
    run_import,
    write_rejects,
)

#: Rejected rows printed in full; all of them go to --rejects.
SHOWN_PROBLEMS = 50


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "import", help="import persons, flights, shelters or document slots from a workbook or CSV")
    parser.add_argument("file", metavar="FILE",
                        help=".xlsx/.xlsm, .xls, .xlsb, .ods, .csv or .json roster")
    parser.add_argument("--sheet", help="import only this sheet (name or position from 1)")
    parser.add_argument("--mapping", metavar="M.json", type=Path,
                        help='column -> field mapping, e.g. {"Nama Lengkap": "full_name"}')
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows of a file that has invalid ones")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be added, updated and rejected; change nothing")
    parser.add_argument("--rejects", metavar="OUT.xlsx", type=Path,
                        help="write the rejected rows, with reasons, for correction")
    parser.set_defaults(handler=run)


def describe_sheet(sheet: SheetReport) -> list[str]:
    if sheet.kind is None:
        return [f"Sheet {sheet.name!r}: not imported: {sheet.reason}"]
    where = f"header row {sheet.header_row}" if sheet.header_row else "no header row"
    lines = [f"Sheet {sheet.name!r}: {sheet.kind.value}, {where}"]
    width = max((len(c.header) for c in sheet.mapped), default=0)
    for column in sheet.mapped:
        how = " (from the mapping)" if column.how == "mapping" else ""
        lines.append(f"  {column.letter:>3} {column.header:<{width}} -> {column.field}{how}")
    if sheet.ignored:
        shown = ", ".join(f"{c.letter} ({c.header or 'no header'})" for c in sheet.ignored)
        lines.append(f"  ignored: {shown}")
    if sheet.missing_required:
        lines.append(f"  no column for the required {', '.join(sheet.missing_required)}: "
                     "every row will be rejected; name the column with --mapping")
    return lines


def print_report(report: ImportReport) -> None:
    print(f"Read {report.file_name} ({report.format_name})")
    for sheet in report.sheets:
        for line in describe_sheet(sheet):
            print(line)
    for warning in report.warnings:
        print(f"Note: {warning}")
    problems = report.problems
    if problems:
        print(f"Rejected rows ({len(report.rejected)}):")
        for problem in problems[:SHOWN_PROBLEMS]:
            print(f"  {problem}")
        if len(problems) > SHOWN_PROBLEMS:
            print(f"  ... and {len(problems) - SHOWN_PROBLEMS} more problems "
                  "(--rejects OUT.xlsx writes every rejected row)")
    if report.skipped:
        print("Rows that are not records:")
        for skipped in report.skipped[:SHOWN_PROBLEMS]:
            print(f"  {skipped}")
    for line in report.count_lines():
        print(line)


def run(args: argparse.Namespace) -> int:
    mapping = ColumnMapping.load(args.mapping) if args.mapping else None
    options = ImportOptions(sheet=args.sheet, mapping=mapping, skip_invalid=args.skip_invalid,
                            dry_run=args.dry_run)
    operation = open_from_args(args)
    backups: list[Path] = []

    def back_up_first(opened: Operation) -> None:  # SPEC 7: a backup before every import
        made = backup_before_import(opened)
        if made is not None:
            backups.append(made)

    try:
        report = run_import(operation, args.file, options, before_write=back_up_first)
    finally:
        operation.close()
    for made in backups:
        print(f"Backed up the operation to {made} before importing")
    print_report(report)
    if args.rejects is not None:
        written = write_rejects(report, args.rejects)
        print(f"Wrote {written} rejected rows to {args.rejects}")
    print(report.outcome)
    if not report.committed and not report.dry_run:
        raise PlannerError(
            f"nothing was imported from {report.file_name}: {len(report.rejected)} rows are "
            "invalid (listed above); correct them or use --skip-invalid")
    sys.stdout.flush()
    return 0
