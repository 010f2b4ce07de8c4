"""How long a text message is as an SMS gateway sends it.

A message of GSM 7-bit characters (GSM 03.38) fits one SMS up to 160 characters, and the
characters of its extension table (``[ ] { } ~ ^ | \\ €``) count twice; a longer one is sent
in parts of 153. A message with any other character (most non-Latin letters) is sent as
UCS-2: 70 characters in one SMS, parts of 67. Every part is paid for and may arrive on
its own, out of order, so the call-forward message aims at one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from solvers.reasons import Reason

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
#: Characters in one SMS, and in each part of a longer one.
ONE = {True: 160, False: 70}
PART = {True: 153, False: 67}


@dataclass(frozen=True)
class SmsLength:
    """``units``: characters as the network counts them; ``gsm``: GSM 7-bit (or UCS-2)."""

    units: int
    gsm: bool

    @property
    def parts(self) -> int:
        if self.units <= ONE[self.gsm]:
            return 1
        return math.ceil(self.units / PART[self.gsm])

    @property
    def limit(self) -> int:
        """The characters one SMS takes in this message's encoding."""
        return ONE[self.gsm]


def sms_length(text: str) -> SmsLength:
    if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text):
        return SmsLength(sum(2 if c in GSM7_EXTENSION else 1 for c in text), True)
    # UCS-2 counts 16-bit units: a character beyond the basic plane takes two.
    return SmsLength(sum(2 if ord(c) > 0xFFFF else 1 for c in text), False)


def sms_reason(text: str) -> Reason:
    """"152 characters, 1 SMS" as a reason (``sms_size``), for the command line."""
    length = sms_length(text)
    return Reason("sms_size", {"count": length.units, "parts": length.parts,
                               "gsm": length.gsm})
