"""The departure day of SPEC 8.3-8.5 end to end through ``evacplan`` (the real entry
point): publish, call list, check-in by a file of scans, standby, close, manifest
revision 2, depart, arrive, solve again."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner import demo
from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import AuditEntry, Flight, ManifestRevision, Person
from planner.departure.common import find_flight


def _run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _plan(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, dict]:  # type: ignore[type-arg]
    """A 300-person demo, planned and published; its JSON."""
    db = str(tmp_path / "op.sqlite")
    operation = open_operation(db, create=True)
    with operation.session() as session:
        demo.create(session, 300, seed=5)
    operation.close()
    code, out, err = _run(capsys, db, "solve", "--time-limit", "30", "--publish",
                          "--json", str(tmp_path / "plan1.json"))
    assert code == 0, err
    return db, _plan(tmp_path / "plan1.json")


def _busiest(plan: dict) -> tuple[str, list[dict]]:  # type: ignore[type-arg]
    """The flight with the most households, and them."""
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    return flight, [h for h in plan["households"] if h["flight"] == flight]


def test_the_whole_day(day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]
                       capsys: pytest.CaptureFixture[str]) -> None:
    db, plan = day
    flight, households = _busiest(plan)
    assert len(households) >= 3
    # The first export of the published plan: revision 1.
    code, _, err = _run(capsys, db, "export", str(tmp_path / "rev1.xlsx"))
    assert code == 0, err
    # Call list, with the operation's reference code, preview first.
    code, out, err = _run(capsys, db, "call-list", flight, str(tmp_path / "calls.csv"),
                          "--reference", "kbri-pnh7")
    assert code == 0, err
    assert out.index("Message preview (Indonesian") < out.index("Wrote ")
    with (tmp_path / "calls.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    passengers = {m["case_no"] for h in households for m in h["members"]}
    assert {r["case_no"] for r in rows} == passengers
    assert all("[KBRI-PNH7]" in r["message_id"] and "[KBRI-PNH7]" in r["message_en"]
               and "KBRI tak pernah minta uang" in r["message_id"] for r in rows)
    # Each message one SMS (160 GSM 7-bit characters; the brackets count twice), its
    # count in the preview; the Indonesian one without English place words.
    assert all(len(r[m]) + 2 <= 160 for r in rows for m in ("message_id", "message_en"))
    assert all("airport" not in r["message_id"] for r in rows)
    first = rows[0]
    assert (f"Message preview (Indonesian, {len(first['message_id']) + 2} characters, "
            "1 SMS):") in out
    operation = open_operation(db)
    with operation.session() as session:
        statuses = Counter(session.scalars(select(Person.status).where(
            Person.case_no.in_(passengers))))
    assert statuses == {"called": len(passengers)}
    # Check-in from a file of scans: every household but the first (a no-show).
    no_show, *present = households
    scans = tmp_path / "scans.txt"
    scans.write_text("\n".join(m["case_no"] for h in present for m in h["members"]) + "\n",
                     encoding="utf-8")
    code, out, err = _run(capsys, db, "checkin", flight, "--file", str(scans))
    assert code == 0, err
    assert f"{len(present)} households" in out or len(present) == 1
    # A household named in part is refused, and nothing changes.
    families = [h for h in plan["households"] if h["flight"] != flight and len(h["members"]) > 1]
    code, _, err = _run(capsys, db, "checkin", flight,
                        families[0]["members"][0]["case_no"], "--standby")
    assert code == 1 and "only in part" in err and err.count("\n") == 1
    # Standby: a household of one on another flight or none, one that could be seated
    # on this one (one that could not is refused at check-in: see below).
    chosen, _ = _standby_candidate(db, plan, flight)
    code, out, err = _run(capsys, db, "checkin", flight, "--standby", chosen)
    assert code == 0, err
    # Unknown code: refused in one line.
    code, _, err = _run(capsys, db, "checkin", flight, "C-999999")
    assert code == 1 and "Unknown case number: C-999999" in err
    # Close: the no-show household off, the standby household on (it fits: a seat freed).
    code, out, err = _run(capsys, db, "close", flight)
    assert code == 0, err
    assert "Removed (no-show): " + no_show["household"] in out
    assert "Seats left:" in out and "Manifest revision 2 recorded" in out
    code, _, err = _run(capsys, db, "close", flight)
    assert code == 1 and "closed already" in err
    code, _, err = _run(capsys, db, "checkin", flight, present[0]["members"][0]["case_no"])
    assert code == 1 and "check-in has ended" in err
    with operation.session() as session:
        no_shows = session.execute(select(Person.status, Person.no_show_count).where(
            Person.case_no.in_([m["case_no"] for m in no_show["members"]]))).all()
        revisions = session.scalars(select(ManifestRevision.revision).join(
            Flight, Flight.id == ManifestRevision.flight_id)).all()
    assert set(no_shows) == {("no_show", 1)}
    assert max(revisions) == 2
    # The next export carries revision 2 and its change sheet.
    code, _, err = _run(capsys, db, "export", str(tmp_path / "rev2.xlsx"))
    assert code == 0, err
    book = load_workbook(tmp_path / "rev2.xlsx")
    sheet = next(book[n] for n in book.sheetnames if n.startswith(flight.split()[0]))
    title = " ".join(str(c.value) for row in sheet.iter_rows(max_row=4) for c in row if c.value)
    assert "Manifest revision 2, replaces revision 1" in title
    changes = [[c.value for c in row] for row in book["Changes"].iter_rows()]
    removed = {r[3] for r in changes if r[2] == "removed"}
    assert removed == {m["case_no"] for m in no_show["members"]}
    # Depart and arrive.
    code, out, err = _run(capsys, db, "depart", flight)
    assert code == 0, err
    code, _, err = _run(capsys, db, "checkin", flight, present[0]["members"][0]["case_no"])
    assert code == 1 and "has departed" in err
    code, out, err = _run(capsys, db, "arrive", flight)
    assert code == 0, err
    # The next morning's plan: the flown are out, the no-shows planned again.
    code, _, err = _run(capsys, db, "solve", "--time-limit", "30", "--json",
                        str(tmp_path / "plan2.json"))
    assert code == 0, err
    again = _plan(tmp_path / "plan2.json")
    planned = {m["case_no"]: (h["flight"], m["status"]) for h in again["households"]
               for m in h["members"]}
    flown = {m["case_no"] for h in present for m in h["members"]}
    assert not flown & set(planned)
    for member in no_show["members"]:
        assert planned[member["case_no"]][1] == "no_show"
    with operation.session() as session:
        arrived = Counter(session.scalars(select(Person.status).where(
            Person.case_no.in_(flown))))
        actions = set(session.scalars(select(AuditEntry.action)))
    operation.close()
    assert arrived == {"arrived": len(flown)}
    assert {"status", "close", "depart", "arrive", "revise"} <= actions


def test_refusals_in_one_line(day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]
                              capsys: pytest.CaptureFixture[str]) -> None:
    db, plan = day
    flight, households = _busiest(plan)
    code, _, err = _run(capsys, db, "depart", flight)
    assert code == 1 and "not closed" in err
    code, _, err = _run(capsys, db, "close", flight)
    assert code == 1 and "Nobody is checked in" in err
    code, _, err = _run(capsys, db, "call-list", flight, str(tmp_path / "c.csv"))
    assert code == 1 and "reference code" in err and not (tmp_path / "c.csv").exists()
    code, _, err = _run(capsys, db, "checkin", "QZ 0000 2026-02-03", "C-000001")
    assert code == 1 and "No flight" in err
    code, _, err = _run(capsys, db, "status", households[0]["members"][0]["case_no"],
                        "--set", "withdrawn")
    assert code == 1 and "--reason" in err
    one = next(h for h in plan["households"] if len(h["members"]) == 1)
    code, out, err = _run(capsys, db, "status", one["members"][0]["case_no"], "--set",
                          "missing")
    assert code == 0 and "Set missing: 1 person" in out, err
    code, out, err = _run(capsys, db, "status", one["members"][0]["case_no"], "--set",
                          "registered")
    assert code == 0 and "Set registered" in out, err
    for err_line in (err,):
        assert err_line.count("\n") <= 1


def test_two_desks_on_postgres(postgres_url: str) -> None:
    """Two desks check the same household in at the same moment: one wins, the other
    reads "already checked in"; nobody is checked in twice."""
    import threading

    from planner.departure.checkin import check_in
    from planner.planning import service

    operation: Operation = open_operation(postgres_url, create=True)
    with operation.session() as session:
        demo.create(session, 120, seed=4)
    service.solve_and_store(operation, service.PlanningOptions(time_limit=20, publish=True))
    with operation.session() as session:
        from planner.planning.reading import plan_json

        document = plan_json(session, service.published_plan_id(operation) or 0)
    flight, households = _busiest(document)
    cases = [m["case_no"] for m in households[0]["members"]]
    second = open_operation(postgres_url)
    results: list[object] = []
    barrier = threading.Barrier(2)

    def desk(op: Operation) -> None:
        barrier.wait()
        with op.session() as session:
            results.append(check_in(session, flight, cases))

    threads = [threading.Thread(target=desk, args=(op,)) for op in (operation, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    checked = [r for r in results if r.checked_in]  # type: ignore[attr-defined]
    already = [r for r in results if r.already]  # type: ignore[attr-defined]
    assert len(checked) == 1 and len(already) == 1
    with operation.session() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "status", AuditEntry.entity_key.in_(cases))).all()
    assert len(entries) == len(cases)  # each person changed once
    second.close()
    operation.close()


def test_a_closed_flight_takes_nobody_new(day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """After a close the next plan keeps the flight's checked-in passengers on it and puts
    nobody else there: its no-shows are planned again on other flights, never back on it."""
    db, plan = day
    flight, households = _busiest(plan)
    no_show, *present = households
    code, _, err = _run(capsys, db, "checkin", flight,
                        *(m["case_no"] for h in present for m in h["members"]))
    assert code == 0, err
    code, out, err = _run(capsys, db, "close", flight)
    assert code == 0, err
    assert "Removed (no-show): " + no_show["household"] in out
    code, _, err = _run(capsys, db, "solve", "--time-limit", "30", "--json",
                        str(tmp_path / "after-close.json"))
    assert code == 0, err
    again = _plan(tmp_path / "after-close.json")
    aboard = {h["household"] for h in again["households"] if h["flight"] == flight}
    assert aboard == {h["household"] for h in present}
    assert next(h for h in again["households"]
                if h["household"] == no_show["household"])["flight"] != flight


def test_freed_seats_after_a_departure(day: tuple[str, dict],  # type: ignore[type-arg]
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The published plan still lists the households that flew; the freed-seat answer on
    another flight of it counts only those still in the operation's care (it failed with
    an internal error on the flown households)."""
    db, plan = day
    flight, households = _busiest(plan)
    code, _, err = _run(capsys, db, "checkin", flight,
                        *(m["case_no"] for h in households for m in h["members"]))
    assert code == 0, err
    for step in ("close", "depart", "arrive"):
        code, _, err = _run(capsys, db, step, flight)
        assert code == 0, err
    other = next(h["flight"] for h in plan["households"] if h["flight"] not in (None, flight))
    code, out, err = _run(capsys, db, "freed-seat", other)
    assert code == 0, err
    flown = {h["household"] for h in households}
    assert not any(household in out for household in flown)


