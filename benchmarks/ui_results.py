"""How long the Results and Export screens take to read and show a plan, by operation size.

    python benchmarks/ui_results.py [--people 2200 20000] [--time-limit 60]

For each size: a demo operation is made and solved (the solve is not timed here; see
benchmarks/solve.py), then the figures are the wall times of what the screens do. The
reads run on a worker thread in the program; the model filling and chart painting run on
the GUI thread, so those must stay short.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from planner import demo  # noqa: E402
from planner.db import open_operation  # noqa: E402
from planner.export.plan_reader import read_manifests  # noqa: E402
from planner.planning.insights import plan_diff  # noqa: E402
from planner.planning.overview import read_overview  # noqa: E402
from planner.planning.service import PlanningOptions, solve_and_store  # noqa: E402
from ui.app import application  # noqa: E402
from ui.models.plan_tables import household_model, left_behind_model, left_behind_rows  # noqa: E402
from ui.pages.results_tabs import flight_bars  # noqa: E402
from ui.widgets.charts import FlightLoadChart, OccupancyChart  # noqa: E402


def timed(label: str, results: dict[str, float], work):  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    value = work()
    results[label] = time.perf_counter() - began
    return value


def measure(people: int, time_limit: float) -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        operation = open_operation(Path(folder) / "bench.sqlite", create=True)
        with operation.session() as session:
            demo.create(session, people, seed=1)
        first = solve_and_store(operation, PlanningOptions(time_limit=time_limit, publish=True))
        assert first is not None
        second = solve_and_store(operation, PlanningOptions(time_limit=time_limit))
        assert second is not None
        with operation.session() as session:
            overview = timed("read plan overview (worker)", results,
                             lambda: read_overview(session, second))
        timed("difference to the published plan (worker)", results,
              lambda: plan_diff(operation, second, first))
        with operation.session() as session:
            timed("read manifests (worker)", results, lambda: read_manifests(session, second))
        left = left_behind_model()
        rows = left_behind_rows(overview.households)
        timed(f"fill left-behind table, {len(rows)} rows (GUI)", results,
              lambda: left.set_records(rows))
        timed("sort it by reason (GUI)", results,
              lambda: left.sort(5, Qt.SortOrder.AscendingOrder))
        households = household_model()
        timed(f"fill households table, {len(overview.households)} rows (GUI)", results,
              lambda: households.set_records(overview.households))
        image = QImage(1400, 400, QImage.Format.Format_ARGB32)
        chart = FlightLoadChart()
        chart.resize(1400, 300)
        chart.set_bars(flight_bars(overview.flights))
        nights = OccupancyChart()
        nights.resize(1400, 300)
        nights.set_series(overview.nights, [sum(s.used[i] for s in overview.shelters)
                                            for i in range(len(overview.nights))],
                          [sum(s.capacity[i] for s in overview.shelters)
                           for i in range(len(overview.nights))], overview.overflow_by_night)

        def paint() -> None:
            chart.render(image)
            nights.render(image)

        timed("paint both charts (GUI)", results, paint)
        operation.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[2200, 20000])
    parser.add_argument("--time-limit", type=float, default=60.0)
    args = parser.parse_args()
    application()
    for people in args.people:
        print(f"{people:,} persons")
        for label, seconds in measure(people, args.time_limit).items():
            print(f"  {label:<55} {seconds:8.3f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
