"""The table view of the workflow screens: sortable rows over a ``ListTableModel``, column
widths from the columns' hints, fixed row heights, and words over an empty table.

The record a pane shows and its buttons act on is ``current_record()``: the chosen row of
``ChoosingTableView`` (``ui/widgets/row_choice.py``); follow ``chosen_changed``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from ui.models.list_table import ListTableModel
from ui.widgets.row_choice import ChoosingTableView
from ui.widgets.table_setup import enable_sorting, fit_width, set_up_table, widen_to_fit


class ListView(ChoosingTableView):
    def __init__(self, model: ListTableModel[Any], parent: QWidget | None = None, *,
                 multi: bool = False, sortable: bool = True,
                 stretch: int | None = None, give_way: bool = False,
                 elastic: int | None = None) -> None:
        super().__init__(parent)
        #: Columns narrow to their values (headers elide) rather than run behind the
        #: vertical scroll bar or off the view's edge (``give_way_columns``).
        self.give_way = give_way
        #: A column whose values elide (a name) that narrows or widens so that no
        #: never-cut column is cut by the view's right edge (``whole_at_edge``).
        self.elastic = elastic
        self._elastic_own = 0
        self.setModel(model)
        set_up_table(self, multi=multi)
        header = self.horizontalHeader()
        if stretch is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if sortable:
            enable_sorting(self)
        self.apply_width_hints()
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 11pt; padding: 16px;")
        self.empty_label.hide()
        self.viewport().installEventFilter(self)
        model.modelReset.connect(self._update_empty)
        model.modelReset.connect(self.fit_columns)
        if give_way:
            model.modelReset.connect(self.give_way_columns)
        if elastic is not None:
            self._elastic_own = self.columnWidth(elastic)
            model.modelReset.connect(self._elastic_reset)

    def list_model(self) -> ListTableModel[Any]:
        model = self.model()
        assert isinstance(model, ListTableModel)
        return model

    def apply_width_hints(self) -> None:
        for index in range(len(self.list_model().columns)):
            self.setColumnWidth(index, self.hinted_width(index))

    def hinted_width(self, index: int) -> int:
        """A column's first width: its header whole and room for its hinted letters."""
        column = self.list_model().columns[index]
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(column.header) + 28,
                   column.width_chars * metrics.averageCharWidth() + 16)

    def give_way_columns(self) -> None:
        """Every column within the viewport when its values fit: the columns whose headers
        are wider than their values narrow towards their values (the header elides, its
        tooltip says it whole), the widest header first; with room again they widen back.
        The Shelters tab's Indonesian headers ('Terpakai terbanyak') pushed its last
        column behind the vertical scroll bar."""
        header = self.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not shown:
            return
        own = {i: max(self.hinted_width(i), fit_width(self, i)) for i in shown}
        least = {i: min(own[i], max(fit_width(self, i, header=False), 28,
                                    self.list_model().columns[i].width_chars
                                    * self.fontMetrics().averageCharWidth() + 16))
                 for i in shown}
        excess = sum(own.values()) - self.viewport().width()
        widths = dict(own)
        for i in sorted(shown, key=lambda c: least[c] - own[c]):
            if excess <= 0:
                break
            give = min(excess, own[i] - least[i])
            widths[i] -= give
            excess -= give
        for i in shown:
            if header.sectionSize(i) != widths[i]:
                self.setColumnWidth(i, widths[i])

    def _elastic_reset(self) -> None:
        if self.elastic is not None:
            self._elastic_own = max(self.hinted_width(self.elastic), 1)
            self.whole_at_edge()

    def whole_at_edge(self) -> None:
        """No never-cut column (a date, a number, a key) is cut by the view's right edge
        as the view is first shown (scrolled to the left): a date shown in part reads as
        another date ('13 Jun 19' of 13 Jun 1990). The ``elastic`` column (a name, which
        elides into its tooltip) narrows, down to 12 letters, to bring that column in
        whole, or else widens to put it wholly behind the sideways scroll."""
        if self.elastic is None or self._elastic_own <= 0:
            return
        header = self.horizontalHeader()
        elastic, own = self.elastic, self._elastic_own
        columns = self.list_model().columns
        least = min(own, 12 * self.fontMetrics().averageCharWidth() + 16)
        room = self.viewport().width()
        width = own
        left = 0
        for visual in range(header.count()):
            index = header.logicalIndex(visual)
            if header.isSectionHidden(index):
                continue
            size = own if index == elastic else header.sectionSize(index)
            right = left + size
            if left < room < right and getattr(columns[index], "fit", False) \
                    and header.visualIndex(index) > header.visualIndex(elastic):
                over = right - room
                width = own - over if own - over >= least else own + (room - left)
                break
            left = right
        if header.sectionSize(elastic) != width:
            self.setColumnWidth(elastic, width)

    def whole_width(self) -> int:
        """The least width that shows every column whole: ``natural_width`` with a
        stretched last column counted at its own width (what its values need), not at
        the room it was stretched into."""
        header = self.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not shown:
            return self.natural_width()
        last = shown[-1]
        stretched = header.stretchLastSection() and header.sectionSize(last) > 0
        columns = sum(header.sectionSize(i) for i in shown if i != last)
        own = max(self.hinted_width(last), fit_width(self, last)) if stretched \
            else header.sectionSize(last)
        return (columns + own + self.verticalHeader().width() * self.verticalHeader().isVisible()
                + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())

    def fit_columns(self) -> None:
        widen_to_fit(self)

    def natural_width(self) -> int:
        """The width that shows every column whole, with the frame and a vertical
        scroll bar."""
        header = self.horizontalHeader()
        columns = sum(header.sectionSize(i) for i in range(header.count())
                      if not header.isSectionHidden(i))
        return (columns + self.verticalHeader().width() * self.verticalHeader().isVisible()
                + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._update_empty()

    def _update_empty(self) -> None:
        text = getattr(self, "_empty_text", "")
        shown = bool(text) and self.list_model().rowCount() == 0
        self.empty_label.setText(text)
        self.empty_label.setVisible(shown)
        self.empty_label.setGeometry(self.viewport().rect().adjusted(30, 10, -30, -10))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.viewport().rect().adjusted(30, 10, -30, -10))
            if self.give_way:  # the window, or the vertical scroll bar came or went
                self.give_way_columns()
            if self.elastic is not None:
                self.whole_at_edge()
        return super().eventFilter(watched, event)

    def row_identity(self, row: int) -> Any:
        return self.list_model().record(row)

    def record_key(self, row: int) -> Any:
        return self.list_model().record_key(row)

    def current_record(self) -> Any:
        """The chosen row's record (what the pane shows and the buttons act on), or None."""
        row = self.chosen_row()
        return None if row is None else self.list_model().record(row)

    def selected_records(self) -> list[Any]:
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted(i.row() for i in selection.selectedRows())
        return [self.list_model().record(row) for row in rows]

    def select_row(self, row: int | None) -> None:
        self.choose_row(row)

    def index_of_row(self, row: int) -> QModelIndex:
        return self.list_model().index(row, 0)
