"""kill -9 at random moments of a demo, an import, a solve and an export loses nothing.

Real ``evacplan`` processes are started and killed with SIGKILL; the operation left
behind is judged by ``tests/kill_trials.py`` (integrity check, audit chain, counts
of before or of after, exports whole or absent, backups verified). The suite runs a few
trials of each kind, on SQLite and on PostgreSQL; ``benchmarks/kill_trials.py`` runs the
100 of the acceptance figure.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from tests import kill_trials
from tests.conftest import POSTGRES_SKIP, postgres_server_url

#: Trials per scenario and backend: 17 in all, a few minutes on two shared cores.
TRIALS = {
    ("demo", "sqlite"): 2, ("import", "sqlite"): 3, ("solve", "sqlite"): 3,
    ("export", "sqlite"): 3,
    ("demo", "postgresql"): 2, ("import", "postgresql"): 2, ("solve", "postgresql"): 2,
}

#: Slow: 17 real processes prepared, started and killed (minutes on two shared cores).
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.slow]


@pytest.mark.parametrize(("name", "backend"), sorted(TRIALS),
                         ids=[f"{n}-{b}" for n, b in sorted(TRIALS)])
def test_kill_at_random_moments_loses_and_corrupts_nothing(
    name: str, backend: str, tmp_path: Path
) -> None:
    scenarios, missing = kill_trials.runnable([name])
    if missing:
        pytest.skip(f"not landed yet: {missing[0]}")
    server = postgres_server_url()
    if backend == "postgresql" and server is None:
        pytest.skip(POSTGRES_SKIP)
    prepared = kill_trials.prepare(scenarios[0], tmp_path, backend, server)
    try:
        rng = random.Random(f"{name}-{backend}-2026")
        outcomes = [kill_trials.run_trial(prepared, trial, rng)
                    for trial in range(TRIALS[(name, backend)])]
    finally:
        prepared.close()
    failures = [f"trial {o.trial} killed at {o.kill_after:.2f} s: {'; '.join(o.problems)}"
                for o in outcomes if o.problems]
    assert not failures, "\n".join(failures)
    assert any(o.state != "finished" for o in outcomes), "no trial was killed mid-run"
