"""Every subcommand of ``evacplan`` through its real entry point, as an officer runs them
(a process each, without ``--quiet``), on an operation big enough for the scaled method.

8,200 demo persons (seed 1) is the smallest demo the planner solves by the scaled method:
its households make 2,521 classes, over the exact method's 2,500 (8,100 make 2,496). The
solve's output says which method it used and the test insists on "scaled", so a change of
the limit fails here instead of quietly testing the exact method. Each test checks the
exit code and what the command says it did, against the files and the plan it wrote.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from solvers.explain import ACTION_ORDER

pytestmark = pytest.mark.slow

EVACPLAN = shutil.which("evacplan", path=str(Path(sys.executable).parent)) or "evacplan"
PEOPLE = 8200
SEED = 1


def run(*args: str | Path, db: Path | None = None, ok: bool = True,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [EVACPLAN, *(["--db", str(db)] if db else []), *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    if ok:
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    return done


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    """A failure: exit 1 and one line on stderr, no traceback."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("evacplan: "), done.stderr
    return lines[0]


@dataclass
class Operation:
    folder: Path
    db: Path
    households: int
    demo: subprocess.CompletedProcess[str]
    solve: subprocess.CompletedProcess[str]
    plan: dict[str, Any]

    def copy(self, name: str) -> Path:
        """A copy of the operation made by ``evacplan backup`` (verified, owner-only)."""
        target = self.folder / f"{name}.sqlite"
        done = run("backup", target, db=self.db)
        assert f"to {target}: {PEOPLE:,} persons, verified" in done.stdout
        return target


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Operation:
    folder = tmp_path_factory.mktemp("e2e")
    db = folder / "op.sqlite"
    demo = run("demo", "--people", PEOPLE, "--seed", SEED, db=db)
    found = re.search(rf"{PEOPLE:,} persons in ([\d,]+) households, (\d+) flights", demo.stdout)
    assert found, demo.stdout
    solve = run("solve", "--time-limit", 120, "--json", folder / "plan1.json", db=db)
    plan = json.loads((folder / "plan1.json").read_text(encoding="utf-8"))
    return Operation(folder, db, int(found.group(1).replace(",", "")), demo, solve, plan)


def test_solve_prints_its_progress_and_its_plan_at_scaled_size(big: Operation) -> None:
    out, err = big.solve.stdout, big.solve.stderr
    first = out.splitlines()[0]
    assert re.match(r"Stored plan 1 \((feasible|optimal), scaled method, solver [\d.]+ s "
                    r"of the job's [\d.]+ s\): "
                    r"[\d,]+ persons in [\d,]+ of [\d,]+ households fly", first), first
    assert "internal error" not in err
    # Each LP round, then the LP's bound: reports that carry no plan yet.
    assert re.search(r"^ +[\d.]+ s  objective 1 LP, round 1: flown_weight$", err, re.M), err
    assert re.search(r"objective 1 LP: flown_weight bound [\d,.]+$", err, re.M), err
    # Then every objective with its value and bound, and the job's last stages: no
    # silent minute after the LP.
    for number, name in enumerate(("flown_weight", "changes", "overflow_person_nights",
                                   "waiting_weighted_days", "first_choice"), start=1):
        assert re.search(rf"^ +[\d.]+ s  objective {number} done: {name} [\d,.]+",
                         err, re.M), (name, err)
    assert err.splitlines()[-3:] == [
        line for line in err.splitlines()
        if line.endswith(("s  checking the plan against every rule",
                          "s  storing the plan with the reasons of those left behind",
                          "s  plan stored"))], err
    plan = big.plan
    assert plan["plan_id"] == 1 and plan["status"] in ("feasible", "optimal")
    households = plan["households"]
    assert len(households) == big.households
    flown = sum(len(h["members"]) for h in households if h["flight"])
    assert flown == plan["objectives"]["flown_persons"] > 0
    assert f"{flown:,} persons in" in first
    bound = plan["bounds"]["flown_weight"]
    assert plan["objectives"]["flown_weight"] <= bound
    assert f"flown_weight: {plan['objectives']['flown_weight']:,} (proven bound" in out
    left = [h for h in households if not h["flight"]]
    assert left, "the demo leaves some households behind"
    for household in left:
        codes = [r["code"] for r in household["reasons"]]
        assert codes and codes == sorted(codes, key=ACTION_ORDER.index), household
        assert all("(s)" not in r["text"] for r in household["reasons"])


