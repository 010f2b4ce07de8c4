"""Phone numbers in the international form a gateway reads the same wherever it sends from.

An SMS gateway of the embassy sends from the country the operation is in (Cambodia for
Phnom Penh): it reads ``0871 2926 2708`` as a Cambodian number, so a person's Indonesian
number written the national way fails or reaches someone else. A national number (one
that starts with the trunk ``0``) can be the number of two countries: the person's
(their nationality) and the operation's (where they are now, a local SIM). It is written
internationally only when exactly one of the two has numbers of its length, by the
numbering plans below; otherwise it is not known, and the caller says so rather than
guessing (``international`` returns None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A phone number as officers write it: an optional ``+``, then a digit (or a bracket and
#: a digit), then digits, spaces, dashes, dots and brackets. Other text (two numbers in
#: one cell, a formula) is no number to place.
PHONE_NUMBER = re.compile(r"\+?\(?[0-9][0-9 ().-]*")

#: Least digits of an international number written without its ``+`` (country code and
#: subscriber number: 8 in the shortest plans); shorter text is no number we can place.
INTERNATIONAL_DIGITS = 8


@dataclass(frozen=True)
class NumberingPlan:
    """A country's numbers: its calling code, how many digits follow the trunk ``0`` of a
    national number (the national significant number, fixed lines and mobiles), and the
    time zones of the country (how an operation's setting names where it is)."""

    calling_code: str
    digits: tuple[int, int]
    timezones: tuple[str, ...]

    def fits(self, national: str) -> bool:
        low, high = self.digits
        return low <= len(national) <= high


#: The countries of the region that dial nationally with a trunk ``0``, by ISO 3166
#: alpha-3 (the nationality field's codes). A country not here is one whose numbers we
#: cannot place: its national numbers are reported, not guessed.
PLANS: dict[str, NumberingPlan] = {
    # Fixed lines: area code 2-3 digits and 5-8 digits; mobiles 8xx and 6-9 digits.
    "IDN": NumberingPlan("62", (7, 12), ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura",
                                         "Asia/Pontianak")),
    "KHM": NumberingPlan("855", (8, 9), ("Asia/Phnom_Penh",)),
    "THA": NumberingPlan("66", (8, 9), ("Asia/Bangkok",)),
    "VNM": NumberingPlan("84", (9, 10), ("Asia/Ho_Chi_Minh", "Asia/Saigon")),
    "MYS": NumberingPlan("60", (8, 10), ("Asia/Kuala_Lumpur", "Asia/Kuching")),
    "PHL": NumberingPlan("63", (8, 10), ("Asia/Manila",)),
    "LAO": NumberingPlan("856", (8, 10), ("Asia/Vientiane",)),
    "MMR": NumberingPlan("95", (7, 10), ("Asia/Yangon", "Asia/Rangoon")),
}


def country_of_timezone(timezone: str) -> str | None:
    """The country (alpha-3) of an operation set in ``timezone``; None when no plan
    above names it."""
    return next((country for country, plan in PLANS.items() if timezone in plan.timezones),
                None)


def international(phone: str, nationality: str | None, here: str | None) -> str | None:
    """``phone`` as ``+`` and digits (``+6287129262708``), or None when it is no phone
    number (``PHONE_NUMBER``) or which country's number it is cannot be known.
    ``nationality`` is the person's country, ``here`` the operation's (both alpha-3; None
    when not known).

    A number with ``+`` (or the international prefix ``00``) keeps its digits, less a
    ``(0)`` written after the country code (``+62 (0)812...``). One that starts with
    neither ``+`` nor ``0`` is an international number whose ``+`` a spreadsheet dropped
    when it took the cell for a number (``628123456789``) only when it starts with the
    calling code of one of the two countries and the rest has that country's length:
    it gets its ``+`` back; otherwise (``81234567890``, a national number whose ``0`` was
    dropped, would read as a Japanese one) it is not placed. A national number
    (``0871...``) gets the calling code of the one country of the two (nationality,
    here) whose numbers have its length; none when either country is not known or both or
    neither fit."""
    if not PHONE_NUMBER.fullmatch(phone.strip()):
        return None
    written = phone.strip().lstrip("(")
    if written.startswith("+"):
        written = re.sub(r"\(\s*0\s*\)", "", written)
    digits = re.sub(r"[^0-9]", "", written)
    if written.startswith("+") or digits.startswith("00"):
        rest = digits[2:] if not written.startswith("+") else digits
        if len(rest) < INTERNATIONAL_DIGITS or rest.startswith("0") or any(
                rest.startswith(plan.calling_code + "0") for plan in PLANS.values()):
            return None  # a trunk 0 after a country code: which digits were meant is a guess
        return "+" + rest
    known = [PLANS[c] for c in (nationality, here) if c is not None and c in PLANS]
    if not written.startswith("0"):
        codes = {plan.calling_code for plan in known if digits.startswith(plan.calling_code)
                 and not digits[len(plan.calling_code):].startswith("0")
                 and plan.fits(digits[len(plan.calling_code):])}
        return "+" + digits if len(digits) >= INTERNATIONAL_DIGITS and len(codes) == 1 else None
    national = digits[1:]
    if national.startswith("0"):
        return None
    countries = {nationality, here}
    if None in countries:
        return None
    plans = [PLANS.get(country or "") for country in countries]
    if any(plan is None for plan in plans):
        return None
    codes = {plan.calling_code for plan in plans if plan is not None and plan.fits(national)}
    return "+" + codes.pop() + national if len(codes) == 1 else None
