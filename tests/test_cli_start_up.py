"""evacplan's start reads only the modules of the command that runs: every command spent
1.1 s reading every command's (OR-Tools, HiGHS, openpyxl, pandas, SQLAlchemy, ...) before
doing anything, ``--help`` included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

HEAVY = ("ortools", "highspy", "openpyxl", "pandas", "PySide6", "sqlalchemy", "alembic",
         "reportlab", "msoffcrypto", "segno", "numpy")

#: Run as the command runs (``main`` with the process's own arguments); then name the
#: heavy modules it read.
PROGRAM = """
import os, sys
from planner.cli import main
try:
    main()
except SystemExit:
    pass
heavy = sorted({name.split(".")[0] for name in sys.modules}
               & set(os.environ["HEAVY"].split(",")))
print("READ:" + ",".join(heavy), file=sys.stderr)
"""


def _read(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROGRAM, *args], capture_output=True,
                          text=True, timeout=120, env={
                              **os.environ, "QT_QPA_PLATFORM": "offscreen",
                              "HEAVY": ",".join(HEAVY)})
    line = next(line for line in done.stderr.splitlines() if line.startswith("READ:"))
    return [name for name in line.removeprefix("READ:").split(",") if name]


@pytest.mark.parametrize("args", [["--help"], ["--lang", "id", "solve", "--help"],
                                  ["import", "--help"]])
def test_help_reads_none_of_the_commands_heavy_modules(args: list[str]) -> None:
    assert _read(*args) == []


def test_status_reads_the_database_modules_only(tmp_path: Path) -> None:
    db = str(tmp_path / "op.sqlite")
    assert main(["--db", db, "init"]) == 0
    read = _read("--db", db, "status", "C-1", "--set", "missing")
    assert "sqlalchemy" in read  # it opened the operation
    assert not {"ortools", "highspy", "openpyxl", "pandas", "PySide6", "reportlab"} & set(read)
