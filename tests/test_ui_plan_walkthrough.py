"""The ten-minute walk of issue 6, through the real widgets, in English and in Indonesian.

An officer opens an operation (a demo of about 200 persons), drops a ministry workbook on
the window and imports its valid rows, plans, sees who is left behind and why, publishes,
cancels a flight in the Flights screen, plans again against the published plan and sees
who moved and why, publishes that, and previews and prints one flight's manifest. The
background work runs on the real thread pool; the test waits for it as an officer would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner import demo
from planner.db import open_operation
from planner.db.models import AuditEntry, Flight, Plan
from tests.ministry_workbook import write_ministry_workbook
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import (
    Answers,
    answer_print_dialog,
    click_row,
    close_with_escape,
    open_tab,
    shortcut,
    tick,
    type_text,
)
from ui.main_window import MainWindow
from ui.messages import reason_text
from ui.pages.export_page import ExportPage
from ui.pages.import_page import CHECK, DONE, ImportPage
from ui.pages.plan_page import PlanPage
from ui.pages.results_page import ResultsPage
from ui.preferences import Preferences
from ui.printing import ManifestPreviewDialog
from ui.tasks import ThreadPoolTaskRunner

WAIT_MS = 120_000


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_an_officer_imports_plans_replans_after_a_cancellation_and_prints(
        qtbot: Any, tmp_path: Path, preferences: Preferences, answers: Answers,
        language: str) -> None:
    path = tmp_path / "operation.sqlite"
    operation = open_operation(path, create=True)
    with operation.session() as session:
        demo.create(session, 200, seed=4)
    operation.close()
    workbook = write_ministry_workbook(tmp_path / "daftar wni.xlsx", persons=40, bad_rows=2)

    window = MainWindow(None, preferences=preferences, tasks=ThreadPoolTaskRunner())
    qtbot.addWidget(window)
    window.show()

    def idle() -> None:
        stores = window.context.stores.all()
        qtbot.waitUntil(lambda: not window.context.tasks.running
                        and all(store.loaded for store in stores), timeout=WAIT_MS)

    # 1. Open the operation.
    answers.open_file = path
    shortcut(window, window.actions_by_name["open_operation"])
    qtbot.waitUntil(lambda: window.operation is not None, timeout=WAIT_MS)
    idle()
    roster = window.pages["roster"]
    assert roster.model.rowCount() == 200  # type: ignore[attr-defined]
    if language == "id":
        assert window.pages["results"].title() != "Results"
        assert window.sidebar.item(0).text() != "RECORDS"

    # 2. Drop the ministry's workbook on the window, check it, import the valid rows.
    window.handle_dropped([workbook])
    importing = window.pages["import"]
    assert isinstance(importing, ImportPage) and window.current_page() is importing
    qtbot.waitUntil(lambda: importing.stack.currentIndex() == CHECK, timeout=WAIT_MS)
    check = importing.check_step
    assert check.problems.rowCount() == 2  # every problem, by row
    assert not check.import_button.isEnabled()
    tick(check.skip_check)
    click(qtbot, check.import_button)
    qtbot.waitUntil(lambda: importing.stack.currentIndex() == DONE, timeout=WAIT_MS)
    idle()
    assert roster.model.rowCount() == 240  # type: ignore[attr-defined]

    # 3. Plan.
    click(qtbot, importing.done_step.plan_button)
    planning = window.pages["plan"]
    assert isinstance(planning, PlanPage) and window.current_page() is planning
    type_text(planning.limit_spin, "30")
    click(qtbot, planning.solve_button)
    qtbot.waitUntil(lambda: not planning.running, timeout=WAIT_MS)
    first = planning.last_summary
    assert first is not None and first.persons == 240

    # 4. See who is left behind and why.
    click(qtbot, planning.results_button)
    results = window.pages["results"]
    assert isinstance(results, ResultsPage) and window.current_page() is results
    qtbot.waitUntil(lambda: results.overview is not None
                    and results.overview.plan_id == first.plan_id, timeout=WAIT_MS)
    idle()
    open_tab(results.tabs, results.left_tab)
    left = results.left_tab.model
    assert left.rowCount() == first.left_behind > 0
    for row in range(left.rowCount()):
        household = left.record(row).household
        assert household.reasons and all(reason_text(r) for r in household.reasons)
        assert left.data(left.index(row, 5))
    answers.confirm_answer = True
    click(qtbot, results.publish_button)
    qtbot.waitUntil(lambda: results.overview is not None and results.overview.is_published,
                    timeout=WAIT_MS)
    idle()

    # 5. A flight is cancelled: the officer marks it in the Flights screen.
    busiest = max(results.overview.flights, key=lambda f: f.passengers)
    window.show_page("flights")
    flights = window.pages["flights"]
    row = flights.model.row_of_id(busiest.flight_id)  # type: ignore[attr-defined]
    assert row is not None
    click_row(flights.view, row)  # type: ignore[attr-defined]
    answers.fill_and_save({"status": "cancelled"})
    shortcut(window, window.actions_by_name["edit"])  # F2 on the chosen row
    assert answers.dialogs[-1].result() == QDialog.DialogCode.Accepted
    idle()
    with window.operation.session() as session:  # type: ignore[union-attr]
        assert session.get(Flight, busiest.flight_id).status == "cancelled"  # type: ignore[union-attr]

    # 6. Plan again, keeping the published plan's flights where possible.
    window.show_page("plan")
    assert planning.reference_check.isEnabled() and planning.reference_check.isChecked()
    click(qtbot, planning.solve_button)
    qtbot.waitUntil(lambda: not planning.running, timeout=WAIT_MS)
    second = planning.last_summary
    assert second is not None and second.plan_id != first.plan_id
    assert second.reference_plan_id == first.plan_id

    # 7. See who moved and why; publish the new plan.
    click(qtbot, planning.results_button)
    qtbot.waitUntil(lambda: results.overview is not None
                    and results.overview.plan_id == second.plan_id, timeout=WAIT_MS)
    idle()
    open_tab(results.tabs, results.changes_tab)
    moves = results.changes_tab.model
    assert moves.rowCount() >= 1
    hit = [moves.record(r) for r in range(moves.rowCount())
           if moves.record(r).move.before == busiest.key]
    assert hit and all(m.move.code == "flight_unusable" and m.text for m in hit)
    click(qtbot, results.publish_button)
    qtbot.waitUntil(lambda: results.overview is not None and results.overview.is_published,
                    timeout=WAIT_MS)
    idle()

    # 8. Print one flight's manifest: the preview, then the printer.
    window.show_page("export")
    export = window.pages["export"]
    assert isinstance(export, ExportPage)
    qtbot.waitUntil(lambda: export.document is not None
                    and export.document.plan_id == second.plan_id, timeout=WAIT_MS)
    export.flight_view.select_row(0)
    key = export.current_flight_key()
    assert key is not None and key != busiest.key

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ManifestPreviewDialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()
        assert widget.pageCount() >= 1
        close_with_escape(dialog)  # looked, did not print from the preview

    answers.dialog = preview
    click(qtbot, export.preview_button)
    printed = tmp_path / "printed.pdf"

    def print_it(dialog: QDialog) -> None:
        answer_print_dialog(dialog, printed)

    answers.dialog = print_it
    click(qtbot, export.print_button)
    idle()
    assert printed.read_bytes()[:5] == b"%PDF-"
    with window.operation.session() as session:  # type: ignore[union-attr]
        prints = session.scalars(select(AuditEntry.details).where(
            AuditEntry.action == "export")).all()
        statuses = dict(session.execute(select(Plan.id, Plan.status)).all())
    assert [p["flight_keys"] for p in prints] == [[key]]
    assert statuses[second.plan_id] in ("optimal", "feasible")
    window.close()
