"""A screen of one kind of record: search, table, add / edit / delete.

Flights, shelters and document slots use it as it is; the roster adds its filters.
The table shows the store's snapshot; edits go through the ``EditController``, which
re-reads the touched records, so the table follows without reloading.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from planner.records.editing import RECORD_FIELDS, RecordKind, RecordRef
from planner.records.snapshots import KIND_OF_TYPE, ColumnKind, ColumnTable
from ui.context import AppContext
from ui.data.stores import RecordStore
from ui.dialogs import ask
from ui.dialogs.record_dialogs import edit_record
from ui.i18n import tr
from ui.labels import choice_labels, field_label, record_kind_label
from ui.messages import listed
from ui.models.record_table import Column, RecordTableModel
from ui.pages.base import Page, page_header, page_layout
from ui.plan_words import part_of, records_text
from ui.widgets.record_view import RecordView

SEARCH_FIELD = "search"
#: The roster's second search column: the household code.
HOUSEHOLD_SEARCH = "household_search"


def key_of(kind: RecordKind, table: ColumnTable, position: int) -> str:
    """A record's readable key, from the snapshot."""
    columns = table.columns
    if kind is RecordKind.PERSON:
        return str(columns["case_no"][position])
    if kind is RecordKind.FLIGHT:
        return f"{columns['flight_no'][position]} {str(columns['departs_at'][position])[:10]}"
    if kind is RecordKind.SHELTER:
        return str(columns["name"][position])
    if kind is RecordKind.SLOT:
        return str(columns["slot_id"][position])
    return str(columns["household"][position])


def with_search_text(table: ColumnTable, fields: list[str]) -> ColumnTable:
    """A small table plus a lower-cased search column over its text ``fields``."""
    if SEARCH_FIELD in table.columns:
        return table
    columns = dict(table.columns)
    kinds = dict(table.kinds)
    if len(table):
        joined = np.zeros(len(table), dtype="<U1")
        for name in fields:
            joined = np.strings.add(np.strings.add(joined, table.columns[name].astype(str)),
                                    "\x1e")
        columns[SEARCH_FIELD] = np.strings.lower(joined)
    else:
        columns[SEARCH_FIELD] = np.zeros(0, dtype="<U1")
    kinds[SEARCH_FIELD] = ColumnKind.TEXT
    return ColumnTable(table.ids, table.versions, columns, kinds)


