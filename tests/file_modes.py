"""Checking file modes (SPEC 7 tests); the ``open_umask`` fixture is in conftest."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def file_mode(path: Path) -> int:
    """The permission bits of ``path`` (0o600 for an owner-only file)."""
    return stat.S_IMODE(os.stat(path).st_mode)
