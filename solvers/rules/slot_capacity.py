"""Rule 7: persons per document slot are at most its capacity (kept slot pins included)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from solvers.model_context import ModelContext


def add(model: ModelContext) -> None:
    pinned = Counter(model.pins.slot.values())
    per_slot: dict[int, list[tuple[Any, int]]] = defaultdict(list)
    for (_, slot_id), var in model.vars.g.items():
        per_slot[slot_id].append((var, 1))
    for slot_id, terms in per_slot.items():
        capacity = model.problem.slot_by_id[slot_id].capacity - pinned[slot_id]
        model.rows.add_le(terms, max(0, capacity))
