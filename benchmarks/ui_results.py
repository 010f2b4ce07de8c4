"""Solving from the desktop program, and how long the Results and Export screens take to
read and show a plan, by operation size.

    python benchmarks/ui_results.py [--people 2200 20000] [--time-limit 60]
        [--what solve screens] [--db OPERATION.sqlite] [--json OUT.json]

``solve`` (issue 8): the main window is opened offscreen on the demo operation of that size
(or a copy of ``--db``), and the Plan screen's Solve button is pressed as an officer
would; the figures are the time to the first progress report on the screen, the time
until the plan is stored and shown, the longest the window went without answering its
timer while the planner ran, and, in a second solve, how long Cancel takes to answer
when pressed half-way through. Wall time with the CPU time of the whole process (every
thread, and the solver's process once it ended) beside it, the load average, the desktop
process's peak memory and, apart, that of the solver's process (planner.planning.child).

The plan the desktop stored is then checked by the validators of SPEC 3.1 (``violations``,
after the peaks are read).

``screens``: a demo operation is made and solved (the solve is not timed), then the
figures are the wall times of what the screens do. The reads run on a worker thread in
the program; the model filling and chart painting run on the GUI thread, so those must
stay short.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
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
from ui.preferences import Preferences  # noqa: E402
from ui.tasks import ThreadPoolTaskRunner  # noqa: E402
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


class Clock:
    """Wall and CPU seconds (every thread of the process) since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), self._cpu()

    @staticmethod
    def _cpu() -> float:
        # the solver's process too, once it has ended (it runs apart: planner.planning.child)
        times = psutil.Process().cpu_times()
        return times.user + times.system + times.children_user + times.children_system

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, self._cpu() - self.cpu


def peak_memory_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return psutil.Process().memory_info().rss / 2**20


def _operation_file(folder: Path, people: int, db: Path | None) -> Path:
    path = folder / "bench.sqlite"
    if db is not None and db.exists():
        shutil.copyfile(db, path)
    else:
        operation = open_operation(path, create=True)
        with operation.session() as session:
            demo.create(session, people, seed=1)
        operation.close()
    return path


def _violations(operation, plan_id: int) -> int:  # type: ignore[no-untyped-def]
    """The violations of SPEC 3.1 the validators find in the plan the desktop stored."""
    from planner.db.models import Plan
    from planner.planning.problem_builder import build_problem
    from planner.planning.reading import load_assignment
    from solvers.validate import released_pin_ids, validate

    with operation.session() as session:
        plan = session.get(Plan, plan_id)
        assert plan is not None
        return len(validate(build_problem(session).problem, load_assignment(session, plan_id),
                            released_pin_ids(plan.conflicts)))


