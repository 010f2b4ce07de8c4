"""The published plan's manifests with their revisions (SPEC 8.5).

An export of the published plan records each flight's revision
(``planner.departure.revisions``): the first export is revision 1, and an export whose
passenger list differs from the last revision's is the next one, with a change sheet.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db.models import Flight, Household, Person
from planner.departure.revisions import record_revision
from planner.export.model import ManifestChange, ManifestDocument
from planner.planning.problem_builder import latest_published_plan_id


def with_revisions(session: Session, document: ManifestDocument) -> ManifestDocument:
    """``document`` (the embassy copy) with each flight's revision and changes; records a
    new revision where the passenger list changed. A plan not published: unchanged."""
    if document.plan_id != latest_published_plan_id(session):
        return document
    rows = {f.key: f for f in session.scalars(select(Flight))}
    flights = []
    for manifest in document.flights:
        cases = [p.case_no for p in manifest.passengers if p.case_no]
        revision = record_revision(session, rows[manifest.key], document.plan_id, cases)
        assert revision is not None
        named = {p.case_no: (p.full_name, p.household) for p in manifest.passengers}
        gone = [case for case, change, _ in revision.changes if case not in named]
        if gone:
            for case, name, code, implicit in session.execute(
                    select(Person.case_no, Person.full_name, Household.code, Household.implicit)
                    .join(Household, Household.id == Person.household_id)
                    .where(Person.case_no.in_(gone))):
                named[case] = (name, None if implicit else code)
        changes = tuple(
            ManifestChange(change, named.get(case, ("", None))[0], named.get(case, ("", None))[1],
                           why, case_no=case)
            for case, change, why in revision.changes)
        flights.append(replace(manifest, revision=revision.number, changes=changes))
    return replace(document, flights=tuple(flights))
