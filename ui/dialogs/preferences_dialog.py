"""The officer's own preferences: for now, the language of the program."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES, system_language, tr
from ui.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(tr("Preferences"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current = preferences.language or system_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(tr("These preferences belong to you on this computer; the operation's "
                         "data and settings are shared in its database."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        form = QFormLayout()
        form.addRow(tr("Language"), self.language)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        self.preferences.language = self.chosen_language()
        super().accept()
