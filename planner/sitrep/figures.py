"""The figures of the situation report (SPEC 8.6), computed from the database as of a date.

A report for a past day must read the same whenever it is printed, so every figure is
made from facts that carry their own date, and a fact counts from the later of the date
it names and the date it was recorded (a roster imported on the 5th with people "in care
from the 1st" does not rewrite the reports of the 2nd to the 4th):

- *entering care* on day d: persons whose care date is d, the care date being the later
  of ``available_from`` and the local date of ``created_at`` (registration or import),
  or the day the history first records them at a check-in (checked in, flown, arrived)
  when that was earlier: a flight of the 8th departed early on the 4th carries persons
  the roster said were ready by the 8th;
- *departing* on day d: persons flown on a flight (``departed_flight_id``) recorded as
  flown on d (the history's change to flown, made when the flight departs: later than
  its date for a flight marked departed days after, earlier for one departed early), on
  its departure date when the history has no record, and persons whose movement status
  (SPEC 8.1) became an
  out-status (flown, arrived, self-departed, withdrawn, missing) on d, read back from
  the audit log of status changes when the operation keeps one;
- *waiting* at the end of day d: in care by d and not departed by d;
- the *plan in use* on d: the plan last published before the end of d (``published_at``
  is kept for every plan ever published): its shelters give the beds used tonight, its
  flights the bookings, its document slots the documents issued and the places left.
  When no plan was published by then and the operation was planned after the fact (a
  plan published after every date of the operation: a demo solved months after its
  dates), the last plan published that starts on or before d: its days report the plan
  made for them, not "no published plan". An operation planned while it runs (a plan
  published within its dates) never takes this, so its past days replay as they were.

What the report cannot replay: a person's flags and document status, a flight's seats and
status, a shelter's beds and dates are read as they are now (an edit made later changes a
past report). The report says so: ``NotReplayed`` counts the records changed after its
day (from the audit log, which names the fields changed, never their old values) and the
departures the history does not date; the layout prints them in a table of their own.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.models import (
    AuditEntry,
    DocumentSlot,
    Flight,
    Person,
    Plan,
    PlanHousehold,
    PlanPerson,
    Settings,
    Shelter,
    StatusChange,
)
from planner.domain import DEFAULT_INFANT_AGE, DocumentStatus, FlightStatus
from solvers.problem import lap_infant

#: Days of flights the report lists, from the report's date on.
FLIGHT_DAYS = 7
#: Days of the chart, ending on the report's date.
CHART_DAYS = 14
#: Movement statuses (SPEC 8.1) that take a person out of care.
OUT_STATUSES = frozenset({"flown", "arrived", "self_departed", "withdrawn", "missing"})
#: Movement statuses that put a person at the check-in point in person on the day they
#: were recorded (checked in, then flown and handed over).
PRESENT_STATUSES = frozenset({"checked_in", "flown", "arrived"})
#: The statuses in the report's order (SPEC 8.1); the ones the data never shows print 0.
STATUS_ORDER = ("registered", "called", "checked_in", "no_show", "flown", "arrived",
                "self_departed", "withdrawn", "missing")


@dataclass(frozen=True)
class ShelterNight:
    name: str
    beds: int
    #: Persons the plan in use places here tonight.
    placed: int
    open: bool

    @property
    def used(self) -> int:
        """Beds used tonight: a closed shelter has none to use."""
        return self.placed if self.open else 0

    @property
    def to_move(self) -> int:
        """Persons placed in this shelter on a night it is closed: they need a bed elsewhere."""
        return 0 if self.open else self.placed

    @property
    def free(self) -> int:
        return max(0, self.beds - self.used) if self.open else 0


@dataclass(frozen=True)
class FlightLine:
    key: str
    flight_no: str
    destination: str
    departs_at: dt.datetime
    status: str
    seats: int
    #: Booked passengers who take a seat, and infants on a lap booked with them (they
    #: take none, SPEC 3.1 rule 2): a valid plan never books more seats than ``seats``.
    seats_booked: int
    infants: int
    checked_in: int
    no_shows: int

    @property
    def booked(self) -> int:
        """Persons booked: the seats booked and the infants on their laps."""
        return self.seats_booked + self.infants


@dataclass(frozen=True)
class DayLine:
    day: dt.date
    entered: int
    departed: int
    waiting: int


@dataclass(frozen=True)
class Documents:
    issued: int
    waiting: int
    places_left: int
    week_start: dt.date
    week_end: dt.date


@dataclass(frozen=True)
class Vulnerable:
    medical: int
    pregnant: int
    unaccompanied_minors: int
    elderly: int


#: The fields of each kind of record the report reads as they are now (no history keeps
#: their earlier values): a change recorded after the report's day makes it differ.
READ_AS_NOW: dict[str, frozenset[str]] = {
    "flight": frozenset({"flight_no", "destination", "departs_at", "seats", "status"}),
    "shelter": frozenset({"name", "beds", "open_from", "open_until"}),
    "person": frozenset({"sex", "date_of_birth", "document_status", "needs_shelter",
                         "medical", "pregnant", "household"}),
    "slot": frozenset({"starts_at", "capacity", "ready_after_hours"}),
}


@dataclass(frozen=True)
class NotReplayed:
    """What a report of a past day shows as recorded today, not as it was that day."""

    #: Records of each kind (flight, shelter, person, slot) whose fields the report reads
    #: were changed after the day (the audit log names the fields, never the old values).
    changed_since: dict[str, int] = field(default_factory=dict)
    #: Persons departed with no record of when they were marked so (an operation older
    #: than the movement history): counted on their flight's date.
    undated_departures: int = 0

    def __bool__(self) -> bool:
        return bool(self.undated_departures or any(self.changed_since.values()))


@dataclass(frozen=True)
class Sitrep:
    operation: str
    day: dt.date
    plan_id: int | None
    statuses: dict[str, int]
    in_care: int
    shelters: list[ShelterNight]
    #: Persons in care who need a bed and have none tonight in the plan in use (those it
    #: places in a shelter closed tonight among them: ``in_closed_shelters``).
    without_bed: int
    documents: Documents
    flights: list[FlightLine]
    vulnerable: Vulnerable
    days: list[DayLine] = field(default_factory=list)
    not_replayed: NotReplayed = field(default_factory=NotReplayed)

    @property
    def beds(self) -> int:
        return sum(s.beds for s in self.shelters if s.open)

    @property
    def beds_used(self) -> int:
        return sum(s.used for s in self.shelters)

    @property
    def beds_free(self) -> int:
        return sum(s.free for s in self.shelters)

    @property
    def in_closed_shelters(self) -> int:
        """Persons the plan places in a shelter that is closed tonight."""
        return sum(s.to_move for s in self.shelters)


@dataclass
class PersonHistory:
    """One person's facts and movement history, as the report and tonight's beds
    (planner/beds_tonight.py) read them."""
    id: int
    household_id: int
    sex: str
    born: dt.date
    needs_document: bool
    needs_shelter: bool
    medical: bool
    pregnant: bool
    care: dt.date
    flight_id: int | None
    flight_day: dt.date | None
    #: (local date, status, flight id) changes recorded for this person, oldest first.
    changes: list[tuple[dt.date, str, int | None]] = field(default_factory=list)
    #: Departed, but the history holds no record of when (counted on the flight's date).
    undated_departure: bool = False

    def status_on(self, day: dt.date) -> str | None:
        """The movement status at the end of ``day``; None when not yet in care."""
        if self.care > day:
            return None
        status = "registered"
        for when, to, _flight in self.changes:
            if when > day:
                break
            status = to
        if self.flight_day is not None and self.flight_day <= day and status not in OUT_STATUSES:
            status = "flown"
        return status

    def status_flight_on(self, day: dt.date) -> int | None:
        """The flight the latest change up to ``day`` names (called, checked in, no-show)."""
        flight = None
        for when, _to, named in self.changes:
            if when > day:
                break
            flight = named
        return flight

    def left_on(self) -> dt.date | None:
        """The day this person went out of care (the first out-status), if any; never
        before the care date (a departure recorded for someone registered later counts on
        the day of registration, so the running balance of the chart holds)."""
        days = [when for when, to, _flight in self.changes if to in OUT_STATUSES]
        if self.flight_day is not None:
            days.append(self.flight_day)
        return max(min(days), self.care) if days else None


def zone_of(name: str) -> dt.tzinfo:
    """The time zone named in the settings (UTC when the name is unknown)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def local_date(moment: dt.datetime, zone: dt.tzinfo) -> dt.date:
    """The operation's local date of a stored UTC moment (naive datetimes are UTC)."""
    return moment.replace(tzinfo=dt.UTC).astimezone(zone).date()


