"""Headers the vocabulary does not list, read by their words, word parts and near spellings.

``headers.recognise`` knows a header whose folded key the vocabulary lists. This module
weighs the others. Each word of a header counts by what it says: a word that only one
field's listed headers use (``tppo``, ``keluarga``, ``siap``) counts most, a word several
fields share less, a generic word (``tanggal``, ``no``, ``status``) little and a linking
word (``to``, ``untuk``, ``Y/T``) hardly at all; a word the vocabulary does not know counts
against. A header is compared with every listed header of a field by the weight of the
words both have over the weight of the words either has (a weighted Jaccard index), so
``Indikasi TPPO`` is near ``TPPO`` and ``Tgl Siap Berangkat`` near ``Siap Berangkat``.

A word the vocabulary does not know is first split into words it knows (``tgllahir``,
``NoKK``, ``dateofbirth``), else read as the known word within a small edit distance
(``Kewarganegaran``, ``pregnent``). Headers that name something else than a field
(``Umur``, ``Alamat``, ``Nama Ayah``) are told apart by ``other_meaning``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from planner.fields import when_changed
from planner.importing.header_keys import header_keys, header_words, without_brackets
from planner.importing.record_kinds import KINDS, SheetKind
from planner.importing.vocabulary import (
    GENERIC_HEADER_WORDS,
    HEADER_WORD_ALIASES,
    LINKING_HEADER_WORDS,
    NOISE_WORDS,
    OTHER_PERSON_HEADER_WORDS,
    OTHER_PERSON_HEADERS,
)
from solvers.reasons import Reason

#: A field is a candidate from this score on (0 to 1).
CANDIDATE_SCORE = 0.3
#: Words of a header read as another known word from this length on, at one edit (two
#: from ``TWO_EDITS_FROM``).
ONE_EDIT_FROM = 5
TWO_EDITS_FROM = 9


@dataclass(frozen=True)
class HeaderGuess:
    """A field a header's words suggest."""

    field: str
    #: 0 to 1: the weighted share of words the header has in common with ``like``.
    score: float
    #: The listed header it is nearest to.
    like: str
    #: The header's words as read (spelling slips corrected, joined words split).
    read_as: str

    @property
    def evidence(self) -> Reason:
        return Reason("header_reads_like", {"like": self.like})

    @property
    def evidence_for_field(self) -> Reason:
        """The evidence naming the field it suggests."""
        return Reason("header_reads_like_field", {"like": self.like, "field": self.field})


@dataclass(frozen=True)
class _Vocabulary:
    #: field -> (its listed headers' words, the listed header)
    listed: dict[str, list[tuple[frozenset[str], str]]]
    #: word -> the fields whose listed headers use it
    fields_of: dict[str, frozenset[str]]
    known: frozenset[str]
    by_length: dict[int, tuple[str, ...]]


@cache
def _vocabulary(kind: SheetKind) -> _Vocabulary:
    spec = KINDS[kind]
    listed: dict[str, list[tuple[frozenset[str], str]]] = {}
    fields_of: dict[str, set[str]] = {}
    names = {f: (f.replace("_", " "),) for f in spec.fields}
    for field_name, words in (*names.items(), *spec.headers.items()):
        for text in words:
            folded = frozenset(header_words(text))
            if not folded:
                continue
            listed.setdefault(field_name, []).append((folded, text))
            for word in folded:
                fields_of.setdefault(word, set()).add(field_name)
    known = set(fields_of) | GENERIC_HEADER_WORDS | LINKING_HEADER_WORDS | NOISE_WORDS
    known |= set(HEADER_WORD_ALIASES) | set(HEADER_WORD_ALIASES.values())
    if kind is SheetKind.PERSONS:
        known |= set(OTHER_PERSON_HEADER_WORDS)
        for texts in OTHER_PERSON_HEADERS.values():
            for text in texts:
                known |= set(header_words(text))
    by_length: dict[int, list[str]] = {}
    for word in known:
        by_length.setdefault(len(word), []).append(word)
    return _Vocabulary(listed, {w: frozenset(f) for w, f in fields_of.items()},
                       frozenset(known), {n: tuple(sorted(w)) for n, w in by_length.items()})


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (a swap of neighbours is one edit), or
    ``limit + 1`` as soon as it is certain to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _split(word: str, known: frozenset[str], parts: int = 3) -> list[str] | None:
    """``word`` as known words written together (``tgllahir``), fewest pieces first."""
    if word in known:
        return [word]
    if parts <= 1:
        return None
    for cut in range(len(word) - 2, 1, -1):
        head = word[:cut]
        if head in known:
            rest = _split(word[cut:], known, parts - 1)
            if rest is not None:
                return [head, *rest]
    return None


def _meaningful(word: str, vocabulary: _Vocabulary) -> bool:
    """A word that can begin or end a header written as one word (not "an", "of")."""
    word = HEADER_WORD_ALIASES.get(word, word)
    return word in vocabulary.fields_of or word in GENERIC_HEADER_WORDS


@lru_cache(maxsize=8192)
def _nearest_word(word: str, kind: SheetKind) -> str | None:
    return _nearest(word, _vocabulary(kind))


def _nearest(word: str, vocabulary: _Vocabulary) -> str | None:
    """The one known word within the allowed edits of ``word``; None if none or several.
    Slips keep a word's first letter (or its second): only such words are compared."""
    if len(word) < ONE_EDIT_FROM or word.isdigit():
        return None
    limit = 2 if len(word) >= TWO_EDITS_FROM else 1
    best: list[tuple[int, str]] = []
    for length in range(len(word) - limit, len(word) + limit + 1):
        for candidate in vocabulary.by_length.get(length, ()):
            if len(candidate) < ONE_EDIT_FROM or (
                    candidate[0] != word[0] and candidate[1] != word[1]):
                continue
            distance = edit_distance(word, candidate, limit)
            if distance <= limit:
                best.append((distance, candidate))
    if not best:
        return None
    best.sort()
    closest = [w for d, w in best if d == best[0][0]]
    if len({vocabulary.fields_of.get(w, frozenset()) for w in closest}) > 1:
        return None  # as near to words of different fields: no reading
    return closest[0]


