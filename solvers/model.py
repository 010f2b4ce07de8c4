"""The planning model over household classes, assembled from one module per rule.

The rules write their rows once to a :class:`~solvers.rows.RowCollector`, which CP-SAT
(:mod:`solvers.backend`) and HiGHS (:mod:`solvers.mip`) both read; the scaled method's LP
over profiles (:mod:`solvers.lp_model`) writes its own collector, with the same writer
for the seat and medical rows (:mod:`solvers.rules.flight_capacity`). Each objective of
SPEC 3.2 is a constant plus weighted terms over the variables.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from solvers import objectives
from solvers.classes import HouseholdClass
from solvers.model_context import BedGroup, DocumentNode, ModelContext, Objective
from solvers.options import FlightOption
from solvers.problem import Problem
from solvers.rows import RowCollector
from solvers.rules import (
    documents,
    kept_pins,
    medical,
    seat_capacity,
    shelter_nights,
    slot_capacity,
    together,
)
from solvers.rules.pins import ScreenedPins
from solvers.variables import Variables


class PlanModel:
    """The class model: the rules' rows and the objectives (a :class:`ModelContext`)."""

    def __init__(
        self,
        problem: Problem,
        classes: list[HouseholdClass],
        screened: ScreenedPins,
        *,
        shelters: bool = True,
    ) -> None:
        self.problem = problem
        self.rows = RowCollector()
        self.classes = classes
        self.pins = screened
        self.vars = Variables()
        self.nodes: list[DocumentNode] = []
        self.bed_groups: list[BedGroup] = []
        #: flight id -> classes with an option on it, for the capacity rows
        self.by_flight: dict[int, list[tuple[HouseholdClass, Any, FlightOption]]] = defaultdict(list)
        together.add(self)
        seat_capacity.add(self)
        medical.add(self)
        documents.add(self)
        slot_capacity.add(self)
        if shelters:
            shelter_nights.add(self)
        kept_pins.add(self)
        self.objectives: list[Objective] = objectives.build(self)

    def leaving_terms(self, cls: HouseholdClass, day: dt.date | None) -> tuple[list[Any], int]:
        """Terms and constant of "households of cls leaving on day" (None: not flying)."""
        if day is None:
            return [(self.vars.n[(cls.index, o.flight_id)], -1) for o in cls.facts.options], (
                cls.count
            )
        return [
            (self.vars.n[(cls.index, o.flight_id)], 1) for o in cls.facts.options if o.date == day
        ], 0


__all__ = ["DocumentNode", "ModelContext", "Objective", "PlanModel"]
