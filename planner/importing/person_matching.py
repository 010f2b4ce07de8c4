"""Who is who: matching a roster row to a person already known (SPEC 4).

A row is matched on case_no, then passport_no, then full name plus date of birth (the
name folded for case and spacing, so people with a single name match too). A match on
name and birth date is not taken when both sides hold different case numbers or
different passport numbers: those are two registrations of people who share a name and
a birthday, which the import reports as a possible duplicate for the officer to check.

Identity fields that contradict the matched person (a different birth date, sex,
passport or case number) are a conflict to report, never a silent overwrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from planner.importing.values import name_key

#: Fields whose disagreement means "maybe not the same person": reported, not updated.
IDENTITY_FIELDS = ("case_no", "passport_no", "date_of_birth", "sex")


@dataclass
class KnownPerson:
    """A person as the import sees them: stored, or added earlier in this import."""

    values: dict[str, Any]
    id: int | None = None
    #: Row of this import that added or matched the person (sheet, row), if any.
    from_row: tuple[str, int] | None = None
    household_id: int | None = None
    #: Household id before this import moved the person, when it did.
    moved_from: int | None = None
    implicit_household: bool = False
    changes: dict[str, Any] = field(default_factory=dict)

    @property
    def case_no(self) -> str:
        return str(self.values.get("case_no") or "")

    def key(self) -> tuple[str, dt.date]:
        return name_key(self.values["full_name"]), self.values["date_of_birth"]


class PersonIndex:
    """Known persons by each matching key."""

    def __init__(self) -> None:
        self.by_case: dict[str, KnownPerson] = {}
        self.by_passport: dict[str, KnownPerson] = {}
        self.by_name: dict[tuple[str, dt.date], list[KnownPerson]] = {}

    def add(self, person: KnownPerson) -> None:
        values = person.values
        if values.get("case_no"):
            self.by_case.setdefault(values["case_no"], person)
        if values.get("passport_no"):
            self.by_passport.setdefault(values["passport_no"], person)
        self.by_name.setdefault(person.key(), []).append(person)

    def add_all(self, persons: Iterable[KnownPerson]) -> None:
        for person in persons:
            self.add(person)

    def match(self, values: dict[str, Any]) -> tuple[KnownPerson | None, str,
                                                     list[KnownPerson]]:
        """The known person a row's values name, the key that matched, and the persons
        who share the row's name and birth date but are other registrations."""
        case_no = values.get("case_no")
        if case_no and case_no in self.by_case:
            return self.by_case[case_no], "case_no", []
        passport = values.get("passport_no")
        if passport and passport in self.by_passport:
            return self.by_passport[passport], "passport_no", []
        key = (name_key(values["full_name"]), values["date_of_birth"])
        namesakes: list[KnownPerson] = []
        for candidate in self.by_name.get(key, ()):
            theirs = candidate.values
            if any(values.get(f) and theirs.get(f) and values[f] != theirs[f]
                   for f in ("case_no", "passport_no")):
                namesakes.append(candidate)
                continue
            return candidate, "name_and_birth", []
        return None, "", namesakes


def identity_conflicts(known: dict[str, Any], given: dict[str, Any]) -> list[str]:
    """Identity fields both sides fill with different values."""
    return [f for f in IDENTITY_FIELDS
            if given.get(f) is not None and known.get(f) is not None and given[f] != known[f]]


def differing_fields(known: dict[str, Any], given: dict[str, Any]) -> list[str]:
    """Fields the row fills with a value other than the known one (blank keeps).

    A name written in other capitals or spacing is the same name (it is what matching
    compares), so it is not a difference.
    """
    differing = []
    for name, value in given.items():
        if value is None or known.get(name) == value:
            continue
        if name == "full_name" and known.get(name) and name_key(known[name]) == name_key(value):
            continue
        differing.append(name)
    return differing
