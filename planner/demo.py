"""A realistic synthetic operation for demonstrations, tests and benchmarks.

The shape follows the 2026 Phnom Penh crackdown the project exists for: citizens
rescued from scam compounds arrive at the embassy over the first days, about a third
without a usable passport (confiscated by the compound, lost, expired), most
travelling alone, some as families, a few minors on their own. Repatriation flights
run to several Indonesian airports over three weeks, some are cancelled; shelters
and document appointments are scarce, as in a real crisis. Everything is derived
from ``random.Random(seed)``, so the same seed gives the same operation.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from planner.db.models import DocumentSlot, Flight, Household, Person, Settings, Shelter
from planner.domain import DocumentStatus, FlightStatus, ShelterPolicy
from planner.errors import PlannerError
from planner.operation import get_settings, totals
from planner.protection import audit

DEMO_START = dt.date(2026, 3, 2)
#: Most persons a demo may have: more than any operation can be. The UN's human rights
#: office counts at least 100,000 people held in Cambodia's scam compounds ("Online scam
#: operations and trafficking into forced criminality in Southeast Asia", OHCHR, 2023).
MAX_PEOPLE = 200_000
#: Years a demo's start may fall in: its persons are born up to 80 years before it.
EARLIEST_START = dt.date(1990, 1, 1)
LATEST_START = dt.date(2100, 12, 31)
HORIZON_DAYS = 21
#: The demo's embassy: its registrations are dated in its office hours there.
DEMO_TIMEZONE = "Asia/Phnom_Penh"
#: Most walk-ins the demo's desk registers a day before its start (Phnom Penh's peak was
#: about 520 in one day); a larger demo spreads its registrations over more days, up to
#: ``MAX_REGISTRATION_DAYS`` (about 4,700 had come within five weeks).
REGISTRATIONS_A_DAY = 400
MAX_REGISTRATION_DAYS = 35
OFFICE_HOURS = (8, 17)

# Common Indonesian given names and family names; many Indonesians use a single name.
MALE_NAMES = ["Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Iwan", "Joko", "Rizki", "Slamet", "Wahyu", "Yusuf", "Andi", "Bayu", "Dimas", "Fikri", "Hadi", "Irfan", "Made", "Nyoman", "Putu", "Ketut", "Rahmat", "Sutrisno", "Taufik", "Arif", "Bambang", "Gilang", "Hasan", "Ilham", "Kurniawan", "Lukman", "Muhammad", "Nanda", "Rudi", "Syahrul", "Teguh", "Yoga", "Zainal", "Ahmad"]
FEMALE_NAMES = ["Siti", "Dewi", "Sri", "Wulan", "Ayu", "Fitri", "Indah", "Lestari", "Nur", "Putri", "Rina", "Sari", "Yuni", "Ani", "Citra", "Dian", "Eka", "Fransiska", "Gita", "Hana", "Intan", "Kartika", "Lina", "Maya", "Novi", "Ratna", "Sinta", "Tuti", "Umi", "Vina", "Wati", "Yanti", "Zahra", "Anisa", "Bunga", "Dewi", "Kadek", "Komang", "Made", "Ni"]
FAMILY_NAMES = ["Pratama", "Saputra", "Wijaya", "Hidayat", "Santoso", "Susanto", "Setiawan", "Nugroho", "Kusuma", "Siregar", "Nasution", "Simanjuntak", "Harahap", "Lubis", "Sitompul", "Gunawan", "Halim", "Tanjung", "Sembiring", "Ginting", "Wibowo", "Purnomo", "Rahman", "Hakim", "Syahputra", "Manurung", "Panjaitan", "Tambunan", "Daulay", "Rangkuti"]

# Arrival airports with the uneven share of demand seen in such operations: most
# people come from Java and North Sumatra (SPEC 2.1 destinations).
DESTINATIONS = (("CGK", 0.42), ("KNO", 0.20), ("SUB", 0.14), ("UPG", 0.08), ("DPS", 0.06),
                ("BTH", 0.05), ("PDG", 0.05))
ALTERNATIVES = {"CGK": ("SUB",), "SUB": ("CGK",), "KNO": ("BTH", "PDG"), "BTH": ("KNO",),
                "PDG": ("KNO",), "UPG": ("SUB", "CGK"), "DPS": ("SUB",)}
CARRIERS = (("GA", "Garuda Indonesia"), ("QZ", "Indonesia AirAsia"), ("ID", "Batik Air"),
            ("QG", "Citilink"), ("JT", "Lion Air"))
SLOT_LOCATIONS = ("Embassy consular section", "Immigration office Phnom Penh",
                  "Mobile consular team Sihanoukville")


@dataclass(frozen=True)
class DemoShape:
    """How scarce seats, beds and document appointments are: seats for this share of the
    persons, beds for this share of those needing one, slot places for this share of
    those needing a document. The default is the crisis the planner was tuned on; the
    benchmarks also plan shapes it was not tuned on (``SHAPES``)."""

    seats: float = 0.7
    beds: float = 0.5
    slots: float = 0.8


#: Named shapes for the benchmarks (``benchmarks/solve.py --shapes``).
SHAPES = {
    "crisis": DemoShape(),
    "tight-seats": DemoShape(seats=0.4),
    "loose-seats": DemoShape(seats=1.1),
    "tight-beds": DemoShape(beds=0.2),
    "loose-beds": DemoShape(beds=0.9),
    "tight-slots": DemoShape(slots=0.4),
    "loose-slots": DemoShape(slots=1.3),
}


@dataclass
class DemoOperation:
    """Rows ready for bulk insertion, with ids assigned."""

    households: list[dict[str, Any]] = field(default_factory=list)
    persons: list[dict[str, Any]] = field(default_factory=list)
    flights: list[dict[str, Any]] = field(default_factory=list)
    shelters: list[dict[str, Any]] = field(default_factory=list)
    slots: list[dict[str, Any]] = field(default_factory=list)


def _weighted(rng: random.Random, table: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random() * sum(w for _, w in table)
    for value, weight in table:
        roll -= weight
        if roll <= 0:
            return value
    return table[-1][0]


def _birth_date(rng: random.Random, start: dt.date, age_low: int, age_high: int) -> dt.date:
    age_days = rng.randint(age_low * 365 + 1, age_high * 365 + 300)
    return start - dt.timedelta(days=age_days)


def _child_birth(rng: random.Random, start: dt.date, infants: list[dt.date],
                 adults: int) -> dt.date:
    """Birth date of a family's child after its adults: an infant one time in five (the
    family's first, or a twin of it while an adult has a free lap: rule 2 allows one lap
    infant per adult), never infants born months apart; otherwise aged 2 to 16.
    ``infants`` holds the family's infants so far and gets this one."""
    infant = rng.random() < 0.2
    if infant and not infants:
        infants.append(_birth_date(rng, start, 0, 1))
        return infants[0]
    # The lap is checked after the twin's roll, so that the random draws (and every
    # operation of a seed without triplets) stay as they were.
    if infant and adults == 2 and rng.random() < 0.1 and len(infants) < adults:
        infants.append(infants[0])
        return infants[0]
    return _birth_date(rng, start, 2, 16)


