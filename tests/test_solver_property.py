"""Random small operations (hypothesis): every plan passes every validator, objective 1
equals a brute-force optimum, and every reason given for a household left behind is true."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.words.render import render
from solvers.explain import PlanUsage, explain_overflow, explain_unflown
from solvers.problem import PinSpec, Problem, ShelterSpec, age_on
from solvers.solution import Assignment, SolveOptions
from solvers.solve import solve
from solvers.validate import released_pin_ids, validate
from tests.test_solver_rules import S, flight, person, problem, slot

AGES = (0, 10, 16, 30, 65)
#: The time limit of the solves that must prove their optimum: far more than any of these
#: small operations needs, so that a loaded machine cannot turn "optimal" into "feasible";
#: a solve that hangs is stopped by the suite's timeout (pyproject.toml), not by this.
PROVING_LIMIT = 300.0


@st.composite
def operations(draw: st.DrawFn) -> Problem:
    persons = []
    pid = 0
    for household in range(1, draw(st.integers(1, 4)) + 1):
        dest = draw(st.sampled_from([("CGK",), ("SUB",), ("CGK", "SUB"), ("SUB", "CGK")]))
        available = draw(st.sampled_from([None, S + dt.timedelta(days=1), S + dt.timedelta(days=3)]))
        for _ in range(draw(st.integers(1, 2))):
            pid += 1
            persons.append(person(
                pid, household, age=draw(st.sampled_from(AGES)), sex=draw(st.sampled_from("MF")),
                dest=dest, doc=draw(st.booleans()), medical=draw(st.booleans()),
                shelter=draw(st.booleans()), available=available,
                cleared=draw(st.sampled_from([None, None, S + dt.timedelta(days=4)])),
                weight=draw(st.integers(1, 4))))
    flights = [
        flight(fid, draw(st.integers(-1, 5)), seats=draw(st.integers(0, 4)),
               dest=draw(st.sampled_from(["CGK", "SUB"])), hour=draw(st.sampled_from([8, 15])),
               medical=draw(st.sampled_from([None, 0, 1])),
               status=draw(st.sampled_from(["planned", "confirmed", "planned", "cancelled"])))
        for fid in range(1, draw(st.integers(0, 3)) + 1)
    ]
    slots = tuple(
        slot(sid, draw(st.integers(0, 4)), capacity=draw(st.integers(0, 2)),
             ready_after=draw(st.sampled_from([24.0, 48.0])))
        for sid in range(1, draw(st.integers(0, 2)) + 1)
    )
    shelters = tuple(
        ShelterSpec(sid, f"Shelter {sid}", draw(st.integers(0, 3)),
                    accepts=draw(st.sampled_from(["any", "women_children", "men"])),
                    medical_care=draw(st.booleans()),
                    open_until=draw(st.sampled_from([None, S + dt.timedelta(days=2)])))
        for sid in range(1, draw(st.integers(0, 2)) + 1)
    )
    households = sorted({p.household_id for p in persons})
    pins = []
    for pin_id in range(1, draw(st.integers(0, 2)) + 1):
        kind = draw(st.sampled_from(["flight", "shelter", "slot"]))
        if kind == "flight" and flights:
            pins.append(PinSpec(pin_id, kind, draw(st.sampled_from(households)),
                                draw(st.sampled_from(flights)).id))
        elif kind == "shelter" and shelters:
            pins.append(PinSpec(pin_id, kind, draw(st.sampled_from(households)),
                                draw(st.sampled_from(shelters)).id))
        elif kind == "slot" and slots:
            pins.append(PinSpec(pin_id, kind, draw(st.sampled_from(persons)).id,
                                draw(st.sampled_from(slots)).id))
    # Pins on one subject of one kind are unique in the database.
    unique = {(p.kind, p.subject_id): p for p in pins}
    return problem(persons, flights, shelters=shelters, slots=slots,
                   pins=tuple(unique.values()))


def _documents_fit(prob: Problem, flown: dict[int, int], kept_slots: dict[int, int]) -> bool:
    """Brute-force matching of flown persons needing documents to slot places."""
    capacity = {s.id: s.capacity for s in prob.slots}
    for slot_id in kept_slots.values():
        capacity[slot_id] -= 1
    needing = []
    for household_id, flight_id in flown.items():
        flt = prob.flight_by_id[flight_id]
        for p in prob.members(prob.household_by_id[household_id]):
            if not p.needs_document:
                continue
            if p.id in kept_slots:
                if not prob.slot_in_time(prob.slot_by_id[kept_slots[p.id]], p, flt):
                    return False
                continue
            needing.append([s.id for s in prob.slots if prob.slot_in_time(s, p, flt)])
    places = [sid for sid, cap in capacity.items() for _ in range(max(0, cap))]
    if len(needing) > len(places):
        return False
    for chosen in itertools.permutations(range(len(places)), len(needing)):
        if all(places[i] in options for i, options in zip(chosen, needing, strict=True)):
            return True
    return not needing


def brute_force_weight(prob: Problem, kept: dict[str, dict[int, int]]) -> int:
    return brute_force(prob, kept)[0]


def brute_force(prob: Problem, kept: dict[str, dict[int, int]]) -> tuple[int, int]:
    """The best (objective 1, objective 2) of every choice of flights: the most weight
    flown, then the fewest persons whose flight differs from the reference plan."""
    reference = prob.reference or {}
    best = (0, -sum(1 for p in prob.persons if p.id in reference))
    choices = []
    for household in prob.households:
        pinned = kept["flight"].get(household.id)
        options = [pinned] if pinned is not None else [None, *(f.id for f in prob.usable_flights)]
        choices.append(options)
    for combo in itertools.product(*choices):
        flown = {h.id: f for h, f in zip(prob.households, combo, strict=True) if f is not None}
        plan = Assignment(flight_of=flown)
        rules_ok = not any(
            e for e in validate(prob, plan)
            if e.rule in ("rule 2", "rule 3", "rule 4", "rule 5", "rule 11"))
        if not rules_ok or not _documents_fit(prob, flown, kept["slot"]):
            continue
        weight = sum(p.weight for h in flown for p in prob.members(prob.household_by_id[h]))
        changes = sum(1 for h in prob.households for p in prob.members(h)
                      if reference.get(p.id) != flown.get(h.id))
        best = max(best, (weight, -changes))
    return best[0], -best[1]


def _kept(prob: Problem, released: set[int]) -> dict[str, dict[int, int]]:
    kept: dict[str, dict[int, int]] = {"flight": {}, "shelter": {}, "slot": {}}
    for pin in prob.pins:
        if pin.id not in released:
            kept[pin.kind][pin.subject_id] = pin.target_id
    return kept


def check_reasons_true(prob: Problem, plan: Assignment, conflicts: list[dict]) -> None:
    usage = PlanUsage.of(prob, plan)
    reasons = explain_unflown(prob, plan, conflicts, usage)
    for household in prob.households:
        if household.id in plan.flight_of:
            assert household.id not in reasons
            continue
        found = reasons[household.id]
        assert found, f"household {household.code} left without a reason"
        members = prob.members(household)
        accepted = prob.accepted_destinations(household)
        for reason in found:
            code = reason["code"]
            assert render(reason)
            if code == "no_flight_to_destination":
                assert not [f for f in prob.usable_flights if f.destination in accepted]
            elif code == "not_cleared":
                cleared = prob.household_cleared(household)
                assert cleared is not None
                assert all(f.departure_date < cleared for f in prob.usable_flights
                           if f.destination in accepted)
            elif code == "flights_full":
                for key in reason["flights"]:
                    flt = next(f for f in prob.flights if f.key == key)
                    need = sum(1 for p in members
                               if age_on(p.date_of_birth, flt.departure_date) >= 2)
                    assert flt.seats - usage.seats[flt.id] < need, key
            elif code == "infant_without_adult":
                # On every flight the reason names, its infants outnumber its members
                # aged 18+ (one lap infant per adult).
                later = [f for f in prob.usable_flights if f.key in reason["flights"]]
                assert later
                for flt in later:
                    ages = [age_on(p.date_of_birth, flt.departure_date) for p in members]
                    assert sum(a < 2 for a in ages) > sum(a >= 18 for a in ages), flt.key
                assert reason["infants"] > reason["adults"]
            elif code == "no_document_slot":
                for case_no in reason["persons"]:
                    p = next(m for m in members if m.case_no == case_no)
                    assert p.needs_document
    for household_id, (nights, why) in explain_overflow(prob, plan, usage).items():
        assert household_id not in plan.shelter_of and nights > 0 and why


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations())
def test_random_plans_are_valid_optimal_and_explained(prob: Problem) -> None:
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    released = released_pin_ids(result.conflicts)
    assert result.status == "optimal"
    assert validate(prob, result.assignment, released) == []
    expected = brute_force_weight(prob, _kept(prob, released))
    assert result.objectives["flown_weight"] == expected
    check_reasons_true(prob, result.assignment, result.conflicts)


@st.composite
def bed_operations(draw: st.DrawFn) -> Problem:
    """Up to four households competing for a few seats and beds over a short horizon:
    small enough to try every choice of flight and shelter of every household."""
    persons = []
    pid = 0
    for household in range(1, draw(st.integers(1, 4)) + 1):
        dest = draw(st.sampled_from([("CGK",), ("SUB",), ("CGK", "SUB"), ("SUB", "CGK")]))
        available = draw(st.sampled_from([None, S + dt.timedelta(days=1),
                                          S + dt.timedelta(days=2)]))
        for _ in range(draw(st.integers(1, 2))):
            pid += 1
            persons.append(person(
                pid, household, age=draw(st.sampled_from((10, 30, 65))),
                sex=draw(st.sampled_from("MF")), dest=dest, doc=draw(st.booleans()),
                medical=draw(st.booleans()), shelter=draw(st.booleans()),
                available=available, weight=draw(st.integers(1, 3))))
    flights = [flight(fid, draw(st.integers(1, 2)), seats=draw(st.integers(1, 3)),
                      dest=draw(st.sampled_from(["CGK", "SUB"])))
               for fid in range(1, draw(st.integers(1, 3)) + 1)]
    slots = tuple(slot(sid, draw(st.integers(0, 2)), capacity=draw(st.integers(0, 2)))
                  for sid in range(1, draw(st.integers(0, 2)) + 1))
    shelters = tuple(
        ShelterSpec(sid, f"Shelter {sid}", draw(st.integers(1, 3)),
                    accepts=draw(st.sampled_from(["any", "women_children", "men"])),
                    medical_care=draw(st.booleans()),
                    open_until=draw(st.sampled_from([None, S + dt.timedelta(days=2)])))
        for sid in range(1, draw(st.integers(1, 2)) + 1))
    return problem(persons, flights, shelters=shelters, slots=slots)


def every_plan(prob: Problem, beds: bool = True) -> Iterator[dict[str, int]]:
    """The objectives of every plan: each choice of flight and (with ``beds``) shelter of
    every household that the validator and a brute-force document matching accept."""
    from solvers.objectives import evaluate

    flight_choices = [None, *(f.id for f in prob.usable_flights)]
    shelter_choices = [None, *(s.id for s in prob.shelters)] if beds else [None]
    for flights in itertools.product(flight_choices, repeat=len(prob.households)):
        flown = {h.id: f for h, f in zip(prob.households, flights, strict=True) if f}
        plan = Assignment(flight_of=flown)
        if any(e.rule in ("rule 2", "rule 3", "rule 4", "rule 5", "rule 11")
               for e in validate(prob, plan)) or not _documents_fit(prob, flown, {}):
            continue
        sheltered = [h for h in prob.households if prob.sheltered_members(h)]
        for shelters in itertools.product(shelter_choices, repeat=len(sheltered)):
            plan.shelter_of = {h.id: s for h, s in zip(sheltered, shelters, strict=True)
                               if s}
            if any(e.rule in ("rule 8", "rule 9") for e in validate(prob, plan)):
                continue
            yield evaluate(prob, plan)


def brute_force_lexicographic(prob: Problem) -> tuple[int, int, int, int]:
    """Objectives 1, 3, 4 and 5 of the lexicographic optimum over every plan."""
    best = max((f["flown_weight"], -f["overflow_person_nights"],
                -f["waiting_weighted_days"], f["first_choice"]) for f in every_plan(prob))
    return best[0], -best[1], -best[2], best[3]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bed_operations())
def test_every_objective_equals_the_brute_force_lexicographic_optimum(prob: Problem) -> None:
    """Objectives 1, 3, 4 and 5 in their strict order (no reference plan: objective 2 is
    0) equal the best of every plan, beds included; the plan passes every validator."""
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert result.status == "optimal", result.objective_status
    assert validate(prob, result.assignment) == []
    got = tuple(result.objectives[name] for name in (
        "flown_weight", "overflow_person_nights", "waiting_weighted_days", "first_choice"))
    assert got == brute_force_lexicographic(prob)


@st.composite
def lap_families(draw: st.DrawFn) -> Problem:
    """Households of several infants (some turning 2 during the plan), children and adults
    (some turning 18), competing for a few flights: rule 2's one lap infant per adult."""
    persons = []
    pid = 0
    for household in range(1, draw(st.integers(1, 4)) + 1):
        for _ in range(draw(st.integers(1, 5))):
            pid += 1
            kind = draw(st.sampled_from(["infant", "infant", "turning 2", "child",
                                         "turning 18", "adult"]))
            if kind == "infant":
                born = S - dt.timedelta(days=draw(st.integers(30, 600)))
            elif kind == "turning 2":  # 2 years old on day 1-4 of the plan
                born = S.replace(year=S.year - 2) + dt.timedelta(days=draw(st.integers(1, 4)))
            elif kind == "turning 18":
                born = S.replace(year=S.year - 18) + dt.timedelta(days=draw(st.integers(1, 4)))
            else:
                born = S.replace(year=S.year - (9 if kind == "child" else 35))
            persons.append(dataclasses.replace(
                person(pid, household, shelter=False, weight=draw(st.integers(1, 3))),
                date_of_birth=born))
    flights = [flight(fid, draw(st.integers(0, 5)), seats=draw(st.integers(1, 6)))
               for fid in range(1, draw(st.integers(1, 3)) + 1)]
    return problem(persons, flights)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lap_families())
