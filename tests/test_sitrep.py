"""The situation report (SPEC 8.6): its figures against counts made here, person by person,
on random operations; a past day's report unchanged by what happens later; the files."""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import subprocess
import tempfile
import zoneinfo
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import (
    AuditEntry,
    DocumentSlot,
    Flight,
    Household,
    Person,
    Plan,
    PlanHousehold,
    PlanPerson,
    Settings,
    Shelter,
    StatusChange,
)
from planner.sitrep import build_report, compute_sitrep

DAY = dt.date(2026, 3, 10)
OUT = ("flown", "arrived", "self_departed", "withdrawn", "missing")
ZONE = zoneinfo.ZoneInfo("Asia/Phnom_Penh")


def _utc(day: dt.date, hour: int) -> dt.datetime:
    """A stored (naive UTC) moment at ``hour`` o'clock, local time, on ``day``."""
    local = dt.datetime.combine(day, dt.time(hour), tzinfo=ZONE)
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def build(session: Session, seed: int) -> None:
    """A random operation around DAY: registrations over three weeks, flights before and
    after, some departed with their passengers, plans published before and after DAY."""
    rng = random.Random(seed)
    settings_row = session.get(Settings, 1) or Settings(id=1)
    settings_row.timezone = "Asia/Phnom_Penh"
    session.add(settings_row)
    shelters = [Shelter(name=f"Shelter {i}", beds=rng.randint(0, 12),
                        open_from=DAY - dt.timedelta(days=rng.randint(-2, 10)))
                for i in range(rng.randint(1, 4))]
    flights = []
    for i in range(rng.randint(1, 6)):
        day = DAY + dt.timedelta(days=rng.randint(-6, 9))
        flights.append(Flight(
            flight_no=f"QZ {100 + i}", origin="PNH", destination=rng.choice(["CGK", "DPS"]),
            departs_at=dt.datetime.combine(day, dt.time(rng.randint(6, 22))),
            departure_date=day, seats=rng.randint(0, 20),
            status=rng.choice(["planned", "confirmed", "cancelled"])))
    slots = [DocumentSlot(slot_id=f"S{i}", starts_at=dt.datetime.combine(
        DAY + dt.timedelta(days=rng.randint(-5, 9)), dt.time(rng.choice([9, 14]))),
        capacity=rng.randint(0, 5), ready_after_hours=rng.choice([0, 24, 48]))
        for i in range(rng.randint(0, 6))]
    session.add_all([*shelters, *flights, *slots])
    session.flush()
    persons = []
    for h in range(rng.randint(1, 25)):
        household = Household(code=f"H{h}", implicit=False)
        session.add(household)
        for m in range(rng.randint(1, 4)):
            registered = DAY + dt.timedelta(days=rng.randint(-20, 3))
            available = (None if rng.random() < 0.4
                         else registered + dt.timedelta(days=rng.randint(-6, 4)))
            born = DAY - dt.timedelta(days=rng.randint(200, 80 * 365))
            persons.append(Person(
                case_no=f"C-{h:03d}{m}", household_ref=household, full_name=f"P {h} {m}",
                name_key=f"p {h} {m}", sex=rng.choice("MF"), date_of_birth=born,
                nationality="IDN", document_status=rng.choice(["valid", "missing", "lost"]),
                needs_shelter=rng.random() < 0.8, medical=rng.random() < 0.2,
                pregnant=rng.random() < 0.1, available_from=available,
                # Late at night local time some days: the local date is the one counted.
                created_at=_utc(registered, rng.choice([1, 9, 23]))))
    session.add_all(persons)
    session.flush()
    households = session.scalars(select(Household)).all()
    departed = [f for f in flights if f.departure_date <= DAY + dt.timedelta(days=2)
                and f.status != "cancelled" and rng.random() < 0.6]
    for flight in departed:
        flight.status = "departed"
    for household in households:
        if departed and rng.random() < 0.25:
            flight = rng.choice(departed)
            # Marked departed in the history (on the flight's day, days later, or days
            # before: departed early with ``depart --early``), or, as in an operation
            # older than the history, not.
            late = rng.choice([None, 0, 0, 1, 3, -2])
            for member in household.members:
                member.departed_flight_id = flight.id
                if late is not None:
                    session.add(StatusChange(
                        person_id=member.id, from_status="checked_in", to_status="flown",
                        flight_id=flight.id,
                        at=_utc(flight.departure_date + dt.timedelta(days=late), 23)))
    # Movement statuses changed at the desk and on departure days (SPEC 8.1), recorded in
    # the history the report replays; an out-status is the last change of a person.
    usable = [f for f in flights if f.status != "cancelled"]
    for person_row in persons:
        at = person_row.created_at
        for _ in range(rng.choice([0, 0, 1, 2])):
            at = at + dt.timedelta(hours=rng.randint(1, 90))
            to = rng.choice(["called", "checked_in", "no_show", "registered", "self_departed",
                             "withdrawn", "missing"])
            flight_id = (rng.choice(usable).id if usable and to in
                         ("called", "checked_in", "no_show") else None)
            session.add(StatusChange(person_id=person_row.id, at=at, from_status="registered",
                                     to_status=to, flight_id=flight_id))
            if to in OUT:
                break
    session.flush()
    for number, published in enumerate((_utc(DAY - dt.timedelta(days=3), 10),
                                        _utc(DAY, 23), _utc(DAY + dt.timedelta(days=1), 8),
                                        None)):
        plan = Plan(status="optimal", start_date=DAY - dt.timedelta(days=5),
                    published_at=published, created_at=_utc(DAY - dt.timedelta(days=4), 8))
        session.add(plan)
        session.flush()
        for household in households:
            if rng.random() < 0.2 + 0.05 * number:
                continue
            usable = [f for f in flights if f.status != "cancelled"]
            session.add(PlanHousehold(
                plan_id=plan.id, household_id=household.id,
                flight_id=rng.choice(usable).id if usable and rng.random() < 0.6 else None,
                shelter_id=rng.choice(shelters).id if rng.random() < 0.7 else None))
            for member in household.members:
                if member.document_status != "valid" and slots and rng.random() < 0.7:
                    session.add(PlanPerson(plan_id=plan.id, person_id=member.id,
                                           slot_id=rng.choice(slots).id))
    session.flush()


