"""What the 20,000-person walk of 4 December found at the desk commands: a call list
written again says who was called already and when; a check-in by case numbers names
every mistake in one refusal; a preview's reference code is said to be given again."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from planner import demo
from planner.cli import main
from planner.db import open_operation
from planner.db.models import Person


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str], list[str]]:
    """A 300-person demo, planned and published: the file, the busiest flight, its
    passengers and persons waiting with a seat on another flight."""
    folder = tmp_path_factory.mktemp("walk")
    db = folder / "op.sqlite"
    operation = open_operation(str(db), create=True)
    with operation.session() as session:
        demo.create(session, 300, seed=5)
    operation.close()
    out = folder / "plan.json"
    assert main(["--db", str(db), "solve", "--time-limit", "30", "--publish", "--json",
                 str(out)]) == 0
    import json
    plan = json.loads(out.read_text(encoding="utf-8"))
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    # The flight's passengers, its first household first.
    on = [m["case_no"] for h in plan["households"] if h["flight"] == flight
          for m in h["members"]]
    first = next(h for h in plan["households"] if h["flight"] == flight)
    assert len(first["members"]) == 1, "a household of one checks in by one case number"
    other = [h["members"][0]["case_no"] for h in plan["households"]
             if h["flight"] and h["flight"] != flight and len(h["members"]) == 1]
    return db, flight, on, other


@pytest.fixture
def day(planned: tuple[Path, str, list[str], list[str]], tmp_path: Path
        ) -> tuple[Path, str, list[str], list[str]]:
    db, flight, on, other = planned
    copy = tmp_path / "op.sqlite"
    shutil.copy(db, copy)
    return copy, flight, on, other


def _statuses(db: Path) -> Counter[str]:
    operation = open_operation(str(db))
    try:
        with operation.session() as session:
            return Counter(session.scalars(select(Person.status)))
    finally:
        operation.close()


def test_a_list_written_again_says_who_was_called_already_and_when(
        day: tuple[Path, str, list[str], list[str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Before, the second list said "Marked called: 0 persons in 0 households"."""
    db, flight, on, _ = day
    csv = str(tmp_path / "calls.csv")
    code, out, err = _run(capsys, db, "call-list", flight, csv, "--reference", "KBRI-PNH")
    assert code == 0, err
    assert f"Marked called: {len(on)} persons in " in out
    households = re.search(r"Marked called: \d+ persons in (\d+) households", out)
    assert households is not None, out
    code, out, err = _run(capsys, db, "call-list", flight, csv)
    assert code == 0, err
    assert "Marked called" not in out
    assert re.search(rf"^Called for this flight already: {len(on)} persons in "
                     rf"{households.group(1)} households, the last on \d+ \w{{3}} \d{{4}} at "
                     r"\d\d:\d\d \([\w/]+\)$", out, re.M), out
    # A passenger checked in since stays so, and the list says it.
    code, out, err = _run(capsys, db, "checkin", flight, on[0])
    assert code == 0, err
    code, out, err = _run(capsys, db, "--lang", "id", "call-list", flight, csv)
    assert code == 0, err
    assert re.search(rf"^Sudah dipanggil untuk penerbangan ini: {len(on) - 1} orang dalam "
                     r"\d+ keluarga, terakhir pada \d+ \w{3} \d{4} pukul \d\d:\d\d "
                     r"\([\w/]+\)$", out, re.M), out
    assert "Sudah lapor diri untuk penerbangan ini: 1 orang (tetap sudah lapor diri)" in out
    assert "Ditandai sudah dipanggil" not in out


