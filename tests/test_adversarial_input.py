"""Issue 18's adversarial input, kept as tests: every hostile file is made here by code (no
binary blobs) and must give its clear message, naming what and where, and lose nothing.

docs/decisions.md ("Input that cannot be trusted") lists the guarantee each test proves.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from planner.db import Operation
from planner.importing import ImportOptions, ImportReport, RecordKind, run_import
from tests.importing.state import roster

HEADER = ["Full Name", "Sex", "Date of Birth", "Passport Number", "Notes"]


def _rejected(report: ImportReport) -> dict[int, str]:
    """Each rejected row's number and its problems as the command line prints them."""
    return {row.number: "; ".join(str(p) for p in row.problems) for row in report.rejected}


# --- formulas saved without their result (a workbook written by a script) ---------------

def test_formulas_without_a_saved_result_are_refused_or_taken_from_the_cell_they_name(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Persons"
    sheet.append(HEADER)
    sheet.append(["Siti Aminah", "F", "17/05/1990", "C1000001", "arrived 3 March"])
    sheet.append(["Budi Santoso", "M", "01/02/1985", "C1000002", "=E2"])  # plain reference
    sheet.append(["Ani Lestari", "F", "03/04/1992", "C1000003", "=$E$2"])  # absolute reference
    sheet.append(["Dewi Sari", "F", "05/06/1993", "C1000004", "=Persons!E2"])  # this sheet, named
    sheet.append(["Eko Prasetyo", "M", "07/08/1994", "C1000005", "=E99"])  # names an empty cell
    sheet.append(["Fajar Nugroho", "M", "09/10/1995", "C1000006", '=CONCAT(E2,"x")'])  # computed
    sheet.append(["Gita Putri", "F", "11/12/1996", "C1000007", "=E9"])  # a later row
    sheet.append(["Hadi Wijaya", "M", "13/01/1997", "C1000008", "left 4 March"])
    sheet.append(["Indah Permata", "F", "15/02/1998", "C1000009", "=Other!E2"])  # another sheet
    workbook.create_sheet("Other")
    path = tmp_path / "scripted.xlsx"
    workbook.save(path)  # openpyxl stores formulas with no result, as scripts do

    report = run_import(sqlite_operation, path, ImportOptions(skip_invalid=True))

    stored = {p["full_name"]: p["notes"] for p in roster(sqlite_operation)}
    assert stored == {"Siti Aminah": "arrived 3 March", "Budi Santoso": "arrived 3 March",
                      "Ani Lestari": "arrived 3 March", "Dewi Sari": "arrived 3 March",
                      "Hadi Wijaya": "left 4 March"}
    rejected = _rejected(report)
    assert sorted(rejected) == [6, 7, 8, 10]
    for row, formula in ((6, "=E99"), (7, '=CONCAT(E2,"x")'), (8, "=E9"), (10, "=Other!E2")):
        assert f"Persons row {row} column E (Notes)" in rejected[row]
        assert f"a formula without a saved result ({formula})" in rejected[row]
    assert report.counts[RecordKind.PERSONS].rejected == 4

