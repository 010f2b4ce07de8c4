"""The call-forward list (SPEC 8.3): one row per passenger of a flight in the plan, with
the report time and place and a message in Indonesian and English that carries the
operation's reference code, so a person can tell the embassy's message from a scammer's.

SMS and WhatsApp gateways take the CSV as it is (UTF-8, one header row). Writing the
list marks its passengers ``called`` for the flight (SPEC 8.1).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner.db.engine import Operation
from planner.db.models import (
    Flight,
    Household,
    Person,
    PlanHousehold,
    Settings,
    Shelter,
    StatusChange,
)
from planner.departure.checkin import open_for_checkin
from planner.departure.common import (
    HouseholdChange,
    change_status,
    find_flight,
    flight_households,
    household_codes,
    members,
    moment_facts,
    published_plan,
)
from planner.departure.sms import sms_length
from planner.domain import FlightStatus, PersonStatus
from planner.errors import PlannerError
from planner.export.text_width import lines_needed, text_chars, widest_word
from planner.export.workbook import COLUMN_PADDING, LINE_HEIGHT
from planner.operation import get_settings
from planner.phone_numbers import country_of_timezone, international
from planner.planning.reading import get_plan
from planner.protection import audit
from planner.protection.files import atomic_output
from planner.records.field_rules import FieldProblem
from planner.records.settings import reference_code
from planner.spreadsheet_text import csv_text, xlsx_cell
from planner.words.catalogue import catalogue_words
from planner.words.templates import QT_TR_NOOP

COLUMNS = ("case_no", "full_name", "phone", "household", "shelter", "report_time",
           "report_place", "message_id", "message_en")
#: The workbook's headers (in the list's language; the CSV's column names stay ``COLUMNS``,
#: what gateways read).
HEADERS = (QT_TR_NOOP("Case No"), QT_TR_NOOP("Full Name"), QT_TR_NOOP("Phone"),
           QT_TR_NOOP("Household"), QT_TR_NOOP("Shelter"), QT_TR_NOOP("Report Time"),
           QT_TR_NOOP("Report Place"), QT_TR_NOOP("Message (Indonesian)"),
           QT_TR_NOOP("Message (English)"))
SHEET_NAME = QT_TR_NOOP("Call list")
#: Most characters a column of the workbook is wide before its text wraps (by column;
#: None: never wraps, as wide as its widest value). A printed list on A4 landscape: the
#: messages (up to 160 characters) in lines of about 36, names and shelters wrapped.
WRAP_AT = (None, 24.0, None, None, 20.0, None, 24.0, 36.0, 36.0)
FORMATS = ("csv", "xlsx")
def _csv_field(column: str, value: str, row: CallRow) -> str:
    """A field of the CSV: the phone as ``+`` and digits (nothing a spreadsheet opening
    the file computes, no quote a gateway would read as part of the number), or nothing
    when it is no number whose country is known (the command names it: a gateway would
    read it as a number of the country it sends from); other text as ``csv_text``."""
    if column == "phone":
        return row.dial or ""
    return csv_text(value)


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
    #: The person's movement status before the list is written (not a column of the file).
    status: str = PersonStatus.REGISTERED.value
    #: The phone in international form (``+6287129262708``); None when there is no phone
    #: or its country cannot be known (``planner.phone_numbers``).
    dial: str | None = None
    #: The person travels alone (a household of one, no household in the roster): the
    #: list's household column is blank, as in the roster and the manifests
    #: (``household`` keeps their case number, the household's code elsewhere).
    alone: bool = False

    @property
    def phone_unplaced(self) -> bool:
        """A phone is written whose country cannot be known: the gateway does not get it."""
        return bool(self.phone) and self.dial is None

    def shown_values(self) -> tuple[str, ...]:
        """The values as the workbook shows them: a phone written with its country code
        as the officer wrote it, one written without in international form where its
        country is known (an officer dials from the operation's country too), else as
        written (the command names it)."""
        values = self.values()
        phone = values[2]
        if not phone.lstrip().startswith("+"):
            phone = self.dial or phone
        return (*values[:2], phone, *values[3:])

    def values(self) -> tuple[str, ...]:
        return (self.case_no, self.full_name, self.phone or "",
                "" if self.alone else self.household,
                self.shelter or "", self.report_time.strftime("%Y-%m-%d %H:%M"),
                self.report_place, self.message_id, self.message_en)

    @property
    def to_call(self) -> bool:
        """Writing the list changes this person to ``called`` (SPEC 8.1)."""
        return self.status not in (PersonStatus.CALLED.value, PersonStatus.CHECKED_IN.value)


def check_reference(code: str) -> str:
    try:
        cleaned = reference_code(code)
    except FieldProblem:
        cleaned = None
    if cleaned is None:
        raise PlannerError.of("reference_code_wrong", given=code)
    return cleaned


#: Where a passenger reports, by language: the messages say it so (each in its own
#: language), and so does the list's ``report_place`` column in the list's language (the
#: command's ``--lang``). A gateway reads the column by its name, which stays English.
REPORT_PLACES = {"en": "{origin} airport check-in", "id": "check-in bandara {origin}"}


@dataclass(frozen=True)
class FlightCall:
    """What every message of one flight's list says: the flight, when and where to report."""

    flight_no: str
    destination: str
    departs_at: dt.datetime
    report_time: dt.datetime
    #: The origin airport's code (the messages name the place in their own language).
    origin: str

    @classmethod
    def of(cls, flight: Flight, settings: Settings) -> FlightCall:
        return cls(flight.flight_no, flight.destination, flight.departs_at,
                   flight.departs_at - dt.timedelta(hours=settings.checkin_buffer_hours),
                   flight.origin)

    def place_in(self, language: str) -> str:
        """Where to report, in ``language`` ("en" or "id"): the words the message of that
        language says it in, and the list's column when the list is in that language."""
        return REPORT_PLACES.get(language, REPORT_PLACES["en"]).format(origin=self.origin)

    @property
    def place(self) -> str:
        """Where to report, in English."""
        return self.place_in("en")


def messages(code: str, call: FlightCall, name: str, case_no: str) -> tuple[str, str]:
    """The call-forward message in Indonesian and in English, carrying ``code``: each one
    SMS (160 GSM characters) where it can be. The person's full name where it fits, else
    their first name, else none; the flight, its day and time, where and by when to
    report, their tag, and that the embassy never asks for money always."""
    day, time = call.departs_at.strftime("%d-%m"), call.departs_at.strftime("%H:%M")
    by = call.report_time.strftime("%H:%M" if call.report_time.date() == call.departs_at.date()
                                   else "%d-%m %H:%M")
    flight, airport = call.flight_no, call.destination
    here_id, here_en = call.place_in("id"), call.place_in("en")

    def indonesian(whom: str) -> str:
        return (f"[{code}] KBRI: {whom}pesawat {flight} ke {airport} {day} {time}. Lapor "
                f"{here_id} sebelum {by}, bawa kartu {case_no}. KBRI tak pernah minta uang.")

    def english(whom: str) -> str:
        return (f"[{code}] Embassy: {whom}flight {flight} to {airport} {day} {time}. Report "
                f"at {here_en} by {by}, bring tag {case_no}. We never ask for money.")

    return _shortest_name(indonesian, name), _shortest_name(english, name)


def _shortest_name(message: Callable[[str], str], name: str) -> str:
    """The message with the most words of ``name`` (from the first) that keeps it in the
    fewest SMS."""
    words = name.split()
    forms = [f"{' '.join(words[:count])}, " for count in range(len(words), 0, -1)]
    texts = [message(whom) for whom in (*forms, "")]
    fewest = min(sms_length(text).parts for text in texts)
    return next(text for text in texts if sms_length(text).parts == fewest)


def call_rows(session: Session, flight: Flight, plan_id: int, code: str,
              language: str = "en") -> list[CallRow]:
    """The passengers of the flight in the plan, households in seat order, their
    messages carrying ``code``; the report place in ``language``, the list's."""
    settings = get_settings(session)
    call = FlightCall.of(flight, settings)
    here = country_of_timezone(settings.timezone)
    households = flight_households(session, plan_id, flight.id)
    people = members(session, households)
    codes = household_codes(session, people)
    alone = set(session.scalars(select(Household.id).where(
        Household.id.in_(households or [0]), Household.implicit.is_(True))))
    shelter_of = dict(session.execute(
        select(PlanHousehold.household_id, Shelter.name)
        .join(Shelter, Shelter.id == PlanHousehold.shelter_id)
        .where(PlanHousehold.plan_id == plan_id,
               PlanHousehold.household_id.in_(households or [0]))).all())
    rows = []
    for household_id in households:
        for person in people.get(household_id, []):
            indonesian, english = messages(code, call, person.full_name, person.case_no)
            rows.append(CallRow(person.case_no, person.full_name, person.phone,
                                codes[household_id], shelter_of.get(household_id),
                                call.report_time, call.place_in(language), indonesian,
                                english, person.status,
                                international(person.phone, person.nationality, here)
                                if person.phone else None, household_id in alone))
    return rows


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise PlannerError.of("call_list_format", file=path.name)
    return suffix


def write_rows(rows: list[CallRow], target: Path, fmt: str, language: str = "en") -> None:
    if fmt == "csv":
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for row in rows:
                writer.writerow([_csv_field(c, v, row)
                                 for c, v in zip(COLUMNS, row.values(), strict=True)])
        return
    _write_workbook(rows, target, language)


def _arial_by_default(workbook: Workbook) -> None:
    """Make Arial 10 the workbook's default font, as the manifests' is: a spreadsheet
    counts a column's width in digits of the default font, and ``text_width`` measures
    Arial 10 (openpyxl's default, Calibri 11, made every column a third wider than
    measured and every wrapped row a line taller than it needs)."""
    arial = Font(name="Arial", size=10)
    workbook._fonts = IndexedList([arial])  # noqa: SLF001 - openpyxl has no setter
    workbook._named_styles["Normal"].font = arial  # noqa: SLF001


def _write_workbook(rows: list[CallRow], target: Path, language: str) -> None:
    """The list for people to read and print: headers in ``language``, each column as
    wide as its text (``planner.export.text_width``, the Arial the cells are set in) up
    to its ``WRAP_AT``, longer text wrapped and its row as tall as its lines; A4
    landscape, fitted to the page's width, the header row on every page."""
    words = catalogue_words(language)
    headers = [words.translate(text) for text in HEADERS]
    shown = [row.shown_values() for row in rows]
    workbook = Workbook()
    _arial_by_default(workbook)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = words.translate(SHEET_NAME)
    widths = []
    for index, (header, wrap_at) in enumerate(zip(headers, WRAP_AT, strict=True)):
        widest = max([widest_word(header, bold=True),
                      *(text_chars(values[index]) for values in shown)])
        widths.append(widest if wrap_at is None else min(widest, wrap_at))
        sheet.column_dimensions[get_column_letter(index + 1)].width = (
            widths[-1] + COLUMN_PADDING)
    header_font, body_font = Font(name="Arial", size=10, bold=True), Font(name="Arial", size=10)
    wrapping = Alignment(wrap_text=True, vertical="top")
    for number, values in enumerate([headers, *shown], start=1):
        bold = number == 1
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(number, column)
            xlsx_cell(cell, value)
            cell.font = header_font if bold else body_font
            cell.alignment = wrapping
        lines = max(lines_needed(value, width, bold=bold)
                    for value, width in zip(values, widths, strict=True))
        sheet.row_dimensions[number].height = lines * LINE_HEIGHT + 3
    sheet.freeze_panes = "B2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.save(target)


@dataclass(frozen=True)
class CalledBefore:
    """Passengers of a list written again who were called for the flight already: how
    many, in how many households, and when the last of them was called, in the
    operation's time zone (the facts ``day``, ``time`` and ``zone``; empty when unknown)."""

    persons: int
    households: int
    when: Mapping[str, str] = field(default_factory=dict)


@dataclass
class CallList:
    flight: str
    plan_id: int
    rows: list[CallRow]
    #: Households marked called now.
    called: list[HouseholdChange]
    #: Passengers called for the flight by an earlier list (their status unchanged).
    called_before: CalledBefore = CalledBefore(0, 0)
    #: Passengers checked in for the flight already (they stay checked in).
    checked_in: int = 0


@dataclass(frozen=True)
class CallPreview:
    """A flight's list before it is written: who would be called, and the messages (with
    the code the settings hold, or none yet)."""

    flight: str
    plan_id: int
    call: FlightCall
    #: The operation's reference code; "" while it has none.
    code: str
    rows: tuple[CallRow, ...]

    @property
    def households(self) -> int:
        return len({row.household for row in self.rows})

    @property
    def to_call(self) -> int:
        return sum(row.to_call for row in self.rows)

    def messages(self, code: str, row: CallRow) -> tuple[str, str]:
        """``row``'s messages as they would read with ``code`` (a code being typed)."""
        return messages(code, self.call, row.full_name, row.case_no)


def _flight_and_plan(session: Session, flight_key: str,
                     plan_id: int | None) -> tuple[Flight, int]:
    flight = find_flight(session, flight_key)
    if flight.status == FlightStatus.CANCELLED.value:
        raise PlannerError.of("call_list_cancelled", flight=flight.key)
    open_for_checkin(flight)
    chosen = plan_id if plan_id is not None else published_plan(session)
    get_plan(session, chosen)
    return flight, chosen


def preview(session: Session, flight_key: str, plan_id: int | None = None) -> CallPreview:
    """The list as it would be written now; changes nothing (a desk's preview)."""
    flight, chosen = _flight_and_plan(session, flight_key, plan_id)
    code = get_settings(session).reference_code or ""
    rows = call_rows(session, flight, chosen, code)
    if not rows:
        raise PlannerError.of("call_list_nobody", plan=str(chosen), flight=flight.key)
    return CallPreview(flight.key, chosen, FlightCall.of(flight, get_settings(session)), code,
                       tuple(rows))


def prepare(session: Session, flight_key: str, plan_id: int | None = None,
            reference: str | None = None, language: str = "en"
            ) -> tuple[Flight, int, list[CallRow]]:
    """The flight, the plan and the rows (the report place in ``language``); sets the
    reference code when one is given."""
    settings = get_settings(session)
    if reference is not None:
        code = check_reference(reference)
        if settings.reference_code != code:
            settings.reference_code = code
            audit.record(session, "update", "settings", None, {"fields": ["reference_code"]})
    if not settings.reference_code:
        raise PlannerError.of("reference_code_missing")
    flight, chosen = _flight_and_plan(session, flight_key, plan_id)
    rows = call_rows(session, flight, chosen, settings.reference_code, language)
    if not rows:
        raise PlannerError.of("call_list_nobody", plan=str(chosen), flight=flight.key)
    return flight, chosen, rows


def write(operation: Operation, flight_key: str, path: Path, plan_id: int | None = None,
          reference: str | None = None, language: str = "en") -> CallList:
    """Write the list to ``path`` (.csv or .xlsx), its report place in ``language``, and
    mark its passengers called, in one
    transaction: the export audited before the file appears (``planner.protection.files``), the
    statuses changed with it, the reference code kept when one is given."""
    fmt = format_of(path)
    with atomic_output(path) as temporary, operation.session() as session:
        flight, chosen, rows = prepare(session, flight_key, plan_id, reference, language)
        audit.record(session, "export", "call-list", flight.key,
                     {"format": fmt, "persons": len(rows), "plan_id": chosen,
                      "file": path.name}, recipient=str(path.absolute()))
        write_rows(rows, temporary, fmt, language)
        before = called_before(session, flight, rows)
        checked_in = sum(row.status == PersonStatus.CHECKED_IN.value for row in rows)
        called = mark_called(session, flight, rows)
        key = flight.key
    return CallList(key, chosen, rows, called, before, checked_in)


def called_before(session: Session, flight: Flight, rows: list[CallRow]) -> CalledBefore:
    """The listed persons called for the flight already (a list written again), and when
    the last of them was called."""
    wanted = [row.case_no for row in rows if row.status == PersonStatus.CALLED.value]
    people = list(session.scalars(select(Person).where(
        Person.case_no.in_(wanted or [""]), Person.status_flight_id == flight.id)))
    if not people:
        return CalledBefore(0, 0)
    last = session.scalar(select(func.max(StatusChange.at)).where(
        StatusChange.person_id.in_([p.id for p in people]),
        StatusChange.to_status == PersonStatus.CALLED.value,
        StatusChange.flight_id == flight.id))
    return CalledBefore(len(people), len({p.household_id for p in people}),
                        moment_facts(session, last) if last is not None else {})


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

