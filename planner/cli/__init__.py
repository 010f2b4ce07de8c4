"""``evacplan``: the command line of SPEC section 5.

Each subcommand lives in its own module with a ``register(subparsers)`` function that
adds its parser and sets ``handler``. Commands of the desktop layer (``gui``) are found
through the ``evacplan.commands`` entry-point group, so planner/ never imports Qt.

A ``PlannerError`` prints one line on stderr and exits 1; an unexpected exception is a
bug: it prints one line naming it as such (the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import importlib
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, NoReturn

from planner import __version__
from planner.cli.common import LANGUAGES, WrongValue, said, words_of
from planner.errors import PlannerError
from planner.words.catalogue import catalogue_words
from planner.words.command_templates import HELP_WORDS
from planner.words.render import ENGLISH, Words, render
from solvers.reasons import Reason

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError

#: Modules under planner.cli that provide subcommands, in the order of ``--help``.
COMMAND_MODULES = (
    "init",
    "demo",
    "import_cmd",
    "mappings",
    "solve",
    "export",
    "export_roster",
    "departure",
    "sitrep",
    "tags",
    "template",
    "admin",
)

EXIT_USER_ERROR = 1
EXIT_BUG = 3
EXIT_INTERRUPTED = 130
#: What a shell reports for a command whose reader went away (128 + SIGPIPE).
EXIT_BROKEN_PIPE = 141


#: The options of ``evacplan`` itself, which go before the command.
TOP_LEVEL_OPTIONS = ("--db", "--debug", "--lang", "--version")


def language_given(strings: Sequence[str]) -> str:
    """The ``--lang`` of the command line (``--lang id`` or ``--lang=id``, evacplan's or the
    command's), read from the strings themselves: a wrong use is refused before argparse
    has read it. English when there is none or it is not a language."""
    for index, text in enumerate(strings):
        if text == "--":
            break
        value = (strings[index + 1] if text == "--lang" and index + 1 < len(strings)
                 else text.partition("=")[2] if text.startswith("--lang=") else None)
        if value is not None:
            return value if value in LANGUAGES else "en"
    return "en"


def _words(strings: Sequence[str] | None) -> Words:
    return catalogue_words(language_given(list(sys.argv[1:] if strings is None else strings)))


class _WrongUse(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Refused(argparse.ArgumentError):
    """A wrong use argparse finds, as a code with facts (said in the parser's language)."""

    def __init__(self, action: argparse.Action | None, reason: Reason) -> None:
        super().__init__(action, render(reason))
        self.reason = reason


def _pattern(msgid: str) -> re.Pattern[str]:
    """One of argparse's messages (its gettext msgid, ``%s`` or ``%(name)r`` for the
    values) as a pattern of the message it makes."""
    parts, names = [], iter(("first", "second"))
    for index, piece in enumerate(re.split(r"(%(?:\(\w+\))?[sr])", msgid)):
        if index % 2 == 0:
            parts.append(re.escape(piece))
        else:
            name = piece[2:-2] if piece.startswith("%(") else next(names)
            parts.append(f"(?P<{name}>.*)")
    return re.compile("".join(parts), re.DOTALL)


def _listed(text: str, separator: str = ", ") -> list[str]:
    return [item for item in text.split(separator) if item]


#: argparse's own messages that no method of the parser can say as a code (its gettext
#: msgid, through argparse's ``_``, the key a translation of argparse would use): the
#: code, and its facts from the message's values (names of arguments and options, the
#: strings typed). Invalid choices and values are codes from the start
#: (``_check_value``, ``_get_value``).
_ARGPARSE: tuple[tuple[re.Pattern[str], str, Callable[[dict[str, str]], dict[str, Any]]],
                 ...] = tuple((_pattern(argparse._(msgid)), code, facts) for msgid, code, facts in (  # type: ignore[attr-defined]
    ("the following arguments are required: %s", "arguments_required",
     lambda v: {"names": _listed(v["first"])}),
    ("one of the arguments %s is required", "argument_one_required",
     lambda v: {"names": _listed(v["first"], " ")}),
    ("not allowed with argument %s", "argument_not_allowed_with",
     lambda v: {"other": v["first"]}),
    ("expected one argument", "argument_needs_value", lambda v: {}),
    ("expected at most one argument", "argument_at_most_one", lambda v: {}),
    ("expected at least one argument", "argument_needs_values", lambda v: {}),
    ("ignored explicit argument %r", "argument_takes_no_value",
     lambda v: {"value": v["first"].strip("'\"")}),
    ("ambiguous option: %(option)s could match %(matches)s", "option_ambiguous",
     lambda v: {"option": v["option"], "matches": _listed(v["matches"])}),
))


#: argparse's "argument --x: what is wrong".
_ARGUMENT = _pattern(argparse._("argument %(argument_name)s: %(message)s"))  # type: ignore[attr-defined]


def argparse_reason(message: str) -> Reason | None:
    """The code of one of argparse's messages (``_ARGPARSE``); None for another."""
    for pattern, code, facts in _ARGPARSE:
        found = pattern.fullmatch(message)
        if found is not None:
            return Reason(code, facts(found.groupdict()))
    return None


class _SpeakingParser(argparse.ArgumentParser):
    """A parser that says what is wrong in its own language (``words``: set by
    evacplan's parser from ``--lang`` for itself and each command's parser, per parser,
    not per process): argparse's own English messages are codes with facts here."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("exit_on_error", False)  # the error itself, not its English
        super().__init__(*args, **kwargs)
        self.words: Words = ENGLISH

    def speak(self, words: Words) -> None:
        """Say every refusal of this parser and of its commands' parsers in ``words``,
        and their ``--help``: the help texts (marked ``QT_TR_NOOP`` where they are
        written) and argparse's own words from the catalogue."""
        self.words = words
        translate = words.translate
        if self.description:
            self.description = translate(self.description)
        self._positionals.title = translate(HELP_WORDS["positionals"])
        self._optionals.title = translate(HELP_WORDS["options"])
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = translate(HELP_WORDS["help"])
            elif isinstance(action, argparse._VersionAction):
                action.help = translate(HELP_WORDS["version"])
            elif action.help and action.help != argparse.SUPPRESS:
                action.help = translate(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for listed in action._choices_actions:  # the commands' lines in --help
                    listed.help = translate(listed.help) if listed.help else listed.help
                for parser in action.choices.values():
                    if isinstance(parser, _SpeakingParser):
                        parser.speak(words)

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()
        words = getattr(self, "words", ENGLISH)  # argparse formats while it is made
        add_usage, prefix = formatter.add_usage, words.translate(HELP_WORDS["usage"])

        def usage(usage: str | None, actions: Any, groups: Any,
                  given: str | None = None) -> None:
            add_usage(usage, actions, groups, prefix if given is None else given)

        formatter.add_usage = usage  # type: ignore[method-assign,assignment]
        return formatter

    def refusal(self, error: argparse.ArgumentError | str) -> str:
        """What is wrong, in the parser's language (argparse's English for a message it
        has no code for)."""
        if isinstance(error, str):  # a message argparse passed to ``error``
            found = _ARGUMENT.fullmatch(error)
            argument, message = (found["argument_name"], found["message"]) if found \
                else (None, error)
            reason = argparse_reason(message)
        else:
            argument, message = error.argument_name, error.message
            reason = error.reason if isinstance(error, _Refused) else argparse_reason(message)
        if reason is None:
            return str(error)
        if argument:
            reason = Reason("argument_refused", {"argument": argument,
                                                 "what": reason.as_json()})
        return render(reason, self.words)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            raise _Refused(action, Reason("argument_choice", {
                "value": str(value), "choices": [f"'{c}'" for c in action.choices]}))

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)  # type: ignore[misc]
        except argparse.ArgumentError as error:
            cause = error.__context__
            if isinstance(cause, WrongValue):
                raise _Refused(action, cause.reason) from cause
            if isinstance(cause, (TypeError, ValueError)) and action.type in (int, float):
                code = "argument_not_whole_number" if action.type is int else \
                    "argument_not_number"
                raise _Refused(action, Reason(code, {"value": arg_string})) from cause
            raise


class CommandParser(_SpeakingParser):
    """The parser of a subcommand (and of its own subcommands): a wrong use (an unknown
    option, an argument too many, one missing) is refused in one line naming the
    command and what is wrong, with ``evacplan COMMAND --help`` as the hint; exit code 2,
    argparse's for a wrong use. Left to argparse, an unknown option went up to the
    top-level parser, which printed the top-level usage and did not name the command;
    and an unknown option given without the command's required arguments was reported
    as the arguments missing, not as the option unknown."""

    _deferring = False

    def parse_known_args(  # type: ignore[override]
            self, args: Sequence[str] | None = None,
            namespace: argparse.Namespace | None = None,
    ) -> tuple[argparse.Namespace, list[str]]:
        strings = list(sys.argv[1:] if args is None else args)
        self._deferring = True
        try:
            parsed, extras = super().parse_known_args(strings, namespace)
        except (_WrongUse, argparse.ArgumentError) as wrong:
            self._deferring = False
            unknown = self._unknown_options(strings)
            self.error(self._unexpected(unknown) if unknown else self.refusal(
                wrong.message if isinstance(wrong, _WrongUse) else wrong))
        finally:
            self._deferring = False
        if extras:
            self.error(self._unexpected(extras))
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        """``message``: said in the parser's language (a message of argparse's own is
        said by its code: the Pythons before 3.13 call ``error`` for some of them)."""
        if self._deferring:  # an unknown option is named first, see parse_known_args
            raise _WrongUse(message)
        self.exit(2, said(self.words, "wrong_use", prog=self.prog, what=message) + "\n")

    def _unknown_options(self, strings: list[str]) -> list[str]:
        """The strings before ``--`` that look like options this command does not have."""
        unknown = []
        for text in strings:
            if text == "--":
                break
            option = text.partition("=")[0]
            if (len(option) < 2 or not option.startswith(self.prefix_chars)
                    or self._negative_number_matcher.match(text)):
                continue
            known = option in self._option_string_actions or (
                self.allow_abbrev and option.startswith("--") and any(
                    name.startswith(option) for name in self._option_string_actions))
            if not known:
                unknown.append(text)
        return unknown

    def _unexpected(self, extras: list[str]) -> str:
        options = [text for text in extras if text.startswith(self.prefix_chars)
                   and len(text) > 1 and not self._negative_number_matcher.match(text)]
        top = [text.partition("=")[0] for text in options
               if text.partition("=")[0] in TOP_LEVEL_OPTIONS]
        words = self.words
        if top:  # its value, if any, is among the extras too: name the option only
            return said(words, "wrong_use_top_option", option=top[0],
                        command=self.prog.removeprefix("evacplan "))
        others = [text for text in extras if text not in options]
        parts = []
        if options:
            parts.append(said(words, "unknown_options", options=options))
        if others:
            parts.append(said(words, "unexpected_arguments",
                              arguments=[repr(text) for text in others]))
        return "; ".join(parts)


class TopParser(_SpeakingParser):
    """``evacplan``'s own parser: an unknown command or an unknown option before the
    command is refused in one line, as a subcommand's wrong use is (``CommandParser``),
    with the closest command name as a guess; argparse printed the whole usage and every
    command's name."""

    _strings: list[str] = []

    def parse_known_args(  # type: ignore[override]
            self, args: Sequence[str] | None = None,
            namespace: argparse.Namespace | None = None,
    ) -> tuple[argparse.Namespace, list[str]]:
        self._strings = list(sys.argv[1:] if args is None else args)
        self.speak(_words(self._strings))
        return super().parse_known_args(self._strings, namespace)

    def error(self, message: str) -> NoReturn:
        what = self._wrong_use() or said(self.words, "wrong_use_hint", prog=self.prog,
                                         what=self.refusal(message))
        self.exit(2, f"{self.prog}: {what}\n")

    def _wrong_use(self) -> str | None:
        """What is wrong and the hint: an unknown option before the command, else an
        unknown command; None if neither (argparse's message is said then)."""
        names: dict[str, argparse.ArgumentParser] = {}
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                names = action.choices
        strings = iter(self._strings)
        for text in strings:
            option = text.partition("=")[0]
            if text == "--":
                return None
            if not text.startswith(self.prefix_chars) or len(text) < 2:
                if text in names:
                    return None
                close = difflib.get_close_matches(text, list(names), n=1)
                return said(self.words, "unknown_command", command=text,
                            guess=close[0] if close else None, prog=self.prog)
            matches = [name for name in self._option_string_actions
                       if name == option or (option.startswith("--") and name.startswith(option))]
            if not matches:
                return said(self.words, "unknown_top_option", option=text,
                            prog=self.prog)
            action = self._option_string_actions[matches[0]]
            if action.nargs is None and "=" not in text:
                next(strings, None)  # the option's value (--db PATH)
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = TopParser(
        prog="evacplan", description=HELP_WORDS["evacplan"],
        exit_on_error=True,  # its refusals go through error (see TopParser._wrong_use)
    )
    parser.add_argument("--version", action="version", version=f"evacplan {__version__}")
    parser.add_argument("--db", help=HELP_WORDS["db"])
    parser.add_argument("--debug", action="store_true", help=HELP_WORDS["debug"])
    # dest "language": import's and sitrep's own --lang (dest "lang") may say otherwise.
    parser.add_argument("--lang", dest="language", choices=LANGUAGES, default=None,
                        help=HELP_WORDS["lang"])
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND",
                                       parser_class=CommandParser)
    subparsers.required = True
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"planner.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"planner.cli.{name}":
                continue  # that command has not landed yet
            raise
        module.register(subparsers)
    for entry in entry_points(group="evacplan.commands"):
        register: Callable[[argparse._SubParsersAction], None] = entry.load()  # type: ignore[type-arg]
        register(subparsers)
    return parser


def _database_error(error: BaseException) -> SQLAlchemyError | None:
    """``error`` when it is SQLAlchemy's (SQLAlchemy is read by the commands that open the
    operation, not at evacplan's start: none was raised where it was not read)."""
    errors = sys.modules.get("sqlalchemy.exc")
    return error if errors is not None and isinstance(error, errors.SQLAlchemyError) \
        else None


def _fail(message: str, code: int) -> int:
    """One line on stderr, after whatever the command already printed on stdout."""
    sys.stdout.flush()  # in a log or a pipe the report must come before the error line
    print(f"evacplan: {message}", file=sys.stderr)
    return code


def _silence_output() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a stream without a file
            os.dup2(devnull, stream.fileno())


def _seconds_since_start() -> float:
    """How long ago this process started (Linux: /proc/self/stat against the time since
    boot; 2.7 s of a 15.6 s solve under load went before ``main``); 0 where unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22, starttime, counted after the ")" of field 2
        since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        return max(0.0, since_boot - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


def main(argv: Sequence[str] | None = None) -> int:
    # A command's time limit (solve's) counts from the process's start: starting Python
    # and reading the commands' modules is part of the job the officer waits for. Called
    # with arguments (from Python, not as the command), from this call.
    started = time.perf_counter() - (_seconds_since_start() if argv is None else 0.0)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    args.started = started
    words = words_of(args)
    try:
        result = args.handler(args)
    except PlannerError as exc:
        return _fail(exc.text(words), EXIT_USER_ERROR)
    except KeyboardInterrupt:
        return _fail(said(words, "interrupted"), EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader of the output went away (``evacplan ... | head``): nothing to say
        # to it, and no "internal error"; Python must not try to flush to it again.
        _silence_output()
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # a bug: say so in one line, keep the details for --debug
        database_error = _database_error(exc)
        if database_error is not None:
            from planner.db.engine import explain_database_error

            message = explain_database_error(database_error, words)
            if message is not None:
                return _fail(message, EXIT_USER_ERROR)
            if args.debug:
                raise
            return _fail(said(words, "internal_database_error", name=type(exc).__name__),
                         EXIT_BUG)
        if args.debug:
            raise
        return _fail(said(words, "internal_error", name=type(exc).__name__), EXIT_BUG)
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
