"""The scaled method: objective 1 as an LP over household profiles, rounded, matched, filled.

For tens of thousands of persons CP-SAT's bound stalls, while the LP of objective 1 over
household profiles (:mod:`solvers.lp_model`) is within a hair of the integer optimum. It is
solved by HiGHS with column generation (:mod:`solvers.highs_lp`), first without the
document rows; when its optimum cannot meet its own document demand (a maximum flow says),
the LP is solved again with them. Its optimum is the proven bound reported for objective 1.

The LP counts are rounded down (:mod:`solvers.rounding`), document slots matched exactly,
and the seats, medical places and slots left go to the households still waiting. Beds are
then assigned to the fixed stays (:mod:`solvers.beds`). Objectives 2-5 are not proven
here; the rounding and the bed pass choose with them in mind, in their order, and each
gets a proven bound (:func:`later_bounds`, :mod:`solvers.bounds`).
"""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from ortools.graph.python import max_flow

from solvers import bounds, cheap_bounds, lp_model, objectives, repair, waiting_bound
from solvers.bed_timing import place_beds
from solvers.classes import HouseholdClass, make_classes
from solvers.full_rounding import place_beds_rounded
from solvers.highs_lp import HighsLp
from solvers.options import household_facts
from solvers.prepared import Prepared
from solvers.problem import Problem
from solvers.reasons import Reason
from solvers.residual import residual_problem, solve_residual
from solvers.rounding import (
    SeatBook,
    SlotMatcher,
    fill_flights,
    keep_references,
    round_flights,
)
from solvers.rules import pins as pin_rules
from solvers.solution import (
    FIRST_LP_OUT_OF_TIME,
    FIRST_LP_STAGE,
    LATER_BOUNDS_STAGE,
    OBJECTIVES,
    Assignment,
    CancelCheck,
    PlanResult,
    Progress,
    ProgressCallback,
    SolveOptions,
    first_lp_round,
    objective_done,
)

log = logging.getLogger(__name__)

LP_SOLVER = "HiGHS"
#: ``parameters["flown_weight_bound"]`` when objective 1's LP was cut short.
FLOWN_WEIGHT_BY_SEATS = "every usable flight's seats, households by weight per seat"
#: The least seconds the LP of objective 1 gets, whatever the time left. It keeps to the
#: time limit: out of time between its rounds, the columns it has give the plan and the
#: bound is its value plus what the columns left out could add (``LpResult.bound``); cut
#: short inside HiGHS, the plan is :func:`greedy_plan`'s with a bound of
#: objective 1 from every usable flight's seats (:func:`solvers.cheap_bounds.flown_weight`).
LP_LEAST_SECONDS = 0.5
#: Seconds kept after the LP for making whole households of its plan (rounding, slot
#: matching, filling the seats left, beds): this share of the seconds forming the classes
#: took, which grow alike with the households (as measured: docs/decisions.md, Planner,
#: "Measured figures behind the solvers' choices"), and at least MAKE_LEAST_SECONDS.
MAKE_PER_CLASSES = 1.0
MAKE_LEAST_SECONDS = 0.25
#: The whole-household MIP starts only with so many seconds left before that reserve.
NEIGHBOURHOOD_LEAST_SECONDS = 0.5
#: Document demand is checked in thousandths of a person (rounded up: never optimistic).
DEMAND_SCALE = 1000
#: The MIP near the LP solution: its share of the time left, and the gap where it stops.
NEIGHBOURHOOD_SHARE = 0.6
NEIGHBOURHOOD_MIN_SECONDS = 2.0
NEIGHBOURHOOD_GAP = 5e-4
#: Re-plans: the repair of the changed households (:mod:`solvers.repair`), its share of
#: the time left after the LP's plan, and its least seconds.
REPAIR_SHARE = 0.6
REPAIR_MIN_SECONDS = 3.0
#: Re-plans: the share of the time limit the LP's plan (objective 1) may take, the share
#: kept for the bounds after the repair (at least so many seconds), and the share of
#: those the bound of objective 2 may take.
LP_PLAN_SHARE = 0.5
BOUND_RESERVE_SHARE = 0.15
BOUND_RESERVE_MIN_SECONDS = 2.0
CHANGES_BOUND_SHARE = 0.7
#: Re-plans: the bound of objective 2 before the repair may also take this share of the
#: time left before that reserve; what it does not use goes to the repair (why:
#: docs/decisions.md, "Re-plans at 150,000 persons bounded").
EARLY_BOUND_SHARE = 0.5
#: Time of the exact solve of the seats the rounding left: a share of what is left.
RESIDUAL_SHARE = 0.5
RESIDUAL_MIN_SECONDS = 8.0
#: Seconds that must be left before the time limit for the nested plan and the residual
#: search to start at all (each takes its share of what is left, at least a moment).
NESTED_MIN_LEFT = 1.0
#: Share of the time left that the nested plan of the seats left may take.
NESTED_SHARE = 0.3
RESIDUAL_MAX_SECONDS = 30.0
#: Rounds of document cuts at most, disjoint cuts per round, and the share of the time
#: limit the LP with its cuts may take before the plan is made from what it has.
MAX_CUT_ROUNDS = 40
CUTS_PER_ROUND = 20
#: Rounds of cuts when the seats left are planned again (a small operation).
NESTED_CUT_ROUNDS = 5
#: Up to this many options, the LPs after document cuts run over every column (the
#: columns first generated may hold too few households that fit the slots); above, over
#: the columns already in the LP (what pricing costs at 150,000 persons and what it gains:
#: docs/decisions.md, Planner, "Measured figures behind the solvers' choices").
PRICE_AFTER_CUTS = 2_000_000
#: With a reference plan, up to this many options the LPs that choose among objective 1's
#: optima (fewest changes, then fewest persons needing a document) price every column;
#: above, over the columns in the LP and the options that keep households on their
#: reference flights (why: docs/decisions.md, Planner, "Objective 2 in the scaled method").
PRICE_SECONDARY = 200_000
#: Share of the time left that the LP bound of objective 2 may take.
BOUND_SHARE = 0.5
#: Share of the time left that the LP bound of objective 3 (with beds) may take: at
#: 20,000 persons it needs 6-12 s of the 8-20 left, and gives the bound of its rounds
#: that ended when it does not end (docs/decisions.md, "Objective 3's bound in the time").
OVERFLOW_BOUND_SHARE = 0.85
#: Options of the LP with beds at most for objective 3's LP bound (the sizes it had:
#: docs/decisions.md, Planner, "Measured figures behind the solvers' choices").
BEDS_LP_MAX_OPTIONS = 300_000
#: Options with beds per option without, the most measured (same section): the model
#: with beds is not built when the options without, times this, exceed the limit above.
BEDS_OPTIONS_GROWTH = 2.5
#: Share of the time left after the plan that re-timing its flights for the beds may
#: take (:func:`solvers.bed_timing.place_beds`).
BED_TIMING_SHARE = 0.12
#: Share of the time left after the plan that choosing the flown households' flights
#: again for the beds may take (:func:`solvers.full_rounding.place_beds_rounded`; first
#: plans only: a re-plan keeps its time for the repair and objective 2's bound).
FULL_ROUNDING_SHARE = 0.5
#: Node sets loaded above this share of their places are cut before they overflow.
TIGHT = 0.98
#: Share of the time limit after which no new round of cuts starts; the first LP's own
#: time does not stretch it (why: docs/decisions.md, Planner, "Measured figures behind
#: the solvers' choices").
CUT_SHARE = 0.6


