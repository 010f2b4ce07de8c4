"""The demo operation: deterministic, realistic shares, scarce capacity."""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from collections import Counter
from typing import Any

from planner import demo
from planner.db import Operation
from planner.domain import DocumentStatus
from planner.operation import totals


def test_same_seed_same_operation_other_seed_differs() -> None:
    first = demo.generate(500, seed=7)
    assert first.persons == demo.generate(500, seed=7).persons
    assert first.flights == demo.generate(500, seed=7).flights
    assert first.persons != demo.generate(500, seed=8).persons


def test_shape_of_a_crisis() -> None:
    made = demo.generate(5000, seed=3)
    persons = made.persons
    assert len(persons) == 5000
    sizes = Counter(p["household_id"] for p in persons)
    assert max(sizes.values()) <= 6
    singles = sum(1 for size in sizes.values() if size == 1)
    assert singles / len(sizes) > 0.6
    not_valid = sum(1 for p in persons if p["document_status"] != DocumentStatus.VALID)
    assert 0.25 < not_valid / len(persons) < 0.45
    start = demo.DEMO_START
    ages = [(start - p["date_of_birth"]).days // 365 for p in persons]
    assert any(age < 2 for age in ages), "some infants"
    minors_alone = [
        hid for hid in sizes
        if all((start - p["date_of_birth"]).days < 18 * 365 for p in persons if p["household_id"] == hid)
    ]
    assert minors_alone, "some unaccompanied minors"
    destinations = Counter(p["destinations"].split(";")[0] for p in persons)
    assert len(destinations) >= 5 and destinations.most_common(1)[0][0] == "CGK"
    seats = sum(f["seats"] for f in made.flights if f["status"] != "cancelled")
    assert seats < len(persons), "seats are scarce"
    assert any(f["status"] == "cancelled" for f in made.flights)
    assert {s["accepts"] for s in made.shelters} == {"any", "women_children", "men"}
    assert any(s["medical_care"] for s in made.shelters)
    assert sum(s["beds"] for s in made.shelters) < sum(p["needs_shelter"] for p in persons)
    assert all(s["starts_at"].weekday() < 5 for s in made.slots)
    assert sum(s["capacity"] for s in made.slots) < not_valid
    last = max(f["departure_date"] for f in made.flights)
    assert dt.timedelta(days=14) <= last - start <= dt.timedelta(days=22)
    phones = [p["phone"] for p in persons if p["phone"]]
    assert all(isinstance(phone, str) for phone in phones)
    assert any(phone.startswith("08") for phone in phones)


def test_infants_have_laps_and_are_never_born_months_apart() -> None:
    """Rule 2 (one lap infant per adult): no demo family has more infants than adults on
    any day of the plan, and a family's infants are twins when it has two."""
    start = demo.DEMO_START
    last = start + dt.timedelta(days=demo.HORIZON_DAYS)
    families: dict[int, list[dt.date]] = {}
    for seed in (1, 2, 3):
        made = demo.generate(3000, seed=seed)
        families.clear()
        for p in made.persons:
            families.setdefault(p["household_id"], []).append(p["date_of_birth"])
        for births in families.values():
            infants = {b for b in births if (last - b).days < 2 * 365}
            adults = sum(1 for b in births if (start - b).days >= 18 * 366)
            assert len(infants) <= 1, births
            count = sum(1 for b in births if b in infants)
            assert count <= adults, births
        assert any(len(b) > 1 and any((start - d).days < 2 * 365 for d in b)
                   for b in families.values()), "families with an infant"


def test_no_family_gets_more_infants_than_laps() -> None:
    """A family of two adults and four children, over 20,000 seeds: its infants are one,
    or twins of one birth date, never more than its adults (the demo once gave a few
    families of 150,000 persons triplets with two adults, who could never fly)."""
    start = demo.DEMO_START
    twins = 0
    for seed in range(20_000):
        rng = random.Random(seed)
        infants: list[dt.date] = []
        births = [demo._child_birth(rng, start, infants, 2) for _ in range(4)]
        young = [b for b in births if (start - b).days < 2 * 365]
        assert young == infants, (seed, births)
        assert len(young) <= 2 and len(set(young)) <= 1, (seed, births)
        twins += len(young) == 2
    assert twins > 0, "some twins"


def test_demo_is_stored(operation: Operation) -> None:
    with operation.session() as session:
        demo.create(session, 200, seed=1)
    with operation.session() as session:
        counted = totals(session)
    assert counted.persons == 200
    assert counted.flights > 0 and counted.shelters >= 3 and counted.slots > 0


def test_shapes_make_seats_beds_and_slots_scarcer_or_looser() -> None:
    """The benchmarks' shapes (planner.demo.SHAPES) change only the capacities: the same
    persons, with seats, beds and slot places for the shape's share of them."""
    crisis = demo.generate(4000, seed=2)
    for name, shape in demo.SHAPES.items():
        made = demo.generate(4000, seed=2, shape=shape)
        assert made.persons == crisis.persons, name
        seats = sum(f["seats"] for f in made.flights)
        beds = sum(s["beds"] for s in made.shelters)
        places = sum(s["capacity"] for s in made.slots)
        needing = sum(1 for p in made.persons if p["document_status"] != "valid")
        assert 0.8 * shape.seats * 4000 <= seats <= 1.35 * shape.seats * 4000 + 215, name
        assert 0.6 * shape.beds * 0.85 * 4000 <= beds <= 1.5 * shape.beds * 0.85 * 4000, name
        assert 0.7 * shape.slots * needing <= places <= 1.4 * shape.slots * needing + 200, name
    assert demo.generate(4000, seed=2, shape=demo.SHAPES["crisis"]).flights == crisis.flights


def test_registrations_are_dated_on_the_demos_own_timeline(monkeypatch: Any) -> None:
    """Everyone is registered by the day they come into care, in the desk's office hours
    where the demo's embassy is, a household on one day, no day before the start taking
    more than the desk's rate; and dating them changes no other value of any row (the
    plans made from a demo stay those of its seed)."""
    made = demo.generate(3000, seed=4)
    zone = zoneinfo.ZoneInfo(demo.DEMO_TIMEZONE)
    start = demo.DEMO_START
    local = {p["id"]: p["created_at"].replace(tzinfo=dt.UTC).astimezone(zone)
             for p in made.persons}
    days_of: dict[int, set[dt.date]] = {}
    before_start: Counter[dt.date] = Counter()
    for person in made.persons:
        when = local[person["id"]]
        care = person["available_from"] or start
        assert when.date() <= care, person["case_no"]
        assert demo.OFFICE_HOURS[0] <= when.hour <= demo.OFFICE_HOURS[1], when
        assert person["updated_at"] == person["created_at"]
        days_of.setdefault(person["household_id"], set()).add(when.date())
        if when.date() < start:
            before_start[when.date()] += 1
    assert all(len(days) == 1 for days in days_of.values()), "a household split over days"
    assert before_start and max(before_start.values()) <= demo.REGISTRATIONS_A_DAY + 6
    assert min(before_start) >= start - dt.timedelta(days=demo.MAX_REGISTRATION_DAYS)
    assert made.persons == demo.generate(3000, seed=4).persons  # the same every time

    monkeypatch.setattr(demo, "_date_registrations", lambda *args: None)
    undated = demo.generate(3000, seed=4)
    assert [{k: v for k, v in p.items() if k not in ("created_at", "updated_at")}
            for p in made.persons] == undated.persons
    assert (made.flights, made.shelters, made.slots, made.households) == (
        undated.flights, undated.shelters, undated.slots, undated.households)
