"""Adding, changing and deleting records by hand: persons, households, flights, shelters
and document slots.

The desktop program calls these functions, never the database directly. Each call
works in the caller's session (one user action, one transaction), checks every field
(``planner.records.field_rules``), refuses to overwrite another officer's newer change (the
records' version counters; ``ConflictError``), and appends an audit entry that names
the record and the changed fields, never their values (SPEC 7).

A record is addressed by a ``RecordRef``: its kind, database id, readable key and the
version the caller last saw. Every change returns the new ref, and ``delete`` returns
the values it removed so that an undo can put the record back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.db.models import (
    DocumentSlot,
    Flight,
    Household,
    Person,
    Pin,
    PlanHousehold,
    PlanPerson,
    Settings,
    Shelter,
)
from planner.domain import (
    DEFAULT_READY_AFTER_HOURS,
    DocumentStatus,
    FlightStatus,
    Sex,
    ShelterPolicy,
    generated_case_no,
)
from planner.errors import ConflictError, PlannerError
from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, Field, FieldSet
from planner.operation import get_settings
from planner.protection import audit
from planner.records import field_rules as rules
from planner.records.field_rules import Checker, ValidationError
from solvers.reasons import Reason

__all__ = [
    "ConflictError",
    "RecordKind",
    "RecordRef",
    "RecordValues",
    "ValidationError",
    "check",
    "create",
    "delete",
    "load",
    "update",
]

IMPLICIT_PREFIX = "~"


class RecordKind(StrEnum):
    PERSON = "person"
    HOUSEHOLD = "household"
    FLIGHT = "flight"
    SHELTER = "shelter"
    SLOT = "slot"


#: The registry's fields of each kind of record (a household is its code alone).
RECORD_FIELDS: dict[RecordKind, FieldSet] = {
    RecordKind.PERSON: PERSON, RecordKind.FLIGHT: FLIGHT, RecordKind.SHELTER: SHELTER,
    RecordKind.SLOT: SLOT,
}


def fields_of(kind: RecordKind, editable_only: bool = False) -> tuple[str, ...]:
    """The fields of a kind of record, in the order of SPEC section 2; with
    ``editable_only``, those a form edits (not those only actions set)."""
    record = RECORD_FIELDS.get(kind)
    if record is None:
        return ("code",)
    return tuple(f.name for f in record if f.editable or not editable_only)


@dataclass(frozen=True)
class RecordRef:
    """Which record, and the version of it the caller has seen."""

    kind: RecordKind
    id: int
    key: str
    version: int


@dataclass(frozen=True)
class RecordValues:
    ref: RecordRef
    values: dict[str, Any]


#: Audit entries to append: (action, entity, key, details).
AuditEntries = list[tuple[str, str, str | None, dict[str, Any]]]


# --- checking values (no database needed) ---------------------------------------------


def check(
    kind: RecordKind, values: Mapping[str, Any], settings: Settings | None = None,
    today: dt.date | None = None, creating: bool = False,
) -> dict[str, Any]:
    """The cleaned values of a form, or ``ValidationError`` naming each bad field.

    Checks what can be checked without the database (uniqueness comes at saving).
    """
    checker = Checker()
    cleaned = _CHECKS[kind](checker, values, settings, today or dt.date.today(), creating)
    record = RECORD_FIELDS.get(kind)
    for entry in record or ():
        if entry.name not in cleaned and entry.editable:
            cleaned[entry.name] = _check_by_type(checker, entry, values.get(entry.name))
    checker.raise_if_any(kind.value)
    return cleaned


def _check_by_type(checker: Checker, entry: Field, value: Any) -> Any:
    """A field the kind's own checks do not name (one newly added to the registry),
    checked by what it holds."""
    f = checker.field
    if rules.blank(value) and entry.default is not None:
        value = entry.default
    if entry.choices:
        return f(entry.name, rules.choice, value, entry.choices, entry.default)
    if entry.type is bool:
        return rules.flag(value)
    if entry.type is dt.datetime:
        return f(entry.name, rules.date_time, value, required=entry.required)
    if entry.type is dt.date:
        return f(entry.name, rules.date, value, required=entry.required)
    if entry.type is int:
        return f(entry.name, rules.whole_number, value, 0, int(entry.maximum or 1_000_000),
                 required=entry.required)
    if entry.type is float:
        return f(entry.name, rules.number, value, 0.0, float(entry.maximum or 1e6))
    return f(entry.name, rules.text, value, entry.max_length or 200, required=entry.required)


def _check_person(checker: Checker, values: Mapping[str, Any], settings: Settings | None,
                  today: dt.date, creating: bool) -> dict[str, Any]:
    f = checker.field
    out: dict[str, Any] = {}
    out["case_no"] = f("case_no", rules.text, values.get("case_no"), 32, required=not creating)
    household = f("household", rules.text, values.get("household"), 64)
    if household and household.startswith(IMPLICIT_PREFIX):
        checker.add("household", "bad_household")
    out["household"] = household
    out["full_name"] = f("full_name", rules.text, values.get("full_name"), 200, required=True)
    out["sex"] = f("sex", rules.choice, values.get("sex"), [s.value for s in Sex])
    out["date_of_birth"] = f("date_of_birth", rules.date, values.get("date_of_birth"),
                             required=True, not_after=today)
    default_nationality = settings.default_nationality if settings else None
    out["nationality"] = f("nationality", rules.country, values.get("nationality"),
                           default_nationality)
    passport = f("passport_no", rules.text, values.get("passport_no"), 32)
    out["passport_no"] = passport.upper() if passport else None
    default_status = (DocumentStatus.VALID if out["passport_no"] else DocumentStatus.MISSING).value
    out["document_status"] = f("document_status", rules.document_status, values.get("document_status"),
                               [s.value for s in DocumentStatus], default_status)
    out["phone"] = f("phone", rules.phone, values.get("phone"))
    out["destinations"] = f("destinations", rules.airport_list, values.get("destinations"))
    out["available_from"] = f("available_from", rules.date, values.get("available_from"))
    out["cleared_from"] = f("cleared_from", rules.date, values.get("cleared_from"))
    out["medical_clearance"] = f("medical_clearance", rules.date,
                                 values.get("medical_clearance"))
    for name in ("needs_shelter", "medical", "pregnant", "disability", "trafficking_victim"):
        out[name] = rules.flag(values.get(name, PERSON[name].default))
    if out["pregnant"] and out["sex"] == Sex.MALE.value:
        checker.add("pregnant", "not_female")
    out["notes"] = f("notes", rules.free_text, values.get("notes"))
    return out


def _check_household(checker: Checker, values: Mapping[str, Any], settings: Settings | None,
                     today: dt.date, creating: bool) -> dict[str, Any]:
    code = checker.field("code", rules.text, values.get("code"), 64, required=True)
    if code and code.startswith(IMPLICIT_PREFIX):
        checker.add("code", "bad_household")
    return {"code": code}


def _check_flight(checker: Checker, values: Mapping[str, Any], settings: Settings | None,
                  today: dt.date, creating: bool) -> dict[str, Any]:
    f = checker.field
    out: dict[str, Any] = {}
    number = f("flight_no", rules.text, values.get("flight_no"), 16, required=True)
    out["flight_no"] = number.upper() if number else None
    out["carrier"] = f("carrier", rules.text, values.get("carrier"), 100)
    origin = values.get("origin")
    if rules.blank(origin) and settings is not None:
        origin = settings.origin_airport
    out["origin"] = f("origin", rules.airport, origin)
    out["destination"] = f("destination", rules.airport, values.get("destination"))
    out["departs_at"] = f("departs_at", rules.date_time, values.get("departs_at"))
    out["seats"] = f("seats", rules.whole_number, values.get("seats"), 0, 10_000)
    out["medical_capacity"] = f("medical_capacity", rules.whole_number,
                                values.get("medical_capacity"), 0, 10_000, required=False)
    out["status"] = f("status", rules.choice, values.get("status"),
                      [s.value for s in FlightStatus], FlightStatus.PLANNED.value)
    return out


def _check_shelter(checker: Checker, values: Mapping[str, Any], settings: Settings | None,
                   today: dt.date, creating: bool) -> dict[str, Any]:
    f = checker.field
    out: dict[str, Any] = {}
    out["name"] = f("name", rules.text, values.get("name"), 200, required=True)
    out["beds"] = f("beds", rules.whole_number, values.get("beds"), 0, 100_000)
    out["accepts"] = f("accepts", rules.choice, values.get("accepts"),
                       [p.value for p in ShelterPolicy], ShelterPolicy.ANY.value)
    out["medical_care"] = rules.flag(values.get("medical_care", False))
    out["open_from"] = f("open_from", rules.date, values.get("open_from"))
    out["open_until"] = f("open_until", rules.date, values.get("open_until"))
    if out["open_from"] and out["open_until"] and out["open_until"] < out["open_from"]:
        checker.add("open_until", "before", other="open_from")
    return out


def _check_slot(checker: Checker, values: Mapping[str, Any], settings: Settings | None,
                today: dt.date, creating: bool) -> dict[str, Any]:
    f = checker.field
    out: dict[str, Any] = {}
    out["slot_id"] = f("slot_id", rules.text, values.get("slot_id"), 64, required=not creating)
    out["starts_at"] = f("starts_at", rules.date_time, values.get("starts_at"))
    out["capacity"] = f("capacity", rules.whole_number, values.get("capacity"), 0, 100_000)
    ready = values.get("ready_after_hours")
    out["ready_after_hours"] = f("ready_after_hours", rules.number,
                                 DEFAULT_READY_AFTER_HOURS if rules.blank(ready) else ready,
                                 0.0, 24.0 * 365)
    out["location"] = f("location", rules.text, values.get("location"), 200)
    return out


_CHECKS: dict[RecordKind, Callable[..., dict[str, Any]]] = {
    RecordKind.PERSON: _check_person,
    RecordKind.HOUSEHOLD: _check_household,
    RecordKind.FLIGHT: _check_flight,
    RecordKind.SHELTER: _check_shelter,
    RecordKind.SLOT: _check_slot,
}

# --- reading --------------------------------------------------------------------------

_MODELS: dict[RecordKind, type[Any]] = {
    RecordKind.PERSON: Person,
    RecordKind.HOUSEHOLD: Household,
    RecordKind.FLIGHT: Flight,
    RecordKind.SHELTER: Shelter,
    RecordKind.SLOT: DocumentSlot,
}


def _key(kind: RecordKind, row: Any) -> str:
    if kind is RecordKind.PERSON:
        return str(row.case_no)
    if kind is RecordKind.HOUSEHOLD:
        return str(row.code)
    if kind is RecordKind.FLIGHT:
        return str(row.key)
    if kind is RecordKind.SHELTER:
        return str(row.name)
    return str(row.slot_id)


def _version(row: Any) -> int:
    return int(getattr(row, "version", 1) or 1)


def _ref(kind: RecordKind, row: Any) -> RecordRef:
    return RecordRef(kind, int(row.id), _key(kind, row), _version(row))


def _values_of(kind: RecordKind, row: Any) -> dict[str, Any]:
    if kind is RecordKind.PERSON:
        values = {name: getattr(row, name) for name in PERSON.names if name != "household"}
        values["household"] = row.household
        return {name: values[name] for name in PERSON.names}
    return {name: getattr(row, name) for name in fields_of(kind)}


def _get(session: Session, kind: RecordKind, record_id: int, key: str = "") -> Any:
    row = session.get(_MODELS[kind], record_id)
    if row is None:
        raise ConflictError.of("record_deleted", kind=kind.value, key=str(key or record_id))
    return row


def load(session: Session, kind: RecordKind, record_id: int) -> RecordValues:
    """A record's current values, for a form."""
    row = _get(session, kind, record_id)
    return RecordValues(_ref(kind, row), _values_of(kind, row))


