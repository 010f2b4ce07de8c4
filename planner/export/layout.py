"""The manifest document laid out as printable tables, the same for every renderer.

A ``Sheet`` is a title block (a bold title and a few lines), one table (columns with a
width in characters and rows of plain values), and lines under the table (totals, the
signature block). The workbook writer makes one worksheet of each; the PDF renderer and
the print preview draw each on as many A4 landscape pages as it needs, repeating the
title block and the column headers on every page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.export.model import (
    ETD,
    Copy,
    FlightManifest,
    ManifestDocument,
    Need,
    ShelterRoster,
    UnassignedPerson,
)
from planner.export.text_width import SAME_WIDTH, text_chars, widest_word
from planner.fields import FLIGHT, PERSON, SLOT
from planner.plurals import counted as _counted
from planner.words.render import render
from planner.words.templates import TEMPLATES
from solvers.reasons import Reason

SHEET_NAME_LIMIT = 31
#: A wrapping column (names, needs, notes) widens to its longest word up to this many
#: characters; a longer word breaks inside, as a spreadsheet breaks it.
WRAP_WORD_LIMIT = 40
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
#: Points; leaves room for a signature on every passenger row.
SIGNATURE_ROW_HEIGHT = 24.0
#: Points; leaves room for a tick in the pick-up list's column "Reported".
TICK_ROW_HEIGHT = 18.0
SIGNATURE_LINES = (
    "Prepared by (embassy officer): ______________________________   "
    "Signature: ______________________   Date and time: __________________",
    "Received by (airline / immigration): __________________________   "
    "Signature: ______________________   Date and time: __________________",
)


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    #: Width in characters of the body font.
    width: float
    kind: Kind = Kind.TEXT
    wrap: bool = False


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    title: str
    lines: tuple[str, ...]
    columns: tuple[Column, ...]
    rows: Sequence[tuple[Any, ...]]
    #: Lines under the table: totals, notes, the signature block.
    after: tuple[str, ...] = ()
    #: Columns kept in view when scrolling sideways (rows above the table always are).
    frozen_columns: int = 0
    row_height: float | None = None
    empty_text: str = "Nothing to list."
    #: Which flight a manifest sheet is for (its key); None for the other sheets.
    flight: str | None = field(default=None)

    @property
    def width(self) -> float:
        return sum(c.width for c in self.columns)


def format_value(value: Any) -> str:
    """How a value reads in print (dates unambiguous, no seconds)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def page_header(document: ManifestDocument) -> tuple[str, str]:
    """Left and right text of every page header: the operation and plan, and the copy."""
    return f"{document.operation} - plan {document.plan_id}", document.copy.heading


def page_footer_left(document: ManifestDocument) -> str:
    return f"Printed {format_value(document.generated_at)}"


def sheet_names(wanted: Iterable[str]) -> list[str]:
    """Valid, unique worksheet names (31 characters, none of []:*?/\\) for ``wanted``."""
    taken: set[str] = set()
    names = []
    for raw in wanted:
        base = _SHEET_NAME_FORBIDDEN.sub("-", raw).strip("' ") or "Sheet"
        name = base[:SHEET_NAME_LIMIT]
        number = 2
        while name.casefold() in taken:
            suffix = f" ({number})"
            name = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def _needs_text(needs: tuple[Need, ...], copy: Copy) -> str:
    if copy is Copy.AIRLINE:
        return " ".join(n.code for n in needs)
    return ", ".join(n.value for n in needs)


def _plan_line(document: ManifestDocument) -> str:
    published = (f", published {format_value(document.published_at)}"
                 if document.published_at else ", not published")
    return (f"Operation: {document.operation}   |   Plan {document.plan_id} "
            f"({document.plan_status}, start {format_value(document.plan_start)}{published})"
            f"   |   {document.copy.heading}")


def _counts_line(flight: FlightManifest) -> str:
    capacity = "no limit" if flight.medical_capacity is None else str(flight.medical_capacity)
    return (f"Passengers: {len(flight.passengers)} = adults {flight.adults} + children "
            f"{flight.children} + infants {flight.infants}   |   Seats used: {flight.seated} "
            f"of {flight.seats}   |   Medical: {flight.medical} (capacity {capacity})")


