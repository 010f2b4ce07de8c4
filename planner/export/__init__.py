"""Manifests that go to the printer (SPEC 6 and 7).

``plan_reader`` reads a stored plan into a plain ``ManifestDocument`` (``model``);
``copies`` makes the airline and immigration copy of it; ``layout`` turns either into
printable tables; ``workbook`` writes them as an .xlsx workbook; ``service`` ties one
export together (file, audit entry) and finds the PDF renderer of the desktop layer.
"""

from planner.export.copies import for_copy
from planner.export.model import Copy, FlightManifest, ManifestDocument, Passenger
from planner.export.plan_reader import choose_plan, read_manifests
from planner.export.service import ExportResult, export_manifests, find_renderer
from planner.export.workbook import write_workbook

__all__ = [
    "Copy",
    "ExportResult",
    "FlightManifest",
    "ManifestDocument",
    "Passenger",
    "choose_plan",
    "export_manifests",
    "find_renderer",
    "for_copy",
    "read_manifests",
    "write_workbook",
]
