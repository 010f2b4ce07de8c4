"""What changed in a plan's inputs since it was made: why it can no longer be published.

A plan is stored only if its inputs did not change while it was made (the fingerprint is
checked under a write lock), and the planner's "solve" entry of the audit log is written
in the same transaction. So the changes since a plan are the audit entries after that
entry that touch planning inputs: records created, updated or deleted, imports, pins,
settings, a restored backup. They carry identifiers and field names, never values
(SPEC 7), which is what the officer needs to find them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import AuditEntry, Plan

#: Audit actions that change what a plan is made from.
INPUT_ACTIONS = ("create", "update", "delete", "import", "pin", "unpin", "restore", "demo")
#: Entities of those actions that are not planning inputs (an operation's creation).
NOT_INPUTS = ("operation",)


@dataclass(frozen=True)
class InputChange:
    """One change since the plan: when, by whom, what was done to which record."""

    at: dt.datetime
    actor: str
    action: str
    #: "person", "flight", "shelter", "slot", "household", "pin", "settings",
    #: "import_batch", "operation".
    entity: str
    #: The record's key (case number, "QZ 8205 2026-03-05", shelter name, slot id,
    #: household code), the pin's subject, or None.
    key: str | None
    #: The fields an update changed (names, never values).
    fields: tuple[str, ...] = ()


def changes_since(session: Session, plan_id: int,
                  limit: int = 500) -> tuple[list[InputChange], int]:
    """The first ``limit`` changes of the inputs since ``plan_id`` was made, oldest first,
    and how many there are in all."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        return [], 0
    solved = session.scalar(
        select(func.min(AuditEntry.id)).where(AuditEntry.action == "solve",
                                              AuditEntry.entity == "plan",
                                              AuditEntry.entity_key == str(plan_id)))
    after = AuditEntry.id > solved if solved is not None else AuditEntry.at >= plan.created_at
    where = (after, AuditEntry.action.in_(INPUT_ACTIONS),
             ~((AuditEntry.entity.in_(NOT_INPUTS)) & (AuditEntry.action == "create")))
    total = session.scalar(select(func.count()).select_from(AuditEntry).where(*where)) or 0
    changes = []
    for entry in session.scalars(select(AuditEntry).where(*where).order_by(AuditEntry.id)
                                 .limit(limit)):
        details = entry.details or {}
        key = entry.entity_key
        if entry.entity == "pin":
            key = str(details.get("subject") or key)
        fields = details.get("fields") or ()
        changes.append(InputChange(entry.at, entry.actor, entry.action, entry.entity, key,
                                   tuple(str(f) for f in fields)))
    return changes, int(total)
