"""The records the screens show, one store per kind, loaded in the background.

A store holds a ``ColumnTable`` snapshot (``planner.records.snapshots``) and tells its
models when it changes. ``reload()`` reads the whole table on a worker thread (a
150,000-person roster never freezes the window); ``refresh(ids, removed)`` re-reads
just the records an edit touched, on the GUI thread, which takes milliseconds.

The person store adds what the roster derives: age, priority weight, unaccompanied
minors, each person's flight and shelter in the plan shown, and the search text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.records import snapshots
from planner.records.editing import RecordKind
from planner.records.snapshots import ColumnKind, ColumnTable, PersonRules, PlanOutcome
from ui.i18n import tr
from ui.tasks import Task, TaskRunner, TaskState

Loader = Callable[[Session, Sequence[int] | None], ColumnTable]

_LOADERS: dict[RecordKind, Loader] = {
    RecordKind.FLIGHT: snapshots.load_flights,
    RecordKind.SHELTER: snapshots.load_shelters,
    RecordKind.SLOT: snapshots.load_slots,
}


def loading_text(kind: RecordKind) -> str:
    """What the status bar says while a store loads."""
    return {RecordKind.PERSON: tr("Reading the roster..."),
            RecordKind.FLIGHT: tr("Reading the flights..."),
            RecordKind.SHELTER: tr("Reading the shelters..."),
            RecordKind.SLOT: tr("Reading the document slots...")}.get(kind, tr("Reading..."))


class RecordStore(QObject):
    """The snapshot of one kind of record."""

    #: The whole snapshot was replaced (after loading or refreshing).
    changed = Signal()
    #: Loading started (True) or ended (False).
    loading = Signal(bool)

    def __init__(self, kind: RecordKind, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.runner = runner
        self.operation: Operation | None = None
        self.table = self._empty()
        self.loaded = False
        #: The last reading was cancelled or failed (nothing new to show).
        self.stopped = False
        self._generation = 0
        self._task: Task | None = None

    def _empty(self) -> ColumnTable:
        return ColumnTable.empty({})

    def _load(self, session: Session, ids: Sequence[int] | None) -> ColumnTable:
        return _LOADERS[self.kind](session, ids)

    def set_operation(self, operation: Operation | None) -> None:
        self.operation = operation
        self._generation += 1
        self.table = self._empty()
        self.loaded = False
        self.changed.emit()
        if operation is not None:
            if self.runner.immediate:
                self.reload()
            else:
                # Start once the event loop runs: the window paints before the reading
                # thread competes with it for the interpreter.
                QTimer.singleShot(0, self, self.reload)

    def reload(self) -> Task | None:
        """Read the whole table in the background; ``changed`` fires when it is here."""
        operation = self.operation
        if operation is None:
            return None
        self._generation += 1
        generation = self._generation
        self.stopped = False
        self.loading.emit(True)

        def finished(result: Any) -> None:
            if generation == self._generation:  # a newer load or another operation wins
                self._install(result)
                self.loaded = True
                self.changed.emit()
            self.loading.emit(False)

        def stopped() -> None:
            self.stopped = True
            self.loading.emit(False)

        def failed(error: BaseException) -> None:
            self.stopped = True
            self.loading.emit(False)
            handler = self.runner.error_handler
            if handler is not None:
                handler(error)

        self._task = self.runner.start(self._read_all, operation, name=loading_text(self.kind),
                                       on_done=finished, on_error=failed,
                                       on_cancelled=stopped)
        return self._task

    def _read_all(self, operation: Operation, state: TaskState) -> Any:
        with operation.session() as session:
            return self._load(session, None)

    def _install(self, result: Any) -> None:
        self.table = result

    def refresh(self, ids: Sequence[int] = (), removed: Sequence[int] = ()) -> None:
        """Re-read the records ``ids`` and drop ``removed``, at once (after an edit)."""
        if self.operation is None or not self.loaded:
            return
        with self.operation.session() as session:
            changed = self._load(session, list(ids)) if ids else None
        if changed is None:
            changed = self.table.take(np.zeros(0, dtype=np.int64))
        self.table = self.table.merged(changed, removed)
        self.changed.emit()


@dataclass(frozen=True)
class PersonSnapshot:
    table: ColumnTable
    rules: PersonRules
    outcome: PlanOutcome


class PersonStore(RecordStore):
    """Persons with their derived columns and the plan shown beside them."""

    #: The plan shown changed (id, published) - for the status bar.
    plan_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(RecordKind.PERSON, runner, parent)
        self.rules: PersonRules | None = None
        self.outcome: PlanOutcome | None = None

    def _empty(self) -> ColumnTable:
        return ColumnTable.empty({})

    def _read_all(self, operation: Operation, state: TaskState) -> Any:
        with operation.session() as session:
            table = snapshots.load_person_columns(session)
            rules = snapshots.load_person_rules(session)
            outcome = snapshots.load_plan_outcome(session)
        state.check_cancelled()
        table.columns["household_search"] = snapshots.household_search_text(table)
        table.kinds["household_search"] = ColumnKind.SEARCH
        return PersonSnapshot(_with_derived(table, rules, outcome), rules, outcome)

    def _install(self, result: Any) -> None:
        snapshot: PersonSnapshot = result
        self.table, self.rules, self.outcome = snapshot.table, snapshot.rules, snapshot.outcome
        self.plan_changed.emit()

    def refresh(self, ids: Sequence[int] = (), removed: Sequence[int] = ()) -> None:
        if self.operation is None or not self.loaded or self.rules is None:
            return
        with self.operation.session() as session:
            changed = snapshots.load_person_columns(session, list(ids)) if ids else None
        base = self.table
        if changed is None:
            changed = base.take(np.zeros(0, dtype=np.int64))
        else:
            changed.columns["household_search"] = snapshots.household_search_text(changed)
            changed.kinds["household_search"] = ColumnKind.SEARCH
            for name in base.columns:  # derived columns: placeholders, derived below
                if name not in changed.columns:
                    changed.columns[name] = np.zeros(len(changed), base.columns[name].dtype)
                    changed.kinds[name] = base.kinds[name]
        merged = base.merged(changed, removed)
        self.table = _with_derived(merged, self.rules, self.outcome)
        self.changed.emit()

    def refresh_plan_and_rules(self) -> None:
        """Re-read the settings and the plan shown (after a settings, flight or shelter
        edit, or a new plan) and derive the columns again."""
        if self.operation is None or not self.loaded:
            return
        with self.operation.session() as session:
            self.rules = snapshots.load_person_rules(session)
            self.outcome = snapshots.load_plan_outcome(session)
        self.table = _with_derived(self.table, self.rules, self.outcome)
        self.plan_changed.emit()
        self.changed.emit()


_DERIVED_KINDS = {
    "age": ColumnKind.INT,
    "minor": ColumnKind.BOOL,
    "elderly": ColumnKind.BOOL,
    "unaccompanied_minor": ColumnKind.BOOL,
    "priority": ColumnKind.INT,
    "plan_flight": ColumnKind.TEXT,
    "plan_shelter": ColumnKind.TEXT,
    "plan_state": ColumnKind.TEXT,
    "needs": ColumnKind.INT,
}

#: Bits of the ``needs`` column, in the order the roster shows them.
NEED_FLAGS = ("medical", "pregnant", "disability", "unaccompanied_minor", "elderly",
              "trafficking_victim")


def _with_derived(table: ColumnTable, rules: PersonRules,
                  outcome: PlanOutcome | None) -> ColumnTable:
    derived = snapshots.derive_person_columns(table, rules, outcome)
    needs = np.zeros(len(table), dtype=np.int64)
    for bit, name in enumerate(NEED_FLAGS):
        values = derived[name] if name in derived else table.columns[name]
        needs |= values.astype(np.int64) << bit
    derived["needs"] = needs.astype(np.float64)
    columns = dict(table.columns)
    columns.update(derived)
    kinds = dict(table.kinds)
    kinds.update(_DERIVED_KINDS)
    return ColumnTable(ids=table.ids, versions=table.versions, columns=columns, kinds=kinds)


class Stores(QObject):
    """Every store of the open operation."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.persons = PersonStore(runner, self)
        self.flights = RecordStore(RecordKind.FLIGHT, runner, self)
        self.shelters = RecordStore(RecordKind.SHELTER, runner, self)
        self.slots = RecordStore(RecordKind.SLOT, runner, self)

    def all(self) -> list[RecordStore]:
        return [self.persons, self.flights, self.shelters, self.slots]

    def of(self, kind: RecordKind) -> RecordStore:
        return {RecordKind.PERSON: self.persons, RecordKind.HOUSEHOLD: self.persons,
                RecordKind.FLIGHT: self.flights, RecordKind.SHELTER: self.shelters,
                RecordKind.SLOT: self.slots}[kind]

    def set_operation(self, operation: Operation | None) -> None:
        for store in self.all():
            store.set_operation(operation)

    def reload(self) -> None:
        for store in self.all():
            store.reload()
