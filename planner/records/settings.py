"""Reading, checking and changing the operation settings of SPEC 2.5 and 2.6.

The settings row carries a version counter like every edited record: a change based
on settings another officer has changed since is refused (``ConflictError``). The
audit entry names the changed settings, not their values.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import ConflictError
from planner.operation import get_settings
from planner.protection import audit
from planner.records import field_rules as rules
from planner.records.field_rules import Checker
from solvers.problem import DEFAULT_WEIGHTS

#: The settings an officer edits, in the order of the settings form.
SETTINGS_FIELDS: tuple[str, ...] = (
    "name",
    "origin_airport",
    "default_destination",
    "default_nationality",
    "timezone",
    "reference_code",
    "plan_start",
    "checkin_buffer_hours",
    "minor_age",
    "infant_age",
    "elderly_age",
    "child_shelter_age",
    "fit_to_travel_required",
    "fit_to_travel_days",
    "weights",
)
#: The priority weights of SPEC 2.6, in the order of the form.
WEIGHT_NAMES: tuple[str, ...] = tuple(DEFAULT_WEIGHTS)
MAX_WEIGHT = 1000


@dataclass(frozen=True)
class SettingsValues:
    version: int
    values: dict[str, Any]


def load_settings(session: Session) -> SettingsValues:
    settings = get_settings(session)
    values = {name: getattr(settings, name) for name in SETTINGS_FIELDS}
    values["weights"] = {name: int((settings.weights or {}).get(name, DEFAULT_WEIGHTS[name]))
                         for name in WEIGHT_NAMES}
    return SettingsValues(int(settings.version), values)


def check_settings(values: Mapping[str, Any]) -> dict[str, Any]:
    """The cleaned settings, or ``ValidationError`` naming each bad one."""
    checker = Checker()
    f = checker.field
    out: dict[str, Any] = {}
    out["name"] = f("name", rules.text, values.get("name"), 200, required=True)
    out["origin_airport"] = f("origin_airport", rules.airport, values.get("origin_airport"))
    out["default_destination"] = f("default_destination", rules.airport,
                                   values.get("default_destination"))
    out["default_nationality"] = f("default_nationality", rules.country,
                                   values.get("default_nationality"))
    out["timezone"] = f("timezone", _timezone, values.get("timezone"))
    out["reference_code"] = f("reference_code", reference_code, values.get("reference_code"))
    out["plan_start"] = f("plan_start", rules.date, values.get("plan_start"))
    out["checkin_buffer_hours"] = f("checkin_buffer_hours", rules.number,
                                    values.get("checkin_buffer_hours"), 0.0, 72.0)
    out["infant_age"] = f("infant_age", rules.whole_number, values.get("infant_age"), 1, 10)
    out["minor_age"] = f("minor_age", rules.whole_number, values.get("minor_age"), 2, 30)
    out["elderly_age"] = f("elderly_age", rules.whole_number, values.get("elderly_age"), 30, 120)
    out["child_shelter_age"] = f("child_shelter_age", rules.whole_number,
                                 values.get("child_shelter_age"), 1, 30)
    out["fit_to_travel_required"] = f("fit_to_travel_required", rules.flag,
                                      values.get("fit_to_travel_required"))
    out["fit_to_travel_days"] = f("fit_to_travel_days", rules.whole_number,
                                  values.get("fit_to_travel_days"), 0, 365)
    infant, minor, elderly = out["infant_age"], out["minor_age"], out["elderly_age"]
    if None not in (infant, minor, elderly) and not infant < minor <= elderly:
        checker.add("minor_age", "ages_order")
    given = values.get("weights") or {}
    weights: dict[str, int] = {}
    for name in WEIGHT_NAMES:
        weight = f(f"weights.{name}", rules.whole_number, given.get(name, DEFAULT_WEIGHTS[name]),
                   1 if name == "base" else 0, MAX_WEIGHT)
        weights[name] = weight if weight is not None else DEFAULT_WEIGHTS[name]
    out["weights"] = weights
    checker.raise_if_any("settings")
    return out


#: Letters, digits and dashes: a code a person can read out on the phone.
REFERENCE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def reference_code(value: Any) -> str | None:
    """The code every message to the persons carries (SPEC 8.3); blank = none yet."""
    if rules.blank(value):
        return None
    cleaned = str(value).strip().upper()
    if not 2 <= len(cleaned) <= 16 or not set(cleaned) <= REFERENCE_CHARACTERS:
        raise rules.FieldProblem("bad_reference_code")
    return cleaned


def _timezone(value: Any) -> str:
    if rules.blank(value):
        raise rules.FieldProblem("required")
    name = str(value).strip()
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise rules.FieldProblem("bad_timezone") from exc
    return name


def update_settings(session: Session, values: Mapping[str, Any], expected_version: int,
                    today: dt.date | None = None) -> SettingsValues:
    """Change the settings seen at ``expected_version``; returns the new values."""
    settings = get_settings(session)
    if int(settings.version) != expected_version:
        raise ConflictError.of("settings_changed")
    current = load_settings(session).values
    cleaned = check_settings({**current, **values})
    changed = [name for name in SETTINGS_FIELDS if current[name] != cleaned[name]]
    if not changed:
        return load_settings(session)
    for name in changed:
        setattr(settings, name, dict(cleaned[name]) if name == "weights" else cleaned[name])
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError.of("settings_changed_saving") from exc
    audit.record(session, "update", "settings", "operation", {"fields": changed, "via": "editor"})
    return load_settings(session)
