"""The screen shown while no operation is open: start one, open one, or pick a recent one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.icons import icon

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    server_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        title = QLabel(tr("Evacuation planner"), card)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(tr("Plan who flies on which repatriation flight, who sleeps in which "
                          "shelter, and who gets which appointment for an emergency travel "
                          "document. Start by opening an operation."), card)
        intro.setWordWrap(True)
        self.new_button = QPushButton(tr("New operation..."), card)
        self.open_button = QPushButton(tr("Open operation file..."), card)
        self.server_button = QPushButton(tr("Connect to a database server..."), card)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.server_button.clicked.connect(self.server_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.server_button):
            buttons.addWidget(button)
        self.recent_title = QLabel(tr("Recent operations"), card)
        self.recent = QListWidget(card)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(LOCATION_ROLE)))
        hint = QLabel(tr("To try the program, make a demo operation from the command line: "
                         "evacplan --db demo.sqlite demo --people 2200 --seed 1"), card)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        logo = QLabel(card)
        logo.setPixmap(icon("app").pixmap(48, 48))
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addLayout(heading)
        inner.addWidget(intro)
        inner.addLayout(buttons)
        inner.addWidget(self.recent_title)
        inner.addWidget(self.recent)
        inner.addWidget(hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_recent(self, locations: list[str]) -> None:
        self.recent.clear()
        for location in locations:
            item = QListWidgetItem(location)
            item.setData(LOCATION_ROLE, location)
            item.setToolTip(tr("Open {location}").format(location=location))
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(locations))
        self.recent.setVisible(bool(locations))
