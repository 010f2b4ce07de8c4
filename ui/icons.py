"""The program's icons: line drawings in ``resources/icons/<name>.svg``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name``; an empty icon when there is none (never an error)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if name and path.exists() else QIcon()
