"""The Situation report screen: the day's one page for the ministry, shown, printed, saved.

The same report as ``evacplan sitrep`` (SPEC 8.6): ``planner.sitrep`` computes the
figures as of the chosen day and lays them out; ``ui.sitrep_print`` draws the page here,
on the printer (through Qt's print preview) and in the PDF. Printing and saving are
recorded in the audit log as exports to the ministry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)
from sqlalchemy import select

from planner.beds_tonight import BedsTonight, FreeShelter, beds_tonight
from planner.db import Operation
from planner.db.models import Plan
from planner.errors import PlannerError
from planner.protection import audit
from planner.sitrep import Report, Sitrep, build_report, compute_sitrep, write_sitrep
from planner.sitrep.day import published_after, refuse_future, report_day
from planner.words.render import date_text
from ui.context import AppContext
from ui.dialogs import ask
from ui.i18n import LANGUAGES, languages, tr
from ui.pages.base import PLANNING, Page, page_header, page_layout
from ui.plan_words import QT_WORDS, counted, number
from ui.sitrep_print import chart_top_of, paint_on_printer, render_sitrep_pdf, report_image
from ui.sitrep_print import page_layout as sitrep_page_layout
from ui.tasks import TaskState
from ui.widgets.date_fields import MomentField


@dataclass(frozen=True)
class DayReport:
    """The figures of the day and what the screen says about them beside the page."""

    sitrep: Sitrep
    beds: BedsTonight
    #: (plan, published, start) of the plan in use when it was published after the day.
    late: tuple[int, dt.date, dt.date] | None = None
    #: (plan, published, start) of the first plan published, when none was in use.
    first_plan: tuple[int, dt.date, dt.date] | None = None


def compute(inputs: tuple[Operation, dt.date], state: TaskState) -> DayReport:
    """The background task: the figures of the day, a day still to come refused as
    ``evacplan sitrep --date`` refuses it (``refuse_future``)."""
    operation, day = inputs
    state.set_status(tr("Counting the situation of {day}...").format(day=day.isoformat()))
    with operation.session() as session:
        refuse_future(session, day)
        sitrep = compute_sitrep(session, day)
        late = first = None
        if sitrep.plan_id is not None:
            after = published_after(session, sitrep.plan_id, day)
            late = (sitrep.plan_id, *after) if after is not None else None
        else:
            plan_id = session.scalar(select(Plan.id).where(Plan.published_at.is_not(None))
                                     .order_by(Plan.published_at, Plan.id).limit(1))
            published = published_after(session, plan_id, dt.date.min) \
                if plan_id is not None else None
            first = (plan_id, *published) if plan_id is not None and published else None
        return DayReport(sitrep, beds_tonight(session, sitrep), late, first)


def policy_words(shelter: FreeShelter) -> str:
    """Whom a shelter takes, where it is not everyone: "women and children only, no
    medical care"."""
    words = {"women_children": tr("women and children only"), "men": tr("men only")}
    parts = [words[shelter.accepts]] if shelter.accepts in words else []
    if not shelter.medical_care:
        parts.append(tr("no medical care"))
    return ", ".join(parts)


