"""Writing the situation report: one file (.pdf or .xlsx), whole or not at all, audited.

The PDF needs Qt, which planner/ never imports: it is drawn by the renderer registered as
``sitrep_pdf`` in the ``evacplan.renderers`` entry-point group (``ui.sitrep_print``).
The audit entry holds the date, the language, the format and the plan: no personal data
(the report holds none either, only counts and the names of shelters and flights).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.db import Operation
from planner.errors import PlannerError
from planner.export.service import find_renderer
from planner.protection import audit
from planner.protection.files import atomic_output
from planner.sitrep.figures import Sitrep, compute_sitrep
from planner.sitrep.layout import Report, build_report
from planner.sitrep.workbook import write_workbook

SitrepRenderer = Callable[[Report, Path], None]
FORMATS = {".xlsx": "xlsx", ".pdf": "pdf"}


@dataclass(frozen=True)
class SitrepResult:
    path: Path
    format: str
    sitrep: Sitrep


def sitrep_format(target: str | os.PathLike[str]) -> str:
    suffix = Path(target).suffix.lower()
    if suffix not in FORMATS:
        raise PlannerError.of("sitrep_format", file=Path(target).name)
    return FORMATS[suffix]


def write_sitrep(operation: Operation, target: str | os.PathLike[str], day: dt.date, *,
                 language: str = "en", renderer: SitrepRenderer | None = None) -> SitrepResult:
    """Compute the report of ``day`` and write it to ``target``; record the export."""
    fmt = sitrep_format(target)
    target = Path(target)
    render: SitrepRenderer = (write_workbook if fmt == "xlsx"
                              else renderer or find_renderer("sitrep_pdf"))  # type: ignore[assignment]
    try:
        with atomic_output(target) as temp, operation.session() as session:
            sitrep = compute_sitrep(session, day)
            render(build_report(sitrep, language), temp)
            audit.record(session, "export", "sitrep", day.isoformat(), {
                "format": fmt, "language": language, "plan_id": sitrep.plan_id,
                "in_care": sitrep.in_care, "file": target.name}, recipient="ministry")
    except OSError as exc:
        raise PlannerError.of("cannot_write", path=str(target),
                              why=exc.strerror or str(exc)) from exc
    return SitrepResult(target, fmt, sitrep)
