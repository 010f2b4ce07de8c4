"""What the rule modules and the objectives see of the model: a narrow context.

:class:`~solvers.model.PlanModel` assembles the model from one module per rule
(:mod:`solvers.rules`) and the objectives (:mod:`solvers.objectives`); each of those is
typed against :class:`ModelContext`, the parts of the model they read and write, and the
model's parts they build (:class:`DocumentNode`, :class:`BedGroup`, :class:`Objective`)
live here. So the rules never import the model that imports them: the dependencies point
one way, model -> rules -> this module -> classes, options, rows, variables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from solvers.classes import HouseholdClass
from solvers.nights import night_count
from solvers.options import FlightOption
from solvers.problem import Problem
from solvers.rows import RowCollector
from solvers.rules.pins import ScreenedPins
from solvers.variables import Variables


@dataclass
class Objective:
    """An objective of SPEC 3.2: a constant plus weighted terms over the variables."""

    name: str
    sense: str
    constant: int
    terms: list[tuple[Any, int]] = field(default_factory=list)


@dataclass
class DocumentNode:
    """Persons ready on ``ready`` who need a document for a flight whose eligible slots
    are ``slots``: interchangeable for rule 6."""

    index: int
    ready: dt.date
    slots: tuple[int, ...]
    #: (variable n[c, f], persons of the class in this node per household)
    demand: list[tuple[Any, int]] = field(default_factory=list)


@dataclass
class BedGroup:
    """Households interchangeable for beds (rule 8, :mod:`solvers.rules.shelter_nights`)."""

    index: int
    ready: dt.date
    #: Members of each household who need a bed.
    sheltered: int
    #: Shelters that take its households (rule 9), by id.
    shelters: tuple[int, ...]
    classes: list[HouseholdClass] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(c.count for c in self.classes)

    def nights(self, day: dt.date | None, end: dt.date) -> int:
        """Person-nights of one household leaving on ``day`` (None: not flying)."""
        return night_count(self.ready, day, end) * self.sheltered


class ModelContext(Protocol):
    """The model as a rule or an objective sees it."""

    problem: Problem
    rows: RowCollector
    classes: list[HouseholdClass]
    pins: ScreenedPins
    vars: Variables
    nodes: list[DocumentNode]
    bed_groups: list[BedGroup]
    #: flight id -> classes with an option on it, for the capacity rows
    by_flight: dict[int, list[tuple[HouseholdClass, Any, FlightOption]]]

    def leaving_terms(self, cls: HouseholdClass, day: dt.date | None) -> tuple[list[Any], int]:
        """Terms and constant of "households of cls leaving on day" (None: not flying)."""
        ...


__all__ = ["BedGroup", "DocumentNode", "ModelContext", "Objective"]
