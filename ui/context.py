"""What every screen may use: the open operation and the program's shared services.

One ``AppContext`` per main window. Screens get it at construction and keep no other
global state:

- ``operation``: the open ``Operation`` (or None), ``operation_changed`` when another
  one is opened;
- ``tasks``: the background-task runner (``ui.tasks``) for anything slower than a blink;
- ``edits``: the ``EditController``: every change to records, undoable;
- ``stores``: snapshots of persons, flights, shelters and slots for the tables;
- ``errors``: ``errors.handle(exc)`` shows any exception the right way;
- ``preferences``: the officer's typed preferences (QSettings);
- ``say(text)``: the result line of an action that changed records (the status bar).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.db import Operation
from ui.data.stores import Stores
from ui.edit_controller import ChangeSet, EditController
from ui.errors import ErrorReporter
from ui.preferences import Preferences
from ui.tasks import TaskRunner


class AppContext(QObject):
    operation_changed = Signal(object)
    #: Records changed outside the edit controller (an import, a new plan): kinds or None.
    data_changed = Signal()
    #: The result line of an action: what it changed, naming the records.
    said = Signal(str)

    def __init__(self, preferences: Preferences, tasks: TaskRunner, errors: ErrorReporter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.tasks = tasks
        self.errors = errors
        self.edits = EditController(self)
        self.stores = Stores(tasks, self)
        self.operation: Operation | None = None
        self.window: QWidget | None = None
        self.edits.records_changed.connect(self._apply_changes)
        self.edits.failed.connect(self.errors.handle)

    def set_operation(self, operation: Operation | None) -> None:
        self.operation = operation
        self.edits.set_operation(operation)
        self.stores.set_operation(operation)
        self.operation_changed.emit(operation)

    def say(self, text: str) -> None:
        """Tell the officer what an action changed (shown in the window's status bar)."""
        self.said.emit(text)

    def reload(self) -> None:
        """Read everything again (after another officer's change, an import, a plan)."""
        self.stores.reload()
        self.data_changed.emit()

    def _apply_changes(self, changes: ChangeSet) -> None:
        from planner.records.editing import RecordKind

        stores = self.stores
        for kind in (RecordKind.FLIGHT, RecordKind.SHELTER, RecordKind.SLOT):
            changed, removed = changes.changed.get(kind, set()), changes.removed.get(kind, set())
            if changed or removed:
                stores.of(kind).refresh(sorted(changed), sorted(removed))
        person_changed = changes.changed.get(RecordKind.PERSON, set())
        person_removed = changes.removed.get(RecordKind.PERSON, set())
        if person_changed or person_removed:
            stores.persons.refresh(sorted(person_changed), sorted(person_removed))
        plan_labels_moved = any(changes.changed.get(k) or changes.removed.get(k)
                                for k in (RecordKind.FLIGHT, RecordKind.SHELTER))
        if changes.settings or plan_labels_moved:
            stores.persons.refresh_plan_and_rules()