@dataclass
class LpPlan:
    """A plan made from the LP of objective 1 (flights and slots; no beds yet)."""

    plan: Assignment
    #: The LP optimum: a proven upper bound of objective 1.
    bound: float
    parameters: dict[str, Any]
    timings: dict[str, float]
    #: The LP itself (its columns and held rows), for later bounds; its row of objective 1.
    lp: HighsLp | None = None
    model: lp_model.ArrayModel | None = None
    hold: int = -1
    #: Objective 1's price of a seat of each flight (the LP's seat duals), in flight order.
    seat_prices: np.ndarray | None = None
    screened: pin_rules.ScreenedPins | None = None

    @property
    def proven(self) -> bool:
        return self.value >= math.floor(self.bound + 1e-6)

    @property
    def value(self) -> int:
        return int(self.parameters["flown_weight"])


def solve_scaled(problem: Problem, options: SolveOptions,
                 progress: ProgressCallback | None = None,
                 should_cancel: CancelCheck | None = None, *,
                 prepared: Prepared | None = None) -> PlanResult:
    """``prepared``: the screened pins and classes when the caller has them already."""
    began = time.perf_counter()
    if prepared is None:
        prepared = Prepared.of(problem)
    else:  # the time limit counts from the start of the solve: classes included
        began -= prepared.seconds
    screened, classes = prepared.screened, prepared.classes
    timings = {"classes": prepared.seconds}
    reserve = max(MAKE_LEAST_SECONDS, MAKE_PER_CLASSES * prepared.seconds)
    # Objective 4's seat-aware bound keeps its time from the bounds of objectives 2, 3
    # and 5, never from the plan's stages: objective 1 and a re-plan's objective 2 come
    # first (docs/decisions.md, "Objective 4's bound keeps its time").
    waiting_reserve = waiting_bound.reserve_seconds(prepared.seconds)
    # A re-plan keeps a share of its time for the repair and the bound of objective 2.
    made = lp_plan(problem, classes, screened, options if problem.reference is None else
                   dataclasses.replace(options, time_limit=LP_PLAN_SHARE * options.time_limit),
                   began, progress, should_cancel, reserve=reserve)
    parameters: dict[str, Any] = {"method": "scaled", "solver": LP_SOLVER,
                                  "households": len(problem.households),
                                  "time_limit": options.time_limit}
    if made is None and should_cancel and should_cancel():
        return PlanResult(Assignment(), "cancelled", {}, {}, list(screened.conflicts),
                          "scaled", parameters, timings, time.perf_counter() - began)
    if made is None:
        # The LP of objective 1 was cut short inside HiGHS: a plan all the same.
        mark = time.perf_counter()
        made = greedy_plan(problem, classes, screened)
        timings["greedy"] = time.perf_counter() - mark
        if progress is not None:
            progress(Progress(FIRST_LP_OUT_OF_TIME, "flown_weight", None, made.bound,
                              time.perf_counter() - began))
    _prefer_published(problem, classes, screened, made)
    parameters.update(made.parameters)
    timings.update(made.timings)
    early_changes: EarlyChanges | None = None
    if problem.reference is not None and not (should_cancel and should_cancel()):
        mark = time.perf_counter()
        # The bound of objective 2 (the primal simplex from the LP's basis: about a
        # second of CPU at 20,000 persons) keeps its share of the time, and is taken
        # first, before the repair, at the weight the plan flies then: the repair only
        # adds weight, so it holds for the repaired plan too. Taken after the repair only,
        # under load it got no time and the plain bound stood (docs/decisions.md,
        # "A re-plan's bound of objective 2 before its repair").
        reserve = max(BOUND_RESERVE_MIN_SECONDS, BOUND_RESERVE_SHARE * options.time_limit)
        before_reserve = options.time_limit - reserve - (mark - began)
        early_changes = _early_changes_bound(made, classes, max(
            CHANGES_BOUND_SHARE * reserve, EARLY_BOUND_SHARE * before_reserve))
        timings["changes_bound"] = time.perf_counter() - mark
        mark = time.perf_counter()
        parameters["repair"] = _repair(problem, classes, screened, made, _within(
            began, options.time_limit - reserve, REPAIR_SHARE, REPAIR_MIN_SECONDS),
            options.seed)
        timings["repair"] = time.perf_counter() - mark
    plan = made.plan
    mark = time.perf_counter()
    # Who of the flown takes the earlier flights, for the beds (objective 3): a share of
    # the time left, the rest kept for the bounds.
    left = max(0.0, options.time_limit - (mark - began))
    if problem.reference is None:
        # First which flown household takes which flight, for the beds (a MIP: every
        # flight as full as it was), then the bed pass in the time left after it.
        chosen, retimed = place_beds_rounded(
            problem, plan, classes, screened, mark + FULL_ROUNDING_SHARE * left,
            BED_TIMING_SHARE * left)
        parameters["full_rounding"] = None if chosen is None else dataclasses.asdict(chosen)
    else:
        retimed = place_beds(problem, plan, classes, screened,
                             mark + BED_TIMING_SHARE * left)
    parameters["bed_timing"] = None if retimed is None else dataclasses.asdict(retimed)
    timings["beds"] = time.perf_counter() - mark
    figures = objectives.evaluate(problem, plan)
    status_by = dict.fromkeys((name for name, _ in OBJECTIVES), "feasible")
    if made.proven:
        status_by["flown_weight"] = "optimal"
    if problem.reference is None:
        status_by["changes"] = "optimal"
    parameters["gap_flown_weight"] = (made.bound - figures["flown_weight"]) / max(1.0, made.bound)
    status = "cancelled" if should_cancel and should_cancel() else "feasible"
    timings["total"] = time.perf_counter() - began
    bounds = {"flown_weight": made.bound}

    def report(stage: Reason, objective: str, best: float | None, bound: float | None) -> None:
        if progress is not None:
            progress(Progress(stage, objective, best, bound, time.perf_counter() - began))

    # The plan is made; the bounds of the later objectives can take most of the time
    # left (27 s of 31 at 20,000 persons): say so before and what each gave after.
    report(objective_done(1), "flown_weight", figures["flown_weight"], made.bound)
    mark = time.perf_counter()
    methods: dict[str, str] = {}
    if not (should_cancel and should_cancel()):
        report(LATER_BOUNDS_STAGE, "", None, None)
        bounds.update(later_bounds(problem, classes, made, figures,
                                   max(0.0, options.time_limit - (mark - began)), methods,
                                   kept=waiting_reserve, early_changes=early_changes))
    parameters["bound_methods"] = methods
    timings["bounds"] = time.perf_counter() - mark
    # The seat-aware bound's LP gets what the limit leaves, at least its reserve (also
    # when the plan took the rest: the first LP and making whole households run to their
    # end, and then the solve ends as late as the LP takes), none once cancelled.
    cancelled = bool(should_cancel and should_cancel())
    mark = time.perf_counter()
    objectives.add_plain_bounds(
        problem, bounds, status_by, classes, figures["flown_weight"], methods,
        0.0 if cancelled else options.time_limit - (mark - began),
        kept=0.0 if cancelled else waiting_reserve)
    timings["plain_bounds"] = time.perf_counter() - mark
    objectives.close_met(figures, bounds, status_by)
    for number, (name, _sense) in enumerate(OBJECTIVES[1:], start=2):
        report(objective_done(number), name, figures[name], bounds.get(name))
    return PlanResult(plan, status, figures, bounds,
                      list(screened.conflicts), "scaled",
                      dataclasses.asdict(options) | parameters, timings,
                      time.perf_counter() - began, status_by)


