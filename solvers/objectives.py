"""The objectives of SPEC 3.2, in strict order, as model terms and as plain evaluation.

:func:`build` writes each objective over the model's variables; :func:`evaluate` computes
the same numbers from a finished plan, independently of any solver.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from solvers import cheap_bounds, waiting_bound
from solvers.model_context import Objective
from solvers.nights import night_count
from solvers.problem import Problem
from solvers.solution import OBJECTIVES, Assignment

if TYPE_CHECKING:
    from solvers.classes import HouseholdClass
    from solvers.model_context import ModelContext


def build(model: ModelContext) -> list[Objective]:
    made = {name: Objective(name, sense, 0) for name, sense in OBJECTIVES}
    end = model.problem.horizon_end
    n = model.vars.n
    with_reference = model.problem.reference is not None
    for cls in model.classes:
        facts = cls.facts
        if with_reference:
            made["changes"].constant += facts.changes_grounded * cls.count
        for option in facts.options:
            var = n[(cls.index, option.flight_id)]
            made["flown_weight"].terms.append((var, facts.weight))
            if with_reference and option.changes != facts.changes_grounded:
                made["changes"].terms.append((var, option.changes - facts.changes_grounded))
            if option.waiting:
                made["waiting_weighted_days"].terms.append((var, option.waiting))
            if option.first_choice:
                made["first_choice"].terms.append((var, option.first_choice))
        if facts.sheltered:
            overflow = made["overflow_person_nights"]
            stay_home = facts.nights(None, end) * facts.sheltered
            overflow.constant += stay_home * cls.count
            for option in facts.options:
                nights = facts.nights(option.date, end) * facts.sheltered
                if nights != stay_home:
                    overflow.terms.append((n[(cls.index, option.flight_id)], nights - stay_home))
    groups = model.bed_groups
    for (group, _, day), var in model.vars.b.items():
        nights = groups[group].nights(day, end)
        if nights:
            made["overflow_person_nights"].terms.append((var, -nights))
    return [made[name] for name, _ in OBJECTIVES]


#: ``Plan.parameters["bound_methods"]`` of the plain bounds without classes.
FORCED_CHANGES = "persons whose flight no longer flies"
NO_BOUND = "none better known"
#: The objectives :func:`plain_bounds` bounds (objective 1's bound is the solve's own).
PLAIN_BOUNDED = tuple(name for name, _ in OBJECTIVES[1:])


def plain_bounds(problem: Problem, classes: Sequence[HouseholdClass] | None = None,
                 flown_weight: int | None = None,
                 methods: dict[str, str] | None = None,
                 names: Collection[str] | None = None,
                 seconds: float = waiting_bound.LP_SECONDS) -> dict[str, float]:
    """Bounds that hold for every plan, for the objectives a solve could not bound itself
    (SPEC 3.2 asks a bound of every objective not closed): persons whose reference flight
    no longer flies all change; nights without a bed and days of waiting cannot be fewer
    than none; at most every person flies to a first choice.

    With the solve's ``classes`` (and the weight a plan flies, a lower side of objective
    1), the bounds of objectives 3-5 are those of :mod:`solvers.cheap_bounds` instead;
    the LP of objective 4's seat-aware bound gets ``seconds`` (0: none, the bound without
    seats stands). Only the objectives in ``names`` (default: objectives 2-5) are bounded.
    ``methods`` gets how each bound was found."""
    methods = {} if methods is None else methods
    wanted = set(PLAIN_BOUNDED if names is None else names) & set(PLAIN_BOUNDED)
    bounds: dict[str, float] = {}
    if "changes" in wanted:
        reference = problem.reference or {}
        usable = {f.id for f in problem.usable_flights}
        bounds["changes"] = float(sum(1 for p in problem.persons if p.id in reference
                                      and reference[p.id] not in usable))
        methods["changes"] = FORCED_CHANGES
    for name, trivial in (("overflow_person_nights", 0.0), ("waiting_weighted_days", 0.0),
                          ("first_choice", float(len(problem.persons)))):
        if name in wanted:
            bounds[name] = trivial
            methods[name] = NO_BOUND
    if classes is None:
        return bounds
    if "overflow_person_nights" in wanted:
        bounds["overflow_person_nights"] = float(cheap_bounds.overflow_nights(problem, classes))
        methods["overflow_person_nights"] = cheap_bounds.NIGHTS
    if "first_choice" in wanted:
        bounds["first_choice"] = float(min(len(problem.persons),
                                           cheap_bounds.first_choices(problem, classes)))
        methods["first_choice"] = cheap_bounds.FIRST_CHOICES
    if "waiting_weighted_days" in wanted and flown_weight is not None:
        waiting = cheap_bounds.waiting_days(problem, classes, flown_weight, seconds)
        if waiting is not None:
            # objective 4 is a whole number: the rational bound rounds up
            bounds["waiting_weighted_days"] = float(math.ceil(waiting[0]))
            methods["waiting_weighted_days"] = waiting[1]
    return bounds


def add_plain_bounds(problem: Problem, bounds: dict[str, float],
                     status: dict[str, str], classes: Sequence[HouseholdClass] | None = None,
                     flown_weight: int | None = None,
                     methods: dict[str, str] | None = None,
                     time_left: float | None = None, kept: float = 0.0) -> None:
    """Fill in ``plain_bounds`` for each objective not closed whose bound is missing or
    weaker (both hold, so the tighter one does: the exact method's MIP out of time at
    5,000 persons re-planned bounded objective 2 by 0 where 202 persons were forced off).
    Objectives already optimal are not bounded at all; the seat-aware LP gets what
    :func:`solvers.waiting_bound.lp_seconds` allows of the solve's ``time_left`` (None:
    no limit but the LP's own; 0 or less, or a cancelled solve: no LP), and at least the
    seconds the solve ``kept`` for it (:func:`solvers.waiting_bound.reserve_seconds`)
    when the solve's other stages took them.
    ``methods`` (the plan's ``bound_methods``) says so where a plain bound is taken."""
    open_names = [name for name in PLAIN_BOUNDED if status.get(name) != "optimal"]
    if not open_names:
        return
    seconds = (waiting_bound.LP_SECONDS if time_left is None
               else waiting_bound.lp_seconds(max(time_left, kept)))
    plain_methods: dict[str, str] = {}
    plain = plain_bounds(problem, classes, flown_weight, plain_methods, open_names, seconds)
    senses = dict(OBJECTIVES)
    for name, bound in plain.items():
        known = bounds.get(name)
        tighter = known is None or (bound > known if senses[name] == "min" else bound < known)
        if tighter:
            bounds[name] = bound
            if methods is not None:
                methods[name] = plain_methods[name]


def close_met(figures: dict[str, int], bounds: dict[str, float],
              status: dict[str, str]) -> None:
    """Mark ``optimal`` each objective whose value meets its proven bound: a re-plan that
    moves only the persons forced off (the plain bound of objective 2) proves that no plan
    as heavy moves fewer."""
    for name, sense in OBJECTIVES:
        bound = bounds.get(name)
        if bound is not None and (figures[name] >= math.floor(bound + 1e-6) if sense == "max"
                                  else figures[name] <= math.ceil(bound - 1e-6)):
            status[name] = "optimal"


def evaluate(problem: Problem, plan: Assignment) -> dict[str, int]:
    """Every objective of SPEC 3.2 (and ``flown_persons``) of a finished plan."""
    reference = problem.reference
    end = problem.horizon_end
    values = dict.fromkeys(
        ("flown_weight", "flown_persons", "changes", "overflow_person_nights",
         "waiting_weighted_days", "first_choice"), 0)
    for household in problem.households:
        members = problem.members(household)
        flight_id = plan.flight_of.get(household.id)
        flight = problem.flight_by_id.get(flight_id) if flight_id is not None else None
        if reference is not None:
            values["changes"] += sum(1 for p in members if reference.get(p.id) != flight_id)
        if flight is not None:
            day = flight.departure_date
            for person in members:
                values["flown_weight"] += person.weight
                values["flown_persons"] += 1
                values["waiting_weighted_days"] += person.weight * (
                    day - problem.person_ready(person)
                ).days
                if person.destinations[:1] == (flight.destination,):
                    values["first_choice"] += 1
        if household.id not in plan.shelter_of:
            sheltered = sum(1 for p in members if p.needs_shelter)
            nights = night_count(
                problem.household_ready(household),
                flight.departure_date if flight else None,
                end,
            )
            values["overflow_person_nights"] += sheltered * nights
    return values
