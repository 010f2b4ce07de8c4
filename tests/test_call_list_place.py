"""The call list says where to report in the list's language: under ``evacplan --lang id``
its place column and its summary read "check-in bandara PNH", as the Indonesian message
says it (they read "PNH airport, check-in" in the Indonesian list and sentence). The CSV's
column names, which SMS gateways read, stay as they are (SPEC 8.3)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from planner.cli import main
from planner.db import open_operation
from planner.departure.call_list import COLUMNS
from tests.call_list_support import first_planned_flight, publish_demo


@pytest.fixture
def published(sqlite_path: Path) -> tuple[Path, str, str]:
    """A published demo plan: the operation, its first flight with passengers, and the
    airport they report at."""
    publish_demo(sqlite_path, 150, 2)
    operation = open_operation(str(sqlite_path))
    with operation.session() as session:
        flight, named = first_planned_flight(session)
        origin = flight.origin
    operation.close()
    return sqlite_path, named, origin


@pytest.mark.parametrize(("lang", "place", "summary"), [
    ("id", "check-in bandara {origin}", "; melapor paling lambat {time} di check-in bandara "
                                        "{origin}"),
    ("en", "{origin} airport check-in", "; report by {time} at {origin} airport check-in"),
])
def test_the_list_names_the_place_in_its_language(
        published: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        lang: str, place: str, summary: str) -> None:
    db, flight, origin = published
    out = tmp_path / "calls.csv"
    assert main(["--db", str(db), "--lang", lang, "call-list", flight, str(out),
                 "--reference", "KBRI-PNH"]) == 0
    said = capsys.readouterr().out.splitlines()
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS  # what the gateways read
        rows = list(reader)
    where = place.format(origin=origin)
    assert rows and {row["report_place"] for row in rows} == {where}
    assert said[0].endswith(summary.format(time=rows[0]["report_time"], origin=origin))
    # Each message names the place as its own language does, whatever the list's.
    for row in rows:
        assert f"Lapor check-in bandara {origin} sebelum " in row["message_id"]
        assert f"Report at {origin} airport check-in by " in row["message_en"]
    assert "airport" not in " ".join(r["message_id"] for r in rows)
    # The workbook the officer checks by eye says it the same way.
    book = tmp_path / "calls.xlsx"
    assert main(["--db", str(db), "--lang", lang, "call-list", flight, str(book)]) == 0
    sheet = openpyxl.load_workbook(book).active
    assert {r[6] for r in sheet.iter_rows(min_row=2, values_only=True)} == {where}
