"""The import service: what the command line and the desktop import wizard call.

``analyse`` looks at a file without touching the operation: its sheets, the kind and
header row of each, which column feeds which field, and every row's problems; given an
operation it also runs the import of its valid rows as a dry run to count what would be
added, updated, left unchanged, rejected or held back with a household (whose held-back
rows join its problems). ``run_import`` imports in one transaction: all of the file,
or with ``skip_invalid`` all of its valid rows, never a part, except the rows of a
household one of whose rows is invalid (held back whole, ``household_hold``); with
``dry_run`` it rolls back at the end. Progress is a plain ``(fraction, text)`` callable and cancelling a plain
callable returning True; neither knows about Qt.

``before_write`` is called with the operation once the import is known to be kept, just
before it commits (never for a dry run, a refused file or a cancelled import): the place
for the backup of the operation (issue 7). It runs inside ``planner.protection.backup.recorded_in``,
so the backup's audit entry joins the import's transaction; on SQLite the copy, read
through another connection, is the state committed before the import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.db import Operation
from planner.db.models import ImportBatch
from planner.errors import ConflictError
from planner.importing.cells import Row
from planner.importing.column_mapping import ColumnMapping
from planner.importing.errors import ImportFileError, UndecidedColumns
from planner.importing.file_format import open_source
from planner.importing.household_hold import HouseholdHold, HouseholdTally
from planner.importing.keyed_writer import KeyedWriter
from planner.importing.person_writer import PersonWriter
from planner.importing.problems import RowProblem, SkippedRow
from planner.importing.record_kinds import SheetKind
from planner.importing.remembered import (
    SavedMapping,
    by_header_key,
    header_key,
    mark_used,
    remember,
)
from planner.importing.report import ImportReport, KindCounts, SheetReport
from planner.importing.row_reading import ParsedRow
from planner.importing.sheet_scan import (
    Progress,
    ShouldCancel,
    no_sheet_error,
    read_records,
    scan_layout,
    select_sheets,
    ticker,
)
from planner.operation import get_settings
from planner.protection import audit
from planner.protection.backup import recorded_in
from solvers.reasons import Reason

BeforeWrite = Callable[[Operation], None]


@dataclass(frozen=True)
class ImportOptions:
    #: Import only this sheet (its name, or its position from 1).
    sheet: str | None = None
    mapping: ColumnMapping | None = None
    #: Import the valid rows of a file that has invalid ones (otherwise: nothing).
    skip_invalid: bool = False
    #: Do everything, then roll back: the report says what would happen.
    dry_run: bool = False
    #: Columns (headers or letters) to leave out, although they look like a field.
    ignore_columns: tuple[str, ...] = ()
    #: Stop, changing nothing, when a column looks like a field the planner must not
    #: miss and nothing maps it (``column_inference.MUST_DECIDE``); ``analyse`` only
    #: reports such columns.
    refuse_undecided: bool = True
    #: Remember the imported sheet's columns under this name (``--save-mapping``).
    save_mapping_as: str | None = None

    def effective_mapping(self) -> ColumnMapping | None:
        """The mapping with the columns to leave out added."""
        if not self.ignore_columns:
            return self.mapping
        return (self.mapping or ColumnMapping()).ignoring(self.ignore_columns)


@dataclass
class Analysis:
    """A file as the import would read it, before anything is changed."""

    file_name: str
    format_name: str
    sha256: str
    sheets: list[SheetReport] = field(default_factory=list)
    #: Valid rows per sheet name.
    valid_rows: dict[str, int] = field(default_factory=dict)
    rejected: list[ParsedRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    #: The first data rows of each recognised sheet, as read, for a preview table.
    preview: dict[str, list[tuple[int, Row]]] = field(default_factory=dict)
    #: What importing would do to the operation (a dry run), when one was given.
    outcome: ImportReport | None = None
    #: Valid rows per sheet name the import would not write: held back with their
    #: household, or refused while written (they are among ``rejected`` too).
    left_out: dict[str, int] = field(default_factory=dict)
    #: Of ``left_out``, the rows held back with their household, per sheet name.
    held_back: dict[str, int] = field(default_factory=dict)

    def to_import(self, sheet: str) -> int:
        """The rows of ``sheet`` the import would write (valid and not left out)."""
        return self.valid_rows.get(sheet, 0) - self.left_out.get(sheet, 0)

    @property
    def recognised(self) -> list[SheetReport]:
        return [s for s in self.sheets if s.kind is not None]


class _Counter:
    """A sink that only counts the valid records."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, _row: ParsedRow) -> None:
        self.count += 1


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        raise ImportFileError("file_unreadable", path=str(path), detail=exc.strerror) from exc
    return digest.hexdigest()


