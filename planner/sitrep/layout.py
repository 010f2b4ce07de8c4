"""The situation report laid out as titled tables and a chart, the same for every renderer.

The first page is the one page for the ministry (SPEC 8.6): every figure, the chart, and
the shelters and flights one by one when they fit on it. When they do not (80 shelters
and 46 flights at 30,000 persons once printed in 3 pt type), the first page carries their
totals (the flights by day) and the tables of every shelter and every flight follow it,
printed at full size on as many pages as they need (``Report.details``).

The workbook writer (``planner.sitrep.workbook``) puts the first page's tables on one
sheet with the chart, and each detail table on a sheet of its own; the PDF and the printer
(``ui.sitrep_print``) draw the first page and then the detail pages. Both read only this
layout, in the language asked for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.sitrep.figures import OUT_STATUSES, STATUS_ORDER, FlightLine, Sitrep
from planner.sitrep.words import check_language, counted, words

#: What the right column of the first page holds at full size, in rows (each table's
#: title, header and the gap under it count as three). Beyond it the longest tables print
#: on the pages after, and the first page shows their totals.
FIRST_PAGE_ROWS = 34


@dataclass(frozen=True)
class Table:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]
    #: Rows shown bold (totals).
    bold_rows: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Chart:
    title: str
    days: tuple[dt.date, ...]
    #: (legend, values per day) for entering care and departing (bars), waiting (line).
    entered: tuple[str, tuple[int, ...]]
    departed: tuple[str, tuple[int, ...]]
    waiting: tuple[str, tuple[int, ...]]


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    #: Tables of the left and right columns of the page.
    left: tuple[Table, ...]
    right: tuple[Table, ...]
    chart: Chart
    language: str
    #: Tables too long for the first page (every shelter, every flight), printed in full
    #: after it; the first page's right column has their totals in their place.
    details: tuple[Table, ...] = ()

    @property
    def tables(self) -> tuple[Table, ...]:
        """The first page's tables."""
        return self.left + self.right


MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec"),
          "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                 "Des")}


def day_text(day: dt.date, language: str = "en", year: bool = True) -> str:
    """``05 Mar 2026`` in the language's month names (the same in any locale)."""
    text = f"{day.day:02d} {MONTHS[language][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def build_report(sitrep: Sitrep, language: str = "en") -> Report:
    w = words(check_language(language))
    plan = (w["plan in use: {plan}"].format(plan=sitrep.plan_id) if sitrep.plan_id is not None
            else w["no plan published"])
    subtitle = f"{sitrep.operation} - {w['as of the end of {day}'].format(day=sitrep.day)} - {plan}"

    in_care_rows = [(w[s], sitrep.statuses.get(s, 0)) for s in STATUS_ORDER
                    if s not in OUT_STATUSES]
    out_rows = [(w[s], sitrep.statuses.get(s, 0)) for s in STATUS_ORDER if s in OUT_STATUSES]
    statuses = Table(w["Persons by status"], (w["Status"], w["Persons"]),
                     (*in_care_rows, (w["In care"], sitrep.in_care), *out_rows),
                     frozenset({len(in_care_rows)}))

    shelter_rows = [(s.name if s.open else f"{s.name} ({w['closed']})", s.beds if s.open else 0,
                     s.used, s.free) for s in sitrep.shelters]
    # Persons the plan places in a shelter closed tonight have no bed there: they are among
    # those without a bed, and a line under it says where they are placed, to be moved.
    to_move = [(w["of them placed in {shelter}, closed"].format(shelter=s.name), "",
                s.to_move, "") for s in sitrep.shelters if s.to_move]
    shelters = Table(w["Shelters tonight"], (w["Shelter"], w["Beds"], w["Used"], w["Free"]),
                     (*shelter_rows,
                      (w["Total"], sitrep.beds, sitrep.beds_used, sitrep.beds_free),
                      (w["Without a bed tonight"], "", sitrep.without_bed, ""), *to_move),
                     frozenset({len(shelter_rows), len(shelter_rows) + 1}))

    docs = sitrep.documents
    documents = Table(w["Documents"], (w["Documents"], w["Persons"]), (
        (w["Issued"], docs.issued),
        (w["Waiting for a document"], docs.waiting),
        (w["Slot places left {first} to {last}"].format(
            first=day_text(docs.week_start, language, year=False),
            last=day_text(docs.week_end, language, year=False)),
         docs.places_left)))

    flight_rows = tuple((f.flight_no, f.destination,
                         f"{day_text(f.departs_at, language, year=False)} {f.departs_at:%H:%M}",
                         f.seats, f.seats_booked, f.infants, f.checked_in, f.no_shows)
                        for f in sitrep.flights)
    flights = Table(w["Flights of the next 7 days"],
                    (w["Flight"], w["To"], w["Departs"], *_flight_figures(w)),
                    flight_rows or ((w["No flight in these days"], *[""] * 7),))

    v = sitrep.vulnerable
    vulnerable = Table(w["Vulnerable groups in care"], (w["Group"], w["Persons"]), (
        (w["Medical"], v.medical), (w["Pregnant"], v.pregnant),
        (w["Unaccompanied minors"], v.unaccompanied_minors), (w["Elderly"], v.elderly)))

    right, details = first_page(
        [(shelters, shelter_totals(sitrep, w, language)),
         (flights, flight_totals(sitrep.flights, w, language))],
        [not_replayed_table(sitrep, w)] if sitrep.not_replayed else [])

    days = tuple(d.day for d in sitrep.days)
    chart = Chart(w["By day"], days,
                  (w["Entering care"], tuple(d.entered for d in sitrep.days)),
                  (w["Departing"], tuple(d.departed for d in sitrep.days)),
                  (w["Waiting"], tuple(d.waiting for d in sitrep.days)))
    return Report(f"{w['Situation report']} {day_text(sitrep.day, language)}", subtitle,
                  (statuses, documents, vulnerable), right, chart, language, details)


