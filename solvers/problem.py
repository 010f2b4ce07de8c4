"""The frozen planning problem handed to the solvers (SPEC 2 and 3, without a database).

Records carry the database ids of the operation so a plan maps straight back; the
solvers never look anything up elsewhere. Derived facts (ready dates, ages on a date,
the horizon end) live on :class:`Problem` so every solver, validator and explanation
computes them the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any

from solvers.nights import horizon_end, household_ready_date, person_ready_date

POLICY_ANY = "any"
POLICY_WOMEN_CHILDREN = "women_children"
POLICY_MEN = "men"


@dataclass(frozen=True)
class PersonSpec:
    id: int
    case_no: str
    household_id: int
    sex: str
    date_of_birth: dt.date
    #: Accepted arrival airports, first = preferred; never empty (the builder fills defaults).
    destinations: tuple[str, ...]
    available_from: dt.date | None = None
    cleared_from: dt.date | None = None
    #: True when the document status is not ``valid`` (SPEC 3.1 rule 6).
    needs_document: bool = False
    needs_shelter: bool = True
    medical: bool = False
    #: Medical or pregnant: needs a fit-to-travel clearance when the operation asks for one.
    needs_clearance: bool = False
    #: The date of the person's medical (fit-to-travel) clearance, if any.
    clearance: dt.date | None = None
    #: Priority weight w of SPEC 2.6.
    weight: int = 1


@dataclass(frozen=True)
class HouseholdSpec:
    id: int
    #: The readable code of SPEC 5's JSON.
    code: str
    members: tuple[int, ...]


@dataclass(frozen=True)
class FlightSpec:
    id: int
    #: flight_no, a space and the departure date (SPEC 5).
    key: str
    destination: str
    departs_at: dt.datetime
    seats: int
    medical_capacity: int | None = None
    status: str = "planned"

    @property
    def departure_date(self) -> dt.date:
        return self.departs_at.date()


@dataclass(frozen=True)
class ShelterSpec:
    id: int
    name: str
    beds: int
    accepts: str = POLICY_ANY
    medical_care: bool = False
    open_from: dt.date | None = None
    open_until: dt.date | None = None

    def is_open(self, night: dt.date) -> bool:
        return (self.open_from is None or self.open_from <= night) and (
            self.open_until is None or night <= self.open_until
        )


@dataclass(frozen=True)
class SlotSpec:
    id: int
    key: str
    starts_at: dt.datetime
    capacity: int
    ready_after_hours: float = 48.0

    @property
    def date(self) -> dt.date:
        return self.starts_at.date()

    @property
    def ready_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(hours=self.ready_after_hours)


@dataclass(frozen=True)
class PinSpec:
    """An officer's pin: ``kind`` flight/shelter (subject a household) or slot (a person)."""

    id: int
    kind: str
    subject_id: int
    target_id: int


USABLE_STATUSES = ("planned", "confirmed")


