"""The three steps of the import screen: choose a file, check how it reads, see what happened.

The steps only show and ask; the import screen (``ui.pages.import_page``) runs the import
service in the background and tells them what it found.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.importing import (
    Analysis,
    ImportReport,
    KindCounts,
    MergedRow,
    SheetKind,
    SheetReport,
)
from ui.i18n import tr
from ui.icons import icon
from ui.labels import field_label
from ui.messages import QT_WORDS, reason_text
from ui.models.import_tables import (
    ColumnMappingModel,
    PreviewModel,
    SheetRow,
    kind_label,
    problem_model,
    problem_rows,
    sheet_model,
    sheet_rows,
)
from ui.plan_words import number
from ui.widgets.field_delegate import FieldDelegate
from ui.widgets.list_view import ListView

WARNING = "#b3261e"
GOOD = "#1b6e20"
#: File kinds the import reads (SPEC 4), for the file dialog.
FILE_FILTER = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.json"


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label


def counts_text(kind: SheetKind, counts: KindCounts, would: bool) -> str:
    """One line of what an import did (or would do) to one kind of record."""
    if would:
        text = tr("{kind}: would add {added}, update {updated} and leave {unchanged} "
                  "unchanged").format(kind=kind_label(kind), added=number(counts.added),
                                      updated=number(counts.updated),
                                      unchanged=number(counts.unchanged))
    else:
        text = tr("{kind}: {added} added, {updated} updated, {unchanged} unchanged").format(
            kind=kind_label(kind), added=number(counts.added), updated=number(counts.updated),
            unchanged=number(counts.unchanged))
    if counts.duplicates == 1:
        text += "; " + tr("1 repeated row merged")
    elif counts.duplicates:
        text += "; " + tr("{count} repeated rows merged").format(
            count=number(counts.duplicates))
    if counts.held_back == 1:
        text += "; " + tr("1 row held back with its household")
    elif counts.held_back:
        text += "; " + tr("{count} rows held back with their households").format(
            count=number(counts.held_back))
    return text + "."


def merged_text(merged: Sequence[MergedRow], shown: int = 3) -> str:
    """Which rows were merged into which: "row 257 repeats row 9 (same passport number and
    name): merged", the first few of them."""
    lines = [merged_row_text(m) for m in merged[:shown]]
    if len(merged) > shown:
        lines.append(tr("... and {count} more (see Notes)").format(
            count=number(len(merged) - shown)))
    return "\n".join(lines)


def merged_row_text(merged: MergedRow) -> str:
    return merged.text(QT_WORDS)


def import_button_text(analysis: Analysis | None) -> str:
    """The Import button says what it will do: the persons (and other records) it adds or
    updates, not the rows of the file (a repeated row is one person)."""
    outcome = analysis.outcome if analysis is not None else None
    if outcome is None:
        valid = sum(analysis.valid_rows.values()) if analysis is not None else 0
        return tr("Import {count} rows").format(count=number(valid)) if valid else tr("Import")
    parts = []
    for kind in SheetKind:
        counts = outcome.counts.get(kind)
        if counts is not None and counts.changed:
            parts.append(record_count(kind, counts.changed))
    if not parts:
        return tr("Import (nothing new)")
    return tr("Import {records}").format(records=tr(" and ").join(parts))


def record_count(kind: SheetKind, count: int) -> str:
    one = {SheetKind.PERSONS: tr("1 person"), SheetKind.FLIGHTS: tr("1 flight"),
           SheetKind.SHELTERS: tr("1 shelter"), SheetKind.SLOTS: tr("1 document slot")}
    many = {SheetKind.PERSONS: tr("{count} persons"), SheetKind.FLIGHTS: tr("{count} flights"),
            SheetKind.SHELTERS: tr("{count} shelters"),
            SheetKind.SLOTS: tr("{count} document slots")}
    return one[kind] if count == 1 else many[kind].format(count=number(count))


