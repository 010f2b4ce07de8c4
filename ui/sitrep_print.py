"""Drawing the situation report with Qt: the PDF of ``evacplan sitrep OUT.pdf``, the printer,
and the page shown on the desktop's Situation report screen.

One routine (``paint_report``) draws the ``planner.sitrep.layout.Report`` on one A4
portrait page of any paint device (``QPdfWriter``, ``QPrinter``, a ``QImage``): the title,
two columns of tables, and the chart by day (bars for persons entering care and
departing, a line for those waiting, each with its own scale). Rows shrink together when
an operation has many shelters or flights, so the report stays one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from planner.sitrep.layout import Chart, Report, Table
from ui.printing import _ensure_application, _font

MARGIN_MM = 12.0
PDF_RESOLUTION = 300
ENTERED = QColor("#2f6fb3")
DEPARTED = QColor("#2e7d32")
WAITING = QColor("#c62828")
HEADER_FILL = QColor(217, 217, 217)
GRID = QColor(150, 150, 150)
#: Points: the body text and the row height at full size.
BODY_PT = 8.5
ROW_PT = 13.0
CHART_PT = 210.0
GAP_PT = 14.0


def _spans(values: Sequence[object]) -> bool:
    """A row that is one sentence in its first cell (\"no flights in the next 7 days\"):
    drawn across the table, and no measure of the first column's width."""
    return len(values) > 1 and all(v in ("", None) for v in values[1:])


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


class _Painter:
    """Draws one report in a rectangle of a device whose resolution is ``dpi``."""

    def __init__(self, painter: QPainter, rect: QRectF, dpi: float, report: Report) -> None:
        self.p = painter
        self.rect = rect
        self.pt = dpi / 72.0  # device pixels per point
        self.report = report

    def table_height(self, table: Table, scale: float) -> float:
        return (len(table.rows) + 2) * ROW_PT * scale * self.pt + GAP_PT * self.pt * scale

    def column_height(self, tables: Sequence[Table], scale: float) -> float:
        return sum(self.table_height(t, scale) for t in tables)

    def draw(self) -> None:
        p, pt, rect = self.p, self.pt, self.rect
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor("black"))
        top = rect.top()
        p.setFont(_font(16, bold=True))
        title_h = QFontMetricsF(p.font(), p.device()).height()
        p.drawText(QRectF(rect.left(), top, rect.width(), title_h),
                   int(Qt.AlignmentFlag.AlignLeft), self.report.title)
        top += title_h
        p.setFont(_font(9))
        sub_h = QFontMetricsF(p.font(), p.device()).height() * 1.6
        p.drawText(QRectF(rect.left(), top, rect.width(), sub_h),
                   int(Qt.AlignmentFlag.AlignLeft), self.report.subtitle)
        top += sub_h
        chart_h = CHART_PT * pt
        room = rect.bottom() - chart_h - top
        needed = max(self.column_height(self.report.left, 1.0),
                     self.column_height(self.report.right, 1.0))
        scale = min(1.0, room / needed) if needed > 0 else 1.0
        gap = GAP_PT * pt
        left_w = (rect.width() - gap) * 0.36
        right_w = rect.width() - gap - left_w
        y = top
        for table in self.report.left:
            y = self.draw_table(table, rect.left(), y, left_w, scale)
        bottom = y
        y = top
        for table in self.report.right:
            y = self.draw_table(table, rect.left() + left_w + gap, y, right_w, scale)
        bottom = max(bottom, y)
        chart_top = min(rect.bottom() - chart_h, bottom + gap)
        self.draw_chart(self.report.chart, QRectF(rect.left(), chart_top, rect.width(),
                                                  rect.bottom() - chart_top))
        p.restore()

    def draw_table(self, table: Table, x: float, y: float, width: float, scale: float) -> float:
        p, pt = self.p, self.pt
        row_h = ROW_PT * scale * pt
        pad = 2.5 * pt
        p.setFont(_font(10.5 * max(scale, 0.7), bold=True))
        p.setPen(QColor("black"))
        p.drawText(QRectF(x, y, width, row_h * 1.2), int(Qt.AlignmentFlag.AlignLeft)
                   | int(Qt.AlignmentFlag.AlignVCenter), table.title)
        y += row_h * 1.2
        body = _font(BODY_PT * scale)
        bold = _font(BODY_PT * scale, bold=True)
        widths = self.column_widths(table, width, body, bold, pad)
        lefts = [x + sum(widths[:i]) for i in range(len(widths))]
        grid = QPen(GRID)
        grid.setWidthF(0.5 * pt)

        def row(values: Sequence[object], font: QFont, fill: QColor | None, top: float) -> None:
            if fill is not None:
                p.fillRect(QRectF(x, top, width, row_h), fill)
            p.setFont(font)
            p.setPen(QColor("black"))
            if values and _spans(values):  # a sentence in place of rows: the whole width
                cell = QRectF(x + pad, top, width - 2 * pad, row_h)
                p.drawText(cell, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                           QFontMetricsF(font, p.device()).elidedText(
                               str(values[0]), Qt.TextElideMode.ElideRight, cell.width()))
                values = ()
            for index, value in enumerate(values):
                number = isinstance(value, int)
                align = (Qt.AlignmentFlag.AlignRight if index and numeric[index]
                         else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
                cell = QRectF(lefts[index] + pad, top, widths[index] - 2 * pad, row_h)
                text = f"{value:,}" if number else str(value)
                elided = QFontMetricsF(font, p.device()).elidedText(
                    text, Qt.TextElideMode.ElideRight, cell.width())
                p.drawText(cell, int(align), elided)
            p.setPen(grid)
            p.drawLine(QPointF(x, top + row_h), QPointF(x + width, top + row_h))

        numeric = [any(isinstance(r[i], int) for r in table.rows)
                   for i in range(len(table.headers))]
        row(table.headers, bold, HEADER_FILL, y)
        y += row_h
        for index, values in enumerate(table.rows):
            row(values, bold if index in table.bold_rows else body, None, y)
            y += row_h
        return y + GAP_PT * pt * scale

    def column_widths(self, table: Table, width: float, body: QFont, bold: QFont,
                      pad: float) -> list[float]:
        """Each column after the first as wide as its widest text, measured in the font it
        is drawn in (a total's bold figures are wider than the same digits in the body
        font); the first takes the rest."""
        body_m = QFontMetricsF(body, self.p.device())
        bold_m = QFontMetricsF(bold, self.p.device())
        fonts = [bold_m if index in table.bold_rows else body_m
                 for index in range(len(table.rows))]
        needs = [max([bold_m.horizontalAdvance(h)] + [
            m.horizontalAdvance(f"{r[i]:,}" if isinstance(r[i], int) else str(r[i]))
            for r, m in zip(table.rows, fonts, strict=True) if not _spans(r)]) + 2 * pad
            for i, h in enumerate(table.headers)]
        rest = sum(needs[1:])
        if needs[0] + rest > width:  # too narrow: every column shrinks in proportion
            return [n * width / (needs[0] + rest) for n in needs]
        return [width - rest, *needs[1:]]

    def draw_chart(self, chart: Chart, area: QRectF) -> None:
        p, pt = self.p, self.pt
        p.setFont(_font(10.5, bold=True))
        p.setPen(QColor("black"))
        title_h = 16 * pt
        p.drawText(QRectF(area.left(), area.top(), area.width(), title_h),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), chart.title)
        small = _font(7)
        p.setFont(small)
        metrics = QFontMetricsF(small, p.device())
        legend_y = area.top() + title_h
        x = area.left()
        for colour, (label, _values) in ((ENTERED, chart.entered), (DEPARTED, chart.departed),
                                         (WAITING, chart.waiting)):
            p.fillRect(QRectF(x, legend_y + 3 * pt, 8 * pt, 8 * pt), colour)
            p.setPen(QColor("black"))
            p.drawText(QPointF(x + 11 * pt, legend_y + 10 * pt), label)
            x += 11 * pt + metrics.horizontalAdvance(label) + 14 * pt
        axis_w = 30 * pt
        plot = QRectF(area.left() + axis_w, legend_y + 18 * pt,
                      area.width() - 2 * axis_w, area.height() - title_h - 18 * pt - 16 * pt)
        days = len(chart.days)
        if days == 0:
            return
        bar_max = max(1, *chart.entered[1], *chart.departed[1])
        wait_max = max(1, *chart.waiting[1])
        grid = QPen(GRID)
        grid.setWidthF(0.5 * pt)
        p.setPen(grid)
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.topLeft(), plot.bottomLeft())
        p.drawLine(plot.topRight(), plot.bottomRight())
        p.setPen(ENTERED.darker(130))
        p.drawText(QRectF(area.left(), plot.top() - 5 * pt, axis_w - 3 * pt, 10 * pt),
                   int(Qt.AlignmentFlag.AlignRight), f"{bar_max:,}")
        p.drawText(QRectF(area.left(), plot.bottom() - 5 * pt, axis_w - 3 * pt, 10 * pt),
                   int(Qt.AlignmentFlag.AlignRight), "0")
        p.setPen(WAITING)
        p.drawText(QRectF(plot.right() + 3 * pt, plot.top() - 5 * pt, axis_w, 10 * pt),
                   int(Qt.AlignmentFlag.AlignLeft), f"{wait_max:,}")
        p.drawText(QRectF(plot.right() + 3 * pt, plot.bottom() - 5 * pt, axis_w, 10 * pt),
                   int(Qt.AlignmentFlag.AlignLeft), "0")
        slot = plot.width() / days
        bar_w = slot * 0.36
        line: list[QPointF] = []
        for index, day in enumerate(chart.days):
            left = plot.left() + slot * index
            for offset, colour, value in ((0.1, ENTERED, chart.entered[1][index]),
                                          (0.5, DEPARTED, chart.departed[1][index])):
                height = plot.height() * value / bar_max
                p.fillRect(QRectF(left + slot * offset, plot.bottom() - height, bar_w, height),
                           colour)
            waiting = chart.waiting[1][index]
            line.append(QPointF(left + slot / 2, plot.bottom() - plot.height() * waiting
                                / wait_max))
            p.setPen(QColor("black"))
            p.drawText(QRectF(left, plot.bottom() + 2 * pt, slot, 12 * pt),
                       int(Qt.AlignmentFlag.AlignHCenter), day.strftime("%d/%m"))
        pen = QPen(WAITING)
        pen.setWidthF(1.6 * pt)
        p.setPen(pen)
        p.drawPolyline(line)


