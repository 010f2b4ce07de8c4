"""The Export screen: the manifests of a plan, saved as a workbook or PDF, previewed and printed.

The officer chooses a plan (the published one by default) and a copy: the embassy copy
is complete; the airline and immigration copy carries only what boarding needs (SPEC 6).
The whole manifests workbook or PDF is written by ``planner.export.export_manifests`` in
the background (one file, one audit entry). One flight's manifest can be previewed and
printed: the preview and the printer are drawn by ``ui.printing`` (the same routine as
the PDF), and a print is recorded in the audit log like any other export.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.db import Operation
from planner.errors import PlannerError
from planner.export import Copy, ExportResult, ManifestDocument, export_manifests, for_copy
from planner.export.plan_reader import read_manifests
from planner.planning.overview import PlanListing, list_plans
from planner.protection import audit
from ui.context import AppContext
from ui.dialogs import ask
from ui.i18n import tr
from ui.models.manifest_tables import (
    CASE_COLUMN,
    NAME_COLUMN,
    manifest_flight_model,
    passenger_model,
)
from ui.pages.base import PLANNING, page_header, page_layout
from ui.pages.plan_screen import PlanScreen
from ui.pages.results_page import current_published, plan_choice_box, plan_choice_text
from ui.plan_words import flights_text, passengers_text, short_datetime
from ui.printing import manifest_sheets, paint_sheets, print_preview_dialog, render_pdf
from ui.printing import page_layout as print_page_layout
from ui.tasks import TaskFunction, TaskState
from ui.widgets.list_view import ListView
from ui.workflow_preferences import WorkflowPreferences


@dataclass(frozen=True)
class Manifests:
    plans: list[PlanListing]
    #: The complete (embassy) document of the chosen plan; None without a plan.
    document: ManifestDocument | None


@dataclass(frozen=True)
class ExportRequest:
    operation: Operation
    target: Path
    plan_id: int
    copy: Copy
    flights: tuple[str, ...] | None


def load_manifests(inputs: tuple[Operation, int | None], state: TaskState) -> Manifests:
    """The background task: the plans, and the manifests of the chosen one."""
    operation, plan_id = inputs
    state.set_status(tr("Reading the manifests..."))
    with operation.session() as session:
        plans = [p for p in list_plans(session) if p.status != "failed"]
        if not plans:
            return Manifests([], None)
        try:
            document = read_manifests(session, plan_id)
        except PlannerError:
            document = read_manifests(session, None)
    return Manifests(plans, document)


def write_export(request: ExportRequest, state: TaskState) -> ExportResult:
    """The background task: write one file of manifests and record it in the audit log."""
    state.set_status(tr("Writing {file}...").format(file=request.target.name))
    return export_manifests(request.operation, request.target, plan_id=request.plan_id,
                            copy=request.copy, flights=request.flights, renderer=render_pdf)


def record_printed(inputs: tuple[Operation, ManifestDocument, str], state: TaskState) -> None:
    """The background task after a print: the audit entry (identifiers and counts only)."""
    operation, document, flight_key = inputs
    with operation.session() as session:
        audit.record(session, "export", "plan", str(document.plan_id), {
            "copy": document.copy.value, "format": "print", "flight_keys": [flight_key],
            **document.counts()}, recipient=document.copy.audience)


#: The manifest table keeps at least this width beside the list of flights.
MANIFEST_LEAST_WIDTH = 300


def copy_title(copy: Copy) -> str:
    return tr("Embassy copy") if copy is Copy.EMBASSY else tr("Airline and immigration copy")


def copy_description(copy: Copy) -> str:
    if copy is Copy.EMBASSY:
        return tr("Complete and confidential: case numbers, phones, notes, special needs, "
                  "shelters, appointments and the persons left behind. For the embassy only.")
    return tr("Only what boarding and arrival need: names, documents, households and "
              "assistance codes (MEDA, WCHR, PREG, UMNR, INFT). No phones, no notes, never the "
              "trafficking flag.")


class ExportPage(PlanScreen):
    page_id = "export"
    icon_name = "export"
    section = PLANNING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.prefs = WorkflowPreferences.of(context.preferences)
        self.manifests: Manifests | None = None
        layout = page_layout(self)
        layout.addWidget(page_header(self, self.summary_label))

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Plan"), self))
        self.plan_choice = plan_choice_box(self)
        self.plan_choice.activated.connect(self._plan_chosen)
        top.addWidget(self.plan_choice)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self._build_copy_box())

        self.flights = manifest_flight_model(self)
        self.flight_view = ListView(self.flights, self)
        self.flight_view.chosen_changed.connect(self._on_flight)
        self.passengers = passenger_model(self.copy, self)
        # The name narrows or widens so that no date or key is cut at the edge: at the
        # least width 'Tanggal lahir' showed '13 Jun 19' of 13 Jun 1990.
        self.passenger_view = ListView(self.passengers, self, elastic=NAME_COLUMN)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.flight_title = QLabel(right)
        font = self.flight_title.font()
        font.setBold(True)
        self.flight_title.setFont(font)
        self.flight_title.setWordWrap(True)  # its width is not the manifest's least width
        right_layout.addWidget(self.flight_title)
        right_layout.addWidget(self.passenger_view, 1)
        # The flight's buttons go under both panes: beside the manifest, their width was
        # its least width and squeezed the list of flights (Indonesian, at 1,176 px).
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(tr("Print preview..."), right)
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button = QPushButton(tr("Print..."), right)
        self.print_button.clicked.connect(self.print_flight)
        self.flight_pdf_button = QPushButton(tr("Save this flight as PDF..."), right)
        self.flight_pdf_button.clicked.connect(lambda: self.save("pdf", one_flight=True))
        buttons.addStretch(1)
        for button in (self.flight_pdf_button, self.preview_button, self.print_button):
            buttons.addWidget(button)
        splitter = QSplitter(self)
        splitter.addWidget(self.flight_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)  # a wider window widens the manifest: the list
        splitter.setStretchFactor(1, 1)  # of flights is as wide as its columns already
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 720])
        layout.addWidget(splitter, 1)
        self.flight_buttons = QWidget(self)
        self.flight_buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.flight_buttons)
        self.empty = QLabel(tr("No plan to export yet.\nMake one in the Plan screen and publish "
                               "it in Results."), self)
        self.empty.setStyleSheet("color: palette(mid); font-size: 12pt;")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty, 1)
        self.splitter = splitter

        self.show_read(None)

    def title(self) -> str:
        return tr("Export and print")

    def _build_copy_box(self) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(12, 8, 12, 8)
        choices = QVBoxLayout()
        self.copy_group = QButtonGroup(self)
        self.copy_buttons: dict[Copy, QRadioButton] = {}
        for copy in Copy:
            button = QRadioButton(copy_title(copy), box)
            button.setToolTip(copy_description(copy))
            self.copy_group.addButton(button)
            self.copy_buttons[copy] = button
            choices.addWidget(button)
        layout.addLayout(choices)
        self.copy_note = QLabel(box)
        self.copy_note.setWordWrap(True)
        self.copy_note.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.copy_note, 1)
        saves = QVBoxLayout()
        self.workbook_button = QPushButton(tr("Save the manifests workbook..."), box)
        self.workbook_button.setToolTip(tr("Every flight on its own sheet, ready to print; the "
                                           "embassy copy adds shelters, appointments and the "
                                           "persons left behind"))
        self.workbook_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button = QPushButton(tr("Save all as PDF..."), box)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        saves.addWidget(self.workbook_button)
        saves.addWidget(self.pdf_button)
        layout.addLayout(saves)
        chosen = Copy(self.prefs.manifest_copy)
        self.copy_buttons[chosen].setChecked(True)
        self.copy_note.setText(copy_description(chosen))
        for copy, button in self.copy_buttons.items():
            button.toggled.connect(lambda on, c=copy: self._copy_chosen(c) if on else None)
        return box

    # --- state --------------------------------------------------------------------------
    def copy(self) -> Copy:
        for copy, button in self.copy_buttons.items():
            if button.isChecked():
                return copy
        return Copy.EMBASSY

    def set_copy(self, copy: Copy) -> None:
        self.copy_buttons[copy].setChecked(True)

    def _copy_chosen(self, copy: Copy) -> None:
        self.prefs.manifest_copy = copy.value
        self.copy_note.setText(copy_description(copy))
        self._on_flight()

    def read_task(self, operation: Operation) -> tuple[TaskFunction, Any, str]:
        return load_manifests, (operation, self.wanted_plan), tr("Reading the manifests...")

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan_choice.itemData(index)
        document = self.document
        if plan_id is not None and (document is None or plan_id != document.plan_id):
            self.wanted_plan = int(plan_id)
            self.reload()

    @property
    def document(self) -> ManifestDocument | None:
        return self.manifests.document if self.manifests is not None else None

    def show_read(self, manifests: Manifests | None) -> None:
        chosen = self.current_flight_key()
        self.manifests = manifests
        document = manifests.document if manifests is not None else None
        self.plan_choice.clear()
        plans = manifests.plans if manifests is not None else []
        published_now = current_published(plans)
        for plan in plans:
            self.plan_choice.addItem(plan_choice_text(plan, published_now), plan.plan_id)
        if document is not None:
            self.plan_choice.setCurrentIndex(max(0, self.plan_choice.findData(document.plan_id)))
        has = document is not None
        self.splitter.setVisible(has)
        self.flight_buttons.setVisible(has)
        self.empty.setVisible(not has)
        for widget in (self.plan_choice, self.workbook_button, self.pdf_button):
            widget.setEnabled(has)
        self.flights.set_records(document.flights if document is not None else ())
        self._room_for_flights()
        self.flight_view.set_empty_text(tr("Nobody flies in this plan."))
        row = self.flights.row_of(lambda f: f.key == chosen) if chosen else None
        self.flight_view.select_row(row if row is not None else (
            0 if self.flights.rowCount() else None))
        if document is None:
            self.summary_label.setText("")
        else:
            state = (tr("published, in use") if document.plan_id == published_now else
                     tr("published before, replaced by plan {plan}").format(plan=published_now)
                     if document.published_at else tr("not published"))
            self.summary_label.setText(tr("plan {plan} ({state}): {passengers} on "
                                          "{flights}").format(
                plan=document.plan_id, state=state,
                passengers=passengers_text(document.passengers),
                flights=flights_text(len(document.flights))))
        self._on_flight()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._room_for_flights()

    def _room_for_flights(self) -> None:
        """The list of flights is as wide as its columns (at 1,280 px its seats and
        status were behind a scroll bar); the manifest beside it scrolls instead. The
        list is never narrower than its columns: a narrow window is as wide as they ask
        (its least width), and the splitter's handle stops there."""
        wanted = self.flight_view.whole_width()
        self.flight_view.setMinimumWidth(wanted)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total and sizes[0] < wanted:
            left = min(wanted, total - MANIFEST_LEAST_WIDTH)
            if left > sizes[0]:
                self.splitter.setSizes([left, total - left])

    def current_flight_key(self) -> str | None:
        record = self.flight_view.current_record()
        return getattr(record, "key", None)

    def _on_flight(self) -> None:
        chosen = self.flight_document()
        shown = chosen[0].flights[0] if chosen is not None else None
        # The case number is the embassy's own: the airline copy's table has none (SPEC 6).
        self.passenger_view.setColumnHidden(CASE_COLUMN, self.copy() is not Copy.EMBASSY)
        self.passengers.set_records(shown.passengers if shown is not None else ())
        self.passenger_view.set_empty_text(tr("Choose a flight to see its manifest."))
        if shown is None:
            self.flight_title.setText(tr("Manifest"))
        else:
            self.flight_title.setText(tr("{flight} to {to}, {departs}: {passengers} "
                                         "\u00b7 {copy}").format(
                flight=shown.flight_no, to=shown.destination,
                departs=short_datetime(shown.departs_at),
                passengers=passengers_text(len(shown.passengers)),
                copy=copy_title(self.copy())))
        for button in (self.preview_button, self.print_button, self.flight_pdf_button):
            button.setEnabled(shown is not None)

    def flight_document(self) -> tuple[ManifestDocument, str] | None:
        """The chosen flight's manifest in the chosen copy, and the flight's key."""
        document, key = self.document, self.current_flight_key()
        if document is None or key is None:
            return None
        chosen = document.of_flights([key])
        if not chosen.flights:
            return None
        return for_copy(chosen, self.copy()), key

    # --- saving and printing ------------------------------------------------------------
    def save(self, fmt: str, one_flight: bool = False) -> None:
        operation, document = self.context.operation, self.document
        if operation is None or document is None:
            return
        copy = self.copy()
        key = self.current_flight_key() if one_flight else None
        if one_flight and key is None:
            return
        stem = f"manifests plan {document.plan_id} {copy.value}"
        if key:
            stem = f"manifest {key} {copy.value}"
        folder = Path(self.context.preferences.last_folder or Path.home())
        target = ask.save_file(self, tr("Save the manifests"), str(folder / f"{stem}.{fmt}"),
                               tr("Excel workbook (*.xlsx)") if fmt == "xlsx"
                               else tr("PDF document (*.pdf)"))
        if target is None:
            return
        if target.suffix.lower() != f".{fmt}":
            target = target.with_suffix(f".{fmt}")
        self.context.preferences.last_folder = str(target.parent)
        request = ExportRequest(operation, target, document.plan_id, copy,
                                (key,) if key else None)
        self.context.tasks.start(write_export, request,
                                 name=tr("Writing {file}...").format(file=target.name),
                                 on_done=self._saved, on_error=self.context.errors.handle)

    def _saved(self, result: ExportResult) -> None:
        counts = result.counts
        text = tr("{copy} of plan {plan} saved to {file}: {flights}, {passengers}.").format(
            copy=copy_title(result.copy), plan=result.plan_id, file=str(result.path),
            flights=flights_text(int(counts.get("flights", 0))),
            passengers=passengers_text(int(counts.get("passengers", 0))))
        details = "\n".join(result.warnings) if result.warnings else None
        ask.inform(self, tr("Saved"), text, details)

    def print_preview(self) -> None:
        chosen = self.flight_document()
        if chosen is None:
            return
        document, key = chosen
        dialog = print_preview_dialog(document, self)
        if ask.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._printed(document, key)

    def print_flight(self) -> None:
        chosen = self.flight_document()
        if chosen is None:
            return
        document, key = chosen
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(print_page_layout())
        printer.setDocName(tr("Manifest {flight}").format(flight=key))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print the manifest of {flight}").format(flight=key))
        if ask.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            paint_sheets(printer, manifest_sheets(document, flights_only=True), document)
        except PlannerError as error:  # no printer or file to print to: say so
            self.context.errors.handle(error)
            return
        self._printed(document, key)

    def _printed(self, document: ManifestDocument, key: str) -> None:
        operation = self.context.operation
        if operation is None:
            return
        self.context.tasks.start(record_printed, (operation, document, key),
                                 name=tr("Recording the print..."),
                                 on_error=self.context.errors.handle)
