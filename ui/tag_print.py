"""Drawing person tags with Qt: the PDF of ``evacplan tags``, the print preview of the
intake desk, one label or A4 sheets of labels (SPEC 8.2).

A label is 70 x 37 mm (the common A4 sheet of 3 x 8 self-adhesive labels; a label
printer takes the same size one a page): the QR code on the left, drawn module by module
as filled squares (sharp at any resolution), with its quiet zone; on the right the case
number large, the name, the household and the shelter. The QR code holds only the case
number (``planner.tags.qr_modules``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from planner.tags import QUIET_MODULES, Tag, qr_modules
from ui.i18n import tr
from ui.printing import _ensure_application, _font

LABEL_MM = QSizeF(70.0, 37.0)
COLUMNS, ROWS = 3, 8
#: The sheet's top and bottom margin: 8 rows of 37 mm on 297 mm.
SHEET_TOP_MM = (297.0 - ROWS * LABEL_MM.height()) / 2
PAD_MM = 2.5
PDF_RESOLUTION = 600


def page_layout(single: bool) -> QPageLayout:
    """One label a page, or A4 portrait without margins (the labels reach its edges)."""
    size = (QPageSize(LABEL_MM, QPageSize.Unit.Millimeter, "Tag 70 x 37 mm")
            if single else QPageSize(QPageSize.PageSizeId.A4))
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def paint_tag(painter: QPainter, rect: QRectF, tag: Tag, px_per_mm: float) -> None:
    """One label in ``rect`` (device pixels)."""
    pad = PAD_MM * px_per_mm
    inner = rect.adjusted(pad, pad, -pad, -pad)
    modules = qr_modules(tag.case_no)
    count = len(modules) + 2 * QUIET_MODULES
    side = inner.height()
    module = side / count
    painter.fillRect(QRectF(inner.left(), inner.top(), side, side), QColor("white"))
    black = QColor("black")
    for y, row in enumerate(modules):
        top = inner.top() + (y + QUIET_MODULES) * module
        for x, dark in enumerate(row):
            if dark:
                left = inner.left() + (x + QUIET_MODULES) * module
                # A hair wider than the module, so neighbours join without seams.
                painter.fillRect(QRectF(left, top, module * 1.02, module * 1.02), black)
    text = QRectF(inner.left() + side + pad * 0.4, inner.top(),
                  inner.width() - side - pad * 0.4, inner.height())
    painter.setPen(black)
    lines = [(tag.case_no, _font(11.5, bold=True)), (tag.full_name, _font(8.5, bold=True))]
    if tag.household:
        lines.append((tr("Household {code}").format(code=tag.household), _font(7)))
    if tag.shelter:
        lines.append((tag.shelter, _font(7)))
    line_top = text.top()
    for value, font in lines:
        metrics = QFontMetricsF(font, painter.device())
        painter.setFont(font)
        wrap = value is tag.full_name
        height = metrics.height() * (2 if wrap and metrics.horizontalAdvance(value)
                                     > text.width() else 1)
        box = QRectF(text.left(), line_top, text.width(), height)
        if wrap:
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                             value)
        else:
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(value, Qt.TextElideMode.ElideRight,
                                                text.width()))
        line_top += height + metrics.height() * 0.15


def paint_tags(device: QPagedPaintDevice, tags: Sequence[Tag], single: bool) -> None:
    """Every tag on ``device`` (its page layout from ``page_layout(single)``)."""
    px_per_mm = device.logicalDpiX() / 25.4
    width, height = LABEL_MM.width() * px_per_mm, LABEL_MM.height() * px_per_mm
    per_page = 1 if single else COLUMNS * ROWS
    painter = QPainter(device)
    try:
        for index, tag in enumerate(tags):
            place = index % per_page
            if index and place == 0:
                device.newPage()
            if single:
                rect = QRectF(0, 0, width, height)
            else:
                row, column = divmod(place, COLUMNS)
                rect = QRectF(column * width, SHEET_TOP_MM * px_per_mm + row * height,
                              width, height)
            paint_tag(painter, rect, tag, px_per_mm)
    finally:
        painter.end()


def render_tags_pdf(tags: Sequence[Tag], path: Path, single: bool) -> None:
    """The ``tags_pdf`` renderer: ``tags`` to the PDF file ``path``."""
    _ensure_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(single))
    writer.setCreator("evacplan")
    writer.setTitle("Tags")
    paint_tags(writer, tags, single)


def tags_preview_dialog(tags: Sequence[Tag], single: bool,
                        parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview of the tags (print from there), not shown."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(single))
    printer.setDocName("Tags")
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.tag_printer = printer  # type: ignore[attr-defined]  # the dialog only borrows it
    dialog.setWindowTitle(tr("Print tags"))
    dialog.paintRequested.connect(lambda device: paint_tags(device, tags, single))
    return dialog
