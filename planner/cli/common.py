"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planner.db import Operation, open_operation
from planner.words.catalogue import catalogue_words
from planner.words.render import Words, render, said
from solvers.reasons import Reason

__all__ = ["LANGUAGES", "WrongValue", "language_of", "open_from_args", "parse_date",
           "positive_int", "said", "say_made_owner_only", "words_of"]

#: The languages the command line speaks (``evacplan --lang``).
LANGUAGES = ("en", "id")


def language_of(args: argparse.Namespace) -> str:
    """The language of a command's lines and errors: its own ``--lang`` (import, sitrep),
    else evacplan's (``evacplan --lang id COMMAND``), else English."""
    return getattr(args, "lang", None) or getattr(args, "language", None) or "en"


def words_of(args: argparse.Namespace) -> Words:
    """The ``Words`` of the command's language (``language_of``)."""
    return catalogue_words(language_of(args))


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Operation:
    operation = open_operation(args.db, create=create)
    say_made_owner_only(operation.made_owner_only, words_of(args))
    return operation


def say_made_owner_only(paths: Sequence[Path], words: Words) -> None:
    """One line on stderr when an opening took other users' access to the files away."""
    if paths:
        print("evacplan: " + said(words, "made_owner_only", paths=[str(p) for p in paths]),
              file=sys.stderr)


class WrongValue(argparse.ArgumentTypeError):
    """A value an argument's ``type`` refuses, as a code with facts: its message is the
    English sentence, ``reason`` what evacplan's parsers say in the command's language
    (``planner.cli.CommandParser``)."""

    def __init__(self, code: str, /, **facts: Any) -> None:
        self.reason = Reason(code, facts)
        super().__init__(render(self.reason))


def parse_date(text: str) -> dt.date:
    """An ISO date from the command line (argparse ``type``)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise WrongValue("argument_not_date", value=text) from exc


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise WrongValue("argument_not_whole_number", value=text) from exc
    if value < 0:
        raise WrongValue("argument_negative", value=value)
    return value
