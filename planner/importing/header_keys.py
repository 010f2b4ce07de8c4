"""Headers folded into comparable keys: case, punctuation, abbreviations, word order."""

from __future__ import annotations

import re

from planner.importing.vocabulary import HEADER_WORD_ALIASES, NOISE_WORDS

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def header_words(text: str) -> list[str]:
    """The words of a header, folded: split on spaces, punctuation (``/ ( . #``) and case
    changes (``DateOfBirth``), abbreviations unified, noise words dropped."""
    text = _CAMEL.sub(" ", text).lower().replace("#", " # ").replace("&", " and ")
    words = re.findall(r"[^\W_]+|#", text)
    return [HEADER_WORD_ALIASES.get(w, w) for w in words if w not in NOISE_WORDS]


def without_brackets(text: str) -> str:
    """A header without its bracketed text: ``Tanggal Lahir`` for ``Tanggal Lahir (dd/mm)``."""
    return re.sub(r"[(\[{].*?[)\]}]", " ", text)


def header_keys(text: str) -> tuple[str, ...]:
    """The keys a header is compared by: as written, then without bracketed text.

    ``Tgl. Lahir``, ``TANGGAL LAHIR`` and ``Lahir, Tanggal`` give the same key, and
    ``Tanggal Lahir (dd/mm/yyyy)`` gives it as its second key.
    """
    keys: list[str] = []
    for variant in (text, without_brackets(text)):
        key = " ".join(sorted(header_words(variant)))
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)