def undecided_columns(file_name: str, sheets: list[SheetReport],
                      read: list[object]) -> UndecidedColumns:
    """The error naming the columns an import must not pass over (``read``: the reports of
    the sheets read so far)."""
    columns = [{"code": "column_looks_like", "sheet": sheet.name, "column": column.describe(),
                "field": column.proposal} for sheet in sheets for column in sheet.undecided]
    return UndecidedColumns("columns_undecided", read, file=file_name, columns=columns)


def remembered_mappings(operation: Operation | None) -> dict[str, SavedMapping]:
    """The mappings the operation remembers, by header row (none without an operation)."""
    if operation is None:
        return {}
    with operation.session() as session:
        return by_header_key(session)


def _sheet_mapping(sheet: SheetReport, file_name: str, name: str | None) -> SavedMapping:
    """How a sheet's columns were imported, as a mapping to remember."""
    assert sheet.kind is not None
    columns: dict[str, str | None] = {}
    for column in sheet.columns:
        key = column.header.strip() or column.letter
        columns.setdefault(key, column.field)
    return SavedMapping(sheet.kind, columns, list(sheet.headers), name, file_name)


def _mappings_to_remember(report: ImportReport, options: ImportOptions,
                          file_name: str) -> list[SavedMapping]:
    """The sheets' mappings an accepted import keeps: those the officer decided (a
    mapping, columns to leave out) and, with ``save_mapping_as``, the one sheet's."""
    recognised = [s for s in report.sheets if s.kind is not None]
    if options.save_mapping_as is not None:
        if len(recognised) != 1:
            raise ImportFileError("mapping_needs_one_sheet", file=file_name,
                                  count=len(recognised),
                                  sheets=[repr(s.name) for s in recognised])
        return [_sheet_mapping(recognised[0], file_name, options.save_mapping_as)]
    return [_sheet_mapping(s, file_name, None) for s in recognised
            if any(c.how == "mapping" for c in s.columns) and s.headers]


def _remember(session: Session, report: ImportReport, mappings: list[SavedMapping]) -> None:
    for mapping in mappings:
        remember(session, mapping, used=True)
    for sheet in report.sheets:
        if sheet.remembered is not None and sheet.headers:
            mark_used(session, header_key(sheet.headers))
    report.saved_mappings = [m.describe() for m in mappings]


