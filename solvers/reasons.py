"""A reason as the planner gives it: a code and the facts it rests on, never a sentence.

Reasons (why a household has no flight or no bed), released pins (conflicts), the
clauses of the pin rules and the changes between plans are made here as
``Reason(code, facts)`` and stored as JSON (``as_json``: the code beside its facts).
Their words live in one place, ``planner/words/templates.py`` (one template per code),
and ``planner/words/render.py`` renders them per language; nothing reads a sentence back.
Facts are plain JSON values: dates as ISO text, lists of keys, counts as integers, and
nested reasons as their JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reason:
    code: str
    facts: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The stored form: ``{"code": ..., **facts}``."""
        return {"code": self.code, **self.facts}

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Reason:
        """The reason of a stored JSON object (its ``code`` and the other keys as facts)."""
        return cls(str(data.get("code") or ""),
                   {k: v for k, v in data.items() if k != "code"})


__all__ = ["Reason"]
