"""planner/records/settings.py: operation settings checked, versioned and audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import AuditEntry
from planner.errors import ConflictError
from planner.records import settings as settings_service
from planner.records.field_rules import ValidationError


def test_settings_round_trip_with_audit_of_names_only(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        current = settings_service.load_settings(session)
    assert current.values["weights"]["medical"] == 3
    changes = {"name": "Phnom Penh 2026", "plan_start": "2026-03-02",
               "checkin_buffer_hours": "4,5", "weights": {**current.values["weights"],
                                                          "medical": 5},
               "reference_code": " kbri-pnh "}
    with sqlite_operation.session() as session:
        new = settings_service.update_settings(session, changes, current.version)
    assert new.version == current.version + 1
    assert new.values["plan_start"] == dt.date(2026, 3, 2)
    assert new.values["checkin_buffer_hours"] == 4.5
    assert new.values["weights"]["medical"] == 5
    assert new.values["reference_code"] == "KBRI-PNH"  # the call list's code (SPEC 8.3)
    with sqlite_operation.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.entity == "settings"
    assert sorted(entry.details["fields"]) == ["checkin_buffer_hours", "name", "plan_start",
                                               "reference_code", "weights"]
    assert "Phnom" not in repr(entry.details)


def test_bad_settings_are_named(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        current = settings_service.load_settings(session)
    bad = {"origin_airport": "Phnom Penh Intl", "timezone": "Mars/Base", "infant_age": 20,
           "checkin_buffer_hours": -1, "weights": {"base": 0}, "reference_code": "KBRI PNH!"}
    with pytest.raises(ValidationError) as caught, sqlite_operation.session() as session:
        settings_service.update_settings(session, bad, current.version)
    assert {k: p.code for k, p in caught.value.problems.items()} == {
        "origin_airport": "bad_airport", "timezone": "bad_timezone",
        "checkin_buffer_hours": "out_of_range", "infant_age": "out_of_range",
        "weights.base": "out_of_range", "reference_code": "bad_reference_code",
    }


def test_ages_must_be_ordered() -> None:
    values = {"name": "x", "origin_airport": "PNH", "default_destination": "CGK",
              "default_nationality": "IDN", "timezone": "Asia/Jakarta",
              "checkin_buffer_hours": 3, "infant_age": 5, "minor_age": 4, "elderly_age": 60,
              "child_shelter_age": 15}
    with pytest.raises(ValidationError) as caught:
        settings_service.check_settings(values)
    assert caught.value.problems["minor_age"].code == "ages_order"


def test_stale_settings_are_a_conflict(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        seen = settings_service.load_settings(session)
    with sqlite_operation.session() as session:
        settings_service.update_settings(session, {"name": "First"}, seen.version)
    with pytest.raises(ConflictError), sqlite_operation.session() as session:
        settings_service.update_settings(session, {"name": "Second"}, seen.version)
