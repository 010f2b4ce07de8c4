"""What each household could do: the flights it may take under the rules that concern it
alone (2, 4, 5, 6, 11 and its pins), with the objective terms of each choice, and the class
key that makes interchangeable households one decision with a count.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from solvers.nights import night_count
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem, age_on
from solvers.rules import destination, fit_to_travel, flight_status, seats, timing
from solvers.rules.pins import ScreenedPins


@dataclass(frozen=True)
class FlightOption:
    flight_id: int
    date: dt.date
    seats: int
    medical: int
    first_choice: int
    waiting: int
    changes: int


@dataclass(frozen=True)
class OptionArrays:
    """The flight options of a household (or class) as parallel arrays, in (departs_at, id)
    order: one entry per flight it may take, with the objective terms of taking it."""

    flight_id: np.ndarray
    #: Days from the plan start S to the departure date.
    day: np.ndarray
    seats: np.ndarray
    medical: np.ndarray
    first_choice: np.ndarray
    waiting: np.ndarray
    changes: np.ndarray

    def __len__(self) -> int:
        return len(self.flight_id)

    @cached_property
    def key(self) -> bytes:
        return b"".join(a.tobytes() for a in (self.flight_id, self.seats, self.medical,
                                               self.first_choice, self.waiting, self.changes))

    @staticmethod
    def of(start: dt.date, options: list[FlightOption]) -> OptionArrays:
        def column(values: list[int]) -> np.ndarray:
            return np.asarray(values, dtype=np.int32)

        return OptionArrays(
            flight_id=column([o.flight_id for o in options]),
            day=column([(o.date - start).days for o in options]),
            seats=column([o.seats for o in options]),
            medical=column([o.medical for o in options]),
            first_choice=column([o.first_choice for o in options]),
            waiting=narrow_int(np.asarray([o.waiting for o in options], dtype=np.int64)),
            changes=column([o.changes for o in options]),
        )


@dataclass(frozen=True)
class HouseholdFacts:
    household: HouseholdSpec
    ready: dt.date
    size: int
    weight: int
    #: Members who need a bed.
    sheltered: int
    #: Ready dates R_p of members who need a document and have no kept slot pin, sorted.
    document_ready: tuple[dt.date, ...]
    arrays: OptionArrays
    #: Persons whose reference flight differs when the household does not fly.
    changes_grounded: int
    #: Shelters whose policy and care fit the sheltered members (rule 9, without dates).
    shelters: tuple[int, ...]
    start: dt.date

    @cached_property
    def options(self) -> tuple[FlightOption, ...]:
        a = self.arrays
        return tuple(
            FlightOption(flight_id=int(a.flight_id[i]),
                         date=self.start + dt.timedelta(days=int(a.day[i])),
                         seats=int(a.seats[i]), medical=int(a.medical[i]),
                         first_choice=int(a.first_choice[i]), waiting=int(a.waiting[i]),
                         changes=int(a.changes[i]))
            for i in range(len(a))
        )

    def nights(self, departure: dt.date | None, end: dt.date) -> int:
        return night_count(self.ready, departure, end)

    def class_key(self, pinned: bool) -> tuple[object, ...]:
        """Equal keys mean interchangeable households (pinned ones stay alone)."""
        return (
            self.household.id if pinned else None,
            self.arrays.key,
            self.changes_grounded,
            self.weight,
            self.size,
            self.ready,
            self.sheltered,
            self.shelters,
            self.document_ready,
        )


class EarliestDocument:
    """The earliest moment a document can be ready for a person ready on a date (rule 6)."""

    def __init__(self, problem: Problem) -> None:
        slots = sorted(problem.slots, key=lambda s: s.date)
        self._dates = [s.date for s in slots]
        # suffix minimum of ready_at over slots sorted by date
        self._suffix: list[dt.datetime | None] = [None] * (len(slots) + 1)
        for index in range(len(slots) - 1, -1, -1):
            later = self._suffix[index + 1]
            here = slots[index].ready_at
            self._suffix[index] = here if later is None or here < later else later

    def ready_at(self, person_ready: dt.date) -> dt.datetime | None:
        index = bisect.bisect_left(self._dates, person_ready)
        return self._suffix[index]


def narrow_int(values: np.ndarray) -> np.ndarray:
    """Whole numbers in 32 bits where they all fit, else in 64 (a household's weighted
    waiting can pass 2**31 with large weights, many members and a long operation; a
    value wrapped to 32 bits would make a plan's waiting, and its bound, wrong)."""
    fits = np.iinfo(np.int32)
    if len(values) and (values.min() < fits.min or values.max() > fits.max):
        return values.astype(np.int64)
    return values.astype(np.int32)


def household_facts(
    problem: Problem, pins: ScreenedPins, earliest: EarliestDocument | None = None
) -> list[HouseholdFacts]:
    """Facts of every household, in the order of ``problem.households``.

    Households whose members agree in everything the rules and objectives read (ready and
    cleared dates, destinations, weights, flags, the days they turn 2 and 18, the reference
    flight) share one computation of their options; pinned households get their own.
    """
    earliest = earliest or EarliestDocument(problem)
    table = FlightTable(problem)
    pinned = set(pins.flight) | set(pins.shelter)
    if pins.slot:
        pinned |= {problem.person_by_id[p].household_id for p in pins.slot
                   if p in problem.person_by_id}
    shelter_fit: dict[tuple[bool, bool, bool], tuple[int, ...]] = {}
    by_signature: dict[tuple[object, ...], HouseholdFacts] = {}
    result = []
    keys = MemberKeys(problem)
    for household in problem.households:
        if household.id in pinned:
            result.append(_single_facts(problem, household, pins, earliest, table))
            continue
        signature = tuple(sorted(keys.of(m) for m in household.members))
        shared = by_signature.get(signature)
        if shared is None:
            shared = _signature_facts(problem, household, earliest, table, shelter_fit, keys)
            by_signature[signature] = shared
            result.append(shared)
        else:
            result.append(dataclasses.replace(shared, household=household))
    return result


class FlightTable:
    """Usable flights as arrays in (departs_at, id) order, with indices per destination."""

    def __init__(self, problem: Problem) -> None:
        start = problem.start
        base = dt.datetime.combine(start, dt.time())
        flights = sorted(problem.usable_flights, key=lambda f: (f.departs_at, f.id))
        self.flights = flights
        self.id = np.asarray([f.id for f in flights], dtype=np.int64)
        self.day = np.asarray([(f.departure_date - start).days for f in flights], dtype=np.int64)
        self.deadline = np.asarray(
            [(problem.departure_deadline(f) - base).total_seconds() for f in flights],
            dtype=np.float64)
        self.seats = np.asarray([f.seats for f in flights], dtype=np.int64)
        self.medical_cap = np.asarray(
            [NO_LIMIT if f.medical_capacity is None else f.medical_capacity for f in flights],
            dtype=np.int64)
        self.airports = sorted({f.destination for f in flights})
        self.airport_code = {a: i for i, a in enumerate(self.airports)}
        self.airport = np.asarray([self.airport_code[f.destination] for f in flights],
                                  dtype=np.int64)
        indices_of: dict[str, list[int]] = {}
        for index, flight in enumerate(flights):
            indices_of.setdefault(flight.destination, []).append(index)
        self.by_destination: dict[str, np.ndarray] = {
            key: np.asarray(indices, dtype=np.int64) for key, indices in indices_of.items()}
        self.base = base

    def candidates(self, accepted: tuple[str, ...], earliest_day: int) -> np.ndarray:
        parts = []
        for airport in accepted:
            indices = self.by_destination.get(airport)
            if indices is not None and len(indices):
                parts.append(indices[self.day[indices] >= earliest_day])
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return np.sort(np.concatenate(parts)) if len(parts) > 1 else parts[0]


NO_LIMIT = 1 << 40


class MemberKeys:
    """What the rules and objectives read of a person, as a hashable key."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.horizon = (problem.horizon_end - problem.start).days
        self.reference = problem.reference or {}
        self._cache: dict[int, tuple[object, ...]] = {}

    def turns(self, born: dt.date, years: int) -> int:
        """Days from S to the day the person is ``years`` old, clipped to the horizon."""
        try:
            birthday = born.replace(year=born.year + years)
        except ValueError:  # 29 February in a common year: age_on counts from 1 March
            birthday = dt.date(born.year + years, 3, 1)
        return min(max((birthday - self.problem.start).days, 0), self.horizon + 1)

    def of(self, person_id: int) -> tuple[object, ...]:
        found = self._cache.get(person_id)
        if found is None:
            found = self._cache[person_id] = self._key(person_id)
        return found

    def _key(self, person_id: int) -> tuple[object, ...]:
        problem = self.problem
        p = problem.person_by_id[person_id]
        return (
            problem.person_ready(p), p.cleared_from or dt.date.min, p.destinations, p.weight, p.medical,
            p.needs_shelter, p.needs_document, self.turns(p.date_of_birth, problem.infant_age),
            self.turns(p.date_of_birth, problem.minor_age),
            p.sex if p.needs_shelter else "",
            p.needs_shelter and self.turns(p.date_of_birth, problem.child_shelter_age) == 0,
            self.reference.get(p.id, -1),
            self._clearance(p),
        )

    def _clearance(self, p: PersonSpec) -> tuple[bool, dt.date]:
        """Whether the person needs a medical clearance and from when it holds, always a
        (bool, date) pair so that keys sort (a bare False beside a date does not)."""
        if fit_to_travel.needs_clearance(self.problem, p):
            return (True, p.clearance or dt.date.min)
        return (False, dt.date.min)


def _fitting_shelters(problem: Problem, household: HouseholdSpec,
                      cache: dict[tuple[bool, bool, bool], tuple[int, ...]]) -> tuple[int, ...]:
    sheltered = problem.sheltered_members(household)
    key = (
        any(p.sex != "F" and age_on(p.date_of_birth, problem.start) >= problem.child_shelter_age
            for p in sheltered),
        any(p.sex != "M" for p in sheltered),
        any(p.medical for p in sheltered),
    )
    found = cache.get(key)
    if found is None:
        found = tuple(s.id for s in problem.shelters if problem.shelter_accepts(s, household))
        cache[key] = found
    return found


def _signature_facts(problem: Problem, household: HouseholdSpec, earliest: EarliestDocument,
                     table: FlightTable,
                     shelter_fit: dict[tuple[bool, bool, bool], tuple[int, ...]],
                     keys: MemberKeys) -> HouseholdFacts:
    """Facts of a household without pins, its options computed over arrays of flights."""
    members = problem.members(household)
    start = problem.start
    ready = problem.household_ready(household)
    first_day = (timing.earliest_departure(problem, household) - start).days
    index = table.candidates(problem.accepted_destinations(household), first_day)
    days = table.day[index]
    member_keys = [keys.of(p.id) for p in members]
    turns_two = np.sort(np.fromiter((k[7] for k in member_keys), dtype=np.int64))
    turns_adult = np.sort(np.fromiter((k[8] for k in member_keys), dtype=np.int64))
    # Members aged 2+ on the day take a seat; each infant needs a lap of its own, a member
    # aged 18+ on the day (rule 2).
    seats_needed = np.searchsorted(turns_two, days, side="right")
    keep = len(members) - seats_needed <= np.searchsorted(turns_adult, days, side="right")
    keep &= seats_needed <= table.seats[index]
    medical = sum(1 for p in members if p.medical)
    keep &= table.medical_cap[index] >= medical
    needing = [p for p in members if p.needs_document]
    ready_ats = [earliest.ready_at(problem.person_ready(p)) for p in needing]
    if any(r is None for r in ready_ats):
        keep[:] = False
    elif ready_ats:
        latest = max(r for r in ready_ats if r is not None)
        keep &= table.deadline[index] >= (latest - table.base).total_seconds()
    span = fit_to_travel.window(problem, members)
    if span is not None:
        keep &= (days >= (span[0] - start).days) & (days <= (span[1] - start).days)
    index, days, seats_needed = index[keep], days[keep], seats_needed[keep]
    weight = sum(p.weight for p in members)
    ready_sum = sum(p.weight * (problem.person_ready(p) - start).days for p in members)
    firsts = np.zeros(len(table.airports) + 1, dtype=np.int64)
    for p in members:
        firsts[table.airport_code.get(p.destinations[0], -1)] += 1
    first_choice = firsts[table.airport[index]]
    reference = problem.reference or {}
    changes = np.full(len(index), len(members), dtype=np.int64)
    for p in members:
        if p.id in reference:
            changes -= table.id[index] == reference[p.id]
    arrays = OptionArrays(
        flight_id=table.id[index].astype(np.int32), day=days.astype(np.int32),
        seats=seats_needed.astype(np.int32),
        medical=np.full(len(index), medical, dtype=np.int32),
        first_choice=first_choice.astype(np.int32),
        waiting=narrow_int(weight * days - ready_sum), changes=changes.astype(np.int32))
    return HouseholdFacts(
        household=household, ready=ready, size=len(members), weight=weight,
        sheltered=sum(1 for p in members if p.needs_shelter),
        document_ready=tuple(sorted(problem.person_ready(p) for p in needing)),
        arrays=arrays, changes_grounded=sum(1 for p in members if p.id in reference),
        shelters=_fitting_shelters(problem, household, shelter_fit), start=start)


def _single_facts(problem: Problem, household: HouseholdSpec, pins: ScreenedPins,
                  earliest: EarliestDocument, table: FlightTable) -> HouseholdFacts:
    """Facts of a pinned household, rule by rule (pins restrict its flights and slots)."""
    members = problem.members(household)
    ready = problem.household_ready(household)
    reference = problem.reference or {}
    pinned_flight = pins.flight.get(household.id)
    if pinned_flight is None:
        earliest_day = timing.earliest_departure(problem, household)
        candidates = [table.flights[i] for i in table.candidates(
            problem.accepted_destinations(household), (earliest_day - problem.start).days)]
    else:
        candidates = [problem.flight_by_id[pinned_flight]]
    options = [flight_option(problem, members, flight, ready, reference)
               for flight in candidates
               if allows_flight(problem, household, flight, pins, earliest)]
    return HouseholdFacts(
        household=household, ready=ready, size=len(members),
        weight=sum(p.weight for p in members),
        sheltered=sum(1 for p in members if p.needs_shelter),
        document_ready=tuple(sorted(problem.person_ready(p) for p in members
                                    if p.needs_document and p.id not in pins.slot)),
        arrays=OptionArrays.of(problem.start, options),
        changes_grounded=sum(1 for p in members if p.id in reference),
        shelters=tuple(s.id for s in problem.shelters if problem.shelter_accepts(s, household)),
        start=problem.start)


def flight_option(
    problem: Problem,
    members: list[PersonSpec],
    flight: FlightSpec,
    ready: dt.date,
    reference: dict[int, int] | object,
) -> FlightOption:
    ref = problem.reference or {}
    day = flight.departure_date
    return FlightOption(
        flight_id=flight.id,
        date=day,
        seats=seats.seats_needed(problem, members, flight),
        medical=sum(1 for p in members if p.medical),
        first_choice=sum(1 for p in members if p.destinations[:1] == (flight.destination,)),
        waiting=sum(p.weight * (day - problem.person_ready(p)).days for p in members),
        changes=sum(1 for p in members if ref.get(p.id) != flight.id),
    )


def allows_flight(
    problem: Problem,
    household: HouseholdSpec,
    flight: FlightSpec,
    pins: ScreenedPins,
    earliest: EarliestDocument,
) -> bool:
    """Rules 2 (infants, a flight too small), 3 (too many medical), 4, 5, 6 (a slot exists
    in time for every member who needs one, ignoring capacity) and 11, for one flight."""
    if not flight_status.usable(problem, flight):
        return False
    if not destination.allows(problem, household, flight) or not timing.allows(
        problem, household, flight
    ):
        return False
    members = problem.members(household)
    if not fit_to_travel.allows(problem, members, flight):
        return False
    if seats.infants_outnumber_adults(problem, members, flight):
        return False
    if seats.seats_needed(problem, members, flight) > flight.seats:
        return False
    medical = sum(1 for p in members if p.medical)
    if flight.medical_capacity is not None and medical > flight.medical_capacity:
        return False
    deadline = problem.departure_deadline(flight)
    for person in members:
        pinned_slot = pins.slot.get(person.id)
        if pinned_slot is not None:
            if problem.slot_by_id[pinned_slot].ready_at > deadline and person.needs_document:
                return False
            continue
        if person.needs_document:
            ready_at = earliest.ready_at(problem.person_ready(person))
            if ready_at is None or ready_at > deadline:
                return False
    return True