def analyse(path: str | Path, sheet: str | None = None, mapping: ColumnMapping | None = None,
            operation: Operation | None = None, progress: Progress | None = None,
            should_cancel: ShouldCancel | None = None) -> Analysis:
    """Read ``path`` and say how it would be imported; change nothing. Columns that
    would stop the import (``SheetReport.undecided``) are reported, not refused."""
    path = Path(path)
    with open_source(path) as workbook:
        analysis = Analysis(path.name, workbook.format_name, file_sha256(path))
        sources = select_sheets(workbook, sheet)
        today = dt.date.today()
        known = remembered_mappings(operation)
        for index, source in enumerate(sources):
            scan = scan_layout(source, mapping, today, known)
            analysis.sheets.append(scan.report)
            if scan.layout.kind is None:
                continue
            preview: list[tuple[int, Row]] = []
            valid = _Counter()
            read_records(scan, KindCounts(), analysis.rejected, analysis.skipped, valid,
                         today=today, preview=preview,
                         tick=ticker(progress, should_cancel, index, len(sources), source))
            analysis.valid_rows[source.name] = valid.count
            analysis.preview[source.name] = preview
        if not analysis.recognised:
            raise no_sheet_error(workbook, analysis.sheets, mapping)
    if operation is not None:
        # As "import the valid rows" would: the counts leave out the households held
        # back and the rows refused while written, and those rows join the problems, so
        # the officer sees them first; the rows to import are only those it would write.
        analysis.outcome = run_import(operation, path, ImportOptions(
            sheet, mapping, skip_invalid=True, dry_run=True, refuse_undecided=False),
            progress, should_cancel)
        invalid = {(r.sheet, r.number) for r in analysis.rejected}
        left_out = [r for r in analysis.outcome.rejected if (r.sheet, r.number) not in invalid]
        for row in left_out:
            analysis.left_out[row.sheet] = analysis.left_out.get(row.sheet, 0) + 1
            if any(p.code == "household_held_back" for p in row.problems):
                analysis.held_back[row.sheet] = analysis.held_back.get(row.sheet, 0) + 1
        if left_out:
            order = {s.name: i for i, s in enumerate(analysis.sheets)}
            analysis.rejected = sorted([*analysis.rejected, *left_out],
                                       key=lambda r: (order.get(r.sheet, 0), r.number))
    return analysis


class _Writers:
    """The database writers of one import, made when their kind first appears."""

    def __init__(self, session: Session, report: ImportReport, batch: ImportBatch,
                 refused: dict[tuple[str, int], list[RowProblem]] | None = None) -> None:
        self.session = session
        self.report = report
        self.batch = batch
        #: Person rows the writer refused in an earlier reading of the file.
        self.refused = refused or {}
        self.settings = get_settings(session)
        self.persons: PersonWriter | None = None
        self.keyed: dict[SheetKind, KeyedWriter] = {}
        #: With invalid rows skipped, the valid person rows wait for the whole file, so
        #: that a household with an invalid row is held back whole (issue 13).
        self.hold: HouseholdHold | None = None
        #: An import that writes every row or none counts the hold as it writes, in
        #: case it is refused (``count_hold``).
        self.tally: HouseholdTally | None = None
        self.person_sheets: set[str] = set()

    def sink(self, kind: SheetKind, sheet: str) -> Callable[[ParsedRow], None]:
        counts = self.report.counts_for(kind)
        if kind is SheetKind.PERSONS:
            self.person_sheets.add(sheet)
            if self.persons is None:
                self.persons = PersonWriter(self.session, self.settings, self.batch,
                                            self.report.file_name, counts, self.report.rejected,
                                            self.report.warnings, self.report.merged)
                # A dry run too, so that it counts what --skip-invalid (the advice it
                # gives) would do, not rows of a household held back. Not on an import
                # that writes every row or none: the hold keeps the person rows in memory
                # until the file is read (258 MiB instead of 151 MiB at 100,000 persons).
                if self.report.skip_invalid or self.report.dry_run:
                    self.hold = HouseholdHold(self.persons.add, counts, self.refused)
                else:
                    self.tally = HouseholdTally()
                    self.persons.outcome = self.tally.note
            return self.hold.add if self.hold is not None else self.persons.add
        if kind not in self.keyed:
            self.keyed[kind] = KeyedWriter(kind, self.session, self.settings, self.batch,
                                           counts, self.report.rejected, self.report.merged,
                                           self.report.warnings)
        return self.keyed[kind].add

    def finish(self) -> None:
        if self.hold is not None:
            self.hold.release(self.report.rejected, self.person_sheets)
        written_from = len(self.report.rejected)
        if self.persons is not None:
            self.persons.finish()
        if self.hold is not None:
            # A row refused while written that leaves its household split: read the file
            # again with it refused before writing, so its household is held back whole.
            refused = [r for r in self.report.rejected[written_from:]
                       if r.sheet in self.person_sheets]
            split = self.hold.splits(refused)
            if split:
                raise _ReadAgain({(r.sheet, r.number): list(r.problems) for r in split})
        for writer in self.keyed.values():
            writer.finish()

    def count_hold(self) -> bool:
        """Refused for invalid rows: count what ``--skip-invalid``, the import it advises,
        would do (a household with an invalid row held back whole) and name the rows it
        holds back (``report.held``). False when only reading the file again with the
        hold can tell (``HouseholdTally.hold``)."""
        if self.tally is None or self.persons is None:
            return True
        held = self.tally.hold(self.report.counts_for(SheetKind.PERSONS), self.report.rejected,
                               self.person_sheets, self.persons.repeats)
        if held is None:
            return False
        self.report.held = held
        return True


