"""Running ``evacplan`` in the tests through its entry point function."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main


def new_operation_file(folder: Path) -> Path:
    """A new, empty operation made with ``evacplan init``."""
    path = folder / "op.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of one command."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
