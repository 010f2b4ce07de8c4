"""``evacplan init``: create an empty operation, or migrate an older one."""

from __future__ import annotations

import argparse

from planner.cli.common import open_from_args, said, words_of
from planner.words.templates import QT_TR_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "init", help=QT_TR_NOOP("create an empty operation (or migrate an older one to the current schema)")
    )
    parser.add_argument("--name", help=QT_TR_NOOP("the operation's name"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from planner import operation as operation_service  # the database's: when it runs
    from planner.db.migrations import head_revision

    operation = open_from_args(args, create=True)
    try:
        with operation.session() as session:
            settings, created = operation_service.initialise(session, args.name)
            name = settings.name
    finally:
        operation.close()
    where = operation.display_name
    words = words_of(args)
    if operation.migration_backup is not None:
        print(said(words, "init_migrated", where=where, schema=head_revision(),
                   kept=str(operation.migration_backup)))
    if created:
        print(said(words, "init_created", name=name, where=where))
    elif operation.migration_backup is None:
        print(said(words, "init_current", where=where, schema=head_revision()))
    return 0