def test_one_lap_infant_per_adult(prob: Problem) -> None:
    """A household flies only with at least as many members aged 18+ as infants on the
    departure date; the plan is the brute-force optimum and every reason is true."""
    for method in ("exact", "scaled"):
        result = solve(prob, SolveOptions(time_limit=5, method=method))
        assert validate(prob, result.assignment) == [], method
        for household_id, flight_id in result.assignment.flight_of.items():
            day = prob.flight_by_id[flight_id].departure_date
            ages = [age_on(p.date_of_birth, day)
                    for p in prob.members(prob.household_by_id[household_id])]
            assert sum(a < 2 for a in ages) <= sum(a >= 18 for a in ages)
        check_reasons_true(prob, result.assignment, result.conflicts)
    exact = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    assert exact.objectives["flown_weight"] == brute_force_weight(prob, _kept(prob, set()))


@st.composite
def crowded_operations(
        draw: st.DrawFn, *, households: tuple[int, int] = (1, 4),
        members: tuple[int, int] = (1, 2), ages: tuple[int, ...] = (0, 10, 30, 65),
        destinations: tuple[tuple[str, ...], ...] = (("CGK",), ("SUB",), ("CGK", "SUB"),
                                                     ("SUB", "CGK")),
        ready_days: tuple[int, int] | None = (0, 3), sheltered: bool = True,
        flights: tuple[int, int] = (1, 4), flight_days: tuple[int, int] = (0, 6),
        seats: tuple[int, int] = (1, 3), slot_days: tuple[int, int] = (0, 3),
        may_cancel_first: bool = False) -> Problem:
    """Households competing for few seats over several days and two airports (some with a
    document to get, a member turning 2 or an infant): the seats decide who waits. Each
    range is (least, most); ``ready_days`` None leaves every household ready from the start;
    ``may_cancel_first``: flight 1 is perhaps cancelled."""
    persons = []
    pid = 0
    for household in range(1, draw(st.integers(*households)) + 1):
        dest = draw(st.sampled_from(destinations))
        available = None if ready_days is None \
            else S + dt.timedelta(days=draw(st.integers(*ready_days)))
        for _ in range(draw(st.integers(*members))):
            pid += 1
            persons.append(person(pid, household, age=draw(st.sampled_from(ages)),
                                  dest=dest, doc=draw(st.booleans()), available=available,
                                  shelter=sheltered, weight=draw(st.integers(1, 4))))
    planned = [flight(fid, draw(st.integers(*flight_days)), seats=draw(st.integers(*seats)),
                      dest=draw(st.sampled_from(["CGK", "SUB"])),
                      status="cancelled" if may_cancel_first and fid == 1
                      and draw(st.booleans()) else "planned")
               for fid in range(1, draw(st.integers(*flights)) + 1)]
    slots = tuple(slot(sid, draw(st.integers(*slot_days)), capacity=draw(st.integers(1, 3)))
                  for sid in range(1, draw(st.integers(1, 2)) + 1))
    return problem(persons, planned, slots=slots)


