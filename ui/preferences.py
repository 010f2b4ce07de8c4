"""The officer's preferences, typed and declared once, kept in QSettings.

Planning data lives in the operation's database; only what belongs to this officer on
this computer lives here: the language, recent operations, window and table layout.
Each preference is one ``Option`` attribute of ``Preferences``; reading converts the
stored value to the declared type and falls back to the default on anything odd, so
a damaged settings file never stops the program.

Tests hand ``Preferences`` a ``QSettings`` on a temporary file, and ``tests/conftest.py``
points Qt's default settings location at a temporary folder, so no test writes into
the real configuration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 10


class Option(Generic[T]):
    """One preference: its key, default and how a stored value becomes a ``T``."""

    def __init__(self, key: str, default: T, convert: Callable[[Any], T]) -> None:
        self.key = key
        self.default = default
        self.convert = convert

    @overload
    def __get__(self, owner: None, owner_type: type) -> Option[T]: ...

    @overload
    def __get__(self, owner: Preferences, owner_type: type) -> T: ...

    def __get__(self, owner: Preferences | None, owner_type: type) -> Option[T] | T:
        if owner is None:
            return self
        raw = owner.store.value(self.key)
        if raw is None:
            return self.default
        try:
            return self.convert(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, owner: Preferences, value: T) -> None:
        owner.store.setValue(self.key, value)


def _text(raw: Any) -> str:
    if not isinstance(raw, str):
        raise TypeError("not text")
    return raw


def _text_list(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw] if raw else []
    if isinstance(raw, (list, tuple)):
        return [str(item) for item in raw if str(item)]
    raise TypeError("not a list")


def _bytes(raw: Any) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, (bytes, bytearray)):
        return QByteArray(bytes(raw))
    raise TypeError("not bytes")


class Preferences:
    """The preferences, over ``store`` (default: the application's QSettings)."""

    language = Option("ui/language", "", _text)  # "" = the system's language
    recent_operations: Option[list[str]] = Option("operations/recent", [], _text_list)
    last_folder = Option("files/last_folder", "", _text)
    window_geometry = Option("window/geometry", QByteArray(), _bytes)
    window_state = Option("window/state", QByteArray(), _bytes)
    current_page = Option("window/page", "roster", _text)

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def add_recent(self, location: str) -> list[str]:
        """Put an operation at the top of the recent list (a file path or a server URL)."""
        recent = [item for item in self.recent_operations if item != location]
        recent.insert(0, location)
        self.recent_operations = recent[:MAX_RECENT]
        return self.recent_operations

    def remove_recent(self, location: str) -> None:
        self.recent_operations = [item for item in self.recent_operations if item != location]

    def header_state(self, table: str) -> QByteArray:
        raw = self.store.value(f"tables/{table}/header")
        try:
            return _bytes(raw) if raw is not None else QByteArray()
        except TypeError:
            return QByteArray()

    def set_header_state(self, table: str, state: QByteArray) -> None:
        self.store.setValue(f"tables/{table}/header", state)

    def sync(self) -> None:
        self.store.sync()
