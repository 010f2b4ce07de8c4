"""A form built from field descriptions, and the dialog that saves it.

Screens describe their fields (``FieldSpec`` in ``FieldGroup``s, see ``ui/forms.py``);
``RecordForm`` builds the widgets, reads and writes values, and shows each field's
problem under it. ``RecordDialog`` checks the values as the officer types (only the
fields already touched, so a new form is not red all over), checks all of them on
Save, and keeps the dialog open with the problems shown when the service refuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ConflictError, PlannerError
from planner.records.field_rules import FieldIssue, ValidationError
from ui.dialogs import ask
from ui.i18n import tr
from ui.labels import field_label, problem_text
from ui.widgets.date_fields import MomentField

ERROR_STYLE = "color: #b3261e;"


class FieldKind(Enum):
    TEXT = "text"
    UPPER = "upper"  # codes: airports, countries, passport numbers
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    DATE = "date"  # may be blank; the service says when it is required
    DATETIME = "datetime"
    WHOLE = "whole"
    OPTIONAL_WHOLE = "optional_whole"  # blank = the special text (e.g. "no limit")
    NUMBER = "number"
    FLAG = "flag"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind = FieldKind.TEXT
    #: CHOICE: code -> words, in order.
    choices: Mapping[str, str] = field(default_factory=dict)
    #: CHOICE: words for "" (the default), if blank is allowed; DATE / OPTIONAL_WHOLE:
    #: what a blank means.
    blank: str | None = None
    placeholder: str = ""
    help: str = ""
    max_length: int = 200
    minimum: float = 0
    maximum: float = 100_000
    label: str | None = None


@dataclass(frozen=True)
class FieldGroup:
    title: str
    fields: Sequence[FieldSpec]
    #: Column of the form's grid (0 = left, 1 = right).
    column: int = 0


class RecordForm(QWidget):
    """The widgets of a form; ``changed(name)`` when the officer edits a field."""

    changed = Signal(str)

    def __init__(self, groups: Sequence[FieldGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs: dict[str, FieldSpec] = {}
        self.editors: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = [0, 0]
        self.column_count = 1 + max((g.column for g in groups), default=0)
        for group in groups:
            box = QGroupBox(group.title, self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for spec in group.fields:
                self.specs[spec.name] = spec
                editor = self._make_editor(spec, box)
                self.editors[spec.name] = editor
                if spec.help:
                    editor.setToolTip(spec.help)
                holder = QWidget(box)
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(editor)
                problem = QLabel(holder)
                problem.setStyleSheet(ERROR_STYLE)
                problem.setWordWrap(True)
                problem.hide()
                column.addWidget(problem)
                self.problem_labels[spec.name] = problem
                if spec.kind is FieldKind.FLAG:
                    form.addRow("", holder)
                else:
                    label = QLabel(spec.label or field_label(spec.name), box)
                    label.setBuddy(editor)
                    form.addRow(label, holder)
            grid.addWidget(box, rows[group.column], group.column)
            rows[group.column] += 1
        grid.setRowStretch(max(rows), 1)

    # --- building -----------------------------------------------------------------------
    def _make_editor(self, spec: FieldSpec, parent: QWidget) -> QWidget:
        name = spec.name
        emit = lambda *_args: self.changed.emit(name)  # noqa: E731
        kind = spec.kind
        if kind in (FieldKind.TEXT, FieldKind.UPPER):
            line = QLineEdit(parent)
            line.setMinimumWidth(200 if spec.max_length > 16 else 80)
            line.setMaxLength(spec.max_length)
            line.setPlaceholderText(spec.placeholder)
            line.setClearButtonEnabled(True)
            line.textEdited.connect(emit)
            if kind is FieldKind.UPPER:
                line.textEdited.connect(lambda text, edit=line: _to_upper(edit, text))
            return line
        if kind is FieldKind.LONG_TEXT:
            text = QPlainTextEdit(parent)
            text.setPlaceholderText(spec.placeholder)
            text.setTabChangesFocus(True)
            text.setFixedHeight(text.fontMetrics().height() * 4 + 12)
            text.textChanged.connect(emit)
            return text
        if kind is FieldKind.CHOICE:
            combo = QComboBox(parent)
            if spec.blank is not None:
                combo.addItem(spec.blank, "")
            for code, words in spec.choices.items():
                combo.addItem(words, code)
            combo.activated.connect(emit)
            return combo
        if kind in (FieldKind.DATE, FieldKind.DATETIME):
            moment = MomentField(kind is FieldKind.DATETIME,
                                 spec.blank if kind is FieldKind.DATE else None, parent,
                                 says_problems=False)
            moment.changed.connect(emit)
            return moment
        if kind in (FieldKind.WHOLE, FieldKind.OPTIONAL_WHOLE):
            spin = QSpinBox(parent)
            low = int(spec.minimum) - (1 if kind is FieldKind.OPTIONAL_WHOLE else 0)
            spin.setRange(low, int(spec.maximum))
            if kind is FieldKind.OPTIONAL_WHOLE:
                spin.setSpecialValueText(spec.blank or tr("(none)"))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(emit)
            return spin
        if kind is FieldKind.NUMBER:
            number = QDoubleSpinBox(parent)
            number.setRange(spec.minimum, spec.maximum)
            number.setDecimals(1)
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            number.valueChanged.connect(emit)
            return number
        check = QCheckBox(spec.label or field_label(name), parent)
        check.toggled.connect(emit)
        return check

    # --- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.specs}

    def value(self, name: str) -> Any:
        spec, editor = self.specs[name], self.editors[name]
        kind = spec.kind
        if isinstance(editor, QLineEdit):
            return editor.text().strip() or None
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip() or None
        if isinstance(editor, QComboBox):
            return editor.currentData() or None
        if isinstance(editor, MomentField):
            return editor.value()
        if isinstance(editor, QSpinBox):
            number = editor.value()
            return None if kind is FieldKind.OPTIONAL_WHOLE and number < spec.minimum else number
        if isinstance(editor, QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QCheckBox)
        return editor.isChecked()

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self.editors:
                self.set_value(name, value)

    def set_value(self, name: str, value: Any) -> None:
        spec, editor = self.specs[name], self.editors[name]
        editor.blockSignals(True)
        try:
            if isinstance(editor, QLineEdit):
                editor.setText("" if value is None else str(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText("" if value is None else str(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData("" if value is None else str(value))
                if index < 0 and value is not None:  # an unknown code: show it as it is
                    editor.addItem(str(value), str(value))
                    index = editor.count() - 1
                editor.setCurrentIndex(max(index, 0))
            elif isinstance(editor, MomentField):
                editor.set_value(value if isinstance(value, dt.date) else None)
            elif isinstance(editor, QSpinBox):
                blank = spec.kind is FieldKind.OPTIONAL_WHOLE
                editor.setValue(editor.minimum() if value is None and blank else int(value or 0))
            elif isinstance(editor, QDoubleSpinBox):
                editor.setValue(float(value or 0))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
        finally:
            editor.blockSignals(False)

    # --- problems -------------------------------------------------------------------------
    def show_problems(self, problems: Mapping[str, FieldIssue],
                      only: set[str] | None = None) -> None:
        """Show each field's problem under it (``only``: just these fields)."""
        for name, label in self.problem_labels.items():
            problem = problems.get(name)
            if problem is not None and (only is None or name in only):
                label.setText(problem_text(problem))
                label.show()
            else:
                label.hide()

    def visible_problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.problem_labels.items()
                if label.isVisibleTo(self)}

    def show_notes(self, notes: Mapping[str, str]) -> None:
        """Warnings that do not stop saving (a flight in the past), under their fields."""
        for name, editor in self.editors.items():
            if isinstance(editor, MomentField):
                editor.set_note(notes.get(name, ""))

    def focus_field(self, name: str) -> None:
        editor = self.editors.get(name)
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)


