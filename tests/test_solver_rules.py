"""One feasible and one infeasible micro-case per rule of SPEC 3.1, through the solver.

Each case is tiny and the rule binds in it: the solver's plan must respect the rule (and
pass every validator), and the plan that would break it is what the solver avoided.
"""

from __future__ import annotations

import datetime as dt

from planner.words.render import render, violation_text
from solvers.problem import (
    FlightSpec,
    HouseholdSpec,
    PersonSpec,
    PinSpec,
    Problem,
    ShelterSpec,
    SlotSpec,
)
from solvers.solution import PlanResult, SolveOptions
from solvers.solve import solve
from solvers.validate import released_pin_ids, validate

S = dt.date(2026, 3, 2)


def person(pid: int, household: int, *, age: int = 30, sex: str = "M",
           dest: tuple[str, ...] = ("CGK",), doc: bool = False, medical: bool = False,
           shelter: bool = True, available: dt.date | None = None,
           cleared: dt.date | None = None, weight: int = 1) -> PersonSpec:
    born = dt.date(S.year - age, 1, 15) if age >= 1 else S - dt.timedelta(days=200)
    return PersonSpec(id=pid, case_no=f"C-{pid:06d}", household_id=household, sex=sex,
                      date_of_birth=born, destinations=dest, available_from=available,
                      cleared_from=cleared, needs_document=doc, needs_shelter=shelter,
                      medical=medical, weight=weight)


def flight(fid: int, day: int, *, seats: int = 10, dest: str = "CGK", hour: int = 12,
           medical: int | None = None, status: str = "planned") -> FlightSpec:
    departs = dt.datetime.combine(S + dt.timedelta(days=day), dt.time(hour))
    return FlightSpec(id=fid, key=f"XX {fid} {departs.date()}", destination=dest,
                      departs_at=departs, seats=seats, medical_capacity=medical, status=status)


def problem(persons: list[PersonSpec], flights: list[FlightSpec], *,
            shelters: tuple[ShelterSpec, ...] = (), slots: tuple[SlotSpec, ...] = (),
            pins: tuple[PinSpec, ...] = (), reference: dict[int, int] | None = None) -> Problem:
    members: dict[int, list[int]] = {}
    for p in persons:
        members.setdefault(p.household_id, []).append(p.id)
    households = tuple(HouseholdSpec(h, f"H-{h}", tuple(ids)) for h, ids in members.items())
    return Problem(start=S, persons=tuple(persons), households=households,
                   flights=tuple(flights), shelters=shelters, slots=slots, pins=pins,
                   reference=reference)


def run(prob: Problem) -> PlanResult:
    result = solve(prob, SolveOptions(time_limit=10, method="exact"))
    assert result.status == "optimal", result.parameters["stages"]
    assert validate(prob, result.assignment, released_pin_ids(result.conflicts)) == []
    return result


def slot(sid: int, day: int, *, hour: int = 9, capacity: int = 5,
         ready_after: float = 24.0) -> SlotSpec:
    return SlotSpec(id=sid, key=f"S-{sid}", capacity=capacity, ready_after_hours=ready_after,
                    starts_at=dt.datetime.combine(S + dt.timedelta(days=day), dt.time(hour)))


def test_rule_1_household_flies_together_or_not_at_all() -> None:
    prob = problem([person(1, 1), person(2, 1), person(3, 2)], [flight(1, 2, seats=2)])
    result = run(prob)
    # Two seats: the pair flies whole (weight 2) rather than splitting.
    assert result.assignment.flight_of == {1: 1}
    tight = problem([person(1, 1), person(2, 1)], [flight(1, 2, seats=1)])
    assert run(tight).assignment.flight_of == {}


def test_rule_2_seats_and_infants() -> None:
    infant_family = [person(1, 1), person(2, 1, age=0)]
    result = run(problem(infant_family, [flight(1, 2, seats=1)]))
    assert result.assignment.flight_of == {1: 1}, "an infant takes no seat"
    alone = run(problem([person(1, 1, age=0), person(2, 1, age=10)], [flight(1, 2)]))
    assert alone.assignment.flight_of == {}
    assert alone.objectives["flown_weight"] == 0


