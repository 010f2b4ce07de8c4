"""Preferences of the workflow screens (planning time limit, manifest copy), declared once.

They live in the same QSettings as the program's other preferences (``ui.preferences``).
"""

from __future__ import annotations

from typing import Any

from ui.preferences import Option, Preferences


def _seconds(raw: Any) -> int:
    value = int(raw)
    if not 5 <= value <= 24 * 3600:
        raise ValueError("out of range")
    return value


def _copy(raw: Any) -> str:
    if raw not in ("embassy", "airline"):
        raise ValueError("unknown copy")
    return str(raw)


class WorkflowPreferences(Preferences):
    #: Seconds the planner may take.
    time_limit = Option("planning/time_limit", 60, _seconds)
    #: The copy of the manifests chosen last ("embassy" or "airline").
    manifest_copy = Option("export/copy", "embassy", _copy)
    #: The folder of the last roster imported.
    import_folder = Option("import/folder", "", str)

    @classmethod
    def of(cls, preferences: Preferences) -> WorkflowPreferences:
        return cls(preferences.store)