class _PersonFactory:
    def __init__(self, rng: random.Random, start: dt.date) -> None:
        self.rng = rng
        self.start = start
        self.passports: set[str] = set()

    def name(self, sex: str, family: str | None) -> str:
        rng = self.rng
        given = rng.choice(MALE_NAMES if sex == "M" else FEMALE_NAMES)
        if family is None:
            if rng.random() < 0.15:
                return given  # a single name, common in Java
            family = rng.choice(FAMILY_NAMES)
        if rng.random() < 0.3:
            middle = rng.choice(MALE_NAMES if sex == "M" else FEMALE_NAMES)
            if middle != given:
                return f"{given} {middle} {family}"
        return f"{given} {family}"

    def passport(self) -> str:
        while True:
            number = f"{self.rng.choice('ABCEX')}{self.rng.randint(0, 9_999_999):07d}"
            if number not in self.passports:
                self.passports.add(number)
                return number

    def document(self, age: int) -> tuple[str, str | None]:
        roll = self.rng.random()
        if age < 18 and roll < 0.5:
            return DocumentStatus.MISSING.value, None
        if roll < 0.20:
            return DocumentStatus.CONFISCATED.value, None
        if roll < 0.28:
            return DocumentStatus.MISSING.value, None
        if roll < 0.31:
            return DocumentStatus.LOST.value, None
        if roll < 0.34:
            return DocumentStatus.EXPIRED.value, self.passport()
        return DocumentStatus.VALID.value, self.passport()

    def phone(self) -> str | None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            return None  # phones are often taken by the compound
        if roll < 0.45:
            return f"+855 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        return f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}"


