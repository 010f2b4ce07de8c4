"""Before ``make run`` opens a window: can Qt load the platform plugin that draws it?

    python tools/qt_platform_check.py     # exit 0: go ahead; exit 1: one line on stderr

Qt draws windows on Linux through a platform plugin (``xcb`` for X11, ``wayland``), and
the plugins in the PySide6 wheel need system libraries a fresh machine may not have: Qt
then aborts with a message that names one package (``xcb-cursor0``) whatever is missing.
This check starts a child process that makes a ``QGuiApplication`` on the platform the
program would use; when that fails it asks ``ldd`` which libraries the plugin misses
(and looks for the ones Qt loads only at run time) and says in one line what to install,
with the Debian/Ubuntu and the Fedora package names. When nothing is missing it says why
Qt could not open a window instead (no display, most often).

Only the platforms that draw on a screen are checked: with ``QT_QPA_PLATFORM`` set to
``offscreen`` (the tests, screenshots) or another platform, nothing is needed.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

#: Platforms whose plugin this check knows (QT_QPA_PLATFORM names; wayland-egl too).
SCREEN_PLATFORMS = ("xcb", "wayland")
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
#: Libraries a plugin opens only when it starts (not in its ``ldd`` list).
LOADED_AT_START = {"xcb": ("libxcb-cursor.so.0",)}
#: Library -> (Debian/Ubuntu package, Fedora package).
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}
CHILD = ("import sys\nfrom PySide6.QtGui import QGuiApplication\n"
         "app = QGuiApplication(sys.argv[:1])\nprint(app.platformName())\n")
CHILD_SECONDS = 60


def platforms_to_check(env: Mapping[str, str]) -> list[str]:
    """The screen platforms Qt would try: QT_QPA_PLATFORM's names (a ';'-separated list,
    each perhaps with ':options'), or, unset, xcb (and wayland in a Wayland session)."""
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    if not wanted:
        return ["wayland", "xcb"] if env.get("WAYLAND_DISPLAY") else ["xcb"]
    found: list[str] = []
    for name in (part.split(":")[0].strip().lower() for part in wanted.split(";")):
        if not name:
            continue
        platform = next((p for p in SCREEN_PLATFORMS
                         if name == p or name.startswith(p + "-")), None)
        if platform is None:
            return []  # offscreen, minimal, vnc...: no screen, or Qt falls back to it
        if platform not in found:
            found.append(platform)
    return found


def missing_in_ldd(output: str) -> list[str]:
    """The libraries ``ldd`` could not find ("libxcb-icccm.so.4 => not found")."""
    found = re.findall(r"^\s*(\S+)\s+=>\s+not found", output, re.MULTILINE)
    return list(dict.fromkeys(found))


def install_line(missing: Sequence[str], platform: str) -> str:
    """One line: what is missing and the commands that install it on Debian/Ubuntu and
    Fedora (a library this check does not know is named as it is)."""
    debian = list(dict.fromkeys(PACKAGES[m][0] for m in missing if m in PACKAGES))
    fedora = list(dict.fromkeys(PACKAGES[m][1] for m in missing if m in PACKAGES))
    unknown = [m for m in missing if m not in PACKAGES]
    line = (f"Qt cannot open a window: its {platform} platform plugin needs system libraries "
            f"this machine lacks ({', '.join(missing)})")
    if debian:
        line += (f"; install them with: sudo apt-get install {' '.join(debian)} "
                 f"(Debian/Ubuntu) or sudo dnf install {' '.join(fedora)} (Fedora)")
    if unknown:
        line += f"; find the package{'s' if len(unknown) > 1 else ''} that provide " \
                f"{', '.join(unknown)} with apt-file search or dnf provides"
    return line


def no_window_line(platforms: Sequence[str], qt_said: str) -> str:
    said = f' (Qt said: "{qt_said}")' if qt_said else ""
    return (f"Qt cannot open a window on {' or '.join(platforms)}{said}; run it in a desktop "
            "session (DISPLAY or WAYLAND_DISPLAY set), or set QT_QPA_PLATFORM=offscreen to "
            "render screenshots without a screen")


#: Qt's lines that give no reason of their own: its blanket advice, whatever is missing.
_QT_ADVICE = ("xcb-cursor0", "Could not load the Qt platform plugin", "This application failed",
              "Available platform plugins", "Reinstalling the application")


def qt_message(stderr: str) -> str:
    """Qt's own reason, without its advice (it names xcb-cursor0 whatever is missing)."""
    for line in stderr.splitlines():
        line = line.strip()
        if line and not any(advice in line for advice in _QT_ADVICE):
            return re.sub(r"^(qt\.[\w.]+|error): ", "", line, flags=re.IGNORECASE)
    return ""


def plugin_folder() -> Path:
    """Qt's platform plugins in the PySide6 wheel (found without loading Qt, which may be
    what cannot load)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("make run: PySide6 is not installed in this Python; run make venv")
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"


def missing_libraries(platform: str, folder: Path) -> list[str]:
    """What the platform's plugin misses: ``ldd``'s "not found" and the libraries Qt opens
    at start that cannot be opened."""
    missing = []
    plugin = folder / PLUGIN_FILES[platform]
    ldd = shutil.which("ldd")
    if ldd and plugin.exists():
        run = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
        missing += missing_in_ldd(run.stdout)
    for library in LOADED_AT_START.get(platform, ()):
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(library)
    return list(dict.fromkeys(missing))


def check(env: Mapping[str, str]) -> str | None:
    """None when Qt can open a window (or needs no screen), else the one line to print."""
    platforms = platforms_to_check(env)
    if not platforms:
        return None
    try:
        child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                               env=dict(env), timeout=CHILD_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return None  # Qt did not answer; let the program itself try
    if child.returncode == 0:
        return None
    folder = plugin_folder()
    for platform in platforms:
        missing = missing_libraries(platform, folder)
        if missing:
            return install_line(missing, platform)
    return no_window_line(platforms, qt_message(child.stderr))


def main() -> int:
    problem = check(os.environ)
    if problem is None:
        return 0
    print(f"make run: {problem}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
