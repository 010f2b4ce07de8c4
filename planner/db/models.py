"""The operation database: typed SQLAlchemy 2 models of SPEC section 2 and the plans.

One database holds one operation. Keys that a person reads (case_no, flight_no plus
departure date, shelter name, slot_id, household code) are unique in the database;
surrogate integer ids join the tables. Every record that officers edit carries a
``version`` counter so that two officers cannot overwrite each other's edit
(SQLAlchemy's ``version_id_col``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from planner.domain import (
    DEFAULT_CHECKIN_BUFFER_HOURS,
    DEFAULT_CHILD_SHELTER_AGE,
    DEFAULT_ELDERLY_AGE,
    DEFAULT_FIT_TO_TRAVEL_DAYS,
    DEFAULT_INFANT_AGE,
    DEFAULT_MINOR_AGE,
    DEFAULT_READY_AFTER_HOURS,
    DocumentStatus,
    FlightStatus,
    PersonStatus,
    PinKind,
    PlanStatus,
    ShelterPolicy,
)
from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, Field, FieldSet
from solvers.problem import DEFAULT_WEIGHTS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: Any) -> str:
    quoted = ", ".join(f"'{v.value}'" for v in values)
    return f"{column} IN ({quoted})"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Settings(Base):
    """Operation settings (SPEC 2.5): exactly one row, id 1."""

    __tablename__ = "settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("checkin_buffer_hours >= 0", name="buffer_non_negative"),
        CheckConstraint(
            "infant_age > 0 AND infant_age < minor_age AND minor_age <= elderly_age",
            name="ages_ordered",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200), default="New operation")
    origin_airport: Mapped[str] = mapped_column(String(3), default="PNH")
    default_destination: Mapped[str] = mapped_column(String(3), default="CGK")
    default_nationality: Mapped[str] = mapped_column(String(3), default="IDN")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Phnom_Penh")
    #: Plan start date S; NULL means "today" at the moment of planning.
    plan_start: Mapped[dt.date | None] = mapped_column(Date)
    checkin_buffer_hours: Mapped[float] = mapped_column(Float, default=DEFAULT_CHECKIN_BUFFER_HOURS)
    weights: Mapped[dict[str, int]] = mapped_column(JSON, default=lambda: dict(DEFAULT_WEIGHTS))
    minor_age: Mapped[int] = mapped_column(Integer, default=DEFAULT_MINOR_AGE)
    infant_age: Mapped[int] = mapped_column(Integer, default=DEFAULT_INFANT_AGE)
    elderly_age: Mapped[int] = mapped_column(Integer, default=DEFAULT_ELDERLY_AGE)
    child_shelter_age: Mapped[int] = mapped_column(Integer, default=DEFAULT_CHILD_SHELTER_AGE)
    #: Persons registered before this date may be purged (SPEC 7); NULL = keep.
    retention_until: Mapped[dt.date | None] = mapped_column(Date)
    #: A short code every message to the persons carries (SPEC 8.3), so that a person can
    #: tell the embassy's message from a scammer's; NULL until an officer sets one.
    reference_code: Mapped[str | None] = mapped_column(String(16))
    #: Fit to travel (issue 17): medical and pregnant persons fly only with a medical
    #: clearance dated at most ``fit_to_travel_days`` days before departure. Off by default.
    fit_to_travel_required: Mapped[bool] = mapped_column(Boolean, default=False)
    fit_to_travel_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_FIT_TO_TRAVEL_DAYS)
    #: Next number for generated case numbers (C-000123).
    next_case_number: Mapped[int] = mapped_column(Integer, default=1)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ImportBatch(Base):
    """One import of one file: where it came from and what it did."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    #: Counts per kind and outcome, e.g. {"persons": {"added": 3, "updated": 1, ...}}.
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    skip_invalid: Mapped[bool] = mapped_column(Boolean, default=False)


class Household(Base):
    """A travel group (SPEC 2.1 ``household``); a person without one gets an implicit one."""

    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    #: True for the household of one made for a person whose sheet left it blank.
    implicit: Mapped[bool] = mapped_column(Boolean, default=False)

    members: Mapped[list[Person]] = relationship(back_populates="household_ref")


