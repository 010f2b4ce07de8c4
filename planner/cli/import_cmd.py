"""``evacplan import FILE``: persons, flights, shelters and document slots from a roster.

Prints how each sheet was understood (which column went to which field, which columns
were ignored), the rejected rows with their reasons, and the counts. A file with invalid
rows imports nothing unless ``--skip-invalid``; ``--dry-run`` changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from planner.cli.common import LANGUAGES, lazy_module, open_from_args, words_of
from planner.errors import PlannerError
from planner.words.render import ENGLISH, Words, clauses, decimal_text, render, value_words
from planner.words.templates import LIST_OR, QT_TR_NOOP
from solvers.reasons import Reason

if TYPE_CHECKING:
    from planner import importing
    from planner.db import Operation
    from planner.importing import (
        ColumnMapping,
        ColumnMatch,
        ImportReport,
        SheetReport,
        UndecidedColumns,
    )
    from planner.protection import backup
else:  # the import's modules (openpyxl, pandas) are read when a file is imported
    importing = lazy_module("planner.importing")
    backup = lazy_module("planner.protection.backup")

#: Rejected rows printed in full; all of them go to --rejects.
SHOWN_PROBLEMS = 50


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "import", help=QT_TR_NOOP("import persons, flights, shelters or document slots from a workbook or CSV"))
    parser.add_argument("file", metavar="FILE",
                        help=QT_TR_NOOP(".xlsx/.xlsm, .xls, .xlsb, .ods, .csv or .json roster"))
    parser.add_argument("--sheet", help=QT_TR_NOOP("import only this sheet (name or position from 1)"))
    parser.add_argument("--mapping", metavar="M.json|NAME",
                        help=QT_TR_NOOP('column -> field mapping: a JSON file such as {"Nama Lengkap": '
                             '"full_name"}, or the name of a mapping saved in the operation'))
    parser.add_argument("--save-mapping", metavar="NAME",
                        help=QT_TR_NOOP("remember how this file's columns were imported under NAME (for "
                             "--mapping NAME, and for the next file with the same headers)"))
    parser.add_argument("--ignore-column", metavar="COLUMN", action="append", default=[],
                        help=QT_TR_NOOP("leave this column (its letter or header) out although it looks "
                             "like a field; repeat for several"))
    parser.add_argument("--skip-invalid", action="store_true",
                        help=QT_TR_NOOP("import the valid rows of a file that has invalid ones"))
    parser.add_argument("--dry-run", action="store_true",
                        help=QT_TR_NOOP("show what would be added, updated and rejected; change nothing"))
    parser.add_argument("--rejects", metavar="OUT.xlsx", type=Path,
                        help=QT_TR_NOOP("write the rejected rows, with reasons, for correction"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=QT_TR_NOOP("language of the rejected rows' reasons and the notes, here and "
                             "in --rejects: en (English) or id (Indonesian)"))
    parser.set_defaults(handler=run)


#: What a header says a column holds -> the reading of its cells that says the same thing.
_READING_OF = {"row numbers": "row_numbers"}
#: Notes of an unmapped column on why it has no proposal.
_NOT_PROPOSED = frozenset({"header_field_unread", "field_given_by"})


def _unmapped_line(column: ColumnMatch, words: Words = ENGLISH) -> str:
    """What an unmapped column holds and what became of it, in one line."""
    header = column.header or _said("column_no_header", words)
    text = f"{column.letter:>3} {header}: "
    if column.how == "duplicate":
        return text + _said("column_repeats_a_field", words)
    if column.decided:
        return text + _said("column_left_out", words)
    looks_like = render(column.looks_like, words) if column.looks_like else ""
    if column.other:
        what = value_words("other_header", column.other, words)
        said_again = column.looks_like is not None and \
            column.looks_like.code == _READING_OF.get(column.other)
        if looks_like and not said_again:
            what += f" ({looks_like})"
    else:
        what = looks_like or _said("column_empty", words)
    text += what
    if column.proposal or column.choices:
        proposal = column.proposal or words.translate(LIST_OR).join(column.choices)
        if column.confidence is not None:
            text += "; " + _said("column_proposal_confidence", words, proposal=proposal,
                                 confidence=decimal_text(column.confidence, words))
        else:
            text += "; " + _said("column_proposal", words, proposal=proposal)
    elif column.evidence and not column.other:
        # Why cells that look like a field are not proposed it.
        notes = [r for r in column.evidence if r.code in _NOT_PROPOSED]
        if notes:
            text += "; " + clauses(tuple(notes), words)
    if column.undecided:
        text += "  <- " + _said("column_decide", words, letter=column.letter)
    return text


def _said(code: str, words: Words, **facts: object) -> str:
    """One line of the report in the language of ``words``."""
    return render(Reason(code, facts), words)


def describe_sheet(sheet: SheetReport, words: Words = ENGLISH) -> list[str]:
    if sheet.kind is None:
        why = render(sheet.reason or Reason("report_no_records"), words)
        return [_said("report_sheet_not_imported", words, sheet=sheet.name, why=why)]
    lines = [_said("report_sheet", words, sheet=sheet.name, kind=sheet.kind.value,
                   row=sheet.header_row)]
    if sheet.remembered:
        lines[0] += ", " + _said("report_columns_remembered", words,
                                 how=sheet.remembered.as_json())
    width = max((len(c.header) for c in sheet.mapped), default=0)
    for column in sheet.mapped:
        how = {"mapping": " " + _said("column_from_mapping", words),
               "remembered": " " + _said("column_remembered", words)}.get(column.how, "")
        if column.how == "inferred":
            how = " " + _said("column_inferred", words,
                              confidence=decimal_text(column.confidence or 0, words),
                              evidence=clauses(column.evidence, words))
        lines.append(f"  {column.letter:>3} {column.header:<{width}} -> {column.field}{how}")
    if sheet.ignored:
        lines.append("  " + _said("report_columns_not_imported", words))
        ordered = sorted(sheet.ignored, key=lambda c: (not c.undecided, c.index))
        lines += [f"  {_unmapped_line(c, words)}" for c in ordered]
    if sheet.missing_required:
        lines.append("  " + _said("report_missing_required", words,
                                  fields=", ".join(sheet.missing_required)))
    return lines


def print_report(report: ImportReport, words: Words = ENGLISH) -> None:
    print(_said("report_read", words, file=report.file_name, format=report.format_name))
    for sheet in report.sheets:
        for line in describe_sheet(sheet, words):
            print(line)
    for warning in report.warnings:
        print(_said("report_note", words, note=render(warning, words)))
    # The rejected rows, then those held back with their households (a refused import
    # names them; each under its own heading, counted as itself).
    shown = 0
    for heading, more, rows in (
            ("report_rejected_rows", "report_more_problems", report.rejected),
            ("report_held_rows", "report_more", report.held)):
        problems = [p for row in rows for p in row.problems]
        if not problems:
            continue
        print(_said(heading, words, count=len(rows)))
        for problem in problems[:max(SHOWN_PROBLEMS - shown, 0)]:
            print(f"  {problem.text(words)}")
        if len(problems) > SHOWN_PROBLEMS - shown:
            print("  " + _said(more, words,
                               count=len(problems) - max(SHOWN_PROBLEMS - shown, 0)))
        shown += min(len(problems), max(SHOWN_PROBLEMS - shown, 0))
    if report.merged:
        print(_said("report_repeated_rows", words, count=len(report.merged)))
        for merged in report.merged[:SHOWN_PROBLEMS]:
            print(f"  {merged.text(words)}")
        if len(report.merged) > SHOWN_PROBLEMS:
            print("  " + _said("report_more", words, count=len(report.merged) - SHOWN_PROBLEMS))
    if report.skipped:
        print(_said("report_not_records", words))
        for skipped in report.skipped[:SHOWN_PROBLEMS]:
            print(f"  {skipped.text(words)}")
    for line in report.count_lines(words):
        print(line)
    for saved in report.saved_mappings:
        print(_said("report_remembered", words, name=saved.as_json()))


def stop_for_columns(file: str, error: UndecidedColumns, words: Words) -> NoReturn:
    """Show how the sheets read and which columns to decide; then fail in one line."""
    print(_said("report_read_name", words, file=Path(file).name))
    letters: list[str] = []
    for sheet in error.sheets:
        if isinstance(sheet, importing.SheetReport):
            for line in describe_sheet(sheet, words):
                print(line)
            letters += [c.letter for c in sheet.undecided]
    print(_said("report_columns_to_decide", words))
    problem = error.reason.as_json() if error.reason is not None else str(error)
    raise PlannerError.of("import_columns_undecided", problem=problem,
                          letters=" ".join(letters))


def load_mapping(operation: Operation, given: str) -> ColumnMapping:
    """``--mapping``: a JSON file, else a mapping saved in the operation by that name."""
    if given.lstrip().startswith("{"):  # the mapping written out on the command line
        try:
            return importing.ColumnMapping.from_dict(json.loads(given), Reason("mapping_where_text"))
        except json.JSONDecodeError as exc:
            raise PlannerError.of("mapping_text_not_json", line=exc.lineno,
                                  column=exc.colno) from exc
    path = Path(given)
    if path.suffix.lower() == ".json" or path.exists() or "/" in given or "\\" in given:
        return importing.ColumnMapping.load(path)
    with operation.session() as session:
        saved = importing.remembered.find(session, given)
        names = [m.name for m in importing.remembered.all_mappings(session) if m.name]
    if saved is None:
        if not names:
            raise PlannerError.of("mapping_not_file_none_saved", name=given)
        raise PlannerError.of("mapping_not_file_or_saved", name=given,
                              saved=[f"'{n}'" for n in names])
    return saved.as_column_mapping()


def run(args: argparse.Namespace) -> int:
    ignored = tuple(name.strip() for value in args.ignore_column for name in value.split(","))
    name = importing.remembered.check_name(args.save_mapping) if args.save_mapping else None
    if name is not None and args.dry_run:
        raise PlannerError.of("save_mapping_dry_run")
    operation = open_from_args(args)
    try:
        mapping = load_mapping(operation, args.mapping) if args.mapping else None
    except BaseException:
        operation.close()
        raise
    options = importing.ImportOptions(sheet=args.sheet, mapping=mapping, skip_invalid=args.skip_invalid,
                            dry_run=args.dry_run, ignore_columns=ignored, save_mapping_as=name)
    backups: list[Path] = []

    def back_up_first(opened: Operation) -> None:  # SPEC 7: a backup before every import
        made = backup.backup_before_import(opened)
        if made is not None:
            backups.append(made)

    words = words_of(args)
    try:
        # A file refused as a whole (ImportFileError) is said by evacplan in the language.
        report = importing.run_import(operation, args.file, options, before_write=back_up_first)
    except importing.UndecidedColumns as exc:
        stop_for_columns(args.file, exc, words)
    finally:
        operation.close()
    for made in backups:
        print(_said("report_backed_up", words, path=str(made)))
    print_report(report, words)
    if args.rejects is not None:
        recorder = open_from_args(args)  # the file is audited, imported or not (SPEC 7)
        try:
            written = importing.write_rejects(report, args.rejects, recorder, words)
        finally:
            recorder.close()
        print(_said("report_wrote_rejects", words, count=written, path=str(args.rejects)))
    no_rows = report.no_rows_reason()
    if no_rows is not None:  # a mistake: one line on stderr, not "nothing changed"
        raise PlannerError.of(no_rows.code, **no_rows.facts)
    print(render(report.outcome_reason(), words))
    if report.none_valid:  # with --skip-invalid or not: it would import nothing
        raise PlannerError.of("import_none_valid", file=report.file_name,
                              count=len(report.rejected))
    if not report.committed and not report.dry_run:
        raise PlannerError.of("import_refused", file=report.file_name,
                              count=len(report.rejected))
    # A dry run ends as the import would: refused, or taking no row, is a failure.
    if report.would_refuse:
        raise PlannerError.of("import_would_refuse", file=report.file_name,
                              count=len(report.rejected))
    sys.stdout.flush()
    return 0
