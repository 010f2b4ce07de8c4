"""A wrong use of any command (an unknown option, an argument too many) is refused in one
line naming the command and what is wrong, with the command's ``--help`` as the hint."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from planner.cli import build_parser, main
from tests.test_cli_foundation import run_cli


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-command (``mappings list``) the parser knows."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*words, name))
                found.extend(_commands(sub, (*words, name)))
    return found


COMMANDS = _commands(build_parser())


def test_every_command_is_checked() -> None:
    assert {"checkin", "solve", "import", "gui", "close", "status"} <= {c[0] for c in COMMANDS}
    assert ("mappings", "list") in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_unknown_option_names_it_and_the_command(
        command: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It printed the top-level usage ('usage: evacplan [-h] ... COMMAND ...') and
    'evacplan: error: unrecognized arguments', naming no command; given without the
    command's required arguments, it was reported as those missing."""
    db = tmp_path / "op.sqlite"
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), *command, "--bogus"])
    out, err = capsys.readouterr()
    name = " ".join(command)
    assert exit_.value.code == 2 and out == ""
    assert err == (f"evacplan {name}: unknown option --bogus "
                   f"(see evacplan {name} --help)\n")
    assert not db.exists()  # nothing was opened, let alone written


def test_real_command_unknown_option_and_argument_too_many(tmp_path: Path) -> None:
    db = str(tmp_path / "op.sqlite")
    result = run_cli("--db", db, "checkin", "--bogus")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == ("evacplan checkin: unknown option --bogus "
                             "(see evacplan checkin --help)\n")
    result = run_cli("--db", db, "close", "QZ 8205 2026-02-03", "extra", "--x=1")
    assert result.returncode == 2
    assert result.stderr == ("evacplan close: unknown option --x=1; unexpected argument "
                             "'extra' (see evacplan close --help)\n")


def test_an_option_of_evacplan_itself_after_the_command_says_where_it_goes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["close", "QZ 8205 2026-02-03", "--db", str(tmp_path / "op.sqlite")])
    _, err = capsys.readouterr()
    assert exit_.value.code == 2
    assert err == ("evacplan close: --db is an option of evacplan itself: put it before "
                   "the command (evacplan --db ... close ...) (see evacplan close --help)\n")


def test_a_known_option_abbreviated_is_not_called_unknown(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Only the missing arguments are said when the options are the command's own."""
    with pytest.raises(SystemExit):
        main(["checkin", "--stand", "C-000001"])
    _, err = capsys.readouterr()
    assert err.startswith("evacplan checkin: the following arguments are required: FLIGHT")
    assert "unknown" not in err and err.count("\n") == 1


@pytest.mark.parametrize(("words", "line"), [
    (("slove",), "evacplan: unknown command 'slove' (did you mean 'solve'? "
                 "see evacplan --help)\n"),
    (("--db", "x.sqlite", "chekin"), "evacplan: unknown command 'chekin' (did you mean "
                                     "'checkin'? see evacplan --help)\n"),
    (("xyzzy",), "evacplan: unknown command 'xyzzy' (see evacplan --help)\n"),
    (("--bogus",), "evacplan: unknown option --bogus (see evacplan --help)\n"),
    (("--bogus", "solve"), "evacplan: unknown option --bogus (see evacplan --help)\n"),
])
def test_unknown_command_or_top_level_option_is_one_line(
        words: tuple[str, ...], line: str, tmp_path: Path) -> None:
    """argparse printed the whole usage and every command's name ('invalid choice: ...
    (choose from 'init', 'demo', ...')."""
    result = run_cli(*words)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == line
