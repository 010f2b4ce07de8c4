"""``export-roster``: every person with every field of the registry, in the template's headers.

.xlsx (a ``Persons`` sheet like the template's), .csv (UTF-8 with a byte-order mark so
spreadsheets read the accents, comma separated) or .json (a list of objects keyed by field
name, dates as ISO text). Importing the output into an empty operation gives the same
roster. Text is written so that no spreadsheet runs it as a formula; files are written
whole or not at all, readable by their owner only; the export is audited (format and
count, no personal data).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from planner.db.engine import Operation
from planner.db.models import Household, Person
from planner.errors import PlannerError
from planner.fields import PERSON, Field
from planner.protection import audit
from planner.protection.files import atomic_output
from planner.spreadsheet_text import csv_text, xlsx_cell

FORMATS = ("xlsx", "csv", "json")


def roster_rows(session: Session) -> Iterator[dict[str, Any]]:
    """Every person as a dict of the registry's person fields, in registration order."""
    names = PERSON.names
    columns = [
        case((Household.implicit, None), else_=Household.code).label("household")
        if field == "household" else getattr(Person, field)
        for field in names
    ]
    query = (select(*columns).join(Household, Person.household_id == Household.id)
             .order_by(Person.id).execution_options(yield_per=2000))
    for row in session.execute(query):
        yield dict(zip(names, row, strict=True))


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise PlannerError.of("roster_format", file=path.name)
    return suffix


def _text(field: Field, value: Any) -> str:
    if value is None:
        return ""
    if field.type is bool:
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _write_xlsx(rows: Iterator[dict[str, Any]], target: Path) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Persons")
    bold = Font(bold=True)
    header = []
    fields = PERSON.fields
    for field in fields:
        cell = WriteOnlyCell(sheet)
        xlsx_cell(cell, field.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        cells = []
        for field in fields:
            value = row[field.name]
            cell = WriteOnlyCell(sheet)
            if field.type is dt.date and value is not None:
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            elif value is not None:
                xlsx_cell(cell, _text(field, value))
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(target)
    return count


def _write_csv(rows: Iterator[dict[str, Any]], target: Path) -> int:
    count = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        fields = PERSON.fields
        writer.writerow([f.header for f in fields])
        for row in rows:
            writer.writerow([csv_text(_text(f, row[f.name])) for f in fields])
            count += 1
    return count


def _write_json(rows: Iterator[dict[str, Any]], target: Path) -> int:
    count = 0
    with target.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for row in rows:
            record = {f: (v.isoformat() if isinstance(v, dt.date) else v) for f, v in row.items()}
            handle.write(("," if count else "") + "\n" + json.dumps(record, ensure_ascii=False))
            count += 1
        handle.write("\n]\n")
    return count


def export_roster(operation: Operation, path: str | Path) -> int:
    """Write every person to ``path`` (.xlsx, .csv or .json); return how many.

    The export's audit entry is committed before the file appears under its name (the
    order of ``planner.protection.files``): the session that records it and reads the rows ends
    inside the file's block.
    """
    path = Path(path)
    fmt = format_of(path)
    writer = {"xlsx": _write_xlsx, "csv": _write_csv, "json": _write_json}[fmt]
    with atomic_output(path) as temporary, operation.session() as session:
        expected = int(session.scalar(select(func.count()).select_from(Person)) or 0)
        # The entry takes the write lock: the rows cannot change while they are written.
        audit.record(session, "export", "roster", None,
                     {"format": fmt, "persons": expected, "file": path.name})
        count = writer(roster_rows(session), temporary)
        if count != expected:
            raise PlannerError.of("roster_changed")
    return count