def greedy_plan(problem: Problem, classes: list[HouseholdClass],
                screened: pin_rules.ScreenedPins) -> LpPlan:
    """A plan without the LP, for when its first solve is cut short: the kept flight pins,
    their slots matched, then the households waiting, heaviest per seat first, each on its
    earliest flight with seats, medical places and slots left (:func:`fill_flights`).
    Its bound of objective 1 is the fractional knapsack of the households over every
    usable flight's seats (:func:`solvers.cheap_bounds.flown_weight`), or the weight of
    every household that has a flight it could take where that is less."""
    plan = Assignment()
    plan.flight_of.update(screened.flight)
    matcher = SlotMatcher(problem, screened)
    book = SeatBook(problem, classes, plan)
    matcher.match(plan, sorted(plan.flight_of))
    filled = fill_flights(problem, classes, plan, matcher, book)
    plan.slot_of.update(screened.slot)
    weight = sum(problem.person_by_id[m].weight for h in plan.flight_of
                 for m in problem.household_by_id[h].members)
    bound = min(float(sum(c.facts.weight * c.count for c in classes if len(c.facts.arrays))),
                float(cheap_bounds.flown_weight(problem, classes)))
    return LpPlan(plan, max(bound, float(weight)),
                  {"lp": "out of time", "filled": filled, "flown_weight": weight,
                   "flown_weight_bound": FLOWN_WEIGHT_BY_SEATS}, {},
                  screened=screened)


