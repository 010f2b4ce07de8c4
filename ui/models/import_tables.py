"""The tables of the import screen: sheets, the column mapping, problems by row, a preview.

All read the import service's ``Analysis`` (``planner.importing``). The column mapping is
the one editable table: its Field column takes a field name (or "" for "not imported")
through ``setData``; the screen turns the edits into a ``ColumnMapping`` and checks the
file again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from planner.importing import Analysis, ColumnMatch, RowProblem, SheetReport
from planner.importing.cells import Row, display
from planner.importing.record_kinds import KINDS, SheetKind, base_field
from ui.i18n import tr
from ui.labels import field_label
from ui.messages import (
    clauses_text,
    other_header_text,
    problem_reason,
    problem_short,
    reason_text,
)
from ui.models.list_table import RIGHT, ListColumn, ListTableModel

Index = QModelIndex | QPersistentModelIndex
WARNING = "#b3261e"
#: The column mapping's field for a column left out of the import.
NOT_IMPORTED = ""


def kind_label(kind: SheetKind | None) -> str:
    return {
        SheetKind.PERSONS: tr("Persons"),
        SheetKind.FLIGHTS: tr("Flights"),
        SheetKind.SHELTERS: tr("Shelters"),
        SheetKind.SLOTS: tr("Document slots"),
    }.get(kind, tr("Not recognised")) if kind is not None else tr("Not recognised")


def target_label(target: str | None) -> str:
    """A mapping target in words: a field, or half of a date and time in two columns."""
    if not target:
        return tr("(not imported)")
    name = base_field(target)
    if target.endswith("@date"):
        return tr("{field} (date)").format(field=field_label(name))
    if target.endswith("@time"):
        return tr("{field} (time)").format(field=field_label(name))
    return field_label(name)


def targets_of(kind: SheetKind) -> list[str]:
    """Every field (and date/time half) a column of this kind of sheet may fill."""
    spec = KINDS[kind]
    targets: list[str] = []
    for name in spec.fields:
        targets.append(name)
        targets += [part for part in (f"{name}@date", f"{name}@time") if part in spec.headers]
    return targets


def how_label(how: str) -> str:
    return {"recognised": tr("recognised"), "mapping": tr("chosen by you"),
            "ignored": tr("not recognised"), "duplicate": tr("repeats another column"),
            "inferred": tr("by words and cells"), "remembered": tr("remembered")
            }.get(how, how)


# --- sheets -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetRow:
    report: SheetReport
    #: Rows the import would write.
    valid: int
    #: Rows with a problem of their own (invalid, or refused while written).
    rejected: int
    #: Valid rows held back with their household (a member's row has a problem).
    held: int = 0


def sheet_rows(analysis: Analysis) -> list[SheetRow]:
    rejected: dict[str, int] = {}
    for row in analysis.rejected:
        rejected[row.sheet] = rejected.get(row.sheet, 0) + 1
    return [SheetRow(s, analysis.to_import(s.name),
                     rejected.get(s.name, 0) - analysis.held_back.get(s.name, 0),
                     analysis.held_back.get(s.name, 0))
            for s in analysis.sheets]


def sheet_model(parent: object = None) -> ListTableModel[SheetRow]:
    return ListTableModel([
        ListColumn(tr("Sheet"), lambda r: r.report.name, width_chars=12),
        ListColumn(tr("Holds"), lambda r: kind_label(r.report.kind), width_chars=10,
                   color=lambda r: WARNING if r.report.kind is None else None,
                   tooltip=lambda r: reason_text(r.report.reason) or None),
        ListColumn(tr("To import"), lambda r: str(r.valid) if r.report.kind else "",
                   sort=lambda r: r.valid, align=RIGHT, width_chars=6,
                   header_tooltip=tr("Rows that can be imported")),
        ListColumn(tr("Held back"), lambda r: str(r.held) if r.held else "",
                   sort=lambda r: r.held, align=RIGHT, width_chars=6,
                   color=lambda r: WARNING if r.held else None,
                   header_tooltip=tr("Valid rows left out with their household, as a "
                                     "member's row has a problem")),
        ListColumn(tr("Problems"), lambda r: str(r.rejected) if r.rejected else "",
                   sort=lambda r: r.rejected, align=RIGHT, width_chars=6,
                   color=lambda r: WARNING if r.rejected else None),
    ], parent)


# --- problems by row ----------------------------------------------------------------------
def problem_rows(analysis_rejected: Sequence[Any]) -> list[RowProblem]:
    return [p for row in analysis_rejected for p in row.problems]


def problem_model(parent: object = None) -> ListTableModel[RowProblem]:
    return ListTableModel([
        ListColumn(tr("Sheet"), lambda p: p.sheet, width_chars=12),
        ListColumn(tr("Row"), lambda p: str(p.row), sort=lambda p: p.row, align=RIGHT,
                   width_chars=5),
        ListColumn(tr("Column"), lambda p: (f"{p.column} \u00b7 {p.header}" if p.column and
                                            p.header else p.column or
                                            (field_label(p.field) if p.field else "")),
                   width_chars=24),
        ListColumn(tr("Value"), lambda p: p.value, width_chars=16),
        ListColumn(tr("Problem"), problem_reason, width_chars=50),
    ], parent)


# --- the column mapping (editable) --------------------------------------------------------
def column_order(column: ColumnMatch) -> tuple[int, int]:
    """The columns to look at first: those to decide, then the others not imported (with a
    proposal first), then those imported."""
    if column.undecided:
        rank = 0
    elif column.field is None:
        rank = 1 if (column.proposal or column.choices) else 2
    else:
        rank = 3
    return rank, column.index


class ColumnMappingModel(QAbstractTableModel):
    """The columns of one sheet and the field each one fills, unmapped ones first; the
    Goes-to column is editable and the Proposal column applies its proposal on a click."""

    LETTER, HEADER, FIELD, HOW, PROPOSAL = range(5)
    #: A column's field was changed: (mapping key, field or "" for not imported).
    field_changed = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind: SheetKind | None = None
        self.columns: list[ColumnMatch] = []
        self.missing: list[str] = []
        self._link = QColor("#1565c0")

    def set_sheet(self, report: SheetReport | None) -> None:
        self.beginResetModel()
        self.kind = report.kind if report is not None else None
        self.columns = sorted(report.columns, key=column_order) if report is not None else []
        self.missing = list(report.missing_required) if report is not None else []
        self.endResetModel()

    @staticmethod
    def key_of(column: ColumnMatch) -> str:
        """How the mapping names a column: its header, or its letter when it has none."""
        return column.header.strip() or column.letter

    def targets(self) -> list[str]:
        return [NOT_IMPORTED, *targets_of(self.kind)] if self.kind is not None else []

    def row_of(self, letter: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.letter == letter), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (tr("Column"), tr("Header in the file"), tr("Goes to"), tr("How"),
                  tr("Proposal"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD and self.kind is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @staticmethod
    def how_text(column: ColumnMatch) -> str:
        if column.field is None and column.how not in ("mapping", "remembered", "duplicate"):
            what = reason_text(column.looks_like) or tr("empty")
            return f"{other_header_text(column.other)} \u00b7 {what}" if column.other else what
        text = how_label(column.how)
        if column.how == "inferred" and column.confidence is not None:
            text = tr("{how}, {confidence} sure").format(
                how=text, confidence=f"{column.confidence * 100:.0f} %")
        return text

    @staticmethod
    def proposal_text(column: ColumnMatch) -> str:
        if column.field is not None or column.decided:
            return ""
        if column.proposal:
            return tr("Use: {field}").format(field=target_label(column.proposal))
        if column.choices:
            return tr("Choose: {fields}").format(
                fields=" / ".join(target_label(c) for c in column.choices))
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.columns):
            return None
        column = self.columns[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.FIELD and column.undecided:
                return tr("(not imported: decide)")
            return (column.letter, column.header or tr("(no header)"),
                    target_label(column.field), self.how_text(column),
                    self.proposal_text(column))[col] if col < 5 else None
        if role == Qt.ItemDataRole.EditRole and col == self.FIELD:
            return column.field or NOT_IMPORTED
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.undecided and col in (self.LETTER, self.HEADER, self.FIELD):
                return QBrush(QColor(WARNING))
            if col == self.PROPOSAL:
                return QBrush(self._link)
            if col == self.HEADER and not column.header:
                return QBrush(QColor("#808080"))
            if col == self.FIELD and not column.field:
                return QBrush(QColor("#808080"))
            if col == self.HOW and column.how in ("mapping", "remembered"):
                return QBrush(self._link)
        if role == Qt.ItemDataRole.FontRole and (
                col == self.PROPOSAL or (column.undecided and col == self.FIELD)):
            font = QFont()
            font.setUnderline(col == self.PROPOSAL)
            font.setBold(column.undecided and col == self.FIELD)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.FIELD and self.kind is not None:
                return tr("Double-click to choose the field this column fills")
            if col in (self.HOW, self.PROPOSAL) and (column.evidence or column.looks_like):
                return "\n".join(t for t in (clauses_text(column.evidence),
                                              reason_text(column.looks_like)) if t)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() != self.FIELD or self.kind is None:
            return False
        target = str(value or "")
        if target not in self.targets():
            return False
        column = self.columns[index.row()]
        leave_out = target == NOT_IMPORTED and column.field is None and not column.decided
        if (column.field or NOT_IMPORTED) == target and not leave_out:
            return False
        self._set(index.row(), target)
        return True

    def accept_proposal(self, row: int) -> bool:
        """Give the column at ``row`` the field proposed for it; False if none is."""
        if not 0 <= row < len(self.columns) or self.kind is None:
            return False
        column = self.columns[row]
        if column.field is not None or not column.proposal:
            return False
        self._set(row, column.proposal)
        return True

    def _set(self, row: int, target: str) -> None:
        column = self.columns[row]
        self.columns[row] = ColumnMatch(column.index, column.header, target or None, "mapping")
        self.dataChanged.emit(self.index(row, 0), self.index(row, 4))
        self.field_changed.emit(self.key_of(column), target)


# --- preview ------------------------------------------------------------------------------
class PreviewModel(QAbstractTableModel):
    """The first rows of a sheet as read, in the columns that are imported; rows with a
    problem in red, their problems in the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[ColumnMatch] = []
        self.rows: list[tuple[int, Row]] = []
        self.problems: dict[int, list[RowProblem]] = {}
        self._red = QBrush(QColor(WARNING))

    def set_preview(self, report: SheetReport | None, rows: Sequence[tuple[int, Row]],
                    problems: Sequence[RowProblem]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if report is not None and report.kind is None:  # every column, named by its letter
            width = max((len(cells) for _, cells in self.rows), default=0)
            self.columns = [ColumnMatch(i, "", None, "ignored") for i in range(width)]
        else:
            # The imported columns, and those to decide (so the officer sees their cells).
            self.columns = [c for c in report.columns if c.field or c.undecided] \
                if report is not None else []
        self.problems = {}
        for problem in problems:
            if report is not None and problem.sheet == report.name:
                self.problems.setdefault(problem.row, []).append(problem)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Row")
        if 0 < section <= len(self.columns):
            column = self.columns[section - 1]
            if column.field:
                return target_label(column.field)
            return f"{column.letter} \u00b7 {column.header}" if column.header else column.letter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        number, cells = self.rows[index.row()]
        col = index.column()
        if col > len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(number)
            position = self.columns[col - 1].index
            return display(cells[position]) if position < len(cells) else ""
        if role == Qt.ItemDataRole.ForegroundRole and number in self.problems:
            return self._red
        if role == Qt.ItemDataRole.ToolTipRole and number in self.problems:
            return "\n".join(problem_short(p) for p in self.problems[number])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return RIGHT
        return None
