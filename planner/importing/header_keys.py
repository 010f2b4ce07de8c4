"""Headers folded into comparable keys: case, punctuation, abbreviations, word order."""

from __future__ import annotations

import re

from planner.importing.vocabulary import HEADER_WORD_ALIASES, NOISE_WORDS


def _words(text: str) -> list[str]:
    text = text.lower().replace("#", " # ").replace("&", " and ")
    words = re.findall(r"[^\W_]+|#", text)
    return [HEADER_WORD_ALIASES.get(w, w) for w in words if w not in NOISE_WORDS]


def header_keys(text: str) -> tuple[str, ...]:
    """The keys a header is compared by: as written, then without bracketed text.

    ``Tgl. Lahir``, ``TANGGAL LAHIR`` and ``Lahir, Tanggal`` give the same key, and
    ``Tanggal Lahir (dd/mm/yyyy)`` gives it as its second key.
    """
    keys: list[str] = []
    for variant in (text, re.sub(r"[(\[{].*?[)\]}]", " ", text)):
        key = " ".join(sorted(_words(variant)))
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)