def test_arrive_takes_a_member_for_the_household(day: tuple[str, dict],  # type: ignore[type-arg]
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The officer at the destination reads one member's tag: the household arrives
    (it was refused as "only in part"), and the output says so."""
    db, plan = day
    flight, households = _busiest(plan)
    family = next(h for h in households if len(h["members"]) > 1)
    code, _, err = _run(capsys, db, "checkin", flight,
                        *(m["case_no"] for h in households for m in h["members"]))
    assert code == 0, err
    for step in ("close", "depart"):
        code, _, err = _run(capsys, db, step, flight)
        assert code == 0, err
    member = family["members"][-1]["case_no"]
    code, out, err = _run(capsys, db, "arrive", flight, member)
    assert code == 0, err
    size = len(family["members"])
    # One line for the one change (it was said twice), naming the household whole.
    (said,) = out.splitlines()
    assert said.startswith(f"Arrived from {flight}: {size} persons in 1 household, each "
                           f"household whole with the member named ({member}): ")
    assert said.endswith(", ".join(sorted(m["case_no"] for m in family["members"])) + ")")
    operation = open_operation(db)
    with operation.session() as session:
        statuses = Counter(session.scalars(select(Person.status).where(
            Person.case_no.in_([m["case_no"] for m in family["members"]]))))
    operation.close()
    assert statuses == {"arrived": size}
    # Named again: refused in one line saying why, nothing changed.
    code, _, err = _run(capsys, db, "arrive", flight, member, "C-999999")
    assert code == 1 and err.count("\n") == 1
    assert f"{member} (arrived already)" in err and "C-999999 (unknown case number)" in err


@pytest.mark.parametrize(("args", "words"), [
    (("status", "C-000001", "--set", "flown"), ["not 'flown'", "evacplan depart"]),
    (("status", "C-000001"), ["Name the status to set: --set"]),
    (("status", "--set", "missing"), ["Name the case numbers"]),
])
def test_status_wrong_use_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      args: tuple[str, ...], words: list[str]) -> None:
    """``status --set flown`` printed argparse's 3-line usage; it is one line naming what
    is wrong, like the command's other refusals."""
    db = str(tmp_path / "op.sqlite")
    open_operation(db, create=True).close()
    code, out, err = _run(capsys, db, *args)
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert err.startswith("evacplan: ") and all(w in err for w in words), err


def test_departure_commands_missing_argument_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "op.sqlite"), "arrive"])
    _, err = capsys.readouterr()
    assert exit_.value.code == 2
    assert err == ("evacplan arrive: the following arguments are required: FLIGHT "
                   "(see evacplan arrive --help)\n")


