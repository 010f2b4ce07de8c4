"""The model's variables, named so an explanation or a log line can cite them.

``n[c, f]``: households of class c on flight f. ``b[g, s, d]``: households of bed group g
(households with the same ready date, sheltered members and fitting shelters) in shelter s
leaving on date d (None: not flying). ``g[node, k]``: documents of demand node ``node``
(persons ready on a date, for flights with the same eligible slots) issued at slot k.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Variables:
    n: dict[tuple[int, int], Any] = field(default_factory=dict)
    b: dict[tuple[int, int, dt.date | None], Any] = field(default_factory=dict)
    g: dict[tuple[int, int], Any] = field(default_factory=dict)

    def count(self) -> int:
        return len(self.n) + len(self.b) + len(self.g)
