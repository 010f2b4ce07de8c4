"""A list of the program's keyboard shortcuts: each action's name and its keys."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr


def keys_text(sequences: list[QKeySequence]) -> str:
    """The keys of an action as the officer presses them, each once ("F5", not "F5 / F5":
    a standard key such as Refresh is often the same key as the one named beside it)."""
    texts: list[str] = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in texts:
            texts.append(text)
    return " / ".join(texts)


class ShortcutsDialog(QDialog):
    """``rows``: (what the keys do, their key sequences), in the order to show them."""

    def __init__(self, rows: list[tuple[str, list[QKeySequence]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        named = [(name.replace("&", "").rstrip(".").strip(), keys_text(keys))
                 for name, keys in rows]
        shown = [(name, keys) for name, keys in named if keys]
        self.table = QTableWidget(len(shown), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, (name, keys) in enumerate(shown):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumSize(460, 420)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