def _expect_current(kind: RecordKind, row: Any, ref: RecordRef) -> None:
    stale = row.code != ref.key if kind is RecordKind.HOUSEHOLD else _version(row) != ref.version
    if stale:
        raise ConflictError.of("record_changed", kind=kind.value, key=ref.key)


# --- uniqueness and references --------------------------------------------------------


def _duplicate(session: Session, column: Any, value: Any, own_id: int | None,
               model: type[Any], key_column: Any) -> str | None:
    statement = select(key_column).where(column == value)
    if own_id is not None:
        statement = statement.where(model.id != own_id)
    found = session.scalar(statement.limit(1))
    return None if found is None else str(found)


def _check_unique(session: Session, kind: RecordKind, cleaned: dict[str, Any],
                  own_id: int | None) -> None:
    checker = Checker()
    if kind is RecordKind.PERSON:
        other = _duplicate(session, Person.case_no, cleaned["case_no"], own_id, Person,
                           Person.case_no)
        if other:
            checker.add("case_no", "duplicate", other=other)
        if cleaned["passport_no"]:
            other = _duplicate(session, Person.passport_no, cleaned["passport_no"], own_id,
                               Person, Person.case_no)
            if other:
                checker.add("passport_no", "duplicate", other=other)
    elif kind is RecordKind.HOUSEHOLD:
        other = _duplicate(session, Household.code, cleaned["code"], own_id, Household,
                           Household.code)
        if other:
            checker.add("code", "duplicate", other=other)
    elif kind is RecordKind.FLIGHT:
        statement = select(Flight.id).where(
            Flight.flight_no == cleaned["flight_no"],
            Flight.departure_date == cleaned["departs_at"].date(),
        )
        if own_id is not None:
            statement = statement.where(Flight.id != own_id)
        if session.scalar(statement.limit(1)) is not None:
            checker.add("flight_no", "duplicate",
                        other=f"{cleaned['flight_no']} {cleaned['departs_at'].date()}")
    elif kind is RecordKind.SHELTER:
        other = _duplicate(session, Shelter.name, cleaned["name"], own_id, Shelter, Shelter.name)
        if other:
            checker.add("name", "duplicate", other=other)
    elif kind is RecordKind.SLOT:
        other = _duplicate(session, DocumentSlot.slot_id, cleaned["slot_id"], own_id,
                           DocumentSlot, DocumentSlot.slot_id)
        if other:
            checker.add("slot_id", "duplicate", other=other)
    checker.raise_if_any(kind.value)