def paint_report(painter: QPainter, device: QPaintDevice, rect: QRectF, report: Report) -> None:
    _Painter(painter, rect, device.logicalDpiX(), report).draw()


def paint_on_printer(device: QPdfWriter, report: Report) -> None:
    """Draw the report on the one page of a PDF writer or printer (its page layout set)."""
    dpi = device.logicalDpiX()
    rect = QRectF(device.pageLayout().paintRectPixels(dpi))
    rect.moveTo(0, 0)
    painter = QPainter(device)
    try:
        paint_report(painter, device, rect, report)
    finally:
        painter.end()


def render_sitrep_pdf(report: Report, path: Path) -> None:
    """Write the report to the PDF file ``path`` (the ``sitrep_pdf`` renderer)."""
    _ensure_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setCreator("evacplan")
    writer.setTitle(report.title)
    paint_on_printer(writer, report)


def report_image(report: Report, dpi: int = 96) -> QImage:
    """The report's A4 page as an image at ``dpi`` (the desktop screen shows it)."""
    size = QPageSize(QPageSize.PageSizeId.A4).sizePixels(dpi)
    image = QImage(size, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    margin = MARGIN_MM / 25.4 * dpi
    painter = QPainter(image)
    try:
        paint_report(painter, image, QRectF(margin, margin, size.width() - 2 * margin,
                                            size.height() - 2 * margin), report)
    finally:
        painter.end()
    return image
