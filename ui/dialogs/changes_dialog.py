"""Why a plan can no longer be published: the changes to its inputs since it was made.

A table of the audit log's entries since the plan (when, which officer, what was done,
to which record, which fields); a double click on a person, flight, shelter, slot or
household opens its screen on that record (``open_requested(entity, key)``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner.planning.input_changes import InputChange
from ui.i18n import tr
from ui.labels import field_label
from ui.models.list_table import ListColumn, ListTableModel
from ui.plan_words import counted, short_datetime
from ui.widgets.list_view import ListView

# The entities a double click opens, and the screens they open in.
OPENS_IN = {"person": "roster", "flight": "flights", "shelter": "shelters", "slot": "slots",
            "household": "households"}


def change_what(change: InputChange) -> str:
    """What was done, to what kind of record ("Edited person", "Imported a roster")."""
    entity = {"person": tr("person"), "flight": tr("flight"), "shelter": tr("shelter"),
              "slot": tr("document slot"), "household": tr("household"),
              "settings": tr("operation settings")}.get(change.entity, change.entity)
    if change.action == "create":
        return tr("Added {kind}").format(kind=entity)
    if change.action == "update":
        return tr("Edited {kind}").format(kind=entity)
    if change.action == "delete":
        return tr("Deleted {kind}").format(kind=entity)
    return {"import": tr("Imported a file"), "pin": tr("Pinned"), "unpin": tr("Removed a pin"),
            "restore": tr("Restored a backup"), "demo": tr("Made demo records")}.get(
        change.action, change.action)


def change_model(parent: object = None) -> ListTableModel[InputChange]:
    return ListTableModel([
        ListColumn(tr("When"), lambda c: short_datetime(c.at), sort=lambda c: c.at,
                   width_chars=17, fit=True),
        ListColumn(tr("Officer"), lambda c: c.actor, width_chars=12, fit=True),
        ListColumn(tr("What"), change_what, width_chars=18, fit=True),
        ListColumn(tr("Record"), lambda c: (c.key or "").lstrip("~"), width_chars=18,
                   fit=True),
        ListColumn(tr("Fields"), lambda c: ", ".join(field_label(f) for f in c.fields),
                   width_chars=30),
    ], parent)


class ChangesDialog(QDialog):
    """The changes since a plan, each openable in its screen."""

    open_requested = Signal(str, str)

    def __init__(self, plan_id: int, changes: Sequence[InputChange], total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changes since plan {plan}").format(plan=plan_id))
        intro = QLabel(counted(
            total, tr("{count} change to the records or pins since plan {plan} was made: "
                      "the plan no longer describes the operation, so it cannot be "
                      "published. Solve again in the Plan screen to plan with it."),
            tr("{count} changes to the records or pins since plan {plan} was made: the "
               "plan no longer describes the operation, so it cannot be published. Solve "
               "again in the Plan screen to plan with them."), plan=plan_id), self)
        intro.setWordWrap(True)
        hint = QLabel(tr("Double-click a person, flight, shelter, slot or household to open "
                         "it in its screen."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.model = change_model(self)
        self.view = ListView(self.model, self)
        self.model.set_records(changes)
        self.view.set_empty_text(tr("The audit log names no change (the plan was made "
                                    "before the log recorded them)."))
        self.view.doubleClicked.connect(lambda _index: self.open_chosen())
        self.view.setMinimumSize(760, 300)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(tr("Open the record"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_chosen)
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.view.chosen_changed.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        if total > len(changes):
            more = QLabel(tr("The first {shown} of {total} are listed.").format(
                shown=len(changes), total=total), self)
            layout.addWidget(more)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._update_button()

    def _update_button(self) -> None:
        change = self.view.current_record()
        self.open_button.setEnabled(isinstance(change, InputChange)
                                    and change.entity in OPENS_IN and bool(change.key))

    def open_chosen(self) -> None:
        change = self.view.current_record()
        if isinstance(change, InputChange) and change.entity in OPENS_IN and change.key:
            self.open_requested.emit(change.entity, change.key)
            self.accept()
