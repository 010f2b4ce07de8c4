"""Every edit of the officer, made through ``planner.records.editing`` and undoable.

The screens call ``EditController``; it runs the service in one transaction, pushes an
``EditCommand`` on the undo stack (already done, so pushing does not repeat it), and
announces which records changed so that the stores re-read just those. Undo and redo
run the opposite or the same service calls, again in one transaction each, with the
version of the record they last wrote; if another officer changed it meanwhile, the
service refuses (``ConflictError``), nothing is written, the undo history is cleared
(it no longer describes the database) and the officer is offered a reload.

Undoing a deletion creates the record again with the same key and values; what only
the database knew about it (its place in stored plans) does not come back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.db.models import Person
from planner.records import editing
from planner.records import settings as settings_service
from planner.records.editing import RecordKind, RecordRef, RecordValues
from ui.i18n import tr
from ui.labels import record_kind_label
from ui.messages import listed


@dataclass
class ChangeSet:
    """What an edit changed: ids re-read per kind, ids gone, and whether settings moved."""

    changed: dict[RecordKind, set[int]] = field(default_factory=dict)
    removed: dict[RecordKind, set[int]] = field(default_factory=dict)
    settings: bool = False

    def touch(self, kind: RecordKind, record_id: int) -> None:
        self.changed.setdefault(kind, set()).add(record_id)

    def remove(self, kind: RecordKind, record_id: int) -> None:
        self.removed.setdefault(kind, set()).add(record_id)


class Step:
    """One record's change, able to undo and redo itself in a session."""

    def undo(self, session: Session, changes: ChangeSet) -> None:
        raise NotImplementedError

    def redo(self, session: Session, changes: ChangeSet) -> None:
        raise NotImplementedError


class RecordHandle:
    """One record as this program last wrote it, shared by every step about it.

    Undoing a deletion makes the record again under a new database id and version; the
    other steps about the same record (its earlier edits) find it through the handle.
    """

    def __init__(self, kind: RecordKind, ref: RecordRef | None) -> None:
        self.kind = kind
        self.ref = ref


class RecordStep(Step):
    """Create, update or delete of one record: ``before``/``after`` are its full values
    (None where the record does not exist)."""

    def __init__(self, handle: RecordHandle, before: dict[str, Any] | None,
                 after: dict[str, Any] | None) -> None:
        self.handle = handle
        self.kind = handle.kind
        self.before = before
        self.after = after

    def _move(self, session: Session, changes: ChangeSet, target: dict[str, Any] | None) -> None:
        handle = self.handle
        if target is None:
            assert handle.ref is not None
            editing.delete(session, handle.ref)
            changes.remove(self.kind, handle.ref.id)
            handle.ref = None
        elif handle.ref is None:
            handle.ref = editing.create(session, self.kind, target)
            changes.touch(self.kind, handle.ref.id)
        else:
            handle.ref = editing.update(session, handle.ref, target)
            changes.touch(self.kind, handle.ref.id)

    def undo(self, session: Session, changes: ChangeSet) -> None:
        self._move(session, changes, self.before)

    def redo(self, session: Session, changes: ChangeSet) -> None:
        self._move(session, changes, self.after)


class HouseholdStep(Step):
    """A household's new code (all its members move with it)."""

    def __init__(self, ref: RecordRef, old_code: str, new_code: str) -> None:
        self.ref = ref
        self.old_code = old_code
        self.new_code = new_code

    def _rename(self, session: Session, changes: ChangeSet, code: str) -> None:
        self.ref = editing.rename_household(session, self.ref, code)
        for member in session.scalars(select(Person.id).where(Person.household_id == self.ref.id)):
            changes.touch(RecordKind.PERSON, int(member))

    def undo(self, session: Session, changes: ChangeSet) -> None:
        self._rename(session, changes, self.old_code)

    def redo(self, session: Session, changes: ChangeSet) -> None:
        self._rename(session, changes, self.new_code)


class SettingsStep(Step):
    def __init__(self, before: dict[str, Any], after: dict[str, Any], version: int) -> None:
        self.before = before
        self.after = after
        self.version = version

    def _apply(self, session: Session, changes: ChangeSet, values: dict[str, Any]) -> None:
        self.version = settings_service.update_settings(session, values, self.version).version
        changes.settings = True

    def undo(self, session: Session, changes: ChangeSet) -> None:
        self._apply(session, changes, self.before)

    def redo(self, session: Session, changes: ChangeSet) -> None:
        self._apply(session, changes, self.after)


class EditCommand(QUndoCommand):
    """One officer action (one or several steps) on the undo stack."""

    def __init__(self, controller: EditController, text: str, steps: Sequence[Step]) -> None:
        super().__init__(text)
        self.controller = controller
        self.steps = list(steps)
        self._skip_first_redo = True  # the action was done before it was pushed

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        def redo_all(session: Session, changes: ChangeSet) -> None:
            for step in self.steps:
                step.redo(session, changes)

        self.controller._run_steps(redo_all)

    def undo(self) -> None:
        def undo_all(session: Session, changes: ChangeSet) -> None:
            for step in reversed(self.steps):
                step.undo(session, changes)

        self.controller._run_steps(undo_all)


