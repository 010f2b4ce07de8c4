"""``evacplan --lang id --help`` and ``evacplan --lang id COMMAND --help``: the commands'
help and the descriptions of their arguments in Indonesian (they were English whatever
--lang said); English stays the default. Each help text of the English parser must be in
the English help and in no Indonesian one (texts that read alike in both are left out)."""

from __future__ import annotations

import argparse
import re

import pytest

from planner.cli import build_parser, main
from planner.demo import DEMO_START
from planner.words.catalogue import catalogue_words

#: Help texts read alike in both languages (a flight's key), and the desktop's ``gui``,
#: whose words are ui/'s.
ALIKE = {"'FLIGHT_NO YYYY-MM-DD'"}


def _flat(text: str) -> str:
    """The text on one line (argparse wraps it, and breaks a word after its hyphen)."""
    return " ".join(re.sub(r"-\n\s+", "-", text).split())


def _helps() -> dict[str, list[str]]:
    """Each command's (and evacplan's own, under "") help texts, English."""
    top = build_parser()
    found: dict[str, list[str]] = {"": [top.description or ""]}
    for action in top._actions:
        if action.help and not isinstance(action, (argparse._HelpAction,
                                                   argparse._VersionAction)):
            found[""].append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                if listed.dest != "gui":
                    found[""].append(listed.help or "")
            for name, parser in action.choices.items():
                if name == "gui":
                    continue
                found[name] = [a.help.replace("%(default)s", str(a.default))
                               for a in parser._actions
                               if a.help and not isinstance(a, argparse._HelpAction)
                               and a.help not in ALIKE]
                if parser.description:
                    found[name].append(parser.description)
    return found


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return _flat(out)


def test_help_is_indonesian_under_lang_id_and_english_by_default(
        capsys: pytest.CaptureFixture[str]) -> None:
    helps = _helps()
    assert len(helps) > 20
    indonesian = catalogue_words("id")
    for command, texts in helps.items():
        words = [command] if command else []
        english = _help(capsys, *words)
        translated = _help(capsys, "--lang", "id", *words)
        assert english.startswith("usage: evacplan") and "options:" in english
        assert translated.startswith("cara pakai: evacplan") and "opsi:" in translated
        for text in texts:
            assert _flat(text) in english, (command, text)
            assert _flat(text) not in translated, (command, text)
            said = indonesian.translate(text.replace(str(DEMO_START), "%(default)s"))
            assert _flat(said.replace("%(default)s", str(DEMO_START))) in translated, \
                (command, text)
    # The command's own --lang says it as well.
    assert _help(capsys, "import", "--lang", "id").startswith("cara pakai: evacplan import")
