"""The document slots: appointments to issue emergency travel documents (SPEC 2.4)."""

from __future__ import annotations

from planner.records.editing import RecordKind
from planner.records.snapshots import ColumnKind
from ui.i18n import tr
from ui.labels import field_label
from ui.models.record_table import Column
from ui.pages.record_page import RecordPage
from ui.plan_words import slots_text


class SlotsPage(RecordPage):
    page_id = "slots"
    icon_name = "slots"
    kind = RecordKind.SLOT
    search_fields = ["slot_id", "location", "starts_at"]
    default_sort = 1

    def title(self) -> str:
        return tr("Document slots")

    def columns(self) -> list[Column]:
        K = ColumnKind
        return [
            Column("slot_id", field_label("slot_id"), width_chars=16, fit=True),
            Column("starts_at", field_label("starts_at"), K.DATETIME, width_chars=16, fit=True),
            Column("capacity", field_label("capacity"), K.INT, width_chars=6, fit=True),
            Column("ready_after_hours", field_label("ready_after_hours"), K.FLOAT,
                   width_chars=8, fit=True),
            Column("location", field_label("location"), width_chars=30),
        ]

    def search_placeholder(self) -> str:
        return tr("Search slot, date or location")

    def empty_text(self) -> str:
        return tr("No document slots yet.\nAdd one with Add..., or import a workbook with "
                  "a Document slots sheet.")

    def counted_noun(self, count: int) -> str:
        return slots_text(count)
