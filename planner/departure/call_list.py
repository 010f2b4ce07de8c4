"""The call-forward list (SPEC 8.3): one row per passenger of a flight in the plan, with
the report time and place and a message in Indonesian and English that carries the
operation's reference code, so a person can tell the embassy's message from a scammer's.

SMS and WhatsApp gateways take the CSV as it is (UTF-8, one header row). Writing the
list marks its passengers ``called`` for the flight (SPEC 8.1).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Person, PlanHousehold, Settings, Shelter
from planner.departure.checkin import open_for_checkin
from planner.departure.common import (
    HouseholdChange,
    change_status,
    find_flight,
    flight_households,
    household_codes,
    members,
    published_plan,
)
from planner.domain import PersonStatus
from planner.errors import PlannerError
from planner.operation import get_settings
from planner.planning.reading import get_plan
from planner.protection import audit
from planner.records.field_rules import FieldProblem
from planner.records.settings import reference_code
from planner.spreadsheet_text import csv_text, xlsx_cell

COLUMNS = ("case_no", "full_name", "phone", "household", "shelter", "report_time",
           "report_place", "message_id", "message_en")
HEADERS = ("Case No", "Full Name", "Phone", "Household", "Shelter", "Report Time",
           "Report Place", "Message (Indonesian)", "Message (English)")
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class CallRow:
    case_no: str
    full_name: str
    phone: str | None
    household: str
    shelter: str | None
    report_time: dt.datetime
    report_place: str
    message_id: str
    message_en: str

    def values(self) -> tuple[str, ...]:
        return (self.case_no, self.full_name, self.phone or "", self.household,
                self.shelter or "", self.report_time.strftime("%Y-%m-%d %H:%M"),
                self.report_place, self.message_id, self.message_en)


def check_reference(code: str) -> str:
    try:
        cleaned = reference_code(code)
    except FieldProblem:
        cleaned = None
    if cleaned is None:
        raise PlannerError(f"A reference code is 2 to 16 letters, digits or dashes, "
                           f"not {code!r}")
    return cleaned


def messages(settings: Settings, flight: Flight, name: str, case_no: str,
             report: dt.datetime, place: str) -> tuple[str, str]:
    """The call-forward message in Indonesian and in English."""
    code = settings.reference_code or ""
    day, time, by = (flight.departs_at.strftime("%d-%m-%Y"), flight.departs_at.strftime("%H:%M"),
                     report.strftime("%d-%m-%Y %H:%M"))
    indonesian = (f"[{code}] KBRI: {name}, penerbangan Anda {flight.flight_no} ke "
                  f"{flight.destination} berangkat {day} pukul {time}. Harap lapor di {place} "
                  f"paling lambat {by}, bawa pesan ini dan kartu {case_no}. Pesan resmi KBRI "
                  f"selalu memuat kode {code}; KBRI tidak pernah meminta uang.")
    english = (f"[{code}] Embassy: {name}, your flight {flight.flight_no} to "
               f"{flight.destination} departs {day} at {time}. Report at {place} by {by} "
               f"with this message and your tag {case_no}. Embassy messages always carry the "
               f"code {code}; the embassy never asks for money.")
    return indonesian, english


def call_rows(session: Session, flight: Flight, plan_id: int) -> list[CallRow]:
    """The passengers of the flight in the plan, households in seat order."""
    settings = get_settings(session)
    if not settings.reference_code:
        raise PlannerError("The operation has no reference code yet: give one with "
                           "--reference CODE (it is kept in the settings)")
    report = flight.departs_at - dt.timedelta(hours=settings.checkin_buffer_hours)
    place = f"{flight.origin} airport, check-in"
    households = flight_households(session, plan_id, flight.id)
    people = members(session, households)
    codes = household_codes(session, people)
    shelter_of = dict(session.execute(
        select(PlanHousehold.household_id, Shelter.name)
        .join(Shelter, Shelter.id == PlanHousehold.shelter_id)
        .where(PlanHousehold.plan_id == plan_id,
               PlanHousehold.household_id.in_(households or [0]))).all())
    rows = []
    for household_id in households:
        for person in people.get(household_id, []):
            indonesian, english = messages(settings, flight, person.full_name, person.case_no,
                                           report, place)
            rows.append(CallRow(person.case_no, person.full_name, person.phone,
                                codes[household_id], shelter_of.get(household_id), report,
                                place, indonesian, english))
    return rows


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise PlannerError(f"Cannot write a call list as {path.name}: name the file .csv "
                           "or .xlsx")
    return suffix


def write_rows(rows: list[CallRow], target: Path, fmt: str) -> None:
    if fmt == "csv":
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for row in rows:
                writer.writerow([csv_text(v) for v in row.values()])
        return
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Call list")
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(sheet)
        xlsx_cell(cell, text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        cells = []
        for value in row.values():
            cell = WriteOnlyCell(sheet)
            xlsx_cell(cell, value)
            cells.append(cell)
        sheet.append(cells)
    workbook.save(target)


@dataclass
class CallList:
    flight: str
    plan_id: int
    rows: list[CallRow]
    #: Households marked called now.
    called: list[HouseholdChange]


def prepare(session: Session, flight_key: str, plan_id: int | None = None,
            reference: str | None = None) -> tuple[Flight, int, list[CallRow]]:
    """The flight, the plan and the rows; sets the reference code when one is given."""
    if reference is not None:
        settings = get_settings(session)
        code = check_reference(reference)
        if settings.reference_code != code:
            settings.reference_code = code
            audit.record(session, "update", "settings", None, {"fields": ["reference_code"]})
    flight = find_flight(session, flight_key)
    open_for_checkin(flight)
    chosen = plan_id if plan_id is not None else published_plan(session)
    get_plan(session, chosen)
    rows = call_rows(session, flight, chosen)
    if not rows:
        raise PlannerError(f"Plan {chosen} has no passenger on {flight.key}: nothing to call")
    return flight, chosen, rows


def mark_called(session: Session, flight: Flight, rows: list[CallRow]) -> list[HouseholdChange]:
    """The listed persons become ``called`` for the flight (those checked in stay so)."""
    wanted = {r.case_no for r in rows}
    households = members(session, set(session.scalars(
        select(Person.household_id).where(Person.case_no.in_(wanted)))), lock=True)
    codes = household_codes(session, households)
    called = []
    for household_id, people in households.items():
        moving = [p for p in people if p.case_no in wanted
                  and p.status != PersonStatus.CHECKED_IN.value
                  and not (p.status == PersonStatus.CALLED.value
                           and p.status_flight_id == flight.id)]
        if moving:
            change_status(session, moving, PersonStatus.CALLED, action="call-list",
                          flight=flight)
            called.append(HouseholdChange(codes[household_id],
                                          tuple(p.case_no for p in moving)))
    return called