class _ReadAgain(Exception):
    """Person rows refused while written split their households: import again from the
    start (a new transaction) with these rows refused before writing."""

    def __init__(self, refused: dict[tuple[str, int], list[RowProblem]]) -> None:
        super().__init__(f"{len(refused)} rows refused while written")
        self.refused = refused


#: SQLite page cache of the import's connection, in KiB (SQLite's default is 2 MiB). A big
#: roster inserts into its indexes in no particular order; with the indexes' pages kept in
#: memory the insert takes less time. The cache is bounded, and the
#: connection (and its cache) ends with the import.
SQLITE_CACHE_KIB = 16 * 1024


def _prepare_connection(session: Session) -> None:
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")


def run_import(operation: Operation, path: str | Path, options: ImportOptions | None = None,
               progress: Progress | None = None, should_cancel: ShouldCancel | None = None,
               before_write: BeforeWrite | None = None) -> ImportReport:
    """Import ``path`` into the operation in one transaction and say what happened.

    Raises ``ImportFileError`` for a file that cannot be imported at all and
    ``ImportCancelled`` when ``should_cancel`` said so; in both cases nothing changed.
    A file with invalid rows imports nothing unless ``options.skip_invalid``; the report
    lists every rejected row either way. With ``skip_invalid``, a row refused while it is
    written never leaves its household split: the file is imported again, from the start,
    with that row refused before writing and its household held back (``household_hold``).
    """
    report, counted = _import_until_whole(operation, path, options, progress, should_cancel,
                                          before_write)
    if not counted:
        # Refused for invalid rows, and a row kept repeats the person of a row held back:
        # what --skip-invalid would do with it only its reading of the file tells. The
        # hold keeps the person rows in memory, so it runs here, in a dry run read after
        # the refusal, not on every import.
        again, _ = _import_until_whole(operation, path, replace(
            options or ImportOptions(), dry_run=True), None, should_cancel, None)
        report.counts, report.merged = again.counts, again.merged
        report.held = [r for r in again.rejected
                       if any(p.code == "household_held_back" for p in r.problems)]
        report.rejected = [r for r in again.rejected if r not in report.held]
    return report


def _import_until_whole(operation: Operation, path: str | Path, options: ImportOptions | None,
                        progress: Progress | None, should_cancel: ShouldCancel | None,
                        before_write: BeforeWrite | None) -> tuple[ImportReport, bool]:
    """The import, read again while rows refused while written split households; with
    whether a refused import's household hold is counted (``_Writers.count_hold``)."""
    refused: dict[tuple[str, int], list[RowProblem]] = {}
    while True:
        try:
            return _import_once(operation, path, options, progress, should_cancel,
                                before_write, refused)
        except _ReadAgain as again:
            # Each reading refuses at least one more row, so this ends.
            refused.update(again.refused)


