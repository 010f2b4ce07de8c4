"""Read-only tabular views of the operation's records, for the roster screens and reports.

Each view is a list of (field, header) columns and a query returning plain tuples in
that column order; the first column is the record's readable key. Plain tuples keep a
150,000-person roster cheap to hold and to hand to another thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Session

from planner.db.models import DocumentSlot, Flight, Household, Person, Shelter
from planner.domain import header_for


@dataclass(frozen=True)
class TableView:
    name: str
    title: str
    fields: tuple[str, ...]
    query: Callable[[], Select[Any]]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(header_for(f) for f in self.fields)

    def rows(self, session: Session) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in session.execute(self.query())]


def _persons_query() -> Select[Any]:
    return (
        select(
            Person.case_no,
            case((Household.implicit, None), else_=Household.code),
            Person.full_name,
            Person.sex,
            Person.date_of_birth,
            Person.nationality,
            Person.passport_no,
            Person.document_status,
            Person.destinations,
            Person.available_from,
            Person.cleared_from,
            Person.needs_shelter,
            Person.medical,
            Person.pregnant,
            Person.disability,
            Person.trafficking_victim,
        )
        .join(Household, Person.household_id == Household.id)
        .order_by(Person.id)
    )


PERSONS = TableView(
    "persons",
    "Persons",
    ("case_no", "household", "full_name", "sex", "date_of_birth", "nationality", "passport_no",
     "document_status", "destinations", "available_from", "cleared_from", "needs_shelter",
     "medical", "pregnant", "disability", "trafficking_victim"),
    _persons_query,
)

FLIGHTS = TableView(
    "flights",
    "Flights",
    _FLIGHT_FIELDS := ("flight_no", "departs_at", "carrier", "origin", "destination", "seats",
               "medical_capacity", "status"),
    lambda: select(*(getattr(Flight, f) for f in _FLIGHT_FIELDS)).order_by(Flight.departs_at, Flight.id),
)

SHELTERS = TableView(
    "shelters",
    "Shelters",
    ("name", "beds", "accepts", "medical_care", "open_from", "open_until"),
    lambda: select(Shelter.name, Shelter.beds, Shelter.accepts, Shelter.medical_care,
                   Shelter.open_from, Shelter.open_until).order_by(Shelter.name),
)

SLOTS = TableView(
    "slots",
    "Document slots",
    ("slot_id", "starts_at", "capacity", "ready_after_hours", "location"),
    lambda: select(DocumentSlot.slot_id, DocumentSlot.starts_at, DocumentSlot.capacity,
                   DocumentSlot.ready_after_hours, DocumentSlot.location)
    .order_by(DocumentSlot.starts_at, DocumentSlot.slot_id),
)

ALL_VIEWS = (PERSONS, FLIGHTS, SHELTERS, SLOTS)
