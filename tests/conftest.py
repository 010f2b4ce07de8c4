"""Shared fixtures: temporary operations on SQLite, and on PostgreSQL where CI names one.

PostgreSQL tests run when EVACPLAN_TEST_POSTGRES_URL names a server (``.ci/run`` sets it);
each test gets a database of its own, created and dropped around it, so parallel runs
never see each other's rows. Elsewhere they skip and say why.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.db import Operation, open_operation
from tests.scratch import scratch_database
from tests.unscripted import Guard

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EVACPLAN_USER", "test-officer")

#: The test functions ``make test-fast`` leaves out (tools/slow_tests.py measures them).
SLOW_TESTS = Path(__file__).with_name("slow_tests.txt")

POSTGRES_ENV = "EVACPLAN_TEST_POSTGRES_URL"
POSTGRES_SKIP = f"PostgreSQL tests need {POSTGRES_ENV} (set by .ci/run) naming a server"


def postgres_server_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    server = postgres_server_url()
    if server is None:
        pytest.skip(POSTGRES_SKIP)
    with scratch_database(server, "evacplan_t") as url:
        yield url


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "operation.sqlite"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a not-yet-created operation, on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'operation.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def operation(database_url: str) -> Iterator[Operation]:
    """A new, empty operation on each backend."""
    op = open_operation(database_url, create=True)
    try:
        yield op
    finally:
        op.close()


@pytest.fixture
def sqlite_operation(sqlite_path: Path) -> Iterator[Operation]:
    op = open_operation(sqlite_path, create=True)
    try:
        yield op
    finally:
        op.close()


@pytest.fixture(autouse=True, scope="session")
def _settings_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test writes the officer's real Qt settings, caches or logs (ui/ tests included)."""
    folder = tmp_path_factory.mktemp("user-folders")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["EVACPLAN_CACHE_DIR"] = str(folder / "cache")
    os.environ["EVACPLAN_LOG_DIR"] = str(folder / "log")
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(folder / "qsettings"))


#: Whether the test itself failed (its teardown need not fail it again).
CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    report = yield
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    return report


@pytest.fixture(autouse=True)
def no_unscripted_dialogs(monkeypatch: pytest.MonkeyPatch,
                          request: pytest.FixtureRequest) -> Iterator[Guard]:
    """A modal dialog the test did not script fails the test, its title and text named,
    instead of hanging the run (tests/unscripted.py); only where Qt's widgets are in use.
    A dialog refused where the program caught the refusal fails the test at its end."""
    guard = Guard()
    if "PySide6.QtWidgets" in sys.modules:
        guard.install(monkeypatch)
    yield guard
    if request.node.stash.get(CALL_FAILED, False):
        guard.seen.clear()  # the test failed already, with the dialog named
    guard.check()


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The desktop program in the language of the test's parameter ("en", "id"; with
    ``indirect=True``), and in English again after it."""
    from ui.i18n import languages

    code = str(request.param)
    languages.install(code)
    yield code
    languages.install("en")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Umask 0: a careless ``open(..., "w")`` makes a world-readable file, so a test that
    passes under it proves the program set the file's mode itself (SPEC 7)."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _slow_functions() -> set[str]:
    lines = (line.strip() for line in SLOW_TESTS.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``slow`` every test function listed in slow_tests.txt (before ``-m`` selects)."""
    slow = _slow_functions()
    for item in items:
        if item.nodeid.split("[")[0] in slow:
            item.add_marker(pytest.mark.slow)
