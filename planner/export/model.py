"""The manifests of a stored plan as plain data, before any renderer sees them.

``plan_reader.read_manifests`` fills these records from the database; the copy filter
(``copies.for_copy``) turns the complete embassy copy into the airline and immigration
copy; ``layout`` lays either out as printable tables for the workbook writer and the
PDF renderer. Nothing here knows openpyxl, Qt or SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum


class Copy(StrEnum):
    """Which copy of the manifests a file is (SPEC 6): each is written only when asked for."""

    EMBASSY = "embassy"
    AIRLINE = "airline"

    @property
    def heading(self) -> str:
        """The name printed in every title block and page header."""
        if self is Copy.EMBASSY:
            return "EMBASSY COPY - complete, confidential"
        return "AIRLINE AND IMMIGRATION COPY"

    @property
    def audience(self) -> str:
        """Who receives the copy, as the audit log records it."""
        return "embassy" if self is Copy.EMBASSY else "airline and immigration"


class Need(StrEnum):
    """The special needs a manifest shows (SPEC 6), in the words of the embassy copy."""

    MEDICAL = "medical"
    WHEELCHAIR = "wheelchair"
    PREGNANT = "pregnant"
    UNACCOMPANIED_MINOR = "unaccompanied minor"
    INFANT = "infant on lap"

    @property
    def code(self) -> str:
        """The assistance code the airline copy shows instead of the words."""
        return ASSISTANCE_CODES[self]


#: IATA special service request codes where one exists; PREG is the usual airline shorthand.
ASSISTANCE_CODES: dict[Need, str] = {
    Need.MEDICAL: "MEDA",
    Need.WHEELCHAIR: "WCHR",
    Need.PREGNANT: "PREG",
    Need.UNACCOMPANIED_MINOR: "UMNR",
    Need.INFANT: "INFT",
}


class AgeGroup(StrEnum):
    ADULT = "adult"
    CHILD = "child"
    INFANT = "infant"


PASSPORT = "Passport"
#: An emergency travel document (Indonesian SPLP), issued at a document slot before departure.
ETD = "ETD"


@dataclass(frozen=True, slots=True)
class Passenger:
    """One person on one flight's manifest, with ages as on the departure date.

    The fields after ``needs`` are the embassy's own: the airline copy has them empty.
    """

    number: int
    full_name: str
    sex: str
    date_of_birth: dt.date
    age: int
    group: AgeGroup
    nationality: str
    document_type: str
    document_no: str | None
    household: str | None
    needs: tuple[Need, ...]
    case_no: str | None = None
    phone: str | None = None
    notes: str | None = None
    trafficking_victim: bool | None = None
    document_status: str | None = None
    document_slot: str | None = None
    shelter: str | None = None

    @property
    def medical(self) -> bool:
        return Need.MEDICAL in self.needs


@dataclass(frozen=True, slots=True)
class ManifestChange:
    """A passenger added to or removed from a flight's manifest since its last revision
    (SPEC 8.5), and why (``planner.departure.revisions.WHY``)."""

    change: str  # "added" or "removed"
    full_name: str
    household: str | None
    why: str
    case_no: str | None = None


@dataclass(frozen=True, slots=True)
class FlightManifest:
    """One flight and its passengers in seat order of households."""

    key: str
    flight_no: str
    carrier: str | None
    origin: str
    destination: str
    departs_at: dt.datetime
    status: str
    seats: int
    medical_capacity: int | None
    passengers: tuple[Passenger, ...]
    #: The manifest's revision (SPEC 8.5); None when the plan is not the published one.
    revision: int | None = None
    #: The changes since the revision it replaces (revision 2 on).
    changes: tuple[ManifestChange, ...] = ()
    #: When passengers report at check-in: departure less the operation's check-in buffer.
    report_at: dt.datetime | None = None

    def count(self, group: AgeGroup) -> int:
        return sum(1 for p in self.passengers if p.group is group)

    @property
    def adults(self) -> int:
        return self.count(AgeGroup.ADULT)

    @property
    def children(self) -> int:
        return self.count(AgeGroup.CHILD)

    @property
    def infants(self) -> int:
        return self.count(AgeGroup.INFANT)

    @property
    def seated(self) -> int:
        """Passengers who take a seat: everyone but infants on a lap (SPEC 3.1 rule 2)."""
        return len(self.passengers) - self.infants

    @property
    def medical(self) -> int:
        return sum(1 for p in self.passengers if p.medical)


@dataclass(frozen=True, slots=True)
class ShelterStay:
    """A sheltered person's stay: every night from ``first_night`` to ``last_night``."""

    case_no: str
    full_name: str
    sex: str
    age: int
    household: str | None
    first_night: dt.date
    last_night: dt.date
    leaves_on: str | None
    needs: tuple[Need, ...]

    @property
    def nights(self) -> int:
        return (self.last_night - self.first_night).days + 1