def counted_here(session: Session, day: dt.date) -> dict[str, object]:
    """The report's figures counted plainly from the rules in docs/decisions.md."""
    def local(moment: dt.datetime) -> dt.date:
        return moment.replace(tzinfo=dt.UTC).astimezone(ZONE).date()

    day_end_utc = _utc(day + dt.timedelta(days=1), 0)
    plans = [p for p in session.scalars(select(Plan))
             if p.published_at is not None and p.published_at < day_end_utc]
    plan = max(plans, key=lambda p: (p.published_at, p.id)) if plans else None
    flights = {f.id: f for f in session.scalars(select(Flight))}
    slots = {s.id: s for s in session.scalars(select(DocumentSlot))}
    entries = ({e.household_id: e for e in session.scalars(
        select(PlanHousehold).where(PlanHousehold.plan_id == plan.id))} if plan else {})
    slot_of = ({e.person_id: e.slot_id for e in session.scalars(
        select(PlanPerson).where(PlanPerson.plan_id == plan.id))} if plan else {})
    persons = session.scalars(select(Person)).all()
    changes: dict[int, list[StatusChange]] = {}
    for change in session.scalars(select(StatusChange).order_by(StatusChange.at,
                                                                StatusChange.id)):
        changes.setdefault(change.person_id, []).append(change)

    def recorded(p: Person, d: dt.date) -> StatusChange | None:
        """The person's last status change recorded by the end of ``d``."""
        done = [c for c in changes.get(p.id, []) if local(c.at) <= d]
        return done[-1] if done else None

    def care(p: Person) -> dt.date:
        registered = local(p.created_at)
        named = registered if p.available_from is None else max(registered, p.available_from)
        # Seen at a check-in (or flown, handed over) on a day: in care by that day.
        seen = [local(c.at) for c in changes.get(p.id, [])
                if c.to_status in ("checked_in", "flown", "arrived")]
        return min([named, *seen])

    def departed_on(p: Person) -> dt.date | None:
        """The day the history records it flown (a flight departed early, or marked
        departed days later); the flight's date when the history has no record."""
        if not p.departed_flight_id:
            return None
        marked = [local(c.at) for c in changes.get(p.id, [])
                  if c.to_status == "flown" and c.flight_id == p.departed_flight_id]
        flown = flights[p.departed_flight_id].departure_date
        return min(marked) if marked else flown

    def flown_by(p: Person, d: dt.date) -> bool:
        return departed_on(p) is not None and departed_on(p) <= d

    def gone(p: Person) -> dt.date | None:
        days = [local(c.at) for c in changes.get(p.id, []) if c.to_status in OUT]
        if p.departed_flight_id:
            days.append(departed_on(p))
        return max(min(days), care(p)) if days else None

    def status(p: Person, d: dt.date) -> str | None:
        if care(p) > d:
            return None
        last = recorded(p, d)
        now = last.to_status if last else "registered"
        return "flown" if flown_by(p, d) and now not in OUT else now

    def here(p: Person, d: dt.date) -> bool:
        return care(p) <= d and (gone(p) is None or gone(p) > d)

    def age(p: Person) -> int:
        b = p.date_of_birth
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))

    present = [p for p in persons if here(p, day)]
    by_status = Counter(status(p, day) for p in persons if status(p, day) is not None)
    assert sum(by_status[s] for s in by_status if s not in OUT) == len(present)
    beds = Counter()
    to_move = Counter()
    for household in session.scalars(select(Household)):
        entry = entries.get(household.id)
        if entry is None or entry.shelter_id is None:
            continue
        if any(care(m) > day for m in household.members):
            continue
        if entry.flight_id is not None and flights[entry.flight_id].departure_date <= day:
            continue
        shelter = session.get(Shelter, entry.shelter_id)
        sleeping = sum(1 for m in household.members if here(m, day) and m.needs_shelter)
        if (shelter.open_from or day) <= day <= (shelter.open_until or day):
            beds[entry.shelter_id] += sleeping
        else:  # closed tonight: no bed there, to be moved
            to_move[entry.shelter_id] += sleeping

    def issued(p: Person) -> bool:
        slot = slots.get(slot_of.get(p.id))
        ready_by = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
        return slot is not None and slot.starts_at + dt.timedelta(
            hours=slot.ready_after_hours) <= ready_by

    needing = [p for p in persons if p.document_status != "valid"]
    week = [s for s in slots.values() if day <= s.starts_at.date() <= day + dt.timedelta(6)]
    used = Counter(slot_of.values())
    flight_rows = []
    for f in sorted(flights.values(), key=lambda f: (f.departs_at, f.flight_no)):
        if not day <= f.departure_date <= day + dt.timedelta(6) or f.status == "cancelled":
            continue
        on = [p for p in persons if (p.departed_flight_id == f.id and flown_by(p, day)) or (
            not flown_by(p, day) and p.household_id in entries
            and entries[p.household_id].flight_id == f.id)]
        def named(p: Person) -> int | None:
            last = recorded(p, day)
            planned = entries.get(p.household_id)
            return (last.flight_id if last and last.flight_id else
                    p.departed_flight_id if flown_by(p, day) else
                    (planned.flight_id if planned else None))

        checked = [p for p in persons if (status(p, day) in ("flown", "arrived")
                                          and p.departed_flight_id
                                          == f.id) or (status(p, day) == "checked_in"
                                                       and named(p) == f.id)]
        missed = [p for p in persons if status(p, day) == "no_show" and named(p) == f.id]
        # An infant on the flight's date (under 2) flies on a lap: no seat (SPEC 3.1 rule 2).
        infants = sum(1 for p in on if (f.departure_date.year - p.date_of_birth.year - (
            (f.departure_date.month, f.departure_date.day)
            < (p.date_of_birth.month, p.date_of_birth.day))) < 2)
        flight_rows.append((f.key, f.seats, len(on) - infants, infants, len(checked),
                            len(missed)))
    adults = Counter(p.household_id for p in present if age(p) >= 18)
    days = []
    for back in range(13, -1, -1):
        d = day - dt.timedelta(days=back)
        days.append((d, sum(care(p) == d for p in persons),
                     # a departure recorded before the person's care date counts on it
                     sum(gone(p) is not None and max(gone(p), care(p)) == d for p in persons),
                     sum(here(p, d) for p in persons)))
    return {
        "plan": plan.id if plan else None,
        "statuses": dict(by_status), "in_care": len(present),
        "beds_used": dict(beds), "to_move": dict(to_move),
        "without_bed": sum(p.needs_shelter for p in present) - sum(beds.values()),
        "issued": sum(1 for p in needing if care(p) <= day and (
            issued(p) or (flown_by(p, day) and not here(p, day)))),
        "doc_waiting": sum(1 for p in needing if here(p, day) and not issued(p)),
        "places": sum(max(0, s.capacity - used[s.id]) for s in week),
        "flights": flight_rows,
        "medical": sum(p.medical for p in present), "pregnant": sum(p.pregnant for p in present),
        "minors_alone": sum(1 for p in present if age(p) < 18 and adults[p.household_id] == 0),
        "elderly": sum(1 for p in present if age(p) >= 60),
        "days": days,
    }


