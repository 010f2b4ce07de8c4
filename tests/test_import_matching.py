"""Matching rows to persons (case_no, passport, name + birth date), updates in place,
conflicts reported, households, generated case numbers, one transaction, audit."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.db import Operation, open_operation
from planner.db.models import AuditEntry, Household, Person
from planner.importing import (
    ImportCancelled,
    ImportOptions,
    SheetKind,
    keyed_writer,
    run_import,
    sheet_scan,
)
from planner.importing.person_matching import KnownPerson
from planner.importing.row_reading import ParsedRow
from planner.words.render import render
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx
from tests.importing.state import counts, snapshot

HEADERS = ["Case No", "Household", "Full Name", "Sex", "Date of Birth", "Passport No", "Phone"]


def persons_file(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    return write_raw_xlsx(path, [RawSheet("Persons", [headers, *rows])])


def people(operation: Operation) -> dict[str, Person]:
    with operation.session() as session:
        found = {p.case_no: p for p in session.scalars(select(Person))}
        for person in found.values():
            _ = person.household  # load while the session is open
        return found


def base(operation: Operation, tmp_path: Path) -> None:
    path = persons_file(tmp_path / "base.xlsx", [
        ["C-000101", None, "Siti Aminah", "F", "17/05/1990", "B1234567", "0812 1"],
        ["C-000102", "KLG-1", "Ahmad", "M", "01/01/1985", None, None],
        [None, "KLG-1", "Nur", "F", "03/08/2019", None, None],
    ])
    report = run_import(operation, path)
    assert report.committed and report.counts[SheetKind.PERSONS].added == 3


def test_match_on_case_no_updates_in_place(operation: Operation, tmp_path: Path) -> None:
    base(operation, tmp_path)
    before = people(operation)["C-000101"]
    path = persons_file(tmp_path / "u.xlsx", [
        ["C-000101", None, "SITI  AMINAH", "F", "17/05/1990", None, "0812 9999"]])
    report = run_import(operation, path)
    assert report.counts[SheetKind.PERSONS].updated == 1
    after = people(operation)["C-000101"]
    assert after.id == before.id and after.phone == "0812 9999"
    assert after.full_name == "Siti Aminah"  # same name in other capitals: kept
    assert after.passport_no == "B1234567"  # blank keeps
    assert after.version == before.version + 1
    with operation.session() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "import-update")).one()
        assert entry.details == {"fields_by_case_no": {"C-000101": ["phone"]}}


def test_match_on_passport_then_on_name_and_birth_date(operation: Operation,
                                                       tmp_path: Path) -> None:
    base(operation, tmp_path)
    path = persons_file(tmp_path / "u.xlsx", [
        [None, None, "Siti Aminah", "F", "17/05/1990", "b 1234567", "0813 5555 1"],  # passport
        [None, None, "nur", "F", "3 Agustus 2019", None, "0899 1234"],  # single name + birth date
    ])
    report = run_import(operation, path)
    counts_ = report.counts[SheetKind.PERSONS]
    assert (counts_.added, counts_.updated) == (0, 2)
    stored = people(operation)
    assert stored["C-000101"].phone == "0813 5555 1"
    nur = next(p for p in stored.values() if p.full_name == "Nur")
    assert nur.phone == "0899 1234" and nur.household == "KLG-1"


def test_conflicting_identity_is_reported_not_overwritten(operation: Operation,
                                                         tmp_path: Path) -> None:
    base(operation, tmp_path)
    before = snapshot(operation)
    path = persons_file(tmp_path / "c.xlsx", [
        ["C-000101", None, "Siti Aminah", "F", "18/05/1990", None, None],  # other birth date
        ["C-999999", None, "Siti Aminah", "F", "17/05/1990", "B1234567", None],  # passport
    ])
    report = run_import(operation, path, ImportOptions(skip_invalid=True))
    reasons = [p.reason for p in report.problems]
    assert any("matches the stored person C-000101 by case number but Date of birth differs"
               in r for r in reasons), reasons
    assert any("by passport number but Case no. differs" in r for r in reasons), reasons
    after = snapshot(operation)
    assert after["persons"] == before["persons"]


def test_namesakes_with_other_numbers_are_other_persons(operation: Operation,
                                                        tmp_path: Path) -> None:
    base(operation, tmp_path)
    path = persons_file(tmp_path / "n.xlsx", [
        ["C-000200", None, "Siti Aminah", "F", "17/05/1990", "Z7777777", None]])
    report = run_import(operation, path)
    assert report.counts[SheetKind.PERSONS].added == 1
    assert any("same name and date of birth as C-000101" in render(w) for w in report.warnings)


def test_rows_repeating_a_person_merge_or_are_rejected(operation: Operation,
                                                       tmp_path: Path) -> None:
    path = persons_file(tmp_path / "r.xlsx", [
        [None, None, "Budi", "M", "01/01/1980", None, None],
        [None, None, "BUDI", "M", "01/01/1980", None, "0812 5555"],  # fills in the phone
        [None, None, "Budi", "F", "01/01/1980", None, None],  # contradicts: rejected
    ])
    report = run_import(operation, path, ImportOptions(skip_invalid=True))
    counts_ = report.counts[SheetKind.PERSONS]
    assert (counts_.added, counts_.duplicates, counts_.rejected) == (1, 1, 1)
    [rejected] = report.rejected
    assert rejected.number == 4 and "repeats the person of row 2" in rejected.problems[0].reason
    [budi] = people(operation).values()
    assert budi.phone == "0812 5555" and budi.sex == "M"


def test_households_join_move_and_vanish_when_emptied(operation: Operation,
                                                      tmp_path: Path) -> None:
    base(operation, tmp_path)
    with operation.session() as session:
        implicit = session.scalars(select(Household).where(Household.code == "~C-000101")).one()
        assert implicit.implicit
    path = persons_file(tmp_path / "h.xlsx", [
        ["C-000101", "KLG-1", "Siti Aminah", "F", "17/05/1990", None, None]])
    run_import(operation, path)
    stored = people(operation)
    assert stored["C-000101"].household == "KLG-1"
    with operation.session() as session:
        codes = set(session.scalars(select(Household.code)))
        assert "~C-000101" not in codes
        assert {p.household_id for p in session.scalars(select(Person))} == {
            session.scalars(select(Household.id).where(Household.code == "KLG-1")).one()}


def test_generated_case_numbers_avoid_numbers_later_rows_carry(operation: Operation,
                                                               tmp_path: Path) -> None:
    path = persons_file(tmp_path / "g.xlsx", [
        [None, None, "Tanpa Nomor", "M", "01/01/1980", None, None],
        ["C-000001", None, "Dengan Nomor", "F", "02/02/1982", None, None],
    ])
    run_import(operation, path)
    stored = people(operation)
    assert stored["C-000001"].full_name == "Dengan Nomor"
    assert stored["C-000002"].full_name == "Tanpa Nomor"
    assert stored["C-000002"].household is None
    with operation.session() as session:
        assert "~C-000002" in set(session.scalars(select(Household.code)))


def test_audit_holds_identifiers_never_personal_values(operation: Operation,
                                                       tmp_path: Path) -> None:
    base(operation, tmp_path)
    with operation.session() as session:
        entries = session.scalars(select(AuditEntry)).all()
        text = json.dumps([(e.action, e.entity, e.entity_key, e.details) for e in entries])
    assert "C-000101" in text and "import" in text
    # The phone as stored ('0812 1'): its bare prefix '0812' can be four hex digits of the
    # file's sha256 in the details (a false alarm once in about a thousand runs).
    phone = people(operation)["C-000101"].phone
    assert phone
    for personal in ("Siti", "Aminah", "B1234567", phone, "1990-05-17", "base.xlsx"):
        assert personal not in text


def _big_roster(path: Path, persons: int) -> Path:
    rows = [[None, None, f"Orang {n}", "M" if n % 2 else "F",
             dt.date(1980, 1, 1) + dt.timedelta(days=n), None, None] for n in range(persons)]
    return persons_file(path, rows)


def test_cancel_changes_nothing_and_progress_reaches_the_end(
        sqlite_operation: Operation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    operation = sqlite_operation
    monkeypatch.setattr(sheet_scan, "CHECK_EVERY_ROWS", 40)
    path = _big_roster(tmp_path / "big.xlsx", 160)
    before = snapshot(operation)
    seen: list[float] = []

    def cancel() -> bool:
        return len(seen) >= 2

    with pytest.raises(ImportCancelled, match="nothing was changed"):
        run_import(operation, path, ImportOptions(), lambda f, _t: seen.append(f), cancel)
    assert snapshot(operation) == before
    fractions: list[float] = []
    report = run_import(operation, path, progress=lambda f, _t: fractions.append(f))
    assert report.counts[SheetKind.PERSONS].added == 160
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) >= 3


def test_a_failure_midway_leaves_nothing_behind(operation: Operation, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = write_raw_xlsx(tmp_path / "two.xlsx", [
        RawSheet("Persons", [HEADERS, [None, None, "Siti", "F", "01/01/1990", None, None]]),
        RawSheet("Shelters", [["Name", "Beds"], ["Wisma", 10]]),
    ])
    before = counts(operation)

    def explode(self: keyed_writer.KeyedWriter) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(keyed_writer.KeyedWriter, "finish", explode)
    with pytest.raises(RuntimeError):
        run_import(operation, workbook)
    assert counts(operation) == before


def test_before_write_is_called_before_a_real_import_only(operation: Operation,
                                                          tmp_path: Path) -> None:
    path = _big_roster(tmp_path / "small.xlsx", 3)
    calls: list[Operation] = []
    run_import(operation, path, ImportOptions(dry_run=True), before_write=calls.append)
    assert calls == []
    run_import(operation, path, before_write=calls.append)
    assert calls == [operation]


def test_a_concurrent_change_is_a_conflict_not_a_crash(postgres_url: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """On a shared server another officer's import took a case number between our reading
    and our writing (SQLite lets one writer at a time, so this is PostgreSQL's case)."""
    from planner.errors import ConflictError
    from planner.importing import person_writer

    operation = open_operation(postgres_url, create=True)
    path = persons_file(tmp_path / "c.xlsx", [
        ["C-000500", None, "Siti", "F", "01/01/1990", None, None]])
    real_insert = person_writer.PersonWriter._insert

    def others_were_faster(self: person_writer.PersonWriter,
                           new: list[tuple[KnownPerson, ParsedRow]]) -> None:
        with operation.sessions.begin() as other:  # the other officer commits first
            household = Household(code="~C-000500", implicit=True)
            other.add(household)
            other.flush()
            other.add(Person(case_no="C-000500", household_id=household.id, full_name="Budi",
                             name_key="budi", sex="M", date_of_birth=dt.date(1980, 1, 1),
                             nationality="IDN", document_status="missing"))
        real_insert(self, new)

    monkeypatch.setattr(person_writer.PersonWriter, "_insert", others_were_faster)
    try:
        with pytest.raises(ConflictError, match="another officer"):
            run_import(operation, path)
        assert [p.full_name for p in people(operation).values()] == ["Budi"]
    finally:
        operation.close()


def test_generated_numbers_in_small_chunks(sqlite_operation: Operation, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.importing import person_writer

    monkeypatch.setattr(person_writer, "CHUNK_ROWS", 2)
    rows: list[list[object]] = [[None, None, f"Orang {n}", "M", f"0{n + 1}/01/1980", None, None]
                                for n in range(5)]
    rows.insert(3, ["C-000003", None, "Bernomor", "F", "01/02/1990", None, None])
    run_import(sqlite_operation, persons_file(tmp_path / "g.xlsx", rows))
    stored = people(sqlite_operation)
    assert sorted(stored) == [f"C-{n:06d}" for n in range(1, 7)]
    assert stored["C-000003"].full_name == "Bernomor"
    with sqlite_operation.session() as session:
        codes = set(session.scalars(select(Household.code)))
    assert codes == {f"~C-{n:06d}" for n in range(1, 7)}