def _count(session: Session, statement: Any) -> int:
    return int(session.scalar(statement) or 0)


def _refuse_delete_if_used(session: Session, kind: RecordKind, row: Any, key: str) -> None:
    uses: list[dict[str, Any]] = []
    if kind is RecordKind.FLIGHT:
        plans = _count(session, select(func.count(func.distinct(PlanHousehold.plan_id)))
                       .where(PlanHousehold.flight_id == row.id))
        pins = _count(session, select(func.count()).select_from(Pin)
                      .where(Pin.flight_id == row.id))
        departed = _count(session, select(func.count()).select_from(Person)
                          .where(Person.departed_flight_id == row.id))
        uses = _uses(plans=plans, pins=pins, departed=departed)
    elif kind is RecordKind.SHELTER:
        plans = _count(session, select(func.count(func.distinct(PlanHousehold.plan_id)))
                       .where(PlanHousehold.shelter_id == row.id))
        pins = _count(session, select(func.count()).select_from(Pin)
                      .where(Pin.shelter_id == row.id))
        uses = _uses(plans=plans, pins=pins)
    elif kind is RecordKind.SLOT:
        plans = _count(session, select(func.count(func.distinct(PlanPerson.plan_id)))
                       .where(PlanPerson.slot_id == row.id))
        pins = _count(session, select(func.count()).select_from(Pin)
                      .where(Pin.slot_id == row.id))
        uses = _uses(plans=plans, pins=pins)
    if uses:
        raise PlannerError.of("record_in_use", kind=kind.value, key=key, uses=uses)