@st.composite
def replans(draw: st.DrawFn) -> Problem:
    """A crowded operation with a reference plan: households of 1-3 persons (weights 1-4,
    some needing documents) compete for a few small flights, one of them perhaps
    cancelled since the reference plan put people on it."""
    prob = draw(crowded_operations(
        households=(2, 5), members=(1, 3), ages=(1, 10, 30, 65),
        destinations=(("CGK",), ("SUB",), ("CGK", "SUB")), ready_days=None, sheltered=False,
        flights=(1, 3), flight_days=(2, 5), seats=(1, 4), slot_days=(0, 2),
        may_cancel_first=True))
    reference = {}
    choices = [None, *(f.id for f in prob.flights)]
    for household in prob.households:
        choice = draw(st.sampled_from(choices))
        for member in household.members:
            # Now and then a member was on another flight than the rest (the household
            # was put together after the reference plan).
            mine = draw(st.sampled_from(choices)) if draw(st.integers(0, 5)) == 0 else choice
            if mine is not None:
                reference[member] = mine
    return dataclasses.replace(prob, reference=reference)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(replans())
def test_replans_keep_the_reference_as_far_as_objective_1_allows(prob: Problem) -> None:
    """Objectives 1 and 2 in strict order equal the brute-force optimum: the most weight,
    and among the plans with it, the fewest persons moved from the reference plan."""
    result = solve(prob, SolveOptions(time_limit=PROVING_LIMIT, method="exact"))
    released = released_pin_ids(result.conflicts)
    assert result.status == "optimal"
    assert validate(prob, result.assignment, released) == []
    expected = brute_force(prob, _kept(prob, released))
    assert (result.objectives["flown_weight"], result.objectives["changes"]) == expected
    # The same without the LP warm start: objectives 1 and 2 then go to the MIP as one
    # weighted search (solvers.mip.ClassMip.solve_pair), or to CP-SAT after it.
    if not released:
        assert _exact_without_warm_start(prob) == expected


def _exact_without_warm_start(prob: Problem) -> tuple[int, int]:
    from solvers import objectives
    from solvers.classes import make_classes
    from solvers.exact import ExactSolver
    from solvers.expand import expand
    from solvers.model import PlanModel
    from solvers.options import household_facts
    from solvers.rules import pins as pin_rules

    screened = pin_rules.screen(prob)
    classes = make_classes(household_facts(prob, screened), screened)
    model = PlanModel(prob, classes, screened)
    outcome = ExactSolver(model, SolveOptions(time_limit=PROVING_LIMIT, method="exact")).solve(stages=2)
    assert outcome.values is not None
    values = outcome.values
    plan = expand(model, lambda var: values[var.index])
    assert validate(prob, plan, released_pin_ids(list(screened.conflicts))) == []
    figures = objectives.evaluate(prob, plan)
    return figures["flown_weight"], figures["changes"]
