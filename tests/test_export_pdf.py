"""The Qt rendering of the manifests: the PDF of the command line and the print preview."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import AuditEntry
from planner.demo import create as create_demo
from planner.export import Copy, export_manifests, for_copy, read_manifests
from tests.manifest_plans import NOTE_MARK, store_greedy_plan, store_small_operation
from ui.printing import manifest_sheets, preview_flight_manifest, print_preview_dialog

NOW = dt.datetime(2026, 3, 2, 8, 30)
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed; .ci/run installs it",
)


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


@pytest.fixture
def small(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        store_small_operation(session)
    return sqlite_operation


@needs_pdftotext
def test_airline_pdf_pages_carry_title_headers_and_page_numbers(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    with sqlite_operation.session() as session:
        create_demo(session, 300, seed=5)
        store_greedy_plan(session)
    out = tmp_path / "airline.pdf"
    result = export_manifests(sqlite_operation, out, copy=Copy.AIRLINE, now=NOW)
    pages = pdf_pages(out)
    assert len(pages) > result.counts["flights"] + 1, "some flights take several pages"
    numbered: dict[str, list[tuple[int, int]]] = {}
    for text in pages:
        assert "AIRLINE AND IMMIGRATION COPY" in text
        footer = re.search(r"Page (\d+) of (\d+)\s+(\S.*\S)\s*$", text)
        assert footer, text[-300:]
        numbered.setdefault(footer.group(3), []).append(
            (int(footer.group(1)), int(footer.group(2))))
        if "PASSENGER MANIFEST" in text:
            # A header may wrap in its cell (how far depends on the fonts installed).
            for header in ("No.", "Full Name", "Date of Birth", "Assistance", "Signature"):
                assert all(word in text for word in header.split()), header
        else:
            assert "FLIGHT MANIFESTS - SUMMARY" in text
    for sheet, numbers in numbered.items():
        count = len(numbers)
        assert numbers == [(n, count) for n in range(1, count + 1)], sheet
    passengers = sum(int(m) for m in re.findall(r"Total passengers: (\d+)", "".join(pages)))
    assert passengers == result.counts["passengers"]


@needs_pdftotext
def test_airline_pdf_has_no_phone_note_or_trafficking_flag(
        small: Operation, tmp_path: Path) -> None:
    out = tmp_path / "airline.pdf"
    export_manifests(small, out, copy=Copy.AIRLINE, now=NOW)
    text = "".join(pdf_pages(out))
    assert "AGUS PRATAMA" in text and "MEDA WCHR" in text
    assert NOTE_MARK not in text and "+855" not in text
    assert not re.search("traffick|victim|phone|notes", text, re.IGNORECASE)
    embassy = tmp_path / "embassy.pdf"
    export_manifests(small, embassy, now=NOW)
    text = "".join(pdf_pages(embassy))
    assert NOTE_MARK in text and "+855 97 001 401" in text and "Wisma A" in text


def test_print_preview_draws_the_flight_manifest(small: Operation, qtbot: QtBot) -> None:
    with small.session() as session:
        document = for_copy(read_manifests(session, flights=["QZ 8205 2026-03-05"]),
                            Copy.AIRLINE)
    assert [s.name for s in manifest_sheets(document, flights_only=True)] == [
        "QZ 8205 2026-03-05"]
    dialog = print_preview_dialog(document)
    qtbot.addWidget(dialog)
    painted: list[object] = []
    dialog.paintRequested.connect(painted.append)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert painted and preview.pageCount() == 1


def test_printing_from_the_preview_is_audited(
        small: Operation, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintPreviewDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    assert preview_flight_manifest(small, "GA 123 2026-03-07", copy=Copy.AIRLINE)
    monkeypatch.setattr(QPrintPreviewDialog, "exec",
                        lambda self: QDialog.DialogCode.Rejected)
    assert not preview_flight_manifest(small, "GA 123 2026-03-07")
    with small.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert [(e.recipient, e.details["format"], e.details["flight_keys"]) for e in entries] == [
        ("airline and immigration", "print", ["GA 123 2026-03-07"])]


def test_pdf_never_breaks_a_case_number_date_or_phone(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    """Columns that do not wrap (case numbers, dates, document numbers, phones) are as wide
    as their widest value in the PDF's own font: a wider font than the workbook's once
    broke "C-000029" and "1950-12-12" one character from their end on every row."""
    from PySide6.QtGui import QPdfWriter

    from ui.printing import PDF_RESOLUTION, _ensure_application, _SheetPainter, page_layout

    with sqlite_operation.session() as session:
        create_demo(session, 300, seed=5)
        store_greedy_plan(session)
        document = for_copy(read_manifests(session), Copy.EMBASSY)
    _ensure_application()
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    checked = 0
    for sheet in manifest_sheets(document, flights_only=True):
        painter = _SheetPainter(writer, sheet, ("", ""), "")
        for flags in painter.cell_flags:
            for column, flag in zip(sheet.columns, flags, strict=True):
                if not column.wrap:
                    assert flag == 0, (sheet.title, column.header)
                    checked += 1
    assert checked > 100
