"""Phone numbers placed for an SMS gateway (planner/phone_numbers.py): a number is written
with a country code only when its country is known, never guessed (a review's findings of
4 December: a national number whose 0 a spreadsheet dropped read as a Japanese number, the
prefix 00 read as a trunk 0, a '(0)' after the country code kept)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.phone_numbers import PLANS, international


@pytest.mark.parametrize(("written", "placed"), [
    ("087129262708", "+6287129262708"),          # Indonesian mobile, national form
    ("+855 89 258 840", "+85589258840"),          # international form kept
    ("628123456789", "+628123456789"),            # '+' dropped by a spreadsheet
    ("85589258840", "+85589258840"),
    ("0062 812 345 678", "+62812345678"),         # the international prefix 00
    ("00855 89 258 840", "+85589258840"),
    ("+62 (0)812 3456 7890", "+6281234567890"),   # '(0)' after the country code
    ("+62 812-3456-789", "+628123456789"),
    ("81234567890", None),                        # national, its 0 dropped: not Japan
    ("96 123 4567", None),                        # Cambodian, its 0 dropped: not Lebanon
    ("0812 333 444", None),                       # as long as a number of both countries
    ("0062 0812 345 678", None),                  # a trunk 0 after the country code
    ("12-34", None),
])
def test_numbers_placed_only_where_their_country_is_known(written: str,
                                                           placed: str | None) -> None:
    assert international(written, "IDN", "KHM") == placed


@given(st.sampled_from(sorted(PLANS)), st.sampled_from(sorted(PLANS)),
       st.text(alphabet="0123456789 +-()", min_size=1, max_size=18))
def test_a_placed_number_is_plus_and_digits_of_a_known_country_or_written_so(
        nationality: str, here: str, written: str) -> None:
    placed = international(written, nationality, here)
    if placed is None:
        return
    assert placed.startswith("+") and placed[1:].isdigit() and placed[1] != "0"
    if not (written.strip().lstrip("(").startswith("+")
            or "".join(c for c in written if c.isdigit()).startswith("00")):
        # Without '+' or 00 the code is the person's or the operation's country's.
        codes = {PLANS[nationality].calling_code, PLANS[here].calling_code}
        assert any(placed[1:].startswith(code) for code in codes), (written, placed)
