"""A page body that scrolls as a whole on a small screen instead of squeezing its charts and
tables below a usable height; on a normal screen it simply fills the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget


class _BodyLayout(QVBoxLayout):
    """Sized by the scroll area to the page, never taller for its wrapped labels' sake.

    A wrapped label makes a layout "height for width"; the scroll area would then give
    the body its preferred height and scroll a page that fits."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


def scrolling_body(parent: QWidget, into: QBoxLayout, min_height: int) -> QVBoxLayout:
    """Add a scrolling body to ``into``; returns the body's layout."""
    body = QWidget(parent)
    body.setMinimumHeight(min_height)
    scroll = QScrollArea(parent)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    into.addWidget(scroll, 1)
    layout = _BodyLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    return layout
