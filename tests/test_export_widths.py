"""Column widths of the printed manifests come from what the columns print, measured in
the workbook's font (Arial's advance widths): no key is ever narrower than its column."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.export.layout import Column, Kind, Sheet, fit_columns, format_value
from planner.export.text_width import BOLD, COVERED, REGULAR, lines_needed, text_chars


def test_the_table_is_arials() -> None:
    """A few advance widths every Arial-compatible font shares (thousandths of an em)."""
    widths = dict(zip(map(chr, COVERED), REGULAR, strict=True))
    bold = dict(zip(map(chr, COVERED), BOLD, strict=True))
    assert [widths[c] for c in "0 9-iWm/é"] == [556, 278, 556, 333, 222, 944, 833, 278, 556]
    assert [bold[c] for c in "0iW"] == [556, 278, 944]
    assert text_chars("2026-03-04") == (8 * 556 + 2 * 333) / 556
    assert text_chars("C-000045") < text_chars("PNH-26-00128") < text_chars("WWWWWWWWWWWW")
    assert text_chars("Ab", bold=True) > text_chars("Ab")


def test_other_scripts_count_wide_and_marks_count_nothing() -> None:
    assert text_chars("\u0e01") == 1000 / 556  # Thai: a full em, wider than any Latin letter
    assert text_chars("e\u0301") == text_chars("e")  # a combining accent takes no room


def test_lines_break_between_words_then_inside_a_long_word() -> None:
    assert lines_needed("", 10) == 1
    assert lines_needed("Nur Purnomo", 24) == 1
    assert lines_needed("MUHAMMAD RIZKY PRATAMA WIJAYAKUSUMA NUGROHO", 24) == 3
    assert lines_needed("a\nb\nc", 24) == 3
    word = "W" * 30  # 51 characters wide: three lines of 24
    assert lines_needed(word, 24) == 3
    assert lines_needed(f"Ab {word}", 24) == 4


def _sheet(columns: tuple[Column, ...], rows: list[tuple[object, ...]]) -> Sheet:
    return Sheet("S", "Title", (), columns, rows)


def test_a_key_longer_than_the_layout_widens_its_column() -> None:
    columns = (Column("No.", 4.5, Kind.NUMBER), Column("Case No", 9.5),
               Column("Full Name", 24, wrap=True), Column("Date of Birth", 11, Kind.DATE))
    rows = [(1, "PNH-26-00128", "Nur Purnomo", dt.date(1983, 8, 19)),
            (2, "KBRI/PNH/2026/000069", "Bunga Wijayakusumaningrat", dt.date(1984, 2, 7))]
    fitted = fit_columns(_sheet(columns, rows))
    widths = [c.width for c in fitted.columns]
    assert widths[0] == 4.5 and widths[3] == 11  # wide enough already: as laid out
    assert widths[1] == text_chars("KBRI/PNH/2026/000069")
    assert widths[2] == 24  # the name wraps, and its longest word fits
    assert [c.header for c in fitted.columns] == [c.header for c in columns]


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)


@given(st.lists(st.tuples(texts, texts, st.one_of(st.none(), st.integers(-10**9, 10**9)),
                          st.dates()), max_size=30),
       st.floats(1, 30), st.booleans())
def test_no_value_is_wider_than_its_column(rows: list[tuple[object, ...]], width: float,
                                           wrap: bool) -> None:
    columns = (Column("Case No", width), Column("Notes", width, wrap=wrap),
               Column("Age", width, Kind.NUMBER), Column("Date", width, Kind.DATE))
    fitted = fit_columns(_sheet(columns, rows))
    for column, laid_out in zip(fitted.columns, columns, strict=True):
        assert column.width >= laid_out.width
        assert column.width >= max(text_chars(w, bold=True) for w in column.header.split())
    for row in rows:
        for index, column in enumerate(fitted.columns):
            text = format_value(row[index])
            if column.wrap:
                assert all(text_chars(w) <= column.width + 1e-9 or text_chars(w) > 40
                           for w in text.split())
            else:
                assert all(text_chars(line) <= column.width + 1e-9
                           for line in text.split("\n"))
