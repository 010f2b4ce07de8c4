"""Person tags (SPEC 8.2, issue 17): what each tag shows, and its QR code.

A tag carries the case number as text and as a QR code, the name, the household and the
shelter of the published plan. The QR code holds the case number and nothing else, so a
USB scanner "types" exactly the case number (and Enter) wherever one is asked for. It is
a full QR code (never a Micro QR, which many desk scanners do not read), error correction
level M, made by segno (pure Python, no Qt here); ``ui.tag_print`` draws it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.db.models import Household, Person, PlanHousehold, Shelter
from planner.errors import PlannerError
from planner.export.plan_reader import read_shelter_roster
from planner.export.service import find_renderer
from planner.planning.problem_builder import latest_published_plan_id
from planner.protection import audit
from planner.protection.files import atomic_output

#: The quiet zone around a QR code, in modules (ISO/IEC 18004 asks for 4).
QUIET_MODULES = 4


@dataclass(frozen=True)
class Tag:
    case_no: str
    full_name: str
    household: str | None
    shelter: str | None


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules, without the
    quiet zone."""
    code = segno.make_qr(text, error="m", boost_error=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def read_tags(session: Session, case_nos: Sequence[str] = (), *, shelter: str | None = None,
              household: str | None = None) -> list[Tag]:
    """The tags of the persons named, of a household, or of everyone the published plan
    puts in ``shelter``; in case-number order. An unknown name is refused, naming it."""
    plan_id = latest_published_plan_id(session)
    shelter_of: dict[int, str] = {}
    if plan_id is not None:
        shelter_of = {h: name for h, name in session.execute(
            select(PlanHousehold.household_id, Shelter.name)
            .join(Shelter, PlanHousehold.shelter_id == Shelter.id)
            .where(PlanHousehold.plan_id == plan_id))}
    query = (select(Person.case_no, Person.full_name, Person.household_id, Household.code,
                    Household.implicit, Person.needs_shelter)
             .join(Household, Person.household_id == Household.id).order_by(Person.case_no))
    if case_nos:
        wanted = {c.strip().upper() for c in case_nos}
        query = query.where(Person.case_no.in_(wanted))
    if household is not None:
        query = query.where(Household.code == household, Household.implicit.is_(False))
    rows = session.execute(query).all()
    if case_nos:
        missing = sorted(wanted - {r.case_no for r in rows})
        if missing:
            raise PlannerError.of("tags_unknown_cases", case_nos=missing)
    if household is not None and not rows:
        raise PlannerError.of("household_unknown", household=household)
    if shelter is not None:
        if session.scalar(select(Shelter.id).where(Shelter.name == shelter)) is None:
            raise PlannerError.of("shelter_unknown", shelter=shelter)
        # The shelter's roster in the manifests: members who need no shelter, or who left,
        # are not on it and get no label (they were counted: 70 tags for a roster of 60).
        roster = read_shelter_roster(session, plan_id, shelter) if plan_id else None
        listed = {stay.case_no for stay in roster.stays} if roster else set()
        rows = [r for r in rows if r.case_no in listed]
    # A member who needs no shelter sleeps elsewhere: the tag names no shelter.
    return [Tag(r.case_no, r.full_name, None if r.implicit else r.code,
                shelter_of.get(r.household_id) if r.needs_shelter else None) for r in rows]


#: A renderer draws tags to a PDF path: (tags, path, one label per page or A4 sheets).
TagRenderer = Callable[[Sequence[Tag], Path, bool], None]


def write_tags(operation: Operation, target: str | os.PathLike[str], case_nos: Sequence[str] = (),
               *, shelter: str | None = None, household: str | None = None,
               single: bool = False, renderer: TagRenderer | None = None) -> list[Tag]:
    """Write the tags asked for to the PDF ``target`` (A4 sheets of labels, or one label a
    page with ``single``) through the ``tags_pdf`` renderer; record the export (case
    numbers only). Returns the tags written."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        raise PlannerError.of("tags_format", file=target.name)
    if not case_nos and shelter is None and household is None:
        raise PlannerError.of("tags_nobody_named")
    render: TagRenderer = renderer or find_renderer("tags_pdf")  # type: ignore[assignment]
    try:
        with atomic_output(target) as temp, operation.session() as session:
            tags = read_tags(session, case_nos, shelter=shelter, household=household)
            if not tags:
                raise PlannerError.of("tags_shelter_empty", shelter=shelter)
            render(tags, temp, single)
            audit.record(session, "export", "tags", target.name, {
                "case_nos": [t.case_no for t in tags], "format": "label" if single else "sheet",
                "file": target.name})
    except OSError as exc:
        raise PlannerError.of("cannot_write", path=str(target),
                              why=exc.strerror or str(exc)) from exc
    return tags
