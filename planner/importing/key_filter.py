"""A fixed-size filter of the keys an import has added (a Bloom filter).

It answers "certainly not added" or "maybe added" for a key hash, in 2 MiB whatever the
size of the file, so that a row whose keys were certainly not added by this import need
not be looked up in the database. A "maybe" that is wrong (about one key in a thousand
for a 100,000-person roster) only costs a lookup.
"""

from __future__ import annotations

from collections.abc import Iterable

_SPOT_BITS = 24
_SPOT_MASK = (1 << _SPOT_BITS) - 1
_WORD = 0xFFFF_FFFF_FFFF_FFFF


class KeyFilter:
    def __init__(self) -> None:
        self.bits = bytearray(1 << (_SPOT_BITS - 3))

    @staticmethod
    def _spots(key_hash: int) -> tuple[int, int]:
        value = key_hash & _WORD
        return value & _SPOT_MASK, (value >> _SPOT_BITS) & _SPOT_MASK

    def add(self, hashes: Iterable[int]) -> None:
        bits = self.bits
        for key_hash in hashes:
            for spot in self._spots(key_hash):
                bits[spot >> 3] |= 1 << (spot & 7)

    def may_hold_any(self, hashes: Iterable[int]) -> bool:
        bits = self.bits
        for key_hash in hashes:
            first, second = self._spots(key_hash)
            if bits[first >> 3] & (1 << (first & 7)) and bits[second >> 3] & (1 << (second & 7)):
                return True
        return False
