"""A row of figures with captions, for the top of the workflow screens ("285 fly")."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class StatTile(QFrame):
    """A big figure, a caption above it and a smaller note under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("statTile")
        self.setStyleSheet("#statTile { background: palette(base); border-radius: 6px; }")
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: palette(mid);")
        self.value = QLabel("-", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel("", self)
        self.note.setStyleSheet("color: palette(mid);")
        # Every line wraps, so that a long word (an Indonesian plan state) makes a tile
        # taller rather than the row of tiles wider than a laptop's screen.
        for label in (self.caption, self.value, self.note):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        # Room for a note of two lines: a wrapped label does not make the row of tiles
        # taller by itself, and the note's second line was cut at 1,280 px.
        small = self.note.fontMetrics().lineSpacing()
        self.base_height = (16 + 3 * 2 + small + self.value.fontMetrics().lineSpacing()
                            + 2 * small + 2 * self.frameWidth())
        self.setMinimumHeight(self.base_height)

    def _fit(self) -> None:
        """A minimum that holds the lines as they wrap at the tile's width: the screens give
        the tiles their minimum, and a figure of two lines ("Good, not proven best") was
        drawn over its note."""
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        if width <= 0:
            return
        lines = sum(label.heightForWidth(width) for label in (self.caption, self.value,
                                                               self.note))
        needed = (lines + 2 * layout.spacing() + margins.top() + margins.bottom()
                  + 2 * self.frameWidth())
        self.setMinimumHeight(max(self.base_height, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)

    def set(self, value: str, note: str = "", color: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {color};" if color else "")
        self.note.setText(note)
        self._fit()


class StatRow(QWidget):
    """Tiles side by side, each as wide as the others."""

    def __init__(self, captions: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.tiles: dict[str, StatTile] = {}
        for name, caption in captions.items():
            tile = StatTile(caption, self)
            self.tiles[name] = tile
            layout.addWidget(tile, 1)

    def set(self, name: str, value: str, note: str = "", color: str | None = None) -> None:
        self.tiles[name].set(value, note, color)

    def set_caption(self, name: str, caption: str) -> None:
        self.tiles[name].set_caption(caption)

    def clear(self) -> None:
        for tile in self.tiles.values():
            tile.set("-")
