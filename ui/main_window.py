"""The main window: the operation's records in tabs, its name and totals in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import operation as operation_service
from planner.db import Operation
from planner.tables import ALL_VIEWS, TableView
from ui.models.record_table import Column, RecordTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


NUMERIC_FIELDS = {"seats", "medical_capacity", "beds", "capacity", "ready_after_hours"}


class RecordTab(QWidget):
    """One kind of record: a search box over a sortable table."""

    def __init__(self, view: TableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.model = RecordTableModel(
            [Column(tr(h), align_right=f in NUMERIC_FIELDS)
             for f, h in zip(view.fields, view.headers, strict=True)],
            self,
        )
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search (name, case, passport, household, ...)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_filter)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def load(self, operation: Operation) -> None:
        with operation.session() as session:
            rows = self.view.rows(session)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()


class MainWindow(QMainWindow):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation
        self.tabs = QTabWidget(self)
        self.record_tabs: dict[str, RecordTab] = {}
        for view in ALL_VIEWS:
            tab = RecordTab(view, self)
            self.record_tabs[view.name] = tab
            self.tabs.addTab(tab, tr(view.title))
        self.setCentralWidget(self.tabs)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status)
        self.resize(1280, 800)
        self.reload()

    def reload(self) -> None:
        for tab in self.record_tabs.values():
            tab.load(self.operation)
        with self.operation.session() as session:
            settings = operation_service.get_settings(session)
            name = settings.name
            totals = operation_service.totals(session)
        self.setWindowTitle(tr("{name} - Evacuation planner").format(name=name))
        self.status.setText(
            tr("{persons} persons in {households} households, {flights} flights, "
               "{shelters} shelters, {slots} document slots - {where}").format(
                persons=totals.persons, households=totals.households, flights=totals.flights,
                shelters=totals.shelters, slots=totals.slots, where=self.operation.display_name)
        )
        for index, view in enumerate(ALL_VIEWS):
            count = self.record_tabs[view.name].model.rowCount()
            self.tabs.setTabText(index, f"{tr(view.title)} ({count})")