def _to_upper(edit: QLineEdit, text: str) -> None:
    upper = text.upper()
    if upper != text:
        position = edit.cursorPosition()
        edit.setText(upper)
        edit.setCursorPosition(position)


Checker = Callable[[dict[str, Any]], Any]
Saver = Callable[[dict[str, Any]], Any]
# Warnings about values that may be saved all the same: field name -> sentence.
Noter = Callable[[dict[str, Any]], dict[str, str]]


class FormScroll(QScrollArea):
    """A form in a scroll area that asks for the form's whole size: the dialog opens at
    it where the screen has room, and scrolls the form where it has not."""

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        form = self.widget()
        if form is None:
            return super().sizeHint()
        return form.sizeHint().expandedTo(form.minimumSizeHint()) + QSize(
            2 * self.frameWidth(), 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(260, 160)


class RecordDialog(QDialog):
    """A form with Save and Cancel; ``save(values)`` runs when the values pass ``check``.

    A ``ConflictError`` from ``save`` closes the dialog and goes to ``on_conflict`` (the
    main window's reload offer); any other ``PlannerError`` stays in the dialog.
    ``notes(values)`` gives warnings that do not stop saving (a flight in the past): they
    show under their fields as the officer types, and Save asks before it saves.
    """

    def __init__(self, title: str, groups: Sequence[FieldGroup], check: Checker, save: Saver,
                 parent: QWidget | None = None,
                 on_conflict: Callable[[ConflictError], None] | None = None,
                 intro: str = "", notes: Noter | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.check = check
        self.save = save
        self.on_conflict = on_conflict
        self.notes = notes
        self.result_value: Any = None
        self.touched: set[str] = set()
        self.form = RecordForm(groups, self)
        self.form.changed.connect(self._on_changed)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            layout.addWidget(text)
        # The form scrolls on a small screen rather than squeeze its labels (at 800 x 600
        # 'Boleh berangk...' was cut; at the least size the Travel labels were gone)
        self.form_scroll = FormScroll(self.form, self)
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Open at the size the form asks for: Qt caps a new window at two thirds of the
        screen, which cut the person form's labels on a 1,280 x 800 laptop."""
        screen = self.screen()
        wanted = self.sizeHint()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableSize())
        self.resize(self.size().expandedTo(wanted))
        super().showEvent(event)

    def _problems(self) -> dict[str, FieldIssue]:
        try:
            self.check(self.form.values())
        except ValidationError as error:
            return error.problems
        return {}

    def _notes(self) -> dict[str, str]:
        return self.notes(self.form.values()) if self.notes is not None else {}

    def show_notes(self) -> None:
        self.form.show_notes(self._notes())

    def _on_changed(self, name: str) -> None:
        self.touched.add(name)
        self.form.show_problems(self._problems(), only=self.touched)
        self.show_notes()
        self.grow()

    def grow(self) -> None:
        """Grow (never shrink) to show every line of the fields' problems and readings."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.size().expandedTo(self.sizeHint())
        if wanted != self.size():
            self.resize(wanted)

    def try_save(self) -> None:
        problems = self._problems()
        if problems:
            self._show(problems)
            return
        notes = self._notes()
        if notes:
            self.form.show_notes(notes)
            lines = [f"{field_label(name)}: {note}" for name, note in notes.items()]
            if not ask.confirm(self, self.windowTitle(), "\n".join(
                    [*lines, "", tr("Save it all the same?")]), tr("Save")):
                return
        try:
            self.result_value = self.save(self.form.values())
        except ValidationError as error:
            self._show(error.problems)
            return
        except ConflictError as error:
            self.reject()
            if self.on_conflict is not None:
                self.on_conflict(error)
            return
        except PlannerError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.accept()

    def _show(self, problems: Mapping[str, FieldIssue]) -> None:
        self.touched.update(problems)
        self.form.show_problems(problems)
        self.grow()
        unknown = [name for name in problems if name not in self.form.specs]
        if unknown:
            self.message.setText("\n".join(f"{field_label(n)}: {problem_text(problems[n])}"
                                           for n in unknown))
            self.message.show()
        first = next((name for name in self.form.specs if name in problems), None)
        if first is not None:
            self.form.focus_field(first)
