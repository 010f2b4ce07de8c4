"""Re-importing a roster derives the document status as the first import does (SPEC 2.1:
blank = valid if passport_no is present, else missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.db import open_operation
from tests.importing.cli import new_operation_file, run
from tests.importing.state import roster
from tests.test_import_household_hold import write_roster


def statuses(db: Path) -> dict[str, tuple[str | None, str]]:
    operation = open_operation(db)
    try:
        return {p["case_no"]: (p["passport_no"], p["document_status"])
                for p in roster(operation)}
    finally:
        operation.close()


def test_a_passport_number_on_a_later_roster_makes_the_document_valid(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = new_operation_file(tmp_path)
    first = [["C-1", None, "Sari Dewi", "P", "1990-01-02", None, None],
             ["C-2", None, "Budi Santoso", "L", "1980-03-04", "B1000002", "expired"],
             ["C-3", None, "Ani Lestari", "P", "1982-05-06", None, "lost"]]
    code, _, err = run(capsys, "--db", str(db), "import",
                       str(write_roster(tmp_path / "first.xlsx", first)))
    assert code == 0, err
    assert statuses(db) == {"C-1": (None, "missing"), "C-2": ("B1000002", "expired"),
                            "C-3": (None, "lost")}
    # The ministry's next roster: passports found for C-1 and C-3 (a new one), C-2's
    # expired passport listed again; the status column left blank throughout.
    later = [["C-1", None, "Sari Dewi", "P", "1990-01-02", "B1000001", None],
             ["C-2", None, "Budi Santoso", "L", "1980-03-04", "B1000002", None],
             ["C-3", None, "Ani Lestari", "P", "1982-05-06", "B1000003", None]]
    code, out, err = run(capsys, "--db", str(db), "import",
                         str(write_roster(tmp_path / "later.xlsx", later)))
    assert code == 0, err
    assert "Persons: 0 added, 2 updated, 1 unchanged" in out
    assert statuses(db) == {"C-1": ("B1000001", "valid"), "C-2": ("B1000002", "expired"),
                            "C-3": ("B1000003", "valid")}