def measure_solve(people: int, time_limit: float, db: Path | None) -> list[dict[str, object]]:
    """Solve and cancel from the Plan screen of the main window; one row per figure."""
    from ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        path = _operation_file(Path(folder), people, db)
        preferences = Preferences(QSettings(str(Path(folder) / "p.ini"),
                                            QSettings.Format.IniFormat))
        operation = open_operation(path)
        window = MainWindow(operation, preferences=preferences, tasks=ThreadPoolTaskRunner())
        window.detached = True
        window.resize(1400, 860)
        window.show()
        persons = window.context.stores.persons

        def idle() -> None:  # the screens' reads after opening or after a plan
            while (window.context.tasks.running or persons.rules is None
                   or not page.solve_button.isEnabled()):  # type: ignore[attr-defined]
                app.processEvents()
                time.sleep(0.005)
            start = persons.rules.start  # the operation's plan start, as solve.py plans
            page.start_edit.set_value(start)  # type: ignore[attr-defined]

        window.show_page("plan")
        page = window.pages["plan"]
        page.limit_spin.setValue(int(time_limit))  # type: ignore[attr-defined]
        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(20)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def run(cancel_after: float | None) -> dict[str, object]:
            figures: dict[str, object] = {}
            idle()
            clock = Clock()
            heartbeat.start()
            page.solve_button.click()  # type: ignore[attr-defined]
            if not page.running:  # type: ignore[attr-defined]
                raise SystemExit("the Solve button did not start the planner")
            page.task.partial_result.connect(  # type: ignore[attr-defined]
                lambda _p: figures.setdefault("first_progress", clock.read()))
            cancelled_at = None
            while page.running:  # type: ignore[attr-defined]
                app.processEvents()
                time.sleep(0.002)
                if (cancel_after is not None and cancelled_at is None
                        and clock.read()[0] >= cancel_after):
                    cancelled_at = clock.read()
                    page.cancel_button.click()  # type: ignore[attr-defined]
            app.processEvents()
            window.grab()  # the outcome, painted
            figures["done"] = clock.read()
            heartbeat.stop()
            gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
            figures["longest_gap"] = max(gaps, default=0.0)
            ticks.clear()
            figures["cancelled_at"] = cancelled_at
            figures["summary"] = page.last_summary  # type: ignore[attr-defined]
            return figures

        load = os.getloadavg()[0]
        solved = run(None)
        summary = solved["summary"]
        if summary is None or summary.status not in ("optimal", "feasible"):  # type: ignore[attr-defined]
            raise SystemExit(f"the desktop solve made no plan ({summary})")
        plan_wall = solved["done"][0]  # type: ignore[index]
        page.last_summary = None  # type: ignore[attr-defined]
        stopped = run(plan_wall / 2)
        load = max(load, os.getloadavg()[0])
        window.close()
        peaks = (round(peak_memory_mib()),
                 round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
        violations = _violations(operation, summary.plan_id)  # type: ignore[attr-defined]
        operation.close()
    value = summary.objectives.get("flown_weight")  # type: ignore[attr-defined]
    bound = summary.bounds.get("flown_weight", value)  # type: ignore[attr-defined]
    gap = "0 (proven)" if summary.objective_status.get("flown_weight") == "optimal" \
        else f"{100 * (bound - value) / bound:.3f} %" if bound else "-"  # type: ignore[attr-defined]
    first = solved.get("first_progress", (float("nan"), float("nan")))
    done = solved["done"]
    if stopped["cancelled_at"] is None:
        raise SystemExit(f"the second solve ended before Cancel was pressed ({solved}, {stopped})")
    answer = (stopped["done"][0] - stopped["cancelled_at"][0],  # type: ignore[index]
              stopped["done"][1] - stopped["cancelled_at"][1])  # type: ignore[index]
    kept = stopped["summary"]
    base = {"persons": people, "database": "SQLite", "load": round(load, 1),
            "peak_mib": peaks[0], "solver_peak_mib": peaks[1], "violations": violations}
    return [
        {**base, "benchmark": "desktop solve: first progress report on the screen",
         "wall_s": round(first[0], 2), "cpu_s": round(first[1], 2)},  # type: ignore[index]
        {**base, "benchmark": f"desktop solve: plan stored and shown ({summary.status}, "  # type: ignore[attr-defined]
         f"window's longest pause {solved['longest_gap']:.2f} s)",
         "wall_s": round(done[0], 2), "cpu_s": round(done[1], 2), "gap": gap,  # type: ignore[index]
         "status": summary.status, "pause_s": round(solved["longest_gap"], 2)},  # type: ignore[attr-defined, arg-type]
        {**base, "benchmark": f"desktop solve: Cancel pressed at {stopped['cancelled_at'][0]:.0f} s "  # type: ignore[index]
         f"answers ({'kept plan ' + kept.status if kept else 'nothing stored'}; window's "  # type: ignore[attr-defined]
         f"longest pause {stopped['longest_gap']:.2f} s)",
         "wall_s": round(answer[0], 2), "cpu_s": round(answer[1], 2)},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[2200, 20000])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--what", nargs="+", choices=("solve", "screens"),
                        default=["solve", "screens"])
    parser.add_argument("--db", type=Path, help="an operation file to copy for the solve "
                        "(one size): made from the demo when it does not exist")
    parser.add_argument("--json", type=Path, help="also write the solve figures as JSON rows")
    args = parser.parse_args()
    application()
    rows: list[dict[str, object]] = []
    for people in args.people:
        print(f"{people:,} persons (load average {os.getloadavg()[0]:.1f}, "
              f"{os.cpu_count()} cores)", flush=True)
        if "solve" in args.what:
            for row in measure_solve(people, args.time_limit, args.db):
                rows.append(row)
                print(f"  {row['benchmark']:<55} {row['wall_s']:8.2f} s (CPU {row['cpu_s']:.2f} s)"
                      f"{'  gap ' + str(row['gap']) if 'gap' in row else ''}, peak "
                      f"{row['peak_mib']} MiB (the solver's process {row['solver_peak_mib']} "
                      f"MiB), load {row['load']}, violations {row['violations']}", flush=True)
        if "screens" in args.what:
            for label, seconds in measure(people, args.time_limit).items():
                print(f"  {label:<55} {seconds:8.3f} s", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
