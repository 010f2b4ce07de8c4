"""The look every table of the program shares: whole-row selection, no in-place editing,
alternating rows, fixed row heights (Qt then never measures rows), eliding text, and a
left-aligned header that elides too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: Pixels a cell needs around its text (the delegate's margins and the grid line).
CELL_PADDING = 16


def set_up_table(view: QTableView, *, multi: bool) -> None:
    """Apply the shared settings to ``view``; ``multi`` allows selecting several rows."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab leaves the table for the next field or button (whole rows are chosen: moving
    # from cell to cell would only trap the keyboard in the table).
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vertical.setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # A header narrower than its words ends in "..." (its tooltip says it whole): a
    # header elides nothing by default, and one aligned right lost its first letters
    # unmarked ('terbanyak' of 'Terpakai terbanyak').
    header.setTextElideMode(Qt.TextElideMode.ElideRight)


def enable_sorting(view: QTableView) -> None:
    """Sortable by clicking a header, starting unsorted (the model's own order)."""
    header = view.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)


def widen_to_fit(view: QTableView) -> None:
    """Widen every ``fit`` column of the view's model to its widest value (never narrow
    it: the officer may have made it wider). The model tells its columns (``columns``,
    each with ``fit`` and ``header``) and their longest texts (``widest_texts(i)``)."""
    model = view.model()
    widest_texts = getattr(model, "widest_texts", None)
    if widest_texts is None:
        return  # a model that does not tell its texts keeps its widths
    for index, column in enumerate(getattr(model, "columns", [])):
        if not column.fit or view.isColumnHidden(index):
            continue
        wanted = fit_width(view, index)
        if view.columnWidth(index) < wanted:
            view.setColumnWidth(index, wanted)


def fit_width(view: QTableView, index: int, header: bool = True) -> int:
    """The width that shows column ``index``'s widest value and its header whole (only
    its values with ``header`` False; 0 for a model that does not tell its texts)."""
    model = view.model()
    widest_texts = getattr(model, "widest_texts", None)
    columns = getattr(model, "columns", [])
    if widest_texts is None or index >= len(columns):
        return 0
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(t) for t in widest_texts(index)), default=0)
    if not header:
        return widest + CELL_PADDING
    return max(widest + CELL_PADDING, metrics.horizontalAdvance(columns[index].header) + 28)
