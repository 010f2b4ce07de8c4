"""Dates of SPEC 3 as pure functions: ready dates, the horizon end, and shelter nights.

Night *n* is the night that begins on date *n*. A household is ready on R_h, the latest
ready date R_p = max(S, available_from_p) of its members. A sheltered household uses a bed
for every night from R_h up to the night before its departure date when it flies, or up to
and including the horizon end E when it does not (SPEC 3.1 rule 8).

These functions are shared with the export (shelter sheets show "from which night to which").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

ONE_DAY = dt.timedelta(days=1)


def person_ready_date(start: dt.date, available_from: dt.date | None) -> dt.date:
    """R_p = max(S, available_from); a blank available_from means the plan start."""
    return start if available_from is None or available_from < start else available_from


def household_ready_date(start: dt.date, available_froms: Iterable[dt.date | None]) -> dt.date:
    """R_h: the latest R_p of the household's members (S for an empty household)."""
    return max((person_ready_date(start, a) for a in available_froms), default=start)


def horizon_end(start: dt.date, usable_departure_dates: Iterable[dt.date]) -> dt.date:
    """E: the latest departure date among usable flights, or S when there are none."""
    return max((d for d in usable_departure_dates if d >= start), default=start)


@dataclass(frozen=True)
class NightRange:
    """Consecutive nights ``first`` .. ``last``, both included."""

    first: dt.date
    last: dt.date

    @property
    def count(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, night: object) -> bool:
        return isinstance(night, dt.date) and self.first <= night <= self.last

    def __iter__(self) -> Iterator[dt.date]:
        night = self.first
        while night <= self.last:
            yield night
            night += ONE_DAY


def shelter_nights(
    ready: dt.date, departure: dt.date | None, end: dt.date
) -> NightRange | None:
    """The nights a household ready on ``ready`` needs a bed (SPEC 3.1 rule 8).

    ``departure`` is the departure date of its flight, or None when it does not fly, in
    which case it stays up to and including the horizon end ``end``. None when the stay
    holds no night (it flies on the day it is ready, or is ready after the horizon).
    """
    last = departure - ONE_DAY if departure is not None else end
    if last < ready:
        return None
    return NightRange(ready, last)


def night_count(ready: dt.date, departure: dt.date | None, end: dt.date) -> int:
    """How many nights :func:`shelter_nights` covers (0 when none)."""
    nights = shelter_nights(ready, departure, end)
    return 0 if nights is None else nights.count
