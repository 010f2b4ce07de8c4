"""Keep the Indonesian translation in step with the program's strings.

    python tools/translations.py           # update resources/translations/evacplan_id.ts
    python tools/translations.py --check   # exit 1 if a string is new or untranslated

``pyside6-lupdate`` (shipped with PySide6) collects every ``tr("...")`` of ``ui/``, and the
templates of ``planner/words/`` (``templates.py``, ``import_templates.py``,
``violation_templates.py``, ``form_templates.py``, ``command_templates.py``,
``error_templates.py``, and any other planner module marking a string ``QT_TR_NOOP``,
such as the call list's headers), into the
``.ts`` file, keeping the translations already there and dropping strings no longer
used; a translator then fills in the new ones with Qt Linguist (``pyside6-linguist``)
or any text editor. The program compiles the ``.ts`` at start-up (``ui/i18n.py``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
#: The planner's sentences marked ``QT_TR_NOOP`` (its reasons, the import's sentences, the
#: validator's findings, the form checks' problems, the commands' lines, the call list's
#: headers), translated by the desktop and read by the command line: every planner module
#: that marks one, so a new one cannot be left out of the catalogue.
TEMPLATES = tuple(sorted(p for p in (ROOT / "planner").rglob("*.py")
                         if "__pycache__" not in p.parts and "QT_TR_NOOP(" in p.read_text(
                             encoding="utf-8") and p.name != "__init__.py"))
CATALOGUE = ROOT / "resources" / "translations" / "evacplan_id.ts"


def find_lupdate() -> Path:
    candidates = [Path(sys.executable).parent / "pyside6-lupdate"]
    found = shutil.which("pyside6-lupdate")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.exists():
            return candidate
    raise SystemExit("translations: pyside6-lupdate not found (it comes with PySide6)")


def source_files() -> list[Path]:
    return [*sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts),
            *TEMPLATES]


def run_lupdate(target: Path) -> None:
    command = [str(find_lupdate()), *map(str, source_files()), "-no-obsolete",
               "-locations", "none", "-target-language", "id_ID", "-ts", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"translations: lupdate failed:\n{result.stderr}")


def messages(path: Path) -> dict[tuple[str, str, str], str | None]:
    """(context, source, comment) -> translation, None where unfinished."""
    found: dict[tuple[str, str, str], str | None] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and \
                bool(translation.text)
            found[key] = translation.text if done and translation is not None else None
    return found


def check() -> list[str]:
    """Problems: strings in the code but not in the catalogue, or not translated."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        shutil.copy(CATALOGUE, fresh)
        run_lupdate(fresh)
        current = messages(fresh)
    stored = messages(CATALOGUE)
    problems = [f"new string, not in {CATALOGUE.name}: {source!r}"
                for (_c, source, _m) in current.keys() - stored.keys()]
    problems += [f"not translated: {source!r}" for (_c, source, _m), text in current.items()
                 if not text]
    return sorted(problems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="report new or untranslated strings; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) in {CATALOGUE.relative_to(ROOT)}")
        return 1 if problems else 0
    CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(CATALOGUE)
    untranslated = [source for (_c, source, _m), text in messages(CATALOGUE).items() if not text]
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(messages(CATALOGUE))} strings, "
          f"{len(untranslated)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
