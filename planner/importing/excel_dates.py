"""Excel's serial day numbers, in the 1900 and 1904 date systems."""

from __future__ import annotations

import datetime as dt

#: Day 0 of the 1900 system as Excel counts after its fictitious 29 February 1900.
EPOCH_1900 = dt.datetime(1899, 12, 30)
EPOCH_1904 = dt.datetime(1904, 1, 1)
#: 9999-12-31, the last day Excel can show.
MAX_SERIAL = 2_958_465


def from_serial(serial: float, date1904: bool = False) -> dt.datetime | dt.time | None:
    """The date-time of a serial number; a time of day for 0 <= serial < 1; None if absurd."""
    if serial != serial or serial < 0 or serial > MAX_SERIAL:  # NaN or out of range
        return None
    if serial < 1 and not date1904:
        seconds = round(serial * 86_400)
        if seconds >= 86_400:
            return None
        return (dt.datetime.min + dt.timedelta(seconds=seconds)).time()
    if date1904:
        epoch = EPOCH_1904
    elif serial < 60:
        epoch = EPOCH_1900 + dt.timedelta(days=1)  # before Excel's phantom 1900-02-29
    elif serial < 61:
        return None  # 1900-02-29 never existed
    else:
        epoch = EPOCH_1900
    return epoch + dt.timedelta(seconds=round(serial * 86_400))


def to_serial(value: dt.date | dt.datetime) -> float:
    """The 1900-system serial number of a date or date-time (for generated test files)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    delta = value - EPOCH_1900
    return delta.days + delta.seconds / 86_400
