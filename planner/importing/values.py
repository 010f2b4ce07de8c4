"""Turning one cell, as ministries type it, into the value of one field.

Every parser takes the cell as read (text, number, date, boolean) and returns the
field's value, or raises ``ValueProblem`` with a reason an officer can act on. Blank
cells never reach a parser. Words are accepted in English and Indonesian. Dates and
times are in ``date_values``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from planner.airports import AirportProblem, read_airports
from planner.importing.cells import CellValue, display
from planner.importing.vocabulary import (
    ACCEPTS_WORDS,
    BLANK_WORDS,
    DOCUMENT_STATUS_KEYWORDS,
    DOCUMENT_STATUS_WORDS,
    FLIGHT_STATUS_WORDS,
    NATIONALITY_WORDS,
    NO_WORDS,
    PERSON_STATUS_WORDS,
    SEX_WORDS,
    YES_WORDS,
    names_travel_document,
)
from planner.words.render import render
from solvers.reasons import Reason


class ValueProblem(Exception):
    """A cell that cannot be the field's value: ``code`` names the problem and ``params``
    hold the facts it states; its words are the code's template
    (``planner/words/import_templates.py``), rendered only when it is shown (the content
    guesses raise and catch many)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def why(self) -> Reason:
        return Reason(self.code, self.params)

    def __str__(self) -> str:
        return render(self.why)


@dataclass(frozen=True)
class ParseContext:
    """What parsing needs to know beyond the cell itself."""

    today: dt.date
    date1904: bool = False


_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def clean_text(raw: CellValue) -> str:
    """A cell as text: numbers without a trailing .0, one space between words, no edges."""
    text = raw if isinstance(raw, str) else display(raw)
    if text.isprintable() and "  " not in text and text == text.strip():
        return text  # the common case, checked in C
    text = text.translate(_INVISIBLE).replace("\xa0", " ")
    return _SPACES.sub(" ", text).strip()


_PUNCTUATION = re.compile(r"[^\w+]+")
_DIGIT = re.compile(r"\d")


def fold(text: str) -> str:
    """Text folded for comparing words: lower case, punctuation as spaces, single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


def _folded(raw: CellValue) -> str:
    """A cell folded for a word lookup, cheaply for the usual single word."""
    text = raw if isinstance(raw, str) else display(raw)
    simple = text.strip().lower()
    # A tick ('✓', which the vocabulary lists as yes) folds to nothing: kept as typed.
    return simple if simple.isalnum() else (fold(clean_text(text)) or simple)


def name_key(full_name: str) -> str:
    """A person's name folded for matching (SPEC 4): lower case, single spaces."""
    return " ".join(full_name.lower().split())


def is_blank_word(text: str) -> bool:
    """True for the placeholders people type for "nothing": -, n/a, tidak ada, ..."""
    low = text.lower()
    if low in BLANK_WORDS:
        return True
    if low.replace(" ", "").isalnum() or _DIGIT.search(low):
        return False  # folding would not change it, or it holds a number
    return fold(text) in BLANK_WORDS


# --- text -----------------------------------------------------------------------------

def parse_text(raw: CellValue, max_length: int) -> str | None:
    text = clean_text(raw)
    if not text or (len(text) < 12 and is_blank_word(text)):
        return None
    if len(text) > max_length:
        raise ValueProblem("too_long", max_length=max_length)
    return text


def parse_notes(raw: CellValue) -> str | None:
    text = raw if isinstance(raw, str) else display(raw)
    text = text.strip()
    return text or None


def parse_flight_number(raw: CellValue) -> str:
    text = clean_text(raw).upper()
    found = re.fullmatch(r"([A-Z0-9]{2}[A-Z]?)\s*-?\s*(\d{1,4}[A-Z]?)", text)
    if found:
        return f"{found.group(1)} {found.group(2)}"
    if not text or len(text) > 16:
        raise ValueProblem("bad_flight_number")
    return text


# --- coded words ----------------------------------------------------------------------

def _coded(raw: CellValue, words: dict[str, str], problem: str) -> str:
    text = _folded(raw)
    code = words.get(text)
    if code is None:
        code = words.get(text.replace(" ", ""))
    if code is None:
        raise ValueProblem(problem)
    return code


@lru_cache(maxsize=4096)
def parse_sex(raw: CellValue) -> str:
    return _coded(raw, SEX_WORDS, "bad_sex")


@lru_cache(maxsize=4096)
def parse_yes_no(raw: CellValue) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    text = _folded(raw)
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise ValueProblem("bad_yes_no")


#: First words that make a description in a yes/no column a yes ("ya (kursi roda)",
#: "yes - insulin") or a no ("tidak hamil", "no, walks"). "ok" is left out: "OK (sehat)"
#: in a medical column means well, not a medical need.
_FLAG_YES_LEAD = frozenset({"yes", "ya", "iya", "y", "ada", "perlu", "butuh", "benar",
                            "betul", "true"})
_FLAG_NO_LEAD = frozenset({"no", "n", "tidak", "tdk", "tak", "bukan", "none", "false",
                           "nope", "enggak", "gak", "nggak", "belum", "negatif", "negative"})


