"""Rule 10 in the model: the pins kept by the screening (:mod:`solvers.rules.pins`) hold."""

from __future__ import annotations

from solvers.model_context import ModelContext


def add(model: ModelContext) -> None:
    """Kept flight pins: the household is on its flight; kept shelter pins: in its shelter.

    (Kept slot pins take their place in :mod:`solvers.rules.slot_capacity` and restrict
    the household's flights in :mod:`solvers.options`.)
    """
    by_household = {h: cls for cls in model.classes for h in cls.households}
    for household_id, flight_id in model.pins.flight.items():
        cls = by_household[household_id]
        var = model.vars.n.get((cls.index, flight_id))
        if var is None:
            raise RuntimeError(f"kept pin of household #{household_id} has no flight option")
        model.rows.add_eq([(var, 1)], 1)
    # A household with a kept shelter pin is a bed group of its own (shelter_nights).
    group_of = {cls.index: group.index for group in model.bed_groups for cls in group.classes}
    for household_id, shelter_id in model.pins.shelter.items():
        group = group_of.get(by_household[household_id].index)
        terms = [(var, 1) for (g, s, _), var in model.vars.b.items()
                 if g == group and s == shelter_id]
        if terms:
            model.rows.add_eq(terms, 1)