def published_candidate(problem: Problem, classes: list[HouseholdClass],
                        screened: pin_rules.ScreenedPins) -> Assignment | None:
    """A plan made from the reference (published) plan alone: every household back on its
    reference flight where its seats and medical places are left (the heaviest first),
    the document slots matched to all of them at once by a maximum flow (the lightest
    households stay when the slots cannot serve all), then the seats left filled
    (:func:`fill_flights`). None without a reference plan, or with kept flight or slot
    pins (only the LP places those). Slots were first taken household by household, the
    earliest free ones: at 20,000 persons re-planned that left 4,669 persons changed,
    where the cancelled flight forced 235."""
    if problem.reference is None or screened.flight or screened.slot:
        return None
    plan = Assignment()
    matcher = SlotMatcher(problem, screened)
    book = SeatBook(problem, classes, plan)
    order = sorted((c for c in classes if c.reference_flight is not None),
                   key=lambda c: (-c.facts.weight, -c.kept_persons, c.index))
    for cls in order:
        target = cls.reference_flight
        assert target is not None
        for household_id in cls.households:
            seats, medical = book.option(household_id, target)
            if book.seats_left[target] < seats or book.medical_left[target] < medical:
                break  # the class's other households need as much room
            plan.flight_of[household_id] = target
            book.book(household_id, target, 1)
    flights = dict(plan.flight_of)
    for household_id in matcher.match(plan, sorted(plan.flight_of,
                                                   key=lambda h: _priority(book, h))):
        book.book(household_id, flights[household_id], -1)
    keep_references(problem, classes, plan, matcher, book)
    fill_flights(problem, classes, plan, matcher, book)
    return plan


def _prefer_published(problem: Problem, classes: list[HouseholdClass],
                      screened: pin_rules.ScreenedPins, made: LpPlan) -> None:
    """Keep :func:`published_candidate` instead of the LP's plan when it is better in the
    order of SPEC 3.2 (more weight flown, or as much with fewer changes): when the LP runs
    out of time before it chooses, among objective 1's optima, the one keeping the published
    flights, its plan may move nearly everyone (150,000 persons re-planned under load after
    one cancelled flight: 117,728 persons moved)."""
    candidate = published_candidate(problem, classes, screened)
    if candidate is None:
        return
    mine = objectives.evaluate(problem, made.plan)
    theirs = objectives.evaluate(problem, candidate)
    if (theirs["flown_weight"], -theirs["changes"]) > (mine["flown_weight"], -mine["changes"]):
        log.info("the published plan kept: weight %s, %s changes (the LP's plan: %s, %s)",
                 theirs["flown_weight"], theirs["changes"], mine["flown_weight"],
                 mine["changes"])
        made.plan = candidate
        made.parameters["flown_weight"] = theirs["flown_weight"]
        made.parameters["published_plan_kept"] = True


def _repair(problem: Problem, classes: list[HouseholdClass], screened: pin_rules.ScreenedPins,
            made: LpPlan, seconds: float, seed: int) -> dict[str, Any] | None:
    """The re-plan's changed households planned again (:mod:`solvers.repair`); the
    repaired plan replaces the LP's when it is better in SPEC 3.2's order."""
    repaired = repair.repair(problem, made.plan, classes, screened, seconds, seed,
                             bound=made.bound)
    if repaired is None:
        return None
    kept = repair.better(repaired.before, repaired.after)
    if kept:
        made.plan = repaired.plan
        made.parameters["flown_weight"] = repaired.after["flown_weight"]
    return {"households": repaired.households, "kept": kept,
            "changes": [repaired.before["changes"], repaired.after["changes"]],
            "flown_weight": [repaired.before["flown_weight"], repaired.after["flown_weight"]]}


