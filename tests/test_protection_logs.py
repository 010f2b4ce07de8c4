"""Nothing personal in logs or in the audit log (SPEC 7).

An import (with rejected rows), a solve and an export of both manifest copies run with
the root logger at DEBUG; neither the captured log output nor any audit entry may contain
a full name, passport number or phone number of the roster. (Without the engine's quiet
SQL logging, SQLAlchemy would log every statement's parameters and rows here.)
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.db import Operation
from planner.db.models import AuditEntry, Person
from planner.demo import create as create_demo
from planner.export.model import Copy
from planner.export.service import export_manifests
from planner.importing import ImportOptions, run_import
from planner.planning import service
from tests.kill_trials import write_roster
from tests.ministry_workbook import write_ministry_workbook


def _secrets(rows: list[dict[str, object]]) -> set[str]:
    found: set[str] = set()
    for row in rows:
        for field in ("full_name", "passport_no", "phone"):
            value = row.get(field)
            if value:
                found.add(str(value))
    return found


def _personal_values_in(text: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if s in text)


def test_import_solve_export_log_nothing_personal(
    operation: Operation, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every logger that does not opt out
    with operation.session() as session:
        create_demo(session, 40, seed=6, start=dt.date(2026, 3, 2))
    roster = tmp_path / "roster.xlsx"
    rows = write_roster(roster, 60, seed=5, prefix="Q")
    ministry = write_ministry_workbook(tmp_path / "ministry.xlsx", persons=20, bad_rows=3)
    secrets = _secrets(rows)

    report = run_import(operation, roster, ImportOptions())
    assert report.committed
    rejected = run_import(operation, ministry, ImportOptions(skip_invalid=True))
    assert rejected.rejected, "the ministry workbook has broken rows to report"
    plan_id = service.solve_and_store(operation, service.PlanningOptions(time_limit=20))
    assert plan_id is not None
    for copy in Copy:
        export_manifests(operation, tmp_path / f"{copy.value}.xlsx", copy=copy)

    with operation.session() as session:
        for person in session.scalars(select(Person)):
            secrets.update(v for v in (person.full_name, person.passport_no, person.phone) if v)
        entries = session.scalars(select(AuditEntry)).all()
    assert len(secrets) > 150
    logging.getLogger("planner.probe").debug("capture works")
    assert "capture works" in caplog.text, "DEBUG records of planner loggers are captured"
    assert _personal_values_in(caplog.text, secrets) == []
    for record in caplog.records:
        assert _personal_values_in(str(record.args), secrets) == []
    audit_text = json.dumps([[e.actor, e.action, e.entity, e.entity_key, e.details,
                              e.recipient] for e in entries], default=str)
    assert _personal_values_in(audit_text, secrets) == []
