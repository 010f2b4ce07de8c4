"""kill -9 at random moments of a demo, an import, a solve and an export loses nothing.

Real ``evacplan`` processes are started and killed with SIGKILL; the operation left
behind is judged by ``benchmarks/kill_trials.py`` (integrity check, audit chain, counts
of before or of after, exports whole or absent, backups verified). The suite runs a few
trials of each kind; the script runs the 100 of the acceptance figure.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from benchmarks import kill_trials

TRIALS = {"demo": 5, "import": 7, "solve": 6, "export": 5}

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.mark.parametrize("name", sorted(TRIALS))
def test_kill_at_random_moments_loses_and_corrupts_nothing(name: str, tmp_path: Path) -> None:
    scenarios, missing = kill_trials.runnable([name])
    if missing:
        pytest.skip(f"not landed yet: {missing[0]}")
    prepared = kill_trials.prepare(scenarios[0], tmp_path)
    rng = random.Random(f"{name}-2026")
    outcomes = [kill_trials.run_trial(prepared, trial, rng) for trial in range(TRIALS[name])]
    failures = [f"trial {o.trial} killed at {o.kill_after:.2f} s: {'; '.join(o.problems)}"
                for o in outcomes if o.problems]
    assert not failures, "\n".join(failures)
    assert any(o.state != "finished" for o in outcomes), "no trial was killed mid-run"
