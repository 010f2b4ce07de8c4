"""Persons into the operation, a chunk of rows at a time, inside the import's transaction.

For each chunk the persons the rows could match are fetched by their keys; each row then
adds a person, updates one in place, changes nothing, merges into a row given earlier
in the file, or is rejected for a conflict. New persons and households are inserted in
bulk, updates go through the ORM (so version counters move). Persons added earlier in
the same import are in the database already, so a later row matches them like any other.

Into an operation that held no persons, a row can only match a person this import added;
a fixed-size filter of those persons' keys (``KeyFilter``) tells the rows that may, and
only those are looked up, which spares a first import most of its queries.

Rows without a case number get a temporary one until the whole file has been read; only
then are the generated numbers (C-000123) given out, so that they never take a number
that a later row of the same file carries.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import (
    Select,
    Table,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from planner.db.models import (
    Household,
    ImportBatch,
    Person,
    Pin,
    PlanHousehold,
    Settings,
    StatusChange,
)
from planner.domain import DocumentStatus, PersonStatus, generated_case_no
from planner.fields import PERSON
from planner.importing.bulk_insert import insert_rows
from planner.importing.key_filter import KeyFilter
from planner.importing.person_matching import (
    KnownPerson,
    PersonIndex,
    differing_fields,
    identity_conflicts,
)
from planner.importing.problems import MergedRow, RowProblem, row_in
from planner.importing.report import KindCounts
from planner.importing.row_reading import ParsedRow
from planner.importing.values import name_key
from planner.protection import audit
from solvers.reasons import Reason

CHUNK_ROWS = 1000
PERSONS = cast(Table, Person.__table__)
HOUSEHOLDS = cast(Table, Household.__table__)
#: Columns of a new person's row after its fields (``PERSON.columns``), in the order
#: ``_insert`` gives them.
BOOKKEEPING_COLUMNS = ("household_id", "name_key", "import_batch_id", "source_file",
                       "source_sheet", "source_row", "created_at", "updated_at", "version")


def count_figures(counts: KindCounts) -> tuple[int, ...]:
    """The counts one row can change: added, updated, unchanged, duplicates, rejected."""
    return (counts.added, counts.updated, counts.unchanged, counts.duplicates, counts.rejected)


def count_delta(before: tuple[int, ...], counts: KindCounts) -> tuple[int, ...]:
    """What a row changed in ``counts`` since ``before`` (``count_figures``)."""
    return tuple(now - then for now, then in zip(count_figures(counts), before, strict=True))


def _key_hashes(values: dict[str, Any]) -> tuple[int, ...]:
    """Hashes of the keys a person is matched by (equal keys, equal hashes)."""
    hashes = [hash(("name", name_key(values["full_name"]), values["date_of_birth"]))]
    if values.get("case_no"):
        hashes.append(hash(("case", values["case_no"])))
    if values.get("passport_no"):
        hashes.append(hash(("passport", values["passport_no"])))
    return tuple(hashes)


def _same_identity(known: dict[str, Any], given: dict[str, Any]) -> tuple[str, ...]:
    """The identity fields two rows of one person hold alike (names folded)."""
    same = []
    for name in ("case_no", "passport_no", "full_name", "date_of_birth"):
        mine, theirs = given.get(name), known.get(name)
        if name == "case_no" and isinstance(theirs, str) and theirs.startswith("~"):
            theirs = None  # a temporary number, not one the file gave
        if mine is None or theirs is None:
            continue
        if mine == theirs or (name == "full_name" and name_key(mine) == name_key(theirs)):
            same.append(name)
    return tuple(same)


def _with_derived_status(known: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """A row's values with the document status SPEC 2.1 derives when the row leaves it
    blank, as the first import derives it: a passport number the stored person was
    "missing" a document without, or a passport number new to them, makes the status
    valid. A stored expired, lost or confiscated status is kept when the row brings the
    same passport number again (the officer's record of that passport)."""
    passport = given.get("passport_no")
    if given.get("document_status") is not None or not passport:
        return given
    if (known.get("document_status") == DocumentStatus.MISSING.value
            or known.get("passport_no") != passport):
        return {**given, "document_status": DocumentStatus.VALID.value}
    return given


class PersonWriter:
    def __init__(self, session: Session, settings: Settings, batch: ImportBatch,
                 file_name: str, counts: KindCounts, rejected: list[ParsedRow],
                 warnings: list[Reason], merged: list[MergedRow] | None = None) -> None:
        self.session = session
        self.warnings = warnings
        self.merged = merged if merged is not None else []
        self.settings = settings
        self.batch = batch
        self.file_name = file_name
        self.counts = counts
        self.rejected = rejected
        self.pending: list[ParsedRow] = []
        #: Stored persons matched (and left unchanged) by a row of this import.
        self.seen: dict[int, tuple[str, int]] = {}
        self.households: dict[str, int] = {}
        self.emptied_households: set[int] = set()
        #: Persons added with a movement status other than registered (SPEC 8.1): their
        #: history row and audit entry, written once their case numbers are final.
        self.added_moving: list[tuple[int, str]] = []
        self.temporary = 0
        #: Into an operation without persons, only a row naming a person this import added
        #: can match: hashes of those persons' keys say which rows must be looked up.
        self.fresh = session.scalar(select(Person.id).limit(1)) is None
        self.added_keys = KeyFilter()
        #: Columns of Person that hold the fields of the registry (household is a join).
        self.stored = PERSON.columns
        self.defaults = PERSON.defaults(settings)
        #: Told what each row with a household code did to the counts (``count_delta``):
        #: a refused import counts its household hold so (``household_hold.HouseholdTally``).
        self.outcome: Callable[[ParsedRow, tuple[int, ...]], None] | None = None
        #: (sheet, row) of each row that repeated an earlier row's person -> that row's.
        self.repeats: list[tuple[tuple[str, int], tuple[str, int]]] = []

    @property
    def temp_prefix(self) -> str:
        return f"~T{self.batch.id}-"

    def add(self, row: ParsedRow) -> None:
        self.pending.append(row)
        if len(self.pending) >= CHUNK_ROWS:
            self.flush()

    # --- matching ------------------------------------------------------------------------

    def _known(self, rows: Sequence[ParsedRow]) -> list[KnownPerson]:
        case_nos = {r.values["case_no"] for r in rows if r.values.get("case_no")}
        passports = {r.values["passport_no"] for r in rows if r.values.get("passport_no")}
        names = {(name_key(r.values["full_name"]), r.values["date_of_birth"]) for r in rows}
        columns = [Person.id, Person.household_id, Person.import_batch_id, Person.source_sheet,
                   Person.source_row, Household.code, Household.implicit,
                   *(getattr(Person, f) for f in self.stored)]
        base = select(*columns).join(Household, Person.household_id == Household.id)
        found: dict[int, KnownPerson] = {}
        queries = []
        if case_nos:
            queries.append(base.where(Person.case_no.in_(case_nos)))
        if passports:
            queries.append(base.where(Person.passport_no.in_(passports)))
        if names:
            queries.append(self._by_name_and_birth(base, names))
        for query in queries:
            for row in self.session.execute(query):
                if row.id in found:
                    continue
                values = {f: getattr(row, f) for f in self.stored}
                values["household"] = None if row.implicit else row.code
                from_row = self.seen.get(row.id)
                if row.import_batch_id == self.batch.id and row.source_row is not None:
                    from_row = (row.source_sheet or "", row.source_row)
                found[row.id] = KnownPerson(values, row.id, from_row, row.household_id,
                                            implicit_household=bool(row.implicit))
        return sorted(found.values(), key=lambda p: p.id or 0)

    def _by_name_and_birth(self, base: Select[Any],
                           names: set[tuple[str, dt.date]]) -> Select[Any]:
        """``base`` limited to persons with one of these (name key, birth date) pairs.

        SQLite answers a row-value ``IN`` by scanning the whole table, so there the pairs
        go in as a JSON list joined through ``json_each``, which uses the index.
        """
        if self.session.get_bind().dialect.name != "sqlite":
            return base.where(tuple_(Person.name_key, Person.date_of_birth).in_(names))
        pairs = json.dumps([[n, d.isoformat()] for n, d in names])
        keys = func.json_each(pairs).table_valued("value").alias("import_keys")
        return base.join(keys, and_(
            Person.name_key == func.json_extract(keys.c.value, "$[0]"),
            Person.date_of_birth == func.json_extract(keys.c.value, "$[1]")))

    def _reject(self, row: ParsedRow, code: str, **facts: Any) -> None:
        row.problems.append(RowProblem(row.sheet, row.number, Reason(code, facts)))
        self.rejected.append(row)
        self.counts.rejected += 1

    # --- one chunk -----------------------------------------------------------------------

    def flush(self) -> None:
        rows, self.pending = self.pending, []
        if not rows:
            return
        index = PersonIndex()
        if self.fresh:
            maybe_known = [r for r in rows if self.added_keys.may_hold_any(_key_hashes(r.values))]
            if maybe_known:
                index.add_all(self._known(maybe_known))
        else:
            index.add_all(self._known(rows))
        new: list[tuple[KnownPerson, ParsedRow]] = []
        updated: list[tuple[KnownPerson, ParsedRow]] = []
        for row in rows:
            if self.outcome is None or not row.values.get("household"):
                self._write(row, index, new, updated)
                continue
            before = count_figures(self.counts)
            self._write(row, index, new, updated)
            self.outcome(row, count_delta(before, self.counts))
        self._insert(new)
        self._update(updated)
        if self.fresh:
            for person, _ in new:
                self.added_keys.add(_key_hashes(person.values))

    def _write(self, row: ParsedRow, index: PersonIndex, new: list[tuple[KnownPerson, ParsedRow]],
               updated: list[tuple[KnownPerson, ParsedRow]]) -> None:
        """One row: a new person, a repeat of an earlier row, an update of a stored person,
        a stored person unchanged, or refused for a conflict."""
        person, key, namesakes = index.match(row.values)
        if person is None:
            if namesakes:
                self._namesakes(row, namesakes)
            person = self._new_person(row)
            index.add(person)
            new.append((person, row))
            return
        if person.from_row is not None:
            self._repeat(person, key, row)
            return
        conflicts = identity_conflicts(person.values, row.values)
        renewed = key == "case_no" and conflicts == ["passport_no"] and \
            self._new_passport_of(person, row, index)
        if conflicts and not renewed:
            self._reject(row, "conflicts_with_stored", case_no=person.case_no, key=key,
                         fields=conflicts)
            return
        person.from_row = (row.sheet, row.number)
        given = _with_derived_status(person.values, row.values)
        changes = {f: given[f] for f in differing_fields(person.values, given)}
        if renewed:
            self._note_new_passport(person, row, given)
            index.by_passport.setdefault(given["passport_no"], person)
        if changes:
            person.changes = changes
            person.values.update(changes)
            updated.append((person, row))
            self.counts.updated += 1
        else:
            assert person.id is not None
            self.seen[person.id] = person.from_row
            self.counts.unchanged += 1

    @staticmethod
    def _new_passport_of(person: KnownPerson, row: ParsedRow, index: PersonIndex) -> bool:
        """The row gives the stored person's case number, name and birth date with another
        passport number that no other person holds: a new passport (after one was lost or
        expired), not another person."""
        given, known = row.values, person.values
        holder = index.by_passport.get(given["passport_no"])
        return (given.get("date_of_birth") == known.get("date_of_birth")
                and bool(given.get("full_name")) and bool(known.get("full_name"))
                and name_key(given["full_name"]) == name_key(known["full_name"])
                and (holder is None or holder is person))

    def _note_new_passport(self, person: KnownPerson, row: ParsedRow,
                           given: dict[str, Any]) -> None:
        """Say in the report, and audit, that the person's passport was replaced."""
        facts = {"sheet": row.sheet, "row": str(row.number), "case_no": person.case_no,
                 "before": person.values.get("passport_no"), "after": given["passport_no"],
                 "status": given.get("document_status") or person.values.get("document_status")}
        self.warnings.append(Reason("new_passport", facts))
        # The audit log holds no personal values (SPEC 7): which fields, not the numbers.
        self._audit([("import-new-passport", "person", person.case_no,
                      {"fields": ["passport_no", "document_status"],
                       "document_status": facts["status"]})])

    def _namesakes(self, row: ParsedRow, namesakes: list[KnownPerson]) -> None:
        others: list[str | dict[str, Any]] = []
        for other in namesakes:
            if other.case_no.startswith(self.temp_prefix) and other.from_row is not None:
                sheet, number = other.from_row  # a number is given only at the end
                others.append(row_in(sheet, number, row.sheet).as_json())
            else:
                others.append(other.case_no)
        self.warnings.append(Reason("namesake", {"sheet": row.sheet, "row": str(row.number),
                                                 "others": others}))

    def _new_person(self, row: ParsedRow) -> KnownPerson:
        values = dict(row.values)
        if not values.get("case_no"):
            self.temporary += 1
            values["case_no"] = f"{self.temp_prefix}{self.temporary}"
        if "document_status" not in values:
            values["document_status"] = (DocumentStatus.VALID if values.get("passport_no")
                                         else DocumentStatus.MISSING).value
        for name, default in self.defaults.items():
            values.setdefault(name, default)
        self.counts.added += 1
        return KnownPerson(values, None, (row.sheet, row.number))

    def _repeat(self, person: KnownPerson, key: str, row: ParsedRow) -> None:
        """A row naming a person an earlier row of this file gave: merge or reject."""
        assert person.from_row is not None
        sheet, number = person.from_row
        self.repeats.append(((row.sheet, row.number), (sheet, number)))
        differing = differing_fields(person.values, row.values)
        extra = [f for f in differing if person.values.get(f) is None]
        clash = [f for f in differing if f not in extra]
        if clash:
            self._reject(row, "repeats_person", first_row=str(number),
                         first_sheet=sheet if sheet != row.sheet else None, key=key,
                         fields=clash)
            return
        self.counts.duplicates += 1
        self.merged.append(MergedRow(row.sheet, row.number, sheet, number,
                                     _same_identity(person.values, row.values)))
        if not extra:
            return
        # The repeat fills in blanks of the first row.
        person.changes = {f: row.values[f] for f in extra}
        person.values.update(person.changes)
        if person.id is None:
            return  # not inserted yet: inserted with the merged values
        if person.id in self.seen:  # a stored person the first row left unchanged
            del self.seen[person.id]
            self.counts.unchanged -= 1
            self.counts.updated += 1
            self._update([(person, row)])
        else:
            self._update([(person, row)], keep_source=True)

    # --- writing -------------------------------------------------------------------------

    def _household_ids(self, codes: set[str]) -> None:
        missing = [c for c in codes if c not in self.households]
        if not missing:
            return
        for row in self.session.execute(
                select(Household.id, Household.code).where(Household.code.in_(missing))):
            self.households[row.code] = row.id
        to_make = [{"code": c, "implicit": False} for c in missing if c not in self.households]
        self._insert_households(to_make)

    def _insert_households(self, rows: list[dict[str, Any]],
                           into: dict[str, int] | None = None) -> None:
        """Insert households and note their ids (by code) in ``into``."""
        if not rows:
            return
        target = self.households if into is None else into
        statement = insert(HOUSEHOLDS).returning(Household.id, Household.code)
        for made in self.session.execute(statement, rows):
            target[made.code] = made.id

    def _insert(self, new: list[tuple[KnownPerson, ParsedRow]]) -> None:
        if not new:
            return
        self._household_ids({p.values["household"] for p, _ in new if p.values.get("household")})
        implicit: dict[str, int] = {}
        self._insert_households([{"code": "~" + p.values["case_no"], "implicit": True}
                                 for p, _ in new if not p.values.get("household")], implicit)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        batch_id, file_name = self.batch.id, self.file_name
        rows = []
        for person, row in new:
            values = person.values
            code = values.get("household")
            household_id = self.households[code] if code else implicit["~" + values["case_no"]]
            rows.append((*(values.get(f) for f in self.stored), household_id,
                         name_key(values["full_name"]), batch_id, file_name, row.sheet[:100],
                         row.number, now, now, 1))
        insert_rows(self.session, PERSONS, (*self.stored, *BOOKKEEPING_COLUMNS), rows)
        moving = {p.values["case_no"]: str(p.values["status"]) for p, _ in new
                  if p.values.get("status") not in (None, PersonStatus.REGISTERED.value)}
        if moving:
            self.added_moving += [(pid, moving[case]) for pid, case in self.session.execute(
                select(Person.id, Person.case_no).where(Person.case_no.in_(list(moving))))]
        numbered = [p.values["case_no"] for p, _ in new
                    if not p.values["case_no"].startswith(self.temp_prefix)]
        if numbered:
            self._audit([("import-add", "person", None, {"case_nos": numbered})])

    def _update(self, updated: list[tuple[KnownPerson, ParsedRow]],
                keep_source: bool = False) -> None:
        if not updated:
            return
        codes = {p.changes.get("household") for p, _ in updated} - {None}
        self._household_ids({c for c in codes if c})
        objects = {p.id: p for p in self.session.scalars(
            select(Person).where(Person.id.in_([k.id for k, _ in updated])))}
        changed: dict[str, list[str]] = {}
        moved: list[tuple[str, str, str | None, dict[str, Any]]] = []
        for known, row in updated:
            assert known.id is not None
            person = objects[known.id]
            changes = known.changes
            if "status" in changes and changes["status"] != person.status:
                # SPEC 8.1: every change of the movement status audited, from and to.
                moved.append(("status", "person", person.case_no,
                              {"from": person.status, "to": changes["status"],
                               "by": "import"}))
                self.session.add(StatusChange(
                    person_id=person.id, from_status=person.status,
                    to_status=changes["status"], actor=audit.current_actor()))
            for name, value in changes.items():
                if name == "household":
                    if person.household_id != self.households[value]:
                        if known.implicit_household:
                            self.emptied_households.add(person.household_id)
                        person.household_id = self.households[value]
                elif name in self.stored:
                    setattr(person, name, value)
                    if name == "full_name":
                        person.name_key = name_key(value)
            if not keep_source:
                person.import_batch_id = self.batch.id
                person.source_file = self.file_name
                person.source_sheet = row.sheet[:100]
                person.source_row = row.number
            changed[person.case_no] = sorted(changes)
        self.session.flush()
        for person in objects.values():  # keep the session small on a big re-import
            self.session.expunge(person)
        self._audit([("import-update", "person", None, {"fields_by_case_no": changed}),
                     *moved])

    # --- the end of the file -------------------------------------------------------------

    def finish(self) -> None:
        self.flush()
        self._number_new_persons()
        self._record_added_statuses()
        self._drop_emptied_households()

    def _record_added_statuses(self) -> None:
        """A person added with a status other than registered moved from registered to it
        at the import, as the actions record it (SPEC 8.1): a history row (the situation
        report replays them) and an audit entry under the final case number."""
        actor = audit.current_actor()
        for start in range(0, len(self.added_moving), CHUNK_ROWS):
            part = self.added_moving[start: start + CHUNK_ROWS]
            case_of = {pid: case for pid, case in self.session.execute(
                select(Person.id, Person.case_no).where(Person.id.in_([p for p, _ in part])))}
            self.session.add_all(StatusChange(
                person_id=pid, from_status=PersonStatus.REGISTERED.value, to_status=status,
                actor=actor) for pid, status in part)
            self._audit([("status", "person", case_of[pid],
                          {"from": PersonStatus.REGISTERED.value, "to": status, "by": "import"})
                         for pid, status in part])

    def _number_new_persons(self) -> None:
        """Give the persons added without a case number theirs, a chunk at a time."""
        if not self.temporary:
            return
        number = self.settings.next_case_number
        last_id = 0
        while True:
            waiting = self.session.execute(
                select(Person.id, Person.household_id)
                .where(Person.case_no.like(f"{self.temp_prefix}%"), Person.id > last_id)
                .order_by(Person.id).limit(CHUNK_ROWS)).all()
            if not waiting:
                break
            last_id = waiting[-1].id
            numbers: list[str] = []
            while len(numbers) < len(waiting):
                candidates = [generated_case_no(n)
                              for n in range(number, number + len(waiting) - len(numbers))]
                number += len(candidates)
                taken = set(self.session.scalars(
                    select(Person.case_no).where(Person.case_no.in_(candidates))))
                numbers.extend(c for c in candidates if c not in taken)
            self.session.execute(
                update(PERSONS).where(PERSONS.c.id == bindparam("b_id"))
                .values(case_no=bindparam("b_case")),
                [{"b_id": p.id, "b_case": c} for p, c in zip(waiting, numbers, strict=True)])
            self.session.execute(
                update(HOUSEHOLDS).where(HOUSEHOLDS.c.id == bindparam("b_id"))
                .where(HOUSEHOLDS.c.implicit.is_(True))
                .values(code=bindparam("b_code")),
                [{"b_id": p.household_id, "b_code": "~" + c}
                 for p, c in zip(waiting, numbers, strict=True)])
            self._audit([("import-add", "person", None, {"case_nos": numbers})])
        self.settings.next_case_number = number

    def _drop_emptied_households(self) -> None:
        if not self.emptied_households:
            return
        self.session.flush()
        self.session.execute(
            delete(Household).where(
                Household.id.in_(self.emptied_households),
                Household.implicit.is_(True),
                ~exists().where(Person.household_id == Household.id),
                ~exists().where(PlanHousehold.household_id == Household.id),
                ~exists().where(Pin.household_id == Household.id),
            ).execution_options(synchronize_session=False))

    def _audit(self, entries: list[tuple[str, str, str | None, dict[str, Any]]]) -> None:
        audit.record_many(self.session, entries, import_batch_id=self.batch.id)
