"""Imports files one by one into one operation, in a process with a memory ceiling.

Run by ``tests/test_import_hostile.py``: ``python -m tests.importing.corpus_worker DB FILE...``.
For each file it prints one JSON line: the outcome (``records``, ``message`` or ``bug``),
the message, the seconds it took and the operation's counts after it. A file that takes
longer than ``SECONDS_PER_FILE`` is stopped and reported as ``hang``; a crash of the
process shows as a missing line.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
from pathlib import Path

MEMORY_CEILING = 2 * 1024**3
SECONDS_PER_FILE = 60


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang


def main(argv: list[str]) -> int:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))
    signal.signal(signal.SIGALRM, _alarm)
    from planner.db import open_operation
    from planner.errors import PlannerError
    from planner.importing import run_import
    from tests.importing.state import counts

    operation = open_operation(Path(argv[0]), create=True)
    for name in argv[1:]:
        began = time.perf_counter()
        outcome, message = "records", ""
        signal.alarm(SECONDS_PER_FILE)
        try:
            report = run_import(operation, name)
            message = "; ".join(report.count_lines())
        except PlannerError as exc:
            outcome, message = "message", str(exc)
        except Hang:
            outcome, message = "hang", f"more than {SECONDS_PER_FILE} s"
        except MemoryError:
            outcome, message = "bug", "MemoryError"
        except Exception as exc:  # noqa: BLE001 - the test reports it as a bug
            outcome, message = "bug", f"{type(exc).__name__}: {exc}"
        finally:
            signal.alarm(0)
        print(json.dumps({"file": name, "outcome": outcome, "message": message,
                          "seconds": round(time.perf_counter() - began, 3),
                          "counts": counts(operation)}), flush=True)
    operation.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
