"""A table model over a Python list of records, for the workflow screens' smaller tables.

Each column is a ``ListColumn``: its header, how a record reads in it, the native value it
sorts by (numbers as numbers, dates as dates), its alignment and, optionally, a colour and
a tooltip. Sorting reorders an index list, so the records themselves never move and the
selection follows them. The roster's 150,000-row tables use ``RecordTableModel`` instead;
these tables hold flights, shelters, households left behind, problems of an import.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

#: The record of a row (``data(index, RECORD_ROLE)``).
RECORD_ROLE = Qt.ItemDataRole.UserRole + 10
#: The native value a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 11

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def _none_last(value: Any) -> tuple[int, Any]:
    return (1, 0) if value is None or value == "" else (0, value)


@dataclass(frozen=True)
class ListColumn(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align: int = LEFT
    color: Callable[[T], str | None] | None = None
    tooltip: Callable[[T], str | None] | None = None
    header_tooltip: str = ""
    #: Characters of width the column wants.
    width_chars: int = 12
    #: Never cut: the column is at least as wide as its widest value (keys, dates, codes,
    #: numbers). Free text (names, reasons) elides and shows whole in its tooltip.
    fit: bool = False


class ListTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records of one type, in the columns given."""

    def __init__(self, columns: Sequence[ListColumn[T]], parent: Any = None, *,
                 key: Callable[[T], Hashable] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        #: What tells a record from the others across reloads (its id): the view keeps the
        #: chosen record chosen when the records are replaced (``ChoosingTableView``).
        self._key = key
        self._records: list[T] = []
        self._order: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._brushes: dict[str, QBrush] = {}

    @property
    def columns(self) -> list[ListColumn[T]]:
        return list(self._columns)

    def rename_column(self, index: int, header: str) -> None:
        """Give column ``index`` another header (a column named after a plan)."""
        if self._columns[index].header != header:
            self._columns[index] = replace(self._columns[index], header=header)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, index, index)

    @property
    def records(self) -> list[T]:
        return list(self._records)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._order = list(range(len(self._records)))
        if self._sort is not None:
            self._apply_sort(*self._sort)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[self._order[row]]

    def record_key(self, row: int) -> Hashable | None:
        """The id of the record of ``row``, or None when this model has no key."""
        return None if self._key is None else self._key(self.record(row))

    def widest_texts(self, column: int, count: int = 16) -> list[str]:
        """The ``count`` longest texts of a column (by characters), to measure."""
        text = self._columns[column].text
        texts = {text(record) for record in self._records}
        return sorted(texts, key=len, reverse=True)[:count]

    def row_of(self, predicate: Callable[[T], bool]) -> int | None:
        for row, position in enumerate(self._order):
            if predicate(self._records[position]):
                return row
        return None

    # --- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._order) \
                or index.column() >= len(self._columns):
            return None
        record = self._records[self._order[index.row()]]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(record)
            if color:
                brush = self._brushes.get(color)
                if brush is None:
                    brush = self._brushes[color] = QBrush(QColor(color))
                return brush
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(record)
            text = column.text(record)
            return text if len(text) > column.width_chars else None
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return (column.sort or column.text)(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tooltip or column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        positions = [self._order[i.row()] if 0 <= i.row() < len(self._order) else -1
                     for i in persistent]
        self._sort = (column, order)
        self._apply_sort(column, order)
        where = {position: row for row, position in enumerate(self._order)}
        self.changePersistentIndexList(persistent, [
            self.index(where[p], i.column()) if p in where else QModelIndex()
            for p, i in zip(positions, persistent, strict=True)])
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        key = spec.sort or spec.text
        self._order.sort(key=lambda p: _none_last(key(self._records[p])),
                         reverse=order == Qt.SortOrder.DescendingOrder)
