"""The Intake desk: walk-ins registered from the keyboard alone (SPEC 8.2, issue 17).

The fields of SPEC 2.1 in the order an officer asks them at the desk: name, sex, date of
birth, nationality, passport, document, phone, household, destination, the needs, then
what is asked only sometimes (medical clearance, exit clearance, a note). Enter moves on
(on the last field it saves); Ctrl+Enter saves at any field and starts the next person;
Ctrl+Shift+Enter saves and starts the next member of the same household (household,
destination and phone kept). Values complete as typed: sex from one letter (M/F, L/P),
document statuses, airports the operation flies to, households registered today (the one
of the person registered just before first). While the officer types, the possible
duplicates of ``planner.intake`` show under the form; F4 goes to them and Enter opens the
existing person. Saving while a possible duplicate is listed asks once: R registers
anyway, O opens the existing person, Enter or Escape cancels (a reflex Enter never
registers someone twice); a passport number already registered is not offered to register
anyway (a passport is one person's). The letters are the buttons' own in Indonesian
(T: Tetap daftarkan, B: Buka yang ada). The case number the person will get shows at
once and is given on save.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QKeyCombination,
    QObject,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QWidget,
)
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import Flight, Household, Person, Settings, Shelter
from planner.domain import DocumentStatus, generated_case_no
from planner.errors import PlannerError
from planner.intake import Candidate, DuplicateIndex, load_index, read_document_status
from planner.protection import audit
from planner.records import editing, field_rules
from planner.records.editing import RecordKind, RecordRef
from planner.records.field_rules import ValidationError
from planner.sitrep.day import operation_today
from planner.tags import Tag, read_tags
from planner.words.render import date_text
from ui.context import AppContext
from ui.dialogs import ask
from ui.dialogs.record_dialogs import edit_record
from ui.edit_controller import ChangeSet
from ui.i18n import tr
from ui.labels import field_label, problem_text, validation_text
from ui.messages import QT_WORDS
from ui.pages.base import RECORDS, Page, page_header, page_layout
from ui.plan_words import counted
from ui.tag_print import tags_preview_dialog
from ui.tasks import TaskState
from ui.widgets.scroll_body import scrolling_body

# The text fields, in the order an officer asks them; the needs come after these, then the
# fields asked only sometimes (a medical clearance, an exit clearance, a note).
TEXT_FIELDS = ("full_name", "sex", "date_of_birth", "nationality", "passport_no",
               "document_status", "phone", "household", "destinations")
FLAG_FIELDS = ("needs_shelter", "medical", "pregnant", "disability", "trafficking_victim")
LATER_FIELDS = ("medical_clearance", "cleared_from", "notes")
#: The dates among them, read back (or said unreadable) as the birth date is.
LATER_DATES = ("medical_clearance", "cleared_from")


def unreadable_date(name: str, text: str, left: bool) -> str | None:
    """What the desk says of the date field ``name`` holding ``text``: why a date written
    whole is not on the calendar (31/02/2026) as soon as it is typed, any other unreadable
    date once the officer has ``left`` the field (before, it may be half typed), and ""
    while it may still be typed; None when the text reads as a date (or is blank)."""
    try:
        field_rules.date(text)
    except field_rules.FieldProblem as problem:
        if left or problem.problem.code in ("no_such_day", "no_such_month"):
            return f"{field_label(name)}: {problem_text(problem.problem)}"
        return ""
    return None
# Fields a "next member of the same household" keeps.
HOUSEHOLD_KEEPS = ("household", "destinations", "phone")
SEX_LETTERS = {"m": "M", "l": "M", "f": "F", "p": "F", "w": "F"}
ROLE_PERSON = Qt.ItemDataRole.UserRole + 1


class Desk:
    """What the desk needs from the operation, read once in the background."""

    def __init__(self, index: DuplicateIndex, airports: list[str], next_number: int,
                 default_destination: str, shelters: list[str]) -> None:
        self.index = index
        self.shelters = shelters
        self.airports = airports
        self.next_number = next_number
        self.default_destination = default_destination


def load_desk(operation: Operation, state: TaskState) -> Desk:
    state.set_status(tr("Reading the roster for the intake desk..."))
    with operation.session() as session:
        settings = session.get(Settings, 1)
        airports = sorted({a for a in session.scalars(select(Flight.destination).distinct())})
        default = settings.default_destination if settings else ""
        if default and default not in airports:
            airports.insert(0, default)
        shelters = list(session.scalars(select(Shelter.name).order_by(Shelter.name)))
        return Desk(load_index(session), airports,
                    int(settings.next_case_number or 1) if settings else 1, default, shelters)


def registered_text(count: int) -> str:
    """The desk's running count of the roster."""
    return counted(count, tr("{count} person registered"), tr("{count} persons registered"))


