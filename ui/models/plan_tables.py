"""The tables of the Plan and Results screens, as ``ListTableModel`` columns.

Records are the planner's plain results (``planner.planning.overview``, ``insights``); the
columns say how each reads in the officer's language and sorts by its native value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planner.planning.insights import Move, SeatCandidate
from planner.planning.overview import FlightLoad, HouseholdLine, MemberLine
from ui.i18n import tr
from ui.labels import code_labels, field_label
from ui.messages import listed, move_label, overflow_text, reason_summary, reason_text
from ui.models.list_table import CENTER, RIGHT, ListColumn, ListTableModel
from ui.plan_words import (
    OBJECTIVE_ORDER,
    number,
    objective_label,
    objective_status_label,
    short_datetime,
)

STATUS_COLORS = {"cancelled": "#b3261e", "departed": "#6b6b6b", "confirmed": "#1b6e20"}
WARNING = "#b3261e"


# --- flight loads -------------------------------------------------------------------------
def _medical(f: FlightLoad) -> str:
    if f.medical_capacity is None:
        return number(f.medical)
    return tr("{used} of {capacity}").format(used=f.medical, capacity=f.medical_capacity)


def flight_load_model(parent: object = None) -> ListTableModel[FlightLoad]:
    statuses = code_labels("status")
    return ListTableModel([
        ListColumn(field_label("flight_no"), lambda f: f.flight_no, width_chars=9, fit=True),
        ListColumn(field_label("departs_at"), lambda f: short_datetime(f.departs_at),
                   sort=lambda f: f.departs_at, width_chars=19, fit=True),
        ListColumn(field_label("destination"), lambda f: f.destination, width_chars=4, fit=True),
        ListColumn(field_label("status"), lambda f: statuses.get(f.status, f.status),
                   color=lambda f: STATUS_COLORS.get(f.status), width_chars=9, fit=True),
        ListColumn(field_label("seats"), lambda f: number(f.seats), sort=lambda f: f.seats,
                   align=RIGHT, width_chars=5, fit=True),
        ListColumn(tr("Taken"), lambda f: number(f.seated), sort=lambda f: f.seated,
                   align=RIGHT, width_chars=5, fit=True,
                   header_tooltip=tr("Seats taken by the plan's passengers (infants on a lap "
                                     "take none)")),
        ListColumn(tr("Free"), lambda f: number(f.free) if f.usable else "",
                   sort=lambda f: f.free if f.usable else None, align=RIGHT, width_chars=5,
                   fit=True, color=lambda f: WARNING if f.free < 0 else None),
        ListColumn(tr("Infants"), lambda f: number(f.infants) if f.infants else "",
                   sort=lambda f: f.infants, align=RIGHT, width_chars=5, fit=True),
        ListColumn(field_label("medical"), _medical, sort=lambda f: f.medical, align=RIGHT,
                   width_chars=7, fit=True),
        ListColumn(tr("Households"), lambda f: number(f.households),
                   sort=lambda f: f.households, align=RIGHT, width_chars=6, fit=True),
    ], parent, key=lambda f: f.flight_id)


# --- persons left behind ------------------------------------------------------------------
@dataclass(frozen=True)
class LeftBehindRow:
    member: MemberLine
    household: HouseholdLine


def left_behind_rows(households: tuple[HouseholdLine, ...]) -> list[LeftBehindRow]:
    return [LeftBehindRow(m, h) for h in households if not h.flown for m in h.members]


def reasons_tooltip(reasons: Sequence[Mapping[str, Any]]) -> str:
    """Every reason, one a line (a table's tooltip)."""
    return "\n".join(f"\u2022 {reason_text(r)}" for r in reasons) if len(reasons) > 1 \
        else reason_summary(reasons)


def left_behind_model(parent: object = None) -> ListTableModel[LeftBehindRow]:
    return ListTableModel([
        ListColumn(field_label("case_no"), lambda r: r.member.case_no, width_chars=9, fit=True),
        ListColumn(field_label("full_name"), lambda r: r.member.full_name, width_chars=22),
        ListColumn(field_label("household"), lambda r: "" if r.household.implicit
                   else r.household.code, width_chars=9, fit=True),
        ListColumn(field_label("age"), lambda r: str(r.member.age), sort=lambda r: r.member.age,
                   align=RIGHT, width_chars=3, fit=True),
        ListColumn(field_label("destinations"), lambda r: r.member.destinations.replace(";", ", "),
                   width_chars=9, fit=True),
        ListColumn(tr("Why no flight"), lambda r: reason_summary(r.household.reasons),
                   tooltip=lambda r: reasons_tooltip(r.household.reasons), width_chars=60),
    ], parent, key=lambda r: r.member.person_id)


# --- households and their pins ------------------------------------------------------------
def _pins_text(h: HouseholdLine) -> str:
    parts = []
    if h.pinned_flight:
        parts.append(tr("flight {flight}").format(flight=h.pinned_flight))
    if h.pinned_shelter:
        parts.append(tr("shelter {shelter}").format(shelter=h.pinned_shelter))
    return ", ".join(parts)


def household_model(parent: object = None) -> ListTableModel[HouseholdLine]:
    return ListTableModel([
        ListColumn(field_label("household"), lambda h: h.code, width_chars=9, fit=True),
        ListColumn(tr("Members"), lambda h: str(len(h.members)), sort=lambda h: len(h.members),
                   align=RIGHT, width_chars=4, fit=True),
        ListColumn(tr("Names"), lambda h: member_names(h), width_chars=22),
        ListColumn(tr("Flight"), lambda h: h.flight_key or tr("none"),
                   sort=lambda h: h.flight_key or "", width_chars=21, fit=True,
                   color=lambda h: None if h.flown else WARNING),
        ListColumn(tr("Shelter"), lambda h: h.shelter_name or "", width_chars=26),
        ListColumn(tr("Nights without a bed"),
                   lambda h: number(h.overflow_person_nights) if h.overflow_person_nights
                   else "", sort=lambda h: h.overflow_person_nights, align=RIGHT,
                   width_chars=5, fit=True,
                   tooltip=lambda h: overflow_text(h.overflow_why) or None),
        ListColumn(tr("Pinned"), _pins_text, width_chars=24, fit=True),
    ], parent, key=lambda h: h.household_id)


# --- moves against the published plan -----------------------------------------------------
@dataclass(frozen=True)
class MoveRow:
    move: Move
    members: int
    text: str
    #: The members' names ("Ketut Nasution, Ayu Nasution and 2 more").
    names: str = ""


def member_names(household: HouseholdLine | None, limit: int = 3) -> str:
    """Who a household is, by name: the first members and how many more."""
    if household is None or not household.members:
        return ""
    return listed([m.full_name for m in household.members], limit)


# The move table's columns of the flight before and after (named after their plans).
BEFORE_COLUMN, AFTER_COLUMN = 4, 5


def move_model(parent: object = None) -> ListTableModel[MoveRow]:
    return ListTableModel([
        ListColumn(field_label("household"), lambda r: r.move.household.lstrip("~"),
                   width_chars=9, fit=True),
        ListColumn(tr("Names"), lambda r: r.names, width_chars=26),
        ListColumn(tr("Members"), lambda r: str(r.members), sort=lambda r: r.members,
                   align=RIGHT, width_chars=4, fit=True),
        ListColumn(tr("Change"), lambda r: move_label(r.move.code), width_chars=16, fit=True,
                   color=lambda r: WARNING if r.move.code in ("lost_seat", "flight_unusable")
                   and r.move.after is None else None),
        ListColumn(tr("Published plan"), lambda r: r.move.before or tr("no flight"),
                   sort=lambda r: r.move.before or "", width_chars=21, fit=True),
        ListColumn(tr("This plan"), lambda r: r.move.after or tr("no flight"),
                   sort=lambda r: r.move.after or "", width_chars=21, fit=True),
        ListColumn(tr("Why"), lambda r: r.text, tooltip=lambda r: r.text, width_chars=60),
    ], parent)


# --- who gets a freed seat ----------------------------------------------------------------
@dataclass(frozen=True)
class CandidateRow:
    """A household that could take freed seats, with its members' names."""

    candidate: SeatCandidate
    names: str


def _current_flight(row: CandidateRow) -> str:
    """The flight a candidate holds in the plan; one that no longer flies says so."""
    candidate = row.candidate
    if candidate.current_flight is None:
        return tr("no flight")
    if candidate.current_status in ("cancelled", "departed"):
        return tr("{flight} ({status})").format(
            flight=candidate.current_flight,
            status=code_labels("status").get(candidate.current_status,
                                             candidate.current_status))
    return candidate.current_flight


def candidate_model(parent: object = None) -> ListTableModel[CandidateRow]:
    return ListTableModel([
        ListColumn(field_label("household"), lambda r: r.candidate.household.lstrip("~"),
                   width_chars=9, fit=True),
        ListColumn(tr("Names"), lambda r: r.names, width_chars=22),
        ListColumn(tr("Persons"), lambda r: str(r.candidate.persons),
                   sort=lambda r: r.candidate.persons, align=RIGHT, width_chars=4, fit=True),
        ListColumn(tr("Seats"), lambda r: str(r.candidate.seats),
                   sort=lambda r: r.candidate.seats, align=RIGHT, width_chars=4, fit=True),
        ListColumn(tr("Priority gained"), lambda r: str(r.candidate.gain),
                   sort=lambda r: r.candidate.gain, align=RIGHT, width_chars=5, fit=True,
                   header_tooltip=tr("Priority weight flown more if the household takes "
                                     "the seats")),
        ListColumn(tr("Days waited"), lambda r: str(r.candidate.waiting_days),
                   sort=lambda r: r.candidate.waiting_days, align=RIGHT, width_chars=5,
                   fit=True),
        ListColumn(tr("Flies now on"), _current_flight, sort=lambda r: r.candidate.current_flight
                   or "", width_chars=18, fit=True),
    ], parent, key=lambda r: r.candidate.household)


# --- the solver's objectives while it runs ------------------------------------------------
@dataclass
class ObjectiveRow:
    name: str
    state: str = "waiting"
    best: float | None = None
    bound: float | None = None
    seconds: float | None = None

    @property
    def gap(self) -> float | None:
        if self.best is None or self.bound is None:
            return None
        scale = max(abs(self.bound), abs(self.best), 1.0)
        return abs(self.bound - self.best) / scale


def _gap_text(row: ObjectiveRow) -> str:
    gap = row.gap
    if gap is None:
        return ""
    return "0 %" if gap == 0 else f"{gap * 100:.1f} %"


def objective_model(parent: object = None) -> ListTableModel[ObjectiveRow]:
    return ListTableModel([
        ListColumn(tr("Objective"), lambda r: f"{_position(r.name)}. {objective_label(r.name)}",
                   sort=lambda r: _position(r.name), width_chars=34),
        ListColumn(tr("State"), lambda r: objective_status_label(r.state), width_chars=17,
                   fit=True,
                   color=lambda r: "#1b6e20" if r.state == "optimal" else None),
        ListColumn(tr("Best found"), lambda r: number(r.best), sort=lambda r: r.best,
                   align=RIGHT, width_chars=8),
        ListColumn(tr("Bound"), lambda r: number(r.bound), sort=lambda r: r.bound,
                   align=RIGHT, width_chars=8,
                   header_tooltip=tr("No plan can do better than this (proven by the "
                                     "solver)")),
        ListColumn(tr("Gap"), _gap_text, sort=lambda r: r.gap, align=RIGHT, width_chars=6),
        ListColumn(tr("Time"), lambda r: tr("{seconds} s").format(seconds=number(round(
            r.seconds, 1))) if r.seconds is not None else "", sort=lambda r: r.seconds,
                   align=CENTER, width_chars=6),
    ], parent)


def _position(name: str) -> int:
    return OBJECTIVE_ORDER.index(name) + 1 if name in OBJECTIVE_ORDER else 9

