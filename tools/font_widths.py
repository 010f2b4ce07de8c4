"""Print the advance widths table of ``planner/export/text_width.py`` from a font's files.

    python tools/font_widths.py /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf \
        /usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf

The workbook names Arial; Liberation Sans (what LibreOffice shows for Arial on Linux)
has the same advance widths by design, so either font's files give the same table. The
widths are in thousandths of the font size, for the characters the table covers
(``text_width.COVERED``); the output replaces ``REGULAR`` and ``BOLD`` in the module.
"""

from __future__ import annotations

import sys
import textwrap

from PySide6.QtGui import QGuiApplication, QRawFont

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from planner.export.text_width import COVERED  # noqa: E402


def widths(path: str) -> list[int]:
    font = QRawFont(path, 1000.0)
    if not font.isValid():
        raise SystemExit(f"font_widths: cannot read the font {path}")
    advances = []
    for code in COVERED:
        glyphs = font.glyphIndexesForString(chr(code))
        advances.append(round(font.advancesForGlyphIndexes(glyphs)[0].x()))
    return advances


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    _application = QGuiApplication(["font_widths"])
    for name, path in zip(("REGULAR", "BOLD"), argv, strict=True):
        numbers = ", ".join(str(w) for w in widths(path))
        body = textwrap.fill(numbers, 88, initial_indent="    ", subsequent_indent="    ")
        print(f"{name} = (\n{body},\n)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
