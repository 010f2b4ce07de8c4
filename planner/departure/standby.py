"""Seating standby households at close, and why one was left without a seat.

:func:`fill_standby` seats the checked-in standby households of a flight one at a time,
best first, each whole and only when no rule of SPEC 3.1 breaks that the passengers alone
did not break. It runs the validator one rule at a time (``solvers.validate.RULES``) and
keeps the first violation a household would bring; the violation's ``rule`` says which
rule that is (its number too), so nothing here repeats the validator's list;
:func:`not_seated_reason` then states it as a reason code with its facts
(``planner/words/templates.py``, family ``STANDBY``), rendered in the officer's language
like every other reason.
"""

from __future__ import annotations

from collections.abc import Callable

from solvers.problem import Problem
from solvers.reasons import Reason
from solvers.rules.seats import lap_count, seats_needed
from solvers.solution import Assignment
from solvers.validate import RULES, Violation

Rule = Callable[[Problem, Assignment], list[Violation]]


def rule_number(violation: Violation) -> int:
    """The number of the rule of SPEC 3.1 a violation breaks (``"rule 8"``: 8); 0 for a
    rule numbered by none (fit to travel, issue 17)."""
    number = violation.rule.removeprefix("rule ")
    return int(number) if number.isdigit() else 0


def broken_rule(problem: Problem, trial: Assignment,
                baseline: dict[Rule, set[Violation]]) -> Violation | None:
    """The first violation ``trial`` brings that the baseline did not have: of the first
    rule in the validator's order that it breaks anew."""
    for rule in RULES:
        new = set(rule(problem, trial)) - baseline[rule]
        if new:
            return min(new, key=str)
    return None


def fill_standby(problem: Problem, kept: Assignment, ranked: list[int]
                 ) -> tuple[Assignment, list[int], list[tuple[int, Reason]]]:
    """Seat the standby households ``ranked`` (best first) on the problem's one flight,
    each whole and only when SPEC 3.1's validator finds nothing new broken with it.
    Returns the assignment, the households added and those refused with the reason."""
    flight = problem.flights[0]
    baseline = {rule: set(rule(problem, kept)) for rule in RULES}
    added: list[int] = []
    refused: list[tuple[int, Reason]] = []
    for hid in ranked:
        trial = Assignment(flight_of={**kept.flight_of, hid: flight.id},
                           shelter_of=dict(kept.shelter_of), slot_of=dict(kept.slot_of))
        broken = broken_rule(problem, trial, baseline)
        if broken is not None:
            refused.append((hid, not_seated_reason(problem, kept, hid, broken)))
            continue
        kept = trial
        added.append(hid)
    return kept, added, refused


def not_seated_reason(problem: Problem, kept: Assignment, household_id: int,
                      broken: Violation) -> Reason:
    """Why the household could not take a seat on the problem's flight: ``broken`` is what
    it would break, given the passengers ``kept``; the facts come from the records."""
    flight = problem.flights[0]
    household = problem.household_by_id[household_id]
    members = problem.members(household)
    departs = flight.departure_date
    rule = broken.rule
    if rule == "rule 2":
        taken = sum(seats_needed(problem, problem.members(problem.household_by_id[h]), flight)
                    for h, f in kept.flight_of.items() if f == flight.id)
        needed = seats_needed(problem, members, flight)
        free = max(0, flight.seats - taken)
        if needed > free:
            return Reason("standby_seats", {"needed": needed, "free": free})
        infants, adults = lap_count(problem, members, flight)
        return Reason("standby_laps", {"infants": infants, "adults": adults,
                                       "minor_age": problem.minor_age})
    if rule == "rule 3":
        aboard = sum(1 for h, f in kept.flight_of.items() if f == flight.id
                     for p in problem.members(problem.household_by_id[h]) if p.medical)
        capacity = flight.medical_capacity or 0
        return Reason("standby_medical", {"medical": sum(p.medical for p in members),
                                          "free": max(0, capacity - aboard)})
    if rule == "rule 4":
        return Reason("standby_destination", {"destination": flight.destination})
    if rule == "rule 5":
        cleared = problem.household_cleared(household)
        ready = max(d for d in (problem.household_ready(household), cleared) if d is not None)
        return Reason("standby_timing", {"ready": ready.isoformat(),
                                         "departs": departs.isoformat()})
    if rule == "rule 6":
        return Reason("standby_documents", {"departs": departs.isoformat()})
    # Rule 7 (slot capacity) cannot break here: seating a household moves nobody's slot.
    if rule == "fit to travel":
        return Reason("standby_fit_to_travel", {"departs": departs.isoformat(),
                                                "days": problem.fit_to_travel_days or 0})
    return Reason("standby_rule", {"rule": rule_number(broken)})
