"""The demo's situation report has something to show on its own days, and the desktop's
report opens on a day where the operation has something to show (planner.sitrep.day)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner import demo
from planner.cli import main
from planner.db import Operation
from planner.db.models import Flight, Person, Plan, PlanHousehold
from planner.departure.departing import set_status
from planner.records import editing
from planner.records.editing import RecordKind
from planner.sitrep import compute_sitrep
from planner.sitrep import day as report_days
from planner.sitrep.figures import operation_dates


@pytest.fixture
def demo_op(sqlite_operation: Operation) -> Iterator[Operation]:
    with sqlite_operation.session() as session:
        demo.create(session, 400, seed=3)
    yield sqlite_operation


def test_a_day_of_the_demo_counts_who_had_registered_by_then(demo_op: Operation) -> None:
    made = demo.generate(400, seed=3)
    start = demo.DEMO_START
    cared = [max(p["available_from"] or start, p["created_at"].date()) for p in made.persons]
    first = min(p["created_at"] for p in made.persons).date()
    with demo_op.session() as session:
        before = compute_sitrep(session, first - dt.timedelta(days=1))
        on_start = compute_sitrep(session, start)
        later = compute_sitrep(session, start + dt.timedelta(days=12))
    assert before.in_care == 0
    # Registered at 08:00 or later where the embassy is: after midnight UTC, same day.
    assert on_start.in_care == sum(1 for day in cared if day <= start) > 0
    assert later.in_care == len(made.persons)
    assert on_start.flights, "the first week's flights are listed"
    assert sum(d.entered for d in on_start.days) == on_start.in_care
    assert sum(1 for d in on_start.days if d.entered) >= 2, "registrations over days"


def _last_activity(made: demo.DemoOperation) -> dt.date:
    """The demo's last registration or care date, where the embassy is (Phnom Penh)."""
    zone = zoneinfo.ZoneInfo("Asia/Phnom_Penh")
    return max(max(p["created_at"].replace(tzinfo=dt.UTC).astimezone(zone).date(),
                   p["available_from"] or dt.date.min) for p in made.persons)


def test_report_day_is_today_while_or_before_the_operation_runs_else_its_last_active_day(
        demo_op: Operation, monkeypatch: pytest.MonkeyPatch) -> None:
    start = demo.DEMO_START
    last = _last_activity(demo.generate(400, seed=3))
    assert last > start
    # Before the operation's dates: today (a later day is refused when typed).
    for today, expected in ((dt.date(2026, 12, 3), last), (dt.date(2025, 6, 1),
                                                              dt.date(2025, 6, 1)),
                            (start + dt.timedelta(days=5), start + dt.timedelta(days=5))):
        monkeypatch.setattr(report_days, "operation_today", lambda _s, t=today: t)
        with demo_op.session() as session:
            assert report_days.report_day(session) == expected, today
    # The officer records a movement now, months after the demo's dates: the operation
    # runs today again.
    with demo_op.session() as session:
        household = session.scalars(select(Person.case_no).where(Person.household_id == 1))
        set_status(session, list(household), "missing")
    real_today = dt.datetime.now(dt.UTC).date()
    monkeypatch.setattr(report_days, "operation_today", lambda _s: real_today)
    with demo_op.session() as session:
        assert report_days.report_day(session) == real_today


def test_an_empty_operation_opens_on_today(sqlite_operation: Operation,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_days, "operation_today", lambda _s: dt.date(2031, 1, 2))
    with sqlite_operation.session() as session:
        assert report_days.report_day(session) == dt.date(2031, 1, 2)


