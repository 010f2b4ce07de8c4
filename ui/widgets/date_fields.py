"""Dates and times typed as text: what the officer types is what is stored.

Qt's ``QDateTimeEdit`` types into sections: once the year has four digits it moves to
the month by itself, and the "-" typed next moves once more, so "2026-12-09 14:15"
typed after Tab was stored as 2026-01-12 09:14 without a word. These fields are plain
text boxes read by the service's own rules (``planner.records.field_rules.date`` and
``date_time``): year first (2026-12-09 14:15) or day first (09/12/2026 14:15), never
month first. The box shows a value the way it reads it back (year first); under it a
line says in words how the text reads ("Read as Wednesday, 9 December 2026, 14:15") or what is
wrong with it, and may carry a warning from the form (a flight in the past). A button
opens a calendar; choosing a day keeps the time already typed.

A text that does not read as a date is handed to the form as it is (``value()``): the
service then refuses it with its own problem, shown under the field, and nothing is
stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from planner.records import field_rules
from ui.i18n import tr
from ui.icons import icon
from ui.labels import problem_text

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
# The time a day chosen on the calendar gets when none is typed yet.
DEFAULT_TIME = dt.time(9, 0)
NOTE_STYLE = "color: #9a5b00;"
PROBLEM_STYLE = "color: #b3261e;"
READING_STYLE = "color: palette(placeholder-text);"

Moment = dt.date | dt.datetime


def moment_text(value: Moment | None) -> str:
    """How a field shows a value: year first, the form it also reads."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    return value.strftime(DATE_FORMAT)


def read_moment(text: str, with_time: bool) -> Moment:
    """The date (or date and time) a typed text stands for; ``FieldProblem`` if none."""
    if with_time:
        moment = field_rules.date_time(text)
        assert moment is not None
        return moment
    day = field_rules.date(text)
    assert day is not None
    return day


def in_words(value: Moment) -> str:
    """A date in words, with the day of the week, in the officer's language."""
    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, dt.datetime):
        return tr("{day}, {time}").format(day=locale.toString(day, "dddd, d MMMM yyyy"),
                                          time=f"{value.hour:02d}:{value.minute:02d}")
    return locale.toString(day, "dddd, d MMMM yyyy")


