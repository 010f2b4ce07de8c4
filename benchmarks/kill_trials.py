"""The 100-trial crash figure: kill real ``evacplan`` processes at random moments.

The trials themselves (scenarios, judging what a kill left behind) live in
``tests/kill_trials.py``, which ``tests/test_crash_kill.py`` runs a few of; this script
runs the acceptance figure and prints it::

    .venv/bin/python benchmarks/kill_trials.py --trials 100
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.kill_trials import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
