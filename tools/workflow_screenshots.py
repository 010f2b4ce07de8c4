"""Screenshots of the workflow screens for ``tools/screenshots.py`` (``make screenshots``).

The same walk as the user guide (``docs/user-guide.md``): import a ministry workbook,
plan, see the results, cancel a flight and plan again, export and preview a manifest.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.planning.service import publish_plan  # noqa: E402
from planner.records.editing import RecordKind, RecordRef  # noqa: E402
from tests.importing.office_rosters import family_column_unnamed  # noqa: E402
from tests.ministry_workbook import write_ministry_workbook  # noqa: E402
from ui.app import wait_until_loaded  # noqa: E402
from ui.dialogs.changes_dialog import ChangesDialog  # noqa: E402
from ui.dialogs.record_dialogs import record_dialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.export_page import ExportPage  # noqa: E402
from ui.pages.import_page import ImportPage  # noqa: E402
from ui.pages.plan_page import PlanPage  # noqa: E402
from ui.pages.record_page import RecordPage  # noqa: E402
from ui.pages.results_page import ResultsPage  # noqa: E402
from ui.printing import print_preview_dialog  # noqa: E402

Save = Callable[[QWidget, Path, str], Path]


def _wait(condition: Callable[[], bool], timeout_s: float = 300.0) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _solve(window: MainWindow, save: Save, out: Path, mid_name: str | None) -> None:
    page = window.pages["plan"]
    assert isinstance(page, PlanPage)
    window.show_page("plan")
    page.limit_spin.setValue(60)
    page.solve()
    if mid_name is not None:  # while the planner works: its progress, live
        _wait(lambda: not page.running or page.current_objective in (
            "overflow_person_nights", "waiting_weighted_days"))
        save(window, out, mid_name)
    _wait(lambda: not page.running)
    wait_until_loaded(window)


def shoot_workflow(window: MainWindow, out: Path, suffix: str, scratch: Path,
                   save: Save) -> None:
    """Import, plan, results, re-plan after a cancellation, export and print preview."""
    context = window.context
    importing = window.pages["import"]
    results = window.pages["results"]
    flights = window.pages["flights"]
    export = window.pages["export"]
    assert isinstance(importing, ImportPage) and isinstance(results, ResultsPage)
    assert isinstance(flights, RecordPage) and isinstance(export, ExportPage)
    window.show_page("import")
    save(window, out, f"import{suffix}")
    office, _, _ = family_column_unnamed(scratch / "office", 60)  # its family column unnamed
    importing.open_file(office.path)
    wait_until_loaded(window)
    save(window, out, f"import-decide{suffix}")
    importing.restart()
    workbook = write_ministry_workbook(scratch / "daftar wni gelombang 2.xlsx", persons=60,
                                       bad_rows=3)
    importing.open_file(workbook)
    wait_until_loaded(window)
    importing.check_step.problem_view.select_row(0)
    save(window, out, f"import-check{suffix}")
    importing.check_step.skip_check.setChecked(True)
    importing.start_import()
    wait_until_loaded(window)
    save(window, out, f"import-done{suffix}")

    _solve(window, save, out, f"plan-solving{suffix}")
    save(window, out, f"plan{suffix}")
    window.show_page("results")
    wait_until_loaded(window)
    for index, name in enumerate(("flights", "shelters", "left-behind")):
        results.tabs.setCurrentIndex(index)
        if name == "left-behind":
            results.left_tab.view.select_row(0)
        save(window, out, f"results-{name}{suffix}")
    results.tabs.setCurrentWidget(results.households_tab)
    save(window, out, f"results-households{suffix}")

    # Publish, then a flight is cancelled: the officer edits it in the Flights screen.
    overview = results.overview
    assert overview is not None and context.operation is not None
    publish_plan(context.operation, overview.plan_id)
    context.data_changed.emit()
    wait_until_loaded(window)
    busiest = max(overview.flights, key=lambda f: f.passengers)
    table = context.stores.flights.table
    position = table.position_of(busiest.flight_id)
    assert position is not None
    ref = RecordRef(RecordKind.FLIGHT, busiest.flight_id, busiest.key,
                    int(table.versions[position]))
    window.show_page("flights")
    flights.view.selectRow(flights.model.row_of_id(busiest.flight_id) or 0)
    dialog = record_dialog(context, RecordKind.FLIGHT, ref)
    dialog.form.set_value("status", "cancelled")
    dialog.form.changed.emit("status")
    dialog.show()
    dialog.resize(dialog.sizeHint())
    save(dialog, out, f"flight-cancel{suffix}")
    dialog.close()
    context.edits.update(ref, {"status": "cancelled"})
    wait_until_loaded(window)
    save(window, out, f"flights-cancelled{suffix}")
    # The published plan no longer describes the operation: Results says why.
    window.show_page("results")
    wait_until_loaded(window)
    save(window, out, f"results-out-of-date{suffix}")
    assert results.results is not None and results.overview is not None
    changes = ChangesDialog(results.overview.plan_id, results.results.changes,
                            results.results.changes_total, window)
    changes.show()
    changes.resize(changes.sizeHint())
    changes.view.select_row(0)
    save(changes, out, f"changes-dialog{suffix}")
    changes.close()

    _solve(window, save, out, None)
    save(window, out, f"replan{suffix}")
    window.show_page("results")
    wait_until_loaded(window)
    results.tabs.setCurrentWidget(results.changes_tab)
    save(window, out, f"results-changes{suffix}")
    assert results.overview is not None
    publish_plan(context.operation, results.overview.plan_id)
    context.data_changed.emit()
    wait_until_loaded(window)

    window.show_page("export")
    wait_until_loaded(window)
    export.flight_view.select_row(0)
    save(window, out, f"export{suffix}")
    chosen = export.flight_document()
    assert chosen is not None
    preview = print_preview_dialog(chosen[0], window)
    preview.show()
    preview.resize(1100, 780)
    _wait(lambda: False, 1.0)
    save(preview, out, f"print-preview{suffix}")
    preview.close()
