"""Connecting to an operation on a shared PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from ui.i18n import tr

DRIVER = "postgresql+psycopg"


class ServerDialog(QDialog):
    """Host, port, database, user and password; ``url()`` is the SQLAlchemy URL."""

    def __init__(self, parent: QWidget | None = None, initial: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to a database server"))
        intro = QLabel(tr("Several officers can work on one operation kept on a PostgreSQL "
                          "server. Ask your administrator for these details."), self)
        intro.setWordWrap(True)
        self.host = QLineEdit("localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText(tr("the operation's database name"))
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("not remembered by the program"))
        form = QFormLayout()
        form.addRow(tr("Server"), self.host)
        form.addRow(tr("Port"), self.port)
        form.addRow(tr("Database"), self.database)
        form.addRow(tr("User"), self.user)
        form.addRow(tr("Password"), self.password)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        self.connect_button = buttons.addButton(tr("Connect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if initial:
            self.set_url(initial)

    def set_url(self, text: str) -> None:
        try:
            url = make_url(text)
        except Exception:  # noqa: BLE001 - a stored location we cannot read: start blank
            return
        self.host.setText(url.host or "localhost")
        self.port.setValue(url.port or 5432)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def url(self) -> str:
        return URL.create(
            DRIVER,
            username=self.user.text().strip() or None,
            password=self.password.text() or None,
            host=self.host.text().strip() or None,
            port=self.port.value(),
            database=self.database.text().strip() or None,
        ).render_as_string(hide_password=False)

    def _accept(self) -> None:
        if not self.host.text().strip() or not self.database.text().strip():
            self.problem.setText(tr("Give the server and the database name."))
            self.problem.show()
            return
        self.accept()
