"""Date inputs that may be left blank: a calendar field with a clear button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

from ui.i18n import tr

#: The value that stands for "blank" (shown as the special text).
BLANK_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else BLANK_DATE


class OptionalDateEdit(QWidget):
    """A date or nothing; ``blank_text`` says what nothing means (e.g. "plan start")."""

    changed = Signal()

    def __init__(self, blank_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(BLANK_DATE)
        self.edit.setSpecialValueText(blank_text or tr("(none)"))
        self.edit.setDate(BLANK_DATE)
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u2715")
        self.clear_button.setToolTip(tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        date = self.edit.date()
        if date == BLANK_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setDate(to_qdate(value))

    def clear(self) -> None:
        self.edit.setDate(BLANK_DATE)


class DateTimeField(QDateTimeEdit):
    """A required date and time, minutes precision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATETIME_FORMAT)
        self.setCalendarPopup(True)

    def value(self) -> dt.datetime:
        moment = self.dateTime()
        date, time = moment.date(), moment.time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

    def set_value(self, value: dt.datetime | None) -> None:
        if value is None:
            now = dt.datetime.now().replace(minute=0, second=0, microsecond=0)
            value = now + dt.timedelta(days=1)
        self.setDateTime(QDateTime(to_qdate(value.date()),
                                   QTime(value.hour, value.minute)))
