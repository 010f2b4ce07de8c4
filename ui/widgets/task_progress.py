"""The status-bar view of background work: what runs, how far, and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.i18n import tr
from ui.tasks import Task, TaskRunner


class TaskProgress(QWidget):
    """Follows the most recently started task of a runner; hidden when nothing runs."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.task: Task | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setToolTip(tr("Stop the work running in the background"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.task_started.connect(self.follow)
        runner.active_changed.connect(self._on_active_changed)
        self.setVisible(False)

    def follow(self, task: Task) -> None:
        self.task = task
        self.label.setText(task.name)
        self.bar.setRange(0, 0)  # busy until the task reports progress
        task.status_changed.connect(self.label.setText)
        task.progress_changed.connect(self._on_progress)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def _on_progress(self, fraction: float) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(fraction * 1000))

    def _on_active_changed(self, count: int) -> None:
        if count == 0:
            self.task = None
            self.setVisible(False)
        elif self.task is not None and not self.task.running:
            running = self.runner.running
            if running:
                self.follow(running[-1])

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("Cancelling..."))