@dataclass(frozen=True, slots=True)
class ShelterRoster:
    name: str
    beds: int
    accepts: str
    medical_care: bool
    stays: tuple[ShelterStay, ...]

    @property
    def person_nights(self) -> int:
        return sum(s.nights for s in self.stays)

    def peak(self) -> tuple[int, dt.date | None]:
        """The most beds used on one night, and the first night it happens."""
        change: dict[dt.date, int] = {}
        for stay in self.stays:
            change[stay.first_night] = change.get(stay.first_night, 0) + 1
            after = stay.last_night + dt.timedelta(days=1)
            change[after] = change.get(after, 0) - 1
        best, best_night, used = 0, None, 0
        for night in sorted(change):
            used += change[night]
            if used > best:
                best, best_night = used, night
        return best, best_night


@dataclass(frozen=True, slots=True)
class SlotBooking:
    case_no: str
    full_name: str
    document_status: str
    household: str | None
    flight: str | None


@dataclass(frozen=True, slots=True)
class SlotSchedule:
    """One document appointment and the persons booked on it."""

    slot_id: str
    starts_at: dt.datetime
    location: str | None
    capacity: int
    ready_at: dt.datetime
    bookings: tuple[SlotBooking, ...]


@dataclass(frozen=True, slots=True)
class UnassignedPerson:
    """A person the plan leaves without a flight, with the reasons an officer can act on."""

    case_no: str
    full_name: str
    sex: str
    age: int
    household: str | None
    destinations: str
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OverflowHousehold:
    """A household that needs shelter and has none for some nights."""

    household: str
    case_numbers: tuple[str, ...]
    person_nights: int
    reason: str


@dataclass(frozen=True, slots=True)
class ManifestDocument:
    """Everything one export prints, for one copy of one plan."""

    operation: str
    plan_id: int
    plan_status: str
    plan_start: dt.date
    plan_created_at: dt.datetime
    published_at: dt.datetime | None
    generated_at: dt.datetime
    copy: Copy
    flights: tuple[FlightManifest, ...]
    shelters: tuple[ShelterRoster, ...] = ()
    slots: tuple[SlotSchedule, ...] = ()
    unassigned: tuple[UnassignedPerson, ...] = ()
    overflow: tuple[OverflowHousehold, ...] = ()
    conflicts: tuple[str, ...] = ()
    #: Persons the plan covers (flown or not); None on the airline copy.
    persons_in_plan: int | None = None
    #: The export of chosen flights (``--flight``, the desktop's one flight): their
    #: manifests and what goes with them to the gate, none of the operation's other sheets
    #: (shelters, appointments, persons left behind are empty).
    chosen_flights: bool = False

    @property
    def passengers(self) -> int:
        return sum(len(f.passengers) for f in self.flights)

    def of_flights(self, keys: Sequence[str]) -> ManifestDocument:
        """The document of the flights ``keys`` only (unknown keys are left out): what an
        export of chosen flights holds, without the operation's other sheets."""
        flights = {f.key: f for f in self.flights}
        return replace(self, flights=tuple(flights[k] for k in dict.fromkeys(keys)
                                           if k in flights),
                       shelters=(), slots=(), unassigned=(), overflow=(),
                       chosen_flights=True)

    @property
    def overflow_person_nights(self) -> int:
        return sum(h.person_nights for h in self.overflow)

    def counts(self) -> dict[str, int]:
        """Identifiers-only figures for the audit log and the command's report."""
        figures = {"flights": len(self.flights), "passengers": self.passengers}
        if self.copy is Copy.EMBASSY:
            figures.update(
                shelters=len(self.shelters),
                slots=len(self.slots),
                unassigned=len(self.unassigned),
                overflow_households=len(self.overflow),
            )
        return figures