AIRLINE_LEGEND = (
    "Assistance codes: MEDA medical case, WCHR wheelchair, PREG pregnant, "
    "UMNR unaccompanied minor, INFT infant on lap (no seat).   "
    f"{ETD}: emergency travel document, its number is written in at issue."
)
EMBASSY_LEGEND = (
    "Embassy use only: phone, notes and the trafficking flag must never reach the airline; "
    f"give them the airline copy.   {ETD}: emergency travel document."
)


def document_name(full_name: str) -> str:
    """A passenger's name as travel documents print it: in capitals, the words as the
    record has them (a single name stays a single name: no surname is made up for it).
    The record keeps the name as typed; only manifests print it so."""
    return full_name.upper()


def flight_sheet(document: ManifestDocument, flight: FlightManifest, name: str) -> Sheet:
    """One flight's manifest: title block, passengers in seat order, totals, signatures."""
    copy = document.copy
    airline = copy is Copy.AIRLINE
    columns = [Column("No.", 4.5, Kind.NUMBER)]
    if not airline:
        columns.append(Column(PERSON["case_no"].header, 9.5))
    columns += [
        Column(PERSON["full_name"].header, 28 if airline else 24, wrap=True),
        Column(PERSON["sex"].header, 4.5),
        Column(PERSON["date_of_birth"].header, 11, Kind.DATE),
        Column("Age", 4.5, Kind.NUMBER),
        Column(PERSON["nationality"].header, 10),
        Column("Document Type", 9),
        Column("Document No", 12),
        Column(PERSON["household"].header, 10),
        Column("Assistance" if airline else "Special Needs", 14 if airline else 17, wrap=True),
    ]
    if not airline:
        columns += [
            Column(PERSON["trafficking_victim"].header, 9.5),
            Column(PERSON["phone"].header, 15),
            Column(PERSON["notes"].header, 22, wrap=True),
        ]
    columns.append(Column("Signature", 20 if airline else 18))
    rows = []
    for p in flight.passengers:
        row: list[Any] = [p.number]
        if not airline:
            row.append(p.case_no)
        row += [document_name(p.full_name), p.sex, p.date_of_birth, p.age, p.nationality,
                p.document_type,
                p.document_no, p.household, _needs_text(p.needs, copy)]
        if not airline:
            row += [bool(p.trafficking_victim), p.phone, p.notes]
        row.append(None)
        rows.append(tuple(row))
    departs = format_value(flight.departs_at)
    lines = (
        *_revision_lines(flight),
        _plan_line(document),
        f"Flight: {flight.flight_no}   |   Carrier: {flight.carrier or '-'}   |   Route: "
        f"{flight.origin} to {flight.destination}   |   Departure: {departs}   |   "
        f"Status: {flight.status}"
        + (f"   |   Manifest revision {flight.revision}" if flight.revision else ""),
        _counts_line(flight),
        AIRLINE_LEGEND if airline else EMBASSY_LEGEND,
    )
    return Sheet(
        name=name,
        title=f"PASSENGER MANIFEST   {flight.flight_no}   {flight.origin} to "
              f"{flight.destination}   {departs}",
        lines=lines,
        columns=tuple(columns),
        rows=rows,
        after=(f"Total {_counts_line(flight)[0].lower()}{_counts_line(flight)[1:]}", "",
               *SIGNATURE_LINES),
        frozen_columns=2 if airline else 3,
        row_height=SIGNATURE_ROW_HEIGHT,
        empty_text="No passengers on this flight in this plan.",
        flight=flight.key,
    )


def _revision_lines(flight: FlightManifest) -> tuple[str, ...]:
    """The title block's revision line (SPEC 8.5): which revision, which it replaces."""
    if flight.revision is None:
        return ()
    if flight.revision == 1:
        return ()  # the flight line says it (the title block keeps its height)
    return (f"Manifest revision {flight.revision}, replaces revision {flight.revision - 1}: "
            f"{sum(1 for c in flight.changes if c.change == 'added')} added, "
            f"{sum(1 for c in flight.changes if c.change == 'removed')} removed "
            "(see the sheet Changes); hand over this revision only",)


