"""The Situation report screen: the day's one page for the ministry, shown, printed, saved.

The same report as ``evacplan sitrep`` (SPEC 8.6): ``planner.sitrep`` computes the
figures as of the chosen day and lays them out; ``ui.sitrep_print`` draws the page here,
on the printer (through Qt's print preview) and in the PDF. Printing and saving are
recorded in the audit log as exports to the ministry.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from planner.db import Operation
from planner.protection import audit
from planner.sitrep import Report, Sitrep, build_report, compute_sitrep, write_sitrep
from planner.sitrep.day import report_day
from ui.context import AppContext
from ui.i18n import LANGUAGES, languages, tr
from ui.pages.base import PLANNING, Page, page_header, page_layout
from ui.plan_words import number
from ui.sitrep_print import chart_top_of, paint_on_printer, render_sitrep_pdf, report_image
from ui.sitrep_print import page_layout as sitrep_page_layout
from ui.tasks import TaskState
from ui.widgets.date_fields import MomentField


def compute(inputs: tuple[Operation, dt.date], state: TaskState) -> Sitrep:
    """The background task: the figures of the day."""
    operation, day = inputs
    state.set_status(tr("Counting the situation of {day}...").format(day=day.isoformat()))
    with operation.session() as session:
        return compute_sitrep(session, day)


class SitrepPage(Page):
    page_id = "sitrep"
    icon_name = "sitrep"
    section = PLANNING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sitrep: Sitrep | None = None
        self.report: Report | None = None
        self.day_field = MomentField(with_time=False, parent=self)
        self.day_field.set_value(dt.date.today())
        self.day_field.setToolTip(tr("Opens on today while the operation runs, otherwise on "
                                     "its last day with activity"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages.current)))
        self.show_button = QPushButton(tr("Show"), self)
        self.print_button = QPushButton(tr("Print..."), self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(tr("Save as PDF or workbook..."), self)
        # The chart by day is under the tables, below the fold of most windows: the bar
        # says it is there and goes to it.
        self.chart_button = QPushButton(tr("Chart by day \u2193"), self)
        self.chart_button.setToolTip(tr("Scroll to the chart by day under the tables"))
        self.chart_top: int | None = None
        self.status = QLabel(self)
        self.page_view = QLabel(self)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_scroll = scroll = QScrollArea(self)
        scroll.setWidget(self.page_view)
        scroll.setWidgetResizable(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Day:"), self))
        bar.addWidget(self.day_field)
        bar.addWidget(QLabel(tr("Language:"), self))
        bar.addWidget(self.language)
        bar.addWidget(self.show_button)
        bar.addWidget(self.chart_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = page_layout(self)
        layout.addWidget(page_header(self, self.status))
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.show_button.clicked.connect(self.refresh)
        self.language.currentIndexChanged.connect(self._lay_out)
        self.print_button.clicked.connect(self.print_report)
        self.chart_button.clicked.connect(self.show_chart)
        self.save_button.clicked.connect(self.save_report)
        context.operation_changed.connect(lambda _op: self._opened())
        context.data_changed.connect(self.refresh)
        self._set_enabled()
        self._choose_day()

    def _opened(self) -> None:
        self._choose_day()
        self.refresh()

    def _choose_day(self) -> None:
        """Today while the operation runs, else its last day with activity
        (``planner.sitrep.day``)."""
        operation = self.context.operation
        if operation is not None:
            with operation.session() as session:
                self.day_field.set_value(report_day(session))

    def title(self) -> str:
        return tr("Situation report")

    def shortcuts(self) -> list[tuple[str, QKeySequence]]:
        return [(tr("Print the situation report"), QKeySequence(QKeySequence.StandardKey.Print))]

    def activated(self) -> None:
        self.refresh()

    def day(self) -> dt.date | None:
        value = self.day_field.parsed()
        return value if isinstance(value, dt.date) else None

    def language_code(self) -> str:
        return str(self.language.currentData())

    def refresh(self) -> None:
        operation, day = self.context.operation, self.day()
        if operation is None:
            return
        if day is None:
            self.status.setText(tr("Type the day as 2026-03-05 or 05/03/2026"))
            return
        self.context.tasks.start(compute, (operation, day), name=tr("Situation report"),
                                 on_done=self._show)

    def _show(self, sitrep: Sitrep) -> None:
        self.sitrep = sitrep
        self._lay_out()

    def _lay_out(self) -> None:
        if self.sitrep is None:
            return
        self.report = build_report(self.sitrep, self.language_code())
        image = report_image(self.report)
        self.chart_top = chart_top_of(image)
        self.page_view.setPixmap(QPixmap.fromImage(image))
        self.status.setText(tr("{count} persons in care").format(
            count=number(self.sitrep.in_care)))
        self._set_enabled()

    def show_chart(self) -> None:
        """Scroll the page so that the chart by day is at the top of the view."""
        if self.chart_top is not None:
            self.page_scroll.verticalScrollBar().setValue(self.chart_top)

    def _set_enabled(self) -> None:
        ready = self.report is not None
        self.chart_button.setEnabled(ready and self.chart_top is not None)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _record(self, fmt: str) -> None:
        operation, sitrep = self.context.operation, self.sitrep
        if operation is None or sitrep is None:
            return
        with operation.session() as session:
            audit.record(session, "export", "sitrep", sitrep.day.isoformat(), {
                "format": fmt, "language": self.language_code(), "plan_id": sitrep.plan_id,
                "in_care": sitrep.in_care}, recipient="ministry")

    def preview_dialog(self) -> QPrintPreviewDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(sitrep_page_layout())
        printer.setDocName(self.report.title if self.report else "sitrep")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.sitrep_printer = printer  # type: ignore[attr-defined]  # the dialog borrows it
        report = self.report
        if report is not None:
            dialog.paintRequested.connect(lambda device: paint_on_printer(device, report))
        return dialog

    def print_report(self) -> None:
        if self.report is None:
            return
        if self.preview_dialog().exec() == QDialog.DialogCode.Accepted:
            self._record("print")
            self.context.say(tr("Situation report printed"))

    def save_report(self) -> None:
        operation, day = self.context.operation, self.sitrep.day if self.sitrep else None
        if operation is None or day is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the situation report"), f"sitrep-{day.isoformat()}.pdf",
            tr("PDF (*.pdf);;Workbook (*.xlsx)"))
        if not name:
            return
        result = self.guarded(lambda: write_sitrep(operation, Path(name), day,
                                                   language=self.language_code(),
                                                   renderer=render_sitrep_pdf))
        if result is not None:
            self.context.say(tr("Situation report saved to {file}").format(file=name))
