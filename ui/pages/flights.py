"""The flights of the operation (SPEC 2.2)."""

from __future__ import annotations

from planner.editing import RecordKind
from planner.table_snapshots import ColumnKind
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.models.record_table import Column
from ui.pages.record_page import RecordPage, _number

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
            Column("flight_no", field_label("flight_no"), width_chars=9),
            Column("departs_at", field_label("departs_at"), K.DATETIME, width_chars=16),
            Column("origin", field_label("origin"), width_chars=4),
            Column("destination", field_label("destination"), width_chars=4),
            Column("carrier", field_label("carrier"), width_chars=18),
            Column("seats", field_label("seats"), K.INT, width_chars=5),
            Column("medical_capacity", field_label("medical_capacity"), K.INT, width_chars=6,
                   tooltip=tr("Passengers flagged medical the flight can carry; blank = no "
                              "limit")),
            Column("status", field_label("status"), labels=code_labels("status"),
                   colors=STATUS_COLORS, width_chars=10),
        ]

    def search_placeholder(self) -> str:
        return tr("Search flight number, carrier, airport or status")

    def empty_text(self) -> str:
        return tr("No flights yet.\nAdd one with Add..., or import a workbook with a "
                  "Flights sheet.")

    def count_text(self, visible: int, total: int) -> str:
        if visible == total:
            return tr("{total} flights").format(total=_number(total))
        return tr("{visible} of {total} flights").format(visible=_number(visible),
                                                         total=_number(total))