def change_why(why: str) -> str:
    """Why a passenger was added or removed, as the change sheet prints it (the template of
    ``change_<why>`` in planner/words/templates.py; an unknown code as it is)."""
    code = f"change_{why}"
    return render(Reason(code)) if code in TEMPLATES else why


def changes_sheet(document: ManifestDocument, name: str) -> Sheet:
    """From revision 2 on: who was added and removed on each flight, and why (SPEC 8.5)."""
    embassy = document.copy is Copy.EMBASSY
    columns = [Column("Flight", 18), Column("Revision", 8, Kind.NUMBER),
               Column("Change", 9)]
    if embassy:
        columns.append(Column(PERSON["case_no"].header, 9.5))
    columns += [Column(PERSON["full_name"].header, 28, wrap=True), Column(PERSON["household"].header, 10),
                Column("Why", 30, wrap=True)]
    rows = []
    for flight in document.flights:
        for change in flight.changes:
            row: list[Any] = [flight.key, flight.revision, change.change]
            if embassy:
                row.append(change.case_no)
            row += [document_name(change.full_name), change.household,
                    change_why(change.why)]
            rows.append(tuple(row))
    return Sheet(
        name=name,
        title="MANIFEST CHANGES",
        lines=(_plan_line(document),
               "Passengers added to and removed from each flight since the revision the "
               "manifest replaces."),
        columns=tuple(columns),
        rows=rows,
        frozen_columns=1,
        empty_text="No changes since the revisions these manifests replace.",
    )


def summary_sheet(document: ManifestDocument, name: str) -> Sheet:
    columns = (
        Column("Flight", 10), Column("Departure", 16, Kind.DATETIME), Column(FLIGHT["carrier"].header, 18),
        Column("Route", 10), Column("Status", 10), Column(FLIGHT["seats"].header, 7, Kind.NUMBER),
        Column("Seats Used", 7, Kind.NUMBER), Column("Adults", 7, Kind.NUMBER),
        Column("Children", 8, Kind.NUMBER), Column("Infants", 7, Kind.NUMBER),
        Column("Passengers", 10, Kind.NUMBER), Column("Medical", 8, Kind.NUMBER),
        Column(FLIGHT["medical_capacity"].header, 9, Kind.NUMBER),
    )
    rows = [
        (f.flight_no, f.departs_at, f.carrier, f"{f.origin}-{f.destination}", f.status, f.seats,
         f.seated, f.adults, f.children, f.infants, len(f.passengers), f.medical,
         f.medical_capacity)
        for f in document.flights
    ]
    flights = document.flights
    totals = (
        f"Total: {_counted(len(flights), 'flight')}, "
        f"{_counted(document.passengers, 'passenger')} = adults "
        f"{sum(f.adults for f in flights):,} + children {sum(f.children for f in flights):,} + "
        f"infants {sum(f.infants for f in flights):,}; seats used "
        f"{sum(f.seated for f in flights):,} of {sum(f.seats for f in flights):,}; medical "
        f"{sum(f.medical for f in flights):,}."
    )
    lines = [_plan_line(document)]
    after = [totals]
    if document.copy is Copy.EMBASSY:
        left = len(document.unassigned)
        lines.append(
            f"Persons in the plan: {document.persons_in_plan}   |   Flown: {document.passengers}"
            f"   |   Left without a flight: {left}   |   Households without shelter: "
            f"{len(document.overflow):,} ({_counted(document.overflow_person_nights, 'person-night')})"
            f"   |   Conflicts: {len(document.conflicts)}"
        )
        after.append("")
        for roster in document.shelters:
            after.append(_shelter_summary(roster))
        if document.conflicts:
            after.append("")
            after.append("Conflicts (pins released by the planner):")
            after.extend(f"- {text}" for text in document.conflicts)
    return Sheet(
        name=name,
        title="FLIGHT MANIFESTS - SUMMARY",
        lines=tuple(lines),
        columns=columns,
        rows=rows,
        after=tuple(after),
        frozen_columns=1,
        empty_text="No one is on a flight in this plan.",
    )


