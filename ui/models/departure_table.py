"""The departure-day table: a flight's passengers and standby with their status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.departure.board import STANDBY, BoardRow
from planner.fields import PERSON
from ui.i18n import tr
from ui.labels import choice_labels

Index = QModelIndex | QPersistentModelIndex

CASE_NO, NAME, HOUSEHOLD, ROLE, STATUS, NO_SHOWS = range(6)
STATUS_COLORS = {"checked_in": "#1b6e20", "no_show": "#b3261e", "flown": "#6b6b6b",
                 "arrived": "#6b6b6b"}


def status_text(status: str) -> str:
    """A movement status (SPEC 8.1) in the officer's language (the registry's words)."""
    return choice_labels(PERSON["status"]).get(status, status)


class DepartureTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BoardRow] = []

    def headers(self) -> list[str]:
        return [tr("Case no."), tr("Name"), tr("Household"), tr("On the flight as"),
                tr("Status"), tr("No-shows")]

    def set_rows(self, rows: list[BoardRow]) -> None:
        if [(r.case_no, r.role) for r in rows] == [(r.case_no, r.role) for r in self.rows]:
            changed = [i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True))
                       if old != new]
            self.rows = rows
            for i in changed:  # a check-in changes one household's rows, not the table
                self.dataChanged.emit(self.index(i, 0), self.index(i, NO_SHOWS))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.case_no, row.full_name, "" if row.alone else row.household,
                    tr("standby") if row.role == STANDBY else tr("passenger"),
                    status_text(row.status), row.no_shows or "")[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            color = STATUS_COLORS.get(row.status)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.UserRole:
            return row.case_no
        return None
