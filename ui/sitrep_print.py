"""Drawing the situation report with Qt: the PDF of ``evacplan sitrep OUT.pdf``, the printer,
and the page shown on the desktop's Situation report screen.

One routine (``_Painter.draw_page``) draws each A4 portrait page of the
``planner.sitrep.layout.Report`` on any paint device (``QPdfWriter``, ``QPrinter``, a
``QImage``). The first page: the title, two columns of tables, and the chart by day (bars
for persons entering care and departing, a line for those waiting, each with its own
scale). The pages after it, when the layout has detail tables (every shelter, every
flight of a large operation): those tables across the page, their title and column
headers repeated on each page, "Page x of y" under every page. Type never shrinks below
MIN_SCALE of its size (the one-page report of 30,000 persons once printed 3 pt type).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from planner.sitrep.layout import Chart, Report, Table
from planner.sitrep.words import number, words
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
#: The least the first page's rows and type shrink to (body 7.2 pt); the layout moves
#: long tables to the pages after, so the first page needs no more.
MIN_SCALE = 0.85
#: Points: the footer line under every page of a report of several pages.
FOOTER_PT = 14.0
#: Points between pages of the image the desktop shows.
IMAGE_GAP_PT = 12.0


@dataclass(frozen=True)
class _Part:
    """Rows ``first`` to ``last`` (excluded) of one detail table, on one page."""

    table: Table
    first: int
    last: int

    @property
    def continued(self) -> bool:
        return self.first > 0


def _two_lines(text: str, metrics: QFontMetricsF) -> float:
    """The width ``text`` takes broken at its best space onto two lines (one line when it
    has no space)."""
    parts = text.split(" ")
    return min([metrics.horizontalAdvance(text)] + [
        max(metrics.horizontalAdvance(" ".join(parts[:cut])),
            metrics.horizontalAdvance(" ".join(parts[cut:])))
        for cut in range(1, len(parts))])


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
        self.detail_pages = self._paginate(report.details)
        #: Where the first page's chart by day starts (device pixels; set when drawn).
        self.chart_top = 0.0

    @property
    def page_count(self) -> int:
        return 1 + len(self.detail_pages)

    def figure(self, value: object) -> str:
        """A cell as the report's language writes it: a whole number "1,234" (Indonesian
        "1.234"), any other value as its text."""
        return number(value, self.report.language) if isinstance(value, int) else str(value)

    def _title_height(self) -> float:
        return QFontMetricsF(_font(16, bold=True), self.p.device()).height()

    def _paginate(self, tables: Sequence[Table]) -> list[list[_Part]]:
        """The detail tables cut into pages: each part with its title and header row."""
        row_h = ROW_PT * self.pt
        bottom = self.rect.height() - FOOTER_PT * self.pt
        top = self._title_height() + GAP_PT * self.pt * 0.5
        pages: list[list[_Part]] = []
        page: list[_Part] = []
        y = top
        for table in tables:
            first = 0
            while first < len(table.rows) or (first == 0 and not table.rows):
                # The title (1.2 rows) and the column headers (one or two lines).
                head = row_h * (1.2 + self.header_lines(table, self.rect.width(), 1.0))
                fits = int((bottom - y - head) // row_h)
                if fits < min(3, len(table.rows) - first) and page:  # a new page
                    pages.append(page)
                    page, y = [], top
                    continue
                last = min(len(table.rows), first + max(fits, 1))
                page.append(_Part(table, first, last))
                y += head + (last - first) * row_h + GAP_PT * self.pt
                if last == first:
                    break
                first = last
        if page:
            pages.append(page)
        return pages

    def table_height(self, table: Table, scale: float, width: float) -> float:
        rows = len(table.rows) + 1 + self.header_lines(table, width, scale)
        return rows * ROW_PT * scale * self.pt + GAP_PT * self.pt * scale

    def column_height(self, tables: Sequence[Table], scale: float, width: float) -> float:
        return sum(self.table_height(t, scale, width) for t in tables)

    def _fonts(self, scale: float) -> tuple[QFont, QFont, float]:
        """The body and bold fonts of a table at ``scale``, and a cell's padding."""
        return (_font(BODY_PT * scale), _font(BODY_PT * scale, bold=True), 2.5 * self.pt)

    def header_lines(self, table: Table, width: float, scale: float) -> int:
        """2 when a column header breaks onto a second line to fit its column, else 1."""
        body, bold, pad = self._fonts(scale)
        widths = self.column_widths(table, width, body, bold, pad)
        metrics = QFontMetricsF(bold, self.p.device())
        return 2 if any(metrics.horizontalAdvance(h) + 2 * pad > w + 0.01
                        for h, w in zip(table.headers, widths, strict=True)) else 1

    def draw_page(self, index: int) -> None:
        """Draw page ``index`` (0: the first page) in the painter's rectangle."""
        p = self.p
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QColor("black"))
        if index == 0:
            self.draw_first()
        else:
            self.draw_details(self.detail_pages[index - 1])
        if self.page_count > 1:
            self.draw_footer(index)
        p.restore()

    def draw_title(self, text: str) -> float:
        """The page's title line; returns where the page goes on."""
        p, rect = self.p, self.rect
        p.setFont(_font(16, bold=True))
        p.setPen(QColor("black"))
        title_h = self._title_height()
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
                   int(Qt.AlignmentFlag.AlignLeft), QFontMetricsF(p.font(), p.device())
                   .elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        return rect.top() + title_h

    def draw_footer(self, index: int) -> None:
        p, rect = self.p, self.rect
        p.setFont(_font(BODY_PT))
        p.setPen(QColor("black"))
        text = words(self.report.language)["Page {page} of {pages}"].format(
            page=index + 1, pages=self.page_count)
        area = QRectF(rect.left(), rect.bottom() - FOOTER_PT * self.pt, rect.width(),
                      FOOTER_PT * self.pt)
        p.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                   self.report.title)
        p.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)

    def draw_details(self, parts: Sequence[_Part]) -> None:
        continued = words(self.report.language)["(continued)"]
        y = self.draw_title(self.report.title) + GAP_PT * self.pt * 0.5
        for part in parts:
            title = f"{part.table.title} {continued}" if part.continued else part.table.title
            rows = part.table.rows[part.first:part.last]
            shown = Table(title, part.table.headers, rows,
                          frozenset(i - part.first for i in part.table.bold_rows
                                    if part.first <= i < part.last))
            y = self.draw_table(shown, self.rect.left(), y, self.rect.width(), 1.0,
                                measure=part.table)

    def draw_first(self) -> None:
        p, pt, rect = self.p, self.pt, self.rect
        top = self.draw_title(self.report.title)
        bottom_room = FOOTER_PT * pt if self.page_count > 1 else 0.0
        p.setFont(_font(9))
        sub_h = QFontMetricsF(p.font(), p.device()).height() * 1.6
        p.drawText(QRectF(rect.left(), top, rect.width(), sub_h),
                   int(Qt.AlignmentFlag.AlignLeft), self.report.subtitle)
        top += sub_h
        chart_h = CHART_PT * pt
        room = rect.bottom() - bottom_room - chart_h - top
        gap = GAP_PT * pt
        left_w = (rect.width() - gap) * 0.36
        right_w = rect.width() - gap - left_w
        needed = max(self.column_height(self.report.left, 1.0, left_w),
                     self.column_height(self.report.right, 1.0, right_w))
        scale = max(MIN_SCALE, min(1.0, room / needed)) if needed > 0 else 1.0
        y = top
        for table in self.report.left:
            y = self.draw_table(table, rect.left(), y, left_w, scale)
        bottom = y
        y = top
        for table in self.report.right:
            y = self.draw_table(table, rect.left() + left_w + gap, y, right_w, scale)
        bottom = max(bottom, y)
        chart_bottom = rect.bottom() - bottom_room
        chart_top = min(chart_bottom - chart_h, bottom + gap)
        self.chart_top = chart_top
        self.draw_chart(self.report.chart, QRectF(rect.left(), chart_top, rect.width(),
                                                  chart_bottom - chart_top))

    def draw_table(self, table: Table, x: float, y: float, width: float, scale: float,
                   measure: Table | None = None) -> float:
        """Draw ``table`` from ``y``; its columns as wide as those of ``measure`` (the
        whole table of which ``table`` is a page's part), so every page has the same."""
        p, pt = self.p, self.pt
        row_h = ROW_PT * scale * pt
        p.setFont(_font(10.5 * max(scale, 0.7), bold=True))
        p.setPen(QColor("black"))
        p.drawText(QRectF(x, y, width, row_h * 1.2), int(Qt.AlignmentFlag.AlignLeft)
                   | int(Qt.AlignmentFlag.AlignVCenter), table.title)
        y += row_h * 1.2
        body, bold, pad = self._fonts(scale)
        widths = self.column_widths(measure or table, width, body, bold, pad)
        header_h = row_h * self.header_lines(measure or table, width, scale)
        lefts = [x + sum(widths[:i]) for i in range(len(widths))]
        grid = QPen(GRID)
        grid.setWidthF(0.5 * pt)

        def row(values: Sequence[object], font: QFont, fill: QColor | None, top: float,
                height: float = row_h) -> None:
            if fill is not None:
                p.fillRect(QRectF(x, top, width, height), fill)
            p.setFont(font)
            p.setPen(QColor("black"))
            if values and _spans(values):  # a sentence in place of rows: the whole width
                cell = QRectF(x + pad, top, width - 2 * pad, row_h)
                p.drawText(cell, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                           QFontMetricsF(font, p.device()).elidedText(
                               str(values[0]), Qt.TextElideMode.ElideRight, cell.width()))
                values = ()
            for index, value in enumerate(values):
                align = (Qt.AlignmentFlag.AlignRight if index and numeric[index]
                         else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
                cell = QRectF(lefts[index] + pad, top, widths[index] - 2 * pad, height)
                text = self.figure(value)
                if height > row_h:  # a header on two lines: broken between its words
                    p.drawText(cell, int(align) | int(Qt.TextFlag.TextWordWrap), text)
                    continue
                elided = QFontMetricsF(font, p.device()).elidedText(
                    text, Qt.TextElideMode.ElideRight, cell.width())
                p.drawText(cell, int(align), elided)
            p.setPen(grid)
            p.drawLine(QPointF(x, top + height), QPointF(x + width, top + height))

        numeric = [any(isinstance(r[i], int) for r in (measure or table).rows)
                   for i in range(len(table.headers))]
        row(table.headers, bold, HEADER_FILL, y, header_h)
        y += header_h
        for index, values in enumerate(table.rows):
            row(values, bold if index in table.bold_rows else body, None, y)
            y += row_h
        return y + GAP_PT * pt * scale

    def column_widths(self, table: Table, width: float, body: QFont, bold: QFont,
                      pad: float) -> list[float]:
        """Each column after the first as wide as its widest text, measured in the font it
        is drawn in (a total's bold figures are wider than the same digits in the body
        font); the first takes the rest. When the headers on one line do not fit, they
        break onto two ("Seats / booked"); only when that is too wide still does every
        column shrink."""
        body_m = QFontMetricsF(body, self.p.device())
        bold_m = QFontMetricsF(bold, self.p.device())
        fonts = [bold_m if index in table.bold_rows else body_m
                 for index in range(len(table.rows))]
        cells = [max([0.0] + [
            m.horizontalAdvance(self.figure(r[i]))
            for r, m in zip(table.rows, fonts, strict=True) if not _spans(r)])
            for i in range(len(table.headers))]
        # A point to spare: a text given exactly its own width may come out cut ("Bayi
        # dipang...") when the cell's width, less its padding, rounds a hair below it.
        room = 2 * pad + self.pt
        needs = [max(c, bold_m.horizontalAdvance(h)) + room
                 for c, h in zip(cells, table.headers, strict=True)]
        if sum(needs) > width:
            needs = [max(c, _two_lines(h, bold_m)) + room
                     for c, h in zip(cells, table.headers, strict=True)]
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
                   int(Qt.AlignmentFlag.AlignRight), self.figure(bar_max))
        p.drawText(QRectF(area.left(), plot.bottom() - 5 * pt, axis_w - 3 * pt, 10 * pt),
                   int(Qt.AlignmentFlag.AlignRight), "0")
        p.setPen(WAITING)
        p.drawText(QRectF(plot.right() + 3 * pt, plot.top() - 5 * pt, axis_w, 10 * pt),
                   int(Qt.AlignmentFlag.AlignLeft), self.figure(wait_max))
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


