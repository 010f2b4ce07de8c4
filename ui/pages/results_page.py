"""The Results screen: what a plan does, who it leaves behind and why, and its publication.

The screen reads a stored plan in the background (``planner.planning.overview``) together
with its difference from the published plan (``insights.plan_diff``), and shows it in tabs:
flight loads with the freed-seat question, nights in shelters against beds, the persons
left behind with their reasons, the households that fly differently, and every household
with its pins. Pins, unpins, the freed-seat question and publishing run as background
tasks through the planning services; a pin makes the plan out of date, and the screen
says so (solve again to apply it).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from planner.db import Operation
from planner.errors import PlannerError
from planner.planning import insights, pins
from planner.planning.input_changes import InputChange, changes_since
from planner.planning.overview import (
    HouseholdLine,
    PlanListing,
    PlanOverview,
    list_plans,
    read_overview,
)
from planner.planning.pin_choices import PinAdvisor, pin_advisor
from planner.planning.service import publish_plan
from ui.context import AppContext
from ui.dialogs import ask
from ui.dialogs.changes_dialog import ChangesDialog, change_what
from ui.i18n import tr
from ui.messages import QT_WORDS, conflict_text, listed, move_label, move_text
from ui.models.plan_tables import MoveRow, member_names
from ui.pages.base import PLANNING, page_header, page_layout
from ui.pages.plan_screen import PlanScreen
from ui.pages.results_tabs import (
    ChangesTab,
    FlightsTab,
    HouseholdsTab,
    LeftBehindTab,
    PinRequest,
    SheltersTab,
)
from ui.plan_words import (
    counted,
    flights_text,
    households_text,
    number,
    persons_text,
    plan_status_label,
    short_datetime,
)
from ui.tasks import TaskFunction, TaskState
from ui.widgets.scroll_body import scrolling_body
from ui.widgets.stat_tiles import StatRow

GOOD = "#1b6e20"
BAD = "#b3261e"
BANNER_STYLE = ("QLabel { background: %s; border-radius: 4px; padding: 6px 10px; }")


@dataclass(frozen=True)
class ResultsRequest:
    operation: Operation
    plan_id: int | None


@dataclass(frozen=True)
class Results:
    plans: list[PlanListing]
    overview: PlanOverview | None
    #: The plan the moves are against (None: nothing to compare with).
    against: int | None
    moves: list[MoveRow]
    #: When the records changed since the plan: the first changes, and how many in all.
    changes: list[InputChange] = field(default_factory=list)
    changes_total: int = 0
    #: The flights each household left behind can be pinned to, on the records now.
    advisor: PinAdvisor | None = None


def load_results(request: ResultsRequest, state: TaskState) -> Results:
    """The background task: the plans, the chosen one's overview and its moves."""
    state.set_status(tr("Reading the plan..."))
    changes: list[InputChange] = []
    changes_total = 0
    with request.operation.session() as session:
        plans = list_plans(session)
        if not plans:
            return Results([], None, None, [])
        known = {p.plan_id for p in plans}
        chosen = request.plan_id if request.plan_id in known else plans[0].plan_id
        overview = read_overview(session, chosen)
        if overview.records_changed:
            changes, changes_total = changes_since(session, chosen)
        state.check_cancelled()
        advisor = pin_advisor(session, [h.household_id for h in overview.left_behind],
                              {f.flight_id: f.free for f in overview.flights})
    state.check_cancelled()
    against = overview.reference_plan_id or overview.published_plan_id
    if against == overview.plan_id:
        against = None
    rows: list[MoveRow] = []
    if against is not None:
        state.set_status(tr("Comparing with the published plan..."))
        rows = move_rows(request.operation, overview, against)
    return Results(plans, overview, against, rows, changes, changes_total, advisor)


def move_rows(operation: Operation, overview: PlanOverview, against: int) -> list[MoveRow]:
    """The households whose flight differs between the plan shown and ``against``."""
    households = {h.household_id: h for h in overview.households}
    rows = []
    for move in insights.plan_diff(operation, overview.plan_id, against):
        line = households.get(move.household_id)
        rows.append(MoveRow(move, len(line.members) if line is not None else 0,
                            move_text(move), member_names(line)))
    return rows


def current_published(plans: list[PlanListing]) -> int | None:
    """The plan officers work from now: the one published last (older published plans
    were replaced by it)."""
    published = [p for p in plans if p.published_at is not None]
    if not published:
        return None
    return max(published, key=lambda p: (p.published_at, p.plan_id)).plan_id


