"""Header and cells together: the field of each column the vocabulary does not name.

A sheet's layout comes from its headers (``headers.detect_layout``): columns whose header
the vocabulary lists are "recognised". For every other column this module weighs what its
header's words suggest (``header_words``) against what its cells hold (``column_content``)
in the first rows under the header:

- a field the header's words name (score at least ``APPLY_HEADER_SCORE``) is applied when
  the import's own parser reads at least ``FIT_SHARE`` of the column's cells and the cells
  do not plainly say something else; the column is then "inferred";
- a field only the cells suggest is applied only for fields whose cells speak for
  themselves (``FROM_CELLS_ALONE``: sex words, dates of birth, phone numbers, passport
  numbers, document statuses, nationalities); otherwise it is a *proposal*;
- a column left unmapped whose proposal is a field the planner must not miss
  (``MUST_DECIDE``: the household, the dates of readiness and clearance, the yes/no flags,
  the destinations, the case number, a required field) and which no other column gives
  is *undecided*: the import stops until it is mapped or ignored.

Each column carries its confidence (0 to 1) and its evidence in words. A column whose
header says it holds something else (``Umur``, ``Alamat``: ``header_words.other_meaning``)
is never given a field by its cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from planner.importing.cells import Row
from planner.importing.column_content import FLAG_FIELDS, ColumnContent, read_content
from planner.importing.header_words import guess_header, other_meaning
from planner.importing.headers import ColumnMatch, SheetLayout
from planner.importing.record_kinds import KINDS, SheetKind, base_field
from planner.importing.row_reading import parsers_for
from planner.importing.values import ParseContext
from planner.importing.vocabulary import TOTAL_WORDS
from solvers.reasons import Reason

#: Rows under the header row whose cells are looked at.
SAMPLE_ROWS = 1000
#: A header whose words score this much names its field when the cells agree.
APPLY_HEADER_SCORE = 0.5
#: ... or this much, when the cells speak for that field too.
AGREED_HEADER_SCORE = 0.35
#: Two fields a header names within this confidence of each other are a tie.
TIE_MARGIN = 0.05
#: Share of a column's cells the field's parser must read for the field to be applied.
FIT_SHARE = 0.9
#: ... and for it to be proposed at all: a field whose parser rejects most of the cells
#: is never proposed (mapped, every such row would be a problem).
PROPOSE_SHARE = 0.5
#: Fields a column gets from its cells alone, when they say so this surely.
FROM_CELLS_ALONE = frozenset({"sex", "date_of_birth", "phone", "passport_no",
                              "document_status", "nationality"})
FROM_CELLS_CONFIDENCE = 0.85
#: Cells that look this surely like another field overrule the header's words (dates
#: under a header that reads like a case number).
OTHER_FIELD_CONFIDENCE = 0.75
#: Fields that, unmapped while a column looks like them, stop the import.
MUST_DECIDE = frozenset({"household", "available_from", "cleared_from", "destinations",
                         "case_no", *FLAG_FIELDS})


@dataclass(frozen=True)
class _Candidate:
    column: int
    field: str
    confidence: float
    evidence: tuple[Reason, ...]


def sample_rows(rows: Sequence[tuple[int, Row]]) -> list[Row]:
    """The rows that may be records: not totals lines, not lone notes."""
    kept: list[Row] = []
    for _, cells in rows:
        filled = [c for c in cells if c is not None and not (isinstance(c, str) and not c.strip())]
        if len(filled) < 2:
            continue
        first = filled[0]
        if isinstance(first, str) and first.strip().lower().startswith(TOTAL_WORDS):
            continue
        kept.append(cells)
    return kept


def _percent(share: float) -> int:
    return round(share * 100)


def _cells_say(content: ColumnContent) -> Reason:
    if not content.filled:
        return Reason("cells_are_empty")
    return Reason("cells_hold", {"reading": content.looks_like.as_json()})


def _header_candidates(column: ColumnMatch, content: ColumnContent,
                       kind: SheetKind) -> tuple[list[_Candidate], _Candidate | None]:
    """Fields the header's words name and the cells allow; and the best one they name
    that the cells refuse (with why)."""
    found: list[_Candidate] = []
    refused: _Candidate | None = None
    best = content.best
    for guess in guess_header(column.header, kind):
        name = base_field(guess.field)
        fit = content.fit(guess.field)
        agrees = content.reading_for(name)
        other_field = best is not None and best.field not in (None, name) and \
            best.confidence >= OTHER_FIELD_CONFIDENCE and agrees is None
        flag_for_other = best is not None and best.flag and name not in FLAG_FIELDS
        numbers_for_code = best is not None and best.field is None and not best.flag and \
            name in ("household", "full_name", "case_no") and best.confidence >= 0.6
        if fit < FIT_SHARE or other_field or flag_for_other or numbers_for_code:
            if refused is None and guess.score >= APPLY_HEADER_SCORE:
                facts: dict[str, object] = {"header": guess.evidence_for_field.as_json(),
                         "cells": _cells_say(content).as_json()}
                if fit < FIT_SHARE:
                    facts.update(percent=_percent(fit), field=guess.field)
                refused = _Candidate(column.index, guess.field, round(0.5 * guess.score, 2),
                                     (Reason("header_but_cells", facts),))
            continue
        support = agrees.confidence if agrees is not None else 0.5 * fit
        confidence = round(min(1.0, 0.6 * guess.score + 0.4 * support), 2)
        evidence = (guess.evidence, _cells_say(content))
        # Cells that speak for the field (yes/no words for a flag, dates of birth) let
        # weaker header words decide which of those fields it is.
        needed = AGREED_HEADER_SCORE if agrees is not None and agrees.confidence >= 0.75 \
            else APPLY_HEADER_SCORE
        if guess.score >= needed:
            found.append(_Candidate(column.index, guess.field, confidence, evidence))
    return found, refused


def _cell_proposal(column: ColumnMatch, content: ColumnContent, taken: set[str]
                   ) -> tuple[str | None, float, tuple[Reason, ...], tuple[str, ...]]:
    """The field the cells alone propose, its confidence, evidence and choices."""
    reading = content.best
    if reading is None:
        return None, 0.0, (), ()
    evidence = (Reason("cells_hold", {"reading": reading.looks_like.as_json()}),)
    if reading.flag:
        free = tuple(f for f in FLAG_FIELDS if f not in taken)
        named = [base_field(g.field) for g in guess_header(column.header, SheetKind.PERSONS)]
        proposal = next((f for f in named if f in free), None)
        return proposal, reading.confidence, evidence, free
    field_name = reading.field
    if field_name == "available_from" and "available_from" in taken:
        field_name = "cleared_from"
    if field_name is None or field_name in taken:
        return None, 0.0, (), ()
    return field_name, reading.confidence, evidence, ()


def infer_columns(layout: SheetLayout, rows: Sequence[tuple[int, Row]],
                  ctx: ParseContext) -> SheetLayout:
    """``layout`` with every column's confidence, evidence and (for the columns its
    headers did not name) the field its header's words and cells give or propose."""
    kind = layout.kind
    if kind is None:
        return layout
    sample = sample_rows(rows)
    parsers = parsers_for(kind, ctx)
    columns = {c.index: c for c in layout.columns}
    width = max((len(r) for r in sample), default=0)
    for index in range(width):
        if index not in columns and any(index < len(r) and r[index] is not None for r in sample):
            columns[index] = ColumnMatch(index, "", None, "ignored")
    contents = {i: read_content([r[i] if i < len(r) else None for r in sample], kind, parsers,
                                ctx) for i in columns}
    taken = {base_field(c.field) for c in columns.values() if c.field} | {
        c.field for c in columns.values() if c.field}
    out: dict[int, ColumnMatch] = {}
    candidates: list[_Candidate] = []
    refusals: dict[int, _Candidate] = {}
    for index, column in columns.items():
        content = contents[index]
        if column.field is not None:
            out[index] = _confirmed(column, content)
            continue
        other = other_meaning(column.header, kind)
        column = replace(column, looks_like=content.looks_like, other=other)
        out[index] = column
        if column.decided or column.how == "duplicate" or other is not None:
            continue
        found, refused = _header_candidates(column, content, kind)
        candidates += found
        if refused is not None:
            refusals[index] = refused
    # A column whose header's words name two fields its cells allow equally is the
    # officer's to decide ("Special Needs": medical or needs shelter).
    by_column: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        by_column.setdefault(candidate.column, []).append(candidate)
    for index, found in by_column.items():
        found.sort(key=lambda c: -c.confidence)
        if len(found) > 1 and found[0].confidence - found[1].confidence < TIE_MARGIN:
            candidates = [c for c in candidates if c.column != index]
            out[index] = replace(out[index], proposal=found[0].field,
                                 choices=tuple(c.field for c in found),
                                 confidence=found[0].confidence, evidence=(
                                     *found[0].evidence,
                                     Reason("header_tie", {"field": found[1].field})))
    # The surest first: a field goes to one column only.
    for candidate in sorted(candidates, key=lambda c: -c.confidence):
        column = out[candidate.column]
        if column.field is not None or candidate.field in taken:
            continue
        out[candidate.column] = replace(column, field=candidate.field, how="inferred",
                                        confidence=candidate.confidence,
                                        evidence=candidate.evidence)
        taken |= {candidate.field, base_field(candidate.field)}
    if kind is SheetKind.PERSONS:
        _from_cells(out, contents, taken, refusals)
    missing = {f for f in KINDS[kind].required if f not in taken}
    for index, column in out.items():
        wanted = {f for f in (column.proposal, *column.choices) if f and f not in taken
                  and (f in MUST_DECIDE or f in missing)}
        if column.field is None and not column.decided and column.other is None and wanted:
            out[index] = replace(column, undecided=True)
    ordered = [out[i] for i in sorted(out)]
    return replace(layout, columns=ordered)