def test_init_and_demo_say_what_they_did(big: Operation, tmp_path: Path) -> None:
    assert big.demo.stdout.startswith(f"Created a demo operation in {big.db}: {PEOPLE:,} persons")
    again = run("init", db=big.db)
    assert "already an operation at the current schema" in again.stdout
    assert "nothing changed" in again.stdout
    refused = one_error_line(run("demo", "--people", 10, db=big.db, ok=False))
    assert "not empty" in refused or "already" in refused, refused
    fresh = run("init", db=tmp_path / "new.sqlite")
    assert fresh.stdout.strip() and fresh.returncode == 0


def test_roster_export_template_and_import_round_trip(big: Operation, tmp_path: Path) -> None:
    template = run("template", tmp_path / "template.xlsx")
    assert "Wrote the roster template to" in template.stdout
    assert (tmp_path / "template.xlsx").stat().st_size > 0
    for suffix in ("csv", "json", "xlsx"):
        out = tmp_path / f"roster.{suffix}"
        done = run("export-roster", out, db=big.db)
        assert done.stdout.strip() == f"Exported {PEOPLE:,} persons to {out}"
    with (tmp_path / "roster.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == PEOPLE
    records = json.loads((tmp_path / "roster.json").read_text(encoding="utf-8"))
    assert len(records) == PEOPLE and {r["case_no"] for r in records} == \
        {r["Case No"] for r in rows}
    # Into an empty operation: the same roster comes back.
    copy = tmp_path / "copy.sqlite"
    run("init", db=copy)
    imported = run("import", tmp_path / "roster.csv", db=copy)
    assert f"Persons: {PEOPLE:,} added, 0 updated, 0 unchanged, 0 rejected" in imported.stdout
    run("export-roster", tmp_path / "again.csv", db=copy)
    assert (tmp_path / "again.csv").read_text(encoding="utf-8-sig") == \
        (tmp_path / "roster.csv").read_text(encoding="utf-8-sig")
    # The same file again changes nothing, and says so.
    dry = run("import", tmp_path / "roster.xlsx", "--dry-run", db=big.db)
    assert f"Persons (would be): 0 added, 0 updated, {PEOPLE:,} unchanged, 0 rejected" \
        in dry.stdout and "Dry run: nothing was changed." in dry.stdout


def _fullest_flight(plan: dict[str, Any]) -> tuple[str, int]:
    load: dict[str, int] = {}
    for household in plan["households"]:
        if household["flight"]:
            load[household["flight"]] = load.get(household["flight"], 0) + \
                len(household["members"])
    key = max(load, key=lambda k: (load[k], k))
    return key, load[key]


def test_publish_cancel_replan_and_the_seats_it_costs(big: Operation, tmp_path: Path) -> None:
    db = big.copy("replan")
    published = run("publish", 1, db=db)
    assert published.stdout.splitlines() == [
        "Publishing plan 1. No plan was published before: nobody loses a seat.",
        "Published plan 1"]
    key, passengers = _fullest_flight(big.plan)
    flight_no, day = key.rsplit(" ", 1)
    with sqlite3.connect(db) as connection:
        departs, origin, destination, seats = connection.execute(
            "SELECT departs_at, origin, destination, seats FROM flights WHERE flight_no = ? "
            "AND departure_date = ?", (flight_no, day)).fetchone()
    cancel = tmp_path / "airline-update.csv"
    cancel.write_text("Flight No,Departs At,Origin,Destination,Seats,Status\n"
                      f"{flight_no},{departs[:16]},{origin},{destination},{seats},cancelled\n",
                      encoding="utf-8")
    imported = run("import", cancel, db=db)
    assert "Flights: 0 added, 1 updated" in imported.stdout
    replan = run("solve", "--time-limit", 120, "--publish", "--json", tmp_path / "plan2.json",
                 db=db)
    assert re.match(r"Stored plan 2 \((feasible|optimal), scaled method", replan.stdout)
    assert "published" in replan.stdout.splitlines()[0]
    seats = re.search(r"^Against plan 1, published before: ([\d,]+) persons? loses? (?:its|their) "
                      r"seat(?: \(in ([\d,]+) households?\))?, ([\d,]+) persons? changes? "
                      r"flight, ([\d,]+) persons? gets? a seat; evacplan plan-diff 2 --against "
                      r"1 lists who and why\.$", replan.stdout, re.M)
    assert seats, replan.stdout
    lose, change, gain = (int(seats.group(i).replace(",", "")) for i in (1, 3, 4))
    plan2 = json.loads((tmp_path / "plan2.json").read_text(encoding="utf-8"))
    before = {m["case_no"]: h["flight"] for h in big.plan["households"] for m in h["members"]}
    after = {m["case_no"]: h["flight"] for h in plan2["households"] for m in h["members"]}
    assert lose == sum(1 for c, f in after.items() if before.get(c) and not f) > 0
    assert change == sum(1 for c, f in after.items() if before.get(c) and f and f != before[c])
    assert gain == sum(1 for c, f in after.items() if not before.get(c) and f)
    assert not any(f == key for f in after.values())
    diff = run("plan-diff", 2, db=db)
    moved = diff.stdout.splitlines()
    assert len(moved) >= passengers // 4 and all(" -> " in line for line in moved)
    assert any(f"{key} is cancelled" in line for line in moved)
    # Households taken off a flight that still flies are told why, in full.
    lost = [r for h in plan2["households"] for r in h["reasons"] if r["code"] == "lost_seat"]
    assert lost, "the displaced passengers take seats others had in plan 1"
    assert any(f"Taken off {r['flight']}: Lost its seat on" in diff.stdout for r in lost)
    for reason in lost:
        assert reason["text"].startswith(f"Lost its seat on {reason['flight']} (plan 1) to ")
        assert reason["newcomers"] > 0
    publish_old = run("publish", 1, db=db, ok=False)
    assert publish_old.stdout.startswith("Publishing plan 1. Against plan 2, published before: ")
    assert "records changed since plan 1 was made" in one_error_line(publish_old)


def test_pins_and_freed_seats(big: Operation) -> None:
    db = big.copy("pins")
    left = next(h for h in big.plan["households"] if not h["flight"] and
                any(r["code"] == "flights_full" for r in h["reasons"]))
    full = next(r for r in left["reasons"] if r["code"] == "flights_full")["flights"][0]
    code = left["household"]
    pinned = run("pin", "flight", code, full, "--note", "family waiting longest", db=db)
    assert re.fullmatch(rf"Pinned {re.escape(code)} to flight {re.escape(full)} \(pin \d+\)\n",
                        pinned.stdout), pinned.stdout
    again = run("solve", "--time-limit", 120, "--json", big.folder / "pinned.json", db=db)
    assert again.stdout.startswith("Stored plan 2")
    plan = json.loads((big.folder / "pinned.json").read_text(encoding="utf-8"))
    assert next(h for h in plan["households"] if h["household"] == code)["flight"] == full
    removed = run("unpin", "flight", code, db=db)
    assert removed.stdout.strip() == f"Removed the flight pin of {code}"
    nothing = run("unpin", "flight", code, db=db)
    assert nothing.stdout.strip() == f"{code} had no flight pin; nothing changed"
    assert "No household or case number" in one_error_line(
        run("pin", "flight", "NO-SUCH-HOUSEHOLD", full, db=db, ok=False))
    assert "FLIGHT_NO YYYY-MM-DD" in one_error_line(
        run("pin", "flight", code, "tomorrow", db=db, ok=False))
    freed = run("freed-seat", full, "--plan", 1, "--top", 5, db=big.db)
    lines = freed.stdout.splitlines()
    assert lines == [f"Nobody else can take a seat on {full}"] or (
        0 < len(lines) <= 5 and all(re.match(
            r".+: [\d,]+ persons?, [\d,]+ seats?, gain \d+, waiting -?[\d,]+ days?", line)
            for line in lines)), lines


def test_manifests_both_copies_and_a_flight_as_pdf(big: Operation, tmp_path: Path) -> None:
    flown = big.plan["objectives"]["flown_persons"]
    flights = len({h["flight"] for h in big.plan["households"] if h["flight"]})
    for copy, word in (("embassy", "embassy copy"), ("airline", "airline and immigration copy")):
        out = tmp_path / f"{copy}.xlsx"
        done = run("export", out, "--copy", copy, db=big.db)
        assert done.stdout.strip() == (f"Wrote the {word} of plan 1 to {out}: "
                                       f"{flights:,} flights, {flown:,} passengers")
        assert out.read_bytes()[:2] == b"PK"
    key, passengers = _fullest_flight(big.plan)
    pdf = tmp_path / "flight.pdf"
    done = run("export", pdf, "--copy", "airline", "--flight", key, db=big.db)
    assert done.stdout.strip().endswith(f": 1 flight, {passengers:,} passengers")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert "no plan" in one_error_line(
        run("export", tmp_path / "x.xlsx", "--plan", 99, db=big.db, ok=False)).lower()


def test_protection_commands(big: Operation, tmp_path: Path) -> None:
    db = big.copy("protect")
    check = run("audit-check", db=db)
    assert re.match(r"The audit log of .+ is intact: [\d,]+ entries", check.stdout)
    exported = run("audit-export", tmp_path / "audit.csv", "--to", "embassy archive", db=db)
    assert re.match(r"Wrote \d+ audit entries to ", exported.stdout)
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig", newline="") as handle:
        actions = {row.get("action") for row in csv.DictReader(handle)}
    assert {"solve", "export"} <= actions or "solve" in actions, actions
    workbook = tmp_path / "airline.xlsx"
    run("export", workbook, "--copy", "airline", db=db)
    locked = run("encrypt", workbook, "--out", tmp_path / "locked.xlsx", db=db,
                 env={"EVACPLAN_EXPORT_PASSWORD": "correct horse battery"})
    assert locked.stdout.strip()
    assert (tmp_path / "locked.xlsx").read_bytes()[:4] == bytes.fromhex("d0cf11e0")
    assert "8 characters" in one_error_line(run(
        "encrypt", workbook, db=db, ok=False, env={"EVACPLAN_EXPORT_PASSWORD": "short"}))
    purge = run("purge", "--dry-run", "--before", "2026-03-01", db=db)
    assert purge.stdout.startswith("Would remove 0 persons")
    # A backup, a change, and the backup restored: the change is gone.
    saved = tmp_path / "before-pin.sqlite"
    run("backup", saved, db=db)
    household = next(h["household"] for h in big.plan["households"] if h["flight"])
    run("pin", "flight", household, next(h["flight"] for h in big.plan["households"]
                                         if h["household"] == household), db=db)
    restored = run("restore", saved, db=db)
    assert restored.stdout.startswith(f"Restored {db} from {saved}: {PEOPLE:,} persons")
    assert run("unpin", "flight", household, db=db).stdout.strip() == \
        f"{household} had no flight pin; nothing changed"
    listed = run("backups", db=db)
    assert re.search(rf"\.before-restore-\S+\.bak  ok, {PEOPLE:,} persons", listed.stdout), \
        listed.stdout


def test_gui_screenshot_of_the_operation(big: Operation, tmp_path: Path) -> None:
    shot = tmp_path / "main.png"
    done = run("gui", "--screenshot", shot, db=big.db)
    assert done.stdout.strip() == (f"Saved a screenshot of {big.db} to {shot} (readable by "
                                   "you only: it shows the operation's records)")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_column_mappings_remembered_exported_and_forgotten(big: Operation,
                                                         tmp_path: Path) -> None:
    """A ministry sheet with headers nobody listed, mapped once by hand and remembered:
    the next file with those headers is read by it, and the mapping travels as JSON."""
    db = big.copy("mappings")
    assert run("mappings", "list", db=db).stdout.strip() == "No mapping is remembered yet."
    header = "No Kasus,Nama Penumpang,JK,Tgl Lahir Penumpang\n"
    first = tmp_path / "kemlu-1.csv"
    first.write_text(header + "PNH-26-90001,Siti Aminah,P,1990-02-03\n", encoding="utf-8")
    mapping = json.dumps({"No Kasus": "case_no", "Nama Penumpang": "full_name", "JK": "sex",
                          "Tgl Lahir Penumpang": "date_of_birth"})
    done = run("import", first, "--mapping", mapping, "--save-mapping", "kemlu", db=db)
    assert "Persons: 1 added, 0 updated, 0 unchanged, 0 rejected" in done.stdout
    assert "Remembered mapping 'kemlu'" in done.stdout
    listed = run("mappings", "list", db=db).stdout
    assert listed.startswith("'kemlu': persons, 4 of 4 columns mapped"), listed
    second = tmp_path / "kemlu-2.csv"
    second.write_text(header + "PNH-26-90002,Budi Santoso,L,12/05/1985\n", encoding="utf-8")
    done = run("import", second, db=db)
    assert "B Nama Penumpang      -> full_name (remembered mapping)" in done.stdout, done.stdout
    assert "Persons: 1 added" in done.stdout
    out = tmp_path / "kemlu.json"
    assert run("mappings", "export", "kemlu", out, db=db).stdout.strip() == \
        f"Wrote the mapping 'kemlu' (4 columns) to {out}"
    assert json.loads(out.read_text(encoding="utf-8"))["columns"]["JK"] == "sex"
    assert run("mappings", "forget", "kemlu", db=db).stdout.strip() == \
        "Forgot the mapping 'kemlu'"
    assert "no mapping named 'kemlu'" in one_error_line(
        run("mappings", "forget", "kemlu", db=db, ok=False))
    back = run("mappings", "import", out, db=db).stdout
    assert back.startswith("Remembered the mapping 'kemlu' (4 columns of persons)")


def _statuses(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT status, count(*) FROM persons GROUP BY status"))


def test_departure_day_of_the_fullest_flight(big: Operation, tmp_path: Path) -> None:
    """SPEC 8.3-8.6 at scaled size, as the desk runs them: the call list of the published
    plan's fullest flight, check-in from a scanner's file with one household missing,
    three standby persons left behind for want of a seat on it, close, depart, arrive, a
    person who left by their own means, and the ministry's situation report."""
    db = big.copy("departure")
    run("publish", 1, db=db)
    key, booked = _fullest_flight(big.plan)
    on_it = [h for h in big.plan["households"] if h["flight"] == key]
    calls = tmp_path / "calls.csv"
    said = run("call-list", key, calls, "--reference", "PNH26", db=db).stdout
    assert f"Wrote {booked:,} persons to {calls}" in said, said
    assert f"Marked called: {booked:,} persons in {len(on_it):,} households" in said, said
    with calls.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["case_no"] for r in rows) == sorted(
        m["case_no"] for h in on_it for m in h["members"])
    assert all("[PNH26]" in r["message_en"] and r["case_no"] in r["message_en"]
               and "[PNH26]" in r["message_id"] for r in rows)
    assert _statuses(db).get("called") == booked
    # Everybody comes but the last household.
    missing = on_it[-1]
    came = [m["case_no"] for h in on_it[:-1] for m in h["members"]]
    scans = tmp_path / "scans.txt"
    scans.write_text("\n".join(came) + "\n", encoding="utf-8")
    said = run("checkin", key, "--file", scans, db=db).stdout
    assert said.startswith(f"Checked in for {key} (passengers): {len(came):,} persons in "
                           f"{len(on_it) - 1:,} households"), said
    # Standby: persons alone, left behind because this flight (among others) was full,
    # with a travel document (one needing a document the plan gave no appointment
    # could never be seated, and is refused at check-in).
    with sqlite3.connect(db) as connection:
        passport = {c for (c,) in connection.execute(
            "SELECT case_no FROM persons WHERE document_status = 'valid'")}
    hoping = [h["members"][0]["case_no"] for h in big.plan["households"]
              if not h["flight"] and len(h["members"]) == 1
              and (h["members"][0]["case_no"] in passport or h["members"][0].get("doc_slot"))
              and any(r["code"] == "flights_full" and key in r.get("flights", [])
                      for r in h["reasons"])][:3]
    assert len(hoping) == 3, "nobody is left behind for want of a seat on the fullest flight"
    said = run("checkin", key, *hoping, "--standby", db=db).stdout
    assert said.startswith(f"Checked in for {key} (standby): 3 persons in 3 households"), said
    said = run("close", key, db=db).stdout.splitlines()
    assert said[0] == f"Closed {key} (plan 1)"
    gone = [m["case_no"] for m in missing["members"]]
    assert said[1].startswith("Removed (no-show): ") and all(c in said[1] for c in gone), said
    added = [c for c in hoping if c in said[2]]
    assert said[2].startswith("Added (standby): ") and added, said
    assert _statuses(db).get("no_show") == len(gone)
    flown = len(came) + len(added)
    said = run("depart", key, db=db).stdout
    assert said.startswith(f"Departed {key}: flown {flown:,} persons"), said
    said = run("arrive", key, db=db).stdout
    assert said.startswith(f"Arrived from {key}: {flown:,} persons"), said
    assert _statuses(db).get("arrived") == flown
    left = next(c for c in (h["members"][0]["case_no"] for h in big.plan["households"]
                            if not h["flight"]) if c not in hoping)
    said = run("status", left, "--set", "self_departed", "--reason", "bought a ticket",
               db=db).stdout
    assert said.strip() == f"Set self-departed: 1 person: {left}", said
    assert _statuses(db).get("self_departed") == 1
    assert "no flight" in one_error_line(
        run("checkin", "XX 0000 2026-01-01", left, db=db, ok=False)).lower()
    day = big.plan["start"]
    # The last line in the report's language (cfa25c4: it was English under --lang id).
    for out, extra, first, written in (
            (tmp_path / "sitrep.xlsx", (), "Situation report of", "written to"),
            (tmp_path / "sitrep.pdf", ("--lang", "id"), "Laporan situasi", "ditulis ke")):
        said = run("sitrep", out, "--date", day, *extra, db=db).stdout
        assert said.startswith(f"{first} {day}"), said
        assert f"{written} {out}" in said
        assert out.read_bytes()[:4] in (b"PK\x03\x04", b"%PDF")


def test_tags_of_two_persons(big: Operation, tmp_path: Path) -> None:
    cases = [m["case_no"] for h in big.plan["households"][:2] for m in h["members"][:1]]
    out = tmp_path / "tags.pdf"
    said = run("tags", out, *cases, db=big.db).stdout
    assert said.strip() == f"Wrote 2 tags on 1 page to {out}", said
    assert out.read_bytes()[:5] == b"%PDF-"


def test_cancel_flight_refuses_a_flight_the_operation_does_not_have(big: Operation) -> None:
    """Its cancelling and its other refusals: tests/test_cli_cancel_flight.py."""
    done = run("cancel-flight", "QZ 1 2026-01-01", db=big.db, ok=False)
    assert one_error_line(done) == "evacplan: No flight 'QZ 1 2026-01-01' in this operation"


def test_every_subcommand_was_run_here() -> None:
    """A new subcommand gets a test of its own here too."""
    tested = {"init", "demo", "import", "solve", "publish", "pin", "unpin", "freed-seat",
              "plan-diff", "export", "export-roster", "template", "backup", "backups",
              "restore", "purge", "audit-check", "audit-export", "encrypt", "gui",
              "mappings", "call-list", "checkin", "close", "depart", "arrive", "status",
              "sitrep", "tags", "cancel-flight"}
    helped = run("--help").stdout
    listed = set(re.findall(r"^    ([a-z][a-z-]+) ", helped, re.M))
    assert listed == tested, listed ^ tested
