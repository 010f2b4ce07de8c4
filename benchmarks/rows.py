"""What the benchmarks that measure each size in a child process share: run one child and read
the JSON row it prints last, then print the rows as a table and a line each, and write them as
JSON. (benchmarks/solve.py, cheap_bounds.py, replan.py and waiting_reserve.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def child_row(script: str, arguments: Sequence[str], name: str) -> Row | None:
    """Run ``python script arguments`` and return the JSON row it printed last; a child that
    fails is said on stderr with ``name`` and its last error line, and gives None."""
    out = subprocess.run([sys.executable, script, *arguments],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(f"{name}: failed: {out.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    row: Row = json.loads(out.stdout.strip().splitlines()[-1])
    return row


def report(rows: list[Row], table: Callable[[list[Row]], str], line: Callable[[Row], str],
           json_path: Path | None) -> None:
    """Print the table, then ``line(row)`` indented under it for each row; write the rows to
    ``json_path`` if one is given."""
    print(table(rows))
    for r in rows:
        print(f"  {line(r)}")
    if json_path:
        json_path.write_text(json.dumps(rows, indent=1))
