"""The audit log is tamper-evident: its check passes, and fails exactly when a row is altered.

Alterations are made the way an intruder with the database file would make them: plain
SQL on the ``audit_log`` table, behind the program's back.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import ImportBatch
from planner.protection import audit

ENTRY = st.tuples(
    st.sampled_from(["create", "update", "delete", "export", "import", "publish"]),
    st.sampled_from(["person", "flight", "shelter", "slot", "plan"]),
    st.one_of(st.none(), st.from_regex(r"C-[0-9]{6}", fullmatch=True)),
    st.dictionaries(st.sampled_from(["fields", "copy", "count", "plan"]),
                    st.one_of(st.integers(-5, 10**6), st.lists(st.sampled_from(
                        ["phone", "notes", "seats", "status"]), max_size=3),
                        st.sampled_from(["embassy", "airline"])), max_size=3),
)

#: Columns an intruder may change, each with a different value of the right type.
ALTERATIONS: dict[str, Any] = {
    "at": "2001-01-01 00:00:00.000000",
    "actor": "someone-else",
    "action": "view",
    "entity": "household",
    "entity_key": "C-999999",
    "details": json.dumps({"fields": ["full_name"]}),
    "import_batch_id": 2,
    "recipient": "unknown party",
    "prev_hash": "f" * 64,
    "entry_hash": "e" * 64,
}


def _fill(operation: Operation, entries: list[tuple[str, str, str | None, dict[str, Any]]],
          recipient: str | None = None, batch: int | None = None) -> None:
    with operation.session() as session:
        for action, entity, key, details in entries:
            audit.record(session, action, entity, key, details, recipient=recipient,
                         import_batch_id=batch)


def _batches(operation: Operation) -> None:
    with operation.session() as session:
        session.add_all([ImportBatch(id=1, file_name="a.xlsx", sha256="0" * 64),
                         ImportBatch(id=2, file_name="b.xlsx", sha256="1" * 64)])


def _alter(operation: Operation, row_id: int, column: str, value: Any) -> Any:
    with operation.session() as session:
        old = session.execute(text(f"SELECT {column} FROM audit_log WHERE id = :i"),
                              {"i": row_id}).scalar()
        session.execute(text(f"UPDATE audit_log SET {column} = :v WHERE id = :i"),
                        {"v": value, "i": row_id})
    return old


def _check(operation: Operation) -> audit.ChainCheck:
    with operation.session() as session:
        return audit.verify_chain(session)


@pytest.fixture(scope="module")
def shared_operation(tmp_path_factory: pytest.TempPathFactory) -> Operation:
    operation = open_operation(tmp_path_factory.mktemp("audit") / "op.sqlite", create=True)
    _batches(operation)
    return operation


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(ENTRY, min_size=1, max_size=8), data=st.data())
def test_check_fails_exactly_at_the_altered_row(
    shared_operation: Operation, entries: list[Any], data: st.DataObject
) -> None:
    operation = shared_operation
    _fill(operation, entries, batch=1)
    assert _check(operation).ok
    with operation.session() as session:
        ids = list(session.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())
    row_id = data.draw(st.sampled_from(ids[-len(entries):]), label="row")
    column = data.draw(st.sampled_from(sorted(ALTERATIONS)), label="column")
    old = _alter(operation, row_id, column, ALTERATIONS[column])
    if old == ALTERATIONS[column]:
        return  # the "alteration" wrote the same value: nothing changed
    check = _check(operation)
    assert not check.ok and check.first_bad_id == row_id
    _alter(operation, row_id, column, old)
    assert _check(operation).ok, "putting the original value back must heal the chain"


def test_each_backend_detects_alteration_deletion_and_truncation(operation: Operation) -> None:
    _batches(operation)
    _fill(operation, [("update", "person", f"C-00000{i}", {"fields": ["phone"]})
                      for i in range(1, 6)])
    assert _check(operation).ok
    with operation.session() as session:
        count, anchor = audit.head(session)
        assert count == 5 and audit.has_anchor(session, anchor)
    # deleting a row in the middle breaks the link of the next one
    with operation.session() as session:
        session.execute(text("DELETE FROM audit_log WHERE id = 3"))
    assert _check(operation).first_bad_id == 4
    # removing the newest entries leaves a whole chain, but the noted anchor is gone
    with operation.session() as session:
        session.execute(text("DELETE FROM audit_log WHERE id >= 3"))
        assert audit.verify_chain(session).ok
        assert not audit.has_anchor(session, anchor)


def test_two_writers_at_once_keep_one_chain(operation: Operation) -> None:
    """Appends from two sessions at the same time (another officer, a background task)."""
    def officer(name: str) -> None:
        for i in range(40):
            with operation.session() as session:
                audit.record(session, "update", "person", f"C-{i:06d}", {"fields": ["notes"]},
                             actor=name)

    threads = [threading.Thread(target=officer, args=(n,)) for n in ("ana", "budi")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    check = _check(operation)
    assert check.ok and check.entries == 80


def test_cli_audit_check_passes_then_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "10"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "audit-check"]) == 0
    out = capsys.readouterr().out
    assert "is intact: 1 entry;" in out
    anchor = out.split("hash ")[1].split()[0]
    assert main(["--db", str(db), "audit-check", "--anchor", anchor]) == 0
    operation = open_operation(db)
    _alter(operation, 1, "details", json.dumps({"persons": 11}))
    operation.close()
    assert main(["--db", str(db), "audit-check"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "was altered: entry 1 does not match its hash" in err[0]
    assert main(["--db", str(db), "audit-check", "--anchor", "ab" * 32]) == 1


def test_json_export_is_checkable_outside_the_program(tmp_path: Path,
                                                      sqlite_operation: Operation) -> None:
    _fill(sqlite_operation, [("update", "person", "C-000001", {"fields": ["phone"]}),
                             ("export", "plan", "3", {"copy": "airline"})], recipient="GA")
    out = tmp_path / "log.json"
    result = audit.export_log(sqlite_operation, out, recipient="inspector")
    assert result.entries == 3
    assert audit.verify_export(out).ok
    rows = json.loads(out.read_text())
    rows[1]["recipient"] = "someone else"
    out.write_text(json.dumps(rows))
    assert audit.verify_export(out).first_bad_id == rows[1]["id"]


def test_csv_and_xlsx_exports_keep_hostile_text_inert(tmp_path: Path,
                                                      sqlite_operation: Operation) -> None:
    hostile = '=HYPERLINK("http://x","click")'
    _fill(sqlite_operation, [("update", "person", hostile, {"fields": ["notes"]})])
    audit.export_log(sqlite_operation, tmp_path / "log.csv")
    audit.export_log(sqlite_operation, tmp_path / "log.xlsx")
    assert f"'{hostile}".replace('"', '""') in (tmp_path / "log.csv").read_text("utf-8-sig")
    sheet = openpyxl.load_workbook(tmp_path / "log.xlsx").active
    keys = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert hostile in keys
    cell = next(c for c in sheet["F"] if c.value == hostile)
    assert cell.data_type == "s"


def test_export_refuses_unknown_format_and_records_nothing(sqlite_operation: Operation,
                                                           tmp_path: Path) -> None:
    from planner.errors import PlannerError

    with pytest.raises(PlannerError, match=r"\.csv, \.json, \.xlsx"):
        audit.export_log(sqlite_operation, tmp_path / "log.pdf")
    with sqlite_operation.session() as session:
        assert audit.head(session)[0] == 0


def test_list_entries_filters_for_the_audit_view(sqlite_operation: Operation) -> None:
    with sqlite_operation.session() as session:
        audit.record(session, "update", "person", "C-000001", {"fields": ["phone"]}, actor="ana")
        audit.record(session, "export", "plan", "2", {"copy": "airline"}, actor="budi",
                     recipient="GA")
        audit.record(session, "update", "person", "C-000002", {"fields": ["notes"]}, actor="ana")
    with sqlite_operation.session() as session:
        newest = audit.list_entries(session)
        assert [e.entity_key for e in newest] == ["C-000002", "2", "C-000001"]
        ana = audit.AuditFilter(actor="ana")
        assert audit.count_entries(session, ana) == 2
        assert [e.entity_key for e in audit.list_entries(session, ana, limit=1, offset=1)] == \
            ["C-000001"]
        assert [e.action for e in audit.list_entries(
            session, audit.AuditFilter(text="c-000002"))] == ["update"]
        assert audit.count_entries(session, audit.AuditFilter(action="export")) == 1