class RecordPage(Page):
    kind: ClassVar[RecordKind] = RecordKind.FLIGHT
    #: Text fields the search box looks in (small tables; the roster brings its own).
    search_fields: ClassVar[list[str]] = []
    #: The column sorted by until the officer sorts otherwise (None: registration order).
    default_sort: ClassVar[int | None] = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store: RecordStore = context.stores.of(self.kind)
        self.model = RecordTableModel(self.columns() + self.registry_columns(), self,
                                      search_field=self.search_columns())
        self.count_label = QLabel(self)
        layout = page_layout(self)
        layout.addWidget(page_header(self, self.count_label))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search_entered)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(520)
        self.search.textChanged.connect(self.model.set_search)
        self.add_button = QPushButton(tr("Add..."), self)
        self.add_button.setToolTip(tr("Add a {kind} ({keys})").format(
            kind=record_kind_label(self.kind),
            keys=QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton(tr("Edit..."), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        tools.addWidget(self.search, 1)
        tools.addStretch(0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        layout.addLayout(tools)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.build_filters(filters)
        if filters.count():
            filters.addStretch(1)
            layout.addLayout(filters)
        self.view = RecordView(self.model, self.page_id, context.preferences, self)
        header = self.view.horizontalHeader()
        if self.default_sort is not None and header.sortIndicatorSection() < 0:
            self.view.sortByColumn(self.default_sort, Qt.SortOrder.AscendingOrder)
        self.view.open_requested.connect(self.edit_selected)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.counts_changed.connect(self._on_counts)
        self.model.modelReset.connect(self._on_selection)
        self.store.changed.connect(self.refresh_from_store)
        self.store.loading.connect(self._on_loading)
        context.operation_changed.connect(lambda _op: self._update_buttons())
        self.refresh_from_store()

    # --- to override --------------------------------------------------------------------
    def columns(self) -> list[Column]:
        """The page's own columns, in the order and widths it shows them."""
        raise NotImplementedError

    #: Registry fields shown otherwise than as a column of their own (the roster's needs).
    shown_elsewhere: ClassVar[frozenset[str]] = frozenset()

    def registry_columns(self) -> list[Column]:
        """A column for each field of the kind in the registry (``planner.fields``) that
        the tables load and ``columns`` does not place: a field added to the registry
        shows in its table without a change here."""
        record = RECORD_FIELDS.get(self.kind)
        if record is None:
            return []
        placed = {c.field for c in self.columns()} | self.shown_elsewhere
        return [Column(f.name, field_label(f.name), KIND_OF_TYPE[f.type],
                       labels=choice_labels(f), fit=True)
                for f in record if f.column and f.table and f.name not in placed]

    def search_placeholder(self) -> str:
        return tr("Search")

    def empty_text(self) -> str:
        return tr("No records yet.")

    def counted_noun(self, count: int) -> str:
        """"12 records": the screen's records counted (screens name their own)."""
        return records_text(count)

    def count_text(self, visible: int, total: int) -> str:
        whole = self.counted_noun(total)
        return whole if visible == total else part_of(visible, whole)

    def search_columns(self) -> tuple[str, ...]:
        """The snapshot columns the search box looks in."""
        return (SEARCH_FIELD,)

    def build_filters(self, tools: QHBoxLayout) -> None:
        """Add filter widgets after the search box."""

    def table_for_model(self, table: ColumnTable) -> ColumnTable:
        return with_search_text(table, self.search_fields)

    # --- behaviour ----------------------------------------------------------------------
    def refresh_from_store(self) -> None:
        self.model.set_table(self.table_for_model(self.store.table))
        self._update_empty_text()
        self._update_buttons()

    def _on_loading(self, loading: bool) -> None:
        if loading and not self.store.loaded:
            self.view.set_empty_text(tr("Loading..."))
        else:
            self._update_empty_text()

    def _update_empty_text(self) -> None:
        if self.context.operation is None:
            self.view.set_empty_text(tr("No operation is open."))
        elif not self.store.loaded:
            self.view.set_empty_text(
                tr("The records were not read. Press F5 to read them again.")
                if self.store.stopped else tr("Loading..."))
        elif self.model.total_count == 0:
            self.view.set_empty_text(self.empty_text())
        elif self.model.rowCount() == 0:
            self.view.set_empty_text(tr("Nothing matches the search and filters."))
        else:
            self.view.set_empty_text("")

    def _on_counts(self, visible: int, total: int) -> None:
        self.count_label.setText(self.count_text(visible, total) if self.store.loaded else "")
        self._update_empty_text()

    def _on_selection(self, *_args: Any) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        open_ = self.context.operation is not None
        self.add_button.setEnabled(open_ and self.can_edit())
        selected = self.has_selection()
        self.edit_button.setEnabled(open_ and selected)
        self.delete_button.setEnabled(open_ and selected)

    def can_edit(self) -> bool:
        return self.context.operation is not None

    def has_selection(self) -> bool:
        return bool(self.view.selected_rows()) and self.model.rowCount() > 0

    def ref_at(self, row: int) -> RecordRef:
        position = int(self.model.visible_positions()[row])
        table = self.model.table
        return RecordRef(self.kind, int(table.ids[position]), key_of(self.kind, table, position),
                         int(table.versions[position]))

    def selected_refs(self) -> list[RecordRef]:
        return [self.ref_at(row) for row in self.view.selected_rows()
                if row < self.model.rowCount()]

    def add_record(self) -> None:
        if self.context.operation is None:
            return
        ref = self.guarded(lambda: edit_record(self.context, self.kind, None, self.preset()))
        if ref is not None:
            self.select_id(ref.id)

    def preset(self) -> dict[str, Any] | None:
        return None

    def edit_selected(self) -> None:
        refs = self.selected_refs()
        if len(refs) != 1:
            if refs:
                ask.inform(self, tr("Edit"), tr("Choose one record to edit."))
            return
        ref = self.guarded(lambda: edit_record(self.context, self.kind, refs[0]))
        if ref is not None:
            self.select_id(ref.id)

    def delete_selected(self) -> None:
        refs = self.selected_refs()
        if not refs:
            return
        what = record_kind_label(self.kind)
        text = (tr("Delete the {kind} {key}?").format(kind=what, key=refs[0].key)
                if len(refs) == 1 else
                tr("Delete these {count} records: {keys}?").format(
                    count=len(refs), keys=listed([r.key for r in refs], 12)))
        text += "\n\n" + tr("You can undo this with Edit > Undo until you close the program.")
        if not ask.confirm(self, tr("Delete"), text, tr("Delete"), destructive=True):
            return
        self.guarded(lambda: self.context.edits.delete(refs))

    def _search_entered(self) -> None:
        """Enter in the search box: a record's whole key (a tag's case number, scanned:
        the scanner types it and Enter) chooses that record; anything else goes to the
        table."""
        text = self.search.text().strip()
        key = next((k for k in (text, text.upper()) if k and self._rows_with_key(k)), None)
        if key is not None:
            self.show_key(key)
        self.view.setFocus()

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of_id(record_id)
        if row is not None:
            self.view.choose_row(row)

    def _rows_with_key(self, key: str) -> list[int]:
        """Positions in the whole table (filters aside) of the records whose key is ``key``."""
        table = self.model.table
        if self.kind is RecordKind.PERSON and "case_no" in table.columns:
            return [int(p) for p in np.flatnonzero(table.columns["case_no"] == key)]
        return [p for p in range(len(table)) if key_of(self.kind, table, p) == key]

    def show_key(self, key: str) -> bool:
        """Clear the search and filters and choose the record whose key is ``key`` (a case
        number, "QZ 8205 2026-03-05", a shelter name, a slot id); False if there is none."""
        self.clear_filters()
        found = self._rows_with_key(key)
        if not found:
            return False
        self.select_id(int(self.model.table.ids[found[0]]))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.search.clear()
        self.model.clear_filters()

    def save_state(self) -> None:
        self.view.save_header()


def _number(value: int) -> str:
    """A count in the officer's number format (1,234 or 1.234)."""
    return QLocale().toString(value)
