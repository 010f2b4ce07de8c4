"""What a plan may be asked for: the start day and the time limit, bounded by the
operation itself so that a typing slip (0001-01-01, 9999-12-31, ``nan``) gets a clear
line instead of an overflow, a plan of two thousand years of shelter nights, or a solver
that never stops.

The start's window comes from the operation's dates: from ``DAYS_BEFORE`` days before the
earliest of the plan start setting (or today) and the first flight, to ``DAYS_AFTER``
days after the latest of them and the last flight. A month back covers planning again "as
of" a day already past; a year ahead covers flights not yet entered. Outside it every
person would wait (or sit in a shelter) for years in the plan, which only costs time.
"""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import Flight
from planner.errors import PlannerError
from planner.operation import get_settings, plan_start
from solvers.reasons import Reason

DAYS_BEFORE = 31
DAYS_AFTER = 366
#: Longest time limit accepted: a day (the planner stores what it found by then).
MAX_TIME_LIMIT_SECONDS = 24 * 3600.0


def start_window(session: Session, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last plan start day this operation accepts."""
    anchor = plan_start(get_settings(session), today)
    first, last = session.execute(select(func.min(Flight.departs_at),
                                         func.max(Flight.departs_at))).one()
    days = [anchor, *(d.date() for d in (first, last) if d is not None)]
    return min(days) - dt.timedelta(days=DAYS_BEFORE), max(days) + dt.timedelta(days=DAYS_AFTER)


def check_start(session: Session, start: dt.date | None, today: dt.date | None = None) -> None:
    """Refuse a plan start outside the operation's window, saying the window."""
    if start is None:
        return
    first, last = start_window(session, today)
    if not first <= start <= last:
        raise PlannerError.of("plan_start_outside", start=start.isoformat(),
                              first=first.isoformat(), last=last.isoformat(), days=DAYS_BEFORE)


def time_limit_problem(seconds: float) -> Reason | None:
    """Why ``seconds`` cannot be a time limit, or None when it can."""
    if not math.isfinite(seconds):
        return Reason("time_limit_not_number", {"value": str(seconds)})
    if seconds <= 0:
        return Reason("time_limit_not_positive")
    if seconds > MAX_TIME_LIMIT_SECONDS:
        return Reason("time_limit_too_long", {"seconds": round(MAX_TIME_LIMIT_SECONDS)})
    return None


def check_time_limit(seconds: float) -> None:
    problem = time_limit_problem(seconds)
    if problem is not None:
        raise PlannerError.of(problem.code, **problem.facts)
