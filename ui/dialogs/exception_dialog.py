"""The dialog shown when the program meets a bug: what happened, and a report to copy."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr


class ExceptionDialog(QDialog):
    def __init__(self, report: str, log_file: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        self.report = report
        intro = QLabel(tr(
            "The program met an internal error and could not finish what you asked. "
            "Your data is safe: the unfinished change was not saved.\n\n"
            "Please copy the report below and send it to the people who support the "
            "program. It names only the program's code, never a person's data."), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(report, self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumSize(620, 260)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        if log_file:
            saved = QLabel(tr("The report was also saved in {file}.").format(file=log_file), self)
            saved.setWordWrap(True)
            saved.setTextInteractionFlags(saved.textInteractionFlags()
                                          | saved.textInteractionFlags().TextSelectableByMouse)
            layout.addWidget(saved)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(tr("Copy report"), self)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(tr("Copied"))
