"""Walking the sheets of an opened file: layout first, then the records row by row.

Shared by ``analyse`` (no database) and ``run_import``: each recognised sheet's rows are
classified (blank, not a record, a record) and read into typed records, which go to a
*sink*: the database writers, or nothing when only analysing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from planner.importing import limits
from planner.importing.cells import Row
from planner.importing.column_inference import SAMPLE_ROWS, infer_columns
from planner.importing.column_mapping import ColumnMapping
from planner.importing.errors import ImportCancelled, ImportFileError
from planner.importing.headers import SheetLayout, detect_layout
from planner.importing.problems import SkippedRow
from planner.importing.remembered import SavedMapping, header_key, header_texts
from planner.importing.report import KindCounts, SheetReport
from planner.importing.row_reading import ParsedRow, RowReader
from planner.importing.sources import SheetSource, WorkbookSource
from planner.importing.values import ParseContext

Progress = Callable[[float, str], None]
ShouldCancel = Callable[[], bool]
#: Receives each valid record of a sheet; returns nothing.
Sink = Callable[[ParsedRow], None]
CHECK_EVERY_ROWS = 500
PREVIEW_ROWS = 20


@dataclass
class SheetScan:
    """A sheet whose layout is known, ready to give its data rows."""

    source: SheetSource
    layout: SheetLayout
    report: SheetReport
    data_rows: Iterator[tuple[int, Row]]


def select_sheets(workbook: WorkbookSource, name: str | None) -> list[SheetSource]:
    if name is None:
        return list(workbook.sheets)
    wanted = " ".join(name.lower().split())
    chosen = [s for s in workbook.sheets if " ".join(s.name.lower().split()) == wanted]
    if not chosen and name.isdigit() and 1 <= int(name) <= len(workbook.sheets):
        chosen = [workbook.sheets[int(name) - 1]]
    if not chosen:
        raise ImportFileError("no_such_sheet", file=workbook.path.name, sheet=name,
                              sheets=[repr(s.name) for s in workbook.sheets])
    return chosen


def remembered_for(top: list[tuple[int, Row]], remembered: Mapping[str, SavedMapping]
                   ) -> ColumnMapping | None:
    """The mapping the operation remembered for one of these rows as a header row."""
    for number, cells in top:
        texts = header_texts(cells)
        if len(texts) < 2:
            continue
        saved = remembered.get(header_key(texts))
        if saved is not None:
            return saved.as_column_mapping(header_row=number)
    return None


def scan_layout(source: SheetSource, mapping: ColumnMapping | None,
                today: dt.date | None = None,
                remembered: Mapping[str, SavedMapping] | None = None) -> SheetScan:
    """Read the top of a sheet to find kind, header row and columns; then the first rows
    under the header row, to weigh each column's cells (``column_inference``). Without
    a mapping for this sheet, a mapping the operation ``remembered`` for one of its first
    rows (as a header row) gives the columns."""
    rows = source.rows()
    top: list[tuple[int, Row]] = []
    for item in rows:
        top.append(item)
        if len(top) >= limits.HEADER_SCAN_ROWS:
            break
    applies = mapping if mapping is not None and mapping.applies_to(source.name) else None
    if applies is None and remembered:
        applies = remembered_for(top, remembered)
    layout = detect_layout(source.name, top, applies)
    header = layout.header_row or 0
    data: Iterator[tuple[int, Row]] = itertools.chain((r for r in top if r[0] > header), rows)
    if layout.kind is not None:
        sample = list(itertools.islice(data, SAMPLE_ROWS))
        ctx = ParseContext(today=today or dt.date.today(),
                           date1904=bool(getattr(source, "date1904", False)))
        layout = infer_columns(layout, sample, ctx)
        data = itertools.chain(sample, data)
    report = SheetReport(source.name, layout.kind, layout.header_row, layout.columns,
                         layout.reason, list(layout.warnings), layout.missing_required(),
                         headers=list(layout.headers),
                         remembered=applies.origin if applies is not None else None)
    return SheetScan(source, layout, report, data)


def no_sheet_error(workbook: WorkbookSource, reports: list[SheetReport],
                   mapping: ColumnMapping | None = None) -> ImportFileError:
    """The file holds no sheet of records: each sheet with why it was not recognised
    (with the officer's ``mapping``: what of the mapping it lacks)."""
    if not reports:
        return ImportFileError("no_sheets", file=workbook.path.name)
    if mapping is not None and mapping.sheet is not None \
            and not any(mapping.applies_to(report.name) for report in reports):
        return ImportFileError("mapping_sheet_absent", file=workbook.path.name,
                               mapping=mapping.where.as_json(), sheet=repr(mapping.sheet),
                               sheets=[repr(report.name) for report in reports])
    named = {} if mapping is None else {"mapping": mapping.where.as_json()}
    code = "no_sheet_recognised" if mapping is None else "no_sheet_fits_mapping"
    return ImportFileError(code, file=workbook.path.name, **named, sheets=[
        {"code": "sheet_note", "sheet": repr(r.name),
         "note": r.reason.as_json() if r.reason else None} for r in reports])


def read_records(scan: SheetScan, counts: KindCounts, rejected: list[ParsedRow],
                 skipped: list[SkippedRow], sink: Sink, *, today: dt.date,
                 tick: Callable[[str], None] | None = None,
                 preview: list[tuple[int, Row]] | None = None,
                 keep_cells: bool = False) -> None:
    """Classify and read every data row of a recognised sheet into ``sink``; a valid
    row keeps its cells only with ``keep_cells`` (when it may yet be rejected)."""
    ctx = ParseContext(today=today, date1904=bool(getattr(scan.source, "date1904", False)))
    reader = RowReader(scan.source.name, scan.layout, ctx)
    report = scan.report
    for number, cells in scan.data_rows:
        report.rows_read += 1
        if tick is not None and report.rows_read % CHECK_EVERY_ROWS == 0:
            tick(f"{scan.source.name}: row {number}")
        parsed = reader.read(number, cells)
        if parsed.blank:
            counts.blank += 1
            continue
        if parsed.skip is not None:
            counts.skipped += 1
            skipped.append(SkippedRow(scan.source.name, number, parsed.skip))
            continue
        if preview is not None and len(preview) < PREVIEW_ROWS:
            preview.append((number, cells))
        if parsed.problems:
            counts.rejected += 1
            rejected.append(parsed)
            continue
        if not keep_cells:
            parsed.cells = []  # only rows that may be rejected keep their cells
        sink(parsed)
    report.warnings.extend(scan.source.warnings)


def ticker(progress: Progress | None, should_cancel: ShouldCancel | None, sheet_index: int,
           sheet_count: int, source: SheetSource) -> Callable[[str], None]:
    """A per-row callback that reports progress and raises when cancelled."""
    def tick(text: str) -> None:
        if should_cancel is not None and should_cancel():
            raise ImportCancelled("The import was cancelled; nothing was changed")
        if progress is not None:
            fraction = (sheet_index + source.fraction_read()) / max(1, sheet_count)
            progress(min(1.0, fraction), text)

    return tick

