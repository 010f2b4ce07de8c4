"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from planner.db import Operation, open_operation
from planner.errors import PlannerError


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Operation:
    operation = open_operation(args.db, create=create)
    say_made_owner_only(operation.made_owner_only)
    return operation


def say_made_owner_only(paths: Sequence[Path]) -> None:
    """One line on stderr when an opening took other users' access to the files away."""
    if paths:
        names = ", ".join(str(p) for p in paths)
        print(f"evacplan: {names} {'was' if len(paths) == 1 else 'were'} readable by other "
              "users; made readable by you only", file=sys.stderr)


def parse_date(text: str) -> dt.date:
    """An ISO date from the command line (argparse ``type``)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from exc


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be zero or more: {value}")
    return value


def require(condition: bool, message: str) -> None:
    if not condition:
        raise PlannerError(message)
