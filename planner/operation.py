"""Operation-level services: creating an operation, reading its settings and totals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import (
    DocumentSlot,
    Flight,
    Household,
    Person,
    Plan,
    Settings,
    Shelter,
)
from planner.protection import audit


def get_settings(session: Session) -> Settings:
    """The operation's settings row, created with the defaults if it is missing."""
    settings = session.get(Settings, 1)
    if settings is None:
        settings = Settings(id=1)
        session.add(settings)
        session.flush()
    return settings


def plan_start(settings: Settings, today: dt.date | None = None) -> dt.date:
    """The plan start date S: the setting, or today (SPEC 2.5)."""
    return settings.plan_start or today or dt.date.today()


def initialise(session: Session, name: str | None = None) -> tuple[Settings, bool]:
    """Make sure the settings row exists; return it and whether it was created now."""
    created = session.get(Settings, 1) is None
    settings = get_settings(session)
    if name:
        settings.name = name
    if created:
        audit.record(session, "create", "operation", settings.name)
    return settings, created


@dataclass(frozen=True)
class Totals:
    persons: int
    households: int
    flights: int
    shelters: int
    slots: int
    plans: int


def totals(session: Session) -> Totals:
    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return Totals(
        persons=count(Person),
        households=count(Household),
        flights=count(Flight),
        shelters=count(Shelter),
        slots=count(DocumentSlot),
        plans=count(Plan),
    )