def test_the_command_reports_the_last_day_with_activity_and_says_why(
        demo_op: Operation, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``evacplan sitrep OUT`` on an operation whose dates are all past reported today: no
    one in care, no flight. It reports the operation's last day with activity and says so."""
    last = _last_activity(demo.generate(400, seed=3))
    monkeypatch.setattr(report_days, "operation_today", lambda _s: dt.date(2026, 12, 3))
    out = tmp_path / "sitrep.xlsx"
    assert main(["--db", str(sqlite_path), "sitrep", str(out)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith(f"Reporting {last.isoformat()}, the operation's last day with "
                              "activity: its dates (")
    assert said[0].endswith("are all before today (2026-12-03). Give --date for another day.")
    assert said[1].startswith(f"Situation report of {last.isoformat()} ")
    with demo_op.session() as session:
        expected = compute_sitrep(session, last)
    assert expected.in_care > 0 and expected.flights
    cells = {r[0]: r[1:] for r in load_workbook(out).active.iter_rows(values_only=True) if r[0]}
    assert cells["In care"][0] == expected.in_care
    # A day asked for is reported without a note.
    assert main(["--db", str(sqlite_path), "sitrep", str(out), "--date", "2026-03-03"]) == 0
    assert capsys.readouterr().out.startswith("Situation report of 2026-03-03 ")


def test_a_past_days_report_is_that_days_not_todays_and_says_what_it_cannot_replay(
        demo_op: Operation, sqlite_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The demo's first flight checked in, closed and departed today, and another flight's
    seats edited today: the report of a March day before that flight no longer books its
    passengers (no plan was in use in March) and the report of a day after it no longer
    counts them flown (their departure was recorded today); both say that one flight is
    shown as it is today. Today's report shows them flown."""
    cli = ["--db", str(sqlite_path)]
    assert main([*cli, "solve", "--publish", "--time-limit", "30"]) == 0
    with demo_op.session() as session:
        plan = session.scalar(select(Plan.id).where(Plan.published_at.is_not(None)))
        flight = session.scalar(select(Flight).join(
            PlanHousehold, PlanHousehold.flight_id == Flight.id).where(
            PlanHousehold.plan_id == plan).order_by(Flight.departs_at).limit(1))
        on_board = list(session.scalars(select(Person.case_no).join(
            PlanHousehold, PlanHousehold.household_id == Person.household_id).where(
            PlanHousehold.plan_id == plan, PlanHousehold.flight_id == flight.id)))
        other = session.scalar(select(Flight).where(Flight.id != flight.id).limit(1))
        other_ref = editing.RecordRef(RecordKind.FLIGHT, other.id, other.key, other.version)
        editing.update(session, other_ref, {"seats": other.seats + 10})
    name = f"{flight.flight_no} {flight.departure_date.isoformat()}"
    for command in (["checkin", name, *on_board], ["close", name], ["depart", name]):
        assert main([*cli, *command]) == 0
    capsys.readouterr()
    before, after = (flight.departure_date + dt.timedelta(days=n) for n in (-1, 1))
    with demo_op.session() as session:
        on_eve, next_day, now = (compute_sitrep(session, d) for d in (
            before, after, report_days.operation_today(session)))
    booked = {f.key: f.booked for f in on_eve.flights}
    assert on_eve.plan_id is None and booked[flight.key] == 0
    assert next_day.statuses["flown"] == 0
    assert sum(d.departed for d in next_day.days) == 0
    assert now.statuses["flown"] == len(on_board)
    for report in (on_eve, next_day):
        assert report.not_replayed.changed_since == {"flight": 1}
    assert not now.not_replayed
    out = tmp_path / "eve.xlsx"
    assert main([*cli, "sitrep", str(out), "--date", before.isoformat()]) == 0
    cells = {r[0]: r[1:] for r in load_workbook(out).active.iter_rows(values_only=True)
             if r[0]}
    assert cells["Flights changed since"][0] == 1
    assert cells[flight.flight_no][3] == 0  # booked


def test_the_command_says_why_in_indonesian(
        demo_op: Operation, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``sitrep --lang id`` says in Indonesian which day it reports and why (it said it in
    English); the dates are the same as in the English note."""
    last = _last_activity(demo.generate(400, seed=3))
    monkeypatch.setattr(report_days, "operation_today", lambda _s: dt.date(2026, 12, 3))
    out = tmp_path / "sitrep.xlsx"
    assert main(["--db", str(sqlite_path), "sitrep", str(out), "--lang", "id"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith(f"Melaporkan {last.isoformat()}, hari terakhir operasi")
    assert said[0].endswith("sebelum hari ini (2026-12-03). Berikan --date untuk hari lain.")
    assert "Reporting" not in said[0] and "activity" not in said[0]
    assert said[1].startswith(f"Laporan situasi {last.isoformat()} (")
    assert " orang dalam penanganan, " in said[1] and " tempat tidur terpakai malam ini, " \
        in said[1] and said[1].endswith(f"; ditulis ke {out}")
    assert not any(word in said[1] for word in ("in care", "used tonight", "written to"))


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "Reporting today (2025-06-01): the operation's dates ({first} to {last}) are all "
           "after it, and a report counts what has happened by the end of its day."),
    ("id", "Melaporkan hari ini (2025-06-01): semua tanggal operasi ({first} s.d. {last}) "
           "sesudah hari ini, dan laporan menghitung apa yang sudah terjadi sampai akhir "
           "harinya.")])
def test_an_operation_still_to_come_reports_today_as_the_refusal_allows(
        demo_op: Operation, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, note: str) -> None:
    """Without --date, an operation whose dates all lie after today reported its last day
    with activity, a day still to come, which the same command refuses when typed. It
    reports today now, and says why; the day it chose before is still refused."""
    today = dt.date(2025, 6, 1)
    monkeypatch.setattr(report_days, "operation_today", lambda _s: today)
    with demo_op.session() as session:
        dates = operation_dates(session)
        later = report_days.last_activity(session)
    assert dates is not None and later is not None and dates[0] > today
    out = tmp_path / "sitrep.xlsx"
    cli = ["--db", str(sqlite_path), "--lang", lang, "sitrep", str(out)]
    assert main(cli) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == note.format(first=dates[0].isoformat(), last=dates[1].isoformat())
    assert said[1].startswith(("Situation report of 2025-06-01 ",
                               "Laporan situasi 2025-06-01 "))
    assert main([*cli, "--date", later.isoformat()]) == 1


def test_a_demo_planned_after_its_dates_reports_its_plan_and_says_so(
        demo_op: Operation, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The tester's finding: the demo of March 2026 solved and published in December, then
    ``evacplan sitrep OUT`` reported 4 March with "no published plan" (nothing booked, no
    bed used). Every plan was published after the operation's dates, so the plan
    published stands for its days from its start on, and the command says which plan and
    when it was published. Before the plan's start, no plan."""
    cli = ["--db", str(sqlite_path)]
    assert main([*cli, "solve", "--publish", "--time-limit", "30", "--quiet"]) == 0
    last = _last_activity(demo.generate(400, seed=3))
    with demo_op.session() as session:
        plan = session.scalars(select(Plan)).one()
        zone = zoneinfo.ZoneInfo("Asia/Phnom_Penh")
        published = plan.published_at.replace(tzinfo=dt.UTC).astimezone(zone).date()
        report = compute_sitrep(session, last)
        assert compute_sitrep(session, plan.start_date - dt.timedelta(days=1)).plan_id is None
    assert report.plan_id == plan.id and report.beds_used > 0
    assert sum(f.booked for f in report.flights) > 0
    monkeypatch.setattr(report_days, "operation_today",
                        lambda _s: published + dt.timedelta(days=1))
    capsys.readouterr()
    assert main([*cli, "sitrep", str(tmp_path / "sitrep.xlsx")]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith(f"Reporting {last.isoformat()}, the operation's last day")
    assert said[1] == (f"Plan {plan.id} was published on {published.isoformat()}, after every "
                       f"day of the operation, for a start on {plan.start_date.isoformat()}: "
                       f"the report shows it as the plan of {last.isoformat()}.")
    assert said[2].startswith(f"Situation report of {last.isoformat()} (plan {plan.id}): ")
    assert main([*cli, "--lang", "id", "sitrep", str(tmp_path / "s.xlsx")]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[1].startswith(f"Rencana {plan.id} diterbitkan pada {published.isoformat()}, "
                              "sesudah semua hari operasi")


@pytest.mark.parametrize("lang, said", [
    ("en", "evacplan: No situation report of 6 Mar 2026: that day is still to come (today "
           "is 5 Mar 2026 where the operation is), and a report counts what has happened "
           "by the end of its day. Give --date of today or an earlier day, or leave --date "
           "out for today's report"),
    ("id", "evacplan: Tidak ada laporan situasi untuk 6 Mar 2026: hari itu belum tiba "
           "(hari ini 5 Mar 2026 di tempat operasi), dan laporan menghitung apa yang sudah "
           "terjadi sampai akhir harinya. Berikan --date hari ini atau hari sebelumnya, "
           "atau tanpa --date untuk laporan hari ini"),
])
def test_a_day_still_to_come_is_refused_naming_it_and_today(
        demo_op: Operation, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str) -> None:
    """``sitrep --date`` of a day after the operation's today wrote a report "as of the
    end of" that day with today's statuses under its date. It is refused in one line in
    the report's language, naming the day and today, and writes nothing; today's report
    is written."""
    monkeypatch.setattr(report_days, "operation_today", lambda _s: dt.date(2026, 3, 5))
    out = tmp_path / "sitrep.pdf"
    cli = ["--db", str(sqlite_path), "sitrep", str(out), "--lang", lang]
    assert main([*cli, "--date", "2026-03-06"]) == 1
    assert capsys.readouterr().err.strip() == said
    assert not out.exists()
    out = tmp_path / "sitrep.xlsx"
    assert main(["--db", str(sqlite_path), "sitrep", str(out), "--date", "2026-03-05"]) == 0
    assert out.exists()