_VOWELS = frozenset("aeiou")


def _skeleton(word: str) -> str:
    return word[0] + "".join(c for c in word[1:] if c not in _VOWELS)


def _abbreviated(word: str, vocabulary: _Vocabulary) -> str | None:
    """The known word ``word`` abbreviates, when all such words name one field: a
    beginning (``fam`` for family) or the consonants (``grp`` for group, ``hml``)."""
    if len(word) < 3 or word.isdigit():
        return None
    found = [k for k in vocabulary.fields_of if len(k) > len(word) and (
        k.startswith(word) or (not _VOWELS & set(word[1:]) and _skeleton(k) == word))]
    fields = {vocabulary.fields_of[k] for k in found}
    if len(fields) != 1 or len(next(iter(fields))) != 1:
        return None
    return min(found, key=lambda k: (len(k), k))


def _read(words: list[str], vocabulary: _Vocabulary, kind: SheetKind) -> list[str]:
    read: list[str] = []
    for word in words:
        if word in vocabulary.known or word.isdigit() or len(word) < 3:
            read.append(word)
            continue
        pieces = _split(word, vocabulary.known) if len(word) >= 4 else None
        if pieces is not None and len(pieces) > 1 and _meaningful(pieces[0], vocabulary) \
                and _meaningful(pieces[-1], vocabulary):
            read += [HEADER_WORD_ALIASES.get(p, p) for p in pieces if p not in NOISE_WORDS]
            continue
        read.append(_nearest_word(word, kind) or _abbreviated(word, vocabulary) or word)
    return read


def _weight(word: str, vocabulary: _Vocabulary) -> float:
    if word in LINKING_HEADER_WORDS:
        return 0.1
    if word in GENERIC_HEADER_WORDS:
        return 0.3
    fields = vocabulary.fields_of.get(word)
    if not fields:
        return 0.5
    return 1.5 if len(fields) == 1 else 1.0


@lru_cache(maxsize=4096)
def read_header(header: str, kind: SheetKind) -> tuple[str, ...]:
    """The words of a header as this module reads them (corrected and split)."""
    vocabulary = _vocabulary(kind)
    return tuple(_read(header_words(without_brackets(header)) or header_words(header),
                       vocabulary, kind))


@lru_cache(maxsize=4096)
def guess_header(header: str, kind: SheetKind) -> tuple[HeaderGuess, ...]:
    """The fields a header's words suggest, best first (only those scoring at least
    ``CANDIDATE_SCORE``)."""
    vocabulary = _vocabulary(kind)
    words = frozenset(read_header(header, kind))
    if not words or not any(w in vocabulary.fields_of for w in words):
        return ()
    weights = {w: _weight(w, vocabulary) for w in words}
    total = sum(weights.values())
    guesses: list[HeaderGuess] = []
    for field_name, listed in vocabulary.listed.items():
        best: tuple[float, str] | None = None
        for listed_words, text in listed:
            shared = sum(weights[w] for w in words & listed_words)
            if not shared:
                continue
            union = total + sum(_weight(w, vocabulary) for w in listed_words - words)
            score = shared / union
            if best is None or score > best[0]:
                best = (score, text)
        # Every meaningful word naming the field, though no listed header has them all
        # ("Household/Group", "Bisa pulang mulai").
        naming = [w for w in words if field_name in vocabulary.fields_of.get(w, ())]
        if best is not None and any(weights[w] > 0.3 for w in naming):
            coverage = 0.9 * sum(weights[w] for w in naming) / total
            if coverage > best[0]:
                best = (coverage, best[1])
        if best is not None and best[0] >= CANDIDATE_SCORE:
            guesses.append(HeaderGuess(field_name, round(best[0], 3), best[1],
                                       " ".join(sorted(words))))
    guesses.sort(key=lambda g: (-g.score, g.field))
    return tuple(guesses)


@cache
def _other_keys() -> dict[str, str]:
    """Header key -> what the column holds, for the headers of columns no field takes."""
    return {header_keys(text)[0]: meaning for meaning, texts in OTHER_PERSON_HEADERS.items()
            for text in texts}


@lru_cache(maxsize=4096)
def other_meaning(header: str, kind: SheetKind) -> str | None:
    """What a column holds that no field takes ("ages", "addresses"), by its header."""
    if kind is not SheetKind.PERSONS or not header:
        return None
    known = _other_keys()
    for key in header_keys(header):
        if key in known:
            return known[key]
    # A word such as "umur" or "alamat" makes the header another thing, unless words that
    # name a single field weigh more ("Nama sesuai KTP" is a name; "Alamat Tujuan" and
    # "Umur Kehamilan" are not).
    vocabulary = _vocabulary(kind)
    words = read_header(header, kind)
    others = [w for w in words if w in OTHER_PERSON_HEADER_WORDS]
    if not others:
        return None
    naming = sum(1.5 for w in words if len(vocabulary.fields_of.get(w, ())) == 1
                 and w not in GENERIC_HEADER_WORDS and w not in OTHER_PERSON_HEADER_WORDS)
    if naming > 1.5 * len(others):
        return None
    return OTHER_PERSON_HEADER_WORDS[others[0]]


@when_changed
def _forget() -> None:
    """The registry's fields changed: read headers against the new ones."""
    for cached in (_vocabulary, _nearest_word, read_header, guess_header, other_meaning):
        cached.cache_clear()
