"""Evacuation planner: the domain, the operation database, import, export and services."""

__version__ = "0.1.0"
