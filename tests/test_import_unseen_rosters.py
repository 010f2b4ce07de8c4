"""Rosters typed by offices the project has never seen (issue 13).

Their headers are drawn from the vocabulary's words, from words it does not list (kept in
``tests/importing/office_rosters.py`` only) and from words that say nothing; their cells
come in three offices' styles. Every field must be recovered, every family kept together,
or the import must stop and name the column the officer has to decide; once the officer
decides it (the proposal, or the field chosen), the import recovers every field.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.db import Operation, open_operation
from planner.importing import ColumnMapping, ImportOptions, UndecidedColumns, run_import
from planner.importing.column_content import FLAG_FIELDS, RECENT_DATE_FIELDS
from planner.importing.headers import recognise
from planner.importing.record_kinds import SheetKind
from tests.importing.office_rosters import (
    FIELDS,
    HEADER_SOURCES,
    HELD_OUT,
    STYLES,
    Roster,
    write_office_roster,
)
from tests.importing.state import empty_operation_file as empty_operation
from tests.importing.state import roster


@pytest.fixture(scope="module")
def empty_operation_file() -> Iterator[Path]:
    with empty_operation() as path:
        yield path


def fresh(empty: Path, folder: Path) -> Operation:
    db = folder / "op.sqlite"
    shutil.copyfile(empty, db)
    return open_operation(db)


def wrong_values(operation: Operation, case: Roster) -> list[tuple[str, str, Any, Any]]:
    """(name, field, expected, stored) for every field value imported wrong."""
    stored = {(p["full_name"], p["date_of_birth"]): p for p in roster(operation)}
    wrong = []
    assert len(stored) == len(case.expected)
    for person in case.expected:
        got = stored[(person["full_name"], person["date_of_birth"])]
        for name in FIELDS:
            if name == "case_no" and "case_no" not in person:
                continue
            if got[name] != person[name]:
                wrong.append((person["full_name"], name, person[name], got[name]))
    return wrong


def families_apart(operation: Operation, case: Roster) -> list[str]:
    """Families of the roster whose members are not one household of the operation."""
    stored = {(p["full_name"], p["date_of_birth"]): p for p in roster(operation)}
    members: dict[str, set[Any]] = {}
    for person in case.expected:
        if person["household"]:
            got = stored[(person["full_name"], person["date_of_birth"])]
            members.setdefault(person["household"], set()).add(got["household"])
    return [code for code, held in members.items() if len(held) != 1 or None in held]


def test_held_out_header_words_are_not_in_the_vocabulary() -> None:
    for style, words in HELD_OUT.items():
        for field, headers in words.items():
            assert field in FIELDS
            for header in headers:
                assert recognise(header, SheetKind.PERSONS) is None, (style, header)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_three_offices_rosters_with_unseen_headers_import_right(
        empty_operation_file: Path, tmp_path: Path, style: str, seed: int) -> None:
    case = write_office_roster(tmp_path, style, seed,
                               sources=dict.fromkeys(FIELDS, "held_out"))
    operation = fresh(empty_operation_file, tmp_path)
    try:
        report = run_import(operation, case.path)
        assert report.committed, [str(p) for p in report.problems][:5]
        assert wrong_values(operation, case) == []
        assert families_apart(operation, case) == []
    finally:
        operation.close()


def _acceptable_proposal(proposal: str | None, choices: tuple[str, ...], truth: str) -> bool:
    if proposal == truth:
        return True
    if truth in RECENT_DATE_FIELDS:
        return proposal in RECENT_DATE_FIELDS
    if truth in FLAG_FIELDS:
        return proposal in FLAG_FIELDS or (proposal is None and truth in choices)
    return False


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(style=st.sampled_from(STYLES), seed=st.integers(0, 10_000),
       sources=st.lists(st.sampled_from(HEADER_SOURCES), min_size=len(FIELDS),
                        max_size=len(FIELDS)),
       dropped=st.sets(st.sampled_from([f for f in FIELDS if f not in (
           "full_name", "sex", "date_of_birth")]), max_size=5),
       persons=st.integers(20, 120))
def test_every_field_is_recovered_or_the_import_names_the_column(
        empty_operation_file: Path, style: str, seed: int, sources: list[str],
        dropped: set[str], persons: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        case = write_office_roster(folder, style, seed, persons=persons,
                                   sources=dict(zip(FIELDS, sources, strict=True)),
                                   dropped=tuple(sorted(dropped)))
        operation = fresh(empty_operation_file, folder)
        try:
            try:
                report = run_import(operation, case.path)
            except UndecidedColumns as stop:
                # The import stopped and named the columns: each is a field's column, and
                # the proposal (if any) is that field, or one the cells cannot tell from it.
                decided: dict[str, str | None] = {}
                for sheet in stop.sheets:
                    for column in sheet.undecided:  # type: ignore[attr-defined]
                        truth = case.columns[column.letter]
                        assert truth is not None, (column.letter, column.header)
                        assert _acceptable_proposal(column.proposal, column.choices, truth), (
                            column.header, column.proposal, truth)
                        decided[column.letter] = truth  # the officer's choice
                assert decided
                report = run_import(operation, case.path, ImportOptions(
                    mapping=ColumnMapping(decided)))
            assert report.committed, [str(p) for p in report.problems][:5]
            assert wrong_values(operation, case) == [], case.headers
            assert families_apart(operation, case) == []
        finally:
            operation.close()
