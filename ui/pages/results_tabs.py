"""The tabs of the Results screen; each shows one side of a ``PlanOverview``.

The tabs only show and ask: what an officer asks for (the candidates for a freed seat, a
pin, an unpin) leaves as a signal, and the Results screen runs it as a background task.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.planning.insights import SeatCandidate
from planner.planning.overview import FlightLoad, HouseholdLine, PlanOverview, ShelterUse
from planner.planning.pin_choices import FlightChoice, PinAdvisor
from planner.words.render import said
from ui.i18n import tr
from ui.labels import code_labels
from ui.messages import overflow_text, pin_clause_text, reason_text
from ui.models.list_table import CENTER, RIGHT, ListColumn, ListTableModel
from ui.models.plan_tables import (
    AFTER_COLUMN,
    BEFORE_COLUMN,
    CandidateRow,
    LeftBehindRow,
    MoveRow,
    candidate_model,
    flight_load_model,
    household_model,
    left_behind_model,
    left_behind_rows,
    member_names,
    move_model,
)
from ui.plan_words import (
    QT_WORDS,
    counted,
    number,
    passengers_text,
    person_nights_text,
    short_date,
    short_datetime,
)
from ui.widgets.charts import FlightBar, FlightLoadChart, OccupancyChart
from ui.widgets.list_view import ListView

#: A household to pin: (kind "flight" | "shelter", stored household code, target key).
PinRequest = tuple[str, str, str]


def _tab_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(6)
    return layout


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label


def _scrolled(chart: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(chart)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(140)
    return area


def _vertical(top: QWidget, bottom: QWidget, parent: QWidget) -> QSplitter:
    """A chart above a table, sharing the height 3 : 2, each keeping a usable minimum."""
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    bottom.setMinimumHeight(110)
    return splitter


def flight_bars(flights: Sequence[FlightLoad]) -> list[FlightBar]:
    statuses = code_labels("status")
    bars = []
    for f in flights:
        tip = tr("{flight} to {to}, {departs} ({status})\n{taken}, {passengers}").format(
            flight=f.flight_no, to=f.destination, departs=short_datetime(f.departs_at),
            status=statuses.get(f.status, f.status),
            taken=counted(f.seats, tr("{taken} of {count} seat taken"),
                          tr("{taken} of {count} seats taken"), taken=number(f.seated)),
            passengers=passengers_text(f.passengers))
        bars.append(FlightBar(f.flight_id, f.flight_no, f.departs_at.date(), f.seats, f.seated,
                              f.usable, tip))
    return bars


def flight_choice_text(choice: FlightChoice) -> str:
    """A flight in the list of flights to pin a household to."""
    if not choice.holds:
        return tr("{flight} to {to}: {why}").format(
            flight=choice.key, to=choice.destination, why=pin_clause_text(choice.why_not))
    if choice.has_room or choice.free is None:
        return tr("{flight} to {to} ({free} free)").format(
            flight=choice.key, to=choice.destination, free=number(max(0, choice.free or 0)))
    return counted(choice.seats, tr("{flight} to {to} ({free} free, needs {count} seat: "
                                    "others would move)"),
                   tr("{flight} to {to} ({free} free, needs {count} seats: others would "
                      "move)"), flight=choice.key, to=choice.destination,
                   free=number(max(0, choice.free)))


def flight_choice_tip(choice: FlightChoice) -> str:
    departs = short_datetime(choice.departs_at)
    if not choice.holds:
        return tr("A pin to {flight} ({departs}) would be released at the next plan: "
                  "{why}.").format(flight=choice.key, departs=departs,
                                   why=pin_clause_text(choice.why_not))
    if choice.has_room or choice.free is None:
        return tr("{flight} leaves {departs}; the next plan keeps the pin.").format(
            flight=choice.key, departs=departs)
    return tr("{flight} leaves {departs}; the next plan keeps the pin and moves other "
              "passengers off it to make room.").format(flight=choice.key, departs=departs)


def scanned_code(search: QLineEdit) -> str:
    """What a scan typed into ``search`` (a USB scanner types the tag's case number and
    Enter): the text as a case number is written."""
    return search.text().strip().upper()


def household_of_case(overview: PlanOverview | None, code: str) -> HouseholdLine | None:
    """The plan's household that has the member with case number ``code``."""
    if overview is None or not code:
        return None
    return next((h for h in overview.households
                 if any(m.case_no.upper() == code for m in h.members)), None)


