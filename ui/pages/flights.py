"""The flights of the operation (SPEC 2.2)."""

from __future__ import annotations

from planner.records.editing import RecordKind
from planner.records.snapshots import ColumnKind
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.models.record_table import Column
from ui.pages.record_page import RecordPage
from ui.plan_words import flights_text

STATUS_COLORS = {"cancelled": "#b3261e", "departed": "#6b6b6b", "confirmed": "#1b6e20"}


class FlightsPage(RecordPage):
    page_id = "flights"
    icon_name = "flights"
    kind = RecordKind.FLIGHT
    search_fields = ["flight_no", "carrier", "origin", "destination", "status"]
    default_sort = 1

    def title(self) -> str:
        return tr("Flights")

    def columns(self) -> list[Column]:
        K = ColumnKind
        return [
            Column("flight_no", field_label("flight_no"), width_chars=9, fit=True),
            Column("departs_at", field_label("departs_at"), K.DATETIME, width_chars=16, fit=True),
            Column("origin", field_label("origin"), width_chars=4, fit=True),
            Column("destination", field_label("destination"), width_chars=4, fit=True),
            Column("carrier", field_label("carrier"), width_chars=18),
            Column("seats", field_label("seats"), K.INT, width_chars=5, fit=True),
            Column("medical_capacity", field_label("medical_capacity"), K.INT, width_chars=6,
                   tooltip=tr("Passengers flagged medical the flight can carry; blank = no "
                              "limit"), fit=True),
            Column("status", field_label("status"), labels=code_labels("status"),
                   colors=STATUS_COLORS, width_chars=10, fit=True),
        ]

    def search_placeholder(self) -> str:
        return tr("Search flight number, carrier, airport or status")

    def empty_text(self) -> str:
        return tr("No flights yet.\nAdd one with Add..., or import a workbook with a "
                  "Flights sheet.")

    def counted_noun(self, count: int) -> str:
        return flights_text(count)