def _rows_taken(tables: list[Table]) -> int:
    return sum(len(t.rows) + 3 for t in tables)


def first_page(long: list[tuple[Table, Table]],
               short: list[Table]) -> tuple[tuple[Table, ...], tuple[Table, ...]]:
    """The right column of the first page and the detail tables after it: each of the
    ``long`` tables (full, totals) is in full on the first page while the column holds
    FIRST_PAGE_ROWS, else the longest give their place to their totals; ``short`` tables
    always stay on the first page."""
    shown = [full for full, _ in long]
    moved: set[int] = set()
    while _rows_taken(shown + short) > FIRST_PAGE_ROWS and len(moved) < len(long):
        longest = max((i for i in range(len(long)) if i not in moved),
                      key=lambda i: len(long[i][0].rows))
        moved.add(longest)
        shown[longest] = long[longest][1]
    return tuple(shown + short), tuple(long[i][0] for i in sorted(moved))


def shelter_totals(sitrep: Sitrep, w: dict[str, str], language: str) -> Table:
    """The first page's shelters when each one is listed after it: the totals."""
    closed = sum(1 for s in sitrep.shelters if not s.open)
    full = sum(1 for s in sitrep.shelters if s.open and s.free == 0)
    rows: list[tuple[str | int, ...]] = [
        (w["All {shelters}"].format(
            shelters=counted(w, len(sitrep.shelters), "shelter", language)),
         sitrep.beds, sitrep.beds_used, sitrep.beds_free),
        (w["Without a bed tonight"], "", sitrep.without_bed, ""),
        (w["Shelters full tonight"], "", full, ""),
    ]
    if closed:
        rows.append((w["Shelters closed tonight"], "", closed, ""))
    to_move = sum(s.to_move for s in sitrep.shelters)
    if to_move:
        rows.append((w["of them placed in a closed shelter"], "", to_move, ""))
    rows.append((w["Each shelter on the pages after"], "", "", ""))
    return Table(w["Shelters tonight"], (w["Shelter"], w["Beds"], w["Used"], w["Free"]),
                 tuple(rows), frozenset({0, 1}))


def flight_totals(flights: list[FlightLine], w: dict[str, str], language: str) -> Table:
    """The first page's flights when each one is listed after it: the flights of each day."""
    days: dict[dt.date, list[FlightLine]] = {}
    for flight in flights:
        days.setdefault(flight.departs_at.date(), []).append(flight)

    def summed(label: str, lines: list[FlightLine]) -> tuple[str | int, ...]:
        return (label, len(lines), *(sum(figures) for figures in zip(
            *((f.seats, f.seats_booked, f.infants, f.checked_in, f.no_shows) for f in lines),
            strict=True))) if lines else (label, 0, 0, 0, 0, 0, 0)

    rows = [summed(day_text(day, language, year=False), lines)
            for day, lines in sorted(days.items())]
    rows.append(summed(w["Total"], flights))
    rows.append((w["Each flight on the pages after"], *[""] * 6))
    return Table(w["Flights of the next 7 days, by day"],
                 (w["Day"], w["Flights"], *_flight_figures(w)),
                 tuple(rows), frozenset({len(rows) - 2}))


def _flight_figures(w: dict[str, str]) -> tuple[str, ...]:
    """The headers of a flight's figures: its seats, the seats booked (never more than
    its seats in a valid plan) and the infants on a lap booked beside them (no seat, SPEC
    3.1 rule 2), then the persons checked in and the no-shows."""
    return (w["Seats"], w["Seats booked"], w["Lap infants"], w["Checked in"],
            w["No-shows"])


def not_replayed_table(sitrep: Sitrep, w: dict[str, str]) -> Table:
    """What the report of a past day shows as recorded today, not as it was that day: the
    records changed since (no history keeps their earlier values) and the departures the
    movement history does not date."""
    gone = sitrep.not_replayed
    rows: list[tuple[str | int, ...]] = [
        (w[f"{kind}s changed since"], gone.changed_since[kind])
        for kind in ("flight", "shelter", "slot", "person") if gone.changed_since.get(kind)]
    if gone.undated_departures:
        rows.append((w["Departures with no recorded day (on the flight's date)"],
                     gone.undated_departures))
    return Table(w["Shown as recorded today, not as on this day"],
                 (w["Not kept as of this day"], w["Records"]), tuple(rows))


def chart_table(report: Report) -> Table:
    """The chart's figures as a table (the workbook shows both)."""
    c = report.chart
    w = words(report.language)
    rows = tuple((day_text(d, report.language, year=False), e, o, wt) for d, e, o, wt in
                 zip(c.days, c.entered[1], c.departed[1], c.waiting[1], strict=True))
    return Table(c.title, (w["Day"], c.entered[0], c.departed[0], c.waiting[0]), rows)