class FlightsTab(QWidget):
    """Loads as bars and a table; the freed-seat question for the chosen flight."""

    candidates_requested = Signal(str)
    pin_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: PlanOverview | None = None
        layout = _tab_layout(self)
        self.chart = FlightLoadChart(self)
        self.chart.flight_clicked.connect(self.choose_flight)
        self.model = flight_load_model(self)
        # Headers elide before a column goes behind the vertical scroll bar (its last,
        # 'Keluarga', sat behind it at the window's least width; as the Shelters tab)
        self.view = ListView(self.model, self, give_way=True)
        self.view.chosen_changed.connect(self._on_row)
        side = QFrame(self)
        side.setFrameShape(QFrame.Shape.StyledPanel)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(10, 8, 10, 8)
        self.seat_title = QLabel(tr("Who gets the free seats?"), side)
        font = self.seat_title.font()
        font.setBold(True)
        self.seat_title.setFont(font)
        self.seat_title.setWordWrap(True)  # "... of QZ 8205 2026-03-05?" in a narrow pane
        self.seat_hint = _hint(tr("Choose a flight: the planner lists the households that could "
                                  "take its free seats, most priority gained first."), side)
        self.find_button = QPushButton(tr("Find who could take them"), side)
        self.find_button.clicked.connect(self._ask_candidates)
        self.candidates = candidate_model(self)
        self.candidate_view = ListView(self.candidates, side)
        self.candidate_view.set_empty_text(tr("No candidates listed yet."))
        self.give_button = QPushButton(tr("Pin to this flight"), side)
        self.give_button.setToolTip(tr("Pin the chosen household to this flight: the next "
                                       "plan keeps it there"))
        self.give_button.clicked.connect(self._pin_candidate)
        self.candidate_view.chosen_changed.connect(self._update_buttons)
        # Room for its header, the words over the empty list on two lines and a sideways
        # scroll bar: at 1,280 x 800 the pane was given 60 px and cut those words off.
        self.candidate_view.setMinimumHeight(self.candidate_view.horizontalHeader()
                                             .sizeHint().height()
                                             + 6 * self.candidate_view.fontMetrics().height()
                                             + 40)
        side_layout.addWidget(self.seat_title)
        side_layout.addWidget(self.seat_hint)
        side_layout.addWidget(self.candidate_view, 1)
        side_buttons = self.side_buttons = QHBoxLayout()
        side_buttons.addWidget(self.find_button)
        side_buttons.addWidget(self.give_button)
        side_layout.addLayout(side_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter, self.side = splitter, side
        #: The officer dragged the divider: the widths are theirs from then on.
        self.shared_by_hand = False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "shared_by_hand", True))
        layout.addWidget(_vertical(_scrolled(self.chart, self), splitter, self), 1)
        self._candidates_for: str | None = None
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """The flights' table as wide as its columns (it is what the officer reads; at
        1,280 px the 3 : 2 share cut its last columns off behind a sideways scroll), the
        free-seat pane the rest, never below its buttons' width."""
        if self.shared_by_hand:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        if total <= 0:
            return
        natural = self.view.natural_width()
        # The pane's two buttons side by side when there is room, else one above the other.
        buttons = self.find_button.sizeHint().width() + self.give_button.sizeHint().width() + 40
        self.side_buttons.setDirection(QBoxLayout.Direction.LeftToRight
                                       if total - natural >= buttons
                                       else QBoxLayout.Direction.TopToBottom)
        layout = self.side.layout()
        if layout is not None:
            layout.activate()
        side = max(self.side.minimumSizeHint().width(), 240)
        table = max(min(natural, total - side), total * 3 // 5)
        self.splitter.blockSignals(True)
        self.splitter.setSizes([table, total - table])
        self.splitter.blockSignals(False)
        # The chart above gives way before the pane is squeezed: its title and hint (as
        # they wrap at the pane's width), the list with the words over an empty list, and
        # the buttons stay whole (at 1,280 x 800 the pane got 231 px and hid them).
        if layout is not None:
            margins = layout.contentsMargins()
            inner = total - table - margins.left() - margins.right() - 2 * self.side.frameWidth()
            needed = (margins.top() + margins.bottom() + 2 * self.side.frameWidth()
                      + self.seat_title.heightForWidth(inner)
                      + self.seat_hint.heightForWidth(inner)
                      + self.candidate_view.minimumHeight()
                      + self.side_buttons.minimumSize().height() + 3 * layout.spacing())
            self.splitter.setMinimumHeight(max(110, needed))

    def show_overview(self, overview: PlanOverview | None) -> None:
        self.overview = overview
        flights = overview.flights if overview is not None else ()
        self.chart.set_bars(flight_bars(flights))
        self.model.set_records(flights)  # keeps the chosen flight (ChoosingTableView)
        self.view.set_empty_text(tr("No flights depart on or after the plan start."))
        self.share_width()
        self.show_candidates(None, [])

    def current_flight(self) -> FlightLoad | None:
        record = self.view.current_record()
        return record if isinstance(record, FlightLoad) else None

    def choose_flight(self, flight_id: int) -> None:
        row = self.model.row_of(lambda f: f.flight_id == flight_id)
        self.view.select_row(row)

    def _on_row(self) -> None:
        flight = self.current_flight()
        self.chart.set_selected(flight.flight_id if flight else None)
        if flight is None:
            self.seat_title.setText(tr("Who gets the free seats?"))
        else:
            self.seat_title.setText(tr("Who gets the free seats of {flight}?").format(
                flight=flight.key))
            if flight.key != self._candidates_for:
                self.candidates.set_records([])
                self.candidate_view.set_empty_text(tr("No candidates listed yet."))
                self._candidates_for = None
            if not flight.usable:
                self.seat_hint.setText(tr("This flight is {status}: it takes no passengers.")
                                       .format(status=code_labels("status").get(
                                           flight.status, flight.status)))
            else:
                self.seat_hint.setText(counted(
                    flight.seats, tr("{free} of {count} seat is free."),
                    tr("{free} of {count} seats are free."), free=number(max(0, flight.free))))
        self._update_buttons()

    def _ask_candidates(self) -> None:
        flight = self.current_flight()
        if flight is not None:
            self.candidate_view.set_empty_text(tr("Looking..."))
            self.candidates_requested.emit(flight.key)

    def show_candidates(self, flight_key: str | None, found: Sequence[SeatCandidate]) -> None:
        self._candidates_for = flight_key
        had_choice = self.candidate_view.current_record() is not None
        households = {h.household_id: h for h in self.overview.households} \
            if self.overview is not None else {}
        self.candidates.set_records([CandidateRow(c, member_names(households.get(
            c.household_id))) for c in found])
        self.candidate_view.set_empty_text(
            tr("Nobody else could take these seats: every household that may take this "
               "flight already flies as early or earlier.") if flight_key else
            tr("No candidates listed yet."))
        if found and not had_choice:
            self.candidate_view.select_row(0)
        self._update_buttons()

    def _pin_candidate(self) -> None:
        flight = self.current_flight()
        chosen = self.candidate_view.current_record()
        if flight is not None and isinstance(chosen, CandidateRow):
            self.pin_requested.emit(("flight", chosen.candidate.household, flight.key))

    def _update_buttons(self) -> None:
        flight = self.current_flight()
        self.find_button.setEnabled(flight is not None and flight.usable)
        self.give_button.setEnabled(
            flight is not None and self._candidates_for == flight.key
            and isinstance(self.candidate_view.current_record(), CandidateRow))


class SheltersTab(QWidget):
    """Beds used each night against the beds there are, for all shelters or one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: PlanOverview | None = None
        layout = _tab_layout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Shelter"), self))
        self.choice = QComboBox(self)
        self.choice.setMinimumWidth(240)
        self.choice.currentIndexChanged.connect(lambda _i: self._draw())
        top.addWidget(self.choice)
        top.addStretch(1)
        self.note = _hint("", self)
        top.addWidget(self.note, 2)
        layout.addLayout(top)
        self.chart = OccupancyChart(self)
        self.model: ListTableModel[ShelterUse] = ListTableModel(
            self._columns(), self, key=lambda s: s.shelter_id)
        # The name keeps its width: the last column stretches; headers elide before a
        # column goes behind the scroll bar (Indonesian, a window 700 px high)
        self.view = ListView(self.model, self, give_way=True)
        self.view.chosen_changed.connect(self._follow_table)
        layout.addWidget(_vertical(_scrolled(self.chart, self), self.view, self), 1)

    @staticmethod
    def _columns() -> list[ListColumn[ShelterUse]]:
        accepts = code_labels("accepts")

        def full_nights(s: ShelterUse) -> int:
            return sum(1 for u, c in zip(s.used, s.capacity, strict=True)
                       if c and u >= c)

        return [
            # Names and policies whole: "Rumah Aman Perempuan 02" and "Women and children"
            # were cut on the 2,200-person demo
            ListColumn(tr("Shelter"), lambda s: s.name, width_chars=24, fit=True),
            ListColumn(tr("Beds"), lambda s: number(s.beds), sort=lambda s: s.beds,
                       align=RIGHT, width_chars=5, fit=True),
            ListColumn(tr("Accepts"), lambda s: accepts.get(s.accepts, s.accepts),
                       width_chars=16, fit=True),
            ListColumn(tr("Medical care"), lambda s: "\u2713" if s.medical_care else "",
                       align=CENTER, width_chars=6, fit=True),
            ListColumn(tr("Most beds used"), lambda s: number(s.peak), sort=lambda s: s.peak,
                       align=RIGHT, width_chars=6, fit=True),
            ListColumn(tr("Nights full"), lambda s: number(full_nights(s)), sort=full_nights,
                       align=RIGHT, width_chars=5, fit=True),
            ListColumn(tr("Person-nights"), lambda s: number(s.person_nights),
                       sort=lambda s: s.person_nights, align=RIGHT, width_chars=7, fit=True),
        ]

    def show_overview(self, overview: PlanOverview | None) -> None:
        self.overview = overview
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(tr("All shelters"), None)
        shelters = overview.shelters if overview is not None else ()
        for shelter in shelters:
            self.choice.addItem(shelter.name, shelter.shelter_id)
        index = self.choice.findData(chosen)
        self.choice.setCurrentIndex(max(0, index))
        self.choice.blockSignals(False)
        self.model.set_records(list(shelters))
        self.view.set_empty_text(tr("The operation has no shelters."))
        self._draw()

    def _follow_table(self) -> None:
        record = self.view.current_record()
        if record is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(record.shelter_id)))

    def _draw(self) -> None:
        overview = self.overview
        if overview is None:
            self.chart.set_series([], [], [])
            self.note.setText("")
            return
        shelter_id = self.choice.currentData()
        chosen = [s for s in overview.shelters if shelter_id is None or s.shelter_id == shelter_id]
        nights = overview.nights
        used = [sum(s.used[i] for s in chosen) for i in range(len(nights))]
        capacity = [sum(s.capacity[i] for s in chosen) for i in range(len(nights))]
        overflow = list(overview.overflow_by_night) if shelter_id is None else None
        title = tr("Beds, all shelters") if shelter_id is None else tr("Beds, {shelter}").format(
            shelter=self.choice.currentText())
        self.chart.set_series(nights, used, capacity, overflow, title)
        without = overview.overflow_person_nights
        if shelter_id is None:
            self.note.setText(tr("Nights from {first} to {last}. {nights} without "
                                 "a bed.").format(first=short_date(nights[0]),
                                                  last=short_date(nights[-1]),
                                                  nights=person_nights_text(without)))
        else:
            self.note.setText(tr("Nights from {first} to {last}.").format(
                first=short_date(nights[0]), last=short_date(nights[-1])))


class LeftBehindTab(QWidget):
    """Every person without a flight, why, and a way to pin their household to a flight."""

    pin_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: PlanOverview | None = None
        layout = _tab_layout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search name, case no. or household (or scan a "
                                          "tag)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(420)
        self.search.textChanged.connect(lambda _t: self._fill())
        self.search.returnPressed.connect(self._search_entered)
        layout.addWidget(self.search)
        self.model = left_behind_model(self)
        self.view = ListView(self.model, self)
        self.view.chosen_changed.connect(self._on_row)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_box = QFrame(self)
        detail_box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(detail_box)
        box_layout.setContentsMargins(10, 8, 10, 8)
        # Every reason, however many: the list scrolls in the pane instead of being cut
        # at its foot (a 20,000-person plan's reasons name dozens of flights).
        self.detail_area = QScrollArea(detail_box)
        self.detail_area.setWidget(self.detail)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_area.setMinimumHeight(60)
        box_layout.addWidget(self.detail_area, 1)
        pin_row = QHBoxLayout()
        pin_row.addWidget(QLabel(tr("Pin the household to"), detail_box))
        self.flight_choice = QComboBox(detail_box)
        self.flight_choice.setMinimumWidth(260)
        self.flight_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flight_choice.currentIndexChanged.connect(lambda _i: self._update_pin_button())
        self.advisor: PinAdvisor | None = None
        pin_row.addWidget(self.flight_choice, 1)
        self.pin_button = QPushButton(tr("Pin"), detail_box)
        self.pin_button.setToolTip(tr("The next plan puts the household on this flight, or says "
                                      "why it cannot"))
        self.pin_button.clicked.connect(self._pin)
        pin_row.addWidget(self.pin_button)
        box_layout.addLayout(pin_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._on_row()

    def show_overview(self, overview: PlanOverview | None,
                      advisor: PinAdvisor | None = None) -> None:
        self.overview = overview
        self.advisor = advisor
        self._fill()

    def _offer_flights(self, household: HouseholdLine | None) -> None:
        """The flights the chosen household can be pinned to, the best first; the flights
        a pin to would not hold after a line, disabled, each saying the rule."""
        combo = self.flight_choice
        combo.blockSignals(True)
        combo.clear()
        choices = (self.advisor.choices(household.household_id)
                   if household is not None and self.advisor is not None else [])
        holding = [c for c in choices if c.holds]
        for choice in holding:
            combo.addItem(flight_choice_text(choice), choice.key)
            combo.setItemData(combo.count() - 1, flight_choice_tip(choice),
                              Qt.ItemDataRole.ToolTipRole)
        refused = [c for c in choices if not c.holds]
        if holding and refused:
            combo.insertSeparator(combo.count())
        model = combo.model()
        for choice in refused:
            combo.addItem(flight_choice_text(choice), None)
            index = combo.count() - 1
            combo.setItemData(index, flight_choice_tip(choice), Qt.ItemDataRole.ToolTipRole)
            item = model.item(index) if isinstance(model, QStandardItemModel) else None
            if item is not None:
                item.setEnabled(False)
        combo.setCurrentIndex(0 if holding else -1)
        combo.setPlaceholderText(tr("No flight can take this household") if household
                                 is not None else "")
        popup = combo.view()
        popup.setTextElideMode(Qt.TextElideMode.ElideNone)
        popup.setMinimumWidth(min(popup.sizeHintForColumn(0) + 24, 900))
        combo.blockSignals(False)
        self._update_pin_button()

    def chosen_flight(self) -> str | None:
        """The key of the flight chosen to pin to, when a pin to it holds."""
        key = self.flight_choice.currentData()
        return str(key) if key else None

    def _update_pin_button(self) -> None:
        self.pin_button.setEnabled(self.current_row() is not None
                                   and self.chosen_flight() is not None)

    def _fill(self) -> None:
        rows = left_behind_rows(self.overview.households) if self.overview is not None else []
        words = self.search.text().casefold().split()
        if words:
            rows = [r for r in rows if all(
                w in f"{r.member.case_no} {r.member.full_name} {r.household.code}".casefold()
                for w in words)]
        # A reload keeps the chosen person chosen, or chooses nobody if they left the
        # list (ChoosingTableView); the first person is offered only when nobody was.
        had_choice = self.current_row() is not None
        self.model.set_records(rows)
        self.view.set_empty_text(
            tr("Nobody matches the search.") if words else
            tr("Everyone in the plan has a flight."))
        if rows and not had_choice:
            self.view.select_row(0)
        self._on_row()

    def current_row(self) -> LeftBehindRow | None:
        record = self.view.current_record()
        return record if isinstance(record, LeftBehindRow) else None

    def _on_row(self) -> None:
        row = self.current_row()
        self._offer_flights(row.household if row is not None else None)
        self.flight_choice.setEnabled(row is not None)
        if row is None:
            self.detail.setText(tr("Choose a person to see every reason."))
            return
        household = row.household
        names = ", ".join(f"{m.full_name} ({m.case_no})" for m in household.members)
        lines = [tr("Household {code}: {names}").format(code=household.code, names=names)
                 if not household.implicit else f"{row.member.full_name} ({row.member.case_no})",
                 ""]
        lines += [f"\u2022 {reason_text(r)}" for r in household.reasons] or [
            tr("The planner recorded no reason.")]
        if household.overflow_why:
            lines += ["", tr("Nights without a bed: {nights}. {why}").format(
                nights=number(household.overflow_person_nights),
                why=overflow_text(household.overflow_why))]
        if household.pinned:
            lines += ["", tr("Pinned: {pins}").format(pins=", ".join(
                p for p in (household.pinned_flight, household.pinned_shelter) if p))]
        self.detail.setText("\n".join(lines))

    def _pin(self) -> None:
        row = self.current_row()
        key = self.chosen_flight()
        if row is not None and key:
            self.pin_requested.emit(("flight", row.household.stored_code, key))

    def _search_entered(self) -> None:
        """Enter in the search: a whole case number (a scanned tag) chooses that person
        and puts the keyboard on the list of flights to pin the household to; a person
        not left behind is named with the flight the plan gives them."""
        code = scanned_code(self.search)
        row = self.model.row_of(lambda r: r.member.case_no.upper() == code)
        if row is not None:
            self.view.select_row(row)
            self.flight_choice.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        household = household_of_case(self.overview, code)
        if household is not None and household.flight_key:
            self.view.set_empty_text(tr("{case} is not left behind: the plan puts them on "
                                        "{flight}. Households and pins keeps a flight.")
                                     .format(case=code, flight=household.flight_key))
        elif code and not self.model.rowCount():
            self.view.set_empty_text(tr("Nobody in this plan has case number {case}.")
                                     .format(case=code))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)


def before_header(overview: PlanOverview | None, against: int | None) -> str:
    """The header of the moves' first flight: the older of the two plans (plan_diff reads
    forward in time whichever is shown)."""
    if overview is None or against is None:
        return tr("Published plan")
    if against > overview.plan_id:
        return tr("This plan ({plan})").format(plan=overview.plan_id)
    return tr("Plan {plan}").format(plan=against)


def after_header(overview: PlanOverview | None, against: int | None) -> str:
    """The header of the moves' second flight: the newer of the two plans."""
    if overview is None or against is None:
        return tr("This plan")
    if against > overview.plan_id:
        return tr("Plan {plan}").format(plan=against)
    return tr("This plan ({plan})").format(plan=overview.plan_id)


