"""The call-forward list of one flight before it is written (SPEC 8.3).

Shows who would be called (persons, households, how many become ``called``), the report
time and place, the operation's reference code (typed here when the operation has none
yet), the message a passenger would receive, in Indonesian and in English, exactly as
the list will carry it, and the phone numbers the CSV leaves out (no country code where
more than one country fits), by person. Nothing is written or changed until the officer presses the
write button; the departure-day screen then asks where to save the list.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.departure.call_list import CallPreview, check_reference
from planner.departure.sms import sms_length
from planner.errors import PlannerError
from ui.i18n import languages, tr
from ui.plan_words import households_text, number, persons_text


def summary_text(preview: CallPreview) -> str:
    """Who the list calls and what writing it changes, in the officer's language."""
    persons, households = persons_text(len(preview.rows)), households_text(preview.households)
    change = tr("Writing the list marks {count} of them called for this flight.").format(
        count=number(preview.to_call))
    if preview.to_call == 0:
        change = tr("Everyone on it is called or checked in already: writing the list "
                    "changes no status.")
    elif preview.to_call < len(preview.rows):
        change += " " + tr("The others are called or checked in already.")
    return tr("{persons} in {households} of plan {plan}; report by {time} at {place}.").format(
        persons=persons, households=households, plan=preview.plan_id,
        time=preview.call.report_time.strftime("%Y-%m-%d %H:%M"),  # as the file writes it
        place=preview.call.place_in(languages.current)) + "\n" + change


def unplaced_text(preview: CallPreview) -> str:
    """Why the CSV leaves some phone numbers out, and what to do, in the officer's
    language; empty when every phone is placed (``CallRow.phone_unplaced``)."""
    count = sum(row.phone_unplaced for row in preview.rows)
    if count == 0:
        return ""
    if count == 1:
        return tr("1 phone number has no country code and could be a number of more than "
                  "one country: the CSV for the gateway leaves it out (a workbook keeps "
                  "it). Write it with + and the country code (+62 812...) in the roster "
                  "and open this again, or call the person yourself:")
    return tr("{count} phone numbers have no country code and could be numbers of more "
              "than one country: the CSV for the gateway leaves them out (a workbook keeps "
              "them). Write them with + and the country code (+62 812...) in the roster "
              "and open this again, or call the persons yourself:").format(
        count=number(count))


def unplaced_lines(preview: CallPreview) -> str:
    """The persons whose phone the CSV leaves out, one a line: case number, name, phone."""
    return "\n".join(f"{row.case_no}  {row.full_name}: {row.phone}" for row in preview.rows
                     if row.phone_unplaced)


def length_text(message: str) -> str:
    """"152 characters: 1 SMS", as the gateway counts the message."""
    length = sms_length(message)
    if length.parts == 1:
        return tr("{count} of {limit} characters: 1 SMS").format(
            count=length.units, limit=length.limit)
    return tr("{count} characters: {parts} SMS (one takes {limit})").format(
        count=length.units, parts=length.parts, limit=length.limit)


#: The most persons the list of phones left out shows at once; more scroll.
UNPLACED_LINES = 8


def fit_lines(box: QPlainTextEdit, most: int) -> None:
    """Make ``box`` as tall as its lines, up to ``most`` of them, with a scroll bar beside
    more and none beside fewer (Qt showed one for two lines until the box was laid out at
    its width): a line is as tall as the text layout makes it (the font's line spacing
    rounded up), and Qt hides a scroll bar only when a pixel is left over."""
    count = box.blockCount()
    lines = max(1, min(count, most))
    box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if count > most
                                   else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    line = math.ceil(QFontMetricsF(box.font()).lineSpacing())
    margins = math.ceil(2 * box.document().documentMargin()) + 2 * box.frameWidth()
    box.setFixedHeight(lines * line + margins + 1)


