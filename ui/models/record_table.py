"""A table model over a column snapshot, sorted and filtered with numpy.

``QSortFilterProxyModel`` takes tens of seconds to sort 150,000 text rows. This model
holds a ``ColumnTable`` (one numpy array per column, see ``planner.records.snapshots``)
and an index array of the visible rows in their order. Sorting is an ``argsort`` of
the column's native values (numbers as numbers, dates as ISO text), cached per
column; the search box and the filters are boolean masks. Cells are formatted only
when the view paints them, so a 150,000-row table costs what its visible rows cost.

A changed snapshot (after an edit) is swapped in with ``layoutChanged``: the selection
and the current row follow their records by id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as _field  # a Column has a field named `field`
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from planner.records.snapshots import ColumnKind, ColumnTable

#: The database id of the row's record.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The cell's native value (number, ISO date text, bool) for callers that sort or compare.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROLES_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP, int(ID_ROLE),
                             int(VALUE_ROLE)})
NUMERIC = (ColumnKind.INT, ColumnKind.FLOAT)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
#: A longer search word looks only in the rows the shorter one found when they are at
#: most this share (1/N) of the table.
NARROW_SHARE = 8


@dataclass(frozen=True)
class Column:
    """One column: the snapshot field it shows, its header, and how its values read."""

    field: str
    header: str
    kind: ColumnKind = ColumnKind.TEXT
    #: Words for coded values (``"confiscated"`` -> ``"Confiscated"``).
    labels: Mapping[str, str] = _field(default_factory=dict)
    #: Text colours for coded values.
    colors: Mapping[str, str] = _field(default_factory=dict)
    #: Characters of width the column wants (a hint for the view).
    width_chars: int = 12
    tooltip: str = ""
    #: Custom text for a value (overrides labels).
    format: Callable[[Any], str] | None = None
    #: Another snapshot column whose values sort this one (e.g. text already folded).
    sort_field: str | None = None
    #: Never cut: at least as wide as the widest value of the snapshot (keys, dates, codes).
    fit: bool = False

    @property
    def alignment(self) -> int | None:
        if self.format is not None:  # words, whatever the values are
            return None
        if self.kind in NUMERIC:
            return _RIGHT
        if self.kind is ColumnKind.BOOL:
            return _CENTER
        return None


def display_text(column: Column, value: Any, yes: str = "\u2713") -> str:
    """How a snapshot value reads in a cell."""
    if column.format is not None:
        return column.format(value)
    kind = column.kind
    if kind in NUMERIC:
        number = float(value)
        if number != number:  # NaN: blank
            return ""
        if kind is ColumnKind.INT or number.is_integer():
            return f"{int(number):,}".replace(",", "\u2009") if abs(number) >= 10_000 \
                else str(int(number))
        return f"{number:g}"
    if kind is ColumnKind.BOOL:
        return yes if bool(value) else ""
    text = str(value)
    if column.labels:
        return column.labels.get(text, text)
    return text


def blank_values(kind: ColumnKind, count: int) -> np.ndarray:
    if kind in NUMERIC:
        return np.full(count, np.nan)
    if kind is ColumnKind.BOOL:
        return np.zeros(count, dtype=bool)
    return np.zeros(count, dtype="<U1")


def sort_key(values: np.ndarray, kind: ColumnKind) -> np.ndarray:
    """Values that ``argsort`` orders as an officer expects; blanks first."""
    if kind in NUMERIC:
        return np.where(np.isnan(values), -np.inf, values)
    if kind is ColumnKind.BOOL:
        return values.astype(np.int8)
    if values.dtype.kind in "UO":
        return np.strings.lower(as_text(values))
    return values


def as_text(values: np.ndarray) -> np.ndarray:
    """A text column as a numpy string array (object arrays of str are converted)."""
    return values.astype(str) if values.dtype == object else values


class RecordTableModel(QAbstractTableModel):
    """Rows of a ``ColumnTable`` with native sorting, a search box and filter masks."""

    #: (visible rows, all rows) after every change of data, search or filter.
    counts_changed = Signal(int, int)

    def __init__(self, columns: Sequence[Column], parent: Any = None,
                 search_field: str | tuple[str, ...] | None = None,
                 search_function: Callable[[tuple[str, ...]], np.ndarray] | None = None
                 ) -> None:
        """``search_field``: the snapshot column(s) of folded text the search box looks in
        (a word may match in any of them); or ``search_function(words) -> mask`` for a
        search of its own."""
        super().__init__(parent)
        self._columns = list(columns)
        self._search_fields: tuple[str, ...] = (
            () if search_field is None else
            (search_field,) if isinstance(search_field, str) else tuple(search_field))
        self._search_function = search_function
        self._table = ColumnTable.empty({c.field: c.kind for c in self._columns})
        self._order = np.zeros(0, dtype=np.int64)
        self._sorted: dict[int, np.ndarray] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._words: tuple[str, ...] = ()
        self._search_mask: np.ndarray | None = None
        self._masks: dict[str, np.ndarray] = {}
        self._yes = "\u2713"
        self._brushes: dict[str, QBrush] = {}

    # --- data -------------------------------------------------------------------------
    @property
    def table(self) -> ColumnTable:
        return self._table

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def set_table(self, table: ColumnTable) -> None:
        """Show a new snapshot; selection and current row follow their records by id."""
        table = self._complete(table)
        self.layoutAboutToBeChanged.emit()
        old_table, old_order = self._table, self._order
        self._table = table
        self._sorted.clear()
        self._search_mask = None
        self._masks = {name: mask for name, mask in self._masks.items()
                       if len(mask) == len(table)}
        self._order = self._compute_order()
        self._move_persistent_indexes(old_table, old_order)
        self.layoutChanged.emit()
        self._emit_counts()

    def _complete(self, table: ColumnTable) -> ColumnTable:
        """The table with a blank array for any shown column it lacks (an empty store)."""
        missing = [c for c in self._columns if c.field not in table.columns]
        if not missing:
            return table
        columns, kinds = dict(table.columns), dict(table.kinds)
        for column in missing:
            columns[column.field] = blank_values(column.kind, len(table))
            kinds[column.field] = column.kind
        return ColumnTable(table.ids, table.versions, columns, kinds)

    def _move_persistent_indexes(self, old_table: ColumnTable, old_order: np.ndarray) -> None:
        persistent = self.persistentIndexList()
        if not persistent:
            return
        inverse = np.full(len(self._table), -1, dtype=np.int64)
        inverse[self._order] = np.arange(len(self._order), dtype=np.int64)
        new: list[QModelIndex] = []
        for index in persistent:
            row = index.row()
            target = QModelIndex()
            if 0 <= row < len(old_order):
                record_id = int(old_table.ids[old_order[row]])
                position = self._table.position_of(record_id)
                if position is not None and inverse[position] >= 0:
                    target = self.index(int(inverse[position]), index.column())
            new.append(target)
        self.changePersistentIndexList(persistent, new)

    def widest_texts(self, column: int, count: int = 16) -> list[str]:
        """The ``count`` longest texts a column shows over the whole snapshot (filtered
        rows too, so the width does not change with the search)."""
        spec = self._columns[column]
        values = self._table.columns.get(spec.field)
        if values is None or len(values) == 0:
            return []
        texts: set[str] = set()
        if spec.labels and spec.format is None:
            texts.update(spec.labels.values())
        if spec.kind in NUMERIC:
            numbers = values[~np.isnan(values)] if values.dtype.kind == "f" else values
            picked = [numbers.max(), numbers.min()] if len(numbers) else []
        else:
            text = as_text(values)
            lengths = np.strings.str_len(text) if text.dtype.kind == "U" else \
                np.array([len(str(v)) for v in text])
            top = min(count, len(lengths))
            picked = list(text[np.argpartition(lengths, len(lengths) - top)[-top:]])
        texts.update(display_text(spec, value) for value in picked)
        return sorted(texts, key=len, reverse=True)[:count]

    def record_id(self, row: int) -> int:
        return int(self._table.ids[self._order[row]])

    def record_version(self, row: int) -> int:
        return int(self._table.versions[self._order[row]])

    def value(self, row: int, field_name: str) -> Any:
        return self._table.columns[field_name][self._order[row]]

    def row_of_id(self, record_id: int) -> int | None:
        position = self._table.position_of(record_id)
        if position is None:
            return None
        rows = np.flatnonzero(self._order == position)
        return int(rows[0]) if len(rows) else None

    def visible_positions(self) -> np.ndarray:
        """Positions in the snapshot of the visible rows, in their order."""
        return self._order.copy()

    @property
    def total_count(self) -> int:
        return len(self._table)

    # --- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else int(self._order.shape[0])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: plain ints, no enum lookups.
        if role not in _ROLES_ANSWERED:
            return None
        row, col = index.row(), index.column()
        if row < 0 or col < 0 or row >= len(self._order) or col >= len(self._columns):
            return None
        column = self._columns[col]
        if role == _DISPLAY:
            value = self._table.columns[column.field][self._order[row]]
            return display_text(column, value, self._yes)
        if role == _ALIGNMENT:
            return column.alignment
        if role == _FOREGROUND:
            if not column.colors:
                return None
            color = column.colors.get(str(self._table.columns[column.field][self._order[row]]))
            return self._brush(color) if color else None
        if role == ID_ROLE:
            return int(self._table.ids[self._order[row]])
        if role == VALUE_ROLE:
            value = self._table.columns[column.field][self._order[row]]
            return value.item() if hasattr(value, "item") else value
        if column.kind is ColumnKind.TEXT:  # the tooltip: the whole text when it is long
            value = self._table.columns[column.field][self._order[row]]
            text = display_text(column, value)
            return text if len(text) > column.width_chars else None
        return None

    def _brush(self, color: str) -> QBrush:
        brush = self._brushes.get(color)
        if brush is None:
            brush = self._brushes[color] = QBrush(QColor(color))
        return brush

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tooltip or column.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return column.alignment
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._order) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        self._sort = (column, order)
        self._order = self._compute_order()
        self._move_persistent_indexes(self._table, old_order)
        self.layoutChanged.emit()

    # --- search and filters -----------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Keep the rows whose search text holds every word of ``text`` (any case)."""
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        previous, self._words = self._words, words
        narrowing = (self._search_mask is not None and previous
                     and len(words) >= len(previous)
                     and all(new.startswith(old) or old in new
                             for old, new in zip(previous, words, strict=False)))
        self._search_mask = self._compute_search_mask(self._search_mask if narrowing else None)
        self._refilter()

    def set_mask(self, name: str, mask: np.ndarray | None) -> None:
        """A named filter over the snapshot's rows (True = keep); None removes it."""
        if mask is None:
            if self._masks.pop(name, None) is None:
                return
        else:
            self._masks[name] = mask
        self._refilter()

    def clear_filters(self) -> None:
        self._masks.clear()
        self._words = ()
        self._search_mask = None
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._order = self._compute_order()
        self.endResetModel()
        self._emit_counts()

    def _emit_counts(self) -> None:
        self.counts_changed.emit(len(self._order), len(self._table))

    def _compute_search_mask(self, within: np.ndarray | None) -> np.ndarray | None:
        if not self._words:
            return None
        if self._search_function is not None:
            mask = self._search_function(self._words)
            return mask if len(mask) == len(self._table) else np.zeros(len(self._table), bool)
        if not self._search_fields:
            return None
        columns = [self._table.columns.get(name) for name in self._search_fields]
        texts = [c for c in columns if c is not None and len(c) == len(self._table)]
        if not texts or len(self._table) == 0:
            return np.zeros(len(self._table), dtype=bool)
        if within is None:
            return self._words_found(texts)
        candidates = np.flatnonzero(within)
        if len(candidates) > len(self._table) // NARROW_SHARE:
            # Taking many rows out copies their text: searching every row costs less.
            return self._words_found(texts) & within
        keep = self._words_found([t[candidates] for t in texts])
        mask = np.zeros(len(self._table), dtype=bool)
        mask[candidates[keep]] = True
        return mask

    def _words_found(self, texts: list[np.ndarray]) -> np.ndarray:
        """Rows whose text, in any of ``texts``, holds every search word."""
        keep = np.ones(len(texts[0]), dtype=bool)
        for word in self._words:
            found = np.strings.find(texts[0], word) >= 0
            for other in texts[1:]:
                found |= np.strings.find(other, word) >= 0
            keep &= found
        return keep

    def _sorted_positions(self, column: int) -> np.ndarray:
        positions = self._sorted.get(column)
        if positions is None:
            spec = self._columns[column]
            field = spec.sort_field if spec.sort_field in self._table.columns else spec.field
            values = self._table.columns[field]
            kind = self._table.kinds.get(field, spec.kind)
            keys = values if kind is ColumnKind.SEARCH else sort_key(values, spec.kind)
            positions = np.argsort(keys, kind="stable")
            self._sorted[column] = positions
        return positions

    def _compute_order(self) -> np.ndarray:
        count = len(self._table)
        if self._sort is None:
            order = np.arange(count, dtype=np.int64)
        else:
            column, direction = self._sort
            order = self._sorted_positions(column)
            if direction == Qt.SortOrder.DescendingOrder:
                order = order[::-1]
        if self._words and self._search_mask is None:
            self._search_mask = self._compute_search_mask(None)
        masks = [m for m in (self._search_mask, *self._masks.values()) if m is not None]
        if masks:
            keep = masks[0].copy()
            for mask in masks[1:]:
                keep &= mask
            order = order[keep[order]]
        return np.ascontiguousarray(order, dtype=np.int64)