def parse_flag(raw: CellValue, describing: tuple[str, ...] = (),
               absent: frozenset[str] = frozenset()) -> bool:
    """A yes/no column: the yes/no words of ``parse_yes_no``, or a description. A
    description starting with a yes or no word is that answer ("ya (kursi roda)": yes,
    "tidak hamil": no); one naming the flag's condition (``describing``, the field's
    words in the registry: "Hamil 5 bulan" in a pregnancy column) is yes; a whole cell
    saying the condition is absent (``absent``: "sehat" in a medical column) is no. Any
    other text is reported, never guessed."""
    try:
        return parse_yes_no(raw)
    except ValueProblem:
        if not isinstance(raw, str):
            raise
    words = fold(clean_text(raw)).split()
    if absent and " ".join(words) in absent:
        return False
    if words and words[0] in _FLAG_NO_LEAD:
        return False
    if words and words[0] in _FLAG_YES_LEAD:
        return True
    padded = f" {' '.join(words)} "
    if any(f" {phrase} " in padded for phrase in describing):
        return True
    raise ValueProblem("bad_yes_no")


@lru_cache(maxsize=4096)
def parse_document_status(raw: CellValue) -> str:
    text = _folded(raw)
    code = DOCUMENT_STATUS_WORDS.get(text)
    if code is not None:
        return code
    for keyword, status in DOCUMENT_STATUS_KEYWORDS:
        if re.search(rf"\b{keyword}", text):
            return status
    if names_travel_document(text):
        # SPLP (Surat Perjalanan Laksana Paspor) is a document, not a status (SPEC 2.1).
        raise ValueProblem("travel_document_not_status")
    raise ValueProblem("bad_document_status")


@lru_cache(maxsize=4096)
def parse_accepts(raw: CellValue) -> str:
    return _coded(raw, ACCEPTS_WORDS, "bad_accepts")


@lru_cache(maxsize=4096)
def parse_flight_status(raw: CellValue) -> str:
    return _coded(raw, FLIGHT_STATUS_WORDS, "bad_flight_status")


@lru_cache(maxsize=4096)
def parse_person_status(raw: CellValue) -> str:
    return _coded(raw, PERSON_STATUS_WORDS, "bad_person_status")


@lru_cache(maxsize=4096)
def parse_nationality(raw: CellValue) -> str:
    text = clean_text(raw)
    code = NATIONALITY_WORDS.get(text.lower())
    if code is not None:
        return code
    if len(text) == 3 and text.isupper() and text.isalpha():
        return text
    code = NATIONALITY_WORDS.get(fold(text))
    if code is not None:
        return code
    if re.fullmatch(r"[A-Za-z]{3}", text):
        return text.upper()
    raise ValueProblem("bad_country")


def parse_airport(raw: CellValue) -> str:
    codes = parse_airports(raw)
    if len(codes) != 1:
        raise ValueProblem("bad_airport")
    return codes[0]


def parse_airports(raw: CellValue) -> list[str]:
    """IATA codes in the order given, from "CGK; SUB", "cgk,sub", "Jakarta atau Surabaya"
    (``planner.airports``, the reader the forms and the intake desk use too)."""
    try:
        return read_airports(clean_text(raw))
    except AirportProblem as problem:
        params = {"part": problem.part} if problem.part else {}
        raise ValueProblem(problem.code, **params) from problem


def parse_phone(raw: CellValue) -> str:
    """A phone number as text with every digit; a number cell gets back its leading 0."""
    if isinstance(raw, bool):
        raise ValueProblem("bad_phone")
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not raw.is_integer():
            raise ValueProblem("bad_phone")
        digits = str(int(raw))
        # A mobile number typed as 0812... loses its 0 in a number cell (Indonesian
        # mobile numbers are 08 followed by 8 to 11 digits).
        if digits.startswith("8") and 9 <= len(digits) <= 12:
            digits = "0" + digits
        return digits
    text = clean_text(raw)
    if len(text) > 40:
        raise ValueProblem("phone_too_long", max_length=40)
    if sum(ch.isdigit() for ch in text) < 5 or re.search(r"[^\d\s()+./\-,;]", text):
        raise ValueProblem("bad_phone")
    return text


# --- numbers --------------------------------------------------------------------------

def _number(raw: CellValue) -> float:
    if isinstance(raw, bool | dt.date | dt.time):
        raise ValueProblem("not_a_number")
    if isinstance(raw, int | float):
        return float(raw)
    text = clean_text(raw).lower()
    text = re.sub(r"\s*(orang|persons?|people|pax|kursi|seats?|beds?|tempat tidur|jam|hours?"
                  r"|h)\.?$", "", text)
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))
    try:
        return float(text.replace(",", "."))
    except ValueError as exc:
        raise ValueProblem("not_a_number") from exc


def parse_count(raw: CellValue) -> int:
    value = _number(raw)
    if not value.is_integer():
        raise ValueProblem("not_whole_number")
    if value < 0:
        raise ValueProblem("negative")
    if value > 1_000_000:
        raise ValueProblem("too_large")
    return int(value)


def parse_hours(raw: CellValue) -> float:
    if isinstance(raw, str):
        days = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(hari|days?)\s*", raw, re.I)
        if days:
            return float(days.group(1).replace(",", ".")) * 24
    value = _number(raw)
    if value < 0:
        raise ValueProblem("negative")
    if value > 24 * 366:
        raise ValueProblem("more_than_a_year")
    return value