def lp_plan(problem: Problem, classes: list[HouseholdClass], screened: pin_rules.ScreenedPins,
            options: SolveOptions, began: float, progress: ProgressCallback | None = None,
            should_cancel: CancelCheck | None = None, *, nested: bool = True,
            gap: float = NEIGHBOURHOOD_GAP, weigh_changes: bool = True,
            beds: bool = False, reserve: float = 0.0) -> LpPlan | None:
    """Objective 1 by the LP over profiles, then whole households (see the module's text).
    With ``nested``, the seats and slots the households grounded for documents left are
    planned again the same way, as an operation of their own. With ``weigh_changes`` and a
    reference plan, the whole-household MIP weighs objective 2 behind objective 1 (the
    exact method's warm start leaves objective 2 to its own MIP, which proves it sooner than
    the weighted search; docs/decisions.md, Planner). None when the LP could not
    be solved (or the solve was cancelled). Every LP keeps to the time limit less
    ``reserve``, the seconds kept for making whole households of its plan."""
    timings: dict[str, float] = {}
    # The moment the LPs and the whole-household MIP must leave the rest its time by.
    lp_limit = max(0.0, options.time_limit - reserve)

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = now - since
        return now

    mark = time.perf_counter()
    model = lp_model.build(problem, classes, screened, beds=beds)
    mark = lap("build", mark)
    parameters: dict[str, Any] = {"classes": len(classes), "profiles": len(model.profiles),
                                  "options": model.options}
    cost = model.flown_weight()
    # Every LP keeps to the time limit, less the time kept for making the plan: the
    # first one too (it had up to 60 s: at 30,000 persons with a limit of 10 s the job
    # took 27.5 s). Out of time, its result still bounds objective 1 (LpResult.bound).
    budget = max(LP_LEAST_SECONDS, lp_limit - (mark - began))
    def round_reported(rounds: int) -> None:
        if progress is not None:
            progress(Progress(first_lp_round(rounds), "flown_weight", None, None,
                              time.perf_counter() - began))

    lp = HighsLp(model, should_cancel=should_cancel, progress=round_reported)
    result = lp.solve(cost, True, budget)
    parameters["lp_rounds"] = result.rounds
    parameters["lp_columns"] = int(lp.in_lp.sum())
    demand = lp_model.document_demand(problem, model.profiles, model.flights,
                                      model.profile_start)
    # Among the LP optima, the one that changes the fewest persons from the reference plan
    # (objective 2) and then flies the fewest persons needing a document (the likeliest
    # to fit the slots); document cuts then close what still does not.
    chosen = result
    few_documents = _document_count(model, demand)
    # Out of time: no LP chooses among the optima, and no document cut is added.
    first_optimal = result.optimal
    if problem.reference is not None:
        # Objective 2 first, then (by less than one person in all) the fewest persons
        # needing a document.
        needing = sum(1 for p in problem.persons if p.needs_document)
        few_documents = model.changes() + few_documents / (needing + 1.0)
    hold = -1
    cuts = rounds = 0
    documents = "fit"
    if first_optimal and result.value is not None and result.x is not None and \
            few_documents.any():
        if len(model.keep_option):
            # The options that keep households on their reference flights, so that the
            # choice among objective 1's optima can keep them without pricing.
            lp.include(model.keep_option)
        hold = lp.hold(cost, True, _held(result.value))
        second = lp.solve(few_documents, False, _left(began, lp_limit),
                          price=problem.reference is None or model.options <= PRICE_SECONDARY)
        if second.optimal:
            chosen = second
    while chosen.x is not None:
        found = document_cuts(problem, model, demand, chosen.x, screened)
        if not found:
            break
        if not first_optimal or rounds >= (MAX_CUT_ROUNDS if nested else NESTED_CUT_ROUNDS) \
                or time.perf_counter() - began > CUT_SHARE * lp_limit:
            documents = "cuts"
            break
        rounds += 1
        cuts += len(found)
        for vector, limit in found:
            lp.add_row(vector, -np.inf, limit)
        price = model.options <= (PRICE_AFTER_CUTS if problem.reference is None
                                  else PRICE_SECONDARY)
        if hold >= 0:
            again = lp.solve(few_documents, False, _left(began, lp_limit), price=price)
            if again.status == "Infeasible":
                # Not at this weight with these cuts (or not with the columns in the LP):
                # solve objective 1 again. Over every column its optimum is the new bound;
                # in very big models (PRICE_AFTER_CUTS) over the columns in the LP, and the
                # bound stays the optimum without the cuts.
                lp.set_row_bounds(hold, -np.inf, np.inf)
                first = lp.solve(cost, True, _left(began, lp_limit), price=price)
                if not first.optimal or first.value is None:
                    documents = "cuts"
                    break
                if price:
                    result = first
                lp.set_row_bounds(hold, _held(first.value), np.inf)
                again = lp.solve(few_documents, False, _left(began, lp_limit), price=price)
        else:
            again = lp.solve(cost, True, _left(began, lp_limit))
            if again.optimal:
                result = again
        if not again.optimal:  # out of time: the last optimum still bounds objective 1
            documents = "cuts"
            break
        chosen = again
    parameters["document_cut_rounds"] = rounds
    parameters["document_cuts"] = cuts
    mark = lap("lp_flown_weight", mark)
    parameters["documents_in_lp"] = documents
    if result.x is None or result.value is None or result.bound is None or (
            should_cancel and should_cancel()):
        return None
    # The optimum, or (out of time between rounds) the value with what the columns left
    # out could add.
    bound = float(result.bound)
    parameters["lp"] = "optimal" if result.optimal else "out of time"
    chosen_x = chosen.x
    assert chosen_x is not None  # every LP solution chosen above is an optimum, with its x
    if progress:
        progress(Progress(FIRST_LP_STAGE, "flown_weight", None, bound,
                          time.perf_counter() - began))
    mark = time.perf_counter()
    if hold >= 0:
        lp.set_row_bounds(hold, -np.inf, np.inf)
    # With a reference plan the MIP keeps objective 2 behind objective 1: it moves by at
    # most the number of persons, objective 1 by whole weights.
    whole_cost = cost if problem.reference is None or not weigh_changes else \
        cost * (len(problem.persons) + 1.0) - model.changes()
    whole = None if lp_limit - (time.perf_counter() - began) < NEIGHBOURHOOD_LEAST_SECONDS \
        else lp.integer_neighbourhood(
        whole_cost, chosen_x, _within(began, lp_limit, NEIGHBOURHOOD_SHARE,
                                      NEIGHBOURHOOD_MIN_SECONDS), gap,
        # The weighted MIP's relative gap is wider than objective 2's whole range: with a
        # reference plan it only rounds the LP's plan (chosen for objective 2 too), and the
        # repair (:mod:`solvers.repair`) then plans the changed households again (the
        # changes before and after: docs/decisions.md, Planner).
        near=problem.reference is not None and weigh_changes)
    parameters["neighbourhood"] = whole is not None
    mark = lap("neighbourhood", mark)
    plan = round_flights(model, chosen_x if whole is None else whole, screened)
    rounded = sum(int(model.class_weight[c.index]) * sum(h in plan.flight_of
                                                         for h in c.households)
                  for c in classes)
    parameters["rounded_flown_weight"] = rounded
    result_flight = dict(plan.flight_of)
    matcher = SlotMatcher(problem, screened)
    book = SeatBook(problem, classes, plan)
    priority = sorted(plan.flight_of, key=lambda h: _priority(book, h))
    grounded = matcher.match(plan, priority)
    for household_id in grounded:
        book.book(household_id, result_flight[household_id], -1)
    parameters["grounded_for_documents"] = len(grounded)
    if nested and not (should_cancel and should_cancel()) and \
            time.perf_counter() - began < lp_limit - NESTED_MIN_LEFT:
        # The nested plan gets a share of the time left, as a time limit of its own.
        nested_options = dataclasses.replace(
            options, time_limit=_within(began, lp_limit, NESTED_SHARE, 0.5))
        parameters["replanned_gain"] = _replan_residual(problem, plan, book, matcher,
                                                        nested_options)
        parameters["residual_gain"] = solve_residual(
            problem, plan, book, matcher, screened,
            min(RESIDUAL_MAX_SECONDS, _within(began, lp_limit, RESIDUAL_SHARE,
                                              RESIDUAL_MIN_SECONDS)),
            options.seed)
    parameters["kept_references"] = keep_references(problem, classes, plan, matcher, book)
    parameters["filled"] = fill_flights(problem, classes, plan, matcher, book)
    for person_id, slot_id in screened.slot.items():
        plan.slot_of[person_id] = slot_id
    lap("round_fill", mark)
    parameters["flown_weight"] = sum(problem.person_by_id[m].weight for h in plan.flight_of
                                     for m in problem.household_by_id[h].members)
    seat_prices = None
    if result.duals is not None:
        first_seat = len(model.profiles)
        seat_prices = np.abs(result.duals[first_seat: first_seat + len(model.flights)])
    lp.relax()
    return LpPlan(plan, bound, parameters, timings, lp, model, hold, seat_prices, screened)


