"""How HiGHS (1.16, through highspy) counts a run's time limit, checked on HiGHS itself.

An LP run stops once the instance's run time, every run of it so far (``getRunTime()``),
reaches ``time_limit``; a MIP run counts from its own start. So
:func:`solvers.highs_lp.lp_time_limit` sets an LP's limit as the run time so far plus its
seconds, and the MIPs set theirs as they are (docs/decisions.md, Planner, "HiGHS's time
limit, LP and MIP"). The first run is made to last a second by a callback that waits; no
assertion compares the machine's speed with anything: an LP stopped by the time of runs
before it stops whatever the speed, and a MIP that counts from its own start either ends
or runs at least its own seconds.
"""

from __future__ import annotations

import time
from typing import Any

import highspy
import numpy as np

from solvers.highs_lp import lp_time_limit, new_highs

WAIT = 1.0


def _waited_instance() -> highspy.Highs:
    """max x + y, x + 2y <= 3.5, 3x + y <= 4.2, 0 <= x, y <= 10, solved once in a run
    that lasts at least WAIT seconds."""
    h = new_highs()
    h.setOptionValue("presolve", "off")  # the simplex must run, so that its callback is called
    h.setOptionValue("threads", 1)
    everything = np.arange(2, dtype=np.int32)
    h.addVars(2, np.zeros(2), np.full(2, 10.0))
    h.changeColsCost(2, everything, np.array([-1.0, -1.0]))
    h.addRow(-np.inf, 3.5, 2, everything, np.array([1.0, 2.0]))
    h.addRow(-np.inf, 4.2, 2, everything, np.array([3.0, 1.0]))
    waited: list[bool] = []

    def wait(event: Any) -> None:
        if not waited:
            waited.append(True)
            time.sleep(WAIT)

    h.cbSimplexInterrupt.subscribe(wait)
    h.enableCallbacks()
    h.run()
    h.cbSimplexInterrupt.unsubscribe(wait)
    assert waited and h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    assert h.getRunTime() >= WAIT
    return h


def test_an_lp_run_counts_its_time_limit_over_every_run_of_the_instance() -> None:
    h = _waited_instance()
    h.changeColsCost(2, np.arange(2, dtype=np.int32), np.array([-1.0, -3.0]))
    h.setOptionValue("time_limit", WAIT / 2)
    h.run()
    # Half a second is far more than this LP needs; the second before used it up.
    assert h.getModelStatus() == highspy.HighsModelStatus.kTimeLimit
    lp_time_limit(h, 30.0)
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    assert h.getInfo().objective_function_value == -5.25


def test_a_mip_run_counts_its_time_limit_from_its_own_start() -> None:
    h = _waited_instance()
    h.changeColsIntegrality(2, np.arange(2, dtype=np.int32),
                            np.full(2, highspy.HighsVarType.kInteger))
    h.setOptionValue("time_limit", WAIT / 2)
    began = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - began
    # Counted from the instance's first run, the limit was reached before this run began.
    status = h.getModelStatus()
    assert status == highspy.HighsModelStatus.kOptimal or (
        status == highspy.HighsModelStatus.kTimeLimit and seconds >= WAIT / 2)
    if status == highspy.HighsModelStatus.kOptimal:
        assert h.getInfo().objective_function_value == -2.0
