"""Airports as officers and ministries write them: IATA codes, or the city instead.

One mapping and one reader for every place an airport is read: the importer
(``planner.importing.values``), the editing forms and the intake desk
(``planner.records.field_rules``). "Surabaya" is SUB wherever it is typed.
"""

from __future__ import annotations

import re

#: Arrival cities written instead of their airport's code (folded: lower case, punctuation
#: as spaces, single spaces).
AIRPORT_BY_CITY: dict[str, str] = {
    "jakarta": "CGK", "soekarno hatta": "CGK", "tangerang": "CGK", "surabaya": "SUB",
    "medan": "KNO", "kualanamu": "KNO", "makassar": "UPG", "ujung pandang": "UPG",
    "denpasar": "DPS", "bali": "DPS", "batam": "BTH", "padang": "PDG", "yogyakarta": "YIA",
    "jogja": "YIA", "jogjakarta": "YIA", "semarang": "SRG", "solo": "SOC", "surakarta": "SOC",
    "bandung": "BDO", "palembang": "PLM", "pekanbaru": "PKU", "pontianak": "PNK",
    "balikpapan": "BPN", "manado": "MDC", "lombok": "LOP", "mataram": "LOP", "kupang": "KOE",
    "banjarmasin": "BDJ", "lampung": "TKG", "bandar lampung": "TKG", "jambi": "DJB",
    "banda aceh": "BTJ", "aceh": "BTJ", "ambon": "AMQ", "jayapura": "DJJ",
    "phnom penh": "PNH", "siem reap": "SAI",
}

#: Most characters the codes of one person's airports may take, joined by ";".
MAX_LENGTH = 100

_CODE = re.compile(r"[A-Za-z]{3}")
_CODE_LIST = re.compile(r"[A-Za-z]{3}(?:;[A-Za-z]{3})*")
_SEPARATORS = re.compile(r"\s*(?:[;,/|+&]|\b(?:atau|dan|or|and)\b)\s*", re.I)
_PUNCTUATION = re.compile(r"[^\w+]+")


class AirportProblem(ValueError):
    """Text that is no airport: ``code`` is ``bad_airport_in_list`` (with the ``part``),
    ``no_airport`` or ``too_many_airports``."""

    def __init__(self, code: str, part: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.part = part


def city_key(text: str) -> str:
    """A city name folded for ``AIRPORT_BY_CITY``: lower case, punctuation as spaces."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


#: Words a city is written with in Indonesian lists ("Kota Surabaya", "Kabupaten
#: Tangerang"), left out when the name without them is a city of ``AIRPORT_BY_CITY``.
_CITY_PREFIXES = ("kota ", "kabupaten ", "kab ", "kotamadya ")


def city_airport(text: str) -> str | None:
    """The airport of a city ("Surabaya", "Kota Surabaya", "Kab. Tangerang"); None when
    the text names no city of ``AIRPORT_BY_CITY``."""
    key = city_key(text)
    found = AIRPORT_BY_CITY.get(key)
    if found is not None:
        return found
    for prefix in _CITY_PREFIXES:
        if key.startswith(prefix):
            return AIRPORT_BY_CITY.get(key.removeprefix(prefix))
    return None


def read_airports(text: str) -> list[str]:
    """IATA codes in the order given, each once, from "CGK; SUB", "cgk,sub",
    "Surabaya", "Kota Surabaya" or "Jakarta atau Surabaya"; ``AirportProblem`` when a part is neither a
    three-letter code nor a known city."""
    text = " ".join(text.split())
    if _CODE_LIST.fullmatch(text):
        listed = text.upper().split(";")
        if len(set(listed)) == len(listed):
            return listed
    codes: list[str] = []
    for part in (p.strip(" .") for p in _SEPARATORS.split(text)):
        if not part:
            continue
        found = city_airport(part)
        if found:
            candidates = [found]
        elif all(_CODE.fullmatch(word) for word in part.split()):
            candidates = [word.upper() for word in part.split()]
        else:
            raise AirportProblem("bad_airport_in_list", part)
        codes.extend(code for code in candidates if code not in codes)
    if not codes:
        raise AirportProblem("no_airport")
    if len(";".join(codes)) > MAX_LENGTH:
        raise AirportProblem("too_many_airports")
    return codes
