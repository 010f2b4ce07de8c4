"""The daily situation report for the ministry (SPEC 8.6): figures, layout, files."""

from planner.sitrep.figures import Sitrep, compute_sitrep
from planner.sitrep.layout import Report, build_report
from planner.sitrep.service import SitrepResult, write_sitrep

__all__ = ["Report", "Sitrep", "SitrepResult", "build_report", "compute_sitrep", "write_sitrep"]