class ChangesTab(QWidget):
    """Households whose flight differs from the published plan, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _tab_layout(self)
        self.note = _hint("", self)
        layout.addWidget(self.note)
        self.model = move_model(self)
        self.view = ListView(self.model, self)
        layout.addWidget(self.view, 1)

    def show_moves(self, overview: PlanOverview | None, against: int | None,
                   rows: Sequence[MoveRow]) -> None:
        self.model.set_records(rows)
        if overview is None:
            self.note.setText("")
        elif against is None:
            self.note.setText(tr("No plan is published yet, so there is nothing to compare "
                                 "with. Publish a plan; the next ones show who they move."))
        else:
            counts = counted(
                len(rows), tr("Plan {plan} compared with plan {other}: {count} household "
                              "flies differently."),
                tr("Plan {plan} compared with plan {other}: {count} households fly "
                   "differently."), plan=overview.plan_id, other=against)
            if against > overview.plan_id:  # the moves read forward, from the plan shown
                counts = said(QT_WORDS, "diff_older", plan=str(overview.plan_id),
                              other=str(against)) + ". " + counts
            self.note.setText(counts)
        self.model.rename_column(BEFORE_COLUMN, before_header(overview, against))
        self.model.rename_column(AFTER_COLUMN, after_header(overview, against))
        self.view.set_empty_text(tr("Nobody flies differently.") if against else "")


class HouseholdsTab(QWidget):
    """Every household's flight and shelter in the plan, with pins to keep them."""

    pin_requested = Signal(object)
    unpin_requested = Signal(object)

    FILTERS = ("all", "flown", "left", "pinned", "overflow")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: PlanOverview | None = None
        layout = _tab_layout(self)
        tools = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search household, name, flight or shelter (or "
                                          "scan a tag)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill())
        self.search.returnPressed.connect(self._search_entered)
        self.filter = QComboBox(self)
        for code, text in zip(self.FILTERS, (tr("All households"), tr("With a flight"),
                                             tr("Without a flight"), tr("Pinned"),
                                             tr("Without a bed some nights")), strict=True):
            self.filter.addItem(text, code)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.pin_flight_button = QPushButton(tr("Keep this flight"), self)
        self.pin_flight_button.setToolTip(tr("Pin the household to its flight in this plan"))
        self.pin_flight_button.clicked.connect(lambda: self._pin("flight"))
        self.pin_shelter_button = QPushButton(tr("Keep this shelter"), self)
        self.pin_shelter_button.setToolTip(tr("Pin the household to its shelter in this plan"))
        self.pin_shelter_button.clicked.connect(lambda: self._pin("shelter"))
        self.unpin_button = QPushButton(tr("Remove pins"), self)
        self.unpin_button.clicked.connect(self._unpin)
        tools.addWidget(self.search, 2)
        tools.addWidget(self.filter, 1)
        tools.addStretch(1)
        for button in (self.pin_flight_button, self.pin_shelter_button, self.unpin_button):
            tools.addWidget(button)
        layout.addLayout(tools)
        self.model = household_model(self)
        self.view = ListView(self.model, self)
        self.view.chosen_changed.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(_hint(tr("A pin is a decision the planner keeps in every later plan. "
                                  "Pins take effect when you solve again."), self))
        self._update_buttons()

    def show_overview(self, overview: PlanOverview | None) -> None:
        self.overview = overview
        self._fill()

    def _fill(self) -> None:
        households = list(self.overview.households) if self.overview is not None else []
        which = self.filter.currentData()
        keep = {
            "flown": lambda h: h.flown, "left": lambda h: not h.flown,
            "pinned": lambda h: h.pinned, "overflow": lambda h: h.overflow_person_nights > 0,
        }.get(which)
        if keep is not None:
            households = [h for h in households if keep(h)]
        words = self.search.text().casefold().split()
        if words:
            def text(h: HouseholdLine) -> str:
                names = " ".join(f"{m.full_name} {m.case_no}" for m in h.members)
                return f"{h.code} {names} {h.flight_key or ''} {h.shelter_name or ''}".casefold()
            households = [h for h in households if all(w in text(h) for w in words)]
        self.model.set_records(households)  # keeps the chosen household (ChoosingTableView)
        self.view.set_empty_text(tr("No household matches."))
        self._update_buttons()

    def current_household(self) -> HouseholdLine | None:
        record = self.view.current_record()
        return record if isinstance(record, HouseholdLine) else None

    def select_household(self, household_id: int) -> None:
        self.view.select_row(self.model.row_of(lambda h: h.household_id == household_id))

    def _search_entered(self) -> None:
        """Enter in the search: a whole case number (a scanned tag) chooses that person's
        household, whatever the filter, and puts the keyboard on the table (the pin
        buttons act on it)."""
        code = scanned_code(self.search)
        household = household_of_case(self.overview, code)
        if household is not None:
            if self.model.row_of(lambda h: h.household_id == household.household_id) is None:
                self.filter.setCurrentIndex(0)  # the filter hid it: show every household
            self.select_household(household.household_id)
        elif code and not self.model.rowCount():
            self.view.set_empty_text(tr("Nobody in this plan has case number {case}.")
                                     .format(case=code))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        household = self.current_household()
        self.pin_flight_button.setEnabled(household is not None and household.flown)
        self.pin_shelter_button.setEnabled(household is not None
                                           and household.shelter_name is not None)
        self.unpin_button.setEnabled(household is not None and household.pinned)

    def _pin(self, kind: str) -> None:
        household = self.current_household()
        if household is None:
            return
        target = household.flight_key if kind == "flight" else household.shelter_name
        if target:
            self.pin_requested.emit((kind, household.stored_code, target))

    def _unpin(self) -> None:
        household = self.current_household()
        if household is None:
            return
        kinds = [k for k, pinned in (("flight", household.pinned_flight),
                                     ("shelter", household.pinned_shelter)) if pinned]
        self.unpin_requested.emit((household.stored_code, kinds))
