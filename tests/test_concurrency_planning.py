"""A solve never stores or publishes over data that changed, and publishes go one at a time.

Another officer's edit is made from a second session at the worst moments: while the
solver runs, and between the planning service's last check and its write. Publishing
two plans at once must leave the audit log and the program agreeing on which plan is
the published one. Both backends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.db import Operation
from planner.db.models import AuditEntry, Person, Plan
from planner.demo import create as create_demo
from planner.errors import ConflictError
from planner.planning import service
from planner.records import editing

#: A thread that the lock should hold back is given this long before the test goes on.
HELD_BACK_SECONDS = 2.0


@pytest.fixture
def demo_operation(operation: Operation) -> Iterator[Operation]:
    with operation.session() as session:
        create_demo(session, 60, seed=8)
    yield operation


def _options() -> service.PlanningOptions:
    return service.PlanningOptions(time_limit=20)


def _edit_someone(operation: Operation, case_no: str = "C-000001") -> None:
    """Another officer changes a person's notes through the editor (own session)."""
    with operation.session() as session:
        person_id = session.scalar(select(Person.id).where(Person.case_no == case_no))
        assert person_id is not None
        form = editing.load(session, editing.RecordKind.PERSON, person_id)
    with operation.session() as session:
        editing.update(session, form.ref, {"notes": f"{form.values['notes'] or ''}edited;"})


def _plans(operation: Operation) -> int:
    with operation.session() as session:
        return int(session.scalar(select(func.count()).select_from(Plan)) or 0)


def _audit_id(operation: Operation, action: str, entity_key: str | None = None) -> int | None:
    with operation.session() as session:
        query = select(func.max(AuditEntry.id)).where(AuditEntry.action == action)
        if entity_key is not None:
            query = query.where(AuditEntry.entity_key == entity_key)
        return session.scalar(query)


def test_edit_during_the_solve_is_not_overwritten(
    demo_operation: Operation, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_solve = service.solve

    def solve_while_an_officer_edits(*args: Any, **kwargs: Any) -> Any:
        _edit_someone(demo_operation)
        return real_solve(*args, **kwargs)

    monkeypatch.setattr(service, "solve", solve_while_an_officer_edits)
    with pytest.raises(ConflictError, match="solve again"):
        service.solve_and_store(demo_operation, _options())
    assert _plans(demo_operation) == 0


def test_publish_after_an_edit_is_refused(demo_operation: Operation) -> None:
    plan_id = service.solve_and_store(demo_operation, _options())
    assert plan_id is not None
    _edit_someone(demo_operation)
    with pytest.raises(ConflictError, match="solve again"):
        service.publish_plan(demo_operation, plan_id)
    assert service.published_plan_id(demo_operation) is None


def _race_after_last_check(monkeypatch: pytest.MonkeyPatch, call: int,
                           rival: Callable[[], None]) -> list[threading.Thread]:
    """Start ``rival`` in another thread just after the service's ``call``-th fingerprint."""
    real = service.fingerprint
    calls = {"n": 0}
    started: list[threading.Thread] = []

    def fingerprint_then_rival(session: Any) -> str:
        value = real(session)
        calls["n"] += 1
        if calls["n"] == call:
            thread = threading.Thread(target=rival)
            thread.start()
            thread.join(timeout=HELD_BACK_SECONDS)  # a correct service holds it back
            started.append(thread)
        return value

    monkeypatch.setattr(service, "fingerprint", fingerprint_then_rival)
    return started


@pytest.mark.parametrize("step", ["store", "publish"])
def test_edit_between_last_check_and_write_is_not_overwritten(
    demo_operation: Operation, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """Another officer's edit lands right after the service's last fingerprint check (of
    the store, or of the publish): either the step is refused, or the edit waits until
    the step is written and comes after it in the audit log."""
    plan_id: int | None = None
    if step == "publish":
        plan_id = service.solve_and_store(demo_operation, _options())
        assert plan_id is not None
    started = _race_after_last_check(monkeypatch, 2 if step == "store" else 1,
                                     lambda: _edit_someone(demo_operation))
    try:
        if step == "store":
            plan_id = service.solve_and_store(demo_operation, _options())
        else:
            assert plan_id is not None
            service.publish_plan(demo_operation, plan_id)
        done = True
    except ConflictError:
        done = False
    for thread in started:
        thread.join(timeout=60)
    edited = _audit_id(demo_operation, "update", "C-000001")
    assert edited is not None, "the other officer's edit must be saved"
    if done:
        written = _audit_id(demo_operation, "solve" if step == "store" else "publish",
                            str(plan_id))
        assert written is not None and written < edited, \
            f"the {step} landed over an edit saved after its check"


def test_two_publishes_at_once_go_one_at_a_time(
    demo_operation: Operation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Officer A's publish has stamped its time and is slow to finish; officer B publishes
    meanwhile. Afterwards the program's published plan is the one the audit log published
    last, and B's publish did not slip in between A's stamp and A's commit."""
    first = service.solve_and_store(demo_operation, _options())
    second = service.solve_and_store(demo_operation, _options())
    assert first is not None and second is not None
    real_now = service.utc_now
    started: list[threading.Thread] = []

    def stamp_then_rival() -> Any:
        value = real_now()
        if not started:
            thread = threading.Thread(target=service.publish_plan,
                                      args=(demo_operation, second))
            started.append(thread)
            thread.start()
            thread.join(timeout=HELD_BACK_SECONDS)  # a correct service holds it back
        return value

    monkeypatch.setattr(service, "utc_now", stamp_then_rival)
    service.publish_plan(demo_operation, first)
    for thread in started:
        thread.join(timeout=60)
    with demo_operation.session() as session:
        publishes = session.scalars(select(AuditEntry).where(AuditEntry.action == "publish")
                                    .order_by(AuditEntry.id)).all()
    assert [p.entity_key for p in publishes] == [str(first), str(second)]
    assert service.published_plan_id(demo_operation) == second
