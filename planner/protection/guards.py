"""Guards run before an operation file is opened (SPEC 7).

Two things make a SQLite operation unsafe to open:

* it lies on a network share (NFS, SMB/CIFS, sshfs, ...): SQLite's locks and its
  write-ahead log rely on the local kernel, so two computers writing one file through a
  share corrupt it sooner or later. Such a file is refused with an explanation; several
  officers share an operation through a PostgreSQL server instead;
* it is damaged: SQLite's ``quick_check`` finds broken pages. Such a file is refused
  with the latest verified backup named, so the officer can restore it.

The mount table is read from ``/proc/self/mountinfo`` on Linux, from ``mount`` on macOS
and the BSDs; on Windows a UNC path or a mapped network drive counts as a share.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.errors import DatabaseError

#: File system types that reach another computer over the network.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "ceph",
    "glusterfs", "lustre", "gpfs", "9p", "davfs", "webdav", "afpfs", "coda", "ocfs2", "gfs2",
    "fuse.sshfs", "fuse.glusterfs", "fuse.s3fs", "fuse.rclone", "fuse.gcsfuse", "fuse.davfs2",
    "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs", "fuse.juicefs", "fuse.goofys",
})


@dataclass(frozen=True)
class Mount:
    """One mounted file system: where, of which type, from which source."""

    point: str
    fstype: str
    source: str


class NetworkShareRefused(DatabaseError):
    """A SQLite operation file on a network share."""


class DamagedDatabase(DatabaseError):
    """A SQLite operation file whose pages are broken.

    ``backup`` is the newest backup next to it that verified, for the offer to restore.
    """

    def __init__(self, message: str, path: Path, backup: Path | None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


def _unescape_mountinfo(field: str) -> str:
    """Mount points in mountinfo escape space, tab, newline and backslash as octal."""
    out: list[str] = []
    i = 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    """Mounts from the text of Linux's ``/proc/self/mountinfo``."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields = left.split()
        tail = right.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        mounts.append(Mount(point=_unescape_mountinfo(fields[4]), fstype=tail[0], source=tail[1]))
    return mounts


def parse_bsd_mount(text: str) -> list[Mount]:
    """Mounts from the output of ``mount`` on macOS and the BSDs.

    Lines read ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid)``.
    """
    mounts: list[Mount] = []
    for line in text.splitlines():
        source, sep, rest = line.partition(" on ")
        point, paren, options = rest.rpartition(" (")
        if not sep or not paren:
            continue
        fstype = options.rstrip(")").split(",")[0].strip()
        mounts.append(Mount(point=point, fstype=fstype, source=source))
    return mounts


def read_mounts() -> list[Mount]:
    """The mount table of this computer; empty where it cannot be read."""
    if sys.platform.startswith("linux"):
        try:
            return parse_mountinfo(Path("/proc/self/mountinfo").read_text(errors="replace"))
        except OSError:
            return []
    if sys.platform == "darwin" or "bsd" in sys.platform:
        try:
            result = subprocess.run(["mount"], capture_output=True, text=True, timeout=10,
                                    check=False)
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_bsd_mount(result.stdout)
    return []


def mount_of(path: Path, mounts: Sequence[Mount]) -> Mount | None:
    """The mount that holds ``path``: the one with the longest mount point above it."""
    target = str(path)
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = target == point or target.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount
    return best


def _real_path(path: Path) -> Path:
    """The absolute path with symbolic links resolved as far as it exists."""
    current = path.expanduser().absolute()
    missing: list[str] = []
    while not current.exists() and current != current.parent:
        missing.insert(0, current.name)
        current = current.parent
    return current.resolve().joinpath(*missing)


def _windows_network_drive(path: Path) -> str | None:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "a Windows network share"
    if sys.platform != "win32":
        return None
    import ctypes

    drive = os.path.splitdrive(str(path.absolute()))[0]
    if not drive:
        return None
    drive_remote = 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return f"the network drive {drive}" if kind == drive_remote else None


def network_share_of(path: Path, mounts: Sequence[Mount] | None = None) -> str | None:
    """A description of the network share holding ``path`` ("an nfs4 share (srv:/x)"), or None."""
    windows = _windows_network_drive(path)
    if windows:
        return windows
    where = _real_path(path)
    mount = mount_of(where, read_mounts() if mounts is None else mounts)
    if mount is None:
        return None
    fstype = mount.fstype.lower()
    if fstype in NETWORK_FILESYSTEMS or fstype.split(".")[-1] in NETWORK_FILESYSTEMS:
        return f"a {mount.fstype} network share ({mount.source} on {mount.point})"
    return None


def refuse_network_share(path: Path, mounts: Sequence[Mount] | None = None) -> None:
    """Raise ``NetworkShareRefused`` when the operation file would lie on a network share."""
    share = network_share_of(path, mounts)
    if share is None:
        return
    raise NetworkShareRefused(
        f"The operation file {path} is on {share}: SQLite cannot share a file safely between "
        "computers and it would be damaged; copy it to a local disk, or let several officers "
        "share a PostgreSQL database (--db postgresql://...)"
    )


def sqlite_damage(path: Path, timeout_seconds: float = 10.0) -> str | None:
    """What SQLite's ``quick_check`` finds wrong with the file, or None when it is sound."""
    try:
        connection = sqlite3.connect(path, timeout=timeout_seconds)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            return None  # another officer is writing; not damage, the opening reports it
        return message
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()
    if rows == [("ok",)]:
        return None
    first = str(rows[0][0]) if rows else "no answer"
    more = f" and {len(rows) - 1} more problems" if len(rows) > 1 else ""
    return f"{first}{more}"


def refuse_damaged(path: Path) -> None:
    """Raise ``DamagedDatabase`` naming the latest verified backup when the file is damaged."""
    damage = sqlite_damage(path)
    if damage is None:
        return
    from planner.protection.backup_files import latest_verified_backup

    backup = latest_verified_backup(path)
    if backup is not None:
        offer = (f"restore the latest verified backup with "
                 f"'evacplan --db {path} restore {backup}'")
    else:
        offer = (f"no verified backup was found next to it: restore one you keep elsewhere "
                 f"with 'evacplan --db {path} restore BACKUP'")
    raise DamagedDatabase(
        f"The operation file {path} is damaged ({damage}); {offer}", path, backup
    )
