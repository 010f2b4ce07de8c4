"""Interchangeable households merged into classes with a count.

Two households with the same options (flights with the same seats, medical places, slots
needed and objective terms), ready date, sheltered members, fitting shelters and document
needs can swap places in any plan without changing a rule or an objective, so the model
decides how many of a class take each flight instead of which ones. Pinned households stay
alone. This is exact: every integer solution of the class model expands to a plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from solvers.options import HouseholdFacts
from solvers.rules.pins import ScreenedPins


@dataclass(frozen=True)
class HouseholdClass:
    index: int
    #: A representative: every member of the class has these facts (but its own household).
    facts: HouseholdFacts
    #: Household ids, ascending.
    households: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.households)

    @property
    def reference_flight(self) -> int | None:
        """The flight of the reference plan when it is still among the class's options:
        the one flight where fewer than all members change (on every other flight, or
        without one, each member with a reference flight does)."""
        changes = self.facts.arrays.changes
        if not len(changes):
            return None
        best = int(changes.argmin())
        if changes[best] >= self.facts.size:
            return None
        return int(self.facts.arrays.flight_id[best])

    @property
    def kept_persons(self) -> int:
        """Members whose flight does not change when the class takes its reference flight."""
        changes = self.facts.arrays.changes
        return int(self.facts.size - changes.min()) if self.reference_flight is not None else 0


def make_classes(facts: list[HouseholdFacts], pins: ScreenedPins) -> list[HouseholdClass]:
    pinned = set(pins.flight) | set(pins.shelter)
    pinned |= _households_with_slot_pins(facts, pins)
    groups: dict[tuple[object, ...], list[HouseholdFacts]] = {}
    for fact in facts:
        key = fact.class_key(fact.household.id in pinned)
        groups.setdefault(key, []).append(fact)
    classes = []
    for index, members in enumerate(groups.values()):
        ids = tuple(sorted(f.household.id for f in members))
        classes.append(HouseholdClass(index=index, facts=members[0], households=ids))
    return classes


def _households_with_slot_pins(facts: list[HouseholdFacts], pins: ScreenedPins) -> set[int]:
    if not pins.slot:
        return set()
    return {f.household.id for f in facts if any(m in pins.slot for m in f.household.members)}
