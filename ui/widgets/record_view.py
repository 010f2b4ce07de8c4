"""The table view of the record screens, tuned for 150,000 rows, with an empty state.

Rows have a fixed height (Qt then never measures them), columns take their widths
from the columns' hints instead of measuring content, and the header's layout (order,
widths, sort) is remembered per table in the preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from planner.records.snapshots import ColumnKind
from ui.models.record_table import RecordTableModel
from ui.preferences import Preferences
from ui.widgets.row_choice import ChoosingTableView
from ui.widgets.table_setup import enable_sorting, set_up_table, widen_to_fit

#: Columns whose text is mostly digits (widths measured on "0").
DIGIT_KINDS = (ColumnKind.INT, ColumnKind.FLOAT, ColumnKind.DATE, ColumnKind.DATETIME)


class RecordView(ChoosingTableView):
    """A sortable, row-selecting table over a ``RecordTableModel``.

    ``open_requested`` fires on a double click or Enter on a row (the page edits it).
    Edit and Delete act on the selected rows; a pane over one record follows
    ``chosen_changed`` and reads ``chosen_row()`` (``ui/widgets/row_choice.py``).
    """

    open_requested = Signal()

    def __init__(self, model: RecordTableModel, name: str,
                 preferences: Preferences | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.preferences = preferences
        self.setModel(model)
        set_up_table(self, multi=True)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        enable_sorting(self)
        self.apply_width_hints()
        self._viewport = self.viewport()  # PySide looks it up slowly: keep it
        self.empty_label = QLabel(self._viewport)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 11pt; padding: 24px;")
        self.empty_label.hide()
        self._viewport.installEventFilter(self)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())
        self.restore_header()
        self._fitted_table: object = None
        model.layoutChanged.connect(self.fit_columns)
        model.modelReset.connect(self.fit_columns)

    def record_model(self) -> RecordTableModel:
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def apply_width_hints(self) -> None:
        metrics = self.fontMetrics()
        letter = metrics.averageCharWidth()
        digit = metrics.horizontalAdvance("0")
        for index, column in enumerate(self.record_model().columns):
            char = digit if column.kind in DIGIT_KINDS else letter
            header_width = metrics.horizontalAdvance(column.header) + 28
            self.setColumnWidth(index, max(header_width, column.width_chars * char + 18))

    def fit_columns(self) -> None:
        """Widen every ``fit`` column to the widest value of the snapshot (once per
        snapshot; never narrower than the officer made it)."""
        model = self.record_model()
        if model.table is self._fitted_table:
            return
        self._fitted_table = model.table
        widen_to_fit(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_rows():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def set_empty_text(self, text: str) -> None:
        """The words shown over an empty table (blank to hide them)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self._place_empty_label()

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self._viewport.rect().adjusted(40, 20, -40, -20))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._place_empty_label()
        return super().eventFilter(watched, event)

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted(index.row() for index in selection.selectedRows())

    def row_identity(self, row: int) -> int:
        return self.record_model().record_id(row)

    def restore_header(self) -> None:
        if self.preferences is None:
            return
        state = self.preferences.header_state(self.name)
        if not state.isEmpty():
            self.horizontalHeader().restoreState(state)

    def save_header(self) -> None:
        if self.preferences is not None:
            self.preferences.set_header_state(self.name, self.horizontalHeader().saveState())
