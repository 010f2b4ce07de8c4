"""A database's failure an officer can act on (locked, damaged, disk full, read-only, a
record changed meanwhile) is said in the language of the command line and the desktop:
it was an English sentence in both."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from planner.db.engine import database_problem, explain_database_error
from planner.words.catalogue import catalogue_words
from planner.words.render import ENGLISH

INDONESIAN = catalogue_words("id")


def _failure(text: str) -> OperationalError:
    return OperationalError("UPDATE person SET ...", {}, sqlite3.OperationalError(text))


@pytest.mark.parametrize(("text", "code", "english", "indonesian"), [
    ("database is locked", "database_locked", "locked by another program",
     "dikunci oleh program atau petugas lain"),
    ("database disk image is malformed", "database_damaged", "is damaged", "rusak"),
    ("database or disk is full", "database_disk_full", "no space left",
     "tidak ada ruang tersisa"),
    ("attempt to write a readonly database", "database_read_only", "read-only",
     "hanya-baca"),
    ("disk I/O error", "database_not_written", "cannot be written", "tidak dapat ditulisi"),
    ("no such table: person", "database_failed", "failed", "gagal"),
])
def test_a_database_failure_is_said_in_both_languages(text: str, code: str, english: str,
                                                      indonesian: str) -> None:
    failure = _failure(text)
    problem = database_problem(failure)
    assert problem is not None and problem.reason is not None
    assert problem.reason.code == code
    said_en = explain_database_error(failure)
    said_id = explain_database_error(failure, INDONESIAN)
    assert said_en is not None and english in said_en and text in said_en
    assert said_id is not None and indonesian in said_id and text in said_id
    assert said_en != said_id


def test_a_record_changed_meanwhile_is_said_in_indonesian() -> None:
    said_id = explain_database_error(StaleDataError("0 rows matched"), INDONESIAN)
    assert said_id is not None and said_id.startswith("Petugas lain")
    assert explain_database_error(StaleDataError("x"), ENGLISH) == (
        "Another officer changed or deleted the same record in the meantime; nothing of "
        "this change was saved: reload the record and make the change again")


def test_a_bug_is_no_database_problem() -> None:
    from sqlalchemy.exc import IntegrityError

    assert database_problem(IntegrityError("INSERT", {}, Exception("UNIQUE"))) is None
