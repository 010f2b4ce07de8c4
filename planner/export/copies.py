"""The airline and immigration copy: only what is needed to board and receive the passengers.

SPEC 6: no phone, no notes, never the trafficking-victim flag, special needs only as
assistance codes. The filter works on the data, not on the layout, so a field the airline
must not see is gone before any renderer runs: it cannot reappear through a column, a
comment or a document property. The embassy's case numbers, document statuses, slots and
shelters are dropped too, and so are the sheets about shelters, appointments and persons
left behind: none of them helps to board a passenger.
"""

from __future__ import annotations

from dataclasses import replace

from planner.export.model import Copy, FlightManifest, ManifestDocument, Passenger


def _airline_passenger(p: Passenger) -> Passenger:
    return Passenger(
        number=p.number,
        full_name=p.full_name,
        sex=p.sex,
        date_of_birth=p.date_of_birth,
        age=p.age,
        group=p.group,
        nationality=p.nationality,
        document_type=p.document_type,
        document_no=p.document_no,
        household=p.household,
        needs=p.needs,
    )


def _airline_flight(flight: FlightManifest) -> FlightManifest:
    return replace(flight, passengers=tuple(_airline_passenger(p) for p in flight.passengers),
                   changes=tuple(replace(c, case_no=None) for c in flight.changes))


def for_copy(document: ManifestDocument, copy: Copy) -> ManifestDocument:
    """``document`` (the complete embassy copy) as the copy ``copy`` may carry it."""
    if copy is Copy.EMBASSY:
        return replace(document, copy=Copy.EMBASSY)
    return ManifestDocument(
        operation=document.operation,
        plan_id=document.plan_id,
        plan_status=document.plan_status,
        plan_start=document.plan_start,
        plan_created_at=document.plan_created_at,
        published_at=document.published_at,
        generated_at=document.generated_at,
        copy=Copy.AIRLINE,
        flights=tuple(_airline_flight(f) for f in document.flights),
        chosen_flights=document.chosen_flights,
    )
