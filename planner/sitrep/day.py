"""The day a situation report opens on, when the officer has not typed one.

Today (in the operation's time zone) while the operation is running: when its facts (a
registration, a person coming into care, a movement, a flight) reach to within a week of
today. An operation whose dates all lie before (a demo of March 2026 opened in December,
an operation closed months ago) opens on its last day with activity instead (the last
registration, care date, movement or departure): a report of today would count nobody and
list no flight, and the last day shows where the operation stood. One whose dates all lie
after today (a rehearsal set in the future) opens on today: a later day is refused when
typed (``refuse_future``), as its report would count what has not happened yet.
``choose_report_day`` says which day and why, for the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Person, Plan, Settings, StatusChange
from planner.domain import FlightStatus
from planner.errors import PlannerError
from planner.sitrep.figures import local_date, operation_dates, zone_of

#: Days before or after an operation's dates that still count as running.
RUNNING_MARGIN = dt.timedelta(days=7)


def operation_today(session: Session) -> dt.date:
    """Today's date where the operation is."""
    settings = session.get(Settings, 1)
    zone = zone_of(settings.timezone if settings else "UTC")
    return dt.datetime.now(dt.UTC).astimezone(zone).date()


def last_activity(session: Session) -> dt.date | None:
    """The operation's last day with activity: the latest registration, care date, movement
    or departure (a flight marked departed); None when nothing has happened yet."""
    settings = session.get(Settings, 1)
    zone = zone_of(settings.timezone if settings else "UTC")
    days: list[dt.date] = []
    registered = session.scalar(select(func.max(Person.created_at)))
    if registered is not None:
        days.append(local_date(registered, zone))
    cared = session.scalar(select(func.max(Person.available_from)))
    moved = session.scalar(select(func.max(StatusChange.at)))
    departed = session.scalar(select(func.max(Flight.departure_date))
                              .where(Flight.status == FlightStatus.DEPARTED.value))
    days += [d for d in (cared, departed) if d is not None]
    if moved is not None:
        days.append(local_date(moved, zone))
    return max(days) if days else None


@dataclass(frozen=True)
class ReportDay:
    """The day a report opens on, and why: ``running`` (today: the operation's facts come
    within a week of it), ``past`` (today lies after the operation's dates: its last day
    with activity), ``future`` (today lies before them: today), ``empty`` (no facts:
    today)."""

    day: dt.date
    why: str
    today: dt.date
    dates: tuple[dt.date, dt.date] | None = None


def choose_report_day(session: Session) -> ReportDay:
    """Today while the operation runs or before it; after it, its last day with
    activity; and why."""
    today = operation_today(session)
    dates = operation_dates(session)
    if dates is None:
        return ReportDay(today, "empty", today)
    first, last = dates
    if first - RUNNING_MARGIN <= today <= last + RUNNING_MARGIN:
        return ReportDay(today, "running", today, dates)
    if today < first:
        # A day still to come is refused when typed (``refuse_future``): today, when
        # nothing of the operation has happened yet.
        return ReportDay(today, "future", today, dates)
    active = last_activity(session) or last
    return ReportDay(min(max(active, first), last), "past", today, dates)


def published_after(session: Session, plan_id: int, day: dt.date
                    ) -> tuple[dt.date, dt.date] | None:
    """(publication date, start) of the plan ``plan_id`` when it was published after
    ``day`` (the plan of a day planned after the fact, ``figures.plan_in_use``); None
    when it was published by then."""
    plan = session.get(Plan, plan_id)
    if plan is None or plan.published_at is None:
        return None
    settings = session.get(Settings, 1)
    published = local_date(plan.published_at, zone_of(settings.timezone if settings
                                                      else "UTC"))
    return (published, plan.start_date) if published > day else None


def refuse_future(session: Session, day: dt.date) -> None:
    """Refuse a report of a day after the operation's today: "as of the end of" a day not
    lived yet, its statuses, beds and check-ins are not facts yet (a report of the 9th
    on the 4th would show the 4th's statuses under the 9th's date). Today's report, of a
    day not ended yet, is the one an officer sends each evening."""
    today = operation_today(session)
    if day > today:
        raise PlannerError.of("sitrep_future", day=day.isoformat(), today=today.isoformat())


def report_day(session: Session) -> dt.date:
    """Today while the operation runs or before it; after it, its last day with activity."""
    return choose_report_day(session).day
