"""Install every dependency at the floor pyproject.toml declares, in a throwaway venv, and
run a quick import and a few tests there: are the floors true?

    python3 tools/floors.py            # make floors

The constraints are read from pyproject.toml itself, so a floor raised there is the floor
checked here: ``name>=1.2.3`` becomes ``name==1.2.3``; a floor of one or two parts
(``>=4``, ``>=9.12``) becomes that series' releases (``==4.0.*``, ``==9.12.*``: pip takes
the newest patch of it), since ortools, for one, never published a plain 9.12. It downloads what pip's cache lacks, so it
is a make target of its own, not part of ``make test``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Tests that reach the floors' features: np.strings (snapshots, the record table) and the
#: HiGHS callbacks (the MIP method), and an import of a roster.
TESTS = ["tests/test_table_snapshots.py", "tests/test_solver_scaled.py",
         "tests/test_import_formats.py"]


def floors(requirements: list[str]) -> list[str]:
    """A pip constraint pinning each requirement with a ``>=`` floor (extras dropped)."""
    pinned = []
    for requirement in requirements:
        match = re.match(r"([A-Za-z0-9_.-]+)(\[[^]]*\])?\s*>=\s*([^,;\s]+)", requirement)
        if match:
            parts = match.group(3).split(".")
            version = ".".join(parts) if len(parts) > 2 else ".".join([*parts, "0"][:2]) + ".*"
            pinned.append(f"{match.group(1)}=={version}")
    return pinned


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = floors(project["dependencies"] + project["optional-dependencies"]["test"])
    with tempfile.TemporaryDirectory(prefix="evacplan-floors-") as folder:
        venv = Path(folder) / "venv"
        python = venv / "bin" / "python"
        constraints = Path(folder) / "floors.txt"
        constraints.write_text("\n".join(pinned) + "\n", encoding="utf-8")
        print("floors:", " ".join(pinned))
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "-c", str(constraints),
                        "-e", f"{ROOT}[test]"], check=True)
        subprocess.run([python, "-c", "import planner.cli, solvers.mip, ui.app"], check=True,
                       env={"QT_QPA_PLATFORM": "offscreen"})
        return subprocess.run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
                              cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen"}).returncode


if __name__ == "__main__":
    sys.exit(main())
