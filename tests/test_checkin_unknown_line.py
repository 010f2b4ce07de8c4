"""``evacplan checkin --file``: a scanned line that matches no one is said to match no one
(it was "its household is unchanged", of a code with no household), in both languages;
a line refused for its household still says the household is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.db import open_operation
from planner.db.models import Flight, Person, PlanHousehold


@pytest.fixture
def flight(sqlite_path: Path) -> tuple[Path, str, list[list[str]]]:
    """A published 50-person demo plan: its first flight with a household of two or more,
    and its households' members."""
    cli = ["--db", str(sqlite_path)]
    assert main([*cli, "demo", "--people", "50", "--seed", "1"]) == 0
    assert main([*cli, "solve", "--publish", "--quiet", "--time-limit", "20"]) == 0
    operation = open_operation(str(sqlite_path))
    with operation.session() as session:
        for first in session.scalars(select(Flight).order_by(Flight.departs_at)):
            households: dict[int, list[str]] = {}
            for household_id, case_no in session.execute(
                    select(Person.household_id, Person.case_no).join(
                        PlanHousehold, PlanHousehold.household_id == Person.household_id)
                    .where(PlanHousehold.flight_id == first.id, PlanHousehold.plan_id == 1)
                    .order_by(Person.case_no)):
                households.setdefault(household_id, []).append(case_no)
            if any(len(members) > 1 for members in households.values()):
                break
        named = f"{first.flight_no} {first.departure_date.isoformat()}"
    operation.close()
    return sqlite_path, named, list(households.values())


@pytest.mark.parametrize(("lang", "nobody", "mixed"), [
    ("en", "evacplan: 1 line not checked in (above): it matches no one; the other lines are "
           "checked in",
     "evacplan: 2 lines not checked in (above): 1 matches no one, the households of the "
     "others are unchanged"),
    ("id", "evacplan: 1 baris tidak dilaporkan (di atas): tidak cocok dengan siapa pun; "
           "baris lainnya sudah dilaporkan",
     "evacplan: 2 baris tidak dilaporkan (di atas): 1 tidak cocok dengan siapa pun, keluarga "
     "dari yang lain tidak berubah")])
def test_a_line_that_matches_no_one_says_so(
        flight: tuple[Path, str, list[list[str]]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], lang: str, nobody: str, mixed: str) -> None:
    db, named, households = flight
    cli = ["--db", str(db), "--lang", lang, "checkin", named, "--file"]
    scans = tmp_path / "scans.txt"
    scans.write_text("C-999999\n" + "\n".join(households[0]) + "\n", encoding="utf-8")
    assert main([*cli, str(scans)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == nobody
    assert "household" not in err[-1] and "keluarga" not in err[-1]
    # A member of a household named without the others: that household is unchanged.
    family = next(h for h in households if len(h) > 1)
    scans.write_text(f"C-999998\n{family[0]}\n", encoding="utf-8")
    assert main([*cli, str(scans)]) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith(mixed), last
    # Every line refused: no "other lines are checked in" where there are none.
    scans.write_text("C-999997\n", encoding="utf-8")
    assert main([*cli, str(scans)]) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == {"en": "evacplan: 1 line not checked in (above): it matches no one; "
                          "nothing is checked in",
                    "id": "evacplan: 1 baris tidak dilaporkan (di atas): tidak cocok dengan "
                          "siapa pun; tidak ada yang dilaporkan"}[lang], last
    # Two of them: "2 match no one".
    scans.write_text(f"C-999998\nC-999997\n{family[0]}\n", encoding="utf-8")
    assert main([*cli, str(scans)]) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith({"en": "evacplan: 3 lines not checked in (above): 2 match no one, ",
                            "id": "evacplan: 3 baris tidak dilaporkan (di atas): 2 tidak "
                                  "cocok"}[lang]), last


@pytest.mark.parametrize(("lang", "alone", "among"), [
    ("en", "Unknown case number: C-999999; nothing was {done}",
     "C-999999: unknown case number; nothing was {done}: the other case numbers named were "
     "not {done} either (name them without this one"),
    ("id", "Nomor kasus tidak dikenal: C-999999; tidak ada yang {done}",
     "C-999999: nomor kasus tidak dikenal; tidak ada yang {done}: nomor kasus lain yang "
     "disebut juga tidak {done} (sebut mereka tanpa nomor ini")])
def test_checkin_and_status_word_an_unknown_case_number_alike(
        flight: tuple[Path, str, list[list[str]]], capsys: pytest.CaptureFixture[str],
        lang: str, alone: str, among: str) -> None:
    """Named alone, and among case numbers that could go: the same two sentences for
    checkin and status (status said the first where checkin said the second)."""
    db, named, households = flight
    alone_member = next(h for h in households if len(h) == 1)[0]
    done = {("en", "checkin"): "checked in", ("en", "status"): "changed",
            ("id", "checkin"): "dilaporkan", ("id", "status"): "diubah"}
    for command, args in (("checkin", [named]), ("status", ["--set", "missing"])):
        cli = ["--db", str(db), "--lang", lang, command, *args]
        assert main([*cli, "C-999999"]) == 1
        err = capsys.readouterr().err
        assert err == f"evacplan: {alone.format(done=done[lang, command])}\n", err
        assert main([*cli, "C-999999", alone_member]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"evacplan: {among.format(done=done[lang, command])}"), err