class CallForwardDialog(QDialog):
    """The list's counts, its reference code and a passenger's messages in both languages."""

    def __init__(self, preview: CallPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(tr("Call forward {flight}").format(flight=preview.flight))
        self.summary = QLabel(summary_text(preview), self)
        self.summary.setWordWrap(True)
        self.reference = QLineEdit(preview.code, self)
        self.reference.setMaxLength(16)
        self.reference.textEdited.connect(self._upper)
        self.reference.setPlaceholderText(tr("2 to 16 letters, digits or dashes"))
        self.reference.setToolTip(tr("Every message carries the operation's reference code, "
                                     "so people can tell the embassy's message from a "
                                     "scammer's. It is kept in the settings."))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        # The phones the gateway does not get, named before the list is written.
        self.unplaced = QLabel(unplaced_text(preview), self)
        self.unplaced.setWordWrap(True)
        self.unplaced.setStyleSheet("color: #b3261e;")
        self.unplaced_list = QPlainTextEdit(unplaced_lines(preview), self)
        self.unplaced_list.setReadOnly(True)
        self.unplaced_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_lines(self.unplaced_list, UNPLACED_LINES)
        for widget in (self.unplaced, self.unplaced_list):
            widget.setVisible(bool(self.unplaced.text()))
        self.passenger = QComboBox(self)
        for row in preview.rows:
            self.passenger.addItem(f"{row.case_no}  {row.full_name}")
        self.indonesian = QPlainTextEdit(self)
        self.english = QPlainTextEdit(self)
        for box in (self.indonesian, self.english):
            box.setReadOnly(True)
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lines = box.fontMetrics().lineSpacing()
            box.setMinimumHeight(lines * 5 + 12)
            box.setMaximumHeight(lines * 8 + 12)
        form = QFormLayout()
        form.addRow(tr("Reference code:"), self.reference)
        form.addRow("", self.problem)
        form.addRow(tr("Message to:"), self.passenger)
        self.indonesian_length = QLabel(self)
        self.english_length = QLabel(self)
        form.addRow(tr("Bahasa Indonesia:"), self.indonesian)
        form.addRow("", self.indonesian_length)
        form.addRow(tr("English:"), self.english)
        form.addRow("", self.english_length)
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            tr("Write list, mark {count} called...").format(count=number(preview.to_call)),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.unplaced)
        layout.addWidget(self.unplaced_list)
        layout.addWidget(self.buttons)
        self.resize(720, 400)
        self.reference.textChanged.connect(self._show_messages)
        self.passenger.currentIndexChanged.connect(self._show_messages)
        self._show_messages()
        if not preview.code:
            self.reference.setFocus()

    def _upper(self, text: str) -> None:
        """The code as it will be printed: capitals (the cursor stays where it was)."""
        if text != text.upper():
            cursor = self.reference.cursorPosition()
            self.reference.setText(text.upper())
            self.reference.setCursorPosition(cursor)

    def code(self) -> str | None:
        """The reference code typed, cleaned; None while it is not a valid one."""
        try:
            return check_reference(self.reference.text())
        except PlannerError:
            return None

    def _show_messages(self) -> None:
        code = self.code()
        typed = self.reference.text().strip()
        if code is None:
            self.problem.setText(tr("Type the operation's reference code: 2 to 16 letters, "
                                    "digits or dashes (for example KBRI-PNH).") if not typed
                                 else tr("{code} is not a reference code: use 2 to 16 "
                                         "letters, digits or dashes.").format(code=typed))
        else:
            self.problem.clear()
        self.write_button.setEnabled(code is not None)
        row = self.preview.rows[max(0, self.passenger.currentIndex())]
        indonesian, english = self.preview.messages(code or "?", row)
        self.indonesian.setPlainText(indonesian)
        self.english.setPlainText(english)
        for label, message in ((self.indonesian_length, indonesian),
                               (self.english_length, english)):
            label.setText(length_text(message))
            label.setStyleSheet("" if sms_length(message).parts == 1 else "color: #b3261e;")
