"""``evacplan import`` on rosters with headers nobody listed, through the entry point:
columns recognised by their words and cells are shown with their evidence, a column
that looks like a household (or a readiness date, a flag) and is not mapped stops the
import with the column named, and ``--ignore-column`` or ``--mapping`` decides it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.db import open_operation
from tests.importing.cli import new_operation_file, run
from tests.importing.office_rosters import FIELDS, family_column_unnamed, write_office_roster
from tests.importing.state import counts, roster


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_operation_file(tmp_path)


def test_unseen_headers_import_with_their_evidence_shown(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = write_office_roster(tmp_path, "phnom_penh", 4,
                               sources=dict.fromkeys(FIELDS, "held_out"))
    household = case.letter_of("household")
    assert household is not None
    code, out, err = run(capsys, "--db", str(db), "import", str(case.path))
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.strip().startswith(f"{household} "))
    assert "-> household (inferred, confidence" in line
    assert "adjacent rows in" in line and "looks like a household" in line
    assert "Persons: 241 added" in out
    operation = open_operation(db)
    try:
        families = {p["household"] for p in roster(operation) if p["household"]}
    finally:
        operation.close()
    assert len(families) == len({p["household"] for p in case.expected if p["household"]})


def _roster_with_silent_family_column(tmp_path: Path) -> tuple[Path, str]:
    case, letter, _ = family_column_unnamed(tmp_path)
    return case.path, letter


def test_a_column_that_looks_like_a_household_stops_the_import(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, letter = _roster_with_silent_family_column(tmp_path)
    operation = open_operation(db)
    try:
        before = counts(operation)
    finally:
        operation.close()
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1
    assert err.count("\n") == 1 and f"column {letter} (" in err and "a household" in err
    assert f"--ignore-column {letter}" in err
    decide = next(x for x in out.splitlines() if "<- decide" in x)
    assert decide.strip().startswith(f"{letter} ") and "proposal: household" in decide
    assert "adjacent rows" in decide
    assert "Nothing was imported" in out
    operation = open_operation(db)
    try:
        assert counts(operation) == before  # not a person, not a batch, not an audit entry
    finally:
        operation.close()


def test_ignore_column_and_mapping_decide_the_column(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, letter = _roster_with_silent_family_column(tmp_path)
    code, out, err = run(capsys, "--db", str(db), "import", str(path), "--dry-run",
                         "--ignore-column", letter)
    assert code == 0, err
    assert f"{letter} " in out and "left out as asked" in out
    header = next(x for x in out.splitlines() if "left out as asked" in x).split(":")[0]
    mapping = tmp_path / "office.json"
    mapping.write_text(json.dumps({header.strip()[2:]: "household"}), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db), "import", str(path), "--mapping", str(mapping))
    assert code == 0, err
    assert "-> household (from the mapping)" in out
    operation = open_operation(db)
    try:
        assert any(p["household"] for p in roster(operation))
    finally:
        operation.close()


def test_the_real_command_stops_in_one_line(db: Path, tmp_path: Path) -> None:
    path, letter = _roster_with_silent_family_column(tmp_path)
    evacplan = shutil.which("evacplan", path=str(Path(sys.executable).parent)) or "evacplan"
    done = subprocess.run([evacplan, "--db", str(db), "import", str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and f"--ignore-column {letter}" in done.stderr
    assert "Traceback" not in done.stderr