@dataclass(frozen=True)
class EarlyChanges:
    """A re-plan's LP bound of objective 2 taken before its repair, at the weight its plan
    flew then, and how it was made."""

    bound: float
    method: str
    weight: float


def _early_changes_bound(made: LpPlan, classes: list[HouseholdClass],
                         seconds: float) -> EarlyChanges | None:
    """Objective 2's LP bound over every plan flying at least the weight ``made`` flies
    (None without the LP, or when it found nothing in ``seconds``)."""
    if made.lp is None or made.model is None:
        return None
    weight = float(made.value)
    found = bounds.changes_lp_bound(made.lp, made.model, made.hold, classes, weight, seconds)
    return None if found is None else EarlyChanges(found[0], found[1], weight)


def later_bounds(problem: Problem, classes: list[HouseholdClass], made: LpPlan,
                 figures: dict[str, int], seconds: float,
                 methods: dict[str, str] | None = None, kept: float = 0.0,
                 early_changes: EarlyChanges | None = None) -> dict[str, float]:
    """Proven bounds of objectives 2, 3 and 5 over every plan flying at least the plan's
    weight (:mod:`solvers.bounds`), within ``seconds``; ``methods`` gets how each was made.
    Objective 4's comes with the cheap bounds (``objectives.add_plain_bounds``), after
    these: the bounds of objectives 3 and 5 leave it the ``kept`` seconds (objective 2's,
    before it in SPEC 3.2's order, does not). A re-plan's ``early_changes`` (its bound of
    objective 2 before the repair) stands unless the plan now flies more weight and the
    LP at that weight gives a tighter one."""
    methods = {} if methods is None else methods
    began = time.perf_counter()
    found: dict[str, float] = {}
    weight = float(figures["flown_weight"])
    if early_changes is not None:
        found["changes"] = early_changes.bound
        methods["changes"] = early_changes.method if weight <= early_changes.weight else \
            f"{early_changes.method}, at the weight before the repair"
    if problem.reference is not None and made.lp is not None and made.model is not None \
            and (early_changes is None or weight > early_changes.weight):
        changes = bounds.changes_lp_bound(made.lp, made.model, made.hold, classes, weight,
                                          CHANGES_BOUND_SHARE * seconds)
        if changes is not None and changes[0] >= found.get("changes", -math.inf):
            found["changes"], methods["changes"] = changes
    if any(c.facts.sheltered for c in classes):
        found["overflow_person_nights"] = float(math.ceil(
            bounds.overflow_bound(problem, classes) - 1e-6))
        methods["overflow_person_nights"] = "night by night"
        left = seconds - kept - (time.perf_counter() - began)
        by_lp = _overflow_lp_bound(problem, classes, made, figures,
                                   OVERFLOW_BOUND_SHARE * left)
        if by_lp is not None and by_lp[0] >= found["overflow_person_nights"]:
            found["overflow_person_nights"] = by_lp[0]
            methods["overflow_person_nights"] = "lp with beds" if by_lp[1] else \
                "lp with beds, its rounds in the time"
    # Objective 4's bound is the seat-aware one of the cheap bounds (solvers.waiting_bound,
    # taken after these): tighter than the Lagrangian over flights in a fraction of its time.
    left = seconds - kept - (time.perf_counter() - began)
    if left > 0.2:
        options = bounds.ClassOptions.of(problem, classes)
        value = bounds.lagrangian_bound(options, options.first_choice, "max", weight,
                                        made.seat_prices, float(figures["first_choice"]),
                                        left / 2)
        found["first_choice"] = float(math.floor(value + 1e-6))
        methods["first_choice"] = "lagrangian"
    return found


