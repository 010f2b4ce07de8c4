"""How wide text prints in the workbook's font, without Qt: the advance widths of Arial.

The manifests workbook sets its cells in Arial 10 (``xlsx_stream``); Excel shows Arial,
LibreOffice on Linux shows Liberation Sans, whose advance widths are Arial's by design.
A column's width in a workbook counts characters of the widest digit (0.556 em in
Arial), so a value's width in those characters is its advance width over a digit's.
The table covers ASCII and Latin-1 and Latin Extended-A (Indonesian, Malay and most
European names); any other character counts as a full em, wider than any it covers,
so an unknown script makes a column too wide rather than cut. ``tools/font_widths.py``
makes the table again from a font's files.
"""

from __future__ import annotations

import unicodedata

#: The characters of the tables, in order.
COVERED = (*range(0x20, 0x7F), *range(0xA0, 0x180))
#: Advance widths in thousandths of the font size (Liberation Sans 2.1, Arial's metrics).
REGULAR = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015,
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778,
    722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556,
    500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537,
    333, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000,
    722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584,
    778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556,
    556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556,
    556, 556, 556, 500, 556, 500, 667, 556, 667, 556, 667, 556, 722, 500, 722, 500, 722,
    500, 722, 500, 722, 615, 722, 556, 667, 556, 667, 556, 667, 556, 667, 556, 667, 556,
    778, 556, 778, 556, 778, 556, 778, 556, 722, 556, 722, 556, 278, 278, 278, 278, 278,
    278, 278, 222, 278, 278, 735, 444, 500, 222, 667, 500, 500, 556, 222, 556, 222, 556,
    292, 556, 334, 556, 222, 722, 556, 722, 556, 722, 556, 604, 723, 556, 778, 556, 778,
    556, 778, 556, 1000, 944, 722, 333, 722, 333, 722, 333, 667, 500, 667, 500, 667,
    500, 667, 500, 611, 278, 611, 375, 611, 278, 722, 556, 722, 556, 722, 556, 722, 556,
    722, 556, 722, 556, 944, 722, 667, 500, 667, 611, 500, 611, 500, 611, 500, 222,
)
BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722,
    722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722,
    667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556,
    611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333,
    611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 278, 333, 556, 556, 556, 556, 280,
    556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 333,
    333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722,
    667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778,
    722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556,
    556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611,
    611, 611, 556, 611, 556, 722, 556, 722, 556, 722, 556, 722, 556, 722, 556, 722, 556,
    722, 556, 722, 719, 722, 611, 667, 556, 667, 556, 667, 556, 667, 556, 667, 556, 778,
    611, 778, 611, 778, 611, 778, 611, 722, 611, 722, 611, 278, 278, 278, 278, 278, 278,
    278, 278, 278, 278, 785, 556, 556, 278, 722, 556, 556, 611, 278, 611, 278, 611, 385,
    611, 479, 611, 278, 722, 611, 722, 611, 722, 611, 708, 723, 611, 778, 611, 778, 611,
    778, 611, 1000, 944, 722, 389, 722, 389, 722, 389, 667, 556, 667, 556, 667, 556,
    667, 556, 611, 333, 611, 479, 611, 333, 722, 611, 722, 611, 722, 611, 722, 611, 722,
    611, 722, 611, 944, 778, 667, 556, 667, 611, 500, 611, 500, 611, 500, 278,
)
#: Width of a character the tables do not cover.
UNKNOWN = 1000
#: One workbook width unit: the widest digit, in thousandths of the font size.
DIGIT = 556

#: Digits are all one width in both weights: texts that differ only in their digits
#: (case numbers, dates, phones) are as wide as each other.
SAME_WIDTH = str.maketrans("123456789", "000000000")


class _Widths(dict[str, int]):
    """Character -> advance width, filled from a table; other characters on first use."""

    def __init__(self, table: tuple[int, ...]) -> None:
        super().__init__((chr(code), width) for code, width in zip(COVERED, table, strict=True))

    def __missing__(self, char: str) -> int:
        width = 0 if unicodedata.combining(char) or unicodedata.category(char) in (
            "Cf", "Mn", "Me") else UNKNOWN
        self[char] = width
        return width


_WIDTHS = {False: _Widths(REGULAR), True: _Widths(BOLD)}


def text_chars(text: str, bold: bool = False) -> float:
    """The width of one line of ``text`` in workbook characters (widest digits)."""
    return sum(map(_WIDTHS[bold].__getitem__, text)) / DIGIT


def widest_word(text: str, bold: bool = False) -> float:
    """The width of the longest word of ``text`` (what a wrapping cell cannot break)."""
    return max((text_chars(word, bold) for word in text.split()), default=0.0)


def lines_needed(text: str, width: float, bold: bool = False) -> int:
    """Lines a cell ``width`` characters wide wraps ``text`` into, broken between words as
    a spreadsheet does, and inside a word only when the word alone is wider than the cell."""
    width = max(width, 1.0)
    space = text_chars(" ", bold)
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split():
            size = text_chars(word, bold)
            if used and used + space + size <= width:
                used += space + size
                continue
            if used:
                lines += 1
            while size > width:  # a word wider than the cell breaks anywhere
                lines += 1
                size -= width
            used = size
        total += lines
    return total
