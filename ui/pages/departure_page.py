"""The departure-day screen (SPEC 8.4): pick a flight, scan case numbers, close, depart.

A scan (a USB scanner types the tag's code and Enter, or an officer types it) is
answered at once: checked in, waiting for the rest of the household, already checked
in, a seat on another flight, unknown. A household is checked in when its last member
is scanned (``planner.departure.checkin.answer_scan``), so the database never holds
half a household. The board reads the flight again every few seconds, so a second desk
sees the first desk's check-ins; the rows are locked while a check-in is written, so two
desks never check one person in twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from planner.db.models import Flight
from planner.departure import call_list
from planner.departure.board import Board, BoardRow, departure_flights, read_board
from planner.departure.checkin import ScanAnswer, answer_scan
from planner.departure.closing import CloseResult, close_flight, preview_close
from planner.departure.common import HouseholdChange
from planner.departure.departing import Arrival, arrive, depart
from planner.sitrep.words import words as report_words
from planner.words.render import date_text, said
from ui.context import AppContext
from ui.dialogs import ask
from ui.dialogs.call_forward_dialog import CallForwardDialog
from ui.i18n import languages, tr
from ui.messages import QT_WORDS, reason_text
from ui.models.departure_table import NAME, DepartureTableModel
from ui.pages.base import PLANNING, Page, page_header, page_layout
from ui.plan_words import counted, households_text, number, persons_text

#: How often the board reads the flight again (another desk's check-ins show by then).
REFRESH_MS = 3000
ANSWER_COLORS = {"checked_in": "#1b6e20", "standby": "#1b6e20", "waiting": "#8a5a00",
                 "already": "#1f4e9a"}


def _households(changes: list[HouseholdChange]) -> str:
    return "\n".join(f"  {c.household}: {', '.join(c.case_nos)}" for c in changes) \
        or "  " + tr("none")


#: Households a confirmation names itself; the rest are behind "Show Details...".
SHOWN_HOUSEHOLDS = 5


def _first_households(changes: list[HouseholdChange]) -> str:
    """The first few households' codes, and how many more ("H-1, H-2 and 65 more")."""
    codes = ", ".join(c.household for c in changes[:SHOWN_HOUSEHOLDS])
    rest = len(changes) - SHOWN_HOUSEHOLDS
    return tr("{codes} and {rest} more").format(codes=codes, rest=number(rest)) \
        if rest > 0 else codes


def boarding_text(passengers: int, seats_used: int) -> str:
    """The persons who fly after a close and, of them, the lap infants (those who take no
    seat: the passengers beyond the seats they use)."""
    infants = passengers - seats_used
    return tr("Passengers after the close: {persons} ({infants})").format(
        persons=number(passengers),
        infants=counted(infants, tr("{count} lap infant, no seat"),
                        tr("{count} lap infants, no seat")))


def close_question(flight: str, plan: CloseResult,
                   passengers: int | None = None) -> tuple[str, str]:
    """The Close flight confirmation: a short summary (the counts, the first few
    households of each list, the ``passengers`` who fly after it and their lap infants)
    and the whole lists for its "Show Details..." box, so the box stays on an 800-pixel
    screen whatever the number of no-shows."""
    lines = [tr("Close {flight}? Check-in ends. No-shows, planned again: {removed}. "
                "Standby taking their seats: {added}.").format(
        flight=flight, removed=households_text(len(plan.removed)),
        added=households_text(len(plan.added))), ""]
    if plan.removed:
        lines.append(tr("No-shows: {households}").format(
            households=_first_households(plan.removed)))
    if plan.added:
        lines.append(tr("Standby given seats: {households}").format(
            households=_first_households(plan.added)))
    if plan.not_seated:
        lines.append(tr("Standby left without a seat (back to registered): {households}")
                     .format(households=_first_households(plan.not_seated)))
        first = plan.not_seated[0]
        lines.append(f"  {first.household}: {reason_text(first.why)}")
    if passengers is not None:
        lines.append(boarding_text(passengers, plan.seats_used))
    lines.append(tr("Seats left: {left} of {seats} (lap infants, under 2 on the day, sit "
                    "on a lap and take no seat)").format(left=plan.seats_left,
                                                         seats=plan.seats))
    if len(plan.removed) + len(plan.added) + len(plan.not_seated) > SHOWN_HOUSEHOLDS:
        lines += ["", tr("Every household and its case numbers: Show Details...")]
    details = (tr("No-shows (planned again):") + "\n" + _households(plan.removed) + "\n"
               + tr("Standby households given the freed seats:") + "\n"
               + _households(plan.added) + "\n"
               + (tr("Standby left without a seat (back to registered):") + "\n"
                  + "\n".join(f"  {c.household}: {reason_text(c.why)}"
                              for c in plan.not_seated) + "\n" if plan.not_seated else ""))
    return "\n".join(lines), details


