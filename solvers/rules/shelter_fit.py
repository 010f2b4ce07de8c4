"""Rule 9: the shelter's policy holds for the sheltered members; medical needs care.

The open dates of rule 8 ("the shelter is open on every night of the stay") are checked
with :func:`open_for`.
"""

from __future__ import annotations

from solvers.nights import NightRange
from solvers.problem import HouseholdSpec, Problem, ShelterSpec, age_on
from solvers.reasons import Reason


def accepts(problem: Problem, shelter: ShelterSpec, household: HouseholdSpec) -> bool:
    return problem.shelter_accepts(shelter, household)


def open_for(shelter: ShelterSpec, nights: NightRange | None) -> bool:
    if nights is None:
        return True
    return (shelter.open_from is None or shelter.open_from <= nights.first) and (
        shelter.open_until is None or nights.last <= shelter.open_until
    )


def misfit(problem: Problem, shelter: ShelterSpec, household: HouseholdSpec) -> Reason | None:
    """Why rule 9 keeps the household out of the shelter, or None when it fits."""
    sheltered = problem.sheltered_members(household)
    if shelter.accepts == "women_children" and any(
        p.sex != "F" and age_on(p.date_of_birth, problem.start) >= problem.child_shelter_age
        for p in sheltered
    ):
        return Reason("shelter_women_children",
                      {"shelter": shelter.name, "age": problem.child_shelter_age})
    if shelter.accepts == "men" and any(p.sex != "M" for p in sheltered):
        return Reason("shelter_men_only", {"shelter": shelter.name})
    if not shelter.medical_care and any(p.medical for p in sheltered):
        return Reason("shelter_no_medical_care", {"shelter": shelter.name})
    return None