def _shelter_summary(roster: ShelterRoster) -> str:
    peak, night = roster.peak()
    when = f" on the night of {format_value(night)}" if night else ""
    return (f"Shelter {roster.name}: {_counted(len(roster.stays), 'person')}, "
            f"{_counted(roster.person_nights, 'person-night')}, at most {peak} of "
            f"{_counted(roster.beds, 'bed')}{when}.")


def shelter_sheet(document: ManifestDocument, roster: ShelterRoster, name: str) -> Sheet:
    columns = (
        Column("No.", 5, Kind.NUMBER), Column(PERSON["case_no"].header, 10), Column(PERSON["full_name"].header, 28, wrap=True),
        Column(PERSON["sex"].header, 5), Column("Age", 5, Kind.NUMBER), Column(PERSON["household"].header, 11),
        Column("First Night", 11, Kind.DATE), Column("Last Night", 11, Kind.DATE),
        Column("Nights", 7, Kind.NUMBER), Column("Leaves On", 19),
        Column("Special Needs", 20, wrap=True),
    )
    rows = [
        (number, s.case_no, s.full_name, s.sex, s.age, s.household, s.first_night, s.last_night,
         s.nights, s.leaves_on or "no flight yet", ", ".join(n.value for n in s.needs))
        for number, s in enumerate(roster.stays, 1)
    ]
    care = "yes" if roster.medical_care else "no"
    return Sheet(
        name=name,
        title=f"SHELTER ROSTER   {roster.name}",
        lines=(
            _plan_line(document),
            f"Beds: {roster.beds}   |   Accepts: {roster.accepts.replace('_', ' and ')}   |   "
            f"Medical care: {care}",
            _shelter_summary(roster),
            "Night n is the night that begins on date n; the last night is the night before "
            "the departure date.",
        ),
        columns=columns,
        rows=rows,
        after=(f"Total: {_counted(len(rows), 'person')}, "
               f"{_counted(roster.person_nights, 'person-night')}.",),
        frozen_columns=3,
        empty_text="No one is planned to sleep in this shelter.",
    )


def slots_sheet(document: ManifestDocument, name: str) -> Sheet:
    columns = (
        Column("Slot", 16), Column("Starts At", 16, Kind.DATETIME),
        Column(SLOT["location"].header, 24, wrap=True), Column("Document Ready", 16, Kind.DATETIME),
        Column(PERSON["case_no"].header, 10), Column(PERSON["full_name"].header, 26, wrap=True),
        Column(PERSON["document_status"].header, 12), Column(PERSON["household"].header, 11), Column("Flight", 19),
    )
    rows = [
        (s.slot_id, s.starts_at, s.location, s.ready_at, b.case_no, b.full_name,
         b.document_status, b.household, b.flight or "no flight yet")
        for s in document.slots for b in s.bookings
    ]
    return Sheet(
        name=name,
        title="EMERGENCY TRAVEL DOCUMENT APPOINTMENTS",
        lines=(
            _plan_line(document),
            f"{_counted(len(document.slots), 'appointment')}, "
            f"{_counted(len(rows), 'person')} booked.",
        ),
        columns=columns,
        rows=rows,
        after=(f"Total: {_counted(len(rows), 'person')} booked on "
               f"{_counted(len(document.slots), 'appointment')}.",),
        frozen_columns=2,
        empty_text="No one needs a document appointment in this plan.",
    )


SAME_REASONS = "Same as {case_no} (same household)."


def _reasons_once(persons: Sequence[UnassignedPerson]) -> list[str]:
    """Each person's reasons, one a line; a household's are the same for every member
    (they are the household's), so its later members point to the first member's row: at
    30,000 persons the sheet printed every reason again for each member, 7 persons a page
    (1,018 pages)."""
    first: dict[str, str] = {}
    texts = []
    for person in persons:
        if person.household is not None and person.household in first:
            texts.append(SAME_REASONS.format(case_no=first[person.household]))
            continue
        if person.household is not None:
            first[person.household] = person.case_no
        texts.append("\n".join(person.reasons))
    return texts