def _confirmed(column: ColumnMatch, content: ColumnContent) -> ColumnMatch:
    """A mapped column with the confidence its cells give it."""
    assert column.field is not None
    if column.how == "inferred":
        return column
    fit = content.fit(column.field)
    code = {"recognised": "header_listed", "mapping": "mapping_names_it",
            "remembered": "remembered_names_it"}.get(column.how)
    evidence: tuple[Reason, ...] = () if code is None else (Reason(code),)
    if code is not None and content.filled and fit < FIT_SHARE:
        evidence = (Reason("few_cells_fit", {"how": Reason(code).as_json(),
                                             "percent": _percent(fit),
                                             "field": column.field}),)
    return replace(column, confidence=round(fit, 2) if column.how == "recognised" else 1.0,
                   evidence=evidence, looks_like=content.looks_like if content.filled else None)


def _from_cells(out: dict[int, ColumnMatch], contents: dict[int, ColumnContent],
                taken: set[str], refusals: dict[int, _Candidate]) -> None:
    """Fields for the columns still unmapped, from their cells alone."""
    ranked = sorted((i for i, c in out.items() if c.field is None and not c.decided
                     and c.how != "duplicate" and c.other is None and not c.choices),
                    key=lambda i: -contents[i].best_confidence)
    for index in ranked:
        column = out[index]
        content = contents[index]
        proposal, confidence, evidence, choices = _cell_proposal(column, content, taken)
        if proposal is not None and content.fit(proposal) < PROPOSE_SHARE:
            # What the cells look like is not what the field's parser reads.
            proposal, confidence, evidence = None, 0.0, ()
        given_by = _given_by(out, content) if proposal is None and not choices else None
        if given_by is not None:
            # 'Batch 1' runs look like a household, but column H is the household.
            evidence = (given_by,)
        refused = refusals.get(index)
        if refused is not None and refused.field not in taken and (
                proposal is None or confidence < 0.7) and not choices and \
                content.fit(refused.field) >= PROPOSE_SHARE:
            # The header names a field its parser reads in most cells, not enough to apply
            # it: propose it all the same, so that a field that matters stops the import
            # rather than go missing.
            proposal, confidence, evidence = refused.field, refused.confidence, refused.evidence
        elif refused is not None and proposal is None and not choices:
            # A field the parser rejects in most cells is not proposed ("Arrival batch"
            # holding 'Batch 1' is no date): the column's note says so.
            evidence = (Reason("header_field_unread", {
                "field": refused.field, "percent": _percent(content.fit(refused.field))}),
                *evidence)
        elif refused is not None:
            # The refusal says what the cells hold already ("..., but its cells hold sex
            # words"): said once, not again after it.
            cells = [r.facts.get("cells") for r in refused.evidence]
            evidence = (*refused.evidence, *(r for r in evidence if not (
                r.code == "cells_hold" and r.as_json() in cells)))
        if proposal is not None and not choices and proposal in FROM_CELLS_ALONE and \
                confidence >= FROM_CELLS_CONFIDENCE and \
                content.fit(proposal) >= FIT_SHARE:
            out[index] = replace(column, field=proposal, how="inferred",
                                 confidence=round(confidence, 2), evidence=evidence)
            taken.add(proposal)
            continue
        out[index] = replace(column, proposal=proposal, choices=choices,
                             confidence=round(confidence, 2) if proposal or choices else None,
                             evidence=evidence)


def _given_by(out: dict[int, ColumnMatch], content: ColumnContent) -> Reason | None:
    """Why cells that look like a field are not proposed it: another column gives it."""
    reading = content.best
    if reading is None or reading.field is None or reading.flag:
        return None
    other = next((c for c in out.values() if c.field is not None
                  and base_field(c.field) == reading.field), None)
    if other is None:
        return None
    return Reason("field_given_by", {"field": reading.field, "letter": other.letter})