def ahead_warning(board: Board, then: str) -> str:
    """What a flight of a later day says before Close or Depart changes anything ("" for
    today's or a past flight): the day it is due to leave, how far ahead, and ``then``,
    what doing it now means."""
    if board.days_ahead <= 0 or board.departs_on is None:
        return ""
    due = counted(board.days_ahead, tr("It is due to leave on {day}, tomorrow: is it the "
                                       "flight you mean?"),
                  tr("It is due to leave on {day}, in {count} days: is it the flight you "
                     "mean?"), day=date_text(board.departs_on, QT_WORDS))
    return f"\n\n{due} {then}"


def answer_text(answer: ScanAnswer) -> str:
    """The desk's answer to one scan, in the officer's language."""
    case = answer.case_no
    together = len(answer.checked_in) > 1
    if answer.kind == "checked_in":
        if together:
            return tr("{case}: checked in, household {household} complete ({count} persons)"
                      ).format(case=case, household=answer.household,
                               count=len(answer.checked_in))
        return tr("{case}: checked in").format(case=case)
    if answer.kind == "standby":
        if together:
            return tr("{case}: standby, household {household} complete ({count} persons)"
                      ).format(case=case, household=answer.household,
                               count=len(answer.checked_in))
        return tr("{case}: checked in as standby").format(case=case)
    if answer.kind == "waiting":
        return tr("{case}: household {household} incomplete, scan also {missing}").format(
            case=case, household=answer.household, missing=", ".join(answer.missing))
    if answer.kind == "already":
        return tr("{case}: already checked in").format(case=case)
    if answer.kind == "wrong_flight":
        if answer.other_flight:
            return tr("{case}: wrong flight, the seat is on {flight}").format(
                case=case, flight=answer.other_flight)
        return tr("{case}: no seat on this flight (tick Standby to let them wait for one)"
                  ).format(case=case)
    if answer.kind == "not_waiting":
        return tr("{case}: cannot check in, status is {status}").format(
            case=case, status=answer.status)
    if answer.kind == "closed":
        return tr("{case}: this flight is closed").format(case=case)
    if answer.kind == "wrong_destination" and answer.why is not None:
        # The command line's refusal (checkin_wrong_destination): one wording for both.
        return tr("{case}: {why}").format(case=case, why=reason_text(answer.why))
    if answer.kind == "never_seated" and answer.why is not None:
        return tr("{case}: cannot wait for this flight, it could never be seated: {why}"
                  ).format(case=case, why=reason_text(answer.why))
    return tr("{case}: unknown case number").format(case=case)


def counts_text(board: Board) -> str:
    """The flight's counts, always in view: those of check-in, then of the journey. The
    seats booked stand beside the seats, the lap infants apart (they take none), in the
    situation report's words for them."""
    c = board.counts
    said = report_words(languages.current)
    booked = (f"{said['Seats booked']} {c.seats_booked}   |   "
              f"{said['Lap infants']} {c.infants}")
    if board.flight_status == "departed":
        return tr("{booked}   |   Flown {flown}   |   Arrived {arrived}   |   No-show "
                  "{no_show}   |   Seats free {free} of {seats}").format(
            booked=booked, flown=c.flown, arrived=c.arrived, no_show=c.no_show,
            free=c.seats_free, seats=c.seats)
    return tr("{booked}   |   Called {called}   |   Checked in {checked}   |   "
              "No-show {no_show}   |   Standby {standby}   |   Seats free {free} of "
              "{seats}").format(booked=booked, called=c.called, checked=c.checked_in,
                                no_show=c.no_show, standby=c.standby, free=c.seats_free,
                                seats=c.seats)


