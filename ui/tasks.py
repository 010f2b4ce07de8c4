"""One background-task helper for the whole program.

The work is a plain function ``run(inputs, state) -> result`` that knows nothing of Qt
widgets; it runs on a worker thread and may call

- ``state.set_status(text)``: a line for the status bar,
- ``state.set_progress(done, total)``: throttled to a few updates a second,
- ``state.set_partial(value)``: an intermediate result (a solver's best value so far),
- ``state.cancelled`` / ``state.check_cancelled()``: stop early when the officer cancels.

The result, or the exception, always arrives on the GUI thread through the ``Task``'s
callbacks; an exception nobody handles goes to the runner's error handler (a message
for a ``PlannerError``, the crash report dialog for a bug), so no failure can vanish.

``ThreadPoolTaskRunner`` is the real one; ``SynchronousTaskRunner`` runs the function at
once in the calling thread and delivers the same callbacks, for tests where timing does
not matter. Sessions are never shared with a task: ``run`` opens its own from the
``Operation`` it is given.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

#: At most this many progress updates per second reach the GUI.
PROGRESS_INTERVAL_S = 0.1

TaskFunction = Callable[[Any, "TaskState"], Any]
ErrorHandler = Callable[[BaseException], None]


class TaskCancelled(Exception):
    """Raised by ``TaskState.check_cancelled`` once the officer has cancelled."""


class _TaskSignals(QObject):
    status = Signal(str)
    progress = Signal(float)
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


class TaskState:
    """What a running task function sees: report progress, and the cancel flag."""

    def __init__(self, signals: _TaskSignals,
                 interval_s: float = PROGRESS_INTERVAL_S) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._interval = interval_s
        self._last_progress = 0.0
        self.status = ""
        self.progress: float | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def set_status(self, text: str) -> None:
        self.status = text
        self._signals.status.emit(text)

    def set_progress(self, done: float, total: float | None = None) -> None:
        """Progress as ``done`` of ``total`` (or a fraction 0..1); the last one always shows."""
        fraction = done / total if total else done
        fraction = min(1.0, max(0.0, float(fraction)))
        self.progress = fraction
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_progress >= self._interval:
            self._last_progress = now
            self._signals.progress.emit(fraction)

    def set_partial(self, value: Any) -> None:
        self._signals.partial.emit(value)


class Task(QObject):
    """A started task: its signals on the GUI thread, its outcome, and ``cancel()``."""

    status_changed = Signal(str)
    progress_changed = Signal(float)
    partial_result = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    #: The work ended (done, failed or cancelled), before its callbacks run: the status
    #: bar stops showing it even while a callback shows a message.
    stopped = Signal()
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._signals = _TaskSignals()
        self.state = TaskState(self._signals)
        self.running = True
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        #: Set by the worker once it holds no reference to the task any more.
        self.worker_done = threading.Event()
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None
        self._fallback_error: ErrorHandler | None = None
        self._signals.status.connect(self._relay_status)
        self._signals.progress.connect(self._relay_progress)
        self._signals.partial.connect(self._relay_partial)
        self._signals.succeeded.connect(self._deliver_result)
        self._signals.failed.connect(self._deliver_error)

    def cancel(self) -> None:
        self.state.cancel()

    # Relays run on the GUI thread (the Task lives there; the worker's emits are queued).
    @Slot(str)
    def _relay_status(self, text: str) -> None:
        self.status_changed.emit(text)

    @Slot(float)
    def _relay_progress(self, fraction: float) -> None:
        self.progress_changed.emit(fraction)

    @Slot(object)
    def _relay_partial(self, value: Any) -> None:
        self.partial_result.emit(value)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self.running = False
        self.result = result
        self.stopped.emit()
        try:
            if self.on_done is not None:
                self.on_done(result)
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self.running = False
        self.stopped.emit()
        try:
            if isinstance(error, TaskCancelled):
                self.was_cancelled = True
                if self.on_cancelled is not None:
                    self.on_cancelled()
                self.cancelled.emit()
                return
            self.error = error
            handler = self.on_error or self._fallback_error
            if handler is not None:
                handler(error)
            else:  # nobody to tell: never let it vanish
                raise error
            self.failed.emit(error)
        finally:
            self.finished.emit()

    def _execute(self, function: TaskFunction, inputs: Any) -> None:
        """Run the function here and post the outcome (to the GUI thread when called from a
        worker)."""
        try:
            result = function(inputs, self.state)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task, function: TaskFunction, inputs: Any) -> None:
        super().__init__()
        self._task = task
        self._function = function
        self._inputs = inputs

    def run(self) -> None:
        task, self._task = self._task, None  # type: ignore[assignment]
        done = task.worker_done
        try:
            task._execute(self._function, self._inputs)
        finally:
            # Drop this thread's last reference before saying so: the Task is only ever
            # deleted on the GUI thread, once the worker is done with it.
            del task
            self._inputs = None
            done.set()


class TaskRunner(QObject):
    """Starts tasks and keeps track of the running ones."""

    #: True when ``start`` returns only after the task is done (the test stand-in).
    immediate = False

    #: The number of running tasks changed (for the status bar).
    active_changed = Signal(int)
    #: A task started: pages and the status bar may show its progress.
    task_started = Signal(object)

    def __init__(self, error_handler: ErrorHandler | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.error_handler = error_handler
        self._running: list[Task] = []
        self._finished: list[Task] = []

    @property
    def running(self) -> list[Task]:
        return list(self._running)

    def start(
        self,
        function: TaskFunction,
        inputs: Any = None,
        *,
        name: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task:
        """Run ``function(inputs, state)`` in the background; callbacks come on the GUI thread.

        Without ``on_error`` a failure goes to the runner's error handler.
        """
        self._purge()
        task = Task(name, self)
        task.on_done, task.on_error, task.on_cancelled = on_done, on_error, on_cancelled
        task._fallback_error = self.error_handler
        task.stopped.connect(lambda: self._stopped(task))
        task.finished.connect(lambda: self._finished.append(task))
        self._running.append(task)
        self.active_changed.emit(len(self._running))
        self.task_started.emit(task)
        self._submit(task, function, inputs)
        return task

    def _submit(self, task: Task, function: TaskFunction, inputs: Any) -> None:
        raise NotImplementedError

    def _stopped(self, task: Task) -> None:
        """The task's work ended: it no longer runs, though its callbacks may (it is freed
        once they returned, ``finished``)."""
        if task in self._running:
            self._running.remove(task)
            self.active_changed.emit(len(self._running))

    def _purge(self) -> None:
        """Free finished tasks whose worker has let go of them (on the GUI thread)."""
        keep = []
        for task in self._finished:
            if task.worker_done.is_set():
                task.setParent(None)  # Python owns it now; dropped here, deleted here
            else:
                keep.append(task)
        self._finished = keep

    def cancel_all(self) -> None:
        for task in self._running:
            task.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait for every worker to end (at closing); True if they did."""
        return True


class ThreadPoolTaskRunner(TaskRunner):
    """Runs tasks on a thread pool of its own."""

    def __init__(self, error_handler: ErrorHandler | None = None,
                 parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(error_handler, parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)

    def _submit(self, task: Task, function: TaskFunction, inputs: Any) -> None:
        self.pool.start(_Runnable(task, function, inputs))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return bool(self.pool.waitForDone(timeout_ms))


class SynchronousTaskRunner(TaskRunner):
    """Runs each task at once in the calling thread: for tests where timing does not matter."""

    immediate = True

    def _submit(self, task: Task, function: TaskFunction, inputs: Any) -> None:
        try:
            task._execute(function, inputs)
        finally:
            task.worker_done.set()