class Person(Base):
    """A citizen awaiting return (SPEC 2.1)."""

    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F')", name="sex_code"),
        CheckConstraint(_in("document_status", DocumentStatus), name="document_status_code"),
        CheckConstraint(_in("status", PersonStatus), name="status_code"),
        Index("ix_persons_name_dob", "name_key", "date_of_birth"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="RESTRICT"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    #: full_name folded for matching: lower case, single spaces.
    name_key: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    date_of_birth: Mapped[dt.date] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(3))
    passport_no: Mapped[str | None] = mapped_column(String(32), index=True)
    document_status: Mapped[str] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(40))
    #: Accepted arrival airports, IATA codes joined by ";", first = preferred; NULL = default.
    destinations: Mapped[str | None] = mapped_column(String(100))
    available_from: Mapped[dt.date | None] = mapped_column(Date)
    cleared_from: Mapped[dt.date | None] = mapped_column(Date)
    needs_shelter: Mapped[bool] = mapped_column(Boolean, default=True)
    medical: Mapped[bool] = mapped_column(Boolean, default=False)
    pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    trafficking_victim: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Date of the medical (fit-to-travel) clearance of a medical or pregnant person.
    medical_clearance: Mapped[dt.date | None] = mapped_column(Date)
    #: Set when the person left on a departed flight: out of every later plan (SPEC 3.1.11).
    departed_flight_id: Mapped[int | None] = mapped_column(
        ForeignKey("flights.id", ondelete="SET NULL"), index=True
    )
    #: Movement status (SPEC 8.1), changed only by the departure-day actions and import.
    status: Mapped[str] = mapped_column(
        String(16), default=PersonStatus.REGISTERED.value,
        server_default=PersonStatus.REGISTERED.value)
    #: The flight the status refers to: called or checked in for (as standby when
    #: ``standby``), no-show on, flown on; NULL for the other statuses.
    status_flight_id: Mapped[int | None] = mapped_column(
        ForeignKey("flights.id", ondelete="SET NULL"), index=True
    )
    #: Checked in as standby: came without a seat on ``status_flight_id``, hoping for one.
    standby: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: How many flights closed without this person (SPEC 8.1: the count is kept and shown).
    no_show_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    source_file: Mapped[str | None] = mapped_column(String(500))
    source_sheet: Mapped[str | None] = mapped_column(String(100))
    source_row: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    household_ref: Mapped[Household] = relationship(back_populates="members")

    @property
    def household(self) -> str | None:
        """The household code as officers wrote it; None for an implicit household of one."""
        ref = self.household_ref
        return None if ref is None or ref.implicit else ref.code

    @property
    def destination_list(self) -> list[str]:
        return [c for c in (self.destinations or "").split(";") if c]


