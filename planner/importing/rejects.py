"""The rejected rows written back as a workbook, ready to correct and import again.

One sheet per kind of record, named and headed as in the template, each rejected row
with its cells as they were typed, a ``Problem`` column saying what to correct, and where
the row came from. The extra columns are not fields, so importing the corrected file
ignores them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from planner.db.engine import Operation
from planner.fields import header_for
from planner.importing.cells import CellValue, UnusableCell, display
from planner.importing.record_kinds import KINDS, SheetKind, base_field
from planner.importing.report import SheetReport
from planner.importing.row_reading import ParsedRow
from planner.protection import audit
from planner.protection.files import atomic_output, save_through_memory
from planner.spreadsheet_text import xlsx_cell
from planner.words.render import ENGLISH, Words

EXTRA_HEADERS = ("Problem", "Source Sheet", "Source Row")


class HasRejects(Protocol):
    sheets: list[SheetReport]
    rejected: list[ParsedRow]


def _field_value(row: ParsedRow, sheet: SheetReport, field: str) -> CellValue:
    parts = [c for c in sheet.columns if c.field and base_field(c.field) == field]
    if not parts:
        return None
    cells = row.cells
    if len(parts) == 1:
        return cells[parts[0].index] if parts[0].index < len(cells) else None
    texts = [display(cells[c.index]) for c in sorted(parts, key=lambda c: c.field or "")
             if c.index < len(cells) and cells[c.index] is not None]
    return " ".join(texts) or None


def _write_cell(cell: object, value: CellValue) -> None:
    if isinstance(value, UnusableCell):
        xlsx_cell(cell, value.shown)
    elif isinstance(value, dt.datetime):
        xlsx_cell(cell, value)
        cell.number_format = "yyyy-mm-dd hh:mm"  # type: ignore[attr-defined]
    elif isinstance(value, dt.date):
        xlsx_cell(cell, value)
        cell.number_format = "yyyy-mm-dd"  # type: ignore[attr-defined]
    elif isinstance(value, dt.time | dt.timedelta):
        xlsx_cell(cell, display(value))
    else:
        xlsx_cell(cell, value)


def write_rejects(report: HasRejects, path: str | Path, operation: Operation | None = None,
                  words: Words = ENGLISH) -> int:
    """Write the rejected rows of an import or analysis to ``path``; return how many. The
    ``Problem`` column says what to correct in the language of ``words`` (the headers stay
    the template's, so the corrected file imports again).

    With ``operation`` the file is recorded in its audit log (rows, file names) before
    it appears under its name, as every file of personal data is (``planner.protection.files``);
    so is the file of a refused or dry-run import, which changed nothing else.
    """
    layouts = {s.name: s for s in report.sheets}
    by_kind: dict[SheetKind, list[tuple[ParsedRow, SheetReport]]] = {}
    for row in report.rejected:
        sheet = layouts.get(row.sheet)
        if sheet is None or sheet.kind is None:
            continue
        by_kind.setdefault(sheet.kind, []).append((row, sheet))
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FDE9D9")
    for kind in SheetKind:
        rows = by_kind.get(kind)
        if not rows:
            continue
        fields: Sequence[str] = KINDS[kind].fields
        worksheet = workbook.create_sheet(KINDS[kind].sheet_title)
        worksheet.append([header_for(f) for f in fields] + list(EXTRA_HEADERS))
        for cell in worksheet[1]:
            cell.font = bold
        for number, (row, sheet) in enumerate(rows, start=2):
            for column, field in enumerate(fields, start=1):
                _write_cell(worksheet.cell(number, column),
                            _field_value(row, sheet, field))
            extra = len(fields) + 1
            problem = worksheet.cell(number, extra)
            xlsx_cell(problem, "; ".join(p.short_in(words) for p in row.problems))
            problem.fill = fill
            xlsx_cell(worksheet.cell(number, extra + 1), row.sheet)
            worksheet.cell(number, extra + 2).value = row.number
        worksheet.freeze_panes = "A2"
        worksheet.column_dimensions["A"].width = 14
    if not workbook.worksheets:
        worksheet = workbook.create_sheet("Persons")
        worksheet.append(["No rows were rejected."])
    count = sum(len(rows) for rows in by_kind.values())
    target = Path(path)
    with atomic_output(target) as temporary:
        save_through_memory(workbook, temporary)
        if operation is not None:
            with operation.session() as session:
                audit.record(session, "export", "rejects", None, {
                    "rows": count, "file": target.name,
                    "source": getattr(report, "file_name", None),
                })
    return count
