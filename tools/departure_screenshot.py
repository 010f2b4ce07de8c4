"""The departure-day screen for the user guide: the busiest flight of the published plan,
two thirds of its households scanned in, three standby persons, and a household whose
first member only was scanned (the answer the desk shows)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.planning.problem_builder import latest_published_plan_id
from planner.planning.reading import plan_json


def shoot_departure(window: Any, out: Path, suffix: str,
                    save: Callable[[Any, Path, str], Path]) -> None:
    operation = window.context.operation
    with operation.session() as session:
        plan = plan_json(session, latest_published_plan_id(session) or 0)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    booked = [h for h in plan["households"] if h["flight"] == flight]
    window.show_page("departure")
    page = window.pages["departure"]
    page.choose_flight(flight)

    def scan(household: dict[str, Any]) -> None:
        for member in household["members"]:
            page.scan.setText(member["case_no"])
            page.take_scan()

    for household in booked[: len(booked) * 2 // 3]:
        scan(household)
    page.standby.setChecked(True)
    for household in [h for h in plan["households"] if h["flight"] is None
                      and len(h["members"]) == 1][:3]:
        scan(household)
    page.standby.setChecked(False)
    family = next((h for h in booked[len(booked) * 2 // 3:] if len(h["members"]) > 1), None)
    if family is not None:
        page.scan.setText(family["members"][0]["case_no"])
        page.take_scan()
    save(window, out, f"departure-day{suffix}")
