"""Why a plan plans nothing, said plainly where it is stored or published.

An operation with no person waiting, or no flight a person could take, gives a plan all
the same (it is a true answer: nobody can be moved), and ``evacplan solve`` said of it
"0 persons in 0 of 0 households fly ... published" as of any other. ``nothing_planned``
gives the reason to say beside it, with what the operation holds, or None for a plan
with persons and flights to plan.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Person, PlanHousehold
from planner.domain import USABLE_FLIGHT_STATUSES
from solvers.reasons import Reason


def nothing_planned(session: Session, plan_id: int) -> Reason | None:
    """``plan_nobody`` (the plan holds no household: the operation's persons, if any,
    are all moved or out of its care), ``plan_no_flight`` (households, but no flight
    open to passengers: nobody can fly), or None."""
    households = session.scalar(select(func.count()).select_from(PlanHousehold)
                                .where(PlanHousehold.plan_id == plan_id)) or 0
    if not households:
        persons = session.scalar(select(func.count()).select_from(Person)) or 0
        return Reason("plan_nobody", {"persons": persons})
    flights = session.scalar(select(func.count()).select_from(Flight)) or 0
    usable = session.scalar(select(func.count()).select_from(Flight).where(
        Flight.status.in_([s.value for s in USABLE_FLIGHT_STATUSES]))) or 0
    if not usable:
        return Reason("plan_no_flight", {"flights": flights})
    return None