def written_text(written: call_list.CallList, target: Path) -> str:
    """What writing a call list did, in the command line's words where they are the same:
    how many it marked called, and for a list written again, how many were called for the
    flight already and when the last of them was (not "0 persons marked called"), and how
    many are checked in already."""
    called = sum(c.persons for c in written.called)
    before = written.called_before
    facts = {"flight": written.flight, "file": str(target),
             "persons": persons_text(len(written.rows))}
    if called or not (before.persons or written.checked_in):
        text = tr("Call list of {flight} saved to {file}: {persons}; {called} marked "
                  "called").format(called=persons_text(called), **facts)
    else:
        text = tr("Call list of {flight} saved to {file}: {persons}").format(**facts)
    if before.persons:
        text += ". " + said(QT_WORDS, "call_list_called_before", persons=before.persons,
                            households=before.households, **before.when)
    if written.checked_in:
        text += ". " + said(QT_WORDS, "call_list_checked_in", persons=written.checked_in)
    return text


class DeparturePage(Page):
    page_id = "departure"
    icon_name = "flights"
    section = PLANNING

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.board: Board | None = None
        #: Case numbers scanned whose household is not complete yet, per flight.
        self.pending: dict[int, set[str]] = {}
        self.flight_box = QComboBox(self)
        self.flight_box.setMinimumContentsLength(24)
        self.standby = QCheckBox(tr("Standby"), self)
        self.standby.setToolTip(tr("Persons without a seat on this flight who came hoping "
                                   "for a freed one"))
        self.scan = QLineEdit(self)
        self.scan.setPlaceholderText(tr("Scan or type a case number, then Enter"))
        self.scan.setClearButtonEnabled(True)
        self.answer = QLabel(self)
        font = self.answer.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.answer.setFont(font)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A refusal with its reason is longer than the window is wide: it wraps, whole.
        self.answer.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_button = QPushButton(tr("Call forward..."), self)
        self.call_button.setToolTip(tr("Preview the message to the passengers in Indonesian "
                                       "and English, then write the call list for SMS or "
                                       "WhatsApp and mark them called"))
        self.close_button = QPushButton(tr("Close flight..."), self)
        self.depart_button = QPushButton(tr("Depart..."), self)
        self.arrive_button = QPushButton(tr("Arrive..."), self)
        self.arrive_button.setToolTip(tr("Hand the flown passengers over at the destination "
                                         "(select rows to hand over only their households)"))
        self.model = DepartureTableModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # The flight's line is read whole ("(buka untuk lapor diri)"): the list is as wide as
        # its longest line (its least width too, set as the lines are loaded), never
        # squeezed by the buttons beside it.
        self.flight_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Flight:"), self))
        bar.addWidget(self.flight_box)
        bar.addStretch(1)
        bar.addWidget(self.call_button)
        bar.addWidget(self.close_button)
        bar.addWidget(self.depart_button)
        bar.addWidget(self.arrive_button)
        scan_bar = QHBoxLayout()
        scan_bar.addWidget(QLabel(tr("Scan:"), self))
        scan_bar.addWidget(self.scan, 1)
        scan_bar.addWidget(self.standby)
        layout = page_layout(self)
        layout.addWidget(page_header(self, QLabel(self)))
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addLayout(scan_bar)
        layout.addWidget(self.answer)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_board)
        self.flight_box.currentIndexChanged.connect(self._flight_chosen)
        self.scan.returnPressed.connect(self.take_scan)
        self.call_button.clicked.connect(self.call_forward)
        self.close_button.clicked.connect(self.close_flight)
        self.depart_button.clicked.connect(self.depart_flight)
        self.arrive_button.clicked.connect(self.arrive_flight)
        context.operation_changed.connect(lambda _op: self.load_flights())
        context.data_changed.connect(self.load_flights)
        self._show_board()

    def title(self) -> str:
        return tr("Departure day")

    def shortcuts(self) -> list[tuple[str, QKeySequence]]:
        return [(tr("Scan a case number (departure day)"), QKeySequence("Ctrl+K"))]

    def activated(self) -> None:
        self.load_flights()
        self.timer.start()
        self.scan.setFocus()

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    # --- reading ---------------------------------------------------------------------------
    def flight_id(self) -> int | None:
        value = self.flight_box.currentData()
        return int(value) if value is not None else None

    def load_flights(self) -> None:
        operation = self.context.operation
        chosen = self.flight_id()
        self.flight_box.blockSignals(True)
        self.flight_box.clear()
        if operation is not None:
            with operation.session() as session:
                flights = departure_flights(session)
            for flight_id, key, status, closed in flights:
                state = tr("departed") if status == "departed" else \
                    tr("closed") if closed else tr("open for check-in")
                self.flight_box.addItem(tr("{flight}  ({state})").format(flight=key,
                                                                         state=state),
                                        flight_id)
            index = self.flight_box.findData(chosen) if chosen is not None else -1
            self.flight_box.setCurrentIndex(index if index >= 0 else self._first_open(flights))
        self.flight_box.blockSignals(False)
        self.flight_box.setMinimumWidth(self.flight_box.sizeHint().width())
        self.refresh_board()

    @staticmethod
    def _first_open(flights: list[tuple[int, str, str, bool]]) -> int:
        return next((i for i, (_, _, status, closed) in enumerate(flights)
                     if status != "departed" and not closed), 0)

    def _flight_chosen(self) -> None:
        self.answer.clear()
        # Each flight's desk starts with Standby clear: ticked over from the last flight, the
        # first scan of a person booked elsewhere would make them standby here.
        self.standby.setChecked(False)
        self.refresh_board()
        self.scan.setFocus()

    def refresh_board(self) -> None:
        operation, flight_id = self.context.operation, self.flight_id()
        if operation is None or flight_id is None:
            self.board = None
        else:
            with operation.session() as session:
                self.board = read_board(session, flight_id)
        self._show_board()

    def _show_board(self) -> None:
        board = self.board
        self.model.set_rows(list(board.rows) if board else [])
        if board is None:
            self.counts.setText(tr("Choose a flight"))
        else:
            self.counts.setText(counts_text(board))
        departed = board is not None and board.flight_status == "departed"
        open_ = board is not None and not board.closed and not departed
        self.scan.setEnabled(open_)
        self.standby.setEnabled(open_)
        self.call_button.setEnabled(open_ and board is not None and board.counts.booked > 0)
        self.close_button.setEnabled(open_)
        self.depart_button.setEnabled(board is not None and board.closed and not departed)
        self.arrive_button.setEnabled(departed and board is not None
                                      and board.counts.flown > 0)

    # --- acting ----------------------------------------------------------------------------
    def take_scan(self) -> None:
        operation, flight_id = self.context.operation, self.flight_id()
        code = self.scan.text().strip()
        self.scan.clear()
        if operation is None or flight_id is None or not code:
            return
        pending = self.pending.setdefault(flight_id, set())
        standby = self.standby.isChecked()

        def scan() -> ScanAnswer:
            with operation.session() as session:
                return answer_scan(session, flight_id, code, pending, standby)

        answer = self.guarded(scan)
        if answer is None:
            return
        if answer.kind == "waiting":
            pending.add(answer.case_no)
        elif answer.kind in ("checked_in", "standby"):
            pending.difference_update(answer.checked_in)
        self.answer.setText(answer_text(answer))
        color = ANSWER_COLORS.get(answer.kind, "#b3261e")
        self.answer.setStyleSheet(f"color: {color};")
        self.refresh_board()
        self.scan.setFocus()

    def close_flight(self) -> None:
        operation, board = self.context.operation, self.board
        if operation is None or board is None:
            return

        def preview() -> tuple[CloseResult, int]:
            """What the close would do, and the persons who fly after it: those checked
            in as passengers and the standby households given seats."""
            with operation.session() as session:
                flight = session.get(Flight, board.flight_id)
                assert flight is not None
                plan = preview_close(session, flight)
                checked_in = read_board(session, flight.id).counts.checked_in
            return plan, checked_in + sum(c.persons for c in plan.added)

        previewed = self.guarded(preview)
        if previewed is None:
            return
        plan, passengers = previewed
        text, details = close_question(board.flight, plan, passengers)
        text += ahead_warning(board, tr("Closed now, everyone not checked in becomes a "
                                        "no-show."))
        if not ask.confirm(self, tr("Close flight"), text, tr("Close flight"),
                           destructive=True, details=details):
            return

        def close() -> CloseResult:
            with operation.session() as session:
                return close_flight(session, board.flight)

        result = self.guarded(close)
        if result is None:
            return
        self.context.say(tr("Closed {flight}. No-shows: {removed}; added from standby: "
                            "{added}; seats left: {left}").format(
            flight=result.flight, removed=households_text(len(result.removed)),
            added=households_text(len(result.added)), left=number(result.seats_left)))
        self.answer.clear()  # the last scan's answer is history once check-in has ended
        self.load_flights()

    def depart_flight(self) -> None:
        operation, board = self.context.operation, self.board
        if operation is None or board is None:
            return
        question = tr("{flight} departs with {persons} checked in?").format(
            flight=board.flight, persons=persons_text(board.counts.checked_in))
        question += ahead_warning(board, tr("Marked departed now, its passengers count as "
                                            "flown from today."))
        # A flight of a later day: Enter (or a reflex click on the default) departs nothing.
        if not ask.confirm(self, tr("Depart"), question, tr("Depart"),
                           destructive=board.days_ahead > 0):
            return

        def leave() -> list[HouseholdChange]:
            with operation.session() as session:
                return depart(session, board.flight)

        flown = self.guarded(leave)
        if flown is None:
            return
        self.context.say(tr("{flight} departed: {persons} flown").format(
            flight=board.flight, persons=persons_text(sum(h.persons for h in flown))))
        self.load_flights()

    def call_forward(self) -> None:
        """Preview the call-forward list, then write it and mark its passengers called."""
        operation, board = self.context.operation, self.board
        if operation is None or board is None:
            return

        def read() -> call_list.CallPreview:
            with operation.session() as session:
                return call_list.preview(session, board.flight)

        preview = self.guarded(read)
        if preview is None:
            return
        dialog = CallForwardDialog(preview, self)
        if ask.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        code = dialog.code()
        folder = Path(self.context.preferences.last_folder or Path.home())
        stem = "call list " + board.flight.replace(" ", "-", 1)
        target = ask.save_file(self, tr("Save the call list of {flight}").format(
            flight=board.flight), str(folder / f"{stem}.csv"),
            tr("CSV for SMS and WhatsApp gateways (*.csv);;Excel workbook (*.xlsx)"))
        if target is None:
            return
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + ".csv")
        self.context.preferences.last_folder = str(target.parent)
        # The list's report place in the officer's language, as evacplan call-list --lang.
        written = self.guarded(lambda: call_list.write(operation, board.flight, target,
                                                       preview.plan_id, code,
                                                       languages.current))
        if written is None:
            return
        line = written_text(written, target)
        left_out = sum(row.phone_unplaced for row in written.rows)
        if left_out and target.suffix.lower() == ".csv":  # named in the preview
            line += "; " + tr("phone numbers left out of the CSV (no country code): "
                              "{count}").format(count=number(left_out))
        self.context.say(line)
        self.refresh_board()

    def _arriving(self, board: Board) -> list[BoardRow]:
        """The flown passengers to hand over: the households of the selected rows, or
        everyone flown when no flown passenger is selected."""
        flown = [r for r in board.rows if r.status == "flown"]
        chosen = {self.model.rows[i.row()].household
                  for i in self.table.selectionModel().selectedRows()
                  if 0 <= i.row() < len(self.model.rows)}
        picked = [r for r in flown if r.household in chosen]
        return picked or flown

    def arrive_flight(self) -> None:
        """The arrival hand-over (SPEC 8.4 ``arrive``): flown passengers become arrived."""
        operation, board = self.context.operation, self.board
        if operation is None or board is None:
            return
        arriving = self._arriving(board)
        if not arriving:
            return
        households: dict[str, list[str]] = {}
        for row in arriving:
            households.setdefault(row.household, []).append(row.case_no)
        every = len(arriving) == board.counts.flown
        text = tr("Hand over {persons} in {households} from {flight} as arrived? Their "
                  "status becomes arrived and they leave the operation's figures of people "
                  "in care.").format(persons=persons_text(len(arriving)),
                                     households=households_text(len(households)),
                                     flight=board.flight)
        if not every:
            text += "\n\n" + tr("Only the selected households: {rest} flown passengers stay "
                                  "to hand over.").format(rest=board.counts.flown - len(arriving))
        details = _households([HouseholdChange(h, tuple(c)) for h, c in households.items()])
        if not ask.confirm(self, tr("Arrive"), text, tr("Hand over"), details=details):
            return
        names = () if every else [r.case_no for r in arriving]

        def land() -> Arrival:
            with operation.session() as session:
                return arrive(session, board.flight, names)

        arrived = self.guarded(land)
        if arrived is None:
            return
        self.context.say(tr("Arrived from {flight}: {persons} in {households}").format(
            flight=board.flight, persons=persons_text(arrived.persons),
            households=households_text(len(arrived.households))))
        self.refresh_board()
