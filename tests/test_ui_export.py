"""The Export screen: the manifests workbook and PDF of the copy chosen, one flight's
manifest previewed and printed, every export and print recorded in the audit log."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import AuditEntry
from planner.export import Copy, export_manifests, layout, read_manifests
from tests.test_ui_results import solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, answer_print_dialog, print_from_preview
from ui.main_window import MainWindow
from ui.pages.export_page import ExportPage
from ui.printing import ManifestPreviewDialog, page_layout, paint_sheets, render_pdf


def export_page(window: MainWindow) -> ExportPage:
    page = window.pages["export"]
    assert isinstance(page, ExportPage)
    window.show_page("export")
    return page


def exports(operation: Operation) -> list[tuple[str | None, dict[str, Any]]]:
    with operation.session() as session:
        return [(e.recipient, e.details) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id))]


def test_without_a_plan_the_screen_says_what_to_do(window: MainWindow) -> None:
    page = export_page(window)
    assert page.empty.isVisible() and not page.workbook_button.isEnabled()


@pytest.mark.parametrize("copy", [Copy.EMBASSY, Copy.AIRLINE])
def test_the_manifests_workbook_and_pdf_of_the_chosen_copy(
        qtbot: Any, qtmodeltester: Any, window: MainWindow, answers: Answers,
        demo_operation: Operation, tmp_path: Path, copy: Copy) -> None:
    solve(window)
    page = export_page(window)
    page.set_copy(copy)
    assert page.copy() is copy
    assert page.flights.rowCount() > 0 and page.passengers.rowCount() > 0
    qtmodeltester.check(page.flights)
    qtmodeltester.check(page.passengers)
    answers.save_file = tmp_path / "manifests"
    qtbot.mouseClick(page.workbook_button, Qt.MouseButton.LeftButton)
    book = load_workbook(tmp_path / "manifests.xlsx", read_only=True)
    names = book.sheetnames
    flights = page.flights.rowCount()
    if copy is Copy.EMBASSY:  # also shelters, appointments, persons left behind
        assert "Summary" in names and len(names) > flights + 1
    else:  # the flights only, and their summary
        assert "Summary" in names and len(names) == flights + 1
    answers.save_file = tmp_path / "manifests.pdf"
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "manifests.pdf").read_bytes()[:5] == b"%PDF-"
    assert answers.asked[-1][0] == "inform" and "saved to" in answers.asked[-1][1]
    audited = exports(demo_operation)
    assert [d["format"] for _r, d in audited] == ["xlsx", "pdf"]
    assert {d["copy"] for _r, d in audited} == {copy.value}


def test_airline_copy_shows_assistance_codes_not_the_embassy_words(
        window: MainWindow) -> None:
    solve(window)
    page = export_page(window)
    needs_column = page.passengers.columnCount() - 1
    for row in range(page.flights.rowCount()):
        page.flight_view.select_row(row)
        page.set_copy(Copy.EMBASSY)
        embassy = [page.passengers.data(page.passengers.index(r, needs_column))
                   for r in range(page.passengers.rowCount())]
        if any(embassy):
            page.set_copy(Copy.AIRLINE)
            airline = [page.passengers.data(page.passengers.index(r, needs_column))
                       for r in range(page.passengers.rowCount())]
            codes = {"MEDA", "WCHR", "PREG", "UMNR", "INFT"}
            assert all(set(a.split()) <= codes for a in airline)
            assert [bool(a) for a in airline] == [bool(e) for e in embassy]
            assert "Airline and immigration copy" in page.flight_title.text()
            return
    pytest.skip("no passenger with special needs in this demo")


def test_one_flight_is_previewed_and_printed_and_both_are_audited(
        qtbot: Any, window: MainWindow, answers: Answers, demo_operation: Operation,
        tmp_path: Path) -> None:
    solve(window)
    page = export_page(window)
    page.flight_view.select_row(0)
    key = page.current_flight_key()
    assert key is not None
    pages: list[int] = []

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ManifestPreviewDialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()
        pages.append(widget.pageCount())
        print_from_preview(dialog, tmp_path / "from-preview.pdf")  # the officer printed

    answers.dialog = preview
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert pages and pages[0] >= 1
    assert (tmp_path / "from-preview.pdf").read_bytes()[:5] == b"%PDF-"
    printed = tmp_path / "printed.pdf"

    def print_it(dialog: QDialog) -> None:
        answer_print_dialog(dialog, printed)  # to a file: no printer is installed here

    answers.dialog = print_it
    page.set_copy(Copy.AIRLINE)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed.read_bytes()[:5] == b"%PDF-"
    audited = exports(demo_operation)
    assert [(d["format"], d["copy"], d["flight_keys"]) for _r, d in audited] == [
        ("print", "embassy", [key]), ("print", "airline", [key])]
    assert audited[1][0] == "airline and immigration"
    # A single flight as PDF.
    answers.save_file = tmp_path / "one.pdf"
    qtbot.mouseClick(page.flight_pdf_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "one.pdf").exists()
    assert exports(demo_operation)[-1][1]["flight_keys"] == [key]
    # The embassy copy's preview is what `evacplan export OUT.pdf --flight KEY` writes: the
    # manifest and its pick-up list, none of the operation's shelters or persons left behind.
    command = tmp_path / "command.pdf"
    export_manifests(demo_operation, command, flights=[key], renderer=render_pdf)
    count = re.search(rb"/Count (\d+)", command.read_bytes())
    assert count is not None and pages[0] == int(count.group(1))
    with demo_operation.session() as session:
        full = read_manifests(session)
    manifest = [s for s in layout.sheets(full) if s.flight == key]
    assert len(manifest) == 1 and manifest[0].name == key
    writer = QPdfWriter(str(tmp_path / "manifest.pdf"))
    writer.setPageLayout(page_layout())
    assert pages[0] > paint_sheets(writer, manifest, full)