def _uses(plans: int = 0, pins: int = 0, departed: int = 0) -> list[dict[str, Any]]:
    """What refers to a record, as the facts of ``record_in_use`` (reasons' JSON)."""
    return [Reason(code, {"count": count}).as_json() for code, count in (
        ("uses_plans", plans), ("uses_pins", pins), ("uses_departed", departed)) if count]


# --- persons and their households -----------------------------------------------------


def _next_case_no(session: Session) -> str:
    settings = get_settings(session)
    number = max(1, int(settings.next_case_number or 1))
    while True:
        candidate = generated_case_no(number)
        number += 1
        if session.scalar(select(Person.id).where(Person.case_no == candidate)) is None:
            break
    # A plain UPDATE: the settings' version counter is for the settings form, and handing
    # out a case number must not look like an edit of the settings.
    session.execute(sql_update(Settings).where(Settings.id == 1)
                    .values(next_case_number=number))
    session.expire(settings, ["next_case_number"])
    return candidate


def _household_for(session: Session, person: Person, code: str | None,
                   case_no: str) -> tuple[Household, AuditEntries]:
    """The household a person should belong to, made if needed; and audit entries."""
    entries: AuditEntries = []
    current = person.household_ref if person.household_id is not None else None
    if code is None:
        implicit_code = IMPLICIT_PREFIX + case_no
        if current is not None and current.implicit:
            if current.code != implicit_code:
                current.code = implicit_code
            return current, entries
        household = session.scalar(select(Household).where(Household.code == implicit_code))
        if household is None:
            household = Household(code=implicit_code, implicit=True)
            session.add(household)
        return household, entries
    household = session.scalar(select(Household).where(Household.code == code))
    if household is None:
        household = Household(code=code, implicit=False)
        session.add(household)
        entries.append(("create", "household", code, {}))
    return household, entries


