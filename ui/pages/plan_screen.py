"""What the Results and Export screens share: a stored plan read in the background, again
whenever the operation's data changed, as soon as the screen is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from planner.db import Operation
from ui.context import AppContext
from ui.i18n import tr
from ui.pages.base import Page
from ui.tasks import TaskFunction


class PlanScreen(Page):
    """A page over one stored plan (``wanted_plan``; None: the newest, or the default)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.wanted_plan: int | None = None
        self.dirty = True
        self.loading = False
        self.summary_label = QLabel(self)
        context.operation_changed.connect(self._on_operation)
        context.data_changed.connect(self.mark_dirty)
        context.edits.records_changed.connect(lambda _changes: self.mark_dirty())

    # --- to override --------------------------------------------------------------------
    def read_task(self, operation: Operation) -> tuple[TaskFunction, Any, str]:
        """The background reading: its function, its inputs and its name."""
        raise NotImplementedError

    def show_read(self, result: Any) -> None:
        """Show what was read (None: nothing, e.g. no operation)."""
        raise NotImplementedError

    # --- reading ------------------------------------------------------------------------
    def _on_operation(self, _operation: Any) -> None:
        self.wanted_plan = None
        self.show_read(None)
        self.mark_dirty()

    def mark_dirty(self) -> None:
        """The data changed: read again now if the screen shows, else when it is shown."""
        self.dirty = True
        if self.isVisible():
            self.reload()

    def activated(self) -> None:
        if self.dirty:
            self.reload()

    def reload(self) -> None:
        operation = self.context.operation
        if operation is None:
            return
        if self.loading:  # read again as soon as this reading is done
            self.dirty = True
            return
        self.dirty = False
        self.loading = True
        self.summary_label.setText(tr("reading..."))

        def done(result: Any) -> None:
            self.loading = False
            self.show_read(result)
            if self.dirty:
                self.reload()

        def failed(error: BaseException) -> None:
            self.loading = False
            self.summary_label.setText("")
            self.context.errors.handle(error)

        def cancelled() -> None:
            self.loading = False

        function, inputs, name = self.read_task(operation)
        self.context.tasks.start(function, inputs, name=name, on_done=done, on_error=failed,
                                 on_cancelled=cancelled)