class Flight(Base):
    """A repatriation flight (SPEC 2.2); key = flight_no + departure date."""

    __tablename__ = "flights"
    __table_args__ = (
        UniqueConstraint("flight_no", "departure_date", name="uq_flights_key"),
        CheckConstraint("seats >= 0", name="seats_non_negative"),
        CheckConstraint(
            "medical_capacity IS NULL OR medical_capacity >= 0", name="medical_non_negative"
        ),
        CheckConstraint(_in("status", FlightStatus), name="status_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    flight_no: Mapped[str] = mapped_column(String(16))
    carrier: Mapped[str | None] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(String(3))
    destination: Mapped[str] = mapped_column(String(3))
    departs_at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: The date part of departs_at, stored so the key can be a plain unique constraint.
    departure_date: Mapped[dt.date] = mapped_column(Date, index=True)
    seats: Mapped[int] = mapped_column(Integer)
    medical_capacity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=FlightStatus.PLANNED.value)
    #: When the flight was closed for boarding (SPEC 8.4 ``close``); NULL = open.
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    @property
    def key(self) -> str:
        """The readable key of SPEC 5's JSON: flight_no, a space and the departure date."""
        return f"{self.flight_no} {self.departure_date.isoformat()}"


class Shelter(Base):
    """A temporary shelter (SPEC 2.3)."""

    __tablename__ = "shelters"
    __table_args__ = (
        CheckConstraint("beds >= 0", name="beds_non_negative"),
        CheckConstraint(_in("accepts", ShelterPolicy), name="accepts_code"),
        CheckConstraint(
            "open_from IS NULL OR open_until IS NULL OR open_from <= open_until",
            name="open_period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    beds: Mapped[int] = mapped_column(Integer)
    accepts: Mapped[str] = mapped_column(String(20), default=ShelterPolicy.ANY.value)
    medical_care: Mapped[bool] = mapped_column(Boolean, default=False)
    open_from: Mapped[dt.date | None] = mapped_column(Date)
    open_until: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class DocumentSlot(Base):
    """An appointment to issue emergency travel documents (SPEC 2.4)."""

    __tablename__ = "document_slots"
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity_non_negative"),
        CheckConstraint("ready_after_hours >= 0", name="ready_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[str] = mapped_column(String(64), unique=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    capacity: Mapped[int] = mapped_column(Integer)
    ready_after_hours: Mapped[float] = mapped_column(Float, default=DEFAULT_READY_AFTER_HOURS)
    location: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class Plan(Base):
    """A stored result of the planner (SPEC 3 and the JSON of SPEC 5)."""

    __tablename__ = "plans"
    __table_args__ = (CheckConstraint(_in("status", PlanStatus), name="status_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[dt.date] = mapped_column(Date)
    reference_plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plans.id", ondelete="SET NULL")
    )
    #: Objective values by name (SPEC 5: flown_weight, flown_persons, changes, ...).
    objectives: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Proven bounds by objective name, for every objective that was not closed.
    bounds: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    solve_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    #: Solver parameters, method (exact or scaled), timings per stage.
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Released pins and other conflicts (SPEC 3.1.10), as a list of readable records.
    conflicts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    published_by: Mapped[str | None] = mapped_column(String(100))

    households: Mapped[list[PlanHousehold]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True
    )
    persons: Mapped[list[PlanPerson]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True
    )


class PlanHousehold(Base):
    """One household's outcome in a plan: flight, shelter, reasons, overflow."""

    __tablename__ = "plan_households"
    __table_args__ = (UniqueConstraint("plan_id", "household_id", name="uq_plan_households_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    flight_id: Mapped[int | None] = mapped_column(
        ForeignKey("flights.id", ondelete="SET NULL"), index=True
    )
    shelter_id: Mapped[int | None] = mapped_column(
        ForeignKey("shelters.id", ondelete="SET NULL"), index=True
    )
    #: Reasons a person can act on, for a household left without a flight (SPEC 3.3).
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Person-nights without a bed, and why (SPEC 3.1 overflow): ``overflow_why`` is the
    #: reason's JSON (a code with facts); ``overflow_reason`` the English sentence of a
    #: plan stored before reasons were codes (shown as it is).
    overflow_person_nights: Mapped[int] = mapped_column(Integer, default=0)
    overflow_reason: Mapped[str | None] = mapped_column(Text)
    overflow_why: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    plan: Mapped[Plan] = relationship(back_populates="households")


class PlanPerson(Base):
    """One person's document slot in a plan (SPEC 3.1 rule 6)."""

    __tablename__ = "plan_persons"
    __table_args__ = (UniqueConstraint("plan_id", "person_id", name="uq_plan_persons_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_slots.id", ondelete="SET NULL"), index=True
    )

    plan: Mapped[Plan] = relationship(back_populates="persons")


class Pin(Base):
    """An officer's decision the planner must keep (SPEC 3.1 rule 10).

    A flight or shelter pin names a household; a slot pin names a person.
    """

    __tablename__ = "pins"
    __table_args__ = (
        CheckConstraint(_in("kind", PinKind), name="kind_code"),
        CheckConstraint(
            "(kind = 'flight' AND household_id IS NOT NULL AND flight_id IS NOT NULL)"
            " OR (kind = 'shelter' AND household_id IS NOT NULL AND shelter_id IS NOT NULL)"
            " OR (kind = 'slot' AND person_id IS NOT NULL AND slot_id IS NOT NULL)",
            name="target_matches_kind",
        ),
        UniqueConstraint("kind", "household_id", "person_id", name="uq_pins_subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    flight_id: Mapped[int | None] = mapped_column(ForeignKey("flights.id", ondelete="CASCADE"))
    shelter_id: Mapped[int | None] = mapped_column(ForeignKey("shelters.id", ondelete="CASCADE"))
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("document_slots.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """Who did what to which record, and every export (SPEC 7).

    Holds identifiers (case numbers, flight keys, field names), never personal values.
    ``entry_hash`` chains each row to the one before so that an altered row is detected.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str | None] = mapped_column(String(200))
    #: Names of the fields that changed, an export's copy and plan id, counts: no values.
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    recipient: Mapped[str | None] = mapped_column(String(200))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditAnchor(Base):
    """The audit log's number of entries and newest entry's hash, kept with every append
    (one row, id 1): deleting the newest entries, or all of them, leaves a log shorter than
    its anchor, which ``audit-check`` reports (issue 18). Backups carry it as they carry
    the log."""

    __tablename__ = "audit_anchor"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))


class RememberedMapping(Base):
    """A column mapping an officer confirmed for one source's header row (issue 13).

    Applied to the next file whose header row is the same (``header_key``: a digest of
    the folded header texts in order), or by its ``name`` (``--mapping NAME``). Holds
    header texts and field names, never a cell of a roster.
    """

    __tablename__ = "column_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The name the officer gave it (``--save-mapping NAME``); NULL for one remembered
    #: only by its header row.
    name: Mapped[str | None] = mapped_column(String(100), unique=True)
    #: SHA-256 of the header row (NULL for a named mapping imported without its headers).
    header_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: The header row's texts in column order, as the file wrote them.
    headers: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(16))
    #: Header (or column letter) -> field name, or None for a column left out.
    columns: Mapped[dict[str, str | None]] = mapped_column(JSON, default=dict)
    #: The file it was confirmed with first (a file name, no path).
    source_file: Mapped[str] = mapped_column(String(500), default="")
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(100), default="")
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ManifestRevision(Base):
    """One revision of a flight's manifest (SPEC 8.5): its passenger list when exported.

    Revision 1 is the first export; a later export whose passenger list differs adds the
    next revision, with the persons added and removed and why. Holds case numbers and
    reason codes, no other personal data.
    """

    __tablename__ = "manifest_revisions"
    __table_args__ = (
        UniqueConstraint("flight_id", "revision", name="uq_manifest_revisions_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    flight_id: Mapped[int] = mapped_column(ForeignKey("flights.id", ondelete="CASCADE"),
                                           index=True)
    revision: Mapped[int] = mapped_column(Integer)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    #: Case numbers on the manifest, in seat order.
    case_nos: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: From revision 2: [{"case_no", "change": "added"|"removed", "why": code}].
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(100), default="")


class StatusChange(Base):
    """One change of a person's movement status (SPEC 8.1): when, from, to, by whom.

    The history the situation report replays day by day; the audit log holds the same
    changes with the rest of the operation's record.
    """

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"),
                                           index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    flight_id: Mapped[int | None] = mapped_column(ForeignKey("flights.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(100), default="")


# --- fields of the registry the classes above do not declare ------------------------------

def _sql_type(entry: Field) -> Any:
    if entry.type is str:
        return String(entry.max_length) if entry.max_length else Text()
    return {bool: Boolean, int: Integer, float: Float, dt.date: Date,
            dt.datetime: DateTime}[entry.type]()


def add_registry_columns(model: type[Base], record: FieldSet) -> list[str]:
    """Map a column for each field of ``record`` that ``model`` does not declare (typed
    declarations above are the usual place; a field added to the registry alone still
    has its column, which its migration creates). Returns the names added."""
    added = []
    for entry in record:
        if entry.column and entry.name not in model.__table__.c:
            setattr(model, entry.name, mapped_column(_sql_type(entry), default=entry.default))
            added.append(entry.name)
    return added


for _model, _record in ((Person, PERSON), (Flight, FLIGHT), (Shelter, SHELTER),
                        (DocumentSlot, SLOT)):
    add_registry_columns(_model, _record)
