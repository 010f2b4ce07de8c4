"""The airline and immigration copy carries no phone, note or trafficking flag (SPEC 6, 7)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from planner.db import Operation
from planner.db.models import AuditEntry, Person
from planner.export import Copy, export_manifests
from tests.manifest_plans import NOTE_MARK, store_small_operation

NOW = dt.datetime(2026, 3, 2, 8, 30)
FORBIDDEN_WORDS = re.compile(rb"traffick|victim|phone|notes", re.IGNORECASE)


@pytest.fixture
def small(sqlite_operation: Operation) -> Operation:
    with sqlite_operation.session() as session:
        store_small_operation(session)
    return sqlite_operation


def unzipped_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def personal_markers(operation: Operation) -> list[bytes]:
    """Every phone (as written and as bare digits) and note of the operation."""
    markers: list[bytes] = [NOTE_MARK.encode()]
    with operation.session() as session:
        for phone, notes in session.execute(select(Person.phone, Person.notes)):
            if phone:
                markers += [phone.encode(), re.sub(r"\D", "", phone).encode()]
            if notes:
                markers.append(notes.encode())
    return markers


def test_no_phone_note_or_trafficking_flag_anywhere_in_the_file(
        small: Operation, tmp_path: Path) -> None:
    out = tmp_path / "airline.xlsx"
    result = export_manifests(small, out, copy=Copy.AIRLINE, now=NOW)
    assert result.counts == {"flights": 2, "passengers": 6}
    raw = out.read_bytes()
    parts = unzipped_parts(out)
    assert any(b"AGUS PRATAMA" in data for data in parts.values()), "names are there"
    assert any(b"MEDA WCHR" in data for data in parts.values()), "assistance codes are there"
    for marker in personal_markers(small):
        assert marker not in raw
        for name, data in parts.items():
            assert marker not in data, (marker, name)
    for name, data in parts.items():
        assert not FORBIDDEN_WORDS.search(data), (FORBIDDEN_WORDS.search(data), name)
        # Nor the embassy's own identifiers, nor the words of the embassy copy.
        assert b"C-00000" not in data and b"~C-" not in data, name
        assert b"EMBASSY COPY" not in data, name
        assert b"Wisma A" not in data and b"S-0303-0900" not in data, name


def test_the_airline_copy_does_not_depend_on_what_it_must_not_carry(
        small: Operation, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    export_manifests(small, first, copy=Copy.AIRLINE, now=NOW)
    with small.session() as session:
        session.execute(update(Person).values(
            trafficking_victim=~Person.trafficking_victim, phone="+62 811 0000 000",
            notes="another note entirely"))
    second = tmp_path / "second.xlsx"
    export_manifests(small, second, copy=Copy.AIRLINE, now=NOW)
    before, after = unzipped_parts(first), unzipped_parts(second)
    assert before.keys() == after.keys()
    for name in before:
        if name != "docProps/core.xml":  # holds the time of writing
            assert before[name] == after[name], name


def test_each_export_is_audited_with_identifiers_only(small: Operation, tmp_path: Path) -> None:
    export_manifests(small, tmp_path / "airline.xlsx", copy=Copy.AIRLINE,
                     flights=["QZ 8205 2026-03-05"], now=NOW)
    export_manifests(small, tmp_path / "embassy.xlsx", now=NOW)
    with small.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)
        ).all()
        names = [n for (n,) in session.execute(select(Person.full_name))]
    airline, embassy = entries
    assert (airline.entity, airline.entity_key, airline.recipient) == (
        "plan", "1", "airline and immigration")
    assert airline.details == {"copy": "airline", "format": "xlsx", "file": "airline.xlsx",
                               "flights": 1, "passengers": 4,
                               "flight_keys": ["QZ 8205 2026-03-05"]}
    assert embassy.recipient == "embassy" and embassy.details["unassigned"] == 1
    text = repr([(e.details, e.entity_key, e.recipient) for e in entries])
    for marker in [*names, NOTE_MARK, "+855"]:
        assert marker not in text
