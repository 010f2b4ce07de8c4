"""Issue 18, personal data exposed: modes of files that existed before the program,
passwords in malformed database URLs, URLs that name no server, and ``encrypt``.

The tests run under umask 0 where a file's mode matters, so a passing test proves the
program sets the mode itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.db import open_operation
from planner.db.engine import describe_url, mask_password, resolve_url
from planner.demo import create as create_demo
from planner.errors import DatabaseError
from planner.protection import backup
from tests.file_modes import file_mode


def test_init_on_a_file_made_before_makes_it_owner_only_and_says_so_once(
        tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    db.touch()  # as `touch op.sqlite` would, under this umask: 0666
    os.chmod(db, 0o644)
    assert main(["--db", str(db), "init"]) == 0
    first = capsys.readouterr()
    assert file_mode(db) == 0o600
    assert f"{db} was readable by other users; made readable by you only" in first.err
    assert main(["--db", str(db), "audit-check"]) == 0
    assert "readable by other users" not in capsys.readouterr().err  # said once


def test_every_opening_makes_the_file_and_its_companions_owner_only(
        tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    os.chmod(db, 0o644)
    # A journal left by a program killed mid-write, readable by others.
    journal = Path(f"{db}-journal")
    journal.write_bytes(b"")
    os.chmod(journal, 0o644)
    capsys.readouterr()
    assert main(["--db", str(db), "audit-check"]) == 0
    err = capsys.readouterr().err
    assert file_mode(db) == 0o600 and file_mode(journal) == 0o600
    assert str(db) in err and str(journal) in err and "made readable by you only" in err
    operation = open_operation(db)
    try:
        with operation.engine.connect() as connection:
            connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
            connection.commit()
            for companion in ("-wal", "-shm"):
                assert file_mode(Path(f"{db}{companion}")) == 0o600, companion
        assert operation.made_owner_only == []
    finally:
        operation.close()


def test_restore_into_a_file_readable_by_others_makes_it_owner_only(
        tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        with operation.session() as session:
            create_demo(session, 10, seed=1)
        copy = backup.backup_operation(operation, tmp_path / "copy.bak").path
    finally:
        operation.close()
    os.chmod(db, 0o644)
    assert main(["--db", str(db), "restore", str(copy)]) == 0
    assert file_mode(db) == 0o600
    assert "made readable by you only" in capsys.readouterr().err


def test_a_damaged_file_moved_aside_by_restore_is_owner_only(
        tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "op.sqlite"
    operation = open_operation(db, create=True)
    try:
        copy = backup.backup_operation(operation, tmp_path / "copy.bak").path
    finally:
        operation.close()
    db.write_bytes(b"not a database at all, but it held names")
    os.chmod(db, 0o644)
    report = backup.restore(copy, db)
    assert report.previous_was_damaged and report.previous_kept_as is not None
    assert file_mode(report.previous_kept_as) == 0o600


MALFORMED = (
    "postgresql+psycopg://officer:{pw}@host:notaport/ops",
    "postgresql://officer:{pw}@host:99999999/ops",
    "postgresql://officer:{pw}@[::1/ops",
    "nonsense+x://officer:{pw}@",
)


@pytest.mark.parametrize("template", MALFORMED)
def test_a_password_in_a_malformed_url_is_never_printed(
        template: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = template.format(pw="S3CRET-pw")
    assert main(["--db", url, "init"]) == 1
    out = capsys.readouterr()
    assert "evacplan:" in out.err
    assert "S3CRET" not in out.err + out.out


_PASSWORDS = st.text(
    # "&" ends a query value: a password in a query holds it only percent-encoded.
    alphabet=st.characters(blacklist_characters="@/?#&\n\r", blacklist_categories=("Cs",)),
    min_size=6, max_size=30).filter(lambda p: "***" not in p and p.strip() == p)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(password=_PASSWORDS, template=st.sampled_from(MALFORMED + (
    "postgresql+psycopg://officer:{pw}@/ops", "postgresql://officer:{pw}@db.example/",
    "postgresql://officer:pw@db/ops?password={pw}&sslmode=require")))
def test_no_error_about_a_url_quotes_its_password(password: str, template: str) -> None:
    # A password that is a piece of the rest of what is shown (hypothesis found "psycop" in
    # "postgresql+psycopg") proves nothing either way.
    assume(password not in _shown(template.format(pw="Qx7-Qx7-Qx7")))
    assert password not in _shown(template.format(pw=password))


def _shown(url: str) -> str:
    """All the program shows of ``url``: masked, and its error or its description (the
    URL is kept whole for the driver, shown without the password)."""
    try:
        resolved = resolve_url(url)
    except DatabaseError as exc:
        return f"{mask_password(url)}\n{exc}"
    return f"{mask_password(url)}\n{describe_url(resolved)}"


@pytest.mark.parametrize(("url", "missing"), [
    ("postgresql+psycopg://", "names no server (host) and no database"),
    ("postgresql://officer@/ops", "names no server (host)"),
    ("postgresql://officer@db.example/", "names no database"),
])
def test_a_server_url_without_host_or_database_is_refused(
        url: str, missing: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", url, "init"]) == 1
    err = capsys.readouterr().err
    assert missing in err and err.count("\n") == 1


def test_a_socket_given_as_host_in_the_query_is_a_server() -> None:
    url = resolve_url("postgresql://officer@/ops?host=/var/run/postgresql")
    assert url.startswith("postgresql+psycopg://officer@/ops")


@pytest.mark.parametrize("name", ["absent.xlsx", "folder", "op.sqlite"])
def test_encrypt_checks_the_file_before_asking_for_a_password(
        tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "op.sqlite").write_bytes(b"SQLite format 3\x00" + b"\0" * 100)
    asked: list[str] = []
    monkeypatch.delenv("EVACPLAN_EXPORT_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or "x" * 12)
    assert main(["encrypt", str(tmp_path / name)]) == 1
    assert asked == []
    err = capsys.readouterr().err
    assert name in err and err.count("\n") == 1
