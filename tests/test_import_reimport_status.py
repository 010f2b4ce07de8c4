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


def test_a_new_passport_is_recorded_by_re_import_and_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A row with the stored case number, name and birth date and another passport number
    is the same person with a new passport (after a loss or expiry): the passport is
    replaced, the status is valid, the report says so and the change is audited. It was
    refused as 'Passport no. differs'. Another birth date with it stays a conflict."""
    from sqlalchemy import select

    from planner.db.models import AuditEntry

    db = new_operation_file(tmp_path)
    first = [["C-1", None, "Sari Dewi", "P", "1990-01-02", "B1000001", "lost"],
             ["C-2", None, "Budi Santoso", "L", "1980-03-04", "B1000002", "valid"]]
    code, _, err = run(capsys, "--db", str(db), "import",
                       str(write_roster(tmp_path / "first.xlsx", first)))
    assert code == 0, err
    later = [["C-1", None, "SARI  DEWI", "P", "1990-01-02", "B7000001", None],
             ["C-2", None, "Budi Santoso", "L", "1981-03-04", "B7000002", None]]
    code, out, err = run(capsys, "--db", str(db), "import",
                         str(write_roster(tmp_path / "later.xlsx", later)), "--skip-invalid")
    assert code == 0, err
    assert ("Note: Persons row 2: C-1: passport B1000001 → B7000001, status valid (a new "
            "passport: the case number, name and date of birth are those stored)") in out
    assert "matches the stored person C-2 by case number but Passport no., Date of " \
        "birth differ" in out
    assert "Persons: 1 added" not in out and "Persons: 0 added, 1 updated" in out
    assert statuses(db) == {"C-1": ("B7000001", "valid"), "C-2": ("B1000002", "valid")}
    operation = open_operation(db)
    try:
        with operation.session() as session:
            entries = session.scalars(select(AuditEntry).where(
                AuditEntry.action == "import-new-passport")).all()
            assert [(e.entity_key, e.details["document_status"]) for e in entries] == [
                ("C-1", "valid")]
            assert "B7000001" not in str(entries[0].details)  # no personal values
    finally:
        operation.close()
    code, out, _ = run(capsys, "--db", str(db), "import",
                       str(write_roster(tmp_path / "later.xlsx", later)), "--lang", "id",
                       "--dry-run")
    assert "C-1: paspor" not in out  # the passport is stored now: nothing new to say
