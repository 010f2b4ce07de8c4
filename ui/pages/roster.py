"""The roster: every person of the operation, searchable and filtered.

The search box looks in name, case number, passport number and household code, and
answers every keystroke from numpy arrays. The filters narrow by needs, document
status, accepted destination and where the person stands in the plan shown
(flown / waiting / left behind / not planned).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QPushButton, QWidget

from planner.records.editing import RecordKind
from planner.records.snapshots import ColumnKind, ColumnTable, PlanState
from ui.context import AppContext
from ui.data.stores import NEED_FLAGS, PersonStore
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.models.record_table import Column, as_text
from ui.pages.record_page import HOUSEHOLD_SEARCH, SEARCH_FIELD, RecordPage
from ui.plan_words import persons_text

PLAN_COLORS = {PlanState.LEFT_BEHIND.value: "#b3261e", PlanState.FLOWN.value: "#6b6b6b",
               PlanState.WAITING.value: "#1b6e20"}
#: Filter masks of the roster model.
NEEDS, DOCUMENT, DESTINATION, PLAN = "needs", "document", "destination", "plan"
#: Document filter: anyone whose document is not valid.
NEEDS_DOCUMENT = "needs_document"


def need_words() -> dict[str, str]:
    """The needs column's words: the flags' labels (the registry's) and the derived ones."""
    return {name: field_label(name) for name in NEED_FLAGS}


def needs_formatter() -> Any:
    """Text for the ``needs`` bit mask, cached per value (few distinct masks exist)."""
    words = need_words()
    cache: dict[int, str] = {}

    def format_needs(value: Any) -> str:
        mask = int(value) if value == value else 0
        text = cache.get(mask)
        if text is None:
            text = ", ".join(words[name] for bit, name in enumerate(NEED_FLAGS)
                             if mask >> bit & 1)
            cache[mask] = text
        return text

    return format_needs


def person_columns() -> list[Column]:
    K = ColumnKind
    sex_short = {"M": tr("M", "sex: male"), "F": tr("F", "sex: female")}
    return [
        Column("case_no", field_label("case_no"), width_chars=9, fit=True),
        Column("full_name", field_label("full_name"), width_chars=24,
               sort_field=SEARCH_FIELD),  # folded name first, then the case number
        Column("household", field_label("household"), width_chars=9, fit=True),
        Column("sex", field_label("sex"), labels=sex_short, width_chars=3, fit=True),
        Column("age", field_label("age"), K.INT, width_chars=3, fit=True),
        Column("document_status", field_label("document_status"),
               labels=code_labels("document_status"), width_chars=11, fit=True),
        Column("passport_no", field_label("passport_no"), width_chars=10, fit=True),
        Column("destinations", field_label("destinations"), width_chars=8,
               tooltip=tr("Arrival airports the person accepts, first = preferred; blank = "
                          "the operation's default"), fit=True),
        Column("priority", field_label("priority"), K.INT, width_chars=4,
               tooltip=tr("Priority weight (SPEC 2.6): higher flies first"), fit=True),
        Column("plan_state", field_label("plan_state"), labels=code_labels("plan_state"),
               colors=PLAN_COLORS, width_chars=10, fit=True),
        Column("plan_flight", field_label("plan_flight"), width_chars=20, fit=True),
        Column("plan_shelter", field_label("plan_shelter"), width_chars=14),
        Column("needs", field_label("needs"), K.INT, width_chars=22, format=needs_formatter()),
        Column("available_from", field_label("available_from"), K.DATE, width_chars=10, fit=True),
        Column("cleared_from", field_label("cleared_from"), K.DATE, width_chars=10, fit=True),
    ]


class RosterPage(RecordPage):
    page_id = "roster"
    icon_name = "roster"
    kind = RecordKind.PERSON

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.needs_button: QPushButton | None = None
        super().__init__(context, parent)
        store = self.store
        assert isinstance(store, PersonStore)
        self.person_store = store
        store.plan_changed.connect(self._update_plan_label)

    def title(self) -> str:
        return tr("Roster")

    #: The flags the needs column words, and the shelter flag the plan acts on.
    shown_elsewhere = frozenset({*NEED_FLAGS, "needs_shelter"})

    def columns(self) -> list[Column]:
        return person_columns()

    def search_placeholder(self) -> str:
        return tr("Search name, case no., passport or household")

    def empty_text(self) -> str:
        return tr("No persons yet.\nImport a ministry roster, or add a person with Add...")

    def table_for_model(self, table: ColumnTable) -> ColumnTable:
        return table  # the person store brings its search columns

    def search_columns(self) -> tuple[str, ...]:
        return (SEARCH_FIELD, HOUSEHOLD_SEARCH)

    def counted_noun(self, count: int) -> str:
        return persons_text(count)

    def count_text(self, visible: int, total: int) -> str:
        plan = self._plan_text()
        text = super().count_text(visible, total)
        return f"{text}  \u00b7  {plan}" if plan else text

    def _plan_text(self) -> str:
        outcome = getattr(self.store, "outcome", None)
        if outcome is None:
            return ""
        if outcome.plan_id is None:
            return tr("no plan yet")
        if outcome.published:
            return tr("published plan {id}").format(id=outcome.plan_id)
        return tr("latest plan {id} (not published)").format(id=outcome.plan_id)

    def _update_plan_label(self) -> None:
        self.count_label.setText(self.count_text(self.model.rowCount(), self.model.total_count))

    # --- filters ------------------------------------------------------------------------
    def build_filters(self, tools: QHBoxLayout) -> None:
        # A push button with a menu makes room for its arrow (a tool button drew the arrow
        # over the last letters of "Needs").
        self.needs_button = QPushButton(tr("Needs"), self)
        self.needs_menu = QMenu(self.needs_button)
        self.need_actions: dict[str, QAction] = {}
        for name, words in {**need_words(), "minor": tr("Minor"),
                            "needs_shelter": tr("Needs shelter")}.items():
            action = self.needs_menu.addAction(words)
            action.setCheckable(True)
            action.toggled.connect(self._apply_needs)
            self.need_actions[name] = action
        self.needs_button.setMenu(self.needs_menu)
        self.needs_button.setToolTip(tr("Show only persons with any of the chosen needs"))
        self.needs_button.setMaximumWidth(360)
        tools.addWidget(self.needs_button)

        self.document_filter = QComboBox(self)
        self.document_filter.addItem(tr("Any document"), "")
        self.document_filter.addItem(tr("Needs a document"), NEEDS_DOCUMENT)
        for code, words in code_labels("document_status").items():
            self.document_filter.addItem(words, code)
        self.document_filter.currentIndexChanged.connect(self._apply_document)
        tools.addWidget(self.document_filter)

        self.destination_filter = QComboBox(self)
        self.destination_filter.addItem(tr("Any destination"), "")
        self.destination_filter.currentIndexChanged.connect(self._apply_destination)
        tools.addWidget(self.destination_filter)

        self.plan_filter = QComboBox(self)
        self.plan_filter.addItem(tr("Anyone in the plan"), "")
        for code, words in code_labels("plan_state").items():
            self.plan_filter.addItem(words, code)
        self.plan_filter.currentIndexChanged.connect(self._apply_plan)
        tools.addWidget(self.plan_filter)

        self.clear_button = QPushButton(tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_button.setEnabled(False)
        tools.addWidget(self.clear_button)
        self.search.textChanged.connect(lambda _text: self._update_clear())

    def refresh_from_store(self) -> None:
        super().refresh_from_store()
        if self.needs_button is None:
            return
        self._fill_destinations()
        # Masks are per snapshot row: compute them again for the new snapshot.
        self._apply_needs()
        self._apply_document()
        self._apply_destination()
        self._apply_plan()

    def _fill_destinations(self) -> None:
        table = self.model.table
        codes: set[str] = set()
        if "destinations" in table.columns and len(table):
            # A set of the texts: np.unique would sort every one of them.
            for text in set(table.columns["destinations"].tolist()):
                codes.update(c for c in str(text).split(";") if c)
        default = self._default_destination()
        if default:
            codes.add(default)
        current = self.destination_filter.currentData()
        self.destination_filter.blockSignals(True)
        self.destination_filter.clear()
        self.destination_filter.addItem(tr("Any destination"), "")
        for code in sorted(codes):
            self.destination_filter.addItem(tr("Accepts {code}").format(code=code), code)
        index = self.destination_filter.findData(current)
        self.destination_filter.setCurrentIndex(max(index, 0))
        self.destination_filter.blockSignals(False)

    def _default_destination(self) -> str:
        rules = getattr(self.store, "rules", None)
        return rules.default_destination if rules is not None else ""

    def _column(self, name: str) -> np.ndarray | None:
        return self.model.table.columns.get(name)

    def _apply_needs(self, *_args: Any) -> None:
        chosen = [name for name, action in self.need_actions.items() if action.isChecked()]
        mask = None
        if chosen and len(self.model.table):
            mask = np.zeros(len(self.model.table), dtype=bool)
            for name in chosen:
                values = self._column(name)
                if values is not None:
                    mask |= values.astype(bool)
        words = [self.need_actions[name].text() for name in chosen]
        assert self.needs_button is not None
        self.needs_button.setText(tr("Needs: {list}").format(list=", ".join(words)) if words
                                  else tr("Needs"))
        self.model.set_mask(NEEDS, mask)
        self._update_clear()

    def _apply_document(self, *_args: Any) -> None:
        code = self.document_filter.currentData()
        values = self._column("document_status")
        mask = None
        if code and values is not None:
            mask = values != "valid" if code == NEEDS_DOCUMENT else values == code
        self.model.set_mask(DOCUMENT, mask)
        self._update_clear()

    def _apply_destination(self, *_args: Any) -> None:
        code = self.destination_filter.currentData()
        values = self._column("destinations")
        mask = None
        if code and values is not None:
            mask = np.strings.find(as_text(values), code) >= 0
            if code == self._default_destination():
                mask |= values == ""
        self.model.set_mask(DESTINATION, mask)
        self._update_clear()

    def _apply_plan(self, *_args: Any) -> None:
        code = self.plan_filter.currentData()
        values = self._column("plan_state")
        self.model.set_mask(PLAN, values == code if code and values is not None else None)
        self._update_clear()

    def filters_active(self) -> bool:
        return bool(self.search.text() or any(a.isChecked() for a in self.need_actions.values())
                    or self.document_filter.currentIndex() > 0
                    or self.destination_filter.currentIndex() > 0
                    or self.plan_filter.currentIndex() > 0)

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.filters_active())

    def clear_filters(self) -> None:
        for action in self.need_actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        for combo in (self.document_filter, self.destination_filter, self.plan_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        assert self.needs_button is not None
        self.needs_button.setText(tr("Needs"))
        super().clear_filters()
        self._update_clear()

    def show_plan_state(self, state: str) -> None:
        """Filter to one plan state (used by other screens: 'show who is left behind')."""
        index = self.plan_filter.findData(state)
        if index >= 0:
            self.plan_filter.setCurrentIndex(index)