class MomentField(QWidget):
    """A date, or a date and time, typed as text (see the module's text).

    ``blank`` is what an empty field means ("plan start"); None when a value is required.
    ``says_problems``: the line under the box says what is wrong with a text that does
    not read (a form that shows each field's problem itself turns it off).
    ``changed`` fires with every keystroke and every day chosen on the calendar.
    """

    changed = Signal()

    def __init__(self, with_time: bool, blank: str | None = None,
                 parent: QWidget | None = None, *, says_problems: bool = True) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.blank = blank
        self.says_problems = says_problems
        self.default_time = DEFAULT_TIME
        self._note = ""
        self.edit = QLineEdit(self)
        example = "2026-12-09 14:15" if with_time else "2026-12-09"
        self.edit.setPlaceholderText(blank if blank else example)
        self.edit.setClearButtonEnabled(blank is not None)
        self.edit.setToolTip(
            tr("Type the date and time year first, 2026-12-09 14:15, or day first, "
               "09/12/2026 14:15") if with_time else
            tr("Type the date year first, 2026-12-09, or day first, 09/12/2026"))
        width = self.edit.fontMetrics().horizontalAdvance(example + "0000") + 24
        self.edit.setMinimumWidth(width)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(icon("calendar"))
        self.calendar_button.setToolTip(tr("Choose the day on a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        # One sentence a line, never wrapped. The line keeps its place, blank or not, and
        # the form is as wide as the longest "Read as" sentence from the start, so nothing
        # moves while the officer types: a click aimed at the field below lands where it was
        # aimed (a tester's click meant for "Open until" landed in "Open from" as the line
        # came). Only a warning note (a second line) or a long problem adds room.
        self.reading = QLabel(self)
        font = self.reading.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.reading.setFont(font)
        self.reading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        longest = tr("Read as {moment}").format(moment=in_words(
            dt.datetime(2026, 9, 30, 23, 59) if with_time else dt.date(2026, 9, 30)))
        self.reading.setMinimumWidth(self.reading.fontMetrics().horizontalAdvance(longest) + 8)
        # ...but a note's sentence longer than the field wraps under it rather than lose its
        # end (the Plan screen's "...unless they are marked departed." was cut at "mark")
        self.reading.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(2)
        layout.setVerticalSpacing(1)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.calendar_button, 0, 1)
        layout.addWidget(self.reading, 1, 0, 1, 2)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._tidy)
        self._show_reading()

    # --- values ---------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text().strip()

    def parsed(self) -> Moment | None:
        """The value typed, or None when the field is blank or does not read as a date."""
        text = self.text()
        if not text:
            return None
        try:
            return read_moment(text, self.with_time)
        except field_rules.FieldProblem:
            return None

    def problem(self) -> field_rules.FieldIssue | None:
        text = self.text()
        if not text:
            return None if self.blank is not None else field_rules.FieldIssue("required")
        try:
            read_moment(text, self.with_time)
        except field_rules.FieldProblem as error:
            return error.problem
        return None

    def value(self) -> Any:
        """For a form: None when blank, the date or date and time read, else the text as
        typed (the service refuses it and says why under the field)."""
        text = self.text()
        if not text:
            return None
        moment = self.parsed()
        return moment if moment is not None else text

    def set_value(self, value: Moment | None) -> None:
        if value is not None and self.with_time and not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, self.default_time)
        if value is not None and not self.with_time and isinstance(value, dt.datetime):
            value = value.date()
        self.edit.setText(moment_text(value))

    def set_note(self, note: str) -> None:
        """A warning about the value read (shown under it until the next note)."""
        self._note = note
        self._show_reading()

    @property
    def note(self) -> str:
        return self._note

    # --- behaviour ------------------------------------------------------------------------
    def _on_text(self, _text: str) -> None:
        self._show_reading()
        self.changed.emit()

    def _tidy(self) -> None:
        """Leaving the field: show the value the way it was read (year first)."""
        moment = self.parsed()
        if moment is not None and moment_text(moment) != self.text():
            self.edit.setText(moment_text(moment))

    def _show_reading(self) -> None:
        text = self.text()
        moment = self.parsed()
        if not text:  # the placeholder says what a blank means
            words, style = "", READING_STYLE
        elif moment is None:
            problem = self.problem() if self.says_problems else None
            words = problem_text(problem) if problem is not None else ""
            style = PROBLEM_STYLE
        else:
            words = tr("Read as {moment}").format(moment=in_words(moment))
            style = READING_STYLE
        if self._note and moment is not None:
            words = f"{words}\n{self._note}" if words else self._note
            style = NOTE_STYLE
        self.reading.setText(words)
        self.reading.setToolTip(words)
        self.reading.setStyleSheet(style)
        self._fit_reading()

    def _fit_reading(self) -> None:
        """The reading's height: its lines at the width it has (one line when blank)."""
        width = max(self.reading.width(), self.reading.minimumWidth())
        line = self.reading.fontMetrics().lineSpacing()
        height = max(line, self.reading.heightForWidth(width)) if self.reading.text() else line
        if height != self.reading.height() or height != self.reading.minimumHeight():
            self.reading.setFixedHeight(height)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_reading()

    def open_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        current = self.parsed()
        day = current if current is not None else dt.date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        self.calendar_menu = menu  # the tests choose a day in it

        def chosen(date: QDate) -> None:
            self.choose_day(dt.date(date.year(), date.month(), date.day()))
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))

    def choose_day(self, day: dt.date) -> None:
        """A day chosen on the calendar: the time already typed is kept."""
        current = self.parsed()
        if self.with_time:
            time = current.time() if isinstance(current, dt.datetime) else self.default_time
            self.edit.setText(moment_text(dt.datetime.combine(day, time)))
        else:
            self.edit.setText(moment_text(day))
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