def unassigned_sheet(document: ManifestDocument, name: str) -> Sheet:
    columns = (
        Column("No.", 5, Kind.NUMBER), Column(PERSON["case_no"].header, 10), Column(PERSON["full_name"].header, 26, wrap=True),
        Column(PERSON["sex"].header, 5), Column("Age", 5, Kind.NUMBER), Column(PERSON["household"].header, 11),
        Column(PERSON["destinations"].header, 12), Column("Reasons", 70, wrap=True),
    )
    rows = [
        (number, u.case_no, u.full_name, u.sex, u.age, u.household, u.destinations, reasons)
        for number, (u, reasons) in enumerate(
            zip(document.unassigned, _reasons_once(document.unassigned), strict=True), 1)
    ]
    return Sheet(
        name=name,
        title="PERSONS LEFT WITHOUT A FLIGHT",
        lines=(_plan_line(document), f"{_counted(len(rows), 'person')}; ages as on the plan "
               "start date; a household's reasons are written once, on its first member's "
               "row."),
        columns=columns,
        rows=rows,
        after=(f"Total: {_counted(len(rows), 'person')} without a flight.",),
        frozen_columns=3,
        empty_text="Everyone in the plan has a flight.",
    )


def overflow_sheet(document: ManifestDocument, name: str) -> Sheet:
    columns = (
        Column(PERSON["household"].header, 14), Column("Case Numbers", 30, wrap=True),
        Column("Persons", 8, Kind.NUMBER), Column("Person-Nights", 9, Kind.NUMBER),
        Column("Reason", 70, wrap=True),
    )
    rows = [
        (h.household, ", ".join(h.case_numbers), len(h.case_numbers), h.person_nights, h.reason)
        for h in document.overflow
    ]
    return Sheet(
        name=name,
        title="HOUSEHOLDS WITHOUT A SHELTER BED",
        lines=(_plan_line(document),
               f"{_counted(len(rows), 'household')}, "
               f"{_counted(document.overflow_person_nights, 'person-night')}."),
        columns=columns,
        rows=rows,
        after=(f"Total: {_counted(document.overflow_person_nights, 'person-night')} "
               "without a bed.",),
        frozen_columns=1,
        empty_text="Every household that needs a shelter has one.",
    )


def pickup_sheet(document: ManifestDocument, flight: FlightManifest, name: str) -> Sheet:
    """What the embassy officer at the gate keeps beside one flight's manifest: each
    passenger's phone, shelter and travel document, by shelter (the pick-up runs), to
    fetch and call those who have not reported. Embassy copy only: it has phones."""
    columns = (
        Column("Shelter", 22, wrap=True),
        Column("No.", 4.5, Kind.NUMBER), Column(PERSON["case_no"].header, 9.5),
        Column(PERSON["full_name"].header, 26, wrap=True),
        Column(PERSON["household"].header, 10), Column(PERSON["phone"].header, 15),
        Column("Document", 9), Column("Document Appointment", 18),
        Column("Reported", 10),
    )
    passengers = sorted(flight.passengers,
                        key=lambda p: (p.shelter is None, p.shelter or "", p.number))
    by_shelter = Counter(p.shelter or "no shelter" for p in passengers)
    rows = [
        (p.shelter or "no shelter", p.number, p.case_no, document_name(p.full_name),
         p.household, p.phone, p.document_type,
         p.document_slot or ("" if p.document_type != ETD else "none booked"), None)
        for p in passengers
    ]
    counted_line = (f"{_counted(len(passengers), 'passenger')} by shelter; No. is the "
                    "manifest's number.")
    if flight.report_at is not None:
        counted_line = (f"Report at {flight.origin} airport check-in by "
                        f"{format_value(flight.report_at)}   |   {counted_line}")
    return Sheet(
        name=name,
        title=f"PICK-UP AND CALL LIST   {flight.flight_no}   {flight.origin} to "
              f"{flight.destination}   {format_value(flight.departs_at)}",
        lines=(
            _plan_line(document),
            counted_line,
            "   |   ".join(f"{shelter}: {count}" for shelter, count in by_shelter.items()),
            EMBASSY_LEGEND,
        ),
        columns=columns,
        rows=rows,
        after=(f"Total: {_counted(len(rows), 'passenger')}.",),
        frozen_columns=1,
        row_height=TICK_ROW_HEIGHT,
        empty_text="No passengers on this flight in this plan.",
        flight=flight.key,
    )


