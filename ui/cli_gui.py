"""``evacplan gui``: registered through the ``evacplan.commands`` entry point."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "gui", help="open the desktop program (with --screenshot: save the main window and exit)"
    )
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the main window on the operation to a PNG and exit")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ui.app import run as run_app

    return run_app(args.db, args.screenshot)
