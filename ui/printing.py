"""Printing the manifests with Qt: the PDF of ``evacplan export OUT.pdf`` and the print preview.

Both draw the same ``planner.export.layout`` sheets with one painter routine on a paged
paint device (``QPdfWriter`` or ``QPrinter``): A4 landscape, the page header (operation,
copy), the sheet's title block and its column headers on every page, rows that never
split across pages, totals and the signature block kept together at the end, and
"Page x of y" of the sheet in the footer. Columns take the page width in proportion to
the widths the workbook uses; the body font is sized so that the widest table still reads.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from planner.db import Operation
from planner.errors import PlannerError
from planner.export import layout
from planner.export.copies import for_copy
from planner.export.layout import Kind, Sheet
from planner.export.model import Copy, ManifestDocument
from planner.export.plan_reader import read_manifests
from planner.protection import audit

MARGIN_MM = 10.0
PDF_RESOLUTION = 300
FONT_FAMILIES = ["Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"]
#: The workbook's body font; row heights in the layout are for this size.
WORKBOOK_POINTS = 10.0
#: One workbook width unit is about this many times the body font size, in points.
WIDTH_UNIT_EM = 0.55
VCENTER = int(Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft) | VCENTER
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight) | VCENTER
#: Lines under a table (totals, signatures) get room to write by hand.
AFTER_SPACING = 1.6
GRID = QColor(128, 128, 128)
HEADER_FILL = QColor(217, 217, 217)

_application: QApplication | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def page_layout() -> QPageLayout:
    """A4 landscape with 10 mm margins, the page of every manifest."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass
class _Page:
    rows: list[int] = field(default_factory=list)
    #: Indexes into the sheet's after-lines (or [-1] for the empty-table line).
    lines: list[int] = field(default_factory=list)