class EditController(QObject):
    """Edits through the services, with undo and redo."""

    #: A ChangeSet after every edit, undo and redo.
    records_changed = Signal(object)
    #: An undo or redo could not be done (the exception); the history was cleared.
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operation: Operation | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self._handles: list[RecordHandle] = []
        self.undo_stack.cleanChanged.connect(self._on_clean)

    def _on_clean(self, clean: bool) -> None:
        if clean and self.undo_stack.count() == 0:
            self._forget_handles()

    def set_operation(self, operation: Operation | None) -> None:
        self.operation = operation
        self.undo_stack.clear()
        self._forget_handles()

    def _session(self) -> Any:
        if self.operation is None:
            raise RuntimeError("no operation is open")
        return self.operation.session()

    def _run_steps(self, action: Callable[[Session, ChangeSet], Any]) -> None:
        changes = ChangeSet()
        try:
            with self._session() as session:
                action(session, changes)
        except Exception as error:  # noqa: BLE001 - shown to the officer, never lost
            # The stack now points past a change that did not happen: start afresh. Both
            # wait until the stack has finished its own bookkeeping (clearing it from
            # inside one of its commands would delete the command that runs).
            QTimer.singleShot(0, self.undo_stack.clear)
            QTimer.singleShot(0, lambda failure=error: self.failed.emit(failure))
            return
        self.records_changed.emit(changes)

    def handle_for(self, ref: RecordRef) -> RecordHandle:
        """The shared handle of the record ``ref`` (made on first use)."""
        for handle in self._handles:
            if handle.ref is not None and handle.ref.kind is ref.kind and \
                    handle.ref.id == ref.id:
                handle.ref = ref
                return handle
        handle = RecordHandle(ref.kind, ref)
        self._handles.append(handle)
        return handle

    def handle_for_change(self, seen: RecordRef, now: RecordRef) -> RecordHandle:
        """The handle of a record the officer changed from ``seen`` to ``now``."""
        handle = self.handle_for(seen)
        handle.ref = now
        return handle

    def _forget_handles(self) -> None:
        self._handles = []

    def _push(self, text: str, steps: Sequence[Step], changes: ChangeSet) -> None:
        self.undo_stack.push(EditCommand(self, text, steps))
        self.records_changed.emit(changes)

    # --- the edits ------------------------------------------------------------------
    def create(self, kind: RecordKind, values: dict[str, Any]) -> RecordRef:
        """Add a record; raises ``ValidationError`` (the form shows it) or ``PlannerError``."""
        with self._session() as session:
            ref = editing.create(session, kind, values)
            after = editing.load(session, kind, ref.id).values
        changes = ChangeSet()
        changes.touch(kind, ref.id)
        self._push(tr("Add {kind} {key}").format(kind=record_kind_label(kind), key=ref.key),
                   [RecordStep(self.handle_for(ref), None, after)], changes)
        return ref

    def added_elsewhere(self, ref: RecordRef, after: dict[str, Any]) -> None:
        """A record a screen added itself, onto the undo stack without touching the
        tables: the intake desk refreshes them once, when the officer leaves it (one
        refresh per registration would keep a queue waiting). Undo deletes the record."""
        self.undo_stack.push(EditCommand(
            self, tr("Add {kind} {key}").format(kind=record_kind_label(ref.kind), key=ref.key),
            [RecordStep(self.handle_for(ref), None, after)]))

    def update(self, ref: RecordRef, values: dict[str, Any]) -> RecordRef:
        with self._session() as session:
            before = editing.load(session, ref.kind, ref.id).values
            new = editing.update(session, ref, values)
            after = editing.load(session, ref.kind, ref.id).values
        if new == ref:
            return ref  # nothing changed: nothing to undo
        changes = ChangeSet()
        changes.touch(ref.kind, ref.id)
        self._push(tr("Edit {kind} {key}").format(kind=record_kind_label(ref.kind), key=new.key),
                   [RecordStep(self.handle_for_change(ref, new), before, after)], changes)
        return new

    def delete(self, refs: Sequence[RecordRef]) -> list[RecordValues]:
        """Delete records in one transaction (all or none), as one undoable action."""
        if not refs:
            return []
        removed: list[RecordValues] = []
        with self._session() as session:
            for ref in refs:
                removed.append(editing.delete(session, ref))
        changes = ChangeSet()
        for ref in refs:
            changes.remove(ref.kind, ref.id)
        kind = record_kind_label(refs[0].kind)
        text = (tr("Delete {kind} {key}").format(kind=kind, key=refs[0].key) if len(refs) == 1
                else tr("Delete {count} records: {keys}").format(
                    count=len(refs), keys=listed([r.key for r in refs], 12)))
        steps = []
        for ref, values in zip(refs, removed, strict=True):
            handle = self.handle_for_change(ref, values.ref)
            handle.ref = None
            steps.append(RecordStep(handle, values.values, None))
        self._push(text, steps, changes)
        return removed

    def rename_household(self, ref: RecordRef, code: str) -> RecordRef:
        changes = ChangeSet()
        step = HouseholdStep(ref, ref.key, code)
        with self._session() as session:
            step.redo(session, changes)
        if step.ref == ref:
            return ref
        self._push(tr("Rename household {old} to {new}").format(old=ref.key, new=step.ref.key),
                   [step], changes)
        return step.ref

    def update_settings(self, values: dict[str, Any], version: int) -> int:
        """Change the operation settings seen at ``version``; returns the new version."""
        with self._session() as session:
            before = settings_service.load_settings(session).values
            new = settings_service.update_settings(session, values, version)
        if new.version == version:
            return version
        changes = ChangeSet(settings=True)
        self._push(tr("Change operation settings"),
                   [SettingsStep(before, new.values, new.version)], changes)
        return new.version
