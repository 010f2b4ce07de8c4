"""Exporting the manifests of a plan: one user action, one file, one audit entry.

The workbook is written here; a PDF needs Qt, which planner/ never imports, so it is
drawn by the renderer registered as ``pdf`` in the ``evacplan.renderers`` entry-point
group (``ui.printing:render_pdf``). The file is written whole or not at all and readable
by its owner only; the audit entry (identifiers and counts, never personal values) is
committed before the file takes its final name, so no export goes unrecorded.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from planner.db import Operation
from planner.errors import PlannerError
from planner.export.copies import for_copy
from planner.export.model import Copy, ManifestDocument
from planner.export.plan_reader import read_manifests
from planner.export.revised import with_revisions
from planner.export.workbook import write_workbook
from planner.protection import audit
from planner.protection.files import atomic_output

RENDERER_GROUP = "evacplan.renderers"
#: A renderer writes a document to a path and returns warnings (identifiers only).
Renderer = Callable[[ManifestDocument, Path], "list[str] | None"]
FORMATS = {".xlsx": "xlsx", ".pdf": "pdf"}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    plan_id: int
    copy: Copy
    format: str
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)


def output_format(target: str | os.PathLike[str]) -> str:
    """``xlsx`` or ``pdf`` from the file name; anything else is refused."""
    suffix = Path(target).suffix.lower()
    if suffix not in FORMATS:
        raise PlannerError.of("manifest_format", file=Path(target).name)
    return FORMATS[suffix]


def find_renderer(name: str) -> Renderer:
    """The renderer registered under ``name`` in the ``evacplan.renderers`` group."""
    found = entry_points(group=RENDERER_GROUP, name=name)
    for entry in found:
        try:
            loaded: Renderer = entry.load()
        except ImportError as exc:
            raise PlannerError.of("renderer_broken", name=name.upper(), entry=entry.value,
                                  why=str(exc)) from exc
        return loaded
    raise PlannerError.of("renderer_missing", name=name.upper(), entry=name,
                          group=RENDERER_GROUP)


def export_manifests(
    operation: Operation,
    target: str | os.PathLike[str],
    *,
    plan_id: int | None = None,
    copy: Copy = Copy.EMBASSY,
    flights: Sequence[str] | None = None,
    renderer: Renderer | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Write one copy of a plan's manifests to ``target`` (.xlsx or .pdf) and audit it.

    ``plan_id`` None takes the published plan, else the latest; ``flights`` (keys such as
    ``"QZ 8205 2026-03-05"``) limits the manifests to those flights; ``renderer`` replaces
    the registered PDF renderer (the desktop program passes its own).
    """
    fmt = output_format(target)
    render: Renderer = write_workbook if fmt == "xlsx" else (renderer or find_renderer("pdf"))
    target = Path(target)
    try:
        with atomic_output(target) as temp, operation.session() as session:
            document = for_copy(with_revisions(session, read_manifests(
                session, plan_id, flights=flights, now=now)), copy)
            warnings = list(render(document, temp) or [])
            counts = document.counts()
            details: dict[str, Any] = {"copy": copy.value, "format": fmt, "file": target.name,
                                       **counts}
            if flights:
                details["flight_keys"] = [f.key for f in document.flights]
            if warnings:
                details["warnings"] = len(warnings)
            audit.record(session, "export", "plan", str(document.plan_id), details,
                         recipient=copy.audience)
    except OSError as exc:  # disk full, a folder in the way, no permission
        raise PlannerError.of("cannot_write", path=str(target),
                              why=exc.strerror or str(exc)) from exc
    return ExportResult(path=target, plan_id=document.plan_id, copy=copy, format=fmt,
                        counts=counts, warnings=warnings)