def end_of_day_utc(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The first UTC moment after ``day`` ends in the operation's time zone (naive UTC)."""
    start_next = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    return start_next.astimezone(dt.UTC).replace(tzinfo=None)


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _status_changes(session: Session, zone: dt.tzinfo
                    ) -> dict[int, list[tuple[dt.date, str, int | None]]]:
    """Recorded movement-status changes per person id, from the operation's history.

    Reads the ``status_changes`` history when the schema has one (SPEC 8.1); an
    operation without it has no changes to replay.
    """
    from planner.db import models

    history: type[models.StatusChange] | None = getattr(models, "StatusChange", None)
    if history is None:
        return {}
    found: dict[int, list[tuple[dt.date, str, int | None]]] = defaultdict(list)
    rows = session.execute(select(history.person_id, history.at, history.to_status,
                                  history.flight_id).order_by(history.at, history.id))
    for person_id, at, to, flight in rows:
        found[person_id].append((local_date(at, zone), to, flight))
    return found


def person_histories(session: Session, zone: dt.tzinfo) -> list[PersonHistory]:
    """Every person of the operation with the days of their status changes in ``zone``."""
    changes = _status_changes(session, zone)
    flight_days = {fid: day for fid, day in session.execute(
        select(Flight.id, Flight.departure_date))}
    rows = session.execute(select(
        Person.id, Person.household_id, Person.sex, Person.date_of_birth,
        Person.document_status, Person.needs_shelter, Person.medical, Person.pregnant,
        Person.available_from, Person.created_at, Person.departed_flight_id))
    persons = []
    for row in rows:  # eleven columns: by name (a Row of more than ten is not unpacked typed)
        registered = local_date(row.created_at, zone)
        available = row.available_from
        care = max(available, registered) if available is not None else registered
        history = changes.get(row.id, [])
        present = [when for when, to, _named in history if to in PRESENT_STATUSES]
        if present:
            # Seen at a check-in on a day: in care that day, whatever day the roster named
            # (a flight of the 8th departed early on the 4th carries persons ready by the 8th).
            care = min(care, min(present))
        flight = row.departed_flight_id
        flight_day = flight_days.get(flight) if flight is not None else None
        recorded = [when for when, to, named in history if to == "flown" and named == flight]
        if flight_day is not None and recorded:
            # A departure counts from the day it was recorded, which ``depart`` records as
            # it happens: marked departed in December, a March flight is not in March's
            # reports; a flight of the 8th departed early on the 4th left on the 4th.
            flight_day = min(recorded)
        persons.append(PersonHistory(
            id=row.id, household_id=row.household_id, sex=row.sex, born=row.date_of_birth,
            needs_document=row.document_status != DocumentStatus.VALID.value,
            needs_shelter=row.needs_shelter, medical=row.medical, pregnant=row.pregnant,
            care=care, flight_id=flight, flight_day=flight_day, changes=history,
            undated_departure=flight is not None and not recorded))
    return persons


def operation_dates(session: Session) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the operation's facts; None when it has none."""
    settings = session.get(Settings, 1)
    zone = zone_of(settings.timezone if settings else "UTC")
    days: list[dt.date] = []
    first_in, last_in = session.execute(select(func.min(Person.created_at),
                                               func.max(Person.created_at))).one()
    days += [local_date(moment, zone) for moment in (first_in, last_in) if moment is not None]
    days += [d for d in session.execute(select(func.min(Person.available_from),
                                               func.max(Person.available_from))).one()
             if d is not None]
    moved = session.scalar(select(func.max(StatusChange.at)))
    if moved is not None:
        days.append(local_date(moved, zone))
    days += [d for d in session.execute(
        select(func.min(Flight.departure_date), func.max(Flight.departure_date))
        .where(Flight.status != FlightStatus.CANCELLED.value)).one() if d is not None]
    return (min(days), max(days)) if days else None


def plan_in_use(session: Session, day: dt.date, zone: dt.tzinfo) -> int | None:
    """The plan last published before the end of ``day``; when none was and every plan
    was published after the operation's dates, the last plan published that starts on or
    before ``day`` (an operation planned after the fact)."""
    published = Plan.published_at.is_not(None)
    latest = (Plan.published_at.desc(), Plan.id.desc())
    in_time = session.scalar(
        select(Plan.id).where(published, Plan.published_at < end_of_day_utc(day, zone))
        .order_by(*latest).limit(1))
    if in_time is not None:
        return in_time
    dates = operation_dates(session)
    if dates is None:
        return None
    # Planned after the fact: every plan published after the operation's last date.
    first_published = session.scalar(select(func.min(Plan.published_at)))
    if first_published is None or local_date(first_published, zone) <= dates[1]:
        return None
    return session.scalar(select(Plan.id).where(published, Plan.start_date <= day)
                          .order_by(*latest).limit(1))


def _days(persons: Iterable[PersonHistory], first: dt.date, last: dt.date) -> list[DayLine]:
    entered: Counter[dt.date] = Counter()
    departed: Counter[dt.date] = Counter()
    waiting_before = 0
    for person in persons:
        left = person.left_on()
        entered[person.care] += 1
        if left is not None:
            departed[left] += 1
        if person.care < first and (left is None or left >= first):
            waiting_before += 1
    lines = []
    waiting = waiting_before
    day = first
    while day <= last:
        # A person entering and leaving on one day never waited overnight: still counted
        # in and out, so the waiting line stays the running balance of the two.
        waiting += entered[day] - departed[day]
        lines.append(DayLine(day, entered[day], departed[day], waiting))
        day += dt.timedelta(days=1)
    return lines


def compute_sitrep(session: Session, day: dt.date) -> Sitrep:
    """The situation report of ``day`` (the operation's local date)."""
    settings = session.get(Settings, 1)
    zone = zone_of(settings.timezone if settings else "UTC")
    minor_age = settings.minor_age if settings else 18
    elderly_age = settings.elderly_age if settings else 60
    persons = person_histories(session, zone)
    status_of = {p.id: p.status_on(day) for p in persons}
    statuses = {s: 0 for s in STATUS_ORDER}
    for status in status_of.values():
        if status is not None:
            statuses[status] = statuses.get(status, 0) + 1
    in_care = [p for p in persons if status_of[p.id] not in (None, *OUT_STATUSES)]

    plan_id = plan_in_use(session, day, zone)
    flight_of: dict[int, int | None] = {}
    shelter_of: dict[int, int | None] = {}
    slot_of: dict[int, int] = {}
    if plan_id is not None:
        for household, flight, shelter in session.execute(
                select(PlanHousehold.household_id, PlanHousehold.flight_id,
                       PlanHousehold.shelter_id).where(PlanHousehold.plan_id == plan_id)):
            flight_of[household] = flight
            shelter_of[household] = shelter
        slot_of = {person: slot for person, slot in session.execute(
            select(PlanPerson.person_id, PlanPerson.slot_id)
            .where(PlanPerson.plan_id == plan_id, PlanPerson.slot_id.is_not(None)))
            if slot is not None}

    flight_days = {f.id: f.departure_date for f in session.scalars(select(Flight))}
    household_flight_day = {h: flight_days[f] for h, f in flight_of.items() if f is not None}
    # A household's stay starts when its last member is in care (its ready date R_h).
    waiting_members: Counter[int] = Counter(p.household_id for p in persons
                                            if status_of[p.id] is None)
    sheltered = [p for p in in_care if waiting_members[p.household_id] == 0]
    shelters = _shelters(session, day, sheltered, shelter_of, household_flight_day)
    used_by_plan = sum(s.used for s in shelters)
    needing_bed = sum(1 for p in in_care if p.needs_shelter)
    documents = _documents(session, day, zone, persons, in_care, slot_of)
    flights = _flights(session, day, persons, status_of, flight_of,
                       settings.infant_age if settings else DEFAULT_INFANT_AGE)
    vulnerable = _vulnerable(day, in_care, minor_age, elderly_age)
    first = day - dt.timedelta(days=CHART_DAYS - 1)
    return Sitrep(
        operation=settings.name if settings else "",
        day=day, plan_id=plan_id, statuses=statuses, in_care=len(in_care),
        shelters=shelters, without_bed=needing_bed - used_by_plan, documents=documents,
        flights=flights, vulnerable=vulnerable, days=_days(persons, first, day),
        not_replayed=NotReplayed(
            _changed_since(session, end_of_day_utc(day, zone)),
            sum(1 for p in persons if p.undated_departure and p.care <= day
                and p.flight_day is not None and p.flight_day <= day)))


def _changed_since(session: Session, moment: dt.datetime) -> dict[str, int]:
    """Records per kind whose fields the report reads as now were changed after
    ``moment`` (naive UTC), from the audit log's update entries."""
    changed: dict[str, set[str]] = defaultdict(set)
    rows = session.execute(
        select(AuditEntry.entity, AuditEntry.entity_key, AuditEntry.details)
        .where(AuditEntry.at >= moment, AuditEntry.action.in_(("update", "import-update")),
               AuditEntry.entity.in_(tuple(READ_AS_NOW))))
    for row in rows:
        entity: str = row.entity
        key: str | None = row.entity_key
        details: dict[str, Any] = row.details or {}
        fields = READ_AS_NOW[entity]
        if "fields_by_case_no" in details:  # a person re-imported: fields per case number
            by_case: dict[str, list[str]] = details["fields_by_case_no"]
            changed[entity].update(case for case, names in by_case.items()
                                   if fields.intersection(names))
        elif key is not None and fields.intersection(details.get("fields", ())):
            changed[entity].add(key)
    return {entity: len(keys) for entity, keys in changed.items() if keys}


def _shelters(session: Session, day: dt.date, in_care: list[PersonHistory],
              shelter_of: dict[int, int | None], flight_day_of: dict[int, dt.date]
              ) -> list[ShelterNight]:
    """Beds used tonight as the plan in use places households (SPEC 3.1 rule 8): a
    sheltered household sleeps there from the night its last member came into care until
    the night before its planned flight. Persons placed in a shelter closed tonight (closed
    after the plan was made, or the plan older than its dates) use none of its beds: they
    are counted as placed there, to be moved, and among those without a bed."""
    used: Counter[int] = Counter()
    for person in in_care:
        shelter_id = shelter_of.get(person.household_id)
        planned = flight_day_of.get(person.household_id)
        if (shelter_id is not None and person.needs_shelter
                and (planned is None or planned > day)):
            used[shelter_id] += 1
    lines = []
    for shelter in session.scalars(select(Shelter).order_by(Shelter.name)):
        is_open = ((shelter.open_from is None or shelter.open_from <= day)
                   and (shelter.open_until is None or day <= shelter.open_until))
        lines.append(ShelterNight(shelter.name, shelter.beds, used[shelter.id], is_open))
    return lines


def _documents(session: Session, day: dt.date, zone: dt.tzinfo, persons: list[PersonHistory],
               in_care: list[PersonHistory], slot_of: dict[int, int]) -> Documents:
    slots = {s.id: s for s in session.scalars(select(DocumentSlot))}
    day_end = end_of_day_utc(day, zone).replace(tzinfo=dt.UTC).astimezone(zone).replace(
        tzinfo=None)

    def issued(person: PersonHistory) -> bool:
        slot = slots.get(slot_of.get(person.id, -1))
        return slot is not None and (
            slot.starts_at + dt.timedelta(hours=slot.ready_after_hours) <= day_end)

    in_care_ids = {p.id for p in in_care}
    issued_count = sum(1 for p in persons if p.needs_document and p.care <= day
                       and (issued(p) or (p.id not in in_care_ids and p.flight_day
                                          is not None and p.flight_day <= day)))
    waiting = sum(1 for p in in_care if p.needs_document and not issued(p))
    week_end = day + dt.timedelta(days=6)
    booked: Counter[int] = Counter(slot_of.values())
    places = sum(max(0, s.capacity - booked[s.id]) for s in slots.values()
                 if day <= s.starts_at.date() <= week_end)
    return Documents(issued_count, waiting, places, day, week_end)


def _flights(session: Session, day: dt.date, persons: list[PersonHistory],
             status_of: dict[int, str | None], flight_of: dict[int, int | None],
             infant_age: int) -> list[FlightLine]:
    last = day + dt.timedelta(days=FLIGHT_DAYS - 1)
    flights = list(session.scalars(
        select(Flight).where(Flight.departure_date >= day, Flight.departure_date <= last,
                             Flight.status != FlightStatus.CANCELLED.value)
        .order_by(Flight.departs_at, Flight.flight_no)))
    departs = {f.id: f.departure_date for f in flights}
    seated: Counter[int] = Counter()
    infants: Counter[int] = Counter()
    checked: Counter[int] = Counter()
    no_show: Counter[int] = Counter()
    for person in persons:
        planned = flight_of.get(person.household_id)
        # Flown on a flight by the end of the day: that flight; otherwise the booking of the
        # plan in use that day (a departure recorded later is not that day's booking).
        flown = person.flight_day is not None and person.flight_day <= day
        flight = person.flight_id if flown else planned
        if flight in departs:
            # As the plan counts them (``count_passengers``): a lap infant takes no seat.
            if lap_infant(person.born, departs[flight], infant_age):
                infants[flight] += 1
            else:
                seated[flight] += 1
        status = status_of[person.id]
        if status in ("flown", "arrived") and person.flight_id is not None:
            checked[person.flight_id] += 1
        elif status in ("checked_in", "no_show"):
            # The flight the status names (a standby checks in for a flight not booked).
            named = person.status_flight_on(day) or flight
            if named is not None:
                (checked if status == "checked_in" else no_show)[named] += 1
    return [FlightLine(f.key, f.flight_no, f.destination, f.departs_at, f.status, f.seats,
                       seated[f.id], infants[f.id], checked[f.id], no_show[f.id])
            for f in flights]


def _vulnerable(day: dt.date, in_care: list[PersonHistory], minor_age: int,
                elderly_age: int) -> Vulnerable:
    adults: Counter[int] = Counter()
    for person in in_care:
        if _age(person.born, day) >= minor_age:
            adults[person.household_id] += 1
    return Vulnerable(
        medical=sum(p.medical for p in in_care),
        pregnant=sum(p.pregnant for p in in_care),
        unaccompanied_minors=sum(1 for p in in_care if _age(p.born, day) < minor_age
                                 and adults[p.household_id] == 0),
        elderly=sum(1 for p in in_care if _age(p.born, day) >= elderly_age))
