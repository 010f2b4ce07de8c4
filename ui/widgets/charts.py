"""Charts drawn with QPainter (QtCharts is not installed): flight loads, nights in shelters,
and the solver's progress.

Each chart is a plain ``QWidget`` that holds a few numbers and paints them: an axis with
round ticks, bars or lines, labels under the bars, a legend, and a tooltip for the bar
under the mouse. They follow the palette (light or dark) and ask for the width their bars
need, so a page can put them in a ``QScrollArea`` when there are many.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.i18n import tr
from ui.plan_words import counted, day_month, number, short_date

TAKEN = QColor("#2f6fb3")
TAKEN_SELECTED = QColor("#1c4f87")
FREE = QColor("#d6e4f3")
OVER = QColor("#c62828")
CANCELLED = QColor("#9e9e9e")
CAPACITY_LINE = QColor("#1b5e20")
BOUND_LINE = QColor("#8e24aa")


def nice_step(span: float, ticks: int = 5) -> float:
    """A round whole step (1, 2, 5 or 10 times a power of ten, 25 from 10 on) giving
    about ``ticks`` ticks. Every chart counts (seats, beds, persons, nights, priority
    weight), so an axis never shows a fraction: 6,702.3 is no count."""
    if span <= 0:
        return 1.0
    raw = span / max(1, ticks)
    if raw <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if raw <= step and float(step).is_integer():
            return float(step)
    return float(10 * power)


def axis_top(value: float, ticks: int = 5) -> tuple[float, float]:
    """The top of an axis that holds ``value``, and its tick step."""
    step = nice_step(max(value, 1.0), ticks)
    return max(step, math.ceil(max(value, 1.0) / step) * step), step


class Chart(QWidget):
    """What the charts share: margins, the value axis, the legend and tooltips."""

    LEFT, RIGHT, TOP, BOTTOM = 52.0, 14.0, 30.0, 40.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_text = ""
        #: The value axis's labels as last painted (the tests read them).
        self.tick_labels: list[str] = []

    # --- helpers --------------------------------------------------------------------------
    def legend(self) -> list[tuple[str, QColor, str]]:
        """Legend entries (text, colour, "box" | "line" | "outline")."""
        return []

    def title_text(self) -> str:
        return ""

    def _legend_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        return sum(metrics.horizontalAdvance(text) + 34 for text, _c, _s in self.legend())

    def _two_header_rows(self) -> bool:
        metrics = QFontMetricsF(self.font())
        needed = metrics.horizontalAdvance(self.title_text()) + 24 + self._legend_width()
        return needed > self.width() - 8

    def top_margin(self) -> float:
        return self.TOP + (QFontMetricsF(self.font()).height() + 4
                           if self._two_header_rows() else 0)

    def fit_axis_labels(self, *values: float) -> None:
        """Make room on the left for the widest value label (before ``plot_rect``)."""
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(number(v)) for v in values), default=0.0)
        self.LEFT = max(Chart.LEFT, widest + 14)

    def plot_rect(self) -> QRectF:
        top = self.top_margin()
        return QRectF(self.LEFT, top, max(10.0, self.width() - self.LEFT - self.RIGHT),
                      max(10.0, self.height() - top - self.BOTTOM))

    def draw_header(self, painter: QPainter) -> None:
        """The title at the top left and the legend at the right (or under the title)."""
        metrics = QFontMetricsF(self.font())
        painter.setPen(self.text_color())
        painter.drawText(QRectF(6, 6, self.width() - 12, metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.title_text())
        y = 6.0 + (metrics.height() + 4 if self._two_header_rows() else 0)
        self.draw_legend(painter, self.legend(), y)

    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def faint_color(self) -> QColor:
        color = QColor(self.text_color())
        color.setAlphaF(0.15)
        return color

    def draw_value_axis(self, painter: QPainter, top: float, step: float) -> None:
        plot = self.plot_rect()
        metrics = QFontMetricsF(self.font())
        value = 0.0
        self.tick_labels = []
        while value <= top + step / 1000:
            y = plot.bottom() - value / top * plot.height()
            painter.setPen(QPen(self.faint_color(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.text_color())
            label = number(value)
            self.tick_labels.append(label)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
            value += step

    def draw_legend(self, painter: QPainter, items: Sequence[tuple[str, QColor, str]],
                    y: float) -> None:
        """Legend entries at the right, on the line at ``y``."""
        metrics = QFontMetricsF(self.font())
        x = self.width() - self.RIGHT
        height = metrics.height()
        for text, color, style in reversed(items):
            width = metrics.horizontalAdvance(text)
            x -= width
            painter.setPen(self.text_color())
            painter.drawText(QRectF(x, y, width + 2, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
            x -= 18
            swatch = QRectF(x, y + height / 2 - 6, 12, 12)
            if style == "line":
                painter.setPen(QPen(color, 2))
                painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                                 QPointF(swatch.right(), swatch.center().y()))
            elif style == "outline":
                painter.setPen(QPen(color.darker(130), 1))
                painter.setBrush(color)
                painter.drawRect(swatch)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRect(swatch)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x -= 16

    def draw_empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text)

    def tooltip_at(self, x: float, y: float) -> str:
        return ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        text = self.tooltip_at(event.position().x(), event.position().y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)


@dataclass(frozen=True)
class FlightBar:
    """One flight as the load chart shows it."""

    flight_id: int
    label: str
    day: dt.date
    seats: int
    seated: int
    usable: bool
    tooltip: str = ""


class FlightLoadChart(Chart):
    """A bar per flight: the seats its passengers take inside the seats it has.

    Flights come in departure order; a cancelled or departed flight is grey. Clicking a bar
    chooses the flight (``flight_clicked``).
    """

    flight_clicked = Signal(int)
    BAR_SPACE = 54.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[FlightBar] = []
        self.selected: int | None = None
        self.empty_text = tr("No flights from the plan start on.")
        self.BOTTOM = 46.0

    def set_bars(self, bars: Sequence[FlightBar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def title_text(self) -> str:
        return tr("Seats") if self.bars else ""

    def legend(self) -> list[tuple[str, QColor, str]]:
        items = [(tr("Seats taken"), TAKEN, "box"), (tr("Seats free"), FREE, "outline")]
        if any(not b.usable for b in self.bars):
            items.append((tr("Cancelled or departed"), CANCELLED, "box"))
        return items

    def set_selected(self, flight_id: int | None) -> None:
        self.selected = flight_id
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(self.LEFT + self.RIGHT + self.BAR_SPACE * max(1, len(self.bars))), 260)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(self.LEFT + self.RIGHT + self._min_slot() * max(1, len(self.bars))),
                     130)

    def _min_slot(self) -> float:
        """A bar's least width: its widest label (flight number or day) whole, not
        'QZ...' (the chart scrolls sideways when the bars need more than the screen)."""
        metrics = QFontMetricsF(self.font())
        widest = max((max(metrics.horizontalAdvance(b.label),
                          metrics.horizontalAdvance(day_month(b.day))) for b in self.bars),
                     default=0.0)
        return max(30.0, math.ceil(widest) + 4.0)

    def _slot_width(self) -> float:
        return self.plot_rect().width() / max(1, len(self.bars))

    def bar_index_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self.bars or x < plot.left() or x > plot.right():
            return None
        index = int((x - plot.left()) // self._slot_width())
        return index if 0 <= index < len(self.bars) else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            self.draw_empty(painter)
            return
        top, step = axis_top(max(max(b.seats, b.seated) for b in self.bars))
        self.fit_axis_labels(top)
        self.draw_header(painter)
        self.draw_value_axis(painter, top, step)
        plot = self.plot_rect()
        slot = self._slot_width()
        width = min(34.0, slot * 0.66)
        metrics = QFontMetricsF(self.font())
        for index, bar in enumerate(self.bars):
            x = plot.left() + slot * index + (slot - width) / 2
            seats_h = bar.seats / top * plot.height()
            taken_h = min(bar.seated, max(bar.seats, bar.seated)) / top * plot.height()
            outline = QRectF(x, plot.bottom() - seats_h, width, seats_h)
            chosen = bar.flight_id == self.selected
            if bar.usable:
                painter.setPen(QPen(FREE.darker(125), 1))
                painter.setBrush(FREE)
                painter.drawRect(outline)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TAKEN_SELECTED if chosen else TAKEN)
            else:
                painter.setPen(QPen(CANCELLED, 1, Qt.PenStyle.DashLine))
                painter.setBrush(QBrush(CANCELLED, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(outline)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(OVER if bar.seated else CANCELLED)
            painter.drawRect(QRectF(x, plot.bottom() - taken_h, width, taken_h))
            if bar.seated > bar.seats:
                over_h = (bar.seated - bar.seats) / top * plot.height()
                painter.setBrush(OVER)
                painter.drawRect(QRectF(x, plot.bottom() - taken_h, width, over_h))
            if chosen:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawRect(QRectF(x - 3, plot.top(), width + 6, plot.height()).adjusted(
                    0, 0, 0, 0))
            painter.setPen(self.text_color())
            value_box = QRectF(x - 10, plot.bottom() - max(seats_h, taken_h)
                               - metrics.height() - 1, width + 20, metrics.height())
            painter.drawText(value_box, int(Qt.AlignmentFlag.AlignCenter), number(bar.seated))
            label_box = QRectF(plot.left() + slot * index, plot.bottom() + 3, slot,
                               metrics.height())
            painter.drawText(label_box, int(Qt.AlignmentFlag.AlignCenter),
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, slot))
            day_box = label_box.translated(0, metrics.height())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(day_box, int(Qt.AlignmentFlag.AlignCenter),
                             metrics.elidedText(day_month(bar.day),
                                                Qt.TextElideMode.ElideRight, slot))
        painter.setPen(QPen(self.text_color(), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                       plot.bottom()))

    def tooltip_at(self, x: float, y: float) -> str:
        index = self.bar_index_at(x)
        if index is None:
            return ""
        bar = self.bars[index]
        return bar.tooltip or counted(bar.seats, tr("{flight}: {taken} of {count} seat taken"),
                                      tr("{flight}: {taken} of {count} seats taken"),
                                      flight=bar.label, taken=number(bar.seated))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self.bar_index_at(event.position().x())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_selected(self.bars[index].flight_id)
            self.flight_clicked.emit(self.bars[index].flight_id)
        super().mousePressEvent(event)


class OccupancyChart(Chart):
    """Beds used on each night as bars, the beds available as a line, overflow on top."""

    NIGHT_SPACE = 22.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nights: list[dt.date] = []
        self.used: list[int] = []
        self.capacity: list[int] = []
        self.overflow: list[int] = []
        self.title = ""
        self.empty_text = tr("No nights to show.")

    def set_series(self, nights: Sequence[dt.date], used: Sequence[int],
                   capacity: Sequence[int], overflow: Sequence[int] | None = None,
                   title: str = "") -> None:
        self.nights, self.used, self.capacity = list(nights), list(used), list(capacity)
        self.overflow = list(overflow) if overflow is not None else []
        self.title = title
        self.updateGeometry()
        self.update()

    def title_text(self) -> str:
        return (self.title or tr("Beds")) if self.nights else ""

    def legend(self) -> list[tuple[str, QColor, str]]:
        items = [(tr("Beds used"), TAKEN, "box"), (tr("Beds available"), CAPACITY_LINE, "line")]
        if any(self.overflow):
            items.append((tr("Without a bed"), OVER, "box"))
        return items

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(self.LEFT + self.RIGHT + self.NIGHT_SPACE * max(1, len(self.nights))),
                     240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(int(self.LEFT + self.RIGHT + 8 * max(1, len(self.nights))), 130)

    def _night_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self.nights or x < plot.left() or x > plot.right():
            return None
        index = int((x - plot.left()) // (plot.width() / len(self.nights)))
        return index if 0 <= index < len(self.nights) else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.nights:
            self.draw_empty(painter)
            return
        extra = self.overflow or [0] * len(self.nights)
        highest = max(max(u + o for u, o in zip(self.used, extra, strict=False)),
                      max(self.capacity, default=0))
        top, step = axis_top(highest)
        self.fit_axis_labels(top)
        self.draw_header(painter)
        self.draw_value_axis(painter, top, step)
        plot = self.plot_rect()
        slot = plot.width() / len(self.nights)
        width = max(2.0, slot * 0.72)
        for index, used in enumerate(self.used):
            x = plot.left() + slot * index + (slot - width) / 2
            used_h = used / top * plot.height()
            painter.setPen(Qt.PenStyle.NoPen)
            capacity = self.capacity[index] if index < len(self.capacity) else 0
            painter.setBrush(OVER if used > capacity else TAKEN)
            painter.drawRect(QRectF(x, plot.bottom() - used_h, width, used_h))
            if extra[index]:
                over_h = extra[index] / top * plot.height()
                painter.setBrush(QBrush(OVER, Qt.BrushStyle.Dense4Pattern))
                painter.drawRect(QRectF(x, plot.bottom() - used_h - over_h, width, over_h))
        path = QPainterPath()
        for index, capacity in enumerate(self.capacity):
            y = plot.bottom() - capacity / top * plot.height()
            left, right = plot.left() + slot * index, plot.left() + slot * (index + 1)
            if index == 0:
                path.moveTo(left, y)
            else:
                path.lineTo(left, y)
            path.lineTo(right, y)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(CAPACITY_LINE, 2))
        painter.drawPath(path)
        painter.setPen(QPen(self.text_color(), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                       plot.bottom()))
        metrics = QFontMetricsF(self.font())
        label_every = max(1, math.ceil((metrics.horizontalAdvance("00 MMM") + 8) / slot))
        for index, night in enumerate(self.nights):
            if index % label_every:
                continue
            x = plot.left() + slot * index
            painter.drawLine(QPointF(x + slot / 2, plot.bottom()),
                             QPointF(x + slot / 2, plot.bottom() + 3))
            box = QRectF(x + slot / 2 - 40, plot.bottom() + 4, 80, metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), day_month(night))

    def tooltip_at(self, x: float, y: float) -> str:
        index = self._night_at(x)
        if index is None:
            return ""
        text = counted(self.capacity[index] if index < len(self.capacity) else 0,
                       tr("Night of {night}: {used} of {count} bed used"),
                       tr("Night of {night}: {used} of {count} beds used"),
                       night=short_date(self.nights[index]), used=number(self.used[index]))
        if self.overflow and self.overflow[index]:
            text += "\n" + counted(self.overflow[index], tr("{count} person without a bed"),
                                   tr("{count} persons without a bed"))
        return text


class SolveProgressChart(Chart):
    """The best value found and the proven bound of the objective being solved, over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.best: list[tuple[float, float]] = []
        self.bound: list[tuple[float, float]] = []
        self.title = ""
        self.empty_text = tr("The solver's progress appears here.")

    def title_text(self) -> str:
        return self.title if self.best or self.bound else ""

    def legend(self) -> list[tuple[str, QColor, str]]:
        if not (self.best or self.bound):
            return []
        return [(tr("Best plan found"), TAKEN, "line"), (tr("Proven bound"), BOUND_LINE, "line")]

    def reset(self, title: str = "") -> None:
        self.best, self.bound, self.title = [], [], title
        self.update()

    def add(self, elapsed: float, best: float | None, bound: float | None) -> None:
        # A solver may report an infinite bound before it has one: nothing to draw.
        if best is not None and math.isfinite(best):
            self.best.append((elapsed, float(best)))
        if bound is not None and math.isfinite(bound):
            self.bound.append((elapsed, float(bound)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        points = self.best + self.bound
        if not points:
            self.draw_empty(painter)
            return
        low = min(v for _, v in points)
        high = max(v for _, v in points)
        span = max(high - low, 1.0)
        step = nice_step(span, 4)
        bottom = math.floor(low / step) * step
        top = max(bottom + step, math.ceil(high / step) * step)
        first = min(t for t, _ in points)
        last = max(max(t for t, _ in points), first + 0.5)
        self.fit_axis_labels(bottom, top)
        plot = self.plot_rect()
        metrics = QFontMetricsF(self.font())
        value = bottom
        self.tick_labels = []
        while value <= top + step / 1000:
            y = plot.bottom() - (value - bottom) / (top - bottom) * plot.height()
            painter.setPen(QPen(self.faint_color(), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.text_color())
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6,
                                    metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             number(value))
            self.tick_labels.append(number(value))
            value += step
        self.draw_header(painter)

        def to_point(t: float, v: float) -> QPointF:
            return QPointF(plot.left() + (t - first) / (last - first) * plot.width(),
                           plot.bottom() - (v - bottom) / (top - bottom) * plot.height())

        for series, color in ((self.bound, BOUND_LINE), (self.best, TAKEN)):
            if not series:
                continue
            path = QPainterPath(to_point(*series[0]))
            previous = series[0][1]
            for t, v in series[1:]:
                path.lineTo(to_point(t, previous))  # a step: the value holds until it changes
                path.lineTo(to_point(t, v))
                previous = v
            path.lineTo(to_point(last, previous))
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(self.text_color())
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                       plot.bottom()))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                         tr("{seconds} s").format(seconds=number(round(last, 1))))
