"""Property: a valid roster imports to the same records however it is written down:
English or Indonesian headers in any case and punctuation, any column order, title rows
above the header, blank rows, dates as cells, serial numbers or day-first text, sex and
yes/no words in both languages, phones as number cells, .xlsx or CSV."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from planner.db import open_operation
from planner.importing import SheetKind, run_import
from tests.importing.random_rosters import RosterCase, roster_cases, write_case
from tests.importing.state import empty_operation_file as empty_operation
from tests.importing.state import roster

COMPARED = ("case_no", "household", "full_name", "sex", "date_of_birth", "passport_no",
            "document_status", "phone", "destinations", "medical", "pregnant", "notes")


@pytest.fixture(scope="module")
def empty_operation_file() -> Iterator[Path]:
    """An empty operation made once; each example works on a copy (migrating is slow)."""
    with empty_operation() as path:
        yield path


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=roster_cases())
def test_any_written_form_imports_to_the_same_records(empty_operation_file: Path,
                                                      case: RosterCase) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "op.sqlite"
        shutil.copyfile(empty_operation_file, db)
        operation = open_operation(db)
        try:
            path = write_case(case, Path(folder))
            report = run_import(operation, path)
            assert report.committed, [str(p) for p in report.problems]
            sheet = report.sheets[0]
            assert sheet.kind is SheetKind.PERSONS
            assert sheet.header_row == case.title_rows + 1
            assert report.counts[SheetKind.PERSONS].added == len(case.persons)
            stored = {p["case_no"]: p for p in roster(operation)}
        finally:
            operation.close()
    for expected in case.persons:
        got = stored[expected["case_no"]]
        for field in COMPARED:
            assert got[field] == expected[field], (field, case.writer, case.headers)
