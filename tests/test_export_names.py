"""Names on manifests as travel documents print them (issue 13): in capitals, a single
name as it is; the record keeps the name as typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from planner.db import Operation
from planner.db.models import Person
from planner.export import Copy, export_manifests
from planner.export.layout import document_name
from tests.manifest_plans import store_small_operation
from tests.test_export_workbook import table

NOW = dt.datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def small(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        store_small_operation(session)
        session.get(Person, 1).full_name = "Agus van der Pratama"  # type: ignore[union-attr]
        session.get(Person, 7).full_name = "Sukarni"  # type: ignore[union-attr]
    return sqlite_operation


@pytest.mark.parametrize("copy", list(Copy))
def test_manifests_print_names_in_capitals_and_single_names_as_they_are(
        small: Operation, tmp_path: Path, copy: Copy) -> None:
    out = tmp_path / f"{copy.value}.xlsx"
    export_manifests(small, out, copy=copy, now=NOW)
    book = openpyxl.load_workbook(out)
    names = set()
    for sheet in book.worksheets:
        if not sheet.title.startswith(("QZ", "JT", "ID", "GA")):
            continue
        headers, rows = table(sheet)
        names |= {dict(zip(headers, row, strict=True))["Full Name"] for row in rows}
    assert {"AGUS VAN DER PRATAMA", "SUKARNI"} <= names
    assert all(name == name.upper() for name in names)
    with small.session() as session:  # the record keeps the name as typed
        assert session.get(Person, 1).full_name == "Agus van der Pratama"  # type: ignore[union-attr]
        assert session.get(Person, 7).full_name == "Sukarni"  # type: ignore[union-attr]


def test_document_name() -> None:
    assert document_name("Nur") == "NUR"
    assert document_name("Siti Nur'aini binti Ahmad") == "SITI NUR'AINI BINTI AHMAD"
    assert document_name("Made Wirawan-Putra") == "MADE WIRAWAN-PUTRA"
