"""Rule 1: a household flies together on one flight or not at all, and shares one shelter.

The model decides per class how many households take each flight, so members can never be
split; this module bounds the flights of a class by its number of households.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from solvers.model_context import ModelContext


def add(model: ModelContext) -> None:
    for cls in model.classes:
        terms = []
        for option in cls.facts.options:
            var = model.rows.new_var(cls.count, f"n[c{cls.index},f{option.flight_id}]")
            model.vars.n[(cls.index, option.flight_id)] = var
            model.by_flight[option.flight_id].append((cls, var, option))
            terms.append((var, 1))
        if len(terms) > 1:
            model.rows.add_le(terms, cls.count)
