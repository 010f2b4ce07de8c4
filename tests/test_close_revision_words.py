"""Issue (tester): closing a flight whose every passenger checked in, after its manifest
was exported, printed 'Manifest revision 1 recorded: export the manifests again and hand
over this revision', though the list handed over was still right. The close says so only
when it recorded a new revision; a close with a no-show still does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from planner.cli import main
from tests.close_support import published_demo


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def test_a_close_that_changes_nothing_asks_for_no_new_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "op.sqlite"
    plan = published_demo(db, people=120, seed=4)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    full, partly = sorted(load, key=lambda k: (-load[k], k))[:2]
    _run(capsys, db, "export", str(tmp_path / "rev1.xlsx"))

    def members(flight: str) -> list[list[str]]:
        return [[m["case_no"] for m in h["members"]] for h in plan["households"]
                if h["flight"] == flight]

    # Everyone checks in: the manifest exported is the one that flies.
    _run(capsys, db, "checkin", full, *[c for h in members(full) for c in h])
    _, out = _run(capsys, db, "close", full)
    assert "Removed (no-show): nobody" in out
    assert "Manifest revision" not in out
    # A household does not come: revision 2, to be exported and handed over.
    present = members(partly)[1:]
    assert present, "the second flight needs two households"
    _run(capsys, db, "checkin", partly, *[c for h in present for c in h])
    _, out = _run(capsys, db, "close", partly)
    assert "Manifest revision 2 recorded: export the manifests again" in out