def test_rule_2_one_lap_infant_per_adult() -> None:
    """Two infants and one adult cannot fly (each infant needs its own adult's lap); with
    a second adult they can, on two seats. The reason says so with its facts."""
    from solvers.explain import explain_unflown

    twins = [person(1, 1), person(2, 1, age=0), person(3, 1, age=0)]
    short = problem(twins, [flight(1, 2)])
    for method in ("exact", "scaled"):
        result = solve(short, SolveOptions(time_limit=5, method=method))
        assert result.assignment.flight_of == {}, method
        assert validate(short, result.assignment) == []
    reason = explain_unflown(short, result.assignment, [])[1][0]
    assert reason["code"] == "infant_without_adult"
    assert (reason["infants"], reason["adults"]) == (2, 1)
    assert "2 infants but only 1 member aged 18 or over" in render(reason)
    both = run(problem([*twins, person(4, 1, sex="F")], [flight(1, 2, seats=2)]))
    assert both.assignment.flight_of == {1: 1}, "two adults, two laps, two seats"
    from solvers.solution import Assignment

    broken = validate(short, Assignment(flight_of={1: 1}))
    assert broken and "2 infants with 1 member aged 18 or over" in violation_text(broken[0])


def test_rule_3_medical_capacity() -> None:
    persons = [person(1, 1, medical=True, weight=4), person(2, 2, medical=True, weight=4)]
    result = run(problem(persons, [flight(1, 2, medical=1)]))
    assert len(result.assignment.flight_of) == 1
    result = run(problem(persons, [flight(1, 2, medical=None)]))
    assert len(result.assignment.flight_of) == 2


def test_rule_4_destination_accepted_by_every_member() -> None:
    persons = [person(1, 1, dest=("CGK", "SUB")), person(2, 1, dest=("SUB",))]
    result = run(problem(persons, [flight(1, 2, dest="CGK"), flight(2, 3, dest="SUB")]))
    assert result.assignment.flight_of == {1: 2}
    assert run(problem(persons, [flight(1, 2, dest="CGK")])).assignment.flight_of == {}


def test_rule_5_timing_ready_and_cleared() -> None:
    late = [person(1, 1, available=S + dt.timedelta(days=3))]
    flights = [flight(1, 2), flight(2, 4)]
    assert run(problem(late, flights)).assignment.flight_of == {1: 2}
    uncleared = [person(1, 1, cleared=S + dt.timedelta(days=5))]
    assert run(problem(uncleared, flights)).assignment.flight_of == {}


def test_rule_6_documents_in_time() -> None:
    persons = [person(1, 1, doc=True)]
    # Slot on day 1 at 09:00 ready 24 h later; flight day 2 at 12:00 minus 3 h buffer: in time.
    ok = run(problem(persons, [flight(1, 2)], slots=(slot(1, 1),)))
    assert ok.assignment.flight_of == {1: 1} and ok.assignment.slot_of == {1: 1}
    late = run(problem(persons, [flight(1, 2, hour=11)], slots=(slot(1, 1),)))
    assert late.assignment.flight_of == {}, "ready at 09:00, check-in closes at 08:00"


def test_rule_7_slot_capacity() -> None:
    persons = [person(1, 1, doc=True), person(2, 2, doc=True)]
    result = run(problem(persons, [flight(1, 3)], slots=(slot(1, 1, capacity=1),)))
    assert len(result.assignment.flight_of) == 1
    result = run(problem(persons, [flight(1, 3)], slots=(slot(1, 1, capacity=1), slot(2, 1, capacity=1))))
    assert len(result.assignment.flight_of) == 2


def test_rule_8_beds_per_night_and_open_dates() -> None:
    persons = [person(1, 1), person(2, 2)]
    shelter = ShelterSpec(id=1, name="Wisma", beds=1)
    result = run(problem(persons, [flight(1, 2)], shelters=(shelter,)))
    assert len(result.assignment.shelter_of) == 1
    assert result.objectives["overflow_person_nights"] == 2 + 2 - 2
    closing = ShelterSpec(id=1, name="Wisma", beds=5, open_until=S)
    result = run(problem(persons, [flight(1, 2, seats=1)], shelters=(closing,)))
    assert result.assignment.shelter_of == {}


def test_rule_9_shelter_policy_and_medical_care() -> None:
    persons = [person(1, 1, sex="M"), person(2, 2, sex="F"), person(3, 3, sex="F", medical=True)]
    shelters = (ShelterSpec(1, "Women", 5, accepts="women_children"),
                ShelterSpec(2, "Men", 5, accepts="men"))
    result = run(problem(persons, [flight(1, 3, seats=0)], shelters=shelters))
    assert result.assignment.shelter_of == {1: 2, 2: 1}, "the medical woman needs care"


