"""The fields of each form: persons, households, flights, shelters, slots, settings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, Field, FieldSet, Widget
from planner.records.editing import RECORD_FIELDS, RecordKind
from planner.records.settings import WEIGHT_NAMES
from ui.dialogs.record_form import FieldGroup, FieldKind, FieldSpec
from ui.i18n import tr
from ui.labels import choice_labels, weight_label
from ui.plan_words import counted, short_date

K = FieldKind


#: One group of a form: its title, its column of the grid, the fields it shows in order.
Layout = tuple[str, int, tuple[str, ...]]


def _spec(entry: Field, extra: Mapping[str, Any]) -> FieldSpec:
    """A form field from its registry entry; ``extra`` adds what the form words itself
    (placeholders, help, what a blank means)."""
    kind = FieldKind(entry.widget_kind.value)
    choices = choice_labels(entry) if kind is K.CHOICE else {}
    base: dict[str, Any] = {"max_length": entry.max_length or 200}
    if entry.maximum is not None:
        base["maximum"] = entry.maximum
    return FieldSpec(entry.name, kind, choices, **{**base, **extra})


def _groups(record: FieldSet, layout: list[Layout],
            extras: Mapping[str, Mapping[str, Any]]) -> list[FieldGroup]:
    """The groups of a record's form: the fields ``layout`` places, and after them, in
    the last group, every other field the officer edits (a field newly added to the
    registry appears in its form without a change here)."""
    placed = {name for _title, _column, names in layout for name in names}
    groups = []
    for index, (title, column, names) in enumerate(layout):
        if index == len(layout) - 1:
            names = (*names, *(f.name for f in record if f.editable and f.name not in placed))
        groups.append(FieldGroup(title, [_spec(record[n], extras.get(n, {}))
                                         for n in names if n in record and record[n].editable],
                                 column))
    return groups


def person_groups(creating: bool, default_destination: str = "",
                  default_nationality: str = "") -> list[FieldGroup]:
    def blank_is(code: str) -> str:
        return tr("blank: {code}").format(code=code) if code else ""

    extras: dict[str, dict[str, Any]] = {
        "case_no": {"placeholder": tr("given automatically when blank") if creating else ""},
        "full_name": {"placeholder": tr("as in the travel document")},
        "sex": {"blank": tr("(choose)")},
        "date_of_birth": {"blank": tr("(required)")},
        "nationality": {"placeholder": blank_is(default_nationality)},
        "household": {"placeholder": tr("blank: travels alone"),
                      "help": tr("Members of a household travel together and stay in one "
                                 "shelter: give them the same code.")},
        "document_status": {"blank": tr("(from the passport number)")},
        "destinations": {"placeholder": blank_is(default_destination),
                         "help": tr("Arrival airports the person accepts, first = preferred, "
                                    "such as CGK;SUB")},
        "available_from": {"blank": tr("(plan start)")},
        "cleared_from": {"blank": tr("(no restriction)")},
        "medical_clearance": {"blank": tr("(none)"),
                              "help": tr("Date of the fit-to-travel clearance of a medical "
                                         "or pregnant person")},
    }
    return _groups(PERSON, [
        (tr("Person"), 0, ("case_no", "full_name", "sex", "date_of_birth", "nationality",
                           "household")),
        (tr("Needs"), 0, ("needs_shelter", "medical", "pregnant", "medical_clearance",
                          "disability", "trafficking_victim")),
        (tr("Travel document"), 1, ("passport_no", "document_status")),
        (tr("Travel"), 1, ("destinations", "available_from", "cleared_from")),
        (tr("Contact and notes"), 1, ("phone", "notes")),
    ], extras)


def flight_groups(default_origin: str = "") -> list[FieldGroup]:
    extras: dict[str, dict[str, Any]] = {
        "flight_no": {"placeholder": "QZ 8205"},
        "origin": {"placeholder": tr("blank: {code}").format(code=default_origin)
                   if default_origin else ""},
        "medical_capacity": {"blank": tr("No limit")},
    }
    return _groups(FLIGHT, [(tr("Flight"), 0, FLIGHT.names)], extras)


def shelter_groups() -> list[FieldGroup]:
    extras: dict[str, dict[str, Any]] = {
        "open_from": {"blank": tr("(open already)")},
        "open_until": {"blank": tr("(open throughout)")},
    }
    return _groups(SHELTER, [(tr("Shelter"), 0, SHELTER.names)], extras)


def slot_groups(creating: bool) -> list[FieldGroup]:
    extras: dict[str, dict[str, Any]] = {
        "slot_id": {"placeholder": tr("given automatically when blank") if creating else ""},
        "ready_after_hours": {"help": tr("The document is ready this many hours after the "
                                         "appointment")},
    }
    return _groups(SLOT, [(tr("Document slot"), 0, SLOT.names)], extras)


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
    """What a new record's form starts with: the registry's defaults (SPEC section 2)."""
    record = RECORD_FIELDS.get(kind)
    if record is None:
        return {}
    values = record.defaults()
    # A blank optional number means something (medical capacity: no limit, SPEC 2.2);
    # the spin box alone would start at 0, a flight that carries no medical passenger.
    values.update({f.name: None for f in record if f.widget_kind is Widget.OPTIONAL_WHOLE})
    return values


def settings_groups() -> list[FieldGroup]:
    return [
        FieldGroup(tr("Operation"), [
            FieldSpec("name"),
            FieldSpec("timezone", max_length=64, placeholder="Asia/Phnom_Penh"),
            FieldSpec("reference_code", K.UPPER, max_length=16,
                      help=tr("Every call-forward message carries it, so people can tell "
                              "the embassy's messages from a scammer's")),
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
            FieldSpec("fit_to_travel_required", K.FLAG,
                      help=tr("Medical and pregnant persons fly only with a medical "
                              "clearance date")),
            FieldSpec("fit_to_travel_days", K.WHOLE, minimum=0, maximum=365,
                      help=tr("A clearance covers departures up to this many days after "
                              "its date")),
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