def generate(people: int, seed: int, start: dt.date = DEMO_START,
             shape: DemoShape = DemoShape()) -> DemoOperation:
    """Make the rows of an operation of ``people`` persons; deterministic for ``seed``
    (and ``shape``)."""
    if people < 0:
        raise PlannerError.of("demo_people_negative")
    rng = random.Random(seed)
    factory = _PersonFactory(rng, start)
    demo = DemoOperation()
    arrival_spread = max(1, min(10, people // 200 + 1))

    def add_person(household_id: int, sex: str, born: dt.date, family: str | None,
                   destinations: list[str], available: dt.date | None) -> None:
        age = (start - born).days // 365
        status, passport = factory.document(age)
        pregnant = sex == "F" and 18 <= age <= 42 and rng.random() < 0.06
        cleared = None
        if age >= 18 and rng.random() < 0.10:  # police statement still to be taken
            cleared = start + dt.timedelta(days=rng.randint(3, 14))
        number = len(demo.persons) + 1
        demo.persons.append({
            "id": number,
            "case_no": f"C-{number:06d}",
            "household_id": household_id,
            "full_name": factory.name(sex, family),
            "sex": sex,
            "date_of_birth": born,
            "nationality": "IDN",
            "passport_no": passport,
            "document_status": status,
            "phone": factory.phone() if age >= 16 else None,
            "destinations": ";".join(destinations),
            "available_from": available,
            "cleared_from": cleared,
            "needs_shelter": rng.random() < 0.85,
            "medical": rng.random() < (0.10 if age >= 60 else 0.04),
            "pregnant": pregnant,
            "disability": rng.random() < 0.02,
            "trafficking_victim": age >= 15 and rng.random() < 0.6,
            "notes": None,
        })
        demo.persons[-1]["name_key"] = " ".join(demo.persons[-1]["full_name"].lower().split())

    def pick_destinations() -> list[str]:
        first = _weighted(rng, DESTINATIONS)
        chosen = [first]
        if rng.random() < 0.3:
            chosen.append(rng.choice(ALTERNATIVES[first]))
        return chosen

    household_no = 0
    while len(demo.persons) < people:
        household_no += 1
        remaining = people - len(demo.persons)
        roll = rng.random()
        if roll < 0.72 or remaining == 1:
            size, kind = 1, "single"
        elif roll < 0.985:
            size, kind = min(remaining, rng.choice((2, 2, 3, 3, 4, 4, 5, 6))), "family"
        else:
            size, kind = min(remaining, rng.choice((1, 1, 2, 3))), "minors"
        available: dt.date | None = start + dt.timedelta(
            days=min(rng.randint(0, arrival_spread - 1), int(rng.expovariate(0.35))))
        if available == start and rng.random() < 0.5:
            available = None
        destinations = pick_destinations()
        implicit = size == 1 and kind == "single"
        demo.households.append({
            "id": household_no,
            "code": f"~C-{len(demo.persons) + 1:06d}" if implicit else f"H-{household_no:06d}",
            "implicit": implicit,
        })
        family = rng.choice(FAMILY_NAMES)
        if kind == "single":
            sex = "M" if rng.random() < 0.62 else "F"
            age_high = 70 if rng.random() < 0.06 else 45
            add_person(household_no, sex, _birth_date(rng, start, 18, age_high), None,
                       destinations, available)
        elif kind == "minors":
            for _ in range(size):
                sex = "M" if rng.random() < 0.55 else "F"
                add_person(household_no, sex, _birth_date(rng, start, 14, 17), family,
                           destinations, available)
        else:
            adults = 2 if size >= 3 or rng.random() < 0.5 else 1
            infants: list[dt.date] = []
            for index in range(size):
                if index < adults:
                    sex = "M" if index == 0 and adults == 2 else ("F" if index else
                                                                  rng.choice("MF"))
                    add_person(household_no, sex, _birth_date(rng, start, 20, 48), family,
                               destinations, available)
                elif index == adults and rng.random() < 0.12 and size <= 5:
                    add_person(household_no, rng.choice("MF"),
                               _birth_date(rng, start, 60, 75), family, destinations, available)
                else:
                    born = _child_birth(rng, start, infants, adults)
                    add_person(household_no, rng.choice("MF"), born, family, destinations,
                               available)

    _add_flights(demo, rng, start, people, shape.seats)
    _add_shelters(demo, rng, start, people, shape.beds)
    _add_slots(demo, rng, start, people, shape.slots)
    _date_registrations(demo, seed, start)
    return demo


def _date_registrations(demo: DemoOperation, seed: int, start: dt.date) -> None:
    """Date each person's registration (``created_at``, naive UTC) on the demo's own
    timeline, so that a situation report of one of its days counts who was in care then.

    Households in care at the start registered over the days before it, in case-number
    order, at most ``REGISTRATIONS_A_DAY`` persons a day, spread over the desk's office
    hours; a household that comes into care later walks in on its ``available_from``
    day. A random stream of its own (from the seed) picks the later walk-ins' times, so
    every other row, and with them the plans made from the demo, are those the same seed
    gave before registrations were dated.
    """
    rng = random.Random(f"demo registrations {seed}")
    zone = zoneinfo.ZoneInfo(DEMO_TIMEZONE)
    opens, closes = OFFICE_HOURS
    minutes = (closes - opens) * 60

    def utc(day: dt.date, minute: float) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time(opens), tzinfo=zone) + dt.timedelta(
            minutes=minute)
        return local.astimezone(dt.UTC).replace(tzinfo=None)

    early = [p for p in demo.persons if p["available_from"] is None
             or p["available_from"] <= start]
    days = min(MAX_REGISTRATION_DAYS, max(1, math.ceil(len(early) / REGISTRATIONS_A_DAY)))
    first = start - dt.timedelta(days=days)
    per_day = math.ceil(len(early) / days) if early else 1
    opened: dict[int, int] = {}  # household -> the rank of its first member
    for rank, person in enumerate(early):
        # A household registers together: on the day its first member came to the desk.
        day = opened.setdefault(person["household_id"], rank) // per_day
        position = min(rank - day * per_day, per_day + 5)  # the last family runs late
        person["created_at"] = utc(first + dt.timedelta(days=day), position * minutes / per_day)
    for person in demo.persons:
        if "created_at" not in person:
            person["created_at"] = utc(person["available_from"], rng.randrange(minutes))
    for person in demo.persons:
        person["updated_at"] = person["created_at"]


def _add_flights(demo: DemoOperation, rng: random.Random, start: dt.date, people: int,
                 share: float) -> None:
    # Seats for about 70 % of the roster (the default share) over three weeks, to CGK
    # most often.
    if people == 0:
        return
    total_seats = int(people * share)
    seats_per_flight = 180
    count = max(len(DESTINATIONS), math.ceil(total_seats / (seats_per_flight * 0.85)))
    used_numbers: set[tuple[str, dt.date]] = set()
    for index in range(count):
        destination = DESTINATIONS[index % len(DESTINATIONS)][0] if index < len(DESTINATIONS) \
            else _weighted(rng, DESTINATIONS)
        code, carrier = rng.choice(CARRIERS)
        day = start + dt.timedelta(days=rng.randint(1, HORIZON_DAYS))
        while True:
            number = f"{code} {rng.randint(100, 9899)}"
            if (number, day) not in used_numbers:
                used_numbers.add((number, day))
                break
        hour = rng.choice((6, 8, 10, 13, 15, 18, 21))
        seats = rng.choice((120, 150, 160, 180, 180, 189, 215))
        status_roll = rng.random()
        status = (FlightStatus.CANCELLED if status_roll < 0.05 else
                  FlightStatus.CONFIRMED if status_roll < 0.55 else FlightStatus.PLANNED)
        demo.flights.append({
            "id": index + 1,
            "flight_no": number,
            "carrier": carrier,
            "origin": "PNH",
            "destination": destination,
            "departs_at": dt.datetime.combine(day, dt.time(hour, rng.choice((0, 15, 30, 45)))),
            "departure_date": day,
            "seats": seats,
            "medical_capacity": None if rng.random() < 0.3 else rng.randint(2, 8),
            "status": status.value,
        })


def _add_shelters(demo: DemoOperation, rng: random.Random, start: dt.date, people: int,
                  share: float) -> None:
    # Beds for about half of those who need one (the default share): the rest is
    # overflow to be reported.
    if people == 0:
        return
    total_beds = max(20, int(people * 0.85 * share))
    kinds = (("Wisma", ShelterPolicy.ANY), ("Rumah Aman Perempuan", ShelterPolicy.WOMEN_CHILDREN),
             ("Asrama Pria", ShelterPolicy.MEN))
    count = max(3, math.ceil(total_beds / 160))
    for index in range(count):
        prefix, policy = kinds[index % 3]
        beds = max(10, int(total_beds / count * rng.uniform(0.6, 1.4)))
        open_from = start + dt.timedelta(days=rng.randint(2, 6)) if rng.random() < 0.1 else None
        open_until = start + dt.timedelta(days=rng.randint(14, 20)) if rng.random() < 0.1 \
            else None
        demo.shelters.append({
            "id": index + 1,
            "name": f"{prefix} {index + 1:02d}",
            "beds": beds,
            "accepts": policy.value,
            "medical_care": index % 4 == 0,
            "open_from": open_from,
            "open_until": open_until,
        })


def _add_slots(demo: DemoOperation, rng: random.Random, start: dt.date, people: int,
               share: float) -> None:
    # Appointments on working days for about 80 % (the default share) of those without a
    # valid document.
    needing = sum(1 for p in demo.persons if p["document_status"] != DocumentStatus.VALID.value)
    if needing == 0:
        return
    working_days = [start + dt.timedelta(days=d) for d in range(HORIZON_DAYS - 1)
                    if (start + dt.timedelta(days=d)).weekday() < 5]
    times = (dt.time(9, 0), dt.time(11, 0), dt.time(14, 0))
    per_slot = max(5, math.ceil(needing * share / (len(working_days) * len(times))))
    locations = SLOT_LOCATIONS[: max(1, min(3, math.ceil(per_slot / 40)))]
    capacity = max(5, math.ceil(per_slot / len(locations)))
    number = 0
    for day in working_days:
        for time in times:
            for location in locations:
                number += 1
                starts = dt.datetime.combine(day, time)
                demo.slots.append({
                    "id": number,
                    "slot_id": f"S-{starts:%m%d-%H%M}-{SLOT_LOCATIONS.index(location) + 1}",
                    "starts_at": starts,
                    "capacity": capacity + rng.randint(-2, 2),
                    "ready_after_hours": 24.0 if location == SLOT_LOCATIONS[0] else 48.0,
                    "location": location,
                })


def check_size(people: int, start: dt.date) -> None:
    """Refuse a demo no operation could be, before any of it is made."""
    if not 0 <= people <= MAX_PEOPLE:
        raise PlannerError.of("demo_too_many", most=MAX_PEOPLE, people=people)
    if not EARLIEST_START <= start <= LATEST_START:
        raise PlannerError.of("demo_start_outside", first=EARLIEST_START.isoformat(),
                              last=LATEST_START.isoformat(), start=start.isoformat())


def create(session: Session, people: int, seed: int, start: dt.date = DEMO_START,
           progress: Callable[[str], None] | None = None,
           shape: DemoShape = DemoShape()) -> DemoOperation:
    """Fill an empty operation with a demo of ``people`` persons; refuse a non-empty one."""
    check_size(people, start)
    existing = totals(session)
    if existing.persons or existing.flights or existing.shelters or existing.slots:
        raise PlannerError.of("demo_not_empty", persons=existing.persons,
                              flights=existing.flights)
    demo = generate(people, seed, start, shape)
    settings: Settings = get_settings(session)
    settings.name = f"Demo operation (seed {seed})"
    settings.origin_airport = "PNH"
    settings.default_destination = "CGK"
    settings.default_nationality = "IDN"
    settings.timezone = DEMO_TIMEZONE
    settings.plan_start = start
    settings.next_case_number = len(demo.persons) + 1
    session.flush()
    chunk = 20_000
    for model, rows in ((Household, demo.households), (Person, demo.persons),
                        (Flight, demo.flights), (Shelter, demo.shelters),
                        (DocumentSlot, demo.slots)):
        for offset in range(0, len(rows), chunk):
            session.execute(insert(model), rows[offset: offset + chunk])
        if progress:
            progress(f"{model.__tablename__}: {len(rows)}")
        if session.get_bind().dialect.name == "postgresql":
            # the rows came with their ids: move the id sequence past them, or the next
            # record an officer adds would collide with one of them
            table = model.__tablename__
            session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"greatest(max(id), 1), max(id) IS NOT NULL) FROM {table}"))
    audit.record(session, "demo", "operation", settings.name, {
        "persons": len(demo.persons), "households": len(demo.households),
        "flights": len(demo.flights), "shelters": len(demo.shelters),
        "slots": len(demo.slots), "seed": seed,
    })
    return demo
