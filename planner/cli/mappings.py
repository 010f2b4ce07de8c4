"""``evacplan mappings``: the column mappings the operation remembers (issue 13).

    evacplan mappings list
    evacplan mappings export NAME OUT.json     # to hand an office's mapping to another
    evacplan mappings import IN.json [--name NAME]
    evacplan mappings forget NAME

A mapping is remembered when an import the officer decided columns for is kept, or with
``evacplan import --save-mapping NAME``; it is applied to the next file with the same
header row, or by name with ``evacplan import --mapping NAME``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.common import lazy_module, open_from_args, said, words_of
from planner.errors import PlannerError
from planner.words.render import ENGLISH, Words
from planner.words.templates import QT_TR_NOOP

if TYPE_CHECKING:
    from planner import importing
else:  # the import's modules (openpyxl, pandas) are read when the command runs
    importing = lazy_module("planner.importing")

#: Headers a listed mapping shows before "and N more".
HEADERS_SHOWN = 12


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "mappings", help=QT_TR_NOOP("list, export, import or forget the column mappings remembered"))
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    actions.add_parser("list", help=QT_TR_NOOP("the mappings the operation remembers"))
    export = actions.add_parser("export", help=QT_TR_NOOP("write a named mapping as JSON"))
    export.add_argument("name", metavar="NAME")
    export.add_argument("output", metavar="OUT.json", type=Path)
    take = actions.add_parser("import", help=QT_TR_NOOP("remember a mapping from a JSON file"))
    take.add_argument("file", metavar="IN.json", type=Path)
    take.add_argument("--name", help=QT_TR_NOOP("the name to keep it under (default: the file's own)"))
    forget = actions.add_parser("forget", help=QT_TR_NOOP("forget a named mapping"))
    forget.add_argument("name", metavar="NAME")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    words = words_of(args)
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            if args.action == "list":
                _list(importing.remembered.all_mappings(session), words)
            elif args.action == "export":
                saved = importing.remembered.find(session, args.name)
                if saved is None:
                    raise PlannerError.of("mapping_unknown_see_list", name=args.name)
                importing.remembered.write_json(saved, args.output)
                print(said(words, "mapping_wrote", name=saved.name, columns=len(saved.columns),
                           path=str(args.output)))
            elif args.action == "import":
                saved = importing.remembered.read_json(args.file)
                name = args.name or saved.name
                if not name:
                    raise PlannerError.of("mapping_file_no_name", file=args.file.name)
                name = importing.remembered.check_name(name)
                importing.remembered.remember(session, importing.remembered.SavedMapping(
                    saved.kind, saved.columns, saved.headers, name, args.file.name))
                print(said(words, "mapping_remembered", name=name, columns=len(saved.columns),
                           kind=saved.kind.value, headers=bool(saved.headers)))
            else:
                if not importing.remembered.forget(session, args.name):
                    raise PlannerError.of("mapping_unknown", name=args.name)
                print(said(words, "mapping_forgot", name=args.name))
    finally:
        operation.close()
    return 0


def _list(mappings: list[importing.remembered.SavedMapping], words: Words = ENGLISH) -> None:
    if not mappings:
        print(said(words, "mappings_none"))
        return
    for saved in mappings:
        name = repr(saved.name) if saved.name else said(words, "mapping_no_name")
        mapped = sum(1 for f in saved.columns.values() if f)
        print(said(words, "mapping_listed", name=name, kind=saved.kind.value, mapped=mapped,
                   columns=len(saved.columns),
                   when=saved.saved_at.date().isoformat() if saved.saved_at else "",
                   who=saved.saved_by or "?", source=saved.source_file or "?"))
        if saved.headers:
            print("  " + said(words, "mapping_headers",
                              headers=[h or "-" for h in saved.headers[:HEADERS_SHOWN]],
                              headers_more=max(len(saved.headers) - HEADERS_SHOWN, 0)))