def _drop_if_empty(session: Session, household: Household | None) -> AuditEntries:
    """Delete a household nobody belongs to any more (after the caller's flush)."""
    if household is None or household.id is None:
        return []
    members = _count(session, select(func.count()).select_from(Person)
                     .where(Person.household_id == household.id))
    if members:
        return []
    entries: AuditEntries = []
    if not household.implicit:
        entries.append(("delete", "household", household.code, {"reason": "no members left"}))
    session.delete(household)
    return entries


def _save_person(session: Session, person: Person, cleaned: dict[str, Any],
                 creating: bool) -> tuple[list[str], AuditEntries, Household | None]:
    """Set a person's fields; returns the changed fields, audit entries for households
    made, and the household the person left (to be dropped if now empty)."""
    before = {} if creating else _values_of(RecordKind.PERSON, person)
    old_household = None if creating else person.household_ref
    household, entries = _household_for(session, person, cleaned["household"],
                                        cleaned["case_no"])
    edited = fields_of(RecordKind.PERSON, editable_only=True)
    for name in edited:
        if name != "household":
            setattr(person, name, cleaned[name])
    person.name_key = " ".join(cleaned["full_name"].lower().split())
    if creating or person.household_ref is not household:
        person.household_ref = household
    changed = [name for name in edited if creating or before.get(name) != cleaned[name]]
    left = old_household if old_household is not None and old_household is not household \
        else None
    return changed, entries, left


# --- the public operations ------------------------------------------------------------


