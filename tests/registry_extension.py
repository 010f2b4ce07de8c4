"""A field that exists only in this process: one registry entry plus its migration.

Run as ``python -m tests.registry_extension FOLDER`` by ``test_field_registry``: the
entry is added to the person fields before anything else reads the registry (as if it
were written in ``planner/fields.py``), the migration is an ``ALTER TABLE``, and the
script then uses the template, the import, export-roster, the desktop form and the
roster's table as an officer would, printing what each showed as JSON. It runs in a
process of its own because a mapped column cannot be taken back out of the ORM.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

from planner.fields import PERSON, Field, Parser

EXTRA = Field(
    "emergency_contact", str, "Emergency contact", "Kontak darurat", Parser.TEXT,
    max_length=100, width=24,
    headers=("emergency contact", "contact in emergency", "kontak darurat", "no darurat"),
)


def main(folder: Path) -> dict[str, object]:
    seen: dict[str, object] = {}
    with PERSON.including(EXTRA):
        from openpyxl import Workbook
        from sqlalchemy import select, text

        from planner.db import open_operation
        from planner.db.models import Person
        from planner.importing import run_import
        from planner.records.snapshots import load_person_columns
        from planner.roster_export import export_roster
        from planner.template import build_template

        seen["template"] = [c.value for c in build_template()["Persons"][1]]

        operation = open_operation(folder / "op.sqlite", create=True)
        with operation.session() as session:  # the field's migration
            session.execute(text("ALTER TABLE persons ADD COLUMN emergency_contact "
                                 "VARCHAR(100)"))

        # A ministry sheet with Indonesian headers; the new column among them.
        book = Workbook()
        sheet = book.active
        sheet.title = "Daftar WNI"
        sheet.append(["Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir", "Kontak Darurat"])
        sheet.append(["Siti Aminah", "P", "12/03/1990", "  Ibu Ratna  0812 3456 789 "])
        sheet.append(["Budi Santoso", "L", "01/07/1985", None])
        book.save(folder / "roster.xlsx")
        report = run_import(operation, folder / "roster.xlsx")
        seen["import_committed"] = report.committed
        seen["import_problems"] = [str(p) for p in report.problems]
        with operation.session() as session:
            seen["stored"] = {name: value for name, value in session.execute(
                select(Person.full_name, Person.emergency_contact))}
            table = load_person_columns(session)
            seen["table_column"] = [str(v) for v in table.columns.get("emergency_contact", [])]
        export_roster(operation, folder / "export.csv")
        with (folder / "export.csv").open(encoding="utf-8-sig") as handle:
            seen["export"] = list(csv.reader(handle))

        seen.update(_desktop_form(operation))
        operation.close()
    return seen


def _desktop_form(operation: object) -> dict[str, object]:
    """The person form: the field's label, typed into with keys, saved by the service."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
    from sqlalchemy import select

    from planner.db.models import Person
    from planner.records import editing
    from planner.records.editing import RecordKind
    from ui.dialogs.record_form import RecordForm
    from ui.forms import groups_for
    from ui.i18n import FieldLabelTranslator

    app = QApplication.instance() or QApplication([])
    seen: dict[str, object] = {}
    with operation.session() as session:  # type: ignore[attr-defined]
        person_id = session.scalar(select(Person.id).where(Person.full_name == "Budi Santoso"))
        record = editing.load(session, RecordKind.PERSON, person_id)
    form = RecordForm(groups_for(RecordKind.PERSON, False, {}))
    form.set_values(record.values)
    form.show()
    editor = form.editors.get("emergency_contact")
    seen["form_editor"] = type(editor).__name__ if editor is not None else None
    seen["form_labels"] = [label.text() for label in form.findChildren(QLabel)
                           if label.buddy() is editor and editor is not None]
    if isinstance(editor, QLineEdit):
        editor.setFocus()
        QTest.keyClicks(editor, "Pak RT 0813 1111 222")
        QTest.keyClick(editor, Qt.Key.Key_Tab)
    values = form.values()
    seen["form_value"] = values.get("emergency_contact")
    with operation.session() as session:  # type: ignore[attr-defined]
        editing.update(session, record.ref, values)
    with operation.session() as session:  # type: ignore[attr-defined]
        seen["saved_from_form"] = session.scalar(
            select(Person.emergency_contact).where(Person.id == person_id))
    seen["label_id"] = FieldLabelTranslator("id").translate("", "Emergency contact")
    form.close()
    app.processEvents()
    return seen


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(Path(sys.argv[1])), default=str))
