"""The fields of each form: persons, households, flights, shelters, slots, settings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from planner.domain import DEFAULT_READY_AFTER_HOURS, FlightStatus, ShelterPolicy
from planner.editing import RecordKind
from planner.settings_service import WEIGHT_NAMES
from ui.dialogs.record_form import FieldGroup, FieldKind, FieldSpec
from ui.i18n import tr
from ui.labels import code_labels, weight_label
from ui.plan_words import counted, short_date

K = FieldKind


def person_groups(creating: bool, default_destination: str = "",
                  default_nationality: str = "") -> list[FieldGroup]:
    return [
        FieldGroup(tr("Person"), [
            FieldSpec("case_no", placeholder=tr("given automatically when blank")
                      if creating else "", max_length=32),
            FieldSpec("full_name", placeholder=tr("as in the travel document")),
            FieldSpec("sex", K.CHOICE, code_labels("sex"), blank=tr("(choose)")),
            FieldSpec("date_of_birth", K.DATE, blank=tr("(required)")),
            FieldSpec("nationality", K.UPPER, max_length=3,
                      placeholder=tr("blank: {code}").format(code=default_nationality)
                      if default_nationality else ""),
            FieldSpec("household", max_length=64,
                      placeholder=tr("blank: travels alone"),
                      help=tr("Members of a household travel together and stay in one "
                              "shelter: give them the same code.")),
        ]),
        FieldGroup(tr("Needs"), [
            FieldSpec("needs_shelter", K.FLAG),
            FieldSpec("medical", K.FLAG),
            FieldSpec("pregnant", K.FLAG),
            FieldSpec("disability", K.FLAG),
            FieldSpec("trafficking_victim", K.FLAG),
        ]),
        FieldGroup(tr("Travel document"), [
            FieldSpec("passport_no", K.UPPER, max_length=32),
            FieldSpec("document_status", K.CHOICE, code_labels("document_status"),
                      blank=tr("(from the passport number)")),
        ], column=1),
        FieldGroup(tr("Travel"), [
            FieldSpec("destinations", K.UPPER, max_length=100,
                      placeholder=tr("blank: {code}").format(code=default_destination)
                      if default_destination else "",
                      help=tr("Arrival airports the person accepts, first = preferred, "
                              "such as CGK;SUB")),
            FieldSpec("available_from", K.DATE, blank=tr("(plan start)")),
            FieldSpec("cleared_from", K.DATE, blank=tr("(no restriction)")),
        ], column=1),
        FieldGroup(tr("Contact and notes"), [
            FieldSpec("phone", max_length=40),
            FieldSpec("notes", K.LONG_TEXT),
        ], column=1),
    ]


def flight_groups(default_origin: str = "") -> list[FieldGroup]:
    return [FieldGroup(tr("Flight"), [
        FieldSpec("flight_no", K.UPPER, max_length=16, placeholder="QZ 8205"),
        FieldSpec("carrier", max_length=100),
        FieldSpec("origin", K.UPPER, max_length=3,
                  placeholder=tr("blank: {code}").format(code=default_origin)
                  if default_origin else ""),
        FieldSpec("destination", K.UPPER, max_length=3),
        FieldSpec("departs_at", K.DATETIME),
        FieldSpec("seats", K.WHOLE, maximum=10_000),
        FieldSpec("medical_capacity", K.OPTIONAL_WHOLE, blank=tr("No limit"), maximum=10_000),
        FieldSpec("status", K.CHOICE, code_labels("status")),
    ])]


def shelter_groups() -> list[FieldGroup]:
    return [FieldGroup(tr("Shelter"), [
        FieldSpec("name"),
        FieldSpec("beds", K.WHOLE, maximum=100_000),
        FieldSpec("accepts", K.CHOICE, code_labels("accepts")),
        FieldSpec("medical_care", K.FLAG),
        FieldSpec("open_from", K.DATE, blank=tr("(open already)")),
        FieldSpec("open_until", K.DATE, blank=tr("(open throughout)")),
    ])]


def slot_groups(creating: bool) -> list[FieldGroup]:
    return [FieldGroup(tr("Document slot"), [
        FieldSpec("slot_id", max_length=64,
                  placeholder=tr("given automatically when blank") if creating else ""),
        FieldSpec("starts_at", K.DATETIME),
        FieldSpec("capacity", K.WHOLE, maximum=100_000),
        FieldSpec("ready_after_hours", K.NUMBER, maximum=24 * 365,
                  help=tr("The document is ready this many hours after the appointment")),
        FieldSpec("location"),
    ])]


def household_groups() -> list[FieldGroup]:
    return [FieldGroup(tr("Household"), [FieldSpec("code", max_length=64)])]


def groups_for(kind: RecordKind, creating: bool, defaults: dict[str, str]) -> list[FieldGroup]:
    if kind is RecordKind.PERSON:
        return person_groups(creating, defaults.get("default_destination", ""),
                             defaults.get("default_nationality", ""))
    if kind is RecordKind.FLIGHT:
        return flight_groups(defaults.get("origin_airport", ""))
    if kind is RecordKind.SHELTER:
        return shelter_groups()
    if kind is RecordKind.SLOT:
        return slot_groups(creating)
    return household_groups()


def new_record_values(kind: RecordKind) -> dict[str, Any]:
    """What a new record's form starts with (the defaults of SPEC section 2)."""
    if kind is RecordKind.PERSON:
        return {"needs_shelter": True}
    if kind is RecordKind.SLOT:
        return {"ready_after_hours": DEFAULT_READY_AFTER_HOURS}
    if kind is RecordKind.FLIGHT:
        # Blank medical capacity = no limit (SPEC 2.2); the spin box alone started at 0,
        # a flight that carries no medical passenger.
        return {"status": FlightStatus.PLANNED.value, "medical_capacity": None}
    if kind is RecordKind.SHELTER:
        return {"accepts": ShelterPolicy.ANY.value}
    return {}


