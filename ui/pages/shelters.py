"""The shelters of the operation (SPEC 2.3)."""

from __future__ import annotations

from planner.records.editing import RecordKind
from planner.records.snapshots import ColumnKind
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.models.record_table import Column
from ui.pages.record_page import RecordPage
from ui.plan_words import shelters_text


class SheltersPage(RecordPage):
    page_id = "shelters"
    icon_name = "shelters"
    kind = RecordKind.SHELTER
    search_fields = ["name", "accepts"]
    default_sort = 0

    def title(self) -> str:
        return tr("Shelters")

    def columns(self) -> list[Column]:
        K = ColumnKind
        return [
            # The name is how an officer tells shelters apart ("Rumah Aman Perempuan 02" and
            # "... 05" both read "Rumah Aman Perempu..." at 24 average letters): never cut
            Column("name", field_label("name"), width_chars=24, fit=True),
            Column("beds", field_label("beds"), K.INT, width_chars=5, fit=True),
            Column("accepts", field_label("accepts"), labels=code_labels("accepts"),
                   width_chars=18, fit=True),
            Column("medical_care", field_label("medical_care"), K.BOOL, width_chars=8),
            Column("open_from", field_label("open_from"), K.DATE, width_chars=10, fit=True),
            Column("open_until", field_label("open_until"), K.DATE, width_chars=10, fit=True),
        ]

    def search_placeholder(self) -> str:
        return tr("Search shelter name")

    def empty_text(self) -> str:
        return tr("No shelters yet.\nAdd one with Add..., or import a workbook with a "
                  "Shelters sheet.")

    def counted_noun(self, count: int) -> str:
        return shelters_text(count)
