"""A table cell edited with a drop-down list of the fields a column may fill."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.import_tables import ColumnMappingModel, target_label

Index = QModelIndex | QPersistentModelIndex


class _FieldChoice(QComboBox):
    """The drop-down of fields; tells a choice made in its list from one made with keys."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.keyed = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.keyed = True
        super().keyPressEvent(event)

    def showPopup(self) -> None:  # noqa: N802
        self.keyed = False
        super().showPopup()


class FieldDelegate(QStyledItemDelegate):
    """Edits the Field column of a ``ColumnMappingModel`` with a combo box.

    A field picked from the list is taken at once; one reached with the arrow keys is
    taken when the officer presses Enter or leaves the cell (each key press would
    otherwise check the file again)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        model = index.model()
        combo = _FieldChoice(parent)
        if isinstance(model, ColumnMappingModel):
            for target in model.targets():
                combo.addItem(target_label(target), target)
        combo.activated.connect(lambda _i: None if combo.keyed else self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            value: Any = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