def _statuses(db: str, case_nos: list[str]) -> Counter[str]:
    operation = open_operation(db)
    with operation.session() as session:
        found = Counter(session.scalars(select(Person.status).where(
            Person.case_no.in_(case_nos))))
    operation.close()
    return found


def test_a_file_of_scans_checks_in_the_good_lines_and_names_the_bad(
        day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]
        capsys: pytest.CaptureFixture[str]) -> None:
    """One unreadable line refused the whole file (an hour of a desk's scans); now the
    good households check in and every bad line is named by its number and why."""
    db, plan = day
    flight, households = _busiest(plan)
    family = next(h for h in households if len(h["members"]) > 1)
    good = [h for h in households if h is not family][:2]
    good_cases = [m["case_no"] for h in good for m in h["members"]]
    partial = family["members"][0]["case_no"]
    lines = [good_cases[0].lower(), "C-999999", "", partial, *good_cases[1:]]
    scans = tmp_path / "scans.txt"
    scans.write_bytes("\n".join(lines).encode() + b"\n\xff\xfeC-0\n" + b"C-123 x\n")
    code, out, err = _run(capsys, db, "checkin", flight, "--file", str(scans))
    assert code == 1
    assert f"Checked in for {flight} (passengers): {len(good_cases)} person" in out
    bad = err.splitlines()
    assert bad[0] == f"evacplan: {scans} line 2: C-999999: unknown case number"
    assert bad[1].startswith(f"evacplan: {scans} line 4: {partial}: {family['household']} "
                             "would be checked in only in part")
    assert bad[2] == (f"evacplan: {scans} line {len(lines) + 1}: \\xff\\xfeC-0: not text "
                      "(bytes that are not UTF-8)")
    assert bad[3] == f"evacplan: {scans} line {len(lines) + 2}: C-123 x: unknown case number"
    assert bad[4].startswith("evacplan: 4 lines not checked in") and len(bad) == 5
    assert _statuses(db, good_cases) == {"checked_in": len(good_cases)}
    assert "checked_in" not in _statuses(db, [m["case_no"] for m in family["members"]])
    # The same file again: the good lines are already checked in, the bad still named.
    code, out, err = _run(capsys, db, "checkin", flight, "--file", str(scans))
    assert code == 1 and "Already checked in: " in out and len(err.splitlines()) == 5