@pytest.fixture(scope="module")
def empty_operation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty operation file, copied for each example (creating one costs migrations)."""
    path = tmp_path_factory.mktemp("sitrep") / "empty.sqlite"
    open_operation(path, create=True).close()
    return path


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), offset=st.integers(-4, 4))
def test_figures_match_counts_made_person_by_person(empty_operation: Path, seed: int,
                                                    offset: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(empty_operation, Path(folder) / "op.sqlite")
        operation = open_operation(Path(folder) / "op.sqlite")
        try:
            with operation.session() as session:
                build(session, seed)
            day = DAY + dt.timedelta(days=offset)
            with operation.session() as session:
                report = compute_sitrep(session, day)
                expected = counted_here(session, day)
        finally:
            operation.close()
    assert report.plan_id == expected["plan"]
    assert report.in_care == expected["in_care"]
    assert {k: v for k, v in report.statuses.items() if v} == expected["statuses"]
    used = {s.name: s.used for s in report.shelters}
    with_beds = {f"Shelter {sid - 1}": n for sid, n in expected["beds_used"].items() if n}
    assert {k: v for k, v in used.items() if v} == with_beds
    assert report.without_bed == expected["without_bed"]
    assert {s.name: s.to_move for s in report.shelters if s.to_move} == {
        f"Shelter {sid - 1}": n for sid, n in expected["to_move"].items() if n}
    assert report.documents.issued == expected["issued"]
    assert report.documents.waiting == expected["doc_waiting"]
    assert report.documents.places_left == expected["places"]
    assert [(f.key, f.seats, f.seats_booked, f.infants, f.checked_in, f.no_shows)
            for f in report.flights] == expected["flights"]
    v = report.vulnerable
    assert (v.medical, v.pregnant, v.unaccompanied_minors, v.elderly) == (
        expected["medical"], expected["pregnant"], expected["minors_alone"],
        expected["elderly"])
    assert [(d.day, d.entered, d.departed, d.waiting) for d in report.days] == expected["days"]


def _figures(operation: Operation, day: dt.date) -> object:
    with operation.session() as session:
        return build_report(compute_sitrep(session, day), "en")


def test_a_past_day_reads_the_same_after_later_registrations_and_plans(tmp_path: Path) -> None:
    operation = open_operation(tmp_path / "op.sqlite", create=True)
    try:
        with operation.session() as session:
            build(session, 7)
        before = _figures(operation, DAY)
        with operation.session() as session:
            household = Household(code="LATE", implicit=False)
            # Registered two days later, "in care since" a week before: not in DAY's report.
            session.add(Person(
                case_no="C-LATE", household_ref=household, full_name="Late Comer",
                name_key="late comer", sex="F", date_of_birth=dt.date(1990, 1, 1),
                nationality="IDN", document_status="missing",
                available_from=DAY - dt.timedelta(days=7),
                created_at=_utc(DAY + dt.timedelta(days=2), 9)))
            session.add(Plan(status="optimal", start_date=DAY,
                             published_at=_utc(DAY + dt.timedelta(days=2), 10)))
        assert _figures(operation, DAY) == before
        assert _figures(operation, DAY + dt.timedelta(days=2)) != before
    finally:
        operation.close()


@pytest.fixture
def reported(tmp_path: Path) -> Path:
    path = tmp_path / "op.sqlite"
    operation = open_operation(path, create=True)
    with operation.session() as session:
        build(session, 11)
    operation.close()
    return path


def test_command_writes_the_workbook_in_indonesian(reported: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sitrep.xlsx"
    assert main(["--db", str(reported), "sitrep", str(out), "--date", DAY.isoformat(),
                 "--lang", "id"]) == 0
    said = capsys.readouterr().out
    operation = open_operation(reported)
    try:
        with operation.session() as session:
            expected = counted_here(session, DAY)
            entries = session.scalars(select(AuditEntry).where(
                AuditEntry.entity == "sitrep")).all()
    finally:
        operation.close()
    # The command's own line is in the report's language too.
    assert f"{expected['in_care']:,} orang dalam penanganan".replace(",", ".") in said
    sheet = load_workbook(out).active
    cells = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert cells["Dalam penanganan"][0] == expected["in_care"]
    assert cells["Anak tanpa pendamping"][0] == expected["minors_alone"]
    assert sheet["A1"].value.startswith("Laporan situasi")
    assert len(sheet._charts) == 1
    # Its numbers stay numbers, shown the Indonesian way ("1.234", as the command said).
    figure = next(row[1] for row in sheet.iter_rows() if row[0].value == "Dalam penanganan")
    assert figure.number_format == "[$-421]#,##0"
    _assert_chart_readable(sheet)
    assert [(e.entity_key, e.details["format"], e.details["language"]) for e in entries] == [
        (DAY.isoformat(), "xlsx", "id")]


def _assert_chart_readable(sheet: Any) -> None:
    """The chart printed 6 cm wide with 5 pt type, under the tables and fitted to the page
    with them: now 12.5 cm wide beside the short tables, on cells left empty, with its axes
    shown, titled and lettered at 10 pt."""
    chart = sheet._charts[0]
    width, height = (size / 360_000 for size in (chart.anchor.ext.cx, chart.anchor.ext.cy))
    assert width >= 12 and height >= 12, (width, height)  # centimetres
    start = chart.anchor._from
    first_row, first_col = start.row + 1, start.col + 1
    rows = round(height / 0.53)  # a 15 pt row is 0.53 cm
    covered = [sheet.cell(r, c).value for r in range(first_row, first_row + rows)
               for c in range(first_col, 9)]
    assert first_col >= 3 and not any(v not in (None, "") for v in covered), covered
    line = chart._charts[1]
    for axis in (chart.x_axis, chart.y_axis, line.y_axis):
        assert axis.delete is False
        assert axis.txPr.p[0].pPr.defRPr.sz >= 1000
    assert chart.y_axis.title is not None and line.y_axis.title is not None
    assert chart.legend.position == "b"


def test_command_writes_a_one_page_pdf(reported: Path, tmp_path: Path) -> None:
    out = tmp_path / "sitrep.pdf"
    assert main(["--db", str(reported), "sitrep", str(out), "--date", DAY.isoformat()]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "\f" not in text.rstrip("\f")  # one page
    operation = open_operation(reported)
    try:
        with operation.session() as session:
            expected = counted_here(session, DAY)
    finally:
        operation.close()
    assert re.search(r"In care\s+([\d,]+)", text).group(1) == f"{expected['in_care']:,}"
    assert "Flights of the next 7 days" in text


def test_wrong_file_name_and_language_are_refused(reported: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(reported), "sitrep", str(tmp_path / "r.docx")]) == 1
    assert "name the file .pdf or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()
    with pytest.raises(SystemExit):
        main(["--db", str(reported), "sitrep", str(tmp_path / "r.pdf"), "--lang", "fr"])


def test_a_week_without_flights_cuts_no_heading_in_indonesian(reported: Path,
                                                              tmp_path: Path) -> None:
    """'No flight in these days' is one sentence across the table: it used to be measured as
    the flight column's width, which squeezed the other headings to 'Tuj...', 'Beran...'."""
    out = tmp_path / "sitrep-id.pdf"
    quiet = DAY - dt.timedelta(days=60)
    assert main(["--db", str(reported), "sitrep", str(out), "--date", quiet.isoformat(),
                 "--lang", "id"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Tidak ada penerbangan pada hari-hari ini" in text
    # Headers too wide for one line break between their words, never cut.
    assert "\u2026" not in text
    lines = text.splitlines()
    at = next(i for i, x in enumerate(lines) if "Tujuan" in x)
    header = " ".join(lines[at - 1:at + 2])
    for word in ("Penerbangan", "Tujuan", "Berangkat", "Kursi", "dipesan", "Bayi", "dipangku",
                 "Lapor", "diri", "Tidak", "hadir"):
        assert word in header, header


def test_a_closed_shelters_persons_are_shown_needing_a_bed_elsewhere(
        reported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A shelter the plan fills but that is closed tonight (closed after the plan was made)
    has no bed to give: its persons are not "used" against its 0 beds but counted without a
    bed, and a line says where they are placed, to be moved."""
    operation = open_operation(reported)
    try:
        with operation.session() as session:
            before = compute_sitrep(session, DAY)
            fullest = max(before.shelters, key=lambda s: s.used)
            assert fullest.used > 0
            shelter = session.scalar(select(Shelter).where(Shelter.name == fullest.name))
            shelter.open_from, shelter.open_until = None, DAY - dt.timedelta(days=1)
    finally:
        operation.close()
    out = tmp_path / "sitrep.xlsx"
    assert main(["--db", str(reported), "sitrep", str(out), "--date", DAY.isoformat()]) == 0
    said = capsys.readouterr().out
    assert (f"{before.without_bed + fullest.used:,} without a bed ({fullest.used:,} of them "
            "placed in a shelter closed that night)") in said
    sheet = load_workbook(out).active
    cells = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert cells[f"{fullest.name} (closed)"][:3] == (0, 0, 0)
    assert cells["Without a bed tonight"][1] == before.without_bed + fullest.used
    assert cells[f"of them placed in {fullest.name}, closed"][1] == fullest.used
    assert cells["Total"][1] == before.beds_used - fullest.used