def test_rule_10_pins_kept_or_released_with_a_conflict() -> None:
    persons = [person(1, 1, weight=1), person(2, 2, weight=5)]
    pin = PinSpec(1, "flight", 1, 1)
    result = run(problem(persons, [flight(1, 2, seats=1)], pins=(pin,)))
    assert result.assignment.flight_of == {1: 1}, "the pin beats a heavier household"
    cancelled = [flight(1, 2, seats=1, status="cancelled"), flight(2, 3, seats=1)]
    result = run(problem(persons, cancelled, pins=(pin,)))
    assert [c["pin_id"] for c in result.conflicts] == [1]
    assert "cancelled" in render(result.conflicts[0])


def test_rule_10_a_flight_pin_without_a_free_document_slot_is_released() -> None:
    """Two households pinned to a flight, each with a member needing a document, and one
    place in a slot in time: the first pin is kept, the second released with a conflict
    (it would fly a person without a document), by either method."""
    persons = [person(1, 1, doc=True), person(2, 2, doc=True), person(3, 3)]
    pins = (PinSpec(1, "flight", 1, 1), PinSpec(2, "flight", 2, 1))
    prob = problem(persons, [flight(1, 4, seats=3)], slots=(slot(1, 0, capacity=1),),
                   pins=pins)
    for method in ("exact", "scaled"):
        result = solve(prob, SolveOptions(time_limit=5, method=method))
        assert [c["pin_id"] for c in result.conflicts] == [2], method
        assert "document" in render(result.conflicts[0])
        assert validate(prob, result.assignment, {2}) == [], method
        assert result.assignment.flight_of.get(1) == 1, method
        assert 2 not in result.assignment.flight_of, method


def test_rule_11_cancelled_and_departed_flights_take_nobody() -> None:
    persons = [person(1, 1)]
    for status in ("cancelled", "departed"):
        assert run(problem(persons, [flight(1, 2, status=status)])).assignment.flight_of == {}
    assert run(problem(persons, [flight(1, -1)])).assignment.flight_of == {}


def test_objective_order_weight_first_then_overflow_then_waiting() -> None:
    heavy_late = [person(1, 1, weight=5, available=S + dt.timedelta(days=3)), person(2, 2)]
    result = run(problem(heavy_late, [flight(1, 3, seats=1), flight(2, 5, seats=1)]))
    assert result.objectives["flown_weight"] == 6
    # Both fly; the heavy person takes the flight on its ready day: weighted wait 0 + 5.
    assert result.assignment.flight_of == {1: 1, 2: 2}
    assert result.objectives["waiting_weighted_days"] == 5


def test_objective_5_first_choices_break_the_ties_of_the_others() -> None:
    """Same day, same seats: the household that prefers CGK flies to CGK, the one that
    prefers SUB to SUB, whichever flight the model meets first (objective 5)."""
    for first, second in (("SUB", "CGK"), ("CGK", "SUB")):
        persons = [person(1, 1, dest=("CGK", "SUB"), shelter=False),
                   person(2, 2, dest=("SUB", "CGK"), shelter=False)]
        result = run(problem(persons, [flight(1, 2, seats=1, dest=first),
                                       flight(2, 2, seats=1, dest=second)]))
        assert result.objectives["first_choice"] == 2, (first, second)


def test_objective_3_the_household_without_a_bed_flies_first() -> None:
    """One seat a day for two households of equal weight and no bed: the one that needs
    shelter takes the earlier flight (1 night in overflow instead of 3; the waiting is
    the same either way)."""
    persons = [person(1, 1, shelter=True), person(2, 2, shelter=False)]
    result = run(problem(persons, [flight(1, 1, seats=1), flight(2, 3, seats=1)]))
    assert result.assignment.flight_of == {1: 1, 2: 2}
    assert result.objectives["overflow_person_nights"] == 1


def test_the_method_follows_the_classes_not_the_households() -> None:
    """5,000 single persons alike make one class: the exact method (with its proofs); 3,000
    persons who all differ in weight or availability make 3,000: the scaled one."""
    from solvers.solve import choose_method

    alike = problem([person(i, i) for i in range(1, 5001)], [flight(1, 2, seats=10)])
    assert choose_method(alike, SolveOptions()) == "exact"
    varied = problem([person(i, i, weight=1 + i % 50,
                             available=S + dt.timedelta(days=i // 50)) for i in range(1, 3001)],
                     [flight(1, 90, seats=10)])
    assert choose_method(varied, SolveOptions()) == "scaled"
    assert choose_method(varied, SolveOptions(method="exact")) == "exact"