def _overflow_lp_bound(problem: Problem, classes: list[HouseholdClass], made: LpPlan,
                       figures: dict[str, int], seconds: float
                       ) -> tuple[float, bool] | None:
    """Objective 3's bound by the LP with beds (:mod:`solvers.lp_beds`): the least
    overflow of every plan flying at least the plan's weight (and changing at most its
    persons), and whether the LP ended (if not, the best bound of its rounds of pricing
    that ended); None when the model is too big for the time or no round ended."""
    began = time.perf_counter()
    if seconds < 1.0 or made.model is None or \
            made.model.options * BEDS_OPTIONS_GROWTH > BEDS_LP_MAX_OPTIONS:
        return None
    model = lp_model.build(problem, classes, made.screened or pin_rules.ScreenedPins(),
                           beds=True)
    if model.options > BEDS_LP_MAX_OPTIONS or model.beds is None:
        return None
    lp = HighsLp(model)
    lp.highs.setOptionValue("simplex_strategy", 4)  # primal: columns join a primal basis
    weight = float(figures["flown_weight"])
    # objective 1 first: its columns make the held rows feasible for the LP's columns
    first = lp.solve(model.flown_weight(), True, max(0.5, seconds / 4))
    if not first.optimal:
        return None
    lp.hold(model.flown_weight(), True, weight - 1e-7 * max(1.0, weight))
    if problem.reference is not None:
        constant = sum(c.count * c.facts.changes_grounded for c in classes)
        if len(model.keep_option):
            lp.include(model.keep_option)
        lp.hold(model.changes(), False, figures["changes"] - constant + 1e-7)
    # The plan's own flights start in the LP: fewer rounds of pricing (at 20,000 persons
    # 5 where 9, docs/decisions.md, "Objective 3's bound in the time").
    lp.include(plan_columns(model, made.plan))
    result = lp.solve(model.overflow(), False,
                      max(0.5, seconds - (time.perf_counter() - began)))
    # Not ended in the time: the best bound of the rounds that did (weak duality).
    bound = result.bound if result.bound is not None else result.round_bound
    if bound is None:
        return None
    return float(max(0, math.ceil(bound + model.beds.constant - 1e-6))), result.optimal


def plan_columns(model: lp_model.ArrayModel, plan: Assignment) -> np.ndarray:
    """The option columns of ``model`` on which ``plan``'s flown households fly."""
    profile_of = {h: p for p in model.profiles for c in p.classes for h in c.households}
    columns: set[int] = set()
    for household_id, flight_id in plan.flight_of.items():
        profile = profile_of.get(household_id)
        if profile is None:
            continue
        hit = np.flatnonzero(profile.arrays.flight_id == flight_id)
        if len(hit):
            columns.add(int(model.profile_start[profile.index]) + int(hit[0]))
    return np.asarray(sorted(columns), dtype=np.int64)


def _replan_residual(problem: Problem, plan: Assignment, book: SeatBook,
                     matcher: SlotMatcher, options: SolveOptions) -> int:
    """The seats, medical places and slots left (by households grounded for documents, or
    by the whole-household MIP, whose neighbourhood holds only the households the LP
    flies), and every household still waiting, as an operation of their own, planned by the
    same LP (not nested again); its plan joins ``plan``. Returns the weight gained."""
    residual = residual_problem(problem, plan, book, matcher, limit=None)
    if residual is None:
        return 0
    empty = pin_rules.ScreenedPins()
    facts = [f for f in household_facts(residual, empty) if len(f.arrays)]
    if not facts:
        return 0
    classes = make_classes(facts, empty)
    made = lp_plan(residual, classes, empty, options, time.perf_counter(), nested=False)
    if made is None:
        return 0
    for household_id, flight_id in made.plan.flight_of.items():
        plan.flight_of[household_id] = flight_id
        book.book(household_id, flight_id, 1)
    for person_id, slot_id in made.plan.slot_of.items():
        plan.slot_of[person_id] = slot_id
        matcher.free[slot_id] -= 1
    return made.value


def _within(began: float, limit: float, share: float, least: float) -> float:
    """A stage's seconds: ``share`` of the time left before ``began + limit``, at least
    ``least`` but never past that moment (a quarter second when it has passed)."""
    left = max(0.25, limit - (time.perf_counter() - began))
    return min(left, max(least, share * left))


def _held(value: float) -> float:
    """Objective 1 held at its LP optimum, less a hair for the LP's tolerances."""
    return value - 1e-7 * max(1.0, abs(value))


def _left(began: float, budget: float) -> float:
    return max(0.5, budget - (time.perf_counter() - began))


def _document_count(model: lp_model.ArrayModel, demand: lp_model.Demand) -> np.ndarray:
    """Persons needing a document per household of each option column."""
    _, (_, cols, values) = demand
    return np.bincount(cols, weights=values, minlength=model.columns)