class ChooseStep(QFrame):
    """A large drop target with the buttons to choose a file or save the template."""

    choose_requested = Signal()
    template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setStyleSheet("#dropZone { border: 2px dashed palette(mid); border-radius: 10px; }")
        picture = QLabel(self)
        picture.setPixmap(icon("import").pixmap(QSize(56, 56)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = _bold(QLabel(tr("Drop a roster here"), self), 1.5)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(tr("A ministry spreadsheet or the template, with persons, flights, "
                         "shelters or document slots: .xlsx, .xls, .ods, .csv or .json. "
                         "Nothing changes until you press Import."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(tr("Choose a file..."), self)
        self.choose_button.setDefault(True)
        self.choose_button.setMinimumWidth(180)
        self.choose_button.clicked.connect(self.choose_requested)
        self.template_button = QPushButton(tr("Save the blank template..."), self)
        self.template_button.setToolTip(tr("A workbook with the sheets and headers the import "
                                           "knows, to fill in and import"))
        self.template_button.clicked.connect(self.template_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        hint = _muted(tr("Headers in English or Indonesian are recognised (Nama, Jenis Kelamin, "
                         "Tanggal Lahir, No. Paspor...), also below a title block. You can "
                         "change what each column means before importing."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addStretch(3)

    def set_busy(self, busy: bool) -> None:
        self.choose_button.setEnabled(not busy)
        self.template_button.setEnabled(not busy)


class CheckStep(QWidget):
    """How the file reads: sheets, the columns of the chosen one, problems and a preview."""

    sheet_chosen = Signal(str)
    kind_chosen = Signal(str, str)
    header_row_chosen = Signal(str, int)
    other_file_requested = Signal()
    rejects_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.file_label = _bold(QLabel(self))
        self.other_button = QPushButton(tr("Choose another file..."), self)
        self.other_button.clicked.connect(self.other_file_requested)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.other_button)
        layout.addLayout(top)

        self.sheets = sheet_model(self)
        self.sheet_view = ListView(self.sheets, self, sortable=False)
        self.sheet_view.selectionModel().currentRowChanged.connect(lambda *_: self._on_sheet())
        sheet_box = QWidget(self)
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(_bold(QLabel(tr("Sheets"), sheet_box)))
        sheet_layout.addWidget(self.sheet_view, 1)

        column_box = QWidget(self)
        column_layout = QVBoxLayout(column_box)
        column_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_title = _bold(QLabel(tr("Columns"), column_box))
        column_layout.addWidget(self.columns_title)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(tr("The sheet holds"), column_box))
        self.kind_choice = QComboBox(column_box)
        self.kind_choice.setPlaceholderText(tr("choose..."))
        for kind in SheetKind:
            self.kind_choice.addItem(kind_label(kind), kind.value)
        self.kind_choice.activated.connect(self._kind_changed)
        choices.addWidget(self.kind_choice)
        choices.addSpacing(12)
        choices.addWidget(QLabel(tr("Headers in row"), column_box))
        self.header_spin = QSpinBox(column_box)
        self.header_spin.setRange(1, 200)
        self.header_spin.editingFinished.connect(self._header_changed)
        choices.addWidget(self.header_spin)
        choices.addStretch(1)
        column_layout.addLayout(choices)
        self.remembered_label = QLabel(column_box)
        self.remembered_label.setWordWrap(True)
        self.remembered_label.setStyleSheet(f"color: {GOOD};")
        self.remembered_label.setVisible(False)
        column_layout.addWidget(self.remembered_label)
        self.mapping = ColumnMappingModel(self)
        self.column_view = QTableView(column_box)
        self.column_view.setModel(self.mapping)
        self.column_view.setItemDelegateForColumn(ColumnMappingModel.FIELD, FieldDelegate(self))
        self.column_view.verticalHeader().setVisible(False)
        self.column_view.setAlternatingRowColors(True)
        self.column_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.column_view.setEditTriggers(QTableView.EditTrigger.DoubleClicked
                                         | QTableView.EditTrigger.SelectedClicked
                                         | QTableView.EditTrigger.EditKeyPressed)
        self.column_view.verticalHeader().setDefaultSectionSize(
            self.column_view.fontMetrics().height() + 10)
        metrics = self.column_view.fontMetrics()
        header = self.column_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, chars in ((0, 7), (1, 22), (2, 24), (4, 18)):
            self.column_view.setColumnWidth(column, metrics.averageCharWidth() * chars + 16)
        header.setSectionResizeMode(ColumnMappingModel.HOW, QHeaderView.ResizeMode.Stretch)
        self.column_view.setMouseTracking(True)
        self.column_view.clicked.connect(self._column_clicked)
        column_layout.addWidget(self.column_view, 1)
        self.missing_label = QLabel(column_box)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {WARNING};")
        column_layout.addWidget(self.missing_label)

        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(sheet_box)
        upper.addWidget(column_box)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 3)
        upper.setChildrenCollapsible(False)
        upper.setSizes([490, 690])  # the sheets' five columns whole

        self.tabs = QTabWidget(self)
        self.problems = problem_model(self)
        self.problem_view = ListView(self.problems, self)
        self.preview = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setMargin(8)
        self.tabs.addTab(self.problem_view, tr("Problems"))
        self.tabs.addTab(self.preview_view, tr("First rows"))
        self.tabs.addTab(self.notes, tr("Notes"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.outcome_label = QLabel(self)
        self.outcome_label.setWordWrap(True)
        layout.addWidget(self.outcome_label)
        bottom = QHBoxLayout()
        self.skip_check = QCheckBox(tr("Import the valid rows and leave out the rows with "
                                       "problems"), self)
        self.skip_check.toggled.connect(lambda _on: self._update_buttons())
        self.rejects_button = QPushButton(tr("Save the rows with problems..."), self)
        self.rejects_button.setToolTip(tr("A workbook of these rows with what to correct; "
                                          "import it again once corrected"))
        self.rejects_button.clicked.connect(self.rejects_requested)
        self.import_button = QPushButton(tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.setMinimumWidth(140)
        self.import_button.clicked.connect(self.import_requested)
        bottom.addWidget(self.skip_check)
        bottom.addStretch(1)
        bottom.addWidget(self.rejects_button)
        bottom.addWidget(self.import_button)
        layout.addLayout(bottom)
        self.checking = False

    # --- showing ------------------------------------------------------------------------
    def show_analysis(self, analysis: Analysis, sheet: str | None) -> None:
        self.analysis = analysis
        self.file_label.setText(tr("{file} ({format})").format(file=analysis.file_name,
                                                               format=analysis.format_name))
        self._filling = True
        self.sheets.set_records(sheet_rows(analysis))
        names = [s.name for s in analysis.sheets]
        chosen = sheet if sheet in names else next(
            (s.name for s in analysis.sheets if s.kind is not None), names[0] if names else None)
        self._filling = False
        if chosen is not None:
            self.sheet_view.select_row(names.index(chosen))
        self._on_sheet()
        problems = problem_rows(analysis.rejected)
        self.problems.set_records(problems)
        self.problem_view.set_empty_text(tr("No problems: every row can be imported."))
        self.tabs.setTabText(0, tr("Problems ({count})").format(count=number(len(problems))))
        self.notes.setText(self._notes_text(analysis))
        self.tabs.setCurrentIndex(0 if problems else 1)
        self._show_outcome()
        self._update_buttons()

    @staticmethod
    def _notes_text(analysis: Analysis) -> str:
        lines = []
        for sheet in analysis.sheets:
            if sheet.kind is None:
                lines.append(tr("Sheet {sheet} is not imported: {reason}").format(
                    sheet=sheet.name, reason=reason_text(sheet.reason)))
            for warning in sheet.warnings:
                lines.append(f"{sheet.name}: {reason_text(warning)}")
        if analysis.outcome is not None:
            lines += [merged_row_text(m) for m in analysis.outcome.merged[:200]]
        for skipped in analysis.skipped[:200]:
            lines.append(tr("{sheet} row {row} is not a record: {reason}").format(
                sheet=skipped.sheet, row=skipped.row, reason=reason_text(skipped.why)))
        if len(analysis.skipped) > 200:
            lines.append(tr("... and {count} more rows that are not records").format(
                count=len(analysis.skipped) - 200))
        return "\n".join(lines) or tr("Nothing to note.")

    def current_sheet(self) -> SheetReport | None:
        record = self.sheet_view.current_record()
        return record.report if isinstance(record, SheetRow) else None

    def _on_sheet(self) -> None:
        report = self.current_sheet()
        analysis = self.analysis
        self.mapping.set_sheet(report)
        recognised = report is not None and report.kind is not None
        if report is None:
            self.columns_title.setText(tr("Columns"))
        else:
            self.columns_title.setText(tr("Columns of {sheet}").format(sheet=report.name))
        self.kind_choice.blockSignals(True)
        if report is not None and report.kind is not None:
            self.kind_choice.setCurrentIndex(self.kind_choice.findData(report.kind.value))
        else:
            self.kind_choice.setCurrentIndex(-1)
        self.kind_choice.blockSignals(False)
        self.kind_choice.setEnabled(report is not None)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(report.header_row or 1 if report is not None else 1)
        self.header_spin.blockSignals(False)
        self.header_spin.setEnabled(recognised)
        self.remembered_label.setVisible(bool(report is not None and report.remembered))
        if report is not None and report.remembered:
            self.remembered_label.setText(tr("Columns as remembered for this header row: "
                                             "{origin}.").format(
                                                 origin=reason_text(report.remembered)))
        if report is not None and report.kind is None:
            self.missing_label.setText(tr("Not recognised: {reason}. Say what the sheet holds "
                                          "to choose its columns.").format(
                                              reason=reason_text(report.reason)))
        elif report is not None and report.undecided:
            named = ", ".join(c.describe() for c in report.undecided)
            text = tr("Decide what column {column} holds: it looks like something the plan "
                      "needs (a household, a date of readiness, a flag...) and is not "
                      "imported.") if len(report.undecided) == 1 else tr(
                "Decide what columns {column} hold: they look like something the plan needs "
                "(a household, a date of readiness, a flag...) and are not imported.")
            self.missing_label.setText(text.format(column=named) + " " + tr(
                "Click its proposal to use it, or choose (not imported) under Goes to."))
            self.column_view.scrollToTop()
        elif report is not None and report.missing_required:
            missing = ", ".join(field_label(f) for f in report.missing_required)
            self.missing_label.setText(tr("No column gives {fields}: every row would be "
                                          "rejected. Double-click a column's Goes to cell to "
                                          "choose it.").format(fields=missing))
        else:
            self.missing_label.setText("")
        rows = analysis.preview.get(report.name, []) if analysis and report else []
        self.preview.set_preview(report, rows, problem_rows(analysis.rejected)
                                 if analysis else [])
        self.preview_view.resizeColumnsToContents()
        if report is not None and not self._filling:
            self.sheet_chosen.emit(report.name)

    def _column_clicked(self, index: QModelIndex) -> None:
        """A click on a proposal applies it; on "Choose: ..." it opens the choice."""
        if index.column() != ColumnMappingModel.PROPOSAL or self.checking:
            return
        if not self.mapping.accept_proposal(index.row()):
            column = self.mapping.columns[index.row()]
            if column.choices and column.field is None:
                self.column_view.edit(self.mapping.index(index.row(),
                                                         ColumnMappingModel.FIELD))

    def undecided(self) -> list[str]:
        """The columns (of any sheet) that must be decided before importing."""
        analysis = self.analysis
        return [c.letter for s in analysis.sheets for c in s.undecided] if analysis else []

    def _kind_changed(self, index: int) -> None:
        report = self.current_sheet()
        if report is not None and index >= 0:
            self.kind_chosen.emit(report.name, str(self.kind_choice.itemData(index)))

    def _header_changed(self) -> None:
        report = self.current_sheet()
        if report is not None and report.kind is not None \
                and self.header_spin.value() != report.header_row:
            self.header_row_chosen.emit(report.name, self.header_spin.value())

    def _show_outcome(self) -> None:
        analysis = self.analysis
        if analysis is None:
            self.outcome_label.setText("")
            return
        lines = []
        outcome = analysis.outcome
        if outcome is not None:
            for kind in SheetKind:
                counts = outcome.counts.get(kind)
                if counts is not None:
                    lines.append(counts_text(kind, counts, would=True))
            if outcome.merged:
                lines.append(merged_text(outcome.merged))
        # The held-back rows are counted in the lines above ("held back with their
        # households"); these are the rows with a problem of their own.
        rejected = len(analysis.rejected) - sum(analysis.held_back.values())
        if rejected == 1:
            lines.append(tr("1 row has a problem (listed above). Correct it in the file and "
                            "choose it again, or import the valid rows and leave it out."))
        elif rejected:
            lines.append(tr("{count} rows have problems (listed above). Correct them in the file "
                            "and choose it again, or import the valid rows and leave them "
                            "out.").format(count=number(rejected)))
        self.outcome_label.setText("\n".join(lines))
        self.outcome_label.setStyleSheet(f"color: {WARNING};" if rejected else "")

    def set_checking(self, checking: bool) -> None:
        self.checking = checking
        if checking:
            self.outcome_label.setText(tr("Checking the file..."))
            self.outcome_label.setStyleSheet("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        analysis = self.analysis
        rejected = bool(analysis and analysis.rejected)
        valid = sum(analysis.to_import(s.name) for s in analysis.sheets) if analysis else 0
        self.skip_check.setVisible(rejected)
        self.rejects_button.setEnabled(rejected and not self.checking)
        allowed = analysis is not None and not self.checking and valid > 0 and (
            not rejected or self.skip_check.isChecked()) and not self.undecided()
        self.import_button.setEnabled(allowed)
        self.import_button.setText(import_button_text(analysis))
        for widget in (self.kind_choice, self.header_spin, self.column_view,
                       self.other_button):
            widget.setEnabled(not self.checking)


class DoneStep(QWidget):
    """What the import did, with the rejected rows to save and the next steps."""

    rejects_requested = Signal()
    another_requested = Signal()
    plan_requested = Signal()
    roster_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _bold(QLabel(self), 1.4)
        self.lines = QLabel(self)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejects_button = QPushButton(tr("Save the rejected rows..."), self)
        self.rejects_button.clicked.connect(self.rejects_requested)
        self.another_button = QPushButton(tr("Import another file"), self)
        self.another_button.clicked.connect(self.another_requested)
        self.roster_button = QPushButton(tr("See the roster"), self)
        self.roster_button.clicked.connect(self.roster_requested)
        self.plan_button = QPushButton(tr("Go on to Plan"), self)
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.plan_requested)
        buttons = QHBoxLayout()
        for button in (self.rejects_button, self.another_button, self.roster_button,
                       self.plan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(820)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        self.grid_box = QWidget(card)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(28)
        inner.addWidget(self.grid_box)
        inner.addWidget(self.lines)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(card)
        layout.addStretch(1)

    def show_report(self, report: ImportReport, backup: str | None) -> None:
        if report.committed:
            changed = sum(c.changed for c in report.counts.values())
            self.title.setText(tr("Imported {file}").format(file=report.file_name)
                               if changed else
                               tr("Nothing new in {file}").format(file=report.file_name))
            self.title.setStyleSheet(f"color: {GOOD};")
        else:
            self.title.setText(tr("Nothing was imported from {file}").format(
                file=report.file_name))
            self.title.setStyleSheet(f"color: {WARNING};")
        self._fill_grid(report)
        lines = []
        if report.rejected:
            lines.append(tr("{count} rows with problems were left out; save them to correct "
                            "and import again.").format(count=number(len(report.rejected)))
                         if report.committed else
                         tr("{count} rows have problems.").format(
                             count=number(len(report.rejected))))
        if backup:
            lines.append(tr("A copy of the operation from before the import was saved as "
                            "{file}.").format(file=backup))
        if report.merged:
            lines.append(merged_text(report.merged))
        for saved in report.saved_mappings:
            lines.append(tr("The columns were remembered ({origin}): the next file with the same "
                            "headers imports without asking.").format(
                                origin=reason_text(saved)))
        lines += [f"\u2022 {reason_text(w)}" for w in report.warnings[:20]]
        lines.append(tr("Took {seconds} s.").format(seconds=f"{report.seconds:.1f}"))
        self.lines.setText("\n".join(lines))
        self.rejects_button.setVisible(bool(report.rejected))

    def _fill_grid(self, report: ImportReport) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        headers = (tr("Added"), tr("Updated"), tr("Unchanged"), tr("Left out"))
        for column, text in enumerate(headers, start=1):
            label = QLabel(text, self.grid_box)
            label.setStyleSheet("color: palette(mid);")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(label, 0, column)
        row = 1
        for kind in SheetKind:
            counts = report.counts.get(kind)
            if counts is None:
                continue
            self.grid.addWidget(_bold(QLabel(kind_label(kind), self.grid_box)), row, 0)
            values = (counts.added, counts.updated, counts.unchanged,
                      counts.rejected + counts.held_back)
            for column, value in enumerate(values, start=1):
                label = QLabel(number(value), self.grid_box)
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                if column == 4 and value:
                    label.setStyleSheet(f"color: {WARNING};")
                self.grid.addWidget(label, row, column)
            row += 1
        self.grid.setColumnStretch(5, 1)
