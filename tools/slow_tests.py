"""Which tests are slow: the list ``make test-fast`` leaves out.

    QT_QPA_PLATFORM=offscreen nice -n 19 .venv/bin/python -m pytest -m "not slow" \\
        --junitxml=/tmp/fast.xml -q
    python tools/slow_tests.py /tmp/fast.xml [--over 1.0] >> tests/slow_tests.txt

reads a JUnit report of a test run and prints, one a line, each test function (its module
and name, parameters left out: a function is slow when any of its cases is) that took
``--over`` seconds or more, setup and teardown included, and is not listed yet.
``tests/conftest.py`` marks every function of ``tests/slow_tests.txt`` ``slow``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from defusedxml import ElementTree

LISTED = Path(__file__).resolve().parent.parent / "tests" / "slow_tests.txt"


def read_listed(path: Path) -> list[str]:
    """The functions a list names (lines that are not blank or ``#`` comments)."""
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def slow_functions(report: Path, over: float) -> list[str]:
    found: dict[str, float] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        module = (case.get("classname") or "").replace(".", "/") + ".py"
        function = (case.get("name") or "").split("[")[0]
        key = f"{module}::{function}"
        found[key] = max(found.get(key, 0.0), float(case.get("time") or 0))
    return sorted(k for k, seconds in found.items() if seconds >= over)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="JUnit XML of a pytest run")
    parser.add_argument("--over", type=float, default=1.0, help="seconds (default 1)")
    args = parser.parse_args(argv)
    listed = set(read_listed(LISTED))
    for key in slow_functions(args.report, args.over):
        if key not in listed:
            print(key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