def test_standby_for_a_flight_to_an_airport_not_accepted_is_refused_at_checkin(
        day: tuple[str, dict], capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    """It was accepted, and the household was refused only at the close."""
    db, plan = day
    flight, _ = _busiest(plan)
    operation = open_operation(db)
    with operation.session() as session:
        airport = find_flight(session, flight).destination
        destinations = {c: d for c, d in session.execute(
            select(Person.case_no, Person.destinations))}
    operation.close()
    stranger = next(h for h in plan["households"] if h["flight"] != flight
                    and len(h["members"]) == 1
                    and airport not in (destinations[h["members"][0]["case_no"]] or "CGK"))
    case = stranger["members"][0]["case_no"]
    code, out, err = _run(capsys, db, "checkin", flight, "--standby", case)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert f"{flight} flies to {airport}, and {case} accepts only" in err
    assert "checked_in" not in _statuses(db, [case])
    # From a file of scans, the line's text is the case number: said once, not twice
    # ("sb.txt line 1: C-000002: C-000002: QZ 1727 ...").
    scans = Path(db).parent / "sb.txt"
    scans.write_text(case + "\n", encoding="utf-8")
    code, out, err = _run(capsys, db, "checkin", flight, "--standby", "--file", str(scans))
    assert code == 1
    assert err.splitlines()[0].startswith(f"evacplan: {scans} line 1: {case}: {flight} "
                                          f"flies to {airport}, and {case} accepts only ")
    assert f"{case}: {case}" not in err


def test_a_long_name_gives_way_to_one_sms() -> None:
    """The message keeps as much of the name as one SMS holds; the rest always."""
    import datetime as dt

    from planner.departure.call_list import FlightCall, messages
    from planner.departure.sms import sms_length

    call = FlightCall("QZ 8205", "CGK", dt.datetime(2026, 2, 3, 1, 30),
                      dt.datetime(2026, 2, 2, 22, 30), "PNH")
    for code, name, kept in (("PNH", "Siti Rahma", "Siti Rahma, "),
                             ("PNH", "Muhammad Abdurrahman Wahid Hasyim", "Muhammad, "),
                             ("KBRI-PNH", "Siti Rahma", ": Siti"),
                             ("KBRI-PNOMPENH-01", "Siti Rahma", "")):  # the longest code
        for text in messages(code, call, name, "C-000123"):
            assert sms_length(text).parts == 1 and kept in text, text
            assert f"[{code}] " in text and "C-000123" in text and "QZ 8205" in text
            assert "02-02 22:30" in text  # the report time the day before says its day
    assert sms_length("[A]").units == 5 and not sms_length("Ş").gsm


def _standby_candidate(db: str, plan: dict, flight: str) -> tuple[str, str]:  # type: ignore[type-arg]
    """A one-person household not on ``flight``, made one that could take a seat on it
    (accepts its airport, a valid passport, ready any day, no clearance needed), and the
    flight's departure day."""
    operation = open_operation(db)
    with operation.session() as session:
        found = find_flight(session, flight)
        airport, departs = found.destination, found.departure_date
    operation.close()
    alone = sorted((h for h in plan["households"]
                    if h["flight"] != flight and len(h["members"]) == 1),
                   key=lambda h: h["flight"] is not None)  # left behind first
    case = alone[0]["members"][0]["case_no"]
    _change(db, case, destinations=airport, available_from=None, cleared_from=None,
            document_status="valid", medical=False, pregnant=False)
    return case, departs.isoformat()


def _change(db: str, case: str, **values: object) -> None:
    operation = open_operation(db)
    with operation.session() as session:
        person = session.scalar(select(Person).where(Person.case_no == case))
        assert person is not None
        for name, value in values.items():
            setattr(person, name, value)
        if values.get("pregnant"):
            from planner.operation import get_settings
            get_settings(session).fit_to_travel_required = True
    operation.close()


@pytest.mark.parametrize(("change", "said"), [
    ("late", "May leave only from {ready}; the flight leaves {departs}."),
    ("document", "No travel document ready before check-in for the flight of {departs}."),
    ("clearance", "No fit-to-travel clearance covering {departs} (7 days)."),
])
def test_standby_that_could_never_be_seated_is_refused_at_checkin_as_the_close_says(
        day: tuple[str, dict], tmp_path: Path, capsys: pytest.CaptureFixture[str],  # type: ignore[type-arg]
        change: str, said: str) -> None:
    """A standby household not ready by the departure, without a document in time, or
    without a clearance covering the flight was checked in, and refused only at the
    close; it is refused at check-in with the sentence the close gives."""
    import datetime as dt
    import shutil

    db, plan = day
    flight, _ = _busiest(plan)
    case, departs = _standby_candidate(db, plan, flight)
    day_ = dt.date.fromisoformat(departs)
    ready = day_ + dt.timedelta(days=3)
    values: dict[str, object] = {
        "late": {"available_from": ready},
        "document": {"document_status": "missing"},
        "clearance": {"pregnant": True, "medical_clearance": day_ - dt.timedelta(days=40)},
    }[change]
    # What the close says of it: checked in while it could be seated, then changed.
    closing = str(tmp_path / "closing.sqlite")
    shutil.copy(db, closing)
    code, _, err = _run(capsys, closing, "checkin", flight, "--standby", case)
    assert code == 0, err
    _change(closing, case, **values)
    code, out, err = _run(capsys, closing, "close", flight)
    assert code == 0, err
    close_says = next(line for line in out.splitlines()
                      if line.startswith(f"Not seated: {case}: "))
    sentence = close_says.split(": ", 2)[2]

    def shown(date: dt.date) -> str:
        return f"{date.day} {date:%b %Y}"

    assert sentence == said.format(ready=shown(ready), departs=shown(day_))
    # At check-in now: refused in one line with that sentence, nothing checked in.
    _change(db, case, **values)
    code, out, err = _run(capsys, db, "checkin", flight, "--standby", case)
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert err == (f"evacplan: {case}: {sentence} On standby for {flight} it could never "
                   "get a seat.\n")
    assert "checked_in" not in _statuses(db, [case])
    # From a file of scans the line's code is said once, not twice ("sb.txt line 1:
    # C-000003: C-000003: ...").
    scans = Path(db).parent / "sb.txt"
    scans.write_text(case + "\n", encoding="utf-8")
    code, _, err = _run(capsys, db, "checkin", flight, "--standby", "--file", str(scans))
    assert code == 1
    assert err.splitlines()[0] == (f"evacplan: {scans} line 1: {case}: {sentence} On standby "
                                   f"for {flight} it could never get a seat.")


def test_the_desk_scan_refuses_standby_that_could_never_be_seated(
        day: tuple[str, dict]) -> None:  # type: ignore[type-arg]
    """The desk's scan says so at once, with the close's reason (it checked in)."""
    import datetime as dt

    from planner.departure.checkin import answer_scan
    from ui.pages.departure_page import answer_text

    db, plan = day
    flight, _ = _busiest(plan)
    case, departs = _standby_candidate(db, plan, flight)
    ready = dt.date.fromisoformat(departs) + dt.timedelta(days=3)
    _change(db, case, available_from=ready)
    operation = open_operation(db)
    with operation.session() as session:
        answer = answer_scan(session, find_flight(session, flight).id, case, [],
                             standby=True)
    operation.close()
    assert answer.kind == "never_seated" and answer.why is not None
    assert answer.why.code == "standby_timing"
    assert answer_text(answer) == (
        f"{case}: cannot wait for this flight, it could never be seated: May leave only "
        f"from {ready.day} {ready:%b %Y}; the flight leaves "
        f"{int(departs[8:])} {dt.date.fromisoformat(departs):%b %Y}.")
    assert "checked_in" not in _statuses(db, [case])


def test_importing_flights_that_cancel_a_booked_flight_names_who_lose_their_seats(
        day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]
        capsys: pytest.CaptureFixture[str]) -> None:
    """A flights sheet setting a flight with passengers in the published plan to
    cancelled was imported without a word; the import names the flight and how many
    persons in how many households lose their seats, as the flight form asks."""
    from openpyxl import Workbook

    db, plan = day
    flight, households = _busiest(plan)
    persons = sum(len(h["members"]) for h in households)
    operation = open_operation(db)
    with operation.session() as session:
        found = find_flight(session, flight)
        number, departs = found.flight_no, found.departs_at
    operation.close()
    book = Workbook()
    sheet = book.active
    sheet.title = "Flights"
    sheet.append(["Flight No", "Departs At", "Status"])
    sheet.append([number, departs, "cancelled"])
    path = tmp_path / "flights.xlsx"
    book.save(path)
    code, out, err = _run(capsys, db, "import", str(path))
    assert code == 0, err
    assert (f"Note: Flights row 2 cancels {flight}: {persons} persons in {len(households)} "
            f"households lose their seats on it in the published plan 1; plan again to "
            "move them to other flights") in out, out


