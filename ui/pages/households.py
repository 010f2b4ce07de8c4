"""Households: the travel groups, each with its members below.

Built from the person store's snapshot (no query of its own): one row per household
with its size, adults and children, needs, priority and plan. Persons travelling alone
(households of one made by the program) are hidden unless asked for. Members are
edited with the person form; a household is renamed here, which moves all members.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.records.editing import RecordKind, RecordRef
from planner.records.snapshots import ColumnKind, ColumnTable
from ui.context import AppContext
from ui.data.stores import PersonStore
from ui.dialogs import ask
from ui.dialogs.record_dialogs import edit_record
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.messages import listed
from ui.models.record_table import Column, RecordTableModel
from ui.pages.base import Page, page_header, page_layout
from ui.pages.record_page import HOUSEHOLD_SEARCH, SEARCH_FIELD, key_of
from ui.pages.roster import PLAN_COLORS, needs_formatter, person_columns
from ui.plan_words import households_text, part_of
from ui.widgets.record_view import RecordView

ALONE = "alone"


def household_columns() -> list[Column]:
    K = ColumnKind
    return [
        Column("code", field_label("code"), width_chars=10, fit=True),
        Column("members", field_label("members"), K.INT, width_chars=5, fit=True),
        Column("adults", field_label("adults"), K.INT, width_chars=5, fit=True),
        Column("children", field_label("children"), K.INT, width_chars=5, fit=True),
        Column("first_member", field_label("first_member"), width_chars=22),
        Column("destinations", field_label("destinations"), width_chars=8, fit=True),
        Column("needs", field_label("needs"), K.INT, width_chars=18, format=needs_formatter()),
        Column("priority", field_label("priority"), K.INT, width_chars=5,
               tooltip=tr("Sum of the members' priority weights"), fit=True),
        Column("plan_state", field_label("plan_state"), labels=code_labels("plan_state"),
               colors=PLAN_COLORS, width_chars=10, fit=True),
        Column("plan_flight", field_label("plan_flight"), width_chars=20, fit=True),
        Column("plan_shelter", field_label("plan_shelter"), width_chars=14),
    ]


def households_from(persons: ColumnTable, minor_age: int = 18) -> ColumnTable:
    """One row per household of the person snapshot (ids: household ids)."""
    kinds = {c.field: c.kind for c in household_columns()}
    kinds[ALONE] = ColumnKind.BOOL
    if len(persons) == 0 or "age" not in persons.columns:
        return ColumnTable.empty(kinds)
    cols = persons.columns
    household_ids = cols["household_id"].astype(np.int64)
    ids, first, inverse, counts = np.unique(household_ids, return_index=True,
                                            return_inverse=True, return_counts=True)
    ages = cols["age"]
    adults = np.bincount(inverse, weights=(ages >= minor_age).astype(np.float64),
                         minlength=len(ids))
    needs = np.zeros(len(ids), dtype=np.int64)
    np.bitwise_or.at(needs, inverse, cols["needs"].astype(np.int64))
    priority = np.bincount(inverse, weights=cols["priority"], minlength=len(ids))
    codes = cols["household"][first]
    alone = codes == ""
    columns: dict[str, np.ndarray] = {
        "code": np.where(alone, cols["case_no"][first], codes),
        "members": counts.astype(np.float64),
        "adults": adults,
        "children": counts - adults,
        "first_member": cols["full_name"][first],
        "destinations": cols["destinations"][first],
        "needs": needs.astype(np.float64),
        "priority": priority,
        "plan_state": cols["plan_state"][first],
        "plan_flight": cols["plan_flight"][first],
        "plan_shelter": cols["plan_shelter"][first],
        ALONE: alone,
    }
    return ColumnTable(ids=ids, versions=np.ones(len(ids), dtype=np.int64), columns=columns,
                       kinds=kinds)


class HouseholdsPage(Page):
    page_id = "households"
    icon_name = "households"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        store = context.stores.persons
        assert isinstance(store, PersonStore)
        self.store = store
        self._dirty = True
        self.count_label = QLabel(self)
        layout = page_layout(self)
        layout.addWidget(page_header(self, self.count_label))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search household code or a member's name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.show_alone = QCheckBox(tr("Include persons travelling alone"), self)
        self.rename_button = QPushButton(tr("Rename..."), self)
        self.rename_button.clicked.connect(self.rename_selected)
        self.add_button = QPushButton(tr("Add member..."), self)
        self.add_button.clicked.connect(self.add_record)
        tools = QHBoxLayout()
        self.search.setMaximumWidth(520)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.show_alone)
        tools.addStretch(1)
        tools.addWidget(self.rename_button)
        tools.addWidget(self.add_button)
        layout.addLayout(tools)

        self.model = RecordTableModel(household_columns(), self,
                                      search_function=self._households_matching)
        self._member_household = np.zeros(0, dtype=np.int64)
        self.view = RecordView(self.model, "households", context.preferences, self)
        self.view.setSelectionMode(RecordView.SelectionMode.SingleSelection)
        self.members_model = RecordTableModel(person_columns(), self)
        self.members_view = RecordView(self.members_model, "household_members",
                                       context.preferences, self)
        self.members_view.open_requested.connect(self.edit_member)
        self.members_title = QLabel(self)
        self.edit_member_button = QPushButton(tr("Edit member..."), self)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.delete_member_button = QPushButton(tr("Delete member"), self)
        self.delete_member_button.clicked.connect(self.delete_member)
        members = QWidget(self)
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 4, 0, 0)
        members_tools = QHBoxLayout()
        members_tools.addWidget(self.members_title)
        members_tools.addStretch(1)
        members_tools.addWidget(self.edit_member_button)
        members_tools.addWidget(self.delete_member_button)
        members_layout.addLayout(members_tools)
        members_layout.addWidget(self.members_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(members)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.model.set_search)
        self.show_alone.toggled.connect(lambda _on: self._apply_alone())
        self.model.counts_changed.connect(self._on_counts)
        self.view.chosen_changed.connect(self._show_members)
        self.members_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        store.changed.connect(self._on_store_changed)
        self._update_buttons()

    def title(self) -> str:
        return tr("Households")

    # --- data -------------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.rebuild()

    def activated(self) -> None:
        if self._dirty:
            self.rebuild()

    def _households_matching(self, words: tuple[str, ...]) -> np.ndarray:
        """Households with a member whose name, case, passport or household code holds
        every word (the roster's search text, one person at a time)."""
        persons = self.store.table
        texts = persons.columns.get(SEARCH_FIELD)
        codes = persons.columns.get(HOUSEHOLD_SEARCH)
        households = self.model.table.ids
        if texts is None or codes is None or len(texts) == 0 or len(households) == 0:
            return np.zeros(len(households), dtype=bool)
        match = np.ones(len(texts), dtype=bool)
        for word in words:
            match &= (np.strings.find(texts, word) >= 0) | (np.strings.find(codes, word) >= 0)
        hits = np.unique(persons.columns["household_id"][match].astype(np.int64))
        return np.isin(households, hits)

    def rebuild(self) -> None:
        self._dirty = False
        rules = self.store.rules
        table = households_from(self.store.table, rules.minor_age if rules else 18)
        self.model.set_table(table)
        self.members_model.set_table(self.store.table)
        self._apply_alone()
        self._show_members()
        if not self.store.loaded:
            self.view.set_empty_text(tr("Loading..."))

    def _apply_alone(self) -> None:
        alone = self.model.table.columns.get(ALONE)
        hide = not self.show_alone.isChecked() and alone is not None
        self.model.set_mask(ALONE, ~alone if hide and alone is not None else None)

    def _on_counts(self, visible: int, total: int) -> None:
        self.count_label.setText(
            (households_text(total) if visible == total else
             part_of(visible, households_text(total))) if self.store.loaded else "")
        if self.context.operation is None:
            self.view.set_empty_text(tr("No operation is open."))
        elif not self.store.loaded:
            self.view.set_empty_text(tr("Loading..."))
        elif visible == 0:
            self.view.set_empty_text(
                tr("No households match.") if total else
                tr("No households yet.\nPersons who share a household code travel together."))
        else:
            self.view.set_empty_text("")

    def current_household(self) -> tuple[int, str] | None:
        row = self.view.chosen_row()
        if row is None:
            return None
        alone = bool(self.model.value(row, ALONE))
        code = "" if alone else str(self.model.value(row, "code"))
        return self.model.record_id(row), code

    def _show_members(self, *_args: Any) -> None:
        current = self.current_household()
        persons = self.members_model.table
        if current is None or len(persons) == 0:
            self.members_model.set_mask("household", np.zeros(len(persons), dtype=bool))
            self.members_title.setText(tr("Choose a household to see its members."))
        else:
            household_id, code = current
            mask = persons.columns["household_id"].astype(np.int64) == household_id
            self.members_model.set_mask("household", mask)
            self.members_title.setText(
                tr("Members of {code}").format(code=code) if code
                else tr("A person travelling alone"))
        self._update_buttons()

    # --- editing --------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        open_ = self.context.operation is not None
        has_household = self.current_household() is not None
        self.rename_button.setEnabled(open_ and has_household)
        self.add_button.setEnabled(open_)
        member = bool(self.members_view.selected_rows())
        self.edit_member_button.setEnabled(open_ and member)
        self.delete_member_button.setEnabled(open_ and member)
        self.selection_changed.emit()

    def can_edit(self) -> bool:
        return self.context.operation is not None

    def has_selection(self) -> bool:
        return bool(self.members_view.selected_rows())

    def add_record(self) -> None:
        current = self.current_household()
        preset = {"household": current[1]} if current and current[1] else None
        self.guarded(lambda: edit_record(self.context, RecordKind.PERSON, None, preset))

    def edit_selected(self) -> None:
        self.edit_member()

    def delete_selected(self) -> None:
        self.delete_member()

    def _member_refs(self) -> list[RecordRef]:
        refs = []
        table = self.members_model.table
        positions = self.members_model.visible_positions()
        for row in self.members_view.selected_rows():
            if row < len(positions):
                position = int(positions[row])
                refs.append(RecordRef(RecordKind.PERSON, int(table.ids[position]),
                                      key_of(RecordKind.PERSON, table, position),
                                      int(table.versions[position])))
        return refs

    def edit_member(self) -> None:
        refs = self._member_refs()
        if len(refs) == 1:
            self.guarded(lambda: edit_record(self.context, RecordKind.PERSON, refs[0]))

    def delete_member(self) -> None:
        refs = self._member_refs()
        if not refs:
            return
        text = (tr("Delete the person {key}?").format(key=refs[0].key) if len(refs) == 1
                else tr("Delete these {count} persons: {keys}?").format(
                    count=len(refs), keys=listed([r.key for r in refs], 12)))
        text += "\n\n" + tr("You can undo this with Edit > Undo until you close the program.")
        if ask.confirm(self, tr("Delete"), text, tr("Delete"), destructive=True):
            self.guarded(lambda: self.context.edits.delete(refs))

    def rename_selected(self) -> None:
        current = self.current_household()
        if current is None:
            return
        household_id, code = current
        ref = RecordRef(RecordKind.HOUSEHOLD, household_id, code, 1)
        self.guarded(lambda: edit_record(self.context, RecordKind.HOUSEHOLD, ref))

    def show_key(self, code: str) -> bool:
        """Clear the search and choose the household ``code``; False if there is none."""
        self.clear_filters()
        if self._dirty:
            self.rebuild()
        codes = self.model.table.columns.get("code")
        found = np.empty(0, dtype=np.intp) if codes is None else np.flatnonzero(codes == code)
        if len(found) == 0:
            return False
        row = self.model.row_of_id(int(self.model.table.ids[found[0]]))
        if row is None:  # a person travelling alone, hidden until asked for
            self.show_alone.setChecked(True)
            row = self.model.row_of_id(int(self.model.table.ids[found[0]]))
        self.view.choose_row(row)
        return row is not None

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.search.clear()
        self.show_alone.setChecked(False)

    def save_state(self) -> None:
        self.view.save_header()
        self.members_view.save_header()