def paint_on_printer(device: QPagedPaintDevice, report: Report) -> int:
    """Draw every page of the report on a PDF writer or printer (its page layout set);
    return the pages."""
    dpi = device.logicalDpiX()
    rect = QRectF(device.pageLayout().paintRectPixels(dpi))
    rect.moveTo(0, 0)
    painter = QPainter(device)
    try:
        drawer = _Painter(painter, rect, dpi, report)
        for index in range(drawer.page_count):
            if index:
                device.newPage()
            drawer.draw_page(index)
    finally:
        painter.end()
    return drawer.page_count


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
    """The report's A4 pages one under the other as an image at ``dpi`` (the desktop
    screen shows it)."""
    size = QPageSize(QPageSize.PageSizeId.A4).sizePixels(dpi)
    margin = MARGIN_MM / 25.4 * dpi
    gap = round(IMAGE_GAP_PT / 72 * dpi)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    probe.setDotsPerMeterX(dots)
    probe.setDotsPerMeterY(dots)
    painter = QPainter(probe)
    try:
        pages = _Painter(painter, QRectF(margin, margin, size.width() - 2 * margin,
                                         size.height() - 2 * margin), dpi, report).page_count
    finally:
        painter.end()
    image = QImage(size.width(), pages * size.height() + (pages - 1) * gap,
                   QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor(160, 160, 160))
    painter = QPainter(image)
    try:
        for index in range(pages):
            top = index * (size.height() + gap)
            painter.fillRect(QRectF(0, top, size.width(), size.height()), QColor("white"))
            drawer = _Painter(painter, QRectF(margin, top + margin, size.width() - 2 * margin,
                                              size.height() - 2 * margin),
                              image.logicalDpiX(), report)
            drawer.draw_page(index)
            if index == 0:  # the screen offers to scroll to it (chart_top_of)
                image.setText(CHART_TOP_KEY, str(round(drawer.chart_top)))
    finally:
        painter.end()
    return image


#: The image text of ``report_image`` that says where the chart by day starts.
CHART_TOP_KEY = "chart-top"


def chart_top_of(image: QImage) -> int | None:
    """Where the chart by day starts in a ``report_image`` (pixels from its top)."""
    text = image.text(CHART_TOP_KEY)
    return int(text) if text.isdigit() else None
