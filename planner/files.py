"""Writing files whole or not at all, readable by their owner only (SPEC 7).

``atomic_output`` hands out a temporary path in the target's folder; when the block
ends without an exception the file is flushed to disk and renamed over the target in
one step, so a reader (or a crash) sees the old file or the new one, never half of it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from planner.errors import PlannerError

OWNER_ONLY = 0o600


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary owner-only path; on success move it over ``target`` atomically."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PlannerError(f"Cannot write {target}: the folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise PlannerError(f"Cannot write {target}: {exc.strerror}") from exc
    os.close(fd)
    temp = Path(temp_name)
    os.chmod(temp, OWNER_ONLY)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, OWNER_ONLY)
        os.replace(temp, target)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