def _priority(book: SeatBook, household_id: int) -> tuple[float, int]:
    """Heaviest households first (per member needing a document): when the slots cannot
    serve every flown person, the lightest stay."""
    facts = book.class_of[household_id].facts
    return (-facts.weight / max(1, len(facts.document_ready)), household_id)


def document_cuts(problem: Problem, model: lp_model.ArrayModel, demand_of: lp_model.Demand,
                  x: np.ndarray, pins: pin_rules.ScreenedPins, most: int = CUTS_PER_ROUND
                  ) -> list[tuple[np.ndarray, float]]:
    """Document rows that the LP solution ``x`` breaks (none when its document demand fits
    the slots).

    The demand of each node (rounded up to thousandths of a person: never optimistic) is
    sent through a maximum flow to the slots. When it does not all arrive, the minimum
    cut names a set of nodes whose demand exceeds the places of every slot they may use
    (Hall's condition): ``sum of their demand <= those places`` holds in every plan. Each
    cut is returned as ``(coefficients over the columns, places)``; the search goes on
    without the nodes and slots of the cuts found, up to ``most`` disjoint ones."""
    nodes, (rows, cols, values) = demand_of
    if not len(rows):
        return []
    demand = np.bincount(rows, weights=values * x[cols], minlength=len(nodes))
    scaled = np.ceil(demand * DEMAND_SCALE - 1e-6).astype(np.int64)
    pinned = Counter(pins.slot.values())
    places = {s: max(0, problem.slot_by_id[s].capacity - pinned[s])
              for _, slots in nodes for s in slots}
    active = {i for i in range(len(nodes)) if scaled[i] > 0}
    used_slots: set[int] = set()
    found: list[tuple[np.ndarray, float]] = []
    while active and len(found) < most:
        chosen, limit = _hall_violation(nodes, scaled, places, active, used_slots)
        if not chosen:
            break
        vector = np.zeros(model.columns)
        use = np.isin(rows, np.asarray(sorted(chosen), dtype=np.int64))
        np.add.at(vector, cols[use], values[use])
        if vector @ x > limit + 1e-6:
            found.append((vector, limit))
        active -= chosen
        used_slots |= {s for i in chosen for s in nodes[i][1]}
    if found:
        # Where one set overflows, its neighbours are next once the LP moves demand there:
        # every node's slots whose inner demand is over or within a hair of their places.
        for chosen, limit in _tight_node_sets(nodes, demand, places, most):
            vector = np.zeros(model.columns)
            use = np.isin(rows, np.asarray(sorted(chosen), dtype=np.int64))
            np.add.at(vector, cols[use], values[use])
            found.append((vector, limit))
    return found


def _tight_node_sets(nodes: Sequence[tuple[object, tuple[int, ...]]], demand: np.ndarray,
                     places: dict[int, int], most: int) -> list[tuple[set[int], float]]:
    """For the slots of each node: the nodes that may use only those slots, when their
    demand is above TIGHT of those slots' places (the most loaded first)."""
    bit: dict[int, int] = {}
    for _, slots in nodes:
        for slot_id in slots:
            bit.setdefault(slot_id, 1 << len(bit))
    masks = [sum(bit[s] for s in slots) for _, slots in nodes]
    loaded = [i for i in range(len(nodes)) if demand[i] > 1e-9]
    seen: set[int] = set()
    tight = []
    for mask, (_, slots) in zip(masks, nodes, strict=True):
        if not slots or mask in seen:
            continue
        seen.add(mask)
        inside = {i for i in loaded if masks[i] & ~mask == 0}
        limit = float(sum(places[s] for s in slots))
        load = float(sum(demand[i] for i in inside))
        if inside and load > TIGHT * limit:
            tight.append((load / max(limit, 1e-9), inside, limit))
    tight.sort(key=lambda t: -t[0])
    return [(inside, limit) for _, inside, limit in tight[:most]]


def _hall_violation(nodes: Sequence[tuple[object, tuple[int, ...]]], scaled: np.ndarray,
                    places: dict[int, int], active: set[int], excluded: set[int]
                    ) -> tuple[set[int], float]:
    """Nodes (of ``active``) whose demand exceeds their slots' places, and those places;
    (empty set, 0) when all demand fits."""
    flow = max_flow.SimpleMaxFlow()
    slot_ids = sorted({s for i in active for s in nodes[i][1] if s not in excluded})
    slot_node = {s: len(nodes) + 1 + i for i, s in enumerate(slot_ids)}
    sink = len(nodes) + 1 + len(slot_ids)
    total = int(sum(int(scaled[i]) for i in active))
    for i in active:
        flow.add_arc_with_capacity(0, i + 1, int(scaled[i]))
        for slot_id in nodes[i][1]:
            if slot_id in slot_node:
                flow.add_arc_with_capacity(i + 1, slot_node[slot_id], total)
    for slot_id in slot_ids:
        flow.add_arc_with_capacity(slot_node[slot_id], sink, places[slot_id] * DEMAND_SCALE)
    flow.solve(0, sink)
    if flow.optimal_flow() >= total:
        return set(), 0.0
    side = set(flow.get_source_side_min_cut())
    chosen = {i for i in active if i + 1 in side}
    limit = float(sum(places[s] for s in slot_ids if slot_node[s] in side))
    return chosen, limit
