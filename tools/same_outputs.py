"""Do two versions of the program plan, export and write alike? (a refactoring's check)

    python tools/same_outputs.py write FOLDER [--people 2200 --seed 1]
    python tools/same_outputs.py compare FOLDER_BEFORE FOLDER_AFTER

``write`` runs, as an officer would, ``evacplan init``, ``demo``, ``solve --start
2026-02-01 --json``, ``export`` (the manifests), ``export-roster`` (.xlsx, .csv, .json)
and ``template`` into FOLDER, with the ``evacplan`` beside this interpreter. Run it in the
work tree before a change and in the one after it, then ``compare``: every workbook cell
(value, number format, bold, fill), every sheet's widths, frozen panes and drop-down lists,
the CSV and JSON bytes, and the plan's JSON (less its id and solve time) must be equal.
Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

EVACPLAN = str(Path(sys.executable).with_name("evacplan"))
WORKBOOKS = ("manifest.xlsx", "roster.xlsx", "template.xlsx")
TEXTS = ("roster.csv", "roster.json")


def write(folder: Path, people: int, seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "op.sqlite"
    database.unlink(missing_ok=True)
    steps = [["init"], ["demo", "--people", str(people), "--seed", str(seed)],
             ["solve", "--start", "2026-02-01", "--json", str(folder / "plan.json")],
             ["export", str(folder / "manifest.xlsx")],
             *(["export-roster", str(folder / f"roster.{s}")] for s in ("xlsx", "csv", "json")),
             ["template", str(folder / "template.xlsx")]]
    for step in steps:
        subprocess.run([EVACPLAN, "--db", str(database), *step], check=True,
                       stdout=subprocess.DEVNULL)


def _cells(path: Path) -> list[Any]:
    book = load_workbook(path)
    found: list[Any] = []
    for sheet in book.worksheets:
        found.append((sheet.title, sheet.freeze_panes,
                      sorted((k, d.width) for k, d in sheet.column_dimensions.items()),
                      [(str(v.sqref), v.formula1, v.error)
                       for v in sheet.data_validations.dataValidation]))
        found.extend(tuple((c.value, c.number_format, c.font.b, c.fill.fgColor.rgb) for c in row)
                     for row in sheet.iter_rows())
    return found


def _plan(path: Path) -> dict[str, Any]:
    plan = json.loads(path.read_text())
    for volatile in ("plan_id", "solve_seconds"):
        plan.pop(volatile, None)
    return dict(plan)


def compare(before: Path, after: Path) -> bool:
    same = True
    for name in WORKBOOKS:
        equal = _cells(before / name) == _cells(after / name)
        print(f"{name}: {'same' if equal else 'DIFFERENT'}")
        same &= equal
    for name in TEXTS:
        equal = (before / name).read_bytes() == (after / name).read_bytes()
        print(f"{name}: {'same bytes' if equal else 'DIFFERENT'}")
        same &= equal
    equal = _plan(before / "plan.json") == _plan(after / "plan.json")
    print(f"plan.json: {'same' if equal else 'DIFFERENT'}")
    return same and equal


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write")
    writing.add_argument("folder", type=Path)
    writing.add_argument("--people", type=int, default=2200)
    writing.add_argument("--seed", type=int, default=1)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write(args.folder, args.people, args.seed)
        return 0
    return 0 if compare(args.before, args.after) else 1


if __name__ == "__main__":
    sys.exit(main())
