"""The field registry (``planner.fields``): every reader takes its fields from it, so a
field is added by one entry plus its migration."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

from planner.db.models import DocumentSlot, Flight, Person, Shelter
from planner.fields import FLIGHT, PERSON, RECORDS, SHELTER, SLOT, Parser, Widget
from planner.importing.record_kinds import KINDS
from planner.importing.row_reading import PARSERS
from planner.template import build_template

ROOT = Path(__file__).resolve().parent.parent


def test_a_field_added_to_the_registry_reaches_every_reader(tmp_path: Path) -> None:
    """One entry and an ALTER TABLE (the migration), nothing else: the template has its
    column, the import recognises its Indonesian header and reads its cells, export-roster
    writes it, the roster's table loads it, the desktop form shows it with its label in
    both languages and saves what is typed into it."""
    result = subprocess.run(
        [sys.executable, "-m", "tests.registry_extension", str(tmp_path)], cwd=ROOT,
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["template"][-1] == "Emergency Contact"
    assert seen["import_committed"] and seen["import_problems"] == []
    assert seen["stored"] == {"Siti Aminah": "Ibu Ratna 0812 3456 789", "Budi Santoso": None}
    header, first, second = seen["export"]
    assert header[-1] == "Emergency Contact"
    assert first[-1] == "Ibu Ratna 0812 3456 789" and second[-1] == ""
    assert seen["table_column"] == ["Ibu Ratna 0812 3456 789", ""]
    assert seen["form_editor"] == "QLineEdit"
    assert seen["form_labels"] == ["Emergency contact"]
    assert seen["form_value"] == seen["saved_from_form"] == "Pak RT 0813 1111 222"
    assert seen["label_id"] == "Kontak darurat"
    # This process never saw the field: the extension lived in the other one only.
    assert "Emergency Contact" not in [c.value for c in build_template()["Persons"][1]]
    assert "emergency_contact" not in PERSON


def test_every_field_has_a_column_of_its_type_a_parser_and_both_labels() -> None:
    python_types = {String: str, Text: str, Boolean: bool, Integer: int, Float: float,
                    Date: "date", DateTime: "datetime"}
    for record, model in ((PERSON, Person), (FLIGHT, Flight), (SHELTER, Shelter),
                          (SLOT, DocumentSlot)):
        for entry in record:
            assert entry.label_en and entry.label_id, entry.name
            assert entry.parse in PARSERS, entry.name
            assert isinstance(entry.widget_kind, Widget)
            if entry.choices:  # every code has its words in both languages
                assert [c for c, _en, _id in entry.choice_words] == list(entry.choices)
                assert all(en and ind for _c, en, ind in entry.choice_words), entry.name
            if not entry.column:
                continue
            column = model.__table__.c[entry.name]
            declared = python_types[type(column.type)]
            expected = entry.type.__name__ if entry.type.__module__ == "datetime" \
                else entry.type
            assert declared == expected, (record.record, entry.name, column.type)
            if entry.max_length and isinstance(column.type, String):
                assert column.type.length == entry.max_length, entry.name


def test_the_import_knows_each_kind_by_the_registry() -> None:
    for kind, spec in KINDS.items():
        record = spec.record
        assert spec.fields == record.names
        assert set(spec.required) | set(spec.required_new) == set(record.required)
        for entry in record:
            assert spec.headers[entry.name] == entry.headers
            assert entry.headers, f"{kind}: {entry.name} has no header words"
    assert set(RECORDS) == {"person", "flight", "shelter", "slot"}
    assert {e.parse for r in RECORDS.values() for e in r} <= set(Parser)
