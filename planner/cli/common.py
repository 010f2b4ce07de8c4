"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt

from planner.db import Operation, open_operation
from planner.errors import PlannerError


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Operation:
    return open_operation(args.db, create=create)


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


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """"1 person", "2,345 persons": a count and its noun as a reader says them."""
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


def require(condition: bool, message: str) -> None:
    if not condition:
        raise PlannerError(message)
