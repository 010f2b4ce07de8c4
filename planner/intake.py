"""The intake desk's duplicate search (SPEC 8.2, issue 17): possible duplicates of a person
being registered, found while the officer types, in well under a keystroke's time on a
150,000-person operation.

The index is built once from the roster (``load_index``) and kept up to date with each
registration (``DuplicateIndex.add``). A person already registered is a possible
duplicate when:

- the passport number is the same (case and spaces ignored);
- the name reads the same and the date of birth is the same;
- the name reads the same and the household is the same;

where two names "read the same" when the words of one are all words of the other, each
word compared by its sound key (``sound_key``): old and new Indonesian spellings
(Soekarno/Sukarno, Djoko/Joko, Tjahjo/Cahyo), doubled letters and silent h
(Muhammad/Muhamad/Mohammad), so that a single-name Indonesian ("Sukarni") matches the
same person written with a father's name or the name twice ("Sukarni binti Rasyid",
"SUKARNI SUKARNI"). Words such as "binti", "bin" and the "FNU"/"LNU" of passports that
stand for a missing name are left out.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Household, Person
from planner.importing.values import ValueProblem, parse_document_status

#: Words that are not a name of their own: "son/daughter of", and the passport's marks for
#: a missing first or last name.
FILLER_WORDS = frozenset({"bin", "binti", "bt", "bte", "fnu", "lnu", "alias", "als"})
#: Old (van Ophuijsen, Republican) spellings read as today's, longest first.
#: Before 1972 "dj" was written for j, "j" for y, "tj" for c, "ch" for kh (Achmad, Chairul);
#: j and y are taken alike below, as a "j" may be of either spelling.
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"),
              ("ch", "h"), ("kh", "h"), ("ph", "f"))
#: Letters that sound alike in names, after the h is gone.
_ALIKE = (("q", "k"), ("z", "s"), ("v", "f"), ("w", "u"), ("j", "i"), ("y", "i"), ("e", "a"),
          ("o", "u"))
_NOT_LETTER = re.compile(r"[^a-z]+")
#: At most this many possible duplicates are shown.
LIMIT = 8


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """How a name word sounds, for comparing spellings: old spellings made new, h left
    out after a letter, doubled letters single, similar vowels alike."""
    text = _NOT_LETTER.sub("", _plain(word))
    if not text:
        return ""
    for old, new in _SPELLINGS:
        text = text.replace(old, new)
    text = text[0] + text[1:].replace("h", "")
    for old, new in _ALIKE:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@functools.lru_cache(maxsize=65536)
def name_words(full_name: str) -> frozenset[str]:
    """The sound keys of a name's words, without the filler words."""
    words = (_NOT_LETTER.sub("", w) for w in _plain(full_name).split())
    return frozenset(sound_key(w) for w in words if w and w not in FILLER_WORDS) - {""}


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Every word of one name is a word of the other (a single name inside a longer one)."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def passport_key(passport: str | None) -> str:
    return re.sub(r"\s+", "", passport or "").upper()


@dataclass(frozen=True)
class Candidate:
    person_id: int
    case_no: str
    full_name: str
    date_of_birth: dt.date | None
    passport_no: str | None
    household: str | None
    #: Why it may be the same person: "passport", "name_and_birth", "name_and_household".
    why: tuple[str, ...]


@dataclass
class _Entry:
    person_id: int
    case_no: str
    full_name: str
    words: frozenset[str]
    born: dt.date | None
    passport: str
    household: str | None


@dataclass
class DuplicateIndex:
    """Persons by passport, date of birth and household, for ``find``."""

    entries: list[_Entry] = field(default_factory=list)
    by_passport: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_birth: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_household: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_case: dict[str, int] = field(default_factory=dict)

    #: Entries of persons deleted since the index was read (a registration undone).
    removed: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.entries) - len(self.removed)

    def remove(self, person_id: int) -> bool:
        """Forget the person (deleted, or a registration undone); False if not indexed."""
        index = next((i for i, e in enumerate(self.entries)
                      if e.person_id == person_id and i not in self.removed), None)
        if index is None:
            return False
        entry = self.entries[index]
        self.removed.add(index)
        if self.by_case.get(entry.case_no.upper()) == index:
            del self.by_case[entry.case_no.upper()]
        for table, key in ((self.by_passport, entry.passport),
                           (self.by_household, (entry.household or "").casefold())):
            if key and index in table.get(key, ()):
                table[key].remove(index)
        if entry.born is not None and index in self.by_birth.get(entry.born, ()):
            self.by_birth[entry.born].remove(index)
        return True

    def add(self, person_id: int, case_no: str, full_name: str, born: dt.date | None,
            passport: str | None, household: str | None) -> None:
        entry = _Entry(person_id, case_no, full_name, name_words(full_name), born,
                       passport_key(passport), household or None)
        index = len(self.entries)
        self.entries.append(entry)
        self.by_case[case_no.upper()] = index
        if entry.passport:
            self.by_passport[entry.passport].append(index)
        if born is not None:
            self.by_birth[born].append(index)
        if entry.household:
            self.by_household[entry.household.casefold()].append(index)

    def find(self, full_name: str = "", born: dt.date | None = None,
             passport: str | None = None, household: str | None = None) -> list[Candidate]:
        """The possible duplicates of what is typed so far, passport matches first."""
        words = name_words(full_name)
        found: dict[int, list[str]] = {}
        key = passport_key(passport)
        if len(key) >= 5:
            for index in self.by_passport.get(key, ()):
                found.setdefault(index, []).append("passport")
        if born is not None and words:
            for index in self.by_birth.get(born, ()):
                if same_name(words, self.entries[index].words):
                    found.setdefault(index, []).append("name_and_birth")
        if household and words:
            for index in self.by_household.get(household.strip().casefold(), ()):
                if same_name(words, self.entries[index].words):
                    found.setdefault(index, []).append("name_and_household")
        ranked = sorted(found, key=lambda i: ("passport" not in found[i], -len(found[i]), i))
        return [self._candidate(i, tuple(found[i])) for i in ranked[:LIMIT]]

    def person(self, case_no: str) -> Candidate | None:
        """The person whose case number is ``case_no`` (a scanned tag), if registered."""
        index = self.by_case.get(case_no.strip().upper())
        return None if index is None else self._candidate(index, ("case_no",))

    def _candidate(self, index: int, why: tuple[str, ...]) -> Candidate:
        e = self.entries[index]
        return Candidate(e.person_id, e.case_no, e.full_name, e.born, e.passport or None,
                         e.household, why)


def load_index(session: Session) -> DuplicateIndex:
    """Every person of the operation in a new index (one query)."""
    index = DuplicateIndex()
    rows: Iterable[tuple[int, str, str, dt.date, str | None, str, bool]] = session.execute(
        select(Person.id, Person.case_no, Person.full_name, Person.date_of_birth,
               Person.passport_no, Household.code, Household.implicit)
        .join(Household, Person.household_id == Household.id).order_by(Person.id))
    for pid, case_no, name, born, passport, code, implicit in rows:
        index.add(pid, case_no, name, born, passport, None if implicit else code)
    return index


def read_document_status(typed: str | None) -> str | None:
    """The document status typed at the desk in the roster's words, read as the importer
    reads a roster's column ("hilang": lost, "ditahan perusahaan": confiscated). Words it
    cannot read are kept as typed, for the person's rule to refuse by name (SPLP)."""
    if not typed:
        return typed
    try:
        return parse_document_status(typed)
    except ValueProblem:
        return typed
