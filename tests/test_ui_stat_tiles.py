"""Issue (tester): on the Results screen of a 30,000-person plan at 1,280 x 800 the Plan
tile's state, 'Good, not proven best', wrapped to two lines and was drawn over its note
('published'): the screen gives the tiles their minimum height (the tabs under them take
the rest), and a tile's minimum was that of a one-line figure. A tile's minimum now holds
its lines as they wrap at its width."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest

from ui.widgets.stat_tiles import StatRow, StatTile


def _needed(tile: StatTile) -> int:
    """The height the tile's three lines take at its width, with its margins."""
    lines = (tile.caption, tile.value, tile.note)
    margins = tile.layout().contentsMargins()
    return (sum(label.heightForWidth(label.width()) for label in lines)
            + tile.layout().spacing() * 2 + margins.top() + margins.bottom()
            + 2 * tile.frameWidth())


def test_a_figure_on_two_lines_has_room_above_its_note(qtbot: Any) -> None:
    row = StatRow({"flown": "Fly", "left": "Left behind", "nights": "Nights without a bed",
                   "changes": "Fly differently", "status": "Plan"})
    qtbot.addWidget(row)
    row.resize(1062, 88)  # the Results screen's row in a 1,280-pixel window
    row.show()
    QTest.qWaitForWindowExposed(row)
    row.set("flown", "23528", "of 30000 persons, on 132 flights")
    row.set("status", "Good, not proven best", "published")
    QTest.qWait(50)
    status = row.tiles["status"]
    assert status.value.heightForWidth(status.value.width()) > \
        status.value.fontMetrics().lineSpacing() * 1.5, "the state wraps to two lines"
    assert all(tile.minimumHeight() >= _needed(tile) for tile in row.tiles.values())
    # Back to one line: the minimum comes down again (no room kept for nothing).
    row.set("status", "Optimal", "published")
    QTest.qWait(50)
    assert status.minimumHeight() >= _needed(status)
    assert status.minimumHeight() < status.value.fontMetrics().lineSpacing() * 2 + _needed(status)
