"""The row an officer chose in a table: what a detail pane shows and what its buttons act on.

Every table of the program derives from ``ChoosingTableView``. Its *chosen row* is the
current row (the one the last click or key went to) when that row is also selected, and
no row otherwise; ``chosen_changed`` fires whenever it becomes another record, and after
the model was reset, sorted or filtered. Panes follow ``chosen_changed`` and read
``chosen_row()``; their buttons read the same ``chosen_row()`` when pressed. So the pane
and the action can never disagree, whatever the order of Qt's signals.

Why it is needed: a mouse press makes the clicked row *current* first and *selects* it
afterwards (``QAbstractItemView.mousePressEvent``), while a key press selects first. A
pane that followed ``currentRowChanged`` and read the selection showed the row clicked
before, while a button that read the selection acted on the new one.

While the current row is not yet selected (the middle of a mouse press), the choice is
looked at again once the event is handled instead of flickering to "nothing chosen".

When the model is reset (a pane reloads its rows after a pin, a save, a search), the
record chosen before stays chosen, found by its id (``record_key``), if it is still
listed; otherwise nothing is chosen, so no button acts on a record the officer never
chose. A model without ids (``record_key`` None) is left with nothing chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

_NOTHING = object()


class ChoosingTableView(QTableView):
    """A table view that tells one chosen row (see the module's text)."""

    #: The chosen row changed, or the rows under it did (reset, sort, filter).
    chosen_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen_key: Any = _NOTHING
        self._watched_model: QAbstractItemModel | None = None
        self._watched_selection: QItemSelectionModel | None = None
        self._settle_pending = False
        self._kept_key: Any = None

    # --- what subclasses may refine ---------------------------------------------------------
    def row_identity(self, row: int) -> Any:
        """What tells the record of ``row`` from the others (a list's record, an id)."""
        return row

    def record_key(self, row: int) -> Any:
        """The id of the record of ``row``, stable across reloads; None when the rows
        have none (then a reset chooses nothing)."""
        return None

    def row_of_key(self, key: Any) -> int | None:
        """The row whose record has the id ``key``, or None."""
        model = self.model()
        if key is None or model is None:
            return None
        return next((row for row in range(model.rowCount()) if self.record_key(row) == key),
                    None)

    # --- the choice -------------------------------------------------------------------------
    def chosen_row(self) -> int | None:
        """The row the pane shows and the buttons act on; None when none is chosen."""
        selection = self.selectionModel()
        model = self.model()
        if selection is None or model is None:
            return None
        current = selection.currentIndex()
        if not current.isValid() or current.row() >= model.rowCount():
            return None
        if not selection.isRowSelected(current.row(), QModelIndex()):
            return None
        return current.row()

    def choose_row(self, row: int | None) -> None:
        """Make ``row`` the chosen one (None: choose nothing), as a click would."""
        model = self.model()
        if row is None or model is None or not 0 <= row < model.rowCount():
            self.clearSelection()
            self._settle()
            return
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index, QTableView.ScrollHint.EnsureVisible)
        self._settle()

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt's name
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and last row (also before any row is current): the
        whole row is chosen anyway, so moving to its first or last column (Qt's default
        in a table) would do nothing."""
        model = self.model()
        ends = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)
        if action in ends and model is not None and model.rowCount() > 0 and \
                self.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome \
                else model.rowCount() - 1
            return model.index(row, max(0, self.currentIndex().column()))
        return super().moveCursor(action, modifiers)

    # --- following the model ----------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        self._unwatch()
        super().setModel(model)
        self._watch()
        self._settle(force=True)

    def _watch(self) -> None:
        model, selection = self.model(), self.selectionModel()
        self._watched_model, self._watched_selection = model, selection
        if model is not None:
            model.modelAboutToBeReset.connect(self._remember_chosen)
            model.modelReset.connect(self._on_reset)
            model.layoutChanged.connect(self._on_rows_replaced)
            model.rowsRemoved.connect(self._on_rows_replaced)
            model.rowsInserted.connect(self._on_rows_replaced)
        if selection is not None:
            selection.currentChanged.connect(self._on_current)
            selection.selectionChanged.connect(self._on_selection)

    def _unwatch(self) -> None:
        model, selection = self._watched_model, self._watched_selection
        if model is not None:
            model.modelAboutToBeReset.disconnect(self._remember_chosen)
            model.modelReset.disconnect(self._on_reset)
            for signal in (model.layoutChanged, model.rowsRemoved, model.rowsInserted):
                signal.disconnect(self._on_rows_replaced)
        if selection is not None:
            selection.currentChanged.disconnect(self._on_current)
            selection.selectionChanged.disconnect(self._on_selection)
        self._watched_model = self._watched_selection = None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = self.selectionModel()
        if current.isValid() and selection is not None \
                and not selection.isRowSelected(current.row(), QModelIndex()):
            # A mouse press: the selection follows within this event; settle after it
            # (the selection's own signal usually settles first).
            if not self._settle_pending:
                self._settle_pending = True
                QTimer.singleShot(0, self, self._settle_later)
            return
        self._settle()

    def _on_selection(self, *_args: Any) -> None:
        self._settle()

    def _remember_chosen(self) -> None:
        row = self.chosen_row()
        self._kept_key = None if row is None else self.record_key(row)

    def _on_reset(self) -> None:
        """The rows were replaced: choose again the record chosen before, by its id, or
        nothing (Qt keeps no selection over a reset; it may keep a current row)."""
        key, self._kept_key = self._kept_key, None
        row = self.row_of_key(key)
        model = self.model()
        if row is not None and model is not None:
            index = model.index(row, 0)
            self.setCurrentIndex(index)
            self.selectRow(row)
            self.scrollTo(index, QTableView.ScrollHint.EnsureVisible)
        else:
            self.clearSelection()
        self._settle(force=True)

    def _on_rows_replaced(self, *_args: Any) -> None:
        self._settle(force=True)

    def _settle_later(self) -> None:
        self._settle_pending = False
        self._settle()

    def _settle(self, force: bool = False) -> None:
        row = self.chosen_row()
        key = None if row is None else (row, self.row_identity(row))
        if force or key != self._chosen_key:
            self._chosen_key = key
            self.chosen_changed.emit()