def sheets(document: ManifestDocument) -> list[Sheet]:
    """Every sheet of the copy, in order: summary, flights, then the embassy's own sheets.

    An export of chosen flights (``document.chosen_flights``) is what goes to the gate:
    each flight's manifest and, in the embassy copy, its pick-up and call list; the
    summary only when there is more than one flight, and none of the operation's sheets.
    """
    embassy = document.copy is Copy.EMBASSY
    revised = any(f.changes for f in document.flights)
    chosen = document.chosen_flights
    summary = not chosen or len(document.flights) > 1
    wanted = [*(["Summary"] if summary else [])]
    for flight in document.flights:
        wanted.append(flight.key)
        if chosen and embassy:
            wanted.append(f"Pick-up {flight.key}")
    wanted += ["Changes"] if revised else []
    if embassy and not chosen:
        wanted += [r.name for r in document.shelters]
        wanted += ["Document slots", "Without flight", "Without shelter"]
    names = iter(sheet_names(wanted))
    made = [summary_sheet(document, next(names))] if summary else []
    for flight in document.flights:
        made.append(flight_sheet(document, flight, next(names)))
        if chosen and embassy:
            made.append(pickup_sheet(document, flight, next(names)))
    if revised:
        made.append(changes_sheet(document, next(names)))
    if embassy and not chosen:
        made += [shelter_sheet(document, r, next(names)) for r in document.shelters]
        made.append(slots_sheet(document, next(names)))
        made.append(unassigned_sheet(document, next(names)))
        made.append(overflow_sheet(document, next(names)))
    return [fit_columns(sheet) for sheet in made]


def fit_columns(sheet: Sheet) -> Sheet:
    """``sheet`` with every column at least as wide as what it prints, in the workbook's
    font: the widest value of a column that does not wrap (case numbers, dates, document
    numbers, phones), the longest word of a column that wraps (up to WRAP_WORD_LIMIT) and
    of its bold header. The widths written in the layout are the least a column gets; a
    workbook's widths count characters of one font, and values longer than the layout
    expected ("PNH-26-00128" in a 9.5-character column) printed cut, run into the name."""
    columns = []
    for index, column in enumerate(sheet.columns):
        need = widest_word(column.header, bold=True)
        if column.wrap:
            need = max(need, min(WRAP_WORD_LIMIT, _longest_word(sheet.rows, index)))
        else:
            need = max(need, _widest_value(sheet.rows, index))
        columns.append(dataclasses.replace(column, width=need) if need > column.width
                       else column)
    return dataclasses.replace(sheet, columns=tuple(columns))


def _texts(rows: Sequence[tuple[Any, ...]], index: int) -> set[str]:
    """The distinct texts of one column."""
    values = {row[index] for row in rows}
    return {v if v.__class__ is str else format_value(v) for v in values}


def _widest_value(rows: Sequence[tuple[Any, ...]], index: int) -> float:
    widest = 0.0
    # One of each texts that differ only in their digits (all digits are as wide as each
    # other: case numbers, dates and phones make few), longest first.
    shapes = {text.translate(SAME_WIDTH) for text in _texts(rows, index)}
    for text in sorted(shapes, key=len, reverse=True):
        # No character is wider than two digits: shorter texts cannot be wider.
        if 2 * len(text) < widest:
            break
        widest = max(widest, max(text_chars(line) for line in text.split("\n")))
    return widest


def _longest_word(rows: Sequence[tuple[Any, ...]], index: int) -> float:
    longest = 0.0
    for text in sorted(_texts(rows, index), key=len, reverse=True):
        if 2 * len(text) < longest:
            break
        # A word is no wider than two digits a character: most texts need no measuring.
        if 2 * max(map(len, text.split()), default=0) > longest:
            longest = max(longest, widest_word(text))
    return longest