def settings_groups() -> list[FieldGroup]:
    return [
        FieldGroup(tr("Operation"), [
            FieldSpec("name"),
            FieldSpec("timezone", max_length=64, placeholder="Asia/Phnom_Penh"),
            FieldSpec("origin_airport", K.UPPER, max_length=3),
            FieldSpec("default_destination", K.UPPER, max_length=3),
            FieldSpec("default_nationality", K.UPPER, max_length=3),
        ]),
        FieldGroup(tr("Planning"), [
            FieldSpec("plan_start", K.DATE, blank=tr("(today)"),
                      help=tr("The first day the plan may use; blank = the day of planning")),
            FieldSpec("checkin_buffer_hours", K.NUMBER, maximum=72,
                      help=tr("Travel documents must be ready this many hours before "
                              "departure")),
        ]),
        FieldGroup(tr("Ages"), [
            FieldSpec("infant_age", K.WHOLE, minimum=1, maximum=10),
            FieldSpec("minor_age", K.WHOLE, minimum=2, maximum=30),
            FieldSpec("elderly_age", K.WHOLE, minimum=30, maximum=120),
            FieldSpec("child_shelter_age", K.WHOLE, minimum=1, maximum=30),
        ], column=1),
        FieldGroup(tr("Priority weights"), [
            FieldSpec(f"weights.{name}", K.WHOLE, minimum=1 if name == "base" else 0,
                      maximum=1000, label=weight_label(name))
            for name in WEIGHT_NAMES
        ], column=1),
    ]


# --- dates and times of flights and appointments ------------------------------------------
# The field of a record kind that says when it happens.
MOMENT_FIELDS = {RecordKind.FLIGHT: "departs_at", RecordKind.SLOT: "starts_at"}
# A date further than this after the plan start is more likely a mistyped year.
FAR_AHEAD = dt.timedelta(days=366)


def usual_time(moments: Iterable[str], fallback: dt.time = dt.time(9, 0)) -> dt.time:
    """The time of day most of ``moments`` ("YYYY-MM-DD HH:MM" texts) have."""
    times = Counter(text[11:16] for text in moments if len(text) >= 16)
    if not times:
        return fallback
    hour, minute = times.most_common(1)[0][0].split(":")
    return dt.time(int(hour), int(minute))


def default_moment(plan_start: dt.date, now: dt.datetime, time: dt.time) -> dt.datetime:
    """When a new flight or appointment starts in its form: the plan start at the
    operation's usual time, or, when that has passed, the next day at that time."""
    moment = dt.datetime.combine(max(plan_start, now.date()), time)
    return moment if moment > now else moment + dt.timedelta(days=1)


def in_the_past(days: int) -> str:
    """The warning of a date ``days`` before today (0: a time earlier today)."""
    if days == 0:
        return tr("It is in the past: earlier today.")
    return counted(days, tr("It is in the past: {count} day ago."),
                   tr("It is in the past: {count} days ago."))


def plan_start_note(start: dt.date, today: dt.date) -> str:
    """The warning of a plan start before today: the flights that left since then are
    still offered to the planner unless they were marked departed."""
    if start >= today:
        return ""
    return "\n".join((in_the_past((today - start).days),
                      tr("Flights that left since then get passengers unless they are "
                         "marked departed.")))


def moment_notes(kind: RecordKind, values: Mapping[str, Any], plan_start: dt.date,
                 now: dt.datetime) -> dict[str, str]:
    """Warnings about when a flight departs or an appointment starts: in the past, before
    the plan start (the planner leaves it out) or more than a year ahead."""
    name = MOMENT_FIELDS.get(kind)
    moment = values.get(name) if name else None
    if name is None or not isinstance(moment, dt.datetime):
        return {}
    notes = []
    if moment < now:
        notes.append(in_the_past((now.date() - moment.date()).days))
    if moment.date() < plan_start:
        notes.append(tr("It is before the plan start, {start}: plans leave it out.").format(
            start=short_date(plan_start)))
    if moment.date() > max(plan_start, now.date()) + FAR_AHEAD:
        notes.append(tr("It is more than a year after the plan start: is the year right?"))
    return {name: "\n".join(notes)} if notes else {}
