"""ui/tasks.py: results and exceptions reach the GUI thread, progress is throttled,
cancel works, and no failure vanishes."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from planner.errors import PlannerError
from ui.tasks import SynchronousTaskRunner, TaskCancelled, TaskState, ThreadPoolTaskRunner


def wait_for(qtbot: Any, runner: Any) -> None:
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)


def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = ThreadPoolTaskRunner()
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(inputs: int, state: TaskState) -> int:
        seen["worker"] = threading.get_ident()
        state.set_status("counting")
        return inputs * 2

    task = runner.start(work, 21, on_done=lambda r: seen.update(result=r,
                                                                 thread=threading.get_ident()))
    statuses: list[str] = []
    task.status_changed.connect(statuses.append)
    wait_for(qtbot, runner)
    assert seen["result"] == 42 and seen["thread"] == gui and seen["worker"] != gui
    assert task.result == 42 and not task.running


def test_an_exception_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = ThreadPoolTaskRunner()
    caught: list[tuple[BaseException, int]] = []

    def fail(_inputs: None, _state: TaskState) -> None:
        raise PlannerError("The file roster.xlsx is not a workbook")

    runner.start(fail, on_error=lambda e: caught.append((e, threading.get_ident())))
    wait_for(qtbot, runner)
    assert isinstance(caught[0][0], PlannerError)
    assert caught[0][1] == threading.get_ident()


def test_an_unhandled_failure_goes_to_the_error_handler(qtbot: Any) -> None:
    handled: list[BaseException] = []
    runner = ThreadPoolTaskRunner(error_handler=handled.append)
    runner.start(lambda _i, _s: 1 / 0)
    wait_for(qtbot, runner)
    assert len(handled) == 1 and isinstance(handled[0], ZeroDivisionError)


def test_a_failure_with_no_handler_at_all_is_raised_not_dropped() -> None:
    runner = SynchronousTaskRunner()
    raised: list[BaseException] = []
    import sys

    previous = sys.excepthook
    sys.excepthook = lambda kind, error, tb: raised.append(error)
    try:
        runner.start(lambda _i, _s: 1 / 0)
    finally:
        sys.excepthook = previous
    assert raised and isinstance(raised[0], ZeroDivisionError)


def test_progress_is_throttled_but_the_last_always_shows(qtbot: Any) -> None:
    runner = ThreadPoolTaskRunner()
    fractions: list[float] = []

    def work(_inputs: None, state: TaskState) -> None:
        for step in range(1, 1001):
            state.set_progress(step, 1000)

    task = runner.start(work)
    task.progress_changed.connect(fractions.append)
    wait_for(qtbot, runner)
    assert fractions[-1] == 1.0
    assert len(fractions) < 50  # not a thousand signals


def test_cancel_stops_a_task_that_checks(qtbot: Any) -> None:
    runner = ThreadPoolTaskRunner()
    outcome: list[str] = []
    started = threading.Event()

    def work(_inputs: None, state: TaskState) -> str:
        started.set()
        for _ in range(500):
            time.sleep(0.01)
            state.check_cancelled()
        return "finished"

    task = runner.start(work, on_done=outcome.append,
                        on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    wait_for(qtbot, runner)
    assert outcome == ["cancelled"] and task.was_cancelled


def test_partial_results_reach_the_gui(qtbot: Any) -> None:
    runner = ThreadPoolTaskRunner()
    partial: list[Any] = []

    def work(_inputs: None, state: TaskState) -> None:
        for best in (10, 12, 13):
            state.set_partial({"best": best})

    task = runner.start(work)
    task.partial_result.connect(partial.append)
    wait_for(qtbot, runner)
    assert [p["best"] for p in partial] == [10, 12, 13]


def test_the_synchronous_runner_delivers_at_once() -> None:
    runner = SynchronousTaskRunner()
    results: list[int] = []
    task = runner.start(lambda x, _s: x + 1, 1, on_done=results.append)
    assert results == [2] and not task.running and runner.running == []


def test_check_cancelled_raises() -> None:
    runner = SynchronousTaskRunner()
    events: list[str] = []

    def work(_inputs: None, state: TaskState) -> None:
        state.cancel()
        state.check_cancelled()

    runner.start(work, on_cancelled=lambda: events.append("cancelled"))
    assert events == ["cancelled"]
    with pytest.raises(TaskCancelled):
        raise TaskCancelled()