def _flush(session: Session, kind: RecordKind, key: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError.of("record_changed_saving", kind=kind.value, key=key) from exc


def _apply(kind: RecordKind, row: Any, cleaned: dict[str, Any]) -> list[str]:
    edited = fields_of(kind, editable_only=True)
    changed = [name for name in edited if getattr(row, name, None) != cleaned[name]]
    for name in edited:
        setattr(row, name, cleaned[name])
    if kind is RecordKind.FLIGHT:
        row.departure_date = cleaned["departs_at"].date()
    return changed


def _slot_id_for(session: Session, cleaned: dict[str, Any]) -> str:
    """SPEC 2.4: an id from starts_at and location, e.g. ``S-0304-0900-EC``."""
    base = f"S-{cleaned['starts_at']:%m%d-%H%M}"
    initials = "".join(word[0] for word in (cleaned["location"] or "").split()
                       if word[:1].isalnum())[:4].upper()
    candidate = f"{base}-{initials}" if initials else base
    number = 1
    while session.scalar(select(DocumentSlot.id).where(DocumentSlot.slot_id == candidate)):
        number += 1
        candidate = f"{base}-{initials}{number}" if initials else f"{base}-{number}"
    return candidate


def create(session: Session, kind: RecordKind, values: Mapping[str, Any],
           today: dt.date | None = None) -> RecordRef:
    """Add a record from a form's values; returns its ref."""
    if kind is RecordKind.HOUSEHOLD:
        raise PlannerError.of("household_by_code")
    settings = get_settings(session)
    values = dict(values)
    pins = values.pop(PINS_KEY, None) or []
    cleaned = check(kind, values, settings, today, creating=True)
    if kind is RecordKind.PERSON and not cleaned["case_no"]:
        cleaned["case_no"] = _next_case_no(session)
    if kind is RecordKind.SLOT and not cleaned["slot_id"]:
        cleaned["slot_id"] = _slot_id_for(session, cleaned)
    _check_unique(session, kind, cleaned, None)
    entries: AuditEntries = []
    if kind is RecordKind.PERSON:
        row: Any = Person()
        _, entries, _ = _save_person(session, row, cleaned, creating=True)
        session.add(row)
    else:
        row = _MODELS[kind]()
        _apply(kind, row, cleaned)
        session.add(row)
    key = _key(kind, row)
    _flush(session, kind, key)
    audit.record_many(session, [*entries, ("create", kind.value, key, {"via": "editor"})])
    if kind is RecordKind.PERSON and pins:
        _restore_pins(session, row, pins)
    return _ref(kind, row)


#: Where a deleted person's values carry the pins that went with it (see ``delete``).
PINS_KEY = "_pins"


def _pins_leaving_with(session: Session, person: Person) -> list[dict[str, Any]]:
    """The pins a person's deletion removes: its slot pin, and its household's flight and
    shelter pins when it is the last member (the household goes too)."""
    rows = list(session.scalars(select(Pin).where(Pin.person_id == person.id)))
    members = _count(session, select(func.count()).select_from(Person)
                     .where(Person.household_id == person.household_id))
    if members <= 1:
        rows += session.scalars(select(Pin).where(Pin.household_id == person.household_id))
    return [{"kind": p.kind, "flight_id": p.flight_id, "shelter_id": p.shelter_id,
             "slot_id": p.slot_id, "note": p.note} for p in rows]


def _restore_pins(session: Session, person: Person, pins: list[dict[str, Any]]) -> None:
    """Make again the pins a deletion removed, on the person made again (undo). A pin
    whose flight, shelter or slot no longer exists, or whose subject has a pin of that kind
    by now, is not made; each pin made is audited like a new one."""
    targets = {"flight_id": Flight, "shelter_id": Shelter, "slot_id": DocumentSlot}
    for pin in pins:
        column = {"flight": "flight_id", "shelter": "shelter_id", "slot": "slot_id"}[pin["kind"]]
        if session.get(targets[column], pin[column]) is None:
            continue
        subject = ({"person_id": person.id} if pin["kind"] == "slot"
                   else {"household_id": person.household_id})
        taken = session.scalar(select(Pin.id).where(
            Pin.kind == pin["kind"], *(getattr(Pin, k) == v for k, v in subject.items())))
        if taken is not None:
            continue
        row = Pin(kind=pin["kind"], created_by=audit.current_actor(), note=pin.get("note"),
                  **subject, **{column: pin[column]})
        session.add(row)
        session.flush()
        audit.record(session, "pin", "pin", str(row.id),
                     {"kind": pin["kind"], "subject": person.case_no, "via": "undo"})


def update(session: Session, ref: RecordRef, values: Mapping[str, Any],
           today: dt.date | None = None) -> RecordRef:
    """Change a record the caller saw at ``ref.version``; ``values`` may hold only some
    fields. Raises ``ConflictError`` when another officer changed it since."""
    kind = ref.kind
    row = _get(session, kind, ref.id, ref.key)
    _expect_current(kind, row, ref)
    merged = {**_values_of(kind, row), **values}
    cleaned = check(kind, merged, get_settings(session), today)
    _check_unique(session, kind, cleaned, ref.id)
    old_key = _key(kind, row)
    entries: AuditEntries = []
    left: Household | None = None
    if kind is RecordKind.PERSON:
        changed, entries, left = _save_person(session, row, cleaned, creating=False)
    else:
        changed = _apply(kind, row, cleaned)
        if kind is RecordKind.HOUSEHOLD and changed:
            row.implicit = False
    if not changed:
        return _ref(kind, row)
    _flush(session, kind, old_key)
    entries.extend(_drop_if_empty(session, left))
    details: dict[str, Any] = {"fields": changed, "via": "editor"}
    new_key = _key(kind, row)
    if new_key != old_key:
        details["new_key"] = new_key
    audit.record_many(session, [*entries, ("update", kind.value, old_key, details)])
    return _ref(kind, row)


def delete(session: Session, ref: RecordRef) -> RecordValues:
    """Delete a record the caller saw at ``ref.version``; returns the values it held."""
    kind = ref.kind
    if kind is RecordKind.HOUSEHOLD:
        raise PlannerError.of("household_goes_with_members")
    row = _get(session, kind, ref.id, ref.key)
    _expect_current(kind, row, ref)
    key = _key(kind, row)
    _refuse_delete_if_used(session, kind, row, key)
    removed = RecordValues(_ref(kind, row), _values_of(kind, row))
    if kind is RecordKind.PERSON:
        pins = _pins_leaving_with(session, row)
        if pins:
            removed.values[PINS_KEY] = pins
    entries: AuditEntries = []
    household = row.household_ref if kind is RecordKind.PERSON else None
    session.delete(row)
    _flush(session, kind, key)
    if household is not None:
        entries = _drop_if_empty(session, household)
    audit.record_many(session, [("delete", kind.value, key, {"via": "editor"}), *entries])
    return removed


def rename_household(session: Session, ref: RecordRef, code: str) -> RecordRef:
    """Give a household (and so all its members) a new code."""
    return update(session, ref, {"code": code})


def household_ref(session: Session, code: str) -> RecordRef:
    household = session.scalar(select(Household).where(Household.code == code))
    if household is None:
        raise PlannerError.of("household_unknown", household=code)
    return _ref(RecordKind.HOUSEHOLD, household)
