"""Writing files whole or not at all, readable by their owner only (SPEC 7).

``atomic_output`` hands out a temporary path in the target's folder; when the block
ends without an exception the file is flushed to disk and renamed over the target in
one step, so a reader (or a crash) sees the old file or the new one, never half of it.

The temporary file is ``.NAME.XXXXXXXX.part``. A process killed before the rename leaves
it behind, and it holds what the export holds: names and passport numbers. So the writer
keeps an exclusive ``flock`` on its part from creation until the part is renamed or
removed, and every write to a target first removes the parts of that target that it can
lock: a lock is free only when no live process holds the part, since the kernel drops a
process's locks when it dies, however it dies. A part another writer is filling right now
stays locked and is left alone. Where there is no ``flock`` (Windows) nothing is swept.

A file of personal data is recorded in the audit log *before* it appears under its name
(SPEC 7, issue 18): ``atomic_output(target, before_publish=...)`` calls the hook with the
finished, synced part just before the rename, and callers commit the file's audit entry
there (or in a session that ends inside the block, which comes to the same). A process
killed between the two leaves an entry for a file that never appeared, never a file
that no entry names.

A file of personal data that the program removes (a part left by a failed or killed
write, an automatic backup rotated out, a backup a purge removes) is first overwritten
with zeros in place and synced (``erase_file``), so its blocks do not keep the roster
for whoever reads the disk next; blocks a copy-on-write or flash file system moves
elsewhere are beyond the program's reach.

A write that fails because the disk is full, the folder is read-only or a size limit is
reached ends in a ``WriteFailed`` that says so in words (``write_problem``), never in an
internal error; the part is removed.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import signal
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from planner.errors import PlannerError
from planner.words.render import render
from solvers.reasons import Reason

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

OWNER_ONLY = 0o600
#: What SQLite leaves beside a part it writes into (a backup is written that way).
PART_COMPANIONS = ("-journal", "-wal", "-shm")
#: Creating a part that a sweep removed in the instant before it was locked: tries.
_CREATE_TRIES = 5


#: Environment variable naming a fault point at which the process kills itself (tests).
KILL_AT_ENV = "EVACPLAN_TEST_KILL_AT"


class WriteFailed(PlannerError):
    """A file could not be written for a reason of the disk, not of the program."""

    def __init__(self, target: Path, problem: Reason | str) -> None:
        why = problem.as_json() if isinstance(problem, Reason) else problem
        self.reason = Reason("cannot_write", {"path": str(target), "why": why})
        super().__init__(render(self.reason))
        self.target = target
        #: What went wrong with the disk, in English.
        self.problem = render(problem) if isinstance(problem, Reason) else problem


def write_problem(exc: OSError, folder: Path) -> Reason | None:
    """What a failed write means for the officer, or None when it is not about the disk."""
    where = {"folder": str(folder.absolute())}
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Reason("disk_full", where)
    if exc.errno == errno.EFBIG:
        return Reason("file_size_limit")
    if exc.errno == errno.EROFS:
        return Reason("disk_read_only", where)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Reason("folder_permission", where)
    if exc.errno == errno.EIO:
        return Reason("disk_failed", where)
    return None


class _Saves(Protocol):
    def save(self, filename: Any) -> None: ...


def save_through_memory(workbook: _Saves, path: Path) -> None:
    """Save an openpyxl workbook to ``path`` by way of memory (small workbooks).

    openpyxl leaves its zip archive open when a write fails (a full disk); the archive
    then tries again when it is collected and prints a traceback after the program's
    own message. In memory the archive cannot fail; only the final write can.
    """
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())


def fault_point(name: str) -> None:
    """Die here, as by ``kill -9``, when ``EVACPLAN_TEST_KILL_AT`` names this point.

    The crash tests use it to stop a process between two steps whose order matters
    (an audit entry and the file it describes); it does nothing otherwise.
    """
    if os.environ.get(KILL_AT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


_ZEROS = b"\0" * 65536


def overwrite_with_zeros(path: Path) -> str | None:
    """Overwrite the whole file at ``path`` with zeros in place, sync, read it back.

    None when it reads back as zeros; otherwise why not (the file is left where it is).
    """
    try:
        with path.open("r+b") as handle:
            left = os.fstat(handle.fileno()).st_size
            while left > 0:
                left -= handle.write(_ZEROS[: min(left, len(_ZEROS))])
            handle.flush()
            os.fsync(handle.fileno())
            handle.seek(0)
            while chunk := handle.read(len(_ZEROS)):
                if chunk.count(0) != len(chunk):
                    return f"{path} did not read back as zeros"
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    return None


def erase_file(path: Path, companions: tuple[str, ...] = PART_COMPANIONS) -> str | None:
    """Overwrite ``path`` (and SQLite's files beside it) with zeros, then remove them.

    None when every one is gone; otherwise why not. A file that is not there is gone.
    """
    for target in (path, *(path.with_name(path.name + c) for c in companions)):
        if not target.exists():
            continue
        failure = overwrite_with_zeros(target)
        if failure is not None:
            return failure
        try:
            target.unlink()
        except OSError as exc:
            return f"{target}: {exc.strerror or exc}"
        if target.exists():
            return f"{target} is still there after it was removed"
    return None


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _part_pattern(names: str) -> re.Pattern[str]:
    # mkstemp's random part is 8 characters of [a-z0-9_]: exact, so that the parts of
    # "a.xlsx" are never taken for parts of a target named "a".
    return re.compile(rf"\.(?:{names})\.[a-z0-9_]{{8}}\.part")


def _try_lock(fd: int) -> bool:
    """An exclusive lock on ``fd`` without waiting; False when another holder has it."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held by a live writer, or a file system without locks: keep it
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk, held = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (on_disk.st_dev, on_disk.st_ino) == (held.st_dev, held.st_ino)


def _remove_stale_part(part: Path) -> bool:
    """Remove ``part`` (and SQLite's files beside it) if no live writer holds it."""
    try:
        fd = os.open(part, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:  # renamed or removed in the meantime
        return False
    try:
        # The name must still be the file that was locked: a writer renames its part
        # before it lets go of the lock, and the name must not now be its target.
        if not _try_lock(fd) or not _same_file(fd, part):
            return False
        return erase_file(part) is None
    except OSError:
        return False
    finally:
        os.close(fd)


def remove_stale_parts(target: str | os.PathLike[str], names: str | None = None) -> list[Path]:
    """Remove the temporary parts of ``target`` left by killed writers; say which.

    ``names``, a regular expression, sweeps the parts of every target in the folder whose
    whole name it matches instead (files named anew each time, such as automatic backups).
    """
    target = Path(target)
    if fcntl is None:
        return []
    folder = target.parent if str(target.parent) else Path(".")
    pattern = _part_pattern(names if names is not None else re.escape(target.name))
    try:
        candidates = [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []
    return [p for p in candidates if _remove_stale_part(p)]


def _locked_part(target: Path, folder: Path) -> tuple[int | None, Path]:
    """Create a new owner-only part and lock it; the open descriptor holds the lock.

    Without ``flock`` the descriptor is closed at once (Windows cannot rename a file
    that is open) and None comes back in its place.
    """
    for _ in range(_CREATE_TRIES):
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        except OSError as exc:
            raise WriteFailed(target, write_problem(exc, folder) or str(exc.strerror)) from exc
        part = Path(name)
        if fcntl is None:
            os.close(fd)
            return None, part
        # Another process's sweep can lock the new part before this one does; waiting
        # for its lock and checking the name then tells whether it removed the part.
        with contextlib.suppress(OSError):  # no locks on this file system: write unguarded
            fcntl.flock(fd, fcntl.LOCK_EX)
        if _same_file(fd, part):
            return fd, part
        os.close(fd)
    raise PlannerError.of("cannot_write_part", path=str(target))


@contextlib.contextmanager
def atomic_output(
    target: str | os.PathLike[str],
    before_publish: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary owner-only path; on success move it over ``target`` atomically.

    Write into the path (open it, truncate it); do not replace it with another file, or
    the lock that marks it as being written stays on the file that was replaced.
    ``before_publish`` gets the finished part just before the rename: the place to
    commit the file's audit entry (module doc). A full disk or a read-only folder ends
    in ``WriteFailed``.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise PlannerError.of("cannot_write_no_folder", path=str(target), folder=str(folder))
    remove_stale_parts(target)
    fd, temp = _locked_part(target, folder)
    try:
        os.chmod(temp, OWNER_ONLY)
        yield temp
        with open(temp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, OWNER_ONLY)
        if before_publish is not None:
            before_publish(temp)
        fault_point("before-publish")
        os.replace(temp, target)
        fault_point("after-publish")
        _fsync_dir(folder)
    except BaseException as exc:
        if erase_file(temp) is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
        problem = write_problem(exc, folder) if isinstance(exc, OSError) else None
        if problem is not None:
            raise WriteFailed(target, problem) from exc
        raise
    finally:
        if fd is not None:
            os.close(fd)  # lets go of the lock, after the part is renamed or removed
