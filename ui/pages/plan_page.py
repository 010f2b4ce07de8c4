"""The Plan screen: solve in the background and watch the solver work, objective by objective.

The officer sets the plan start and a time limit and presses Solve. The planning service
(``planner.planning.service.solve_and_store``) runs in a child process
(``planner.planning.child``) watched by a background task; its progress
reports (objective, best value, proven bound, elapsed time) arrive as the task's partial
results and fill the figures, the table of objectives and the chart, while a timer on
the GUI thread keeps the elapsed time ticking, so the officer sees the window is alive.
When the time limit cannot hold (reading, checking and storing the plan and the solver's
least share take longer), the planner says so once before solving; the screen shows it
as a warning under the options until the next solve, and the outcome after the solve
says it again with the solver's and the whole job's seconds, as the command line does.
Cancel stops the solver: the best plan found so far is kept with the status "cancelled"
(it cannot be published) when the planner stores it within a few seconds
(``CANCEL_GRACE_SECONDS``); otherwise (none found yet, or a large operation's plan still
being checked and stored) its process is stopped and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.db import Operation
from planner.planning.child import CANCEL_GRACE_SECONDS, solve_and_store_in_child
from planner.planning.overview import PlanSummary, plan_summary
from planner.planning.service import (
    CHECKING_STAGE,
    READING_STAGE,
    SOLVING_STAGE,
    STORING_STAGE,
    BudgetNotice,
    PlanningOptions,
    TimeBudget,
)
from planner.words.render import decimal_text, value_words
from solvers.reasons import Reason
from solvers.solution import LATER_BOUNDS_STAGE, Progress
from ui.context import AppContext
from ui.forms import plan_start_note
from ui.i18n import tr
from ui.messages import QT_WORDS, reason_text
from ui.models.plan_tables import ObjectiveRow, objective_model
from ui.pages.base import PLANNING, Page, page_header, page_layout
from ui.plan_words import (
    OBJECTIVE_ORDER,
    counted,
    number,
    objective_label,
    persons_text,
    plan_status_label,
    whole_bound,
)
from ui.tasks import Task, TaskState
from ui.widgets.charts import SolveProgressChart
from ui.widgets.date_fields import MomentField
from ui.widgets.list_view import ListView
from ui.widgets.scroll_body import scrolling_body
from ui.widgets.stat_tiles import StatRow
from ui.workflow_preferences import WorkflowPreferences

GOOD = "#1b6e20"
BAD = "#b3261e"
#: The warning that the time limit cannot hold: dark text on amber, read at a glance.
NOTICE_STYLE = ("QLabel { background: #fff3e0; color: #202020; border: 1px solid #e65100; "
                "border-radius: 4px; padding: 6px 10px; }")

#: Solve from the keyboard (while the Plan screen shows).
SOLVE_KEYS = QKeySequence("Ctrl+Return")


@dataclass(frozen=True)
class SolveRequest:
    operation: Operation
    options: PlanningOptions


def solve_plan(request: SolveRequest, state: TaskState) -> PlanSummary | None:
    """The background task: make and store a plan; its summary, or None if cancelled early."""
    state.set_status(tr("Reading the operation..."))

    stages: list[str] = []

    def report(progress: Progress) -> None:
        state.set_partial(progress)
        if isinstance(progress, BudgetNotice):  # said before solving: the operation is read
            state.set_status(tr("Planning..."))
        if progress.objective in OBJECTIVE_ORDER and progress.objective not in stages:
            stages.append(progress.objective)
            state.set_status(tr("Planning: objective {number} of {count}").format(
                number=OBJECTIVE_ORDER.index(progress.objective) + 1,
                count=len(OBJECTIVE_ORDER)))

    # In a process of its own: the desktop program's memory stays its screens' (at
    # 150,000 persons a solve needs more than a gigabyte).
    plan_id = solve_and_store_in_child(request.operation, request.options, report,
                                       lambda: state.cancelled)
    if plan_id is None:
        return None
    with request.operation.session() as session:
        return plan_summary(session, plan_id)


def _stage_objective(progress: Progress) -> tuple[str, bool]:
    """The objective a report is about, and whether it says the objective is finished."""
    return progress.objective, progress.done


class PlanPage(Page):
    page_id = "plan"
    icon_name = "plan"
    section = PLANNING

    #: A plan was stored (its id): the results screen shows it.
    plan_stored = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.prefs = WorkflowPreferences.of(context.preferences)
        self.task: Task | None = None
        self.started = 0.0
        #: The job's own clock (the one the time limit counts): its last report's seconds,
        #: and when that report arrived (None before the first: the planner is starting).
        self.job_seconds: float | None = None
        self.job_reported = 0.0
        self.time_limit = 60.0
        self.current_objective = ""
        self.last_summary: PlanSummary | None = None
        #: The planner's word that the time limit cannot hold, for the solve under way or
        #: the last one (None when it held).
        self.budget: TimeBudget | None = None
        self._start_touched = False
        self.summary_label = QLabel(self)
        outer = page_layout(self)
        outer.addWidget(page_header(self, self.summary_label))
        layout = scrolling_body(self, outer, 520)

        intro = QLabel(tr("The planner decides who flies on which flight, who sleeps in which "
                          "shelter and who gets which document appointment, most vulnerable "
                          "first and households together. It changes nothing until you "
                          "publish the plan in Results."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_options())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.tiles = StatRow({"elapsed": tr("Elapsed"), "stage": tr("Working on"),
                              "best": tr("Best plan found"), "bound": tr("Proven bound")}, self)
        layout.addWidget(self.tiles)
        self.time_bar = QProgressBar(self)
        self.time_bar.setRange(0, 1000)
        self.time_bar.setTextVisible(True)
        self.time_bar.setFormat(tr("Time used"))
        self.time_bar.setToolTip(tr("The part of the time limit used: the limit counts the "
                                    "planner's own work (reading, solving, checking, "
                                    "storing), not the start of its process"))
        self.time_bar.setMaximumHeight(16)
        layout.addWidget(self.time_bar)

        self.objectives = objective_model(self)
        self.objective_view = ListView(self.objectives, self, sortable=False, stretch=0)
        rows = len(OBJECTIVE_ORDER)
        self.objective_view.setFixedHeight(
            self.objective_view.horizontalHeader().sizeHint().height()
            + self.objective_view.verticalHeader().defaultSectionSize() * rows + 4)
        self.objective_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.objective_view)
        self.chart = SolveProgressChart(self)
        layout.addWidget(self.chart, 1)

        self.outcome = QFrame(self)
        self.outcome.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome_label = QLabel(self.outcome)
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.results_button = QPushButton(tr("Show the results"), self.outcome)
        self.results_button.clicked.connect(self.show_results)
        row = QHBoxLayout(self.outcome)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.outcome_label, 1)
        row.addWidget(self.results_button)
        self.outcome.hide()
        layout.addWidget(self.outcome)

        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        self._reset_rows()
        self.tiles.clear()
        context.operation_changed.connect(lambda _op: self._on_operation())
        context.stores.persons.plan_changed.connect(self._refresh_defaults)
        context.stores.persons.changed.connect(self._refresh_defaults)
        self._on_operation()

    def title(self) -> str:
        return tr("Plan")

    def shortcuts(self) -> list[tuple[str, QKeySequence]]:
        return [(tr("Solve (in the Plan screen)"), SOLVE_KEYS)]

    # --- building -----------------------------------------------------------------------
    def _build_options(self) -> QWidget:
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(14)
        self.start_edit = MomentField(with_time=False, parent=box)
        self.start_edit.edit.setToolTip(tr("The first day of the plan: nobody flies before it. "
                                           "Type it year first, 2026-12-09, or day first, "
                                           "09/12/2026"))
        self.start_edit.changed.connect(self._start_changed)
        self.limit_spin = QSpinBox(box)
        self.limit_spin.setRange(5, 3600)
        self.limit_spin.setSingleStep(15)
        self.limit_spin.setSuffix(tr(" s"))
        self.limit_spin.setValue(self.prefs.time_limit)
        self.limit_spin.setToolTip(tr("The planner stops after this many seconds with the best "
                                      "plan it has found; it usually needs far less"))
        self.limit_spin.valueChanged.connect(self._limit_changed)
        self.reference_check = QCheckBox(tr("Keep the published plan's flights where "
                                            "possible"), box)
        self.reference_check.setChecked(True)
        self.reference_check.setToolTip(tr("After a cancellation or a new roster, move as few "
                                           "people as the new situation requires"))
        self.solve_button = QPushButton(tr("Solve"), box)
        self.solve_button.setDefault(True)
        self.solve_button.setShortcut(SOLVE_KEYS)
        self.solve_button.setToolTip(tr("Make a new plan ({keys})").format(
            keys=SOLVE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)))
        self.solve_button.setMinimumWidth(120)
        self.solve_button.clicked.connect(self.solve)
        self.cancel_button = QPushButton(tr("Cancel"), box)
        self.cancel_button.setToolTip(tr("Stop the planner and keep the best plan found so far"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        grid.addWidget(QLabel(tr("Plan start"), box), 0, 0)
        grid.addWidget(self.start_edit, 0, 1)
        grid.addWidget(QLabel(tr("Time limit"), box), 0, 2)
        grid.addWidget(self.limit_spin, 0, 3)
        # Its own row across the box: the longest words of the screen (in Indonesian) must
        # not widen the columns of the buttons (the screen fits 1,280 px in both languages).
        grid.addWidget(self.reference_check, 1, 0, 1, 7)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.solve_button, 0, 5)
        grid.addWidget(self.cancel_button, 0, 6)
        return box

    # --- state --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _on_operation(self) -> None:
        self._start_touched = False
        self.outcome.hide()
        self._show_notice(None)
        self._reset_rows()
        self.tiles.clear()
        self.chart.reset()
        self.time_bar.setRange(0, 1000)
        self.time_bar.setValue(0)
        self._refresh_defaults()

    def _refresh_defaults(self) -> None:
        store = self.context.stores.persons
        open_ = self.context.operation is not None
        if store.rules is not None and not self._start_touched:
            start = store.rules.start
            self.start_edit.blockSignals(True)
            self.start_edit.set_value(start)
            self.start_edit.blockSignals(False)
            self._note_start()
        outcome = store.outcome
        published = outcome is not None and outcome.published and outcome.plan_id is not None
        self.reference_check.setEnabled(published and not self.running)
        if published and outcome is not None:
            self.reference_check.setText(tr("Keep the flights of the published plan {plan} "
                                            "where possible").format(plan=outcome.plan_id))
        else:
            self.reference_check.setText(tr("Keep the published plan's flights where possible "
                                            "(none is published yet)"))
        self._update_solve_button()
        self.start_edit.setEnabled(open_ and not self.running)
        self.limit_spin.setEnabled(open_ and not self.running)
        self._update_summary()

    def _update_summary(self) -> None:
        outcome = self.context.stores.persons.outcome
        if self.context.operation is None:
            self.summary_label.setText("")
        elif outcome is None or outcome.plan_id is None:
            self.summary_label.setText(tr("no plan yet"))
        elif outcome.published:
            self.summary_label.setText(tr("published plan: {plan}").format(
                plan=outcome.plan_id))
        else:
            self.summary_label.setText(tr("latest plan: {plan} (not published)").format(
                plan=outcome.plan_id))

    def _start_changed(self) -> None:
        self._start_touched = True
        self._note_start()
        self._update_solve_button()

    def _note_start(self) -> None:
        """A plan start in the past is said under the field, as a flight's departure in
        the past is in its form (Solve stays offered: re-planning a day late is allowed)."""
        day = self.start_edit.parsed()
        self.start_edit.set_note(plan_start_note(day, dt.date.today())
                                 if isinstance(day, dt.date) else "")

    def _update_solve_button(self) -> None:
        """Solve is offered with an operation open, no solve running, and a plan start
        that reads as a date (the field says what is wrong otherwise)."""
        self.solve_button.setEnabled(self.context.operation is not None and not self.running
                                     and self.start_edit.parsed() is not None)

    def _limit_changed(self, value: int) -> None:
        self.prefs.time_limit = value

    def _reset_rows(self) -> None:
        self.rows = {name: ObjectiveRow(name) for name in OBJECTIVE_ORDER}
        self.objectives.set_records(list(self.rows.values()))

    def options(self) -> PlanningOptions:
        day = self.start_edit.parsed()
        assert isinstance(day, dt.date), "Solve is offered only for a date that reads"
        return PlanningOptions(
            start=day,
            time_limit=float(self.limit_spin.value()),
            use_reference=self.reference_check.isChecked())

    # --- solving ------------------------------------------------------------------------
    def solve(self) -> None:
        operation = self.context.operation
        if operation is None or self.running:
            return
        options = self.options()
        self.time_limit = options.time_limit
        self.started = time.monotonic()
        self.job_seconds = None
        self.current_objective = ""
        self._reset_rows()
        self.chart.reset(tr("Waiting for the first plan..."))
        self.tiles.set("elapsed", "0 s", tr("of at most {limit} s").format(
            limit=number(options.time_limit)))
        self.tiles.set("stage", tr("Reading"), tr("the operation's records"))
        self.tiles.set("best", "-")
        self.tiles.set("bound", "-")
        self._show_time_used(None)
        self.outcome.hide()
        self._show_notice(None)
        self.solve_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.start_edit.setEnabled(False)
        self.limit_spin.setEnabled(False)
        self.reference_check.setEnabled(False)
        self._live_captions()
        self.timer.start()
        self.task = self.context.tasks.start(
            solve_plan, SolveRequest(operation, options), name=tr("Planning..."),
            on_done=self._finished, on_error=self._failed, on_cancelled=self._ended_early)
        # Reports from a worker thread are queued: none is delivered before this connection.
        self.task.partial_result.connect(self._on_progress)

    def _live_captions(self) -> None:
        for name, caption in (("elapsed", tr("Elapsed")), ("stage", tr("Working on")),
                              ("best", tr("Best plan found")), ("bound", tr("Proven bound"))):
            self.tiles.set_caption(name, caption)

    def _outcome_captions(self) -> None:
        for name, caption in (("elapsed", tr("Solved in")), ("stage", tr("Plan")),
                              ("best", tr("Fly")), ("bound", tr("Left behind"))):
            self.tiles.set_caption(name, caption)

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            # The best plan is kept when the planner stores it within the grace; past it
            # the planner's process is stopped and nothing is stored (planner.planning.child).
            self.tiles.set("stage", tr("Stopping"), tr("keeping the best plan if it is "
                                                       "stored within {seconds} s").format(
                seconds=number(CANCEL_GRACE_SECONDS)))

    def _tick(self) -> None:
        if not self.running:
            return
        elapsed = time.monotonic() - self.started
        self.tiles.set("elapsed", tr("{seconds} s").format(seconds=int(elapsed)),
                       tr("of at most {limit} s").format(limit=number(self.time_limit)))
        if self.job_seconds is not None:
            self._show_time_used(self.job_seconds + time.monotonic() - self.job_reported)

    def _show_time_used(self, seconds: float | None) -> None:
        """The bar of the time limit used, by the job's own clock (the limit's): busy
        until the planner's first report says where that clock is. The wall time since
        Solve (the Elapsed tile) also counts starting the planner's process, seconds on
        a loaded machine, which the limit does not: a 0.1 s solve showed 12 % used."""
        if seconds is None:
            self.time_bar.setRange(0, 0)  # busy: the planner is starting
            self.time_bar.setFormat(tr("Time used"))
            return
        self.time_bar.setRange(0, 1000)
        limit = max(1.0, self.time_limit)
        self.time_bar.setValue(int(min(1.0, seconds / limit) * 1000))
        self.time_bar.setFormat(tr("Time used: {seconds} s of {limit} s").format(
            seconds=number(round(seconds, 1)), limit=number(self.time_limit)))

    def _on_progress(self, progress: Any) -> None:
        if not isinstance(progress, Progress):
            return
        self.job_seconds, self.job_reported = progress.elapsed, time.monotonic()
        if isinstance(progress, BudgetNotice):  # the operation is read; solving begins
            self._show_notice(progress.budget)
            self.tiles.set("stage", tr("Solving..."))
            return
        name, done = _stage_objective(progress)
        if not name:
            self._show_job_stage(progress.stage)
            return
        if name not in self.rows:
            return
        if name != self.current_objective:
            self._begin_objective(name)
        row = self.rows[name]
        row.best = progress.best
        # Every objective counts persons or nights: a bound below zero says nothing more.
        row.bound = max(0.0, whole_bound(name, progress.bound)) \
            if progress.bound is not None else None
        row.seconds = progress.elapsed
        if done:
            row.state = "optimal" if progress.best is not None and progress.bound is not None \
                and abs(progress.best - progress.bound) < 1e-6 else "feasible"
        else:
            row.state = "solving"
        self._refresh_rows()
        self.chart.add(progress.elapsed, progress.best, row.bound)
        position = OBJECTIVE_ORDER.index(name) + 1
        self.tiles.set("stage", tr("Objective {number} of {count}").format(
            number=position, count=len(OBJECTIVE_ORDER)), objective_label(name))
        self.tiles.set("best", number(progress.best))
        gap = row.gap
        self.tiles.set("bound", number(row.bound),
                       tr("proven best") if gap == 0 else
                       tr("gap {gap} %").format(gap=f"{gap * 100:.1f}") if gap is not None
                       else "")

    def _show_notice(self, budget: TimeBudget | None) -> None:
        """The planner's word that the time limit cannot hold, with its figures, in a
        warning line that stays until the next solve (None: hide it)."""
        self.budget = budget
        if budget is None:
            self.notice.hide()
            self.notice.clear()
            return
        # The planner's own notice, the command line's template (time_limit_cannot_hold).
        self.notice.setText(reason_text(budget.notice()))
        self.notice.show()

    def _show_job_stage(self, stage: Reason) -> None:
        """A stage about the whole plan (the later bounds, checking, storing): the planner
        works on, so the tile says on what."""
        words = {READING_STAGE.code: (tr("Reading"), tr("the operation's records")),
                 SOLVING_STAGE: (tr("Solving..."), ""),
                 LATER_BOUNDS_STAGE.code: (tr("Proving bounds"), tr("of objectives 2 to 5")),
                 CHECKING_STAGE.code: (tr("Checking"), tr("the plan against every rule")),
                 STORING_STAGE.code: (tr("Storing"), tr("the plan and the reasons of those "
                                                        "left behind"))}.get(stage.code)
        if words is not None:
            self.tiles.set("stage", *words)

    def _begin_objective(self, name: str) -> None:
        position = OBJECTIVE_ORDER.index(name)
        for earlier in OBJECTIVE_ORDER[:position]:
            if self.rows[earlier].state in ("waiting", "solving"):
                self.rows[earlier].state = "settled" if self.rows[earlier].best is None \
                    else "feasible"
        self.current_objective = name
        self.chart.reset(tr("Objective {number} of {count}: {name}").format(
            number=position + 1, count=len(OBJECTIVE_ORDER), name=objective_label(name)))

    def _refresh_rows(self) -> None:
        model = self.objectives
        model.dataChanged.emit(model.index(0, 0),
                               model.index(model.rowCount() - 1, model.columnCount() - 1))

    def _stop(self) -> None:
        self.timer.stop()
        self._tick()
        if self.job_seconds is None:  # no report came: the bar stops being busy
            self.time_bar.setRange(0, 1000)
            self.time_bar.setValue(0)
        else:
            self._show_time_used(self.job_seconds)
        self.cancel_button.setEnabled(False)
        self.task = None
        self._refresh_defaults()

    def _finished(self, summary: PlanSummary | None) -> None:
        self._stop()
        if summary is None:
            self._ended_early()
            return
        self.last_summary = summary
        for name in OBJECTIVE_ORDER:
            row = self.rows[name]
            state = summary.objective_status.get(name)
            if state is not None:
                row.state = state if name != "changes" or summary.reference_plan_id \
                    else "skipped"
            value = summary.objectives.get(name)
            row.best = float(value) if isinstance(value, int | float) else row.best
            if state == "optimal":
                row.bound = row.best
            elif name in summary.bounds:
                row.bound = max(0.0, whole_bound(name, summary.bounds[name]))
        self._refresh_rows()
        self._outcome_captions()
        # The job's last report ("plan stored") is its whole time; without reports, the
        # solver's.
        job = self.job_seconds if self.job_seconds is not None else summary.solve_seconds
        self._show_time_used(job)
        # The whole job's seconds, which the limit counts, and the solver's part of them.
        self.tiles.set("elapsed", tr("{seconds} s").format(seconds=number(round(job, 1))),
                       tr("solver {seconds} s; time limit {limit} s").format(
                           seconds=number(round(summary.solve_seconds, 1)),
                           limit=number(self.time_limit)),
                       BAD if job > self.time_limit else None)
        self.tiles.set("stage", plan_status_label(summary.status),
                       tr("plan {plan}").format(plan=summary.plan_id),
                       GOOD if summary.status == "optimal" else None)
        self.tiles.set("best", number(summary.flown_persons),
                       tr("of {persons}").format(persons=persons_text(summary.persons)))
        self.tiles.set("bound", number(summary.left_behind), tr("persons without a flight"),
                       BAD if summary.left_behind else GOOD)
        self._show_outcome(summary)
        self.context.stores.persons.refresh_plan_and_rules()
        self.context.data_changed.emit()
        self.plan_stored.emit(summary.plan_id)

    def _show_outcome(self, summary: PlanSummary) -> None:
        lines = [tr("Plan {plan} is stored: {flown} of {persons} fly, {left} without a "
                    "flight.").format(plan=summary.plan_id,
                                      flown=number(summary.flown_persons),
                                      persons=persons_text(summary.persons),
                                      left=number(summary.left_behind))]
        lines.append(self._clocks_line(summary))
        if self.budget is not None:
            lines.append(tr("As the planner said before it began, a time limit of {limit} s "
                            "is too short for this operation (it estimated about {needed} s); "
                            "set a longer one to plan within it.").format(
                                limit=number(self.budget.limit),
                                needed=number(self.budget.needed)))
        if summary.status == "cancelled":
            lines.append(tr("You stopped the planner, so this plan is the best found until "
                            "then; it cannot be published. Solve again to finish."))
        elif summary.status == "feasible":
            lines.append(tr("The time limit ended before every objective was proven best; the "
                            "plan can be published, or solve again with more time."))
        if summary.conflicts:
            lines.append(counted(summary.conflicts,
                                 tr("{count} pin could not be kept; Results says why."),
                                 tr("{count} pins could not be kept; Results says why.")))
        lines.append(tr("See who flies, who is left behind and why in Results, then publish "
                        "it there."))
        self.outcome_label.setText("\n".join(lines))
        self.results_button.show()
        self.outcome.show()

    def _clocks_line(self, summary: PlanSummary) -> str:
        """The whole job's seconds (what the time limit counts), the solver's part of
        them and its method, as the command line's summary gives them ("solver 4.2 s of
        the job's 6.1 s")."""
        method = value_words("plan_method", summary.method or "", QT_WORDS)
        seconds = decimal_text(summary.solve_seconds, QT_WORDS, 1)
        if self.job_seconds is None:  # no report came: the solver's seconds alone
            return tr("The solver took {seconds} s ({method} method).").format(
                seconds=seconds, method=method)
        return tr("The planner took {job} s in all, the solver {seconds} s of them ({method} "
                  "method).").format(job=decimal_text(self.job_seconds, QT_WORDS, 1),
                                     seconds=seconds, method=method)

    def _ended_early(self) -> None:
        self._stop()
        self.tiles.set("stage", tr("Stopped"), tr("before a plan was stored"))
        self.outcome_label.setText(tr("The planner was stopped before it stored a plan; "
                                      "nothing was stored."))
        self.results_button.hide()
        self.outcome.show()

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.tiles.set("stage", tr("Failed"), "", BAD)
        self.context.errors.handle(error)

    def show_results(self) -> None:
        window = self.context.window
        if window is not None and hasattr(window, "show_page"):
            window.show_page("results")

    def activated(self) -> None:
        self.results_button.setVisible(self.last_summary is not None)
        self._refresh_defaults()

