"""The departure day's speed on a large operation: one check-in answered at the desk,
and closing a flight of 200 passengers with 50 standby persons.

Makes a demo operation of ``--people`` persons (or opens ``--db``), publishes a plan that
puts households of 200 persons on the first flight (written directly, so the benchmark
needs no solve of 150,000 persons), checks in all but about a tenth of them one
household at a time through ``answer_scan`` (what the desk calls on each scan, in a
transaction of its own), timing every answer; checks in households of about 50 persons
as standby; then times ``close_flight``. Prints the median, 95th percentile and worst
check-in answer, and the close::

    .venv/bin/python benchmarks/departure.py --people 150000 [--db OP.sqlite]

The SPEC's aims (issue 16): a check-in answered in under 50 ms at 150,000 persons; the
close of 200 passengers and 50 standby in under 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=150_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--passengers", type=int, default=200)
    parser.add_argument("--standby", type=int, default=50)
    parser.add_argument("--db", type=Path, help="a demo operation made before (kept)")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from planner import demo
    from planner.db import open_operation
    from planner.db.models import Flight, Person, Plan, PlanHousehold, utcnow
    from planner.departure.checkin import answer_scan
    from planner.departure.closing import close_flight
    from planner.operation import get_settings

    folder = Path(tempfile.mkdtemp(prefix="evacplan-departure-"))
    path = args.db or folder / "op.sqlite"
    operation = open_operation(path, create=True)
    began = time.perf_counter()
    with operation.session() as session:
        if not session.scalar(select(func.count()).select_from(Person)):
            demo.create(session, args.people, seed=args.seed)
    made = time.perf_counter() - began
    with operation.session() as session:
        persons = int(session.scalar(select(func.count()).select_from(Person)) or 0)
        # The last flight to the default destination: most persons accept it and are ready.
        open_ = (Flight.closed_at.is_(None), Flight.status.in_(("planned", "confirmed")))
        flight = session.scalars(select(Flight).where(
            Flight.destination == get_settings(session).default_destination, *open_)
            .order_by(Flight.departs_at.desc())).first() or session.scalars(
            select(Flight).where(*open_)).first()
        assert flight is not None
        flight.seats = max(flight.seats, args.passengers + args.standby)
        flight.medical_capacity = None
        rows = session.execute(select(Person.household_id, Person.case_no, Person.destinations,
                                      Person.document_status, Person.available_from,
                                      Person.cleared_from)
                               .where(Person.status == "registered")  # a rerun: the rest
                               .order_by(Person.household_id, Person.id)).all()
        default = get_settings(session).default_destination
        households: dict[int, list[str]] = {}
        fits: dict[int, bool] = {}
        for household_id, case_no, destinations, document, available, cleared in rows:
            households.setdefault(household_id, []).append(case_no)
            # Standby households must be able to fly (the close checks every rule).
            ok = (document == "valid" and (available is None or available
                                          <= flight.departure_date)
                  and (cleared is None or cleared <= flight.departure_date)
                  and flight.destination in (destinations or default).split(";"))
            fits[household_id] = fits.get(household_id, True) and ok
        chosen, standby, count, waiting = [], [], 0, 0
        for household_id, cases in households.items():
            if count < args.passengers:
                chosen.append(household_id)
                count += len(cases)
            elif waiting >= args.standby:
                break
            elif fits[household_id]:
                standby.append(household_id)
                waiting += len(cases)
        plan = Plan(status="feasible", start_date=flight.departure_date, created_by="bench",
                    published_at=utcnow(), published_by="bench")
        session.add(plan)
        session.flush()
        session.add_all(PlanHousehold(plan_id=plan.id, household_id=h, flight_id=flight.id)
                        for h in chosen)
        flight_id, key = flight.id, flight.key
    no_shows = set(chosen[::10])
    times, cpu_times = [], []
    for household_id in chosen + standby:
        if household_id in no_shows:
            continue
        pending: set[str] = set()
        for case_no in households[household_id]:
            start, cpu_start = time.perf_counter(), time.process_time()
            with operation.session() as session:
                answer = answer_scan(session, flight_id, case_no, pending,
                                     standby=household_id in standby)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
            if answer.kind == "waiting":
                pending.add(case_no)
            assert answer.kind in ("waiting", "checked_in", "standby"), answer
    start = time.perf_counter()
    cpu = time.process_time()
    with operation.session() as session:
        result = close_flight(session, key)
    close_seconds, close_cpu = time.perf_counter() - start, time.process_time() - cpu
    operation.close()
    times.sort()
    print(f"operation: {persons:,} persons ({f'made in {made:.0f} s' if not args.db else path})")
    print(f"flight {key}: {count} passengers in {len(chosen)} households, "
          f"{waiting} standby in {len(standby)} households, {len(no_shows)} households "
          "not checked in")
    print(f"check-in answer ({len(times)} scans): median {1000 * statistics.median(times):.1f} "
          f"ms, 95th percentile {1000 * times[int(0.95 * (len(times) - 1))]:.1f} ms, "
          f"worst {1000 * times[-1]:.1f} ms; CPU median "
          f"{1000 * statistics.median(cpu_times):.1f} ms")
    print(f"close: {close_seconds:.2f} s ({close_cpu:.2f} s CPU): "
          f"{len(result.removed)} households removed, {len(result.added)} added, "
          f"{result.seats_left} seats left")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if not args.db:
        print(f"(operation kept in {path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
