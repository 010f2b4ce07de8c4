"""Fit to travel (issue 17): when the operation asks for it, a household with a medical or
pregnant member flies only on a day its members' medical clearances cover.

A clearance dated C covers the departure dates C, C + 1, ..., C + N, N being the
operation's ``fit_to_travel_days`` (default 7): at most N days before departure, never
after it. A member who needs a clearance and has none cannot fly. ``fit_to_travel_days``
None (the default) turns the rule off. A predicate on (household, flight), like rules 4
and 5: it removes options before any model sees them, so every method keeps it.
"""

from __future__ import annotations

import datetime as dt

from solvers.problem import FlightSpec, PersonSpec, Problem

#: No departure date is covered (a member needs a clearance and has none).
NEVER = (dt.date.max, dt.date.min)


def needs_clearance(problem: Problem, person: PersonSpec) -> bool:
    return problem.fit_to_travel_days is not None and person.needs_clearance


def window(problem: Problem, members: list[PersonSpec]) -> tuple[dt.date, dt.date] | None:
    """The first and last departure dates every member's clearance covers; None when no
    member needs one (or the rule is off); ``NEVER`` when no date is covered."""
    days = problem.fit_to_travel_days
    needing = [p for p in members if needs_clearance(problem, p)]
    if days is None or not needing:
        return None
    if any(p.clearance is None for p in needing):
        return NEVER
    dates = [p.clearance for p in needing if p.clearance is not None]
    return max(dates), min(dates) + dt.timedelta(days=days)


def allows(problem: Problem, members: list[PersonSpec], flight: FlightSpec) -> bool:
    span = window(problem, members)
    return span is None or span[0] <= flight.departure_date <= span[1]


def uncovered(problem: Problem, members: list[PersonSpec], flight: FlightSpec) -> list[str]:
    """Case numbers of the members whose clearance does not cover ``flight``'s date."""
    days = problem.fit_to_travel_days
    if days is None:
        return []
    day = flight.departure_date
    return [p.case_no for p in members if needs_clearance(problem, p) and (
        p.clearance is None or not p.clearance <= day <= p.clearance + dt.timedelta(days=days))]