@dataclass(frozen=True)
class Problem:
    start: dt.date
    persons: tuple[PersonSpec, ...]
    households: tuple[HouseholdSpec, ...]
    flights: tuple[FlightSpec, ...] = ()
    shelters: tuple[ShelterSpec, ...] = ()
    slots: tuple[SlotSpec, ...] = ()
    pins: tuple[PinSpec, ...] = ()
    #: Reference plan (SPEC 3.2 objective 2): person id -> flight id, for persons it flew.
    reference: Mapping[int, int] | None = None
    checkin_buffer_hours: float = 3.0
    minor_age: int = 18
    infant_age: int = 2
    child_shelter_age: int = 15
    #: Fit to travel (issue 17): a clearance covers departures up to this many days after
    #: its date; None = the operation asks for no clearance.
    fit_to_travel_days: int | None = None

    # -- lookups --------------------------------------------------------------------------

    @cached_property
    def person_by_id(self) -> dict[int, PersonSpec]:
        return {p.id: p for p in self.persons}

    @cached_property
    def household_by_id(self) -> dict[int, HouseholdSpec]:
        return {h.id: h for h in self.households}

    @cached_property
    def flight_by_id(self) -> dict[int, FlightSpec]:
        return {f.id: f for f in self.flights}

    @cached_property
    def shelter_by_id(self) -> dict[int, ShelterSpec]:
        return {s.id: s for s in self.shelters}

    @cached_property
    def slot_by_id(self) -> dict[int, SlotSpec]:
        return {s.id: s for s in self.slots}

    def members(self, household: HouseholdSpec) -> list[PersonSpec]:
        return [self.person_by_id[m] for m in household.members]

    # -- derived facts of SPEC 3 ------------------------------------------------------------

    def is_usable(self, flight: FlightSpec) -> bool:
        """Rule 11 and the inputs of SPEC 3: planned or confirmed, departing on or after S."""
        return flight.status in USABLE_STATUSES and flight.departure_date >= self.start

    @cached_property
    def usable_flights(self) -> tuple[FlightSpec, ...]:
        return tuple(f for f in self.flights if self.is_usable(f))

    @cached_property
    def horizon_end(self) -> dt.date:
        """E: the latest departure date among usable flights (S if none)."""
        return horizon_end(self.start, (f.departure_date for f in self.usable_flights))

    def person_ready(self, person: PersonSpec) -> dt.date:
        """R_p."""
        return person_ready_date(self.start, person.available_from)

    def household_ready(self, household: HouseholdSpec) -> dt.date:
        """R_h."""
        return household_ready_date(
            self.start, (self.person_by_id[m].available_from for m in household.members)
        )

    def household_cleared(self, household: HouseholdSpec) -> dt.date | None:
        """The latest cleared_from of the members (None when nobody is restricted)."""
        dates = [p.cleared_from for p in self.members(household) if p.cleared_from]
        return max(dates) if dates else None

    def accepted_destinations(self, household: HouseholdSpec) -> tuple[str, ...]:
        """Airports every member accepts, in the order of the first member's preference."""
        members = self.members(household)
        if not members:
            return ()
        common = set(members[0].destinations)
        for person in members[1:]:
            common &= set(person.destinations)
        return tuple(d for d in members[0].destinations if d in common)

    def departure_deadline(self, flight: FlightSpec) -> dt.datetime:
        """Documents must be ready by departs_at - B (rule 6)."""
        return flight.departs_at - dt.timedelta(hours=self.checkin_buffer_hours)

    def slot_in_time(self, slot: SlotSpec, person: PersonSpec, flight: FlightSpec) -> bool:
        """Rule 6 for one person, one slot and one flight."""
        return slot.date >= self.person_ready(person) and slot.ready_at <= self.departure_deadline(
            flight
        )

    def sheltered_members(self, household: HouseholdSpec) -> list[PersonSpec]:
        return [p for p in self.members(household) if p.needs_shelter]

    def shelter_accepts(self, shelter: ShelterSpec, household: HouseholdSpec) -> bool:
        """Rule 9: the policy holds for the sheltered members, medical needs medical care."""
        sheltered = self.sheltered_members(household)
        if shelter.accepts == POLICY_WOMEN_CHILDREN:
            if any(
                p.sex != "F" and age_on(p.date_of_birth, self.start) >= self.child_shelter_age
                for p in sheltered
            ):
                return False
        elif shelter.accepts == POLICY_MEN and any(p.sex != "M" for p in sheltered):
            return False
        return shelter.medical_care or not any(p.medical for p in sheltered)


def age_on(born: dt.date, day: dt.date) -> int:
    """Age in whole years on ``day``."""
    years = day.year - born.year
    if (day.month, day.day) < (born.month, born.day):
        years -= 1
    return years


def lap_infant(born: dt.date, day: dt.date, infant_age: int) -> bool:
    """An infant on ``day`` (a flight's departure date): it flies on a lap and takes no
    seat (SPEC 3.1 rule 2). Every count of seats beside persons reads this one rule, in the
    solver and in the planner's screens and reports."""
    return age_on(born, day) < infant_age


#: The priority weights of SPEC 2.6 as the operation's settings start them.
DEFAULT_WEIGHTS: Mapping[str, int] = MappingProxyType({
    "base": 1,
    "medical": 3,
    "pregnant": 3,
    "unaccompanied_minor": 3,
    "elderly": 2,
    "disability": 2,
    "trafficking_victim": 1,
})


@dataclass(frozen=True)
class WeightSettings:
    """The priority weights of SPEC 2.6 and the ages they depend on."""

    weights: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    minor_age: int = 18
    elderly_age: int = 60


def weighted_sum(weights: Mapping[str, int], *, medical: Any, pregnant: Any,
                 unaccompanied_minor: Any, elderly: Any, disability: Any,
                 trafficking_victim: Any) -> Any:
    """w of SPEC 2.6, the one place it is computed: for one person (booleans) or for
    many at once (numpy arrays of booleans, as the desktop roster does). A weight
    missing from ``weights`` counts 0, the base 1."""
    return (weights.get("base", 1)
            + weights.get("medical", 0) * medical
            + weights.get("pregnant", 0) * pregnant
            + weights.get("unaccompanied_minor", 0) * unaccompanied_minor
            + weights.get("elderly", 0) * elderly
            + weights.get("disability", 0) * disability
            + weights.get("trafficking_victim", 0) * trafficking_victim)


def priority_weight(
    *,
    age: int,
    medical: bool,
    pregnant: bool,
    disability: bool,
    trafficking_victim: bool,
    household_has_adult: bool,
    settings: WeightSettings,
) -> int:
    """w of SPEC 2.6 for one person, with ``age`` taken at the plan start S."""
    return int(weighted_sum(
        settings.weights, medical=medical, pregnant=pregnant,
        unaccompanied_minor=age < settings.minor_age and not household_has_adult,
        elderly=age >= settings.elderly_age, disability=disability,
        trafficking_victim=trafficking_victim))
