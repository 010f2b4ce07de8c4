"""demo -> solve -> export: the manifests workbook says what the solver's plan says."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from planner.cli import main
from planner.db import open_operation
from planner.db.models import Shelter
from tests.test_export_workbook import table, title_text


@pytest.fixture(scope="module")
def solved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("e2e")
    db = str(folder / "operation.sqlite")
    assert main(["--db", db, "demo", "--people", "220", "--seed", "3"]) == 0
    assert main(["--db", db, "solve", "--time-limit", "30", "--json",
                 str(folder / "plan.json"), "--publish"]) == 0
    assert main(["--db", db, "export", str(folder / "manifests.xlsx")]) == 0
    return folder, json.loads((folder / "plan.json").read_text())


def test_manifests_match_the_solved_plan(solved: tuple[Path, dict[str, Any]]) -> None:
    folder, plan = solved
    book = openpyxl.load_workbook(folder / "manifests.xlsx")
    expected: dict[str, set[str]] = defaultdict(set)
    slots: dict[str, str] = {}
    unflown: dict[str, set[str]] = {}
    for household in plan["households"]:
        cases = {m["case_no"] for m in household["members"]}
        slots.update({m["case_no"]: m["doc_slot"] for m in household["members"] if m["doc_slot"]})
        if household["flight"]:
            expected[household["flight"]] |= cases
        else:
            unflown.update({c: {r["text"] for r in household["reasons"]} for c in cases})
    assert expected, "the plan flies someone"

    seen: Counter[str] = Counter()
    for flight, cases in expected.items():
        headers, rows = table(book[flight])
        listed = [r[headers.index("Case No")] for r in rows]
        assert set(listed) == cases, flight
        seen.update(listed)
        adults = sum(1 for r in rows if r[headers.index("Age")] >= 18)
        infants = sum(1 for r in rows if "infant on lap" in (r[headers.index("Special Needs")]
                                                               or ""))
        assert (f"Passengers: {len(rows)} = adults {adults} + children "
                f"{len(rows) - adults - infants} + infants {infants}") in title_text(book[flight])
    assert max(seen.values()) == 1 and sum(seen.values()) == plan["objectives"]["flown_persons"]

    headers, rows = table(book["Without flight"])
    reasons = {r[1]: r[headers.index("Reasons")] for r in rows}
    first_of = {r[1]: r[headers.index("Household")] for r in rows}
    written = {}
    for case_no, text in reasons.items():
        same = re.fullmatch(r"Same as (\S+) \(same household\)\.", text)
        if same:  # a household's reasons are written once, on its first member's row
            assert first_of[same.group(1)] == first_of[case_no] is not None
            assert same.group(1) < case_no
            text = reasons[same.group(1)]
        written[case_no] = set(text.split("\n"))
    assert written == unflown
    repeated = sum(1 for t in reasons.values() if t.startswith("Same as "))
    assert repeated == len(rows) - len({first_of[c] or c for c in reasons}) > 0

    headers, rows = table(book["Document slots"])
    assert {r[headers.index("Case No")]: r[0] for r in rows} == slots


def test_shelter_sheets_respect_the_beds(solved: tuple[Path, dict[str, Any]]) -> None:
    folder, plan = solved
    operation = open_operation(folder / "operation.sqlite")
    try:
        with operation.session() as session:
            beds = {s.name: s.beds for s in session.query(Shelter)}
    finally:
        operation.close()
    book = openpyxl.load_workbook(folder / "manifests.xlsx")
    sheltered = {m["case_no"]: h["shelter"] for h in plan["households"] if h["shelter"]
                 for m in h["members"]}
    for name, capacity in beds.items():
        headers, rows = table(book[name])
        first, last = headers.index("First Night"), headers.index("Last Night")
        nights: Counter[dt.date] = Counter()
        for row in (r for r in rows if isinstance(r[0], int)):  # not the "no one" line
            assert sheltered[row[1]] == name
            night = row[first].date()
            while night <= row[last].date():
                nights[night] += 1
                night += dt.timedelta(days=1)
        assert max(nights.values(), default=0) <= capacity, name