def notice_lines(report: DayReport) -> list[str]:
    """What the page alone does not say: a day without a plan in use or of a plan
    published after it, and why persons are without a bed while beds are free."""
    sitrep, beds, lines = report.sitrep, report.beds, []
    day = date_text(sitrep.day, QT_WORDS)
    if sitrep.plan_id is None:
        line = tr("No plan was in use on {day}: the report shows no seats booked and no "
                  "beds used on it.").format(day=day)
        if report.first_plan is not None:
            plan, published, start = report.first_plan
            line += " " + tr("The first plan published, plan {plan} (published on "
                             "{published}), starts on {start}.").format(
                plan=plan, published=date_text(published, QT_WORDS),
                start=date_text(start, QT_WORDS))
        lines.append(line)
    elif report.late is not None:
        plan, published, start = report.late
        lines.append(tr("Plan {plan} was published on {published}, after {day}: the report "
                        "shows the plan made for this day (it starts on {start}), not one "
                        "known on it.").format(plan=plan, day=day,
                                               published=date_text(published, QT_WORDS),
                                               start=date_text(start, QT_WORDS)))
    if beds.without and beds.free:
        lines.append(counted(beds.without, tr(
            "{count} person is without a bed tonight while {free} beds are free:"), tr(
            "{count} persons are without a bed tonight while {free} beds are free:"),
            free=number(beds.free)))
        parts = [
            (beds.arriving, tr("{count} of them: their household is not all in care yet (a "
                               "household's stay starts when its last member arrives)")),
            (beds.not_in_plan, tr("{count} of them: not in plan {plan} (registered after it "
                                  "was made: plan again)") if sitrep.plan_id is not None
             else tr("{count} of them: no plan was in use")),
            (beds.flying, tr("{count} of them: the plan's flight for them leaves on this day "
                             "or has left (no bed the night of the flight)")),
            (beds.closed_shelter, tr("{count} of them: placed in a shelter closed tonight "
                                     "(to be moved)")),
            (beds.no_shelter, tr("{count} of them: the plan gives their household no shelter; "
                                 "a household stays in one shelter for its whole stay, and "
                                 "every shelter that takes it is full on a night of it")),
        ]
        lines += ["  - " + text.format(count=number(count), plan=sitrep.plan_id)
                  for count, text in parts if count]
        for shelter in beds.shelters:
            if not (shelter.not_taken or shelter.full_on_a_night):
                continue
            rule = policy_words(shelter)
            lines.append("  - " + tr(
                "{free} free in {shelter}{rule}: {not_taken} of the {no_shelter} are in "
                "households it does not take (its rules, or it is not open every night of "
                "their stay), {full} in households it takes but it is full on another night "
                "of their stay").format(
                shelter=shelter.name, free=number(shelter.free),
                rule=f" ({rule})" if rule else "", no_shelter=number(beds.no_shelter),
                not_taken=number(shelter.not_taken), full=number(shelter.full_on_a_night)))
    return lines


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
        # What the page does not say on its face: a day without a plan in use, why persons
        # are without a bed while beds are free, a day still to come refused.
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
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
        layout.addWidget(self.notice)
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
                                 on_done=self._show, on_error=self._refused)

    def _show(self, report: DayReport) -> None:
        self.sitrep = report.sitrep
        self._say(notice_lines(report))
        self._lay_out()

    def _say(self, lines: list[str], problem: bool = False) -> None:
        self.notice.setText("\n".join(lines))
        self.notice.setStyleSheet("color: #b3261e;" if problem else "")
        self.notice.setVisible(bool(lines))

    def _refused(self, error: BaseException) -> None:
        """A day still to come: no report, said on the screen (as ``evacplan sitrep
        --date`` refuses it, in the screen's words); other errors as everywhere."""
        reason = error.reason if isinstance(error, PlannerError) else None
        if reason is None or reason.code != "sitrep_future":
            self.context.errors.handle(error)
            return
        day, today = (dt.date.fromisoformat(str(reason.facts[k])) for k in ("day", "today"))
        self.sitrep = self.report = None
        self.chart_top = None
        self.page_view.clear()
        self.status.clear()
        self._say([tr("No situation report of {day}: that day is still to come (today is "
                      "{today} where the operation is), and a report counts what has "
                      "happened by the end of its day. Choose today or an earlier day.")
                   .format(day=date_text(day, QT_WORDS), today=date_text(today, QT_WORDS))],
                  problem=True)
        self._set_enabled()

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
        target = ask.save_file(self, tr("Save the situation report"),
                               f"sitrep-{day.isoformat()}.pdf",
                               tr("PDF (*.pdf);;Workbook (*.xlsx)"))
        if target is None:
            return
        name = str(target)
        result = self.guarded(lambda: write_sitrep(operation, target, day,
                                                   language=self.language_code(),
                                                   renderer=render_sitrep_pdf))
        if result is not None:
            self.context.say(tr("Situation report saved to {file}").format(file=name))