def test_a_flight_of_a_later_day_is_closed_and_departed_only_when_the_officer_says_so(
        day: tuple[str, dict], monkeypatch: pytest.MonkeyPatch,  # type: ignore[type-arg]
        capsys: pytest.CaptureFixture[str]) -> None:
    """Run on the 4th, ``close`` and ``depart`` of the 8th's flight change nothing and say
    the day and how far ahead (the desktop's sentence), in both languages; ``--early`` does
    them."""
    db, plan = day
    flight, households = _busiest(plan)
    flight_day = dt.date.fromisoformat(flight.rpartition(" ")[2])
    monkeypatch.setattr("planner.departure.common.operation_today",
                        lambda _session: flight_day - dt.timedelta(days=4))
    present = [m["case_no"] for h in households[1:] for m in h["members"]]
    assert _run(capsys, db, "checkin", flight, *present)[0] == 0
    code, out, err = _run(capsys, db, "close", flight)
    assert code == 1 and out == ""
    shown = f"{flight_day.day} {flight_day:%b %Y}"
    assert err == (f"evacplan: {flight} was not closed. It is due to leave on {shown}, in 4 "
                   "days: is it the flight you mean? Closed now, everyone not checked in "
                   "becomes a no-show: add --early to close it all the same\n")
    code, _, err = _run(capsys, db, "--lang", "id", "close", flight)
    assert code == 1 and "4 hari lagi" in err and "--early" in err and "tidak ditutup" in err
    assert _statuses(db, [m["case_no"] for m in households[0]["members"]]) == \
        Counter({"registered": len(households[0]["members"])})
    code, out, err = _run(capsys, db, "close", flight, "--early")
    assert code == 0 and "Removed (no-show): " + households[0]["household"] in out, err
    monkeypatch.setattr("planner.departure.common.operation_today",
                        lambda _session: flight_day - dt.timedelta(days=1))
    code, out, err = _run(capsys, db, "depart", flight)
    assert code == 1 and out == "" and ", tomorrow: is it the flight you mean?" in err
    assert "--early" in err and set(_statuses(db, present)) == {"checked_in"}
    code, out, err = _run(capsys, db, "depart", "--early", flight)
    assert code == 0 and "Departed" in out, err
    # A flight the action would not change is refused in its own words, even ahead.
    monkeypatch.setattr("planner.departure.common.operation_today",
                        lambda _session: flight_day - dt.timedelta(days=2))
    code, _, err = _run(capsys, db, "depart", flight)
    assert code == 1 and "has departed already" in err


