"""The planner in a child process, for the desktop program.

A solve of a national-scale operation needs much memory (the problem, the LP's columns, the
plan's rows); in the desktop program's own process it came on top of the open screens
(the figures: docs/decisions.md). ``solve_and_store_in_child`` runs ``service.solve_and_store`` in a
process of its own that opens the operation again by its URL, sends each progress report
back as it comes, stops when the caller's cancel check says so (killed when it has not
ended ``CANCEL_GRACE_SECONDS`` after: nothing stored), and ends with the stored
plan's id, or the error it met, raised here as it was raised there. Its memory is given
back to the system when it ends.

A fresh process (``spawn``) is used: forking a process that runs Qt's threads is unsafe.
"""

from __future__ import annotations

import multiprocessing
import pickle
import threading
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any

from planner.db import Operation
from planner.errors import PlannerError
from planner.planning.service import PlanningOptions
from solvers.solution import CancelCheck, ProgressCallback

#: Seconds between two looks at the child's messages and the caller's cancel check.
POLL_SECONDS = 0.05
#: Seconds the child may take to end after its last message before it is stopped.
JOIN_SECONDS = 10.0
#: Seconds the child is given after a cancel to end with the best plan it found stored
#: (a small operation's is); then it is killed and nothing is stored. At 150,000 persons
#: the solver's next checkpoint, the checks and the storing of the plan took 33 s after
#: Cancel, so the desktop answered Cancel after half a minute. The plan is stored in one
#: transaction, so a child killed while storing it leaves the database as it was.
CANCEL_GRACE_SECONDS = 3.0


class SolverProcessError(PlannerError):
    """The child process ended without a plan or an error message (killed, crashed)."""


def solve_and_store_in_child(operation: Operation, options: PlanningOptions,
                             progress: ProgressCallback | None = None,
                             should_cancel: CancelCheck | None = None) -> int | None:
    """``service.solve_and_store`` in a child process: the same result and errors. An
    operation a second process cannot open (SQLite in memory) is solved here."""
    if operation.is_sqlite and operation.path is None:
        from planner.planning.service import solve_and_store

        return solve_and_store(operation, options, progress, should_cancel)
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_child, args=(operation.url, options, theirs),
                              name="evacplan-solver", daemon=True)
    process.start()
    theirs.close()
    cancel_sent: float | None = None  # when
    try:
        while True:
            if should_cancel is not None and cancel_sent is None and should_cancel():
                ours.send("cancel")
                cancel_sent = time.monotonic()
            if cancel_sent is not None and not ours.poll() \
                    and time.monotonic() - cancel_sent >= CANCEL_GRACE_SECONDS:
                process.kill()  # its transaction, if any, is rolled back: nothing stored
                process.join()
                return None
            if ours.poll(POLL_SECONDS):
                try:
                    kind, payload = ours.recv()
                except EOFError:
                    break
                if kind == "progress":
                    if progress is not None:
                        progress(payload)
                elif kind == "done":
                    return payload  # type: ignore[no-any-return]
                else:
                    raise payload
            elif not process.is_alive():
                if ours.poll():
                    continue
                break
        raise SolverProcessError(
            f"The planner's process stopped without a plan (exit code {process.exitcode}); "
            "solve again, and report it if it happens again")
    finally:
        ours.close()
        process.join(JOIN_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _child(url: str, options: PlanningOptions, connection: Connection) -> None:
    from planner.db import open_operation
    from planner.planning.service import solve_and_store

    lock = threading.Lock()
    cancelled = threading.Event()

    def send(message: tuple[str, Any]) -> None:
        with lock:
            connection.send(message)

    def listen() -> None:
        try:
            while connection.recv() != "cancel":
                pass
        except (EOFError, OSError):  # the caller went away: stop as if cancelled
            pass
        cancelled.set()

    threading.Thread(target=listen, name="cancel-listener", daemon=True).start()
    try:
        operation = open_operation(url, migrate=False)
        try:
            plan_id = solve_and_store(operation, options,
                                      lambda report: send(("progress", report)),
                                      cancelled.is_set)
        finally:
            operation.close()
        send(("done", plan_id))
    except BaseException as error:  # sent to the caller, who raises it
        error.add_note("In the planner's process:\n" + "".join(
            traceback.format_exception(type(error), error, error.__traceback__)))
        send(("error", _portable(error)))


def _portable(error: BaseException) -> BaseException:
    """The error itself when it survives pickling, else a PlannerError that names it."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any failure to pickle means: send its text
        text = "".join(traceback.format_exception_only(type(error), error)).strip()
        return PlannerError.of("planner_failed", detail=text)
    return error