def from_published(rows: list[MoveRow], plan_id: int, published: int) -> list[MoveRow]:
    """The moves as publishing ``plan_id`` makes them, from the plan published now to it:
    ``plan_diff`` reads forward in time, so for a plan older than the published one its
    moves go the other way, and are turned round (their reason words then do not apply)."""
    if plan_id > published:
        return rows
    return [replace(r, move=replace(r.move, before=r.move.after, after=r.move.before,
                                    code=""), text="") for r in rows]


def seats_lost_text(rows: list[MoveRow], published: int) -> tuple[str, str]:
    """What publishing changes for persons against the plan published now: a summary
    (who loses a seat, who moves, who now flies) and every household, one a line."""
    lost = [r for r in rows if r.move.before is not None and r.move.after is None]
    moved = [r for r in rows if r.move.before is not None and r.move.after is not None]
    new = [r for r in rows if r.move.before is None and r.move.after is not None]
    lines = []
    if lost:
        lines.append(counted(sum(r.members for r in lost),
                             tr("{count} person loses the seat they have in plan {plan}:"),
                             tr("{count} persons lose the seats they have in plan {plan}:"),
                             plan=published))
        lines += [f"  \u2022 {household_row_words(r)}: {r.move.before}" for r in lost[:6]]
        if len(lost) > 6:
            lines.append("  " + counted(len(lost) - 6, tr("and {count} more household"),
                                        tr("and {count} more households")))
    if moved:
        lines.append(counted(sum(r.members for r in moved),
                             tr("{count} person moves to another flight."),
                             tr("{count} persons move to another flight.")))
    if new:
        lines.append(counted(sum(r.members for r in new),
                             tr("{count} person now flies."), tr("{count} persons now fly.")))
    if not lines:
        lines.append(tr("Everyone keeps the flight they have in plan {plan}.").format(
            plan=published))
    every = [f"{household_row_words(r)}: {r.move.before or tr('no flight')} \u2192 "
             f"{r.move.after or tr('no flight')}"
             + (f" ({move_label(r.move.code)})" if r.move.code else "") for r in rows]
    return "\n".join(lines), "\n".join(every)


def household_row_words(row: MoveRow) -> str:
    code = row.move.household.lstrip("~")
    return f"{code} ({row.names})" if row.names else code


def household_words(line: HouseholdLine) -> str:
    """"household H-000023 (Ketut Nasution, Ayu Nasution and 2 more)", or a person
    travelling alone by name and case number."""
    if line.implicit:
        member = line.members[0]
        return f"{member.full_name} ({member.case_no})"
    return tr("household {code} ({names})").format(
        code=line.code, names=listed([m.full_name for m in line.members], 3))


def plan_choice_text(plan: PlanListing, published_now: int | None) -> str:
    """A plan in a chooser; the plan published now says so, an older published one says
    it was replaced."""
    text = tr("Plan {plan} \u00b7 {made} \u00b7 {status}").format(
        plan=plan.plan_id, made=short_datetime(plan.created_at),
        status=plan_status_label(plan.status))
    if plan.plan_id == published_now:
        text += " \u00b7 " + tr("published, in use")
    elif plan.published_at is not None:
        text += " \u00b7 " + tr("published before, replaced by plan {plan}").format(
            plan=published_now)
    return text


def plan_choice_box(parent: QWidget) -> QComboBox:
    """The plan chooser of Results and Export: as wide as its longest plan ("... published
    before, replaced by plan 7"), never cut."""
    box = QComboBox(parent)
    box.setMinimumWidth(360)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


