"""The filter of added keys never says "certainly not" for a key it holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.importing.key_filter import KeyFilter


@given(st.lists(st.integers(-(2**63), 2**63 - 1), min_size=1, max_size=200))
def test_no_false_negatives(hashes: list[int]) -> None:
    keys = KeyFilter()
    keys.add(hashes)
    assert all(keys.may_hold_any([h]) for h in hashes)


def test_mostly_true_negatives() -> None:
    keys = KeyFilter()
    keys.add(hash(("case", f"C-{n:06d}")) for n in range(100_000))
    wrong = sum(keys.may_hold_any([hash(("case", f"X-{n:06d}"))]) for n in range(20_000))
    assert wrong < 200  # under 1 % answered "maybe" for keys never added