def read_sex(text: str) -> str:
    return SEX_LETTERS.get(text.strip()[:1].lower(), text.strip())


class IntakePage(Page):
    page_id = "intake"
    icon_name = "intake"
    section = RECORDS

    # A person was registered: their ref.
    registered = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.desk: Desk | None = None
        self.last_registered: RecordRef | None = None
        # Persons registered here that the other screens' tables do not show yet.
        self.unseen: list[int] = []
        self.loading = False
        # Households of the persons registered here, the latest first.
        self.recent_households: list[str] = []
        self.fields: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}
        self.case_label = QLabel(self)
        font = self.case_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.case_label.setFont(font)
        form = QFormLayout()
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.installEventFilter(self)
            self.fields[name] = edit
            form.addRow(field_label(name), edit)
        self.fields["sex"].setPlaceholderText(tr("M or F (L/P)"))
        self.fields["date_of_birth"].setPlaceholderText(tr("day first: 17/05/1990"))
        self.fields["document_status"].setPlaceholderText(
            tr("blank: valid with a passport, else missing"))
        self.fields["household"].setPlaceholderText(tr("blank: travels alone"))
        self.fields["nationality"].setPlaceholderText(tr("blank: the operation's default"))
        self.document_model = QStringListModel([s.value for s in DocumentStatus], self)
        self._complete(self.fields["document_status"], self.document_model)
        self.airport_model = QStringListModel([], self)
        self._complete(self.fields["destinations"], self.airport_model)
        self.household_model = QStringListModel([], self)
        self._complete(self.fields["household"], self.household_model)
        flags = QHBoxLayout()
        for name in FLAG_FIELDS:
            box = QCheckBox(field_label(name), self)
            box.setObjectName(name)
            box.installEventFilter(self)
            box.setChecked(name == "needs_shelter")
            self.flags[name] = box
            flags.addWidget(box)
        flags.addStretch(1)
        form.addRow(tr("Needs"), flags)
        self.later: dict[str, QLineEdit] = {}
        for name in LATER_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.installEventFilter(self)
            self.later[name] = edit
            form.addRow(field_label(name), edit)
        for name in LATER_DATES:
            self.later[name].setPlaceholderText(tr("day first: 17/05/1990"))
        self.reading = QLabel(self)
        # The clearance dates read back, or why they cannot be read, one line each.
        self.later_reading = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.duplicates_title = QLabel(self)
        self.duplicates = QListWidget(self)
        self.duplicates.installEventFilter(self)
        self.duplicates.itemActivated.connect(self._open_existing)
        hint = QLabel(tr("Enter: next field - Ctrl+Enter: save and next person - "
                         "Ctrl+Shift+Enter: save and next member of this household - "
                         "F4: possible duplicates - F9: print the tag of the person "
                         "registered last (Shift+F9: their household's) - a scanned tag in "
                         "the name opens that person - Esc: clear"), self)
        hint.setStyleSheet("color: palette(mid);")
        hint.setWordWrap(True)
        self.status = QLabel(self)
        # A shelter's name is data, typed and completed (a drop-down would list data as if
        # it were the program's words).
        self.shelter_choice = QLineEdit(self)
        self.shelter_choice.setPlaceholderText(tr("shelter name"))
        self.shelter_model = QStringListModel([], self)
        self._complete(self.shelter_choice, self.shelter_model)
        self._fit_shelter_box()
        self.shelter_button = QPushButton(tr("Print a shelter's tags..."), self)
        self.shelter_button.clicked.connect(
            lambda: self.print_tags(shelter=self.shelter_choice.text().strip() or None))
        tag_row = QHBoxLayout()
        tag_row.addWidget(QLabel(tr("Tags of the persons the published plan puts in"), self))
        tag_row.addWidget(self.shelter_choice)
        tag_row.addWidget(self.shelter_button)
        tag_row.addStretch(1)
        layout = page_layout(self)
        layout.addWidget(page_header(self, self.status))
        # The form scrolls on a small screen rather than holding the window taller.
        left = scrolling_body(self, layout, min_height=420)
        left.addWidget(self.case_label)
        left.addLayout(form)
        left.addWidget(self.reading)
        left.addWidget(self.later_reading)
        left.addWidget(self.problem)
        left.addWidget(self.duplicates_title)
        left.addWidget(self.duplicates)
        left.addStretch(1)
        self.body_layout = left
        # The keys and the shelter's tags stay in sight under the form, whatever the
        # screen: at 1,280 x 800 they were below the fold of the scrolling form.
        layout.addWidget(hint)
        layout.addLayout(tag_row)
        # The list of possible duplicates takes room only while it lists someone.
        self.duplicates_title.hide()
        self.duplicates.hide()
        for name in ("full_name", "date_of_birth", "passport_no", "household"):
            self.fields[name].textEdited.connect(self._look_for_duplicates)
        self.fields["date_of_birth"].textEdited.connect(lambda _text: self._show_reading())
        self.fields["date_of_birth"].editingFinished.connect(
            lambda: self._show_reading(left=True))
        for name in LATER_DATES:
            self.later[name].textEdited.connect(lambda _text: self._show_later_dates())
            self.later[name].editingFinished.connect(
                lambda name=name: self._show_later_dates(left=name))
        context.operation_changed.connect(lambda _op: self._forget())
        context.edits.records_changed.connect(self._edited)
        self._set_case_label()

    def title(self) -> str:
        return tr("Intake desk")

    def shortcuts(self) -> list[tuple[str, QKeySequence]]:
        return [(tr("Save and next person"), QKeySequence("Ctrl+Return")),
                (tr("Save and next member of this household"),
                 QKeySequence("Ctrl+Shift+Return")),
                (tr("Possible duplicates"), QKeySequence("F4")),
                (tr("Print the tag of the person registered last"), QKeySequence("F9")),
                (tr("Print the tags of their household"), QKeySequence("Shift+F9"))]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # The form is never squeezed below what its rows need, in the fonts and words it
        # is shown in (at 420 pixels a 640-pixel window cut every field's text at the
        # bottom): a short window scrolls it instead.
        super().showEvent(event)
        self._fit_body()

    def _fit_body(self) -> None:
        body = self.body_layout.parentWidget()
        assert body is not None  # the scrolling body the layout was made for
        body.setMinimumHeight(max(420, self.body_layout.sizeHint().height()))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.show_registered()
        super().hideEvent(event)

    def show_registered(self) -> None:
        """The persons registered at the desk, into the roster and the other tables."""
        if self.unseen:
            ids, self.unseen = self.unseen, []
            self.context.stores.persons.refresh(sorted(ids), [])

    def activated(self) -> None:
        if self.desk is None and not self.loading:
            self._load()
        self.fields["full_name"].setFocus()

    def focus_search(self) -> None:
        self.fields["full_name"].setFocus()

    # --- loading -------------------------------------------------------------------------
    def _forget(self) -> None:
        """Another operation: its roster is read when the desk is next chosen."""
        self.desk = None
        self.unseen = []
        if self.isVisible():
            self._load()

    def _load(self) -> None:
        operation = self.context.operation
        if operation is None:
            self.desk = None
            return
        self.loading = True
        self.status.setText(tr("Reading the roster for the intake desk..."))

        def failed(error: BaseException) -> None:
            self.loading = False
            self.context.errors.handle(error)

        self.context.tasks.start(load_desk, operation, name=tr("Intake desk"),
                                 on_done=self._loaded, on_error=failed)

    def _loaded(self, desk: Desk) -> None:
        self.loading = False
        self.desk = desk
        self.airport_model.setStringList(desk.airports)
        self.shelter_model.setStringList(desk.shelters)
        self._fit_shelter_box()
        self.status.setText(registered_text(len(desk.index)))
        self._set_case_label()
        self._look_for_duplicates()  # what was typed while the roster was read

    def _complete(self, edit: QLineEdit, model: QStringListModel) -> None:
        completer = QCompleter(model, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        edit.setCompleter(completer)

    def _set_case_label(self) -> None:
        number = self.desk.next_number if self.desk else None
        self.case_label.setText(tr("New person: {case_no}").format(
            case_no=generated_case_no(number)) if number else tr("New person"))

    # --- keys ----------------------------------------------------------------------------
    def order(self) -> list[QWidget]:
        return [*self.fields.values(), *self.flags.values(), *self.later.values()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and isinstance(watched, QLineEdit):
            # Ctrl+Z in a field with nothing of its own to undo (the desk clears every field
            # after a save) is Edit > Undo: the registration just saved, not the typing.
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == \
                QKeyCombination(Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z)
            # Not accepted: the window's Undo / Redo action takes the key.
            return (undo and not watched.isUndoAvailable()) or (
                redo and not watched.isRedoAvailable())
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if watched is self.duplicates:
            if key == Qt.Key.Key_Escape or key == Qt.Key.Key_F4:
                self.fields["full_name"].setFocus()
                return True
            return False
        if enter and ctrl:
            self.save(same_household=shift)
            return True
        if enter and watched is self.fields["full_name"] and self._scanned():
            return True
        if enter:
            self._next_field(watched)
            return True
        if key == Qt.Key.Key_F9:
            self.print_tags(household=shift)
            return True
        if key == Qt.Key.Key_F4 and self.duplicates.count():
            self.duplicates.setFocus()
            self.duplicates.setCurrentRow(0)
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        if watched is self.fields["household"] and key == Qt.Key.Key_Down and \
                not self.fields["household"].text() and self.recent_households:
            self.fields["household"].setText(self.recent_households[0])
            self._look_for_duplicates()
            return True
        return False

    def _scanned(self) -> bool:
        """A tag scanned into the name field (its case number and Enter): open that person
        instead of registering someone new."""
        found = self.desk.index.person(self.fields["full_name"].text()) if self.desk else None
        if found is None:
            return False
        self.fields["full_name"].clear()
        self._open(found)
        return True

    def _next_field(self, watched: QObject) -> None:
        if watched is self.fields["sex"]:
            self.fields["sex"].setText(read_sex(self.fields["sex"].text()))
        order = self.order()
        index = order.index(watched) if watched in order else -1  # type: ignore[arg-type]
        if index == len(order) - 1:
            self.save(same_household=False)
            return
        order[index + 1].setFocus()

    # --- values and duplicates -------------------------------------------------------------
    def born(self) -> dt.date | None:
        try:
            return field_rules.date(self.fields["date_of_birth"].text())
        except field_rules.FieldProblem:
            return None

    def _show_reading(self, left: bool = False) -> None:
        """The birth date read back as typed; a date written whole but not on the calendar
        (31/02/1990) said at once, any other unreadable date once the officer leaves the
        field (before, it may be half typed)."""
        unreadable = unreadable_date("date_of_birth", self.fields["date_of_birth"].text(), left)
        if unreadable is not None:
            self.reading.setText(unreadable)
            return
        born = self.born()
        # The one date formatter (the month in the officer's language, whatever the
        # locale), as the clearance dates below and the command line write dates.
        self.reading.setText(tr("Born {day}").format(day=date_text(born, QT_WORDS))
                             if born else "")

    def _show_later_dates(self, left: str | None = None) -> None:
        """The medical and exit clearance dates read back ("Medical clearance: 5 Jul
        2026"), or why they cannot be read, as the birth date is: a date not on the
        calendar at once, a half-typed one once the officer has left its field."""
        lines = []
        for name in LATER_DATES:
            edit = self.later[name]
            text = edit.text()
            said = unreadable_date(name, text, left == name or not edit.hasFocus())
            if said is None and text.strip():
                said = f"{field_label(name)}: {date_text(field_rules.date(text), QT_WORDS)}"
            if said:
                lines.append(said)
        self.later_reading.setText("\n".join(lines))

    def _look_for_duplicates(self) -> None:
        if self.desk is None:
            return
        found = self.desk.index.find(
            self.fields["full_name"].text(), self.born(), self.fields["passport_no"].text(),
            self.fields["household"].text())
        self.show_candidates(found)

    def show_candidates(self, found: list[Candidate]) -> None:
        self.duplicates.clear()
        whys = {"passport": tr("same passport"), "name_and_birth": tr("same name and birth"),
                "name_and_household": tr("same name and household")}
        for candidate in found:
            born = candidate.date_of_birth.isoformat() if candidate.date_of_birth else ""
            text = " - ".join(x for x in (
                candidate.case_no, candidate.full_name, born, candidate.passport_no or "",
                candidate.household or "", ", ".join(whys[w] for w in candidate.why)) if x)
            item = QListWidgetItem(text, self.duplicates)
            item.setData(ROLE_PERSON, candidate)
        self.duplicates_title.setText(
            tr("Possible duplicates (F4, then Enter opens the person):") if found else "")
        # As tall as its rows (at most 150 pixels): the form and the list fit a 1,280 x 800
        # screen together.
        rows = sum(self.duplicates.sizeHintForRow(row) for row in range(len(found)))
        self.duplicates.setFixedHeight(min(150, rows + 2 * self.duplicates.frameWidth() + 2))
        self.duplicates_title.setVisible(bool(found))
        self.duplicates.setVisible(bool(found))
        self._fit_body()

    def _open_existing(self, item: QListWidgetItem) -> None:
        self._open(item.data(ROLE_PERSON))

    def _open(self, candidate: Candidate) -> None:
        ref = RecordRef(RecordKind.PERSON, candidate.person_id, candidate.case_no, 0)
        self.guarded(lambda: edit_record(self.context, RecordKind.PERSON, ref))

    def _fit_shelter_box(self) -> None:
        """The box for the shelter whose tags to print shows its hint and any shelter's name
        whole ("nama penampungan", "Rumah Aman Perempuan 02"): as wide as the longest."""
        box = self.shelter_choice
        texts = [box.placeholderText(), *self.shelter_model.stringList()]
        frame = box.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        # The frame on each side, the line edit's 2-pixel margins and room for the cursor.
        box.setMinimumWidth(max(box.fontMetrics().horizontalAdvance(t) for t in texts)
                            + 2 * frame + 4 + 4)

    # --- saving --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() or None
                                  for name, edit in self.fields.items()}
        values["sex"] = read_sex(values["sex"] or "") or None
        values["document_status"] = read_document_status(values["document_status"])
        values.update({name: box.isChecked() for name, box in self.flags.items()})
        values.update({name: edit.text().strip() or None for name, edit in self.later.items()})
        return values

    def _not_a_duplicate(self) -> bool:
        """With a possible duplicate on the desk, ask once before registering: Register
        anyway (R), Open existing (O: the first listed, nobody registered) or Cancel
        (Enter and Escape: a reflex Enter registers nobody twice). True to go on.

        A passport number already registered is not offered "Register anyway": a passport
        is one person's (the roster's rule, and the import's matching of SPEC 4), so the
        save would be refused. The question says so and offers Open existing or Cancel (to
        correct the number)."""
        if not self.duplicates.count():
            return True
        candidates: list[Candidate] = [self.duplicates.item(row).data(ROLE_PERSON)
                                       for row in range(self.duplicates.count())]
        holder = next((c for c in candidates if "passport" in c.why), None)
        if holder is not None:
            answer = ask.choose(self, tr("Passport already registered"), tr(
                "Passport {passport} is already registered to {case} {existing}: a passport "
                "is one person's, so {name} cannot be registered with it. Open {case}, or "
                "cancel and correct the passport number.").format(
                    passport=holder.passport_no, case=holder.case_no,
                    existing=holder.full_name,
                    name=self.fields["full_name"].text().strip() or tr("this person")),
                [("open", tr("&Open existing")), ("cancel", tr("Cancel"))], safe="cancel")
            if answer == "open":
                self._open(holder)
            else:
                self.fields["passport_no"].setFocus()
            return False
        first = candidates[0]
        text = tr("Register {name} anyway? It may be the same person as {case} "
                  "{existing}.").format(name=self.fields["full_name"].text().strip(),
                                        case=first.case_no, existing=first.full_name)
        more = len(candidates) - 1
        if more:
            text += "\n\n" + tr("The desk lists {more} more possible duplicates (F4).").format(
                more=more)
        answer = ask.choose(self, tr("Possible duplicate"), text, [
            ("register", tr("&Register anyway")), ("open", tr("&Open existing")),
            ("cancel", tr("Cancel"))], safe="cancel")
        if answer == "register":
            return True
        if answer == "open":
            self._open(first)
        else:
            self.fields["full_name"].setFocus()
        return False

    def save(self, same_household: bool) -> RecordRef | None:
        """Register the person typed; start the next one (of the same household)."""
        if self.context.operation is None or not self._not_a_duplicate():
            return None
        values = self.values()
        operation = self.context.operation
        try:
            # Saved here rather than through the edit controller: its refresh of the
            # roster's tables after each edit takes over a second on a 150,000-person
            # operation, and the desk must answer the next key at once. The tables are
            # refreshed once, for every person registered, when the officer leaves the
            # desk (``hideEvent``). Edit > Undo (Ctrl+Z) deletes the person again.
            with operation.session() as session:
                # Available from today where the operation is, not on the desk machine's
                # calendar (a laptop still on another zone's date the evening before).
                values["available_from"] = operation_today(session)
                ref = editing.create(session, RecordKind.PERSON, values)
                if same_household and not values["household"]:
                    # A family begun at the desk: its code is its first member's case number.
                    values["household"] = f"H-{ref.key}"
                    ref = editing.update(session, ref, {"household": values["household"]})
                after = editing.load(session, RecordKind.PERSON, ref.id).values
            self.unseen.append(ref.id)
            self.context.edits.added_elsewhere(ref, after)
        except ValidationError as error:
            self.problem.setText(validation_text(error))
            first = next(iter(error.problems), "")
            target = self.fields.get(first) or self.flags.get(first) or self.later.get(first)
            if target is not None:
                target.setFocus()
            return None
        except PlannerError as error:
            self.problem.setText(str(error))
            return None
        self._registered(ref, values)
        keep = {n: values[n] for n in HOUSEHOLD_KEEPS} if same_household else {}
        self.clear()
        for name, value in keep.items():
            self.fields[name].setText(value or "")
        self.context.say(tr("Registered {case_no}").format(case_no=ref.key))
        self.registered.emit(ref)
        return ref

    def _registered(self, ref: RecordRef, values: dict[str, Any]) -> None:
        household = values.get("household")
        if household:
            if household in self.recent_households:
                self.recent_households.remove(household)
            self.recent_households.insert(0, household)
            self.household_model.setStringList(self.recent_households)
        if self.desk is not None:
            born = values.get("date_of_birth")
            self.desk.index.add(ref.id, ref.key, values["full_name"] or "",
                                field_rules.date(born) if born else None,
                                values.get("passport_no"), household)
            self.desk.next_number += 1
            self.status.setText(registered_text(len(self.desk.index)))
        self.last_registered = ref

    def _edited(self, changes: ChangeSet) -> None:
        """Keep the desk's roster in step with an undo or redo (Edit > Undo deletes a
        registration again; Redo makes it again under a new id, same case number)."""
        desk, operation = self.desk, self.context.operation
        if desk is None or operation is None:
            return
        for person_id in changes.removed.get(RecordKind.PERSON, ()):
            desk.index.remove(person_id)
            if person_id in self.unseen:
                self.unseen.remove(person_id)
            if self.last_registered is not None and self.last_registered.id == person_id:
                self.last_registered = None
        known = {e.person_id for i, e in enumerate(desk.index.entries)
                 if i not in desk.index.removed}
        for person_id in changes.changed.get(RecordKind.PERSON, ()):
            if person_id in known:
                continue
            with operation.session() as session:
                values = editing.load(session, RecordKind.PERSON, person_id).values
            born = values.get("date_of_birth")
            desk.index.add(person_id, str(values["case_no"]), values["full_name"] or "",
                           field_rules.date(born) if born else None,
                           values.get("passport_no"), values.get("household"))
        self.status.setText(registered_text(len(desk.index)))
        self._look_for_duplicates()

    # --- tags ----------------------------------------------------------------------------
    def print_tags(self, household: bool = False, shelter: str | None = None) -> bool:
        """The print preview of the last registered person's tag (F9), of their household's
        tags (Shift+F9) or of a shelter's; True when printed (and recorded)."""
        operation, last = self.context.operation, self.last_registered
        if operation is None or (last is None and shelter is None):
            self.problem.setText(tr("Register a person first: F9 prints the tag of the "
                                    "person registered last."))
            return False

        def read() -> list[Tag]:
            with operation.session() as session:
                if shelter is not None:
                    return read_tags(session, shelter=shelter)
                assert last is not None  # no shelter: the last registered person's tags
                code = session.scalar(select(Household.code).join(Person).where(
                    Person.id == last.id, Household.implicit.is_(False)))
                if household and code:
                    return read_tags(session, household=code)
                return read_tags(session, [last.key])

        tags = self.guarded(read)
        if not tags:
            return False
        if tags_preview_dialog(tags, single=not shelter, parent=self).exec() != \
                QDialog.DialogCode.Accepted:
            return False
        with operation.session() as session:
            audit.record(session, "export", "tags", "print", {
                "case_nos": [t.case_no for t in tags], "format": "print"})
        self.context.say(counted(len(tags), tr("Printed {count} tag"), tr("Printed {count} tags")))
        return True

    def clear(self) -> None:
        for edit in (*self.fields.values(), *self.later.values()):
            edit.setText("")  # unlike clear(), forgets the field's undo: Ctrl+Z is Edit > Undo
        for name, box in self.flags.items():
            box.setChecked(name == "needs_shelter")
        self.problem.clear()
        self.reading.clear()
        self.later_reading.clear()
        self.show_candidates([])
        self._set_case_label()
        self.fields["full_name"].setFocus()