class _SheetPainter:
    """Lays out one sheet on pages of a device, then draws them."""

    def __init__(self, device: QPagedPaintDevice, sheet: Sheet, header: tuple[str, str],
                 footer_left: str) -> None:
        self.device = device
        self.sheet = sheet
        self.header = header
        self.footer_left = footer_left
        dpi = device.logicalDpiX()  # the resolution of a PDF writer or printer
        rect = device.pageLayout().paintRectPixels(dpi)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.px_per_pt = dpi / 72.0
        width_pt = self.width / self.px_per_pt
        body_pt = max(6.0, min(10.0, width_pt / (sheet.width * WIDTH_UNIT_EM)))
        self.body = _font(body_pt)
        self.small = _font(7.5)
        self.small_bold = _font(7.5, bold=True)
        self.title_font = _font(13.0, bold=True)
        self.line_font = _font(8.5)
        self.line_bold = _font(8.5, bold=True)
        self.pad = 2.0 * self.px_per_pt
        self.grid_pen = QPen(GRID)
        self.grid_pen.setWidthF(0.5 * self.px_per_pt)
        self.columns = [self.width * c.width / sheet.width for c in sheet.columns]
        self.lefts = [sum(self.columns[:i]) for i in range(len(self.columns))]
        self.right_aligned = [c.kind is Kind.NUMBER for c in sheet.columns]
        self.min_row = (sheet.row_height or 0.0) * self.px_per_pt * body_pt / WORKBOOK_POINTS
        self._metrics: dict[int, QFontMetricsF] = {}
        self.body_metrics = self.metrics(self.body)
        self.texts = [[layout.format_value(v) for v in row] for row in sheet.rows]
        self._fit_unwrapped_columns()
        self.row_heights: list[float] = []
        #: How each body cell is set: 0 on one line, else the flags that wrap it.
        self.cell_flags: list[list[int]] = []
        for texts in self.texts:
            height, flags = self._measure_row(texts)
            self.row_heights.append(height)
            self.cell_flags.append(flags)
        self.band = self.metrics(self.small).height() * 1.8
        self.header_fonts = [self._fitting_bold(c.header, w - 2 * self.pad, body_pt)
                             for c, w in zip(sheet.columns, self.columns, strict=True)]
        self.header_height = max(
            self._text_height(c.header, f, w - 2 * self.pad)
            for c, f, w in zip(sheet.columns, self.header_fonts, self.columns, strict=True)
        ) + 2 * self.pad
        self.title_height = self._title_block_height()
        self.line_heights = [self._line_height(text, i == 0) * AFTER_SPACING
                             for i, text in enumerate(sheet.after)]
        self.pages = self._paginate()

    def _fit_unwrapped_columns(self) -> None:
        """Columns that must not wrap (case numbers, dates, document numbers) get the width
        of their widest value in the font actually used, taken from the columns that wrap
        (names, needs, notes) as far as those keep half their width: the workbook's widths
        are in characters of its own font, and a wider font broke "C-000029" and
        "1950-12-12" one character from their end."""
        columns = self.sheet.columns
        needs = [0.0] * len(columns)
        for index, column in enumerate(columns):
            if column.wrap:
                continue
            widest = max((self.body_metrics.horizontalAdvance(row[index])
                          for row in self.texts if "\n" not in row[index]), default=0.0)
            needs[index] = widest + 2 * self.pad + 1.0
        short = sum(max(0.0, need - width) for need, width in zip(needs, self.columns,
                                                                   strict=True))
        wrapping = [i for i, column in enumerate(columns) if column.wrap]
        spare = sum(self.columns[i] for i in wrapping) / 2
        if short <= 0 or not wrapping:
            return
        take = min(short, spare)
        scale = take / short
        pool = sum(self.columns[i] for i in wrapping)
        for index, need in enumerate(needs):
            if need > self.columns[index]:
                self.columns[index] += (need - self.columns[index]) * scale
        for index in wrapping:
            self.columns[index] -= take * self.columns[index] / pool
        self.lefts = [sum(self.columns[:i]) for i in range(len(self.columns))]

    # --- measuring -----------------------------------------------------------------------

    def metrics(self, font: QFont) -> QFontMetricsF:
        key = id(font)  # only fonts that live as long as the painter come here
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = QFontMetricsF(font, self.device)
        return found

    def _measure(self, text: str, font: QFont, width: float) -> tuple[float, int]:
        """The height of ``text`` set ``width`` wide, and the flags that wrap it (0: one line)."""
        metrics = self.metrics(font)
        if not text or ("\n" not in text and metrics.horizontalAdvance(text) <= width):
            return metrics.height(), 0
        longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0)
        wrap = Qt.TextFlag.TextWrapAnywhere if longest > width else Qt.TextFlag.TextWordWrap
        flags = int(wrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height(), flags

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        return self._measure(text, font, width)[0]

    def _fitting_bold(self, text: str, width: float, points: float) -> QFont:
        """The bold font, made smaller until the longest word of ``text`` fits ``width``."""
        font = _font(points, bold=True)
        while points > 5.0:
            metrics = QFontMetricsF(font, self.device)  # not cached: the font is temporary
            if max(metrics.horizontalAdvance(w) for w in text.split() or [""]) <= width:
                break
            points -= 0.25
            font = _font(points, bold=True)
        return font

    def _measure_row(self, texts: Sequence[str]) -> tuple[float, list[int]]:
        tallest, flags = 0.0, []
        for text, width in zip(texts, self.columns, strict=True):
            height, flag = self._measure(text, self.body, width - 2 * self.pad)
            tallest = max(tallest, height)
            flags.append(flag)
        return max(self.min_row, tallest + 2 * self.pad), flags

    def _line_height(self, text: str, bold: bool) -> float:
        font = self.line_bold if bold else self.line_font
        return self._text_height(text or " ", font, self.width) + 2 * self.pad

    def _title_block_height(self) -> float:
        height = self.metrics(self.title_font).height() + self.pad
        for index, text in enumerate(self.sheet.lines):
            height += self._line_height(text, index == 0)
        return height + self.pad

    # --- pages ---------------------------------------------------------------------------

    @property
    def body_top(self) -> float:
        return self.band + self.title_height + self.header_height

    @property
    def body_bottom(self) -> float:
        return self.height - self.band

    def _paginate(self) -> list[_Page]:
        space = self.body_bottom - self.body_top
        pages = [_Page()]
        used = 0.0
        for index, height in enumerate(self.row_heights):
            if used + height > space and pages[-1].rows:
                pages.append(_Page())
                used = 0.0
            pages[-1].rows.append(index)
            used += height
        lines = list(range(len(self.sheet.after)))
        heights = list(self.line_heights)
        if not self.sheet.rows:
            lines.insert(0, -1)
            heights.insert(0, self._line_height(self.sheet.empty_text, False))
        block = sum(heights) + self.pad * 2
        if used + block > space and block <= space:
            # Keep totals and signatures together, with the last row for company.
            carried = pages[-1].rows[-1:] if len(pages[-1].rows) > 1 else []
            del pages[-1].rows[len(pages[-1].rows) - len(carried):]
            pages.append(_Page(rows=carried))
            used = sum(self.row_heights[i] for i in carried)
        for line, height in zip(lines, heights, strict=True):
            if used + height > space and (pages[-1].rows or pages[-1].lines):
                pages.append(_Page())
                used = 0.0
            pages[-1].lines.append(line)
            used += height
        return pages

    # --- drawing -------------------------------------------------------------------------

    def draw(self, painter: QPainter, start_new_page: bool) -> bool:
        """Draw every page; return whether anything was drawn (the device then has a page)."""
        for number, page in enumerate(self.pages, 1):
            if start_new_page and not self.device.newPage():
                raise PlannerError.of("printer_refused_page")
            start_new_page = True
            self._draw_page(painter, page, number)
        return bool(self.pages)

    def _draw_text(self, painter: QPainter, rect: QRectF, text: str, font: QFont,
                   align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                   wrap: int | None = None) -> None:
        """Draw ``text`` in ``rect``; ``wrap`` from the layout, or measured here when None."""
        if not text:
            return
        painter.setFont(font)
        if wrap is None:
            wrap = self._measure(text, font, rect.width())[1]
        painter.drawText(rect, int(align) | VCENTER | wrap, text)

    def _draw_page(self, painter: QPainter, page: _Page, number: int) -> None:
        sheet, width, pad = self.sheet, self.width, self.pad
        left_text, right_text = self.header
        band = QRectF(0, 0, width, self.band * 0.8)
        self._draw_text(painter, band, left_text, self.small)
        self._draw_text(painter, band, right_text, self.small_bold, Qt.AlignmentFlag.AlignRight)
        y = self.band
        title_h = self.metrics(self.title_font).height()
        self._draw_text(painter, QRectF(0, y, width, title_h), sheet.title, self.title_font)
        y += title_h + pad
        for index, text in enumerate(sheet.lines):
            height = self._line_height(text, index == 0)
            self._draw_text(painter, QRectF(0, y, width, height), text,
                            self.line_bold if index == 0 else self.line_font)
            y += height
        y = self._draw_table(painter, self.band + self.title_height, page.rows)
        if page.lines:
            y += pad * 2
        for line in page.lines:
            text = sheet.empty_text if line < 0 else sheet.after[line]
            bold = line == 0 and bool(sheet.rows)
            height = self._line_height(text, bold) * (1.0 if line < 0 else AFTER_SPACING)
            self._draw_text(painter, QRectF(0, y, width, height), text,
                            self.line_bold if bold else self.line_font)
            y += height
        foot = QRectF(0, self.height - self.band * 0.8, width, self.band * 0.8)
        self._draw_text(painter, foot, self.footer_left, self.small)
        pages = tr("Page {page} of {pages}").format(page=number, pages=len(self.pages))
        self._draw_text(painter, foot, pages, self.small, Qt.AlignmentFlag.AlignHCenter)
        self._draw_text(painter, foot, sheet.name, self.small, Qt.AlignmentFlag.AlignRight)

    def _draw_table(self, painter: QPainter, top: float, rows: Sequence[int]) -> float:
        """The header row and ``rows`` from ``top``, then the grid over them; return the end."""
        width, pad = self.width, self.pad
        painter.fillRect(QRectF(0, top, width, self.header_height), HEADER_FILL)
        painter.setPen(Qt.GlobalColor.black)
        for left, column_width, column, font in zip(
                self.lefts, self.columns, self.sheet.columns, self.header_fonts, strict=True):
            cell = QRectF(left + pad, top + pad, column_width - 2 * pad,
                          self.header_height - 2 * pad)
            self._draw_text(painter, cell, column.header, font, Qt.AlignmentFlag.AlignHCenter)
        lines = [top, top + self.header_height]
        y = lines[-1]
        painter.setFont(self.body)
        ascent, descent = self.body_metrics.ascent(), self.body_metrics.descent()
        for index in rows:
            height = self.row_heights[index]
            baseline = y + height / 2 + (ascent - descent) / 2
            for number, text in enumerate(self.texts[index]):
                if not text:
                    continue
                left, column_width = self.lefts[number], self.columns[number]
                wrap = self.cell_flags[index][number]
                right = self.right_aligned[number]
                if wrap:
                    cell = QRectF(left + pad, y + pad, column_width - 2 * pad, height - 2 * pad)
                    painter.drawText(cell, (ALIGN_RIGHT if right else ALIGN_LEFT) | wrap, text)
                elif right:
                    advance = self.body_metrics.horizontalAdvance(text)
                    painter.drawText(QPointF(left + column_width - pad - advance, baseline), text)
                else:
                    painter.drawText(QPointF(left + pad, baseline), text)
            y += height
            lines.append(y)
        painter.setPen(self.grid_pen)
        for line in lines:
            painter.drawLine(QPointF(0, line), QPointF(width, line))
        for left in [*self.lefts, width]:
            painter.drawLine(QPointF(left, top), QPointF(left, y))
        painter.setPen(Qt.GlobalColor.black)
        return y

def paint_sheets(device: QPagedPaintDevice, sheets: Sequence[Sheet],
                 document: ManifestDocument) -> int:
    """Draw ``sheets`` of ``document`` on ``device``, each from a new page; return the pages."""
    header = layout.page_header(document)
    footer = layout.page_footer_left(document)
    painter = QPainter()
    if not painter.begin(device):
        raise PlannerError.of("printer_unavailable")
    pages = 0
    try:
        started = False
        for sheet in sheets:
            sheet_painter = _SheetPainter(device, sheet, header, footer)
            started = sheet_painter.draw(painter, started) or started
            pages += len(sheet_painter.pages)
    finally:
        painter.end()
    return pages


def manifest_sheets(document: ManifestDocument, *, flights_only: bool = False) -> list[Sheet]:
    """The sheets to print: all of them, or only the flight manifests."""
    sheets = layout.sheets(document)
    return [s for s in sheets if s.flight is not None] if flights_only else sheets


def _ensure_application() -> None:
    """QPdfWriter needs a GUI application for fonts; the command line has none.

    A widgets application, so that the desktop program (or a test) can still open
    windows in the same process afterwards.
    """
    global _application
    if QCoreApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QApplication([sys.argv[0] if sys.argv else "evacplan"])


def render_pdf(document: ManifestDocument, path: Path) -> list[str]:
    """Write every sheet of ``document`` to the PDF file ``path`` (the ``pdf`` renderer)."""
    _ensure_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setCreator("evacplan")
    writer.setTitle(f"Flight manifests, plan {document.plan_id} - {document.copy.heading}")
    paint_sheets(writer, manifest_sheets(document), document)
    return []


class ManifestPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a manifest document, drawn by the same routine as the PDF.

    Holds its high-resolution printer: the dialog only borrows the one it is given.
    """

    def __init__(self, document: ManifestDocument, parent: QWidget | None = None, *,
                 flights_only: bool = True) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(f"Manifests plan {document.plan_id}")
        super().__init__(printer, parent)
        self.manifest_printer = printer
        self.document = document
        self.sheets = manifest_sheets(document, flights_only=flights_only)
        self.setWindowTitle(tr("Print preview - {copy}").format(copy=document.copy.heading))
        self.paintRequested.connect(self._paint)

    def _paint(self, device: QPrinter) -> None:
        paint_sheets(device, self.sheets, self.document)


def print_preview_dialog(document: ManifestDocument, parent: QWidget | None = None, *,
                         flights_only: bool = True) -> ManifestPreviewDialog:
    """The print preview of ``document`` (by default its flight manifests only), not shown."""
    return ManifestPreviewDialog(document, parent, flights_only=flights_only)


def preview_flight_manifest(
    operation: Operation,
    flight_key: str,
    *,
    plan_id: int | None = None,
    copy: Copy = Copy.EMBASSY,
    parent: QWidget | None = None,
) -> bool:
    """Show the print preview of one flight's manifest; audit it if the officer prints.

    ``flight_key`` is the flight number, a space and the date (``"QZ 8205 2026-03-05"``);
    ``plan_id`` None means the published plan, else the latest. Returns whether it printed.
    """
    with operation.session() as session:
        document = for_copy(read_manifests(session, plan_id, flights=[flight_key]), copy)
    dialog = print_preview_dialog(document, parent)
    printed = dialog.exec() == QDialog.DialogCode.Accepted
    if printed:
        with operation.session() as session:
            details = {"copy": copy.value, "format": "print", "flight_keys": [flight_key],
                       **document.counts()}
            audit.record(session, "export", "plan", str(document.plan_id), details,
                         recipient=copy.audience)
    return printed