def _import_once(operation: Operation, path: str | Path, options: ImportOptions | None,
                 progress: Progress | None, should_cancel: ShouldCancel | None,
                 before_write: BeforeWrite | None,
                 refused: dict[tuple[str, int], list[RowProblem]]
                 ) -> tuple[ImportReport, bool]:
    options = options or ImportOptions()
    mapping = options.effective_mapping()
    path = Path(path)
    began = time.perf_counter()
    session: Session | None = None
    known = remembered_mappings(operation)
    try:
        with open_source(path) as workbook:
            sha = file_sha256(path)
            report = ImportReport(path.name, sha, workbook.format_name, options.dry_run,
                                  options.skip_invalid)
            sources = select_sheets(workbook, options.sheet)
            writers: _Writers | None = None
            today = dt.date.today()
            for index, source in enumerate(sources):
                scan = scan_layout(source, mapping, today, known)
                report.sheets.append(scan.report)
                if scan.layout.kind is None:
                    continue
                if options.refuse_undecided and scan.report.undecided:
                    raise undecided_columns(path.name, [scan.report], list(report.sheets))
                if writers is None:
                    session = operation.sessions()
                    _prepare_connection(session)
                    batch = ImportBatch(file_name=path.name[:500], sha256=sha,
                                        imported_by=audit.current_actor(),
                                        skip_invalid=options.skip_invalid)
                    session.add(batch)
                    session.flush()
                    writers = _Writers(session, report, batch, refused)
                kind = scan.layout.kind
                read_records(scan, report.counts_for(kind), report.rejected,
                             report.skipped, writers.sink(kind, source.name), today=today,
                             tick=ticker(progress, should_cancel, index, len(sources), source),
                             keep_cells=(options.skip_invalid or options.dry_run)
                             and kind is SheetKind.PERSONS)
            if writers is None or session is None:
                raise no_sheet_error(workbook, report.sheets, mapping)
            writers.finish()
            counted = (options.dry_run or options.skip_invalid or not report.rejected
                       or writers.count_hold())
        if progress is not None:
            progress(1.0, "saving")
        # Accepted when nothing was refused (or invalid rows may be skipped); written only
        # when it changes something: a file whose valid rows are all there already writes
        # no batch and makes no backup (repeated attempts would rotate out the useful
        # backups), and its report says nothing changed.
        accepted = not options.dry_run and (options.skip_invalid or not report.rejected)
        commit = accepted and any(c.changed for c in report.counts.values())
        batch = writers.batch
        batch.counts = {kind.value: c.as_dict() for kind, c in report.counts.items()}
        to_remember = _mappings_to_remember(report, options, path.name) if accepted else []
        with recorded_in(session):
            if commit and before_write is not None:
                before_write(operation)
            audit.record(session, "import", "import_batch", str(batch.id),
                         {"sha256": sha, "counts": batch.counts,
                          "skip_invalid": options.skip_invalid},
                         import_batch_id=batch.id)
            if commit:
                _remember(session, report, to_remember)
                session.commit()
                report.batch_id = batch.id
            else:
                session.rollback()
            report.committed = accepted
        if accepted and not commit and to_remember:
            # Nothing to import, but the officer's mapping is kept all the same.
            with operation.session() as alone:
                _remember(alone, report, to_remember)
        for sheet_report in report.sheets:
            report.warnings.extend(Reason("sheet_note", {"sheet": sheet_report.name,
                                                         "note": w.as_json()})
                                   for w in sheet_report.warnings)
        report.seconds = time.perf_counter() - began
        return report, counted
    except (StaleDataError, IntegrityError) as exc:
        if session is not None:
            session.rollback()
        raise ConflictError(
            f"The operation changed while {path.name} was being imported (another officer "
            "at work?); nothing was imported: import the file again") from exc
    except BaseException:
        if session is not None:
            session.rollback()
        raise
    finally:
        if session is not None:
            session.close()
