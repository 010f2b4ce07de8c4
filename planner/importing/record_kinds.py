"""The four kinds of record a sheet can hold, and what recognises each of them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.domain import FLIGHT_FIELDS, PERSON_FIELDS, SHELTER_FIELDS, SLOT_FIELDS
from planner.importing.vocabulary import (
    FLIGHT_HEADERS,
    PERSON_HEADERS,
    SHELTER_HEADERS,
    SLOT_HEADERS,
)


class RecordKind(StrEnum):
    PERSONS = "persons"
    FLIGHTS = "flights"
    SHELTERS = "shelters"
    SLOTS = "slots"


@dataclass(frozen=True)
class KindSpec:
    kind: RecordKind
    #: The template's sheet name (SPEC 4).
    sheet_title: str
    fields: tuple[str, ...]
    #: Fields every row must fill (identity and key fields).
    required: tuple[str, ...]
    #: Header words per field; ``field@date`` and ``field@time`` name the two halves of a
    #: date-time written in two columns.
    headers: dict[str, tuple[str, ...]]
    #: Groups of fields of which a sheet must show one each to be taken for this kind.
    signature: tuple[tuple[str, ...], ...]
    #: Fields a row must fill to add a record; a row updating a stored one may leave
    #: them blank (blank keeps what is stored).
    required_new: tuple[str, ...] = ()


KINDS: dict[RecordKind, KindSpec] = {
    RecordKind.PERSONS: KindSpec(
        RecordKind.PERSONS, "Persons", PERSON_FIELDS, ("full_name", "sex", "date_of_birth"),
        PERSON_HEADERS,
        (("full_name",), ("date_of_birth", "sex", "passport_no", "case_no")),
    ),
    RecordKind.FLIGHTS: KindSpec(
        RecordKind.FLIGHTS, "Flights", FLIGHT_FIELDS, ("flight_no", "departs_at"),
        FLIGHT_HEADERS, (("flight_no",), ("departs_at", "departs_at@date")),
        ("destination", "seats"),
    ),
    RecordKind.SHELTERS: KindSpec(
        RecordKind.SHELTERS, "Shelters", SHELTER_FIELDS, ("name",), SHELTER_HEADERS,
        (("name",), ("beds",)), ("beds",),
    ),
    RecordKind.SLOTS: KindSpec(
        RecordKind.SLOTS, "Document slots", SLOT_FIELDS, (), SLOT_HEADERS,
        (("starts_at", "starts_at@date", "slot_id"), ("capacity",)), ("starts_at", "capacity"),
    ),
}


def base_field(name: str) -> str:
    """``departs_at`` for ``departs_at@date``; the name itself otherwise."""
    return name.split("@", 1)[0]
