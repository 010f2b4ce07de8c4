"""Vocabulary of the operation: the coded values of SPEC section 2 and their defaults.

Everything here is plain Python so that the importer, the database models, the
solver service and the UI agree on one spelling of each code. The fields of each kind
of record are declared in ``planner.fields``.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class DocumentStatus(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    MISSING = "missing"
    LOST = "lost"
    CONFISCATED = "confiscated"


class FlightStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    DEPARTED = "departed"


#: Flights that may still take passengers (SPEC 3.1 rule 11).
USABLE_FLIGHT_STATUSES = (FlightStatus.PLANNED, FlightStatus.CONFIRMED)


class PersonStatus(StrEnum):
    """Movement status of a person (SPEC 8.1)."""

    REGISTERED = "registered"
    CALLED = "called"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    FLOWN = "flown"
    ARRIVED = "arrived"
    SELF_DEPARTED = "self_departed"
    WITHDRAWN = "withdrawn"
    MISSING = "missing"


#: Statuses that keep a person in new plans (SPEC 8.1); the others are out.
PLANNED_PERSON_STATUSES = frozenset({
    PersonStatus.REGISTERED, PersonStatus.CALLED, PersonStatus.CHECKED_IN, PersonStatus.NO_SHOW,
})
#: Statuses that hold a household on the flight it was called or checked in for.
HELD_PERSON_STATUSES = frozenset({PersonStatus.CALLED, PersonStatus.CHECKED_IN})


class ShelterPolicy(StrEnum):
    ANY = "any"
    WOMEN_CHILDREN = "women_children"
    MEN = "men"


class PlanStatus(StrEnum):
    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    CANCELLED = "cancelled"
    FAILED = "failed"


class PinKind(StrEnum):
    FLIGHT = "flight"
    SHELTER = "shelter"
    SLOT = "slot"


# Defaults of the operation settings (SPEC 2.5; the weights of 2.6 are
# ``solvers.problem.DEFAULT_WEIGHTS``, beside the one function that computes them).
DEFAULT_CHECKIN_BUFFER_HOURS = 3.0
DEFAULT_READY_AFTER_HOURS = 48.0
DEFAULT_MINOR_AGE = 18
DEFAULT_INFANT_AGE = 2
DEFAULT_ELDERLY_AGE = 60
#: Issue 17: a medical clearance covers departures up to this many days after its date.
DEFAULT_FIT_TO_TRAVEL_DAYS = 7
#: SPEC 2.3: a women_children shelter takes females and anyone under this age.
DEFAULT_CHILD_SHELTER_AGE = 15



def generated_case_no(number: int) -> str:
    """The case number given to a person whose sheet has none (SPEC 2.1)."""
    return f"C-{number:06d}"
