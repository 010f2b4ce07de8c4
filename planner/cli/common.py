"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from planner.words.catalogue import catalogue_words
from planner.words.render import Words, render, said
from solvers.reasons import Reason

if TYPE_CHECKING:
    from planner.db import Operation

__all__ = ["LANGUAGES", "WrongValue", "language_of", "lazy_module", "open_from_args",
           "parse_date",
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


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, read when one of its names is first used: a command's heavy
    modules (OR-Tools, openpyxl, pandas, the database's) are read when that command runs,
    not at the start of every command (``--help`` read every command's, 1.1 s)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None, name
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent in sys.modules:
        setattr(sys.modules[parent], child, module)
    return module


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Operation:
    from planner.db import open_operation  # the database's modules: when a command runs

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
