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

from planner.cli.common import open_from_args
from planner.errors import PlannerError
from planner.importing import remembered
from planner.plurals import counted


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "mappings", help="list, export, import or forget the column mappings remembered")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    actions.add_parser("list", help="the mappings the operation remembers")
    export = actions.add_parser("export", help="write a named mapping as JSON")
    export.add_argument("name", metavar="NAME")
    export.add_argument("output", metavar="OUT.json", type=Path)
    take = actions.add_parser("import", help="remember a mapping from a JSON file")
    take.add_argument("file", metavar="IN.json", type=Path)
    take.add_argument("--name", help="the name to keep it under (default: the file's own)")
    forget = actions.add_parser("forget", help="forget a named mapping")
    forget.add_argument("name", metavar="NAME")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        with operation.session() as session:
            if args.action == "list":
                _list(remembered.all_mappings(session))
            elif args.action == "export":
                saved = remembered.find(session, args.name)
                if saved is None:
                    raise PlannerError(f"no mapping named {args.name!r} (see evacplan mappings "
                                       "list)")
                remembered.write_json(saved, args.output)
                print(f"Wrote the mapping {saved.name!r} ({counted(len(saved.columns), 'column')})"
                      " to "
                      f"{args.output}")
            elif args.action == "import":
                saved = remembered.read_json(args.file)
                name = args.name or saved.name
                if not name:
                    raise PlannerError(f"{args.file.name} names no mapping: give it a name "
                                       "with --name")
                name = remembered.check_name(name)
                remembered.remember(session, remembered.SavedMapping(
                    saved.kind, saved.columns, saved.headers, name, args.file.name))
                applies = ("applied to files with the same header row and by name"
                           if saved.headers else "used by name (the file lists no header row)")
                print(f"Remembered the mapping {name!r} ({counted(len(saved.columns), 'column')} of "
                      f"{saved.kind.value}): {applies}")
            else:
                if not remembered.forget(session, args.name):
                    raise PlannerError(f"no mapping named {args.name!r}")
                print(f"Forgot the mapping {args.name!r}")
    finally:
        operation.close()
    return 0


def _list(mappings: list[remembered.SavedMapping]) -> None:
    if not mappings:
        print("No mapping is remembered yet.")
        return
    for saved in mappings:
        name = repr(saved.name) if saved.name else "(no name)"
        mapped = sum(1 for f in saved.columns.values() if f)
        when = saved.saved_at.date().isoformat() if saved.saved_at else ""
        print(f"{name}: {saved.kind.value}, {mapped} of {counted(len(saved.columns), 'column')} mapped, "
              f"saved {when} by {saved.saved_by or '?'} from {saved.source_file or '?'}")
        if saved.headers:
            shown = ", ".join(h or "-" for h in saved.headers[:12])
            more = f" and {len(saved.headers) - 12} more" if len(saved.headers) > 12 else ""
            print(f"  headers: {shown}{more}")
