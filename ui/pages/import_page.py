"""The Import screen: a ministry spreadsheet into the operation, checked before anything changes.

Three steps. *Choose* a file (or drop it anywhere on the window). *Check* how it reads:
the import service (``planner.importing.analyse``) finds each sheet's kind, header row and
columns, lists every row's problems and does a dry run against the operation to count what
would be added, updated and left unchanged; the officer may say what a sheet holds, which
row has its headers and which field a column fills, and the file is checked again with
that mapping. *Import* runs ``run_import`` in the background in one transaction, after an
automatic backup of a SQLite operation; the summary offers the rejected rows as a
workbook to correct and import again.

One import takes one column mapping, for one sheet (the service's ``ColumnMapping``);
changing the columns of a second sheet drops the changes made to the first, after asking.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from planner.db import Operation
from planner.errors import PlannerError
from planner.importing import (
    Analysis,
    ColumnMapping,
    ImportCancelled,
    ImportFileError,
    ImportOptions,
    ImportReport,
    SheetKind,
    SheetReport,
    analyse,
    run_import,
    write_rejects,
)
from planner.importing.cells import Row
from planner.importing.file_format import open_source
from planner.importing.service import file_sha256
from planner.importing.sheet_scan import PREVIEW_ROWS, scan_layout
from planner.protection.backup import backup_before_import
from planner.template import write_template
from ui.context import AppContext
from ui.dialogs import ask
from ui.i18n import tr
from ui.messages import QT_WORDS
from ui.models.import_tables import ColumnMappingModel
from ui.pages.base import PLANNING, Page, page_header, page_layout
from ui.plan_words import counted
from ui.tasks import TaskState
from ui.widgets.import_steps import FILE_FILTER, CheckStep, ChooseStep, DoneStep
from ui.widgets.scroll_body import scrolling_body
from ui.workflow_preferences import WorkflowPreferences

#: What a workbook writer returns (the rejected rows written, a path...).
Written = TypeVar("Written")

CHOOSE, CHECK, DONE = range(3)


@dataclass(frozen=True)
class AnalyseRequest:
    operation: Operation
    path: Path
    mapping: ColumnMapping | None


@dataclass(frozen=True)
class ImportRequest:
    operation: Operation
    path: Path
    options: ImportOptions


@dataclass(frozen=True)
class ImportOutcome:
    report: ImportReport
    backup: Path | None


def analyse_file(request: AnalyseRequest, state: TaskState) -> Analysis:
    """The background task of the Check step: read the file, dry-run it; change nothing.

    A file whose sheets are all unrecognised still gives an analysis (its sheets, each
    with the reason), so the officer can say what a sheet holds; a file that cannot be
    read at all raises ``ImportFileError``.
    """
    state.set_status(tr("Reading {file}...").format(file=request.path.name))
    try:
        return analyse(request.path, mapping=request.mapping, operation=request.operation,
                       progress=lambda fraction, _text: state.set_progress(fraction),
                       should_cancel=lambda: state.cancelled)
    except ImportFileError:
        unrecognised = _unrecognised(request.path, request.mapping)
        if unrecognised is None:
            raise
        return unrecognised


def _unrecognised(path: Path, mapping: ColumnMapping | None) -> Analysis | None:
    """The sheets of a readable file of which none was recognised; None if it cannot be read."""
    preview: dict[str, list[tuple[int, Row]]] = {}
    try:
        with open_source(path) as workbook:
            sheets = []
            for source in workbook.sheets:
                scan = scan_layout(source, mapping)
                sheets.append(scan.report)
                preview[source.name] = list(itertools.islice(scan.data_rows, PREVIEW_ROWS))
            format_name = workbook.format_name
    except PlannerError:
        return None
    if not sheets or any(sheet.kind is not None for sheet in sheets):
        return None
    return Analysis(path.name, format_name, file_sha256(path), sheets, preview=preview)


def import_file(request: ImportRequest, state: TaskState) -> ImportOutcome:
    """The background task of the Import step: import in one transaction; when it is to
    be kept, a copy of the operation as it was before is saved just before it commits."""
    backups: list[Path] = []

    def before_write(operation: Operation) -> None:
        state.set_status(tr("Saving a copy of the operation as it was before this import..."))
        backup = backup_before_import(operation)
        if backup is not None:
            backups.append(backup)
        state.set_status(tr("Finishing the import of {file}...").format(
            file=request.path.name))

    state.set_status(tr("Importing {file}...").format(file=request.path.name))
    report = run_import(request.operation, request.path, request.options,
                        progress=lambda fraction, _text: state.set_progress(fraction),
                        should_cancel=lambda: state.cancelled, before_write=before_write)
    return ImportOutcome(report, backups[0] if backups else None)


class ImportPage(Page):
    page_id = "import"
    icon_name = "import"
    section = PLANNING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.prefs = WorkflowPreferences.of(context.preferences)
        self.path: Path | None = None
        self.analysis: Analysis | None = None
        self.report: ImportReport | None = None
        self.mapping: ColumnMapping | None = None
        self.sheet: str | None = None
        self.busy = False
        self._again = False
        self.step_label = QLabel(self)
        outer = page_layout(self)
        outer.addWidget(page_header(self, self.step_label))
        layout = scrolling_body(self, outer, 480)
        self.stack = QStackedWidget(self)
        self.choose_step = ChooseStep(self.stack)
        self.check_step = CheckStep(self.stack)
        self.done_step = DoneStep(self.stack)
        for step in (self.choose_step, self.check_step, self.done_step):
            self.stack.addWidget(step)
        layout.addWidget(self.stack, 1)

        self.choose_step.choose_requested.connect(self.choose_file)
        self.choose_step.template_requested.connect(self.save_template)
        self.check_step.other_file_requested.connect(self.choose_file)
        self.check_step.sheet_chosen.connect(self._sheet_chosen)
        self.check_step.kind_chosen.connect(self.set_kind)
        self.check_step.header_row_chosen.connect(self.set_header_row)
        self.check_step.mapping.field_changed.connect(self.set_field)
        self.check_step.rejects_requested.connect(self.save_rejects)
        self.check_step.import_requested.connect(self.start_import)
        self.done_step.rejects_requested.connect(self.save_rejects)
        self.done_step.another_requested.connect(self.restart)
        self.done_step.plan_requested.connect(lambda: self._show_page("plan"))
        self.done_step.roster_requested.connect(lambda: self._show_page("roster"))
        context.operation_changed.connect(lambda _op: self.restart())
        window = context.window
        if window is not None and hasattr(window, "files_dropped"):
            window.files_dropped.connect(self.take_dropped)
        self._show_step(CHOOSE)

    def title(self) -> str:
        return tr("Import")

    # --- steps --------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = (tr("Step 1 of 3: choose a file"), tr("Step 2 of 3: check how it reads"),
                 tr("Step 3 of 3: done"))
        self.step_label.setText(names[step])

    def restart(self) -> None:
        self.path = None
        self.analysis = None
        self.report = None
        self.mapping = None
        self.sheet = None
        self.choose_step.set_busy(False)
        self._show_step(CHOOSE)

    def _show_page(self, page_id: str) -> None:
        window = self.context.window
        if window is not None and hasattr(window, "show_page"):
            window.show_page(page_id)

    # --- choosing -----------------------------------------------------------------------
    def choose_file(self) -> None:
        if self.context.operation is None or self.busy:
            return
        folder = self.prefs.import_folder or self.context.preferences.last_folder
        path = ask.open_file(self, tr("Import a roster"), folder,
                             tr("Rosters ({patterns});;All files (*)").format(
                                 patterns=FILE_FILTER))
        if path is not None:
            self.open_file(path)

    def take_dropped(self, paths: list[Path]) -> None:
        """Files dropped on the window: the first one is checked for import."""
        if not paths:
            return
        if self.context.operation is None:
            ask.inform(self, tr("Import"), tr("Open or create an operation first, then drop "
                                               "the roster on the window again."))
            return
        self._show_page(self.page_id)
        if self.busy:
            ask.inform(self, tr("Import"), tr("Please wait until the file being read is done."))
            return
        self.open_file(paths[0])

    def open_file(self, path: Path) -> None:
        self.path = Path(path)
        self.prefs.import_folder = str(self.path.parent)
        self.mapping = None
        self.sheet = None
        self.analyse()

    # --- checking -----------------------------------------------------------------------
    def analyse(self) -> None:
        operation, path = self.context.operation, self.path
        if operation is None or path is None:
            return
        if self.busy:
            self._again = True
            return
        self.busy = True
        self._again = False
        first = self.stack.currentIndex() != CHECK
        if first:
            self.choose_step.set_busy(True)
        else:
            self.check_step.set_checking(True)

        def done(analysis: Analysis) -> None:
            self.busy = False
            self.analysis = analysis
            self.check_step.set_checking(False)
            self.check_step.show_analysis(analysis, self.sheet)
            self._show_step(CHECK)
            if self._again:
                self.analyse()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.check_step.set_checking(False)
            self.choose_step.set_busy(False)
            self.context.errors.handle(error)
            if self.analysis is None or first:
                self.restart()
            else:  # the mapping made the file unreadable: go back to the last good reading
                self.check_step.show_analysis(self.analysis, self.sheet)

        def cancelled() -> None:
            self.busy = False
            self.check_step.set_checking(False)
            if first or self.analysis is None:
                self.restart()
            else:
                self.check_step.show_analysis(self.analysis, self.sheet)

        self.context.tasks.start(analyse_file, AnalyseRequest(operation, path, self.mapping),
                                 name=tr("Checking {file}...").format(file=path.name),
                                 on_done=done, on_error=failed, on_cancelled=cancelled)

    def _sheet_chosen(self, sheet: str) -> None:
        self.sheet = sheet

    def _mapping_for(self, sheet: str) -> ColumnMapping | None:
        """The mapping to extend for ``sheet``; None when the officer keeps the other one."""
        mapping = self.mapping
        if mapping is not None and mapping.sheet is not None and mapping.sheet != sheet:
            text = tr("You changed the columns of the sheet {other}. One import can change the "
                      "columns of one sheet only: drop those changes and change {sheet}?").format(
                other=mapping.sheet, sheet=sheet)
            if not ask.confirm(self, tr("Change columns"), text, tr("Change {sheet}").format(
                    sheet=sheet)):
                if self.analysis is not None:
                    self.check_step.show_analysis(self.analysis, mapping.sheet)
                return None
            mapping = None
        return mapping or ColumnMapping(sheet=sheet)

    def _report(self, sheet: str) -> SheetReport | None:
        analysis = self.analysis
        return next((s for s in analysis.sheets if s.name == sheet), None) if analysis else None

    def set_kind(self, sheet: str, kind: str) -> None:
        mapping = self._mapping_for(sheet)
        if mapping is None:
            return
        # Another kind has other fields: the column choices start again.
        self.mapping = replace(mapping, kind=SheetKind(kind), columns={})
        self.sheet = sheet
        self.analyse()

    def set_header_row(self, sheet: str, row: int) -> None:
        mapping = self._mapping_for(sheet)
        if mapping is None:
            return
        report = self._report(sheet)
        self.mapping = replace(mapping, header_row=row, columns={},
                               kind=mapping.kind or (report.kind if report else None))
        self.sheet = sheet
        self.analyse()

    def set_field(self, column: str, field: str) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        mapping = self._mapping_for(sheet)
        if mapping is None:
            return
        report = self._report(sheet)
        columns = dict(mapping.columns)
        if not columns and report is not None and report.remembered:
            # Changing one column of a remembered sheet keeps the others as remembered.
            columns = {ColumnMappingModel.key_of(c): c.field for c in report.columns
                       if c.how == "remembered"}
        columns[column] = field or None
        self.mapping = replace(
            mapping, columns=columns, kind=mapping.kind or (report.kind if report else None),
            header_row=mapping.header_row or (report.header_row if report else None))
        self.analyse()

    # --- importing ----------------------------------------------------------------------
    def start_import(self) -> None:
        operation, path, analysis = self.context.operation, self.path, self.analysis
        if operation is None or path is None or analysis is None or self.busy:
            return
        skip = bool(analysis.rejected) and self.check_step.skip_check.isChecked()
        options = ImportOptions(sheet=None, mapping=self.mapping, skip_invalid=skip)
        self.busy = True
        self.check_step.set_checking(True)
        self.check_step.outcome_label.setText(tr("Importing..."))

        def done(outcome: ImportOutcome) -> None:
            self.busy = False
            self.check_step.set_checking(False)
            self.report = outcome.report
            self.done_step.show_report(outcome.report,
                                       outcome.backup.name if outcome.backup else None)
            self._show_step(DONE)
            if outcome.report.committed:
                self.context.reload()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.check_step.set_checking(False)
            self.check_step.show_analysis(analysis, self.sheet)
            if isinstance(error, ImportCancelled):
                ask.inform(self, tr("Import"), tr("The import was cancelled; nothing was "
                                                   "changed."))
            else:
                self.context.errors.handle(error)

        def cancelled() -> None:
            failed(ImportCancelled("cancelled"))

        self.context.tasks.start(import_file, ImportRequest(operation, path, options),
                                 name=tr("Importing {file}...").format(file=path.name),
                                 on_done=done, on_error=failed, on_cancelled=cancelled)

    def save_rejects(self) -> None:
        source = self.report if self.stack.currentIndex() == DONE else self.analysis
        if source is None or not source.rejected or self.path is None:
            return
        suggested = self.path.with_name(f"{self.path.stem} - to correct.xlsx")
        self._save_workbook(
            tr("Save the rows with problems"), suggested, lambda target: write_rejects(
                source, target, self.context.operation, QT_WORDS),
            lambda target, count: counted(
                count, tr("{count} row with what to correct was saved to {file}."),
                tr("{count} rows with what to correct were saved to {file}."),
                file=str(target)))

    def save_template(self) -> None:
        folder = self.prefs.import_folder or self.context.preferences.last_folder
        self._save_workbook(
            tr("Save the blank template"), Path(folder or Path.home()) / "roster template.xlsx",
            write_template,
            lambda target, _path: tr("The template was saved to {file}. Fill it in and import "
                                     "it here.").format(file=str(target)))

    def _save_workbook(self, title: str, suggested: Path, write: Callable[[Path], Written],
                       saved: Callable[[Path, Written], str]) -> None:
        """Ask where, write the workbook in the background, then say where it went."""
        target = ask.save_file(self, title, str(suggested), tr("Excel workbook (*.xlsx)"))
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        chosen = target

        def run(_inputs: None, state: TaskState) -> Written:
            return write(chosen)

        self.context.tasks.start(
            run, None, name=title,
            on_done=lambda result: ask.inform(self, tr("Saved"), saved(chosen, result)),
            on_error=self.context.errors.handle)
