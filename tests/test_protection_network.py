"""A SQLite operation file on a network share is refused with an explanation (SPEC 7).

No network share can be mounted in a test, so the mount table is given: real lines of
``/proc/self/mountinfo`` and of macOS's ``mount``, parsed by the same code that reads
this computer's table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main
from planner.db import open_operation
from planner.protection import guards
from planner.protection.guards import (
    Mount,
    NetworkShareRefused,
    mount_of,
    network_share_of,
    parse_bsd_mount,
    parse_mountinfo,
)

MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
31 27 0:44 / /home/officer/share rw,relatime shared:20 - nfs4 fs01:/embassy rw,vers=4.2
32 27 0:45 / /mnt/consulate rw,relatime - cifs //files/consular rw,vers=3.1.1
33 27 0:46 / /mnt/with\\040space rw,relatime - fuse.sshfs officer@host:/data rw
34 31 259:3 / /home/officer/share/local rw,relatime - ext4 /dev/sdb1 rw
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//officer@fileserver/Consular on /Volumes/Consular (smbfs, nodev, nosuid, mounted by officer)
fs01:/embassy on /Volumes/embassy (nfs, asynchronous)
"""


def test_mountinfo_parsing_and_longest_prefix() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert Mount("/mnt/with space", "fuse.sshfs", "officer@host:/data") in mounts
    assert mount_of(Path("/home/officer/share/op.sqlite"), mounts).fstype == "nfs4"
    # a local disk mounted inside the share is local
    assert mount_of(Path("/home/officer/share/local/op.sqlite"), mounts).fstype == "ext4"
    assert mount_of(Path("/home/officer/shared.sqlite"), mounts).fstype == "ext4"


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("/home/officer/share/op.sqlite", "nfs4"),
        ("/mnt/consulate/2026/op.sqlite", "cifs"),
        ("/mnt/with space/op.sqlite", "fuse.sshfs"),
        ("/home/officer/share/local/op.sqlite", None),
        ("/tmp/op.sqlite", None),
    ],
)
def test_network_share_detection_linux(path: str, share: str | None) -> None:
    found = network_share_of(Path(path), parse_mountinfo(MOUNTINFO))
    assert (found is None) if share is None else (share in (found or ""))


def test_network_share_detection_macos_and_windows() -> None:
    mounts = parse_bsd_mount(MAC_MOUNT)
    assert "smbfs" in (network_share_of(Path("/Volumes/Consular/op.sqlite"), mounts) or "")
    assert "nfs" in (network_share_of(Path("/Volumes/embassy/op.sqlite"), mounts) or "")
    assert network_share_of(Path("/Users/officer/op.sqlite"), mounts) is None
    assert network_share_of(Path("//fileserver/consular/op.sqlite"), []) is not None


def test_this_computers_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_share_of(tmp_path / "op.sqlite") is None


def _pretend_share(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    table = [Mount("/", "ext4", "/dev/sda1"), Mount(str(folder), "nfs4", "fs01:/embassy")]
    monkeypatch.setattr(guards, "read_mounts", lambda: table)


def test_operation_on_a_share_is_refused_and_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pretend_share(monkeypatch, tmp_path)
    with pytest.raises(NetworkShareRefused) as refused:
        open_operation(tmp_path / "op.sqlite", create=True)
    message = str(refused.value)
    assert "SQLite cannot share a file safely" in message and "PostgreSQL" in message
    assert "nfs4" in message
    assert not (tmp_path / "op.sqlite").exists()


def test_existing_operation_on_a_share_is_refused_by_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    before = db.read_bytes()
    capsys.readouterr()
    _pretend_share(monkeypatch, tmp_path)
    assert main(["--db", str(db), "demo", "--people", "5"]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "network share" in lines[0] and "PostgreSQL" in lines[0]
    assert db.read_bytes() == before