def test_a_checkin_by_case_numbers_names_every_mistake_at_once(
        day: tuple[Path, str, list[str], list[str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    """Three mistakes, one refusal naming all three, nothing changed (before: the first
    only, and an officer needed three tries)."""
    db, flight, on, other = day
    before = _statuses(db)
    code, out, err = _run(capsys, db, "checkin", flight, on[0], "C-999998", other[0],
                          "C-999999", other[1])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("evacplan: Nothing was checked in: (1) "
                                                   "C-999998, C-999999: unknown case numbers; "
                                                   f"(2) {other[0]} has no seat on {flight}")
    assert f"(3) {other[1]} has no seat on {flight}" in err
    assert err.endswith(". Name the case numbers again without these, or use --file to "
                        "check in what can be\n")
    assert _statuses(db) == before
    code, _, err = _run(capsys, db, "--lang", "id", "checkin", flight, on[0], "C-999998",
                        other[0])
    assert code == 1 and err.startswith("evacplan: Tidak ada yang dilaporkan: (1) C-999998: "
                                        "nomor kasus tidak dikenal; (2) ")
    # One unknown case number among good ones: the hint the other refusals give.
    code, _, err = _run(capsys, db, "checkin", flight, on[0], "C-999998")
    assert code == 1 and err == (
        "evacplan: C-999998: unknown case number; nothing was checked in: the other case "
        "numbers named were not checked in either (name them without this one, or use "
        "--file to check in what can be)\n")
    # Named alone, as before.
    code, _, err = _run(capsys, db, "checkin", flight, "C-999998")
    assert code == 1 and err == "evacplan: Unknown case number: C-999998; nothing was checked in\n"
    assert _statuses(db) == before


def test_a_preview_says_to_give_its_reference_code_again(
        day: tuple[Path, str, list[str], list[str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A preview changes nothing, not even the code (decided): it says so naming the code,
    and the run without --reference that follows says to give it again."""
    db, flight, _, _ = day
    csv = tmp_path / "calls.csv"
    code, out, err = _run(capsys, db, "call-list", flight, str(csv), "--preview",
                          "--reference", "kbri-pnh")
    assert code == 0, err
    assert out.endswith("A preview keeps nothing, not even the code KBRI-PNH: write the list "
                        "with --reference KBRI-PNH again\n")
    code, _, err = _run(capsys, db, "call-list", flight, str(csv))
    assert code == 1 and not csv.exists()
    assert "a --preview keeps nothing, not even the code: give its --reference again" in err
    code, out, err = _run(capsys, db, "--lang", "id", "call-list", flight, str(csv),
                          "--preview", "--reference", "kbri-pnh")
    assert code == 0 and out.endswith(
        "Pratinjau tidak menyimpan apa pun, kode KBRI-PNH pun tidak: tulis daftarnya dengan "
        "--reference KBRI-PNH lagi\n"), err
    # Once the code is kept, a preview with it says nothing of the kind.
    assert _run(capsys, db, "call-list", flight, str(csv), "--reference", "KBRI-PNH")[0] == 0
    code, out, _ = _run(capsys, db, "call-list", flight, str(csv), "--preview",
                        "--reference", "KBRI-PNH")
    assert code == 0 and "A preview keeps nothing" not in out


def test_a_status_change_names_every_mistake_at_once(
        day: tuple[Path, str, list[str], list[str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    """As checkin's: an unknown case number and two persons who cannot go missing, one
    refusal naming all three, nothing changed (before: the unknown alone, then the first
    person, then the second). One mistake reads as before, the person named."""
    db, _, on, other = day
    first, second = on[0], other[0]
    code, _, err = _run(capsys, db, "status", first, second, "--set", "self_departed")
    assert code == 0, err
    before = _statuses(db)
    code, out, err = _run(capsys, db, "status", first, "C-999999", second, "--set",
                          "missing")
    assert code == 1 and out == ""
    assert err == (
        f"evacplan: Nothing was changed: (1) C-999999: unknown case number; (2) {first} is "
        f"marked self-departed: {first} cannot become missing; (3) {second} is marked "
        f"self-departed: {second} cannot become missing. Name the case numbers again "
        "without these\n")
    code, _, err = _run(capsys, db, "--lang", "id", "status", first, "C-999999", "--set",
                        "missing")
    assert code == 1 and err == (
        "evacplan: Tidak ada yang diubah: (1) C-999999: nomor kasus tidak dikenal; "
        f"(2) {first} berstatus pulang sendiri: {first} tidak dapat menjadi hilang. Sebut "
        "lagi nomor kasusnya tanpa yang ini\n")
    code, _, err = _run(capsys, db, "status", first, "--set", "missing")
    assert code == 1 and err == (f"evacplan: {first} is marked self-departed: {first} "
                                 "cannot become missing; nothing was changed\n")
    code, _, err = _run(capsys, db, "status", "C-999999", second, "--set", "registered")
    assert code == 1 and err == (
        "evacplan: C-999999: unknown case number; nothing was changed: the other case "
        "numbers named were not changed either (name them without this one)\n")
    assert _statuses(db) == before
