"""The shortcuts that open a 150,000-person roster quickly give what the plain ways give:
dates sliced from fixed-width text, ages from date digits, the household code folded once
per household, literal separators, and a search that narrows only over few rows."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy.dialects import sqlite

from planner.db import Operation
from planner.db.models import Person
from planner.records import editing
from planner.records import snapshots as table_snapshots
from planner.records.editing import RecordKind
from planner.records.snapshots import (
    BLANK_DATE,
    NO_DAY,
    SEPARATOR,
    ColumnKind,
    ColumnTable,
    day_numbers,
    person_snapshot_columns,
)
from ui.models.record_table import NARROW_SHARE, Column, RecordTableModel


def plain_day_numbers(iso_dates: np.ndarray) -> np.ndarray:
    valid = iso_dates != ""
    days = np.where(valid, iso_dates, "1970-01-01").astype("datetime64[D]").astype(np.int64)
    return np.where(valid, days, NO_DAY)


def test_dates_sliced_from_fixed_width_text_equal_the_split_ones() -> None:
    dates = ["2026-03-02", BLANK_DATE, "1999-12-31", "2024-02-29"]
    parsed = table_snapshots._parse_aggregate(SEPARATOR.join(dates), ColumnKind.DATE, 4)
    assert parsed is not None and parsed.dtype == np.dtype("<U10")
    assert list(parsed) == ["2026-03-02", "", "1999-12-31", "2024-02-29"]
    # A value of another width (a blank from PostgreSQL, a date written otherwise) splits.
    uneven = table_snapshots._parse_aggregate("2026-03-02\x1f\x1f2026-3-2", ColumnKind.DATE, 3)
    assert uneven is not None and list(uneven) == ["2026-03-02", "", "2026-3-2"]
    assert table_snapshots._parse_aggregate("2026-03-02", ColumnKind.DATE, 2) is None


def test_day_numbers_from_digits_equal_numpys_dates() -> None:
    rng = np.random.default_rng(3)
    dates = (np.datetime64("1890-01-01") + rng.integers(0, 55_000, 5_000)).astype(str)
    dates = dates.astype("<U10")
    dates[::9] = ""
    dates[1:4] = ["2024-02-29", "1970-01-01", "1969-12-31"]
    assert np.array_equal(day_numbers(dates), plain_day_numbers(dates))
    assert list(day_numbers(np.array(["", ""], dtype="<U10"))) == [NO_DAY, NO_DAY]
    # Anything else is left to numpy: a day the month lacks, another shape.
    assert table_snapshots._digit_days(np.array(["2026-02-30"]), np.array([True])) is None
    assert table_snapshots._digit_days(np.array(["2026/02/03"]), np.array([True])) is None
    wider = np.array(["2026-03-02", ""], dtype="<U16")
    assert np.array_equal(day_numbers(wider), plain_day_numbers(wider))


def test_separators_are_written_into_the_sqlite_query() -> None:
    specs = [(c.expression, c.kind) for c in person_snapshot_columns()]
    parts = [table_snapshots._aggregated_expression(e, k, postgres=False) for e, k in specs]
    compiled = Person.__table__.select().with_only_columns(*parts).compile(
        dialect=sqlite.dialect())
    bound = [value for value in compiled.params.values() if isinstance(value, str)]
    assert SEPARATOR not in bound and "\x1e" not in bound
    assert f"'{SEPARATOR}'" in str(compiled)


def test_household_codes_are_folded_once_per_household(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        for name, household in (("Ani", "STRAẞE-1"), ("Budi", "straße-1"), ("Cici", "")):
            editing.create(session, RecordKind.PERSON,
                           {"full_name": name, "sex": "F", "date_of_birth": "1990-01-01",
                            "household": household})
    with sqlite_operation.session() as session:
        table = table_snapshots.load_person_columns(session)
        some = table_snapshots.load_person_columns(session, [int(table.ids[2])])
    codes = [str(code) for code in table.columns["household"]]
    assert codes[2] == "" and codes[0].casefold() == "strasse-1"
    folded = table_snapshots.household_search_text(table)
    assert list(folded) == [code.casefold() for code in codes]
    assert list(table_snapshots.household_search_text(some)) == [""]
    # A table without the folded column (e.g. built elsewhere) is folded on demand.
    del table.columns["household_search"]
    assert list(table_snapshots.household_search_text(table)) == list(folded)


def test_narrowing_over_many_rows_searches_all_and_agrees(qapp: Any) -> None:
    columns = [Column("name", "Name")]
    count = 40 * NARROW_SHARE
    names = [("sari" if i % 2 else "budi") + f" {i:04d}" for i in range(count)]
    kinds = {"name": ColumnKind.TEXT, "search": ColumnKind.SEARCH}
    table = ColumnTable(np.arange(count, dtype=np.int64), np.ones(count, dtype=np.int64),
                        {"name": np.array(names, dtype=object),
                         "search": np.array([n.casefold() for n in names])}, kinds)
    model: Any = RecordTableModel(columns, search_field="search")
    model.set_table(table)
    for text in ("s", "sa", "sari 0", "sari 00", "sari 001", "sari 0013", "s 1", "i", "i 03"):
        model.set_search(text)
        words = text.split()
        expected = [n for n in names if all(w in n for w in words)]
        assert [model.value(row, "name") for row in range(model.rowCount())] == expected, text
