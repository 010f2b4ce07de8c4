"""The four kinds of record a sheet can hold, and what recognises each of them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, FieldSet


class SheetKind(StrEnum):
    """What one sheet holds (its records all of one kind); the editing service's
    ``planner.records.editing.RecordKind`` names one record being edited, households included."""

    PERSONS = "persons"
    FLIGHTS = "flights"
    SHELTERS = "shelters"
    SLOTS = "slots"


@dataclass(frozen=True)
class KindSpec:
    kind: SheetKind
    #: The kind's fields in the registry (``planner.fields``): names, header words,
    #: required fields.
    record: FieldSet
    #: Groups of fields of which a sheet must show one each to be taken for this kind.
    signature: tuple[tuple[str, ...], ...]

    @property
    def sheet_title(self) -> str:
        """The template's sheet name (SPEC 4)."""
        return self.record.sheet

    @property
    def fields(self) -> tuple[str, ...]:
        return self.record.names

    @property
    def required(self) -> tuple[str, ...]:
        """Fields every row must fill (identity and key fields)."""
        return self.record.every_row

    @property
    def headers(self) -> dict[str, tuple[str, ...]]:
        """Header words per field; ``field@date`` and ``field@time`` name the two halves of
        a date-time written in two columns."""
        return self.record.headers()

    @property
    def required_new(self) -> tuple[str, ...]:
        """Fields a row must fill to add a record; a row updating a stored one may leave
        them blank (blank keeps what is stored)."""
        return self.record.required_new


KINDS: dict[SheetKind, KindSpec] = {
    SheetKind.PERSONS: KindSpec(
        SheetKind.PERSONS, PERSON,
        (("full_name",), ("date_of_birth", "sex", "passport_no", "case_no"))),
    SheetKind.FLIGHTS: KindSpec(
        SheetKind.FLIGHTS, FLIGHT, (("flight_no",), ("departs_at", "departs_at@date"))),
    SheetKind.SHELTERS: KindSpec(SheetKind.SHELTERS, SHELTER, (("name",), ("beds",))),
    SheetKind.SLOTS: KindSpec(
        SheetKind.SLOTS, SLOT, (("starts_at", "starts_at@date", "slot_id"), ("capacity",))),
}


def base_field(name: str) -> str:
    """``departs_at`` for ``departs_at@date``; the name itself otherwise."""
    return name.split("@", 1)[0]
