"""The operation the close tests start from: a 200-person demo planned and published."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner import demo
from planner.db import open_operation
from planner.planning import service
from planner.planning.reading import plan_json


def published_demo(path: Path, people: int = 200, seed: int = 11) -> dict[str, Any]:
    """Make the demo operation at ``path``, plan and publish it; the plan's document."""
    operation = open_operation(path, create=True)
    try:
        with operation.session() as session:
            demo.create(session, people, seed=seed)
        plan_id = service.solve_and_store(operation, service.PlanningOptions(time_limit=20,
                                                                             publish=True))
        with operation.session() as session:
            return plan_json(session, plan_id or 0)
    finally:
        operation.close()