class ResultsPage(PlanScreen):
    page_id = "results"
    icon_name = "results"
    section = PLANNING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.results: Results | None = None
        outer = page_layout(self)
        outer.addWidget(page_header(self, self.summary_label))
        layout = scrolling_body(self, outer, 560)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Plan"), self))
        self.plan_choice = plan_choice_box(self)
        self.plan_choice.activated.connect(self._plan_chosen)
        bar.addWidget(self.plan_choice)
        bar.addStretch(1)
        self.publish_button = QPushButton(tr("Publish this plan..."), self)
        self.publish_button.setToolTip(tr("Make this the plan officers work from and export "
                                          "manifests of"))
        self.publish_button.clicked.connect(self.publish)
        bar.addWidget(self.publish_button)
        layout.addLayout(bar)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.changes_button = QPushButton(tr("Show the changes..."), self)
        self.changes_button.setToolTip(tr("Which records and pins changed since this plan was "
                                          "made, by whom and when"))
        self.changes_button.clicked.connect(self.show_changes)
        self.changes_button.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.changes_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(banner_row)

        self.tiles = StatRow({"flown": tr("Fly"), "left": tr("Left behind"),
                              "nights": tr("Nights without a bed"),
                              "changes": tr("Fly differently"), "status": tr("Plan")}, self)
        layout.addWidget(self.tiles)
        self.tabs = QTabWidget(self)
        self.flights_tab = FlightsTab(self.tabs)
        self.shelters_tab = SheltersTab(self.tabs)
        self.left_tab = LeftBehindTab(self.tabs)
        self.changes_tab = ChangesTab(self.tabs)
        self.households_tab = HouseholdsTab(self.tabs)
        self.tabs.addTab(self.flights_tab, tr("Flights"))
        self.tabs.addTab(self.shelters_tab, tr("Shelters"))
        self.tabs.addTab(self.left_tab, tr("Left behind"))
        self.tabs.addTab(self.changes_tab, tr("Changes"))
        self.tabs.addTab(self.households_tab, tr("Households and pins"))
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(tr("No plan yet.\nMake one in the Plan screen; its results "
                               "appear here."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); font-size: 12pt;")
        layout.addWidget(self.empty, 1)

        self.flights_tab.candidates_requested.connect(self.find_candidates)
        for tab in (self.flights_tab, self.left_tab, self.households_tab):
            tab.pin_requested.connect(self.pin)
        self.households_tab.unpin_requested.connect(self.unpin)
        self.show_read(None)

    def title(self) -> str:
        return tr("Results")

    # --- loading ------------------------------------------------------------------------
    def read_task(self, operation: Operation) -> tuple[TaskFunction, Any, str]:
        return load_results, ResultsRequest(operation, self.wanted_plan), tr(
            "Reading the plan...")

    def show_plan(self, plan_id: int | None) -> None:
        """Show ``plan_id`` (None: the newest plan, and every newer one as it is made)."""
        self.wanted_plan = plan_id
        self.reload()

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan_choice.itemData(index)
        if plan_id is not None and (self.overview is None or plan_id != self.overview.plan_id):
            # The newest plan is followed: a plan solved later shows at once.
            self.wanted_plan = None if index == 0 else int(plan_id)
            self.reload()

    @property
    def overview(self) -> PlanOverview | None:
        return self.results.overview if self.results is not None else None

    # --- showing ------------------------------------------------------------------------
    def show_read(self, results: Results | None) -> None:
        self.results = results
        overview = results.overview if results is not None else None
        has_plan = overview is not None
        self.tabs.setVisible(has_plan)
        self.tiles.setVisible(has_plan)
        self.empty.setVisible(not has_plan)
        self.plan_choice.clear()
        plans = results.plans if results is not None else []
        published_now = current_published(plans)
        for plan in plans:
            self.plan_choice.addItem(plan_choice_text(plan, published_now), plan.plan_id)
        if overview is not None:
            self.plan_choice.setCurrentIndex(max(0, self.plan_choice.findData(overview.plan_id)))
        self.plan_choice.setEnabled(has_plan)
        self.flights_tab.show_overview(overview)
        self.shelters_tab.show_overview(overview)
        self.left_tab.show_overview(overview, results.advisor if results else None)
        self.households_tab.show_overview(overview)
        self.changes_tab.show_moves(overview, results.against if results else None,
                                    results.moves if results else [])
        self._show_figures(results)
        self._show_banner(overview)
        self.publish_button.setEnabled(overview is not None and overview.publishable
                                       and not overview.is_published)
        if overview is None:
            self.summary_label.setText("" if self.context.operation is None
                                       else tr("no plan yet"))
        else:
            self.summary_label.setText(tr("plan {plan}, made {made} by {who}").format(
                plan=overview.plan_id, made=short_datetime(overview.created_at),
                who=overview.created_by or "?"))
        left = len([1 for h in overview.households if not h.flown for _ in h.members]) \
            if overview else 0
        self.tabs.setTabText(2, tr("Left behind ({count})").format(count=number(left))
                             if overview else tr("Left behind"))
        self.tabs.setTabText(3, tr("Changes ({count})").format(
            count=number(len(results.moves))) if results and results.against else tr("Changes"))

    def _show_figures(self, results: Results | None) -> None:
        overview = results.overview if results is not None else None
        if overview is None:
            self.tiles.clear()
            return
        persons = overview.persons
        flown = overview.flown_persons
        self.tiles.set("flown", number(flown), tr("of {persons}, on {flights}").format(
            persons=persons_text(persons),
            flights=flights_text(sum(1 for f in overview.flights if f.passengers))))
        left = persons - flown
        households = len(overview.left_behind)
        self.tiles.set("left", number(left), tr("in {households}").format(
            households=households_text(households)), BAD if left else GOOD)
        nights = overview.overflow_person_nights
        self.tiles.set("nights", number(nights), tr("person-nights over all shelters"),
                       BAD if nights else GOOD)
        if results is not None and results.against is not None:
            moved = sum(r.members for r in results.moves)
            self.tiles.set("changes", number(moved), tr("persons, against plan {plan}").format(
                plan=results.against))
        elif overview.is_published:
            self.tiles.set("changes", "-", tr("this is the published plan"))
        else:
            self.tiles.set("changes", "-", tr("no published plan to compare with"))
        note = tr("published") if overview.is_published else tr("not published")
        self.tiles.set("status", plan_status_label(overview.status), note,
                       GOOD if overview.status == "optimal" else
                       BAD if overview.status in ("cancelled", "failed") else None)

    def _show_banner(self, overview: PlanOverview | None) -> None:
        lines: list[str] = []
        color = "#fff4e5"
        if overview is None:
            self.banner.hide()
            self.changes_button.hide()
            return
        results = self.results
        self.changes_button.setVisible(overview.records_changed)
        if overview.records_changed:
            lines.append(tr("The records or pins changed since this plan was made, so it can "
                            "no longer be published. Solve again in the Plan screen to plan "
                            "with the changes."))
            if results is not None and results.changes:
                last = results.changes[-1]
                lines.append(counted(
                    results.changes_total,
                    tr("{count} change since then, the last: {what} {key} by {who}, {when}."),
                    tr("{count} changes since then, the last: {what} {key} by {who}, {when}."),
                    what=change_what(last), key=(last.key or "").lstrip("~"), who=last.actor,
                    when=short_datetime(last.at)).replace("  ", " "))
        if overview.status == "cancelled":
            lines.append(tr("The planner was stopped before it finished this plan; it cannot "
                            "be published."))
        if overview.conflicts:
            lines.append(counted(len(overview.conflicts),
                                 tr("{count} pin broke a planning rule and was released:"),
                                 tr("{count} pins broke a planning rule and were released:")))
            lines += [f"  \u2022 {conflict_text(c)}" for c in overview.conflicts[:5]]
        if not lines:
            if overview.is_published:
                lines.append(tr("This is the published plan. Export and print its manifests "
                                "in the Export screen."))
                color = "#e8f5e9"
            else:
                lines.append(tr("This plan is not published yet. Check who is left behind and "
                                "why, then publish it."))
                color = "#e3f2fd"
        self.banner.setStyleSheet(BANNER_STYLE % color + " QLabel { color: #202020; }")
        self.banner.setText("\n".join(lines))
        self.banner.show()

    # --- actions ------------------------------------------------------------------------
    def find_candidates(self, flight_key: str) -> None:
        operation, overview = self.context.operation, self.overview
        if operation is None or overview is None:
            return

        def run(_inputs: None, state: TaskState) -> list[insights.SeatCandidate]:
            state.set_status(tr("Looking for households..."))
            return insights.freed_seat_candidates(operation, flight_key, overview.plan_id)

        self.context.tasks.start(
            run, None, name=tr("Looking for households..."),
            on_done=lambda found: self.flights_tab.show_candidates(flight_key, found),
            on_error=self._action_failed)

    def pin(self, request: PinRequest) -> None:
        """Pin a household; only when the next plan would keep the pin (the records may
        have changed since the flight or shelter was offered): else say why not, as
        ``pins.pin`` refuses it."""
        operation = self.context.operation
        if operation is None:
            return
        kind, subject, target = request

        def run(_inputs: None, state: TaskState) -> PlannerError | None:
            try:
                pins.pin(operation, kind, subject, target)
            except PlannerError as refused:
                if refused.reason is None or refused.reason.code not in pins.REFUSALS:
                    raise
                return refused
            return None

        who = self.household_words(subject)
        if kind == "flight":
            said = tr("Pinned {who} to flight {flight}. Solve again to plan with the pin.")
        else:
            said = tr("Pinned {who} to shelter {flight}. Solve again to plan with the pin.")

        def done(refused: PlannerError | None) -> None:
            if refused is None:
                self._after_pin(said.format(who=who, flight=target))
                return
            ask.warn(self, tr("Pin"), refused.text(QT_WORDS))

        self.context.tasks.start(run, None, name=tr("Pinning..."), on_done=done,
                                 on_error=self._action_failed)

    def unpin(self, request: tuple[str, list[str]]) -> None:
        operation = self.context.operation
        if operation is None:
            return
        subject, kinds = request

        def run(_inputs: None, state: TaskState) -> None:
            for kind in kinds:
                pins.unpin(operation, kind, subject)

        said = tr("Removed the pins of {who}. Solve again to plan without them.").format(
            who=self.household_words(subject))
        self.context.tasks.start(run, None, name=tr("Removing pins..."),
                                 on_done=lambda _r: self._after_pin(said),
                                 on_error=self._action_failed)

    def _after_pin(self, said: str) -> None:
        self.context.data_changed.emit()  # the plan is out of date now: every screen says so
        self.context.say(said)

    def household_words(self, stored_code: str) -> str:
        """A household as the result line names it: its code and its members' names."""
        overview = self.overview
        line = next((h for h in overview.households if h.stored_code == stored_code), None) \
            if overview is not None else None
        if line is None:
            return tr("household {code}").format(code=stored_code.lstrip("~"))
        return household_words(line)

    def show_changes(self) -> None:
        """The changes since the plan shown, each openable in its screen."""
        results, overview = self.results, self.overview
        if results is None or overview is None:
            return
        dialog = ChangesDialog(overview.plan_id, results.changes, results.changes_total, self)
        dialog.open_requested.connect(self.open_record)
        ask.run_dialog(dialog)

    def open_record(self, entity: str, key: str) -> None:
        """Show a record in its screen (a change's record, from the changes list)."""
        window = self.context.window
        opener = getattr(window, "open_record", None)
        if opener is not None:
            opener(entity, key)

    def publish(self) -> None:
        """Say what publishing changes for persons against the plan published now, then
        ask; the comparison is read in the background when the screen does not show it."""
        operation, overview, results = self.context.operation, self.overview, self.results
        if operation is None or overview is None or results is None:
            return
        published = overview.published_plan_id
        if published is None or published == overview.plan_id:
            self._ask_to_publish(overview, None, [])
            return
        if results.against == published:
            self._ask_to_publish(overview, published, results.moves)
            return

        def compare(_inputs: None, state: TaskState) -> list[MoveRow]:
            state.set_status(tr("Comparing with the published plan..."))
            return move_rows(operation, overview, published)

        self.context.tasks.start(
            compare, None, name=tr("Comparing with the published plan..."),
            on_done=lambda rows: self._ask_to_publish(overview, published, rows),
            on_error=self._action_failed)

    def _ask_to_publish(self, overview: PlanOverview, published: int | None,
                        rows: list[MoveRow]) -> None:
        operation = self.context.operation
        if operation is None or self.overview is None \
                or self.overview.plan_id != overview.plan_id:
            return  # another plan is shown now: the question would be about the wrong one
        if published is None:
            text = tr("Publish plan {plan}? It becomes the plan officers work from: manifests "
                      "are exported from it, and the next plans keep its flights where they "
                      "can.").format(plan=overview.plan_id)
            details = None
        else:
            rows = from_published(rows, overview.plan_id, published)
            summary, details = seats_lost_text(rows, published)
            text = tr("Publish plan {plan}? It replaces plan {published} as the plan officers "
                      "work from: manifests are exported from it.").format(
                plan=overview.plan_id, published=published) + "\n\n" + summary
        lost = any(r.move.before is not None and r.move.after is None for r in rows)
        if not ask.confirm(self, tr("Publish"), text, tr("Publish"), destructive=lost,
                           details=details or None):
            return
        plan_id = overview.plan_id

        def run(_inputs: None, state: TaskState) -> None:
            publish_plan(operation, plan_id)

        def after_publishing(_result: None) -> None:
            self.context.stores.persons.refresh_plan_and_rules()
            self.context.data_changed.emit()
            self.context.say(tr("Published plan {plan}: manifests are exported from it "
                                "now.").format(plan=plan_id))

        self.context.tasks.start(run, None, name=tr("Publishing..."), on_done=after_publishing,
                                 on_error=self._action_failed)

    def _action_failed(self, error: BaseException) -> None:
        self.context.errors.handle(error)
        self.mark_dirty()
