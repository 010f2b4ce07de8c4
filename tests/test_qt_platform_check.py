"""``make run``'s check that Qt can load its platform plugin before a window opens, and its
one line naming the packages to install (tools/qt_platform_check.py)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_platform_check",
                                                  ROOT / "tools" / "qt_platform_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load()

LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f55)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f55)
\tlibxcb-icccm.so.4 => not found
\tlibfoo-extra.so.3 => not found
"""


@pytest.mark.parametrize(("env", "platforms"), [
    ({}, ["xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen"}, []),
    ({"QT_QPA_PLATFORM": "minimal"}, []),
    ({"QT_QPA_PLATFORM": "xcb"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland-egl"}, ["wayland"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb;offscreen"}, []),
    ({"QT_QPA_PLATFORM": "  "}, ["xcb"]),
])
def test_only_platforms_that_draw_on_a_screen_are_checked(env: dict[str, str],
                                                          platforms: list[str]) -> None:
    assert check.platforms_to_check(env) == platforms


def test_ldd_not_found_lines_are_the_missing_libraries() -> None:
    assert check.missing_in_ldd(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                         "libfoo-extra.so.3"]
    assert check.missing_in_ldd("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") == []


def test_one_line_names_the_packages_of_debian_and_fedora() -> None:
    line = check.install_line(["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                               "libxcb-cursor.so.0", "libxcb-shape.so.0",
                               "libxcb-randr.so.0"], "xcb")
    assert "\n" not in line
    assert "xcb platform plugin" in line
    assert ("sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 "
            "libxcb-shape0 libxcb-randr0 (Debian/Ubuntu)") in line
    # Fedora packs several xcb libraries in one package: named once.
    assert ("sudo dnf install xcb-util-wm xcb-util-keysyms xcb-util-cursor libxcb "
            "(Fedora)") in line


def test_a_library_without_a_known_package_is_named_as_it_is() -> None:
    line = check.install_line(["libxcb-icccm.so.4", "libfoo-extra.so.3"], "xcb")
    assert "libxcb-icccm4" in line and "libfoo-extra.so.3 with apt-file search" in line
    alone = check.install_line(["libfoo-extra.so.3"], "xcb")
    assert "apt-get" not in alone and "libfoo-extra.so.3" in alone


def test_qt_advice_is_left_out_of_its_reason() -> None:
    said = ("qt.qpa.xcb: could not connect to display :0\n"
            "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the "
            "Qt xcb platform plugin.\n"
            "qt.qpa.plugin: Could not load the Qt platform plugin \"xcb\" in \"\" even though "
            "it was found.\n")
    assert check.qt_message(said) == "could not connect to display :0"
    assert check.qt_message(said.split("\n", 1)[1]) == ""


class _Ran:
    def __init__(self, code: int, stderr: str = "") -> None:
        self.returncode, self.stderr, self.stdout = code, stderr, ""


def test_offscreen_starts_no_child(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("no child process for offscreen")

    monkeypatch.setattr(check.subprocess, "run", refuse)
    assert check.check({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_a_failed_start_is_explained_by_what_the_plugin_misses(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check.subprocess, "run", lambda *a, **k: _Ran(-6, "qt.qpa.plugin: x"))
    monkeypatch.setattr(check, "missing_libraries",
                        lambda platform, folder: ["libxcb-icccm.so.4"])
    line = check.check({"QT_QPA_PLATFORM": "xcb"})
    assert line is not None and "sudo apt-get install libxcb-icccm4" in line
    monkeypatch.setattr(check, "missing_libraries", lambda platform, folder: [])
    monkeypatch.setattr(check.subprocess, "run", lambda *a, **k: _Ran(
        -6, "qt.qpa.xcb: could not connect to display \n"))
    line = check.check({"QT_QPA_PLATFORM": "xcb"})
    assert line is not None and 'Qt said: "could not connect to display"' in line
    assert "QT_QPA_PLATFORM=offscreen" in line
    monkeypatch.setattr(check.subprocess, "run", lambda *a, **k: _Ran(0))
    assert check.check({}) is None


def test_the_real_check_on_this_machine() -> None:
    """Through make, as an officer runs it: offscreen passes silently; xcb either starts
    or fails with one line that names every library ldd finds missing here."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    quiet = subprocess.run([make, "--no-print-directory", "qt-check"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    assert quiet.returncode == 0 and quiet.stderr == "", quiet.stderr
    env["QT_QPA_PLATFORM"] = "xcb"
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "qt_platform_check.py")],
                         env=env, capture_output=True, text=True, timeout=300)
    missing = check.missing_libraries("xcb", check.plugin_folder())
    if run.returncode == 0:
        assert run.stderr == "" and not missing
        return
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("make run: Qt cannot open a window")
    for library in missing:
        assert library in lines[0]
    if missing:
        assert "sudo apt-get install" in lines[0] and "sudo dnf install" in lines[0]
