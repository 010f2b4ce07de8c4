"""The tables of the Export screen: a plan's flights, and one flight's passengers as the
chosen copy of the manifest carries them."""

from __future__ import annotations

from planner.export.model import Copy, FlightManifest, Need, Passenger
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.models.list_table import RIGHT, ListColumn, ListTableModel
from ui.plan_words import number, short_date, short_datetime


def need_label(need: Need) -> str:
    return {
        Need.MEDICAL: tr("medical"),
        Need.WHEELCHAIR: tr("wheelchair"),
        Need.PREGNANT: tr("pregnant"),
        Need.UNACCOMPANIED_MINOR: tr("unaccompanied minor"),
        Need.INFANT: tr("infant on lap"),
    }.get(need, need.value)


def needs_text(passenger: Passenger, copy: Copy) -> str:
    if copy is Copy.AIRLINE:
        return " ".join(n.code for n in passenger.needs)
    return ", ".join(need_label(n) for n in passenger.needs)


def manifest_flight_model(parent: object = None) -> ListTableModel[FlightManifest]:
    statuses = code_labels("status")
    return ListTableModel([
        ListColumn(field_label("flight_no"), lambda f: f.flight_no, width_chars=9, fit=True),
        ListColumn(field_label("departs_at"), lambda f: short_datetime(f.departs_at),
                   sort=lambda f: f.departs_at, width_chars=19, fit=True),
        ListColumn(field_label("destination"), lambda f: f.destination, width_chars=4,
                   fit=True),
        ListColumn(tr("Passengers"), lambda f: number(len(f.passengers)),
                   sort=lambda f: len(f.passengers), align=RIGHT, width_chars=6, fit=True),
        ListColumn(field_label("seats"), lambda f: tr("{taken} of {seats}").format(
            taken=f.seated, seats=f.seats), sort=lambda f: f.seated, align=RIGHT,
                   width_chars=9, fit=True),
        ListColumn(field_label("status"), lambda f: statuses.get(f.status, f.status),
                   color=lambda f: "#b3261e" if f.status == "cancelled" else None,
                   width_chars=9, fit=True),
    ], parent)


#: The passenger table's case-number column: the embassy copy's own (SPEC 6), hidden
#: while the airline and immigration copy is shown.
CASE_COLUMN = 1
#: The passenger's name: it elides, and gives way to keep a date or key whole.
NAME_COLUMN = 2


def passenger_model(copy_of: object, parent: object = None) -> ListTableModel[Passenger]:
    """Passengers in seat order; ``copy_of()`` says which copy's needs column to show.
    Keys, dates and numbers are never cut; names and needs elide into their tooltip."""
    def copy() -> Copy:
        value = copy_of() if callable(copy_of) else Copy.EMBASSY
        return value if isinstance(value, Copy) else Copy.EMBASSY

    return ListTableModel([
        ListColumn(tr("No."), lambda p: str(p.number), sort=lambda p: p.number, align=RIGHT,
                   width_chars=3, fit=True),
        ListColumn(field_label("case_no"), lambda p: p.case_no or "",
                   sort=lambda p: p.case_no or "", width_chars=9, fit=True),
        ListColumn(field_label("full_name"), lambda p: p.full_name, width_chars=24),
        ListColumn(field_label("sex"), lambda p: p.sex, width_chars=3, fit=True),
        ListColumn(field_label("date_of_birth"), lambda p: short_date(p.date_of_birth),
                   sort=lambda p: p.date_of_birth, width_chars=11, fit=True),
        ListColumn(field_label("age"), lambda p: str(p.age), sort=lambda p: p.age, align=RIGHT,
                   width_chars=3, fit=True),
        ListColumn(tr("Document"), lambda p: f"{p.document_type} {p.document_no or ''}".strip(),
                   width_chars=20, fit=True),
        ListColumn(field_label("household"), lambda p: p.household or "", width_chars=9,
                   fit=True),
        ListColumn(tr("Needs"), lambda p: needs_text(p, copy()), width_chars=20),
    ], parent)