def test_status_says_the_statuses_in_words_in_both_languages(
        day: tuple[str, dict], capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    """``status`` names a status by its word ("self-departed", "pulang sendiri"), never its
    code, and a refusal reads as a sentence ("is marked self-departed")."""
    db, plan = day
    one = next(h for h in plan["households"] if len(h["members"]) == 1)
    case = one["members"][0]["case_no"]
    code, out, err = _run(capsys, db, "status", case, "--set", "self_departed")
    assert code == 0 and out.startswith("Set self-departed: 1 person"), err
    code, out, err = _run(capsys, db, "--lang", "id", "status", case, "--set",
                          "self_departed")
    assert code == 0 and "pulang sendiri" in out and "self_departed" not in out, err
    # Set again: the person is named as already so, with no "Set ...: 0 persons" line.
    code, out, err = _run(capsys, db, "status", case, "--set", "self_departed")
    assert code == 0 and out == f"Already self-departed: {case}\n", (out, err)
    code, _, err = _run(capsys, db, "status", case, "--set", "missing")
    # The person is named, not "it" (the walk of 4 December).
    assert code == 1 and err == (f"evacplan: {case} is marked self-departed: {case} cannot "
                                 "become missing; nothing was changed\n")
    code, _, err = _run(capsys, db, "--lang", "id", "status", case, "--set", "missing")
    assert code == 1 and err == (f"evacplan: {case} berstatus pulang sendiri: {case} tidak "
                                 "dapat menjadi hilang; tidak ada yang diubah\n")


def test_a_closed_flight_says_when_in_the_operations_time(
        day: tuple[str, dict], capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    """"Closed already" and "check-in has ended" give the moment in the operation's time
    zone (Phnom Penh, UTC+7), not in UTC, in both languages."""
    db, plan = day
    flight, households = _busiest(plan)
    assert _run(capsys, db, "checkin", flight,
                *(m["case_no"] for m in households[0]["members"]))[0] == 0
    assert _run(capsys, db, "close", flight)[0] == 0
    operation = open_operation(db)
    with operation.session() as session:
        closed_at = find_flight(session, flight).closed_at
    operation.close()
    assert closed_at is not None
    local = closed_at.replace(tzinfo=dt.UTC) + dt.timedelta(hours=7)
    when = f"on {local.day} {local:%b %Y} at {local:%H:%M} (Asia/Phnom_Penh)"
    code, _, err = _run(capsys, db, "close", flight)
    assert code == 1 and err == f"evacplan: {flight} was closed already {when}\n"
    late = households[1]["members"][0]["case_no"]
    code, _, err = _run(capsys, db, "checkin", flight, late)
    assert code == 1 and f"was closed {when}: check-in has ended" in err
    code, _, err = _run(capsys, db, "--lang", "id", "close", flight)
    assert code == 1 and f"pukul {local:%H:%M} (Asia/Phnom_Penh)" in err and "UTC" not in err


def test_call_list_of_a_cancelled_flight_says_it_is_cancelled(
        day: tuple[str, dict], tmp_path: Path,  # type: ignore[type-arg]
        capsys: pytest.CaptureFixture[str]) -> None:
    db, plan = day
    flight, _ = _busiest(plan)
    operation = open_operation(db)
    with operation.session() as session:
        find_flight(session, flight).status = "cancelled"
    operation.close()
    target = tmp_path / "calls.csv"
    code, out, err = _run(capsys, db, "call-list", flight, str(target), "--reference", "KBRI")
    assert code == 1 and out == "" and not target.exists()
    assert err == (f"evacplan: {flight} is cancelled: nobody is called for it (solve again "
                   "to plan its passengers on other flights)\n")
    code, _, err = _run(capsys, db, "--lang", "id", "call-list", flight, str(target),
                        "--reference", "KBRI")
    assert code == 1 and "dibatalkan: tidak ada yang dipanggil" in err


def test_a_refused_household_says_the_others_named_were_not_checked_in_either(
        day: tuple[str, dict], capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    db, plan = day
    flight, households = _busiest(plan)
    one = [m["case_no"] for m in households[0]["members"]]
    other = next(h for h in plan["households"] if h["flight"] and h["flight"] != flight)
    elsewhere = [m["case_no"] for m in other["members"]]
    code, out, err = _run(capsys, db, "checkin", flight, *one, *elsewhere)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "has no seat on" in err and ("nothing was checked in: the other case numbers "
                                        "named were not checked in either") in err
    assert _statuses(db, one) == Counter({"registered": len(one)})
    code, _, err = _run(capsys, db, "--lang", "id", "checkin", flight, *one, *elsewhere)
    assert code == 1 and "juga tidak dilaporkan" in err
    # A household named alone is refused in its own words, as before.
    code, _, err = _run(capsys, db, "checkin", flight, *elsewhere)
    assert code == 1 and "has no seat on" in err and "either" not in err
