"""Manifest revisions (SPEC 8.5): a number per flight, raised when its passenger list
changes after it was first exported, with the persons added and removed and why.

Revision 1 is recorded by the first export of the published plan's manifests; every later
export or close whose passenger list differs records the next one. Only the published
plan's manifests have revisions: a draft plan's manifest is not handed to anyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, ManifestRevision, Person, PlanHousehold
from planner.domain import PLANNED_PERSON_STATUSES, PersonStatus
from planner.protection import audit

#: Statuses of a person who left the operation: a removal for that reason.
_LEFT = {PersonStatus.SELF_DEPARTED.value, PersonStatus.WITHDRAWN.value,
         PersonStatus.MISSING.value, PersonStatus.NO_SHOW.value}


@dataclass(frozen=True)
class Revision:
    number: int
    #: (case_no, "added"|"removed", why) since the revision it replaces.
    changes: tuple[tuple[str, str, str], ...] = ()


def flight_case_nos(session: Session, plan_id: int, flight_id: int) -> list[str]:
    """The case numbers a flight's manifest lists for the plan: its households' members
    still to travel, or flown on this flight."""
    waiting = [s.value for s in PLANNED_PERSON_STATUSES]
    rows = session.execute(
        select(Person.case_no, Person.status, Person.departed_flight_id)
        .join(PlanHousehold, PlanHousehold.household_id == Person.household_id)
        .where(PlanHousehold.plan_id == plan_id, PlanHousehold.flight_id == flight_id)
        .order_by(Person.household_id, Person.case_no))
    return [case for case, status, departed in rows
            if departed == flight_id or (departed is None and status in waiting)]


def latest(session: Session, flight_id: int) -> ManifestRevision | None:
    return session.scalar(select(ManifestRevision).where(ManifestRevision.flight_id == flight_id)
                          .order_by(ManifestRevision.revision.desc()).limit(1))


def record_revision(session: Session, flight: Flight, plan_id: int,
                    case_nos: Sequence[str] | None = None,
                    why: Mapping[str, str] | None = None,
                    only_after_first: bool = False) -> Revision | None:
    """The flight's manifest revision for this passenger list: the last one when the list
    is the same, else a new one (revision 1 unless ``only_after_first``: then None until
    a first export). ``why`` gives the reason of a case number's change; without one, a
    person who left (no-show, withdrawn, ...) is removed for that, any other change is
    the new plan's."""
    cases = list(case_nos) if case_nos is not None else flight_case_nos(session, plan_id,
                                                                        flight.id)
    last = latest(session, flight.id)
    if last is None:
        if only_after_first:
            return None
        _store(session, flight, plan_id, 1, cases, [])
        return Revision(1)
    before = set(last.case_nos)
    if before == set(cases):
        return Revision(last.revision, tuple(
            (c["case_no"], c["change"], c["why"]) for c in last.changes))
    why = dict(why or {})
    removed = [c for c in last.case_nos if c not in set(cases)]
    statuses = dict(session.execute(select(Person.case_no, Person.status)
                                    .where(Person.case_no.in_(removed))).all()) if removed \
        else {}
    changes = [{"case_no": c, "change": "added", "why": why.get(c, "replanned")}
               for c in cases if c not in before]
    changes += [{"case_no": c, "change": "removed",
                 "why": why.get(c) or (statuses[c] if statuses.get(c) in _LEFT else
                                       "left" if c not in statuses else "replanned")}
                for c in removed]
    _store(session, flight, plan_id, last.revision + 1, cases, changes)
    return Revision(last.revision + 1, tuple((c["case_no"], c["change"], c["why"])
                                             for c in changes))


def _store(session: Session, flight: Flight, plan_id: int, number: int, cases: list[str],
           changes: list[dict[str, str]]) -> None:
    session.add(ManifestRevision(flight_id=flight.id, revision=number, plan_id=plan_id,
                                 case_nos=cases, changes=changes,
                                 made_by=audit.current_actor()))
    audit.record(session, "revise", "manifest", flight.key, {
        "revision": number, "plan_id": plan_id, "passengers": len(cases),
        "added": sum(1 for c in changes if c["change"] == "added"),
        "removed": sum(1 for c in changes if c["change"] == "removed")})
    session.flush()
