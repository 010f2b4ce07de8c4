"""Issue (tester): the Results screen's load chart of a 30,000-person demo (132 flights)
at 1,280 x 800 labelled its bars 'JT ...', 'QZ...', '3 ...': the chart took its minimum
width, 30 pixels a bar, narrower than a flight number. The chart scrolls sideways; its
minimum now gives every bar the width of the widest label under it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFrame, QScrollArea

from ui.plan_words import day_month
from ui.widgets.charts import FlightBar, FlightLoadChart


def test_every_flight_number_under_its_bar_is_whole(qtbot: Any) -> None:
    start = dt.date(2026, 3, 3)
    bars = [FlightBar(i, f"{('QZ', 'JT', 'GA', 'ID')[i % 4]} {7000 + 37 * i}",
                      start + dt.timedelta(days=i // 3), 180, 150 + i % 30, True)
            for i in range(132)]
    chart = FlightLoadChart()
    chart.set_bars(bars)
    area = QScrollArea()  # as the Results screen holds it
    area.setWidget(chart)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    qtbot.addWidget(area)
    area.resize(1040, 230)
    area.show()
    QTest.qWaitForWindowExposed(area)
    metrics = QFontMetricsF(chart.font())
    widest = max(max(metrics.horizontalAdvance(b.label),
                     metrics.horizontalAdvance(day_month(b.day))) for b in bars)
    assert chart._slot_width() >= widest
    assert area.horizontalScrollBar().maximum() > 0  # the rest is a scroll away
    # A few flights still share the width there is: no scrolling for them.
    chart.set_bars(bars[:8])
    QTest.qWait(20)
    assert area.horizontalScrollBar().maximum() == 0
