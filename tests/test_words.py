"""Reasons as codes with facts (issue 15): one template per code, one renderer per language.

Every code the planner gives has its template (found by reading the producers, so a new
code without words fails here), every template is translated with the same facts, any
facts render in English and Indonesian with nouns in the right number (names with commas,
quotes and braces shown as they are), the age of a minor and the month names come from
the facts and the language, never from the process's locale, and nothing reads a
sentence back.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from planner import demo
from planner.db import Operation
from planner.db.models import Plan, PlanHousehold
from planner.departure.revisions import _LEFT
from planner.export.plan_reader import read_manifests
from planner.planning import service
from planner.planning.overview import read_overview
from planner.planning.reading import plan_json
from planner.words.catalogue import TRANSLATIONS_DIR, catalogue_words, read_ts
from planner.words.render import (
    ALL_TEMPLATES,
    ENGLISH,
    LIST_LIMIT,
    counted,
    placeholders,
    render,
    stored_reason,
)
from planner.words.templates import (
    LIST_MORE,
    LIST_OR,
    MONTH_DATES,
    NOUNS,
    TEMPLATES,
    VALUE_WORDS,
    Template,
)
from solvers.explain import ACTION_ORDER, PlanUsage, explain_overflow, explain_unflown
from solvers.problem import PinSpec, ShelterSpec
from solvers.reasons import Reason
from solvers.rules.pins import screen
from solvers.solution import Assignment
from tests.test_solver_rules import flight, person, problem

ROOT = Path(__file__).resolve().parent.parent
INDONESIAN = catalogue_words("id")
PRODUCERS = ("solvers/explain.py", "solvers/solve.py", "solvers/rules/pins.py",
             "solvers/rules/shelter_fit.py", "planner/departure/closing.py",
             "planner/departure/standby.py")


# --- every code has one template, translated ----------------------------------------------
def _codes_written(path: str) -> set[str]:
    """``Reason("code", ...)``, ``{"code": "..."}`` and ``code = "..."`` in a module."""
    codes = set()
    for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Reason" \
                and node.args and isinstance(node.args[0], ast.Constant):
            codes.add(node.args[0].value)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "code" \
                        and isinstance(value, ast.Constant):
                    codes.add(value.value)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and any(
                isinstance(t, ast.Name) and t.id == "code" for t in node.targets):
            codes.add(node.value.value)
    return codes


def test_every_code_the_planner_gives_has_one_template() -> None:
    given_codes = set(ACTION_ORDER).union(*(_codes_written(p) for p in PRODUCERS))
    moves = {f"move_{c}" for c in _codes_written("planner/planning/insights.py")}
    # Why a manifest revision added or removed a passenger: the codes of close (no_show,
    # standby), of a new plan (replanned, left) and the statuses of a person who left.
    moves |= {f"change_{c}" for c in ("no_show", "standby", "replanned", "left", *_LEFT)}
    assert {"flights_full", "pin_conflict", "shelters_full", "flight_not_flying",
            "shelter_men_only"} <= given_codes
    assert {"move_moved", "move_lost_seat"} <= moves
    # No code without words, and no words for a code nobody gives.
    assert given_codes | moves == set(TEMPLATES), (given_codes | moves) ^ set(TEMPLATES)


def _all_sources() -> list[str]:
    sources = [s for entry in TEMPLATES.values() for t in entry.templates()
               for s in t.sentences()]
    sources += [s for pair in NOUNS.values() for s in pair]
    sources += [w for table in VALUE_WORDS.values() for w in table.values()]
    return [*sources, *MONTH_DATES, LIST_MORE, LIST_OR]


def test_every_template_is_translated_with_the_same_facts() -> None:
    catalogue = {source: text for (context, source, comment), text
                 in read_ts(TRANSLATIONS_DIR / "evacplan_id.ts").items()
                 if not context and not comment}
    for source in _all_sources():
        assert source in catalogue, f"not translated: {source!r}"
        assert placeholders(catalogue[source]) == placeholders(source), source


# --- any facts, both languages ----------------------------------------------------------------
NAMES = st.one_of(
    st.sampled_from(["Rumah Aman, Jakarta", 'Wisma "Melati"', "Aula {KBRI}", "O'Neil; B",
                     "QZ 8205 2026-03-05", "C-000042", "1"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=16))
COUNTS = st.integers(min_value=0, max_value=20_000)
DATES = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)


_PIN_CLAUSES = sorted(c for c in TEMPLATES if c not in ACTION_ORDER and not c.startswith(
    ("move_", "change_", "shelter", "no_shelter", "no_fitting", "pins_", "no_show")))
_MISFITS = ["shelter_women_children", "shelter_men_only", "shelter_no_medical_care"]
_LISTS = ("flights", "persons", "destinations", "shelters", "accepted")
_COUNTS = ("minor_age", "infants", "adults", "seats", "medical", "competing_persons",
           "newcomers", "newcomer_weight", "weight", "persons_weighed", "capacity", "need",
           "beds", "pin_id", "age", "reference_plan", "against", "misfits_more", "days",
           "shelters_more", "full_more", "needed", "free", "rule")
_FLAGS = ("all_flights", "cleared", "higher_priority")
_DATES = ("start", "cleared_from", "last_flight", "ready", "after", "slot_date",
          "departure", "earliest", "night", "first", "last", "departs")
_TEXTS = ("subject", "target", "flight", "shelter", "case_no", "airport", "before", "no_show",
          "destination")


@st.composite
def _facts(draw: st.DrawFn, depth: int = 1) -> dict[str, Any]:
    """Facts under every name a template reads, each of its kind (a few values drawn and
    spread over the names, so that an example stays cheap)."""
    names = draw(st.lists(NAMES, min_size=1, max_size=7))
    counts = draw(st.lists(COUNTS, min_size=3, max_size=3))
    days = draw(st.lists(DATES, min_size=2, max_size=2))
    facts: dict[str, Any] = {}
    for i, name in enumerate(_LISTS):
        facts[name] = names[i % len(names):] or names
    for i, name in enumerate(_COUNTS):
        facts[name] = counts[i % 3]
    for i, name in enumerate(_FLAGS):
        facts[name] = bool((counts[0] + i) % 2)
    for i, name in enumerate(_DATES):
        facts[name] = days[i % 2]
    for i, name in enumerate(_TEXTS):
        facts[name] = names[i % len(names)]
    facts["after"] = draw(st.sampled_from([days[0], names[0], None]))
    facts["kind"] = draw(st.sampled_from(sorted(VALUE_WORDS["pin_kind"])))
    facts["status"] = facts["before_status"] = draw(
        st.sampled_from(sorted(VALUE_WORDS["flight_status"])))
    facts["subject_kind"] = draw(st.sampled_from(["household", "person"]))
    if depth > 0:
        def nested(codes: list[str]) -> dict[str, Any]:
            return {**draw(_facts(depth - 1)), "code": draw(st.sampled_from(codes))}
        facts["why"] = nested(_PIN_CLAUSES)
        facts["reason"] = draw(st.sampled_from([None, nested(list(ACTION_ORDER))]))
        facts["misfits"] = [nested(_MISFITS) for _ in range(draw(st.integers(1, 5)))]
        facts["full"] = [nested(["shelter_full_on"]) for _ in range(draw(st.integers(1, 5)))]
    return facts


FACT_NAMES = {*_LISTS, *_COUNTS, *_FLAGS, *_DATES, *_TEXTS, "kind", "status",
              "before_status", "subject_kind", "why", "reason", "misfits", "full"}


def test_every_fact_a_template_reads_has_a_kind_in_these_tests() -> None:
    read = {name for entry in TEMPLATES.values() for t in entry.templates()
            for s in t.sentences() for name in placeholders(s)}
    assert read <= FACT_NAMES, read - FACT_NAMES


def _chosen(data: dict[str, Any]) -> Template:
    return TEMPLATES[data["code"]].pick(data)


def _strings(value: Any, whole: bool = False) -> list[str]:
    """The text a fact shows as it is (names, keys), nested reasons' included; a list's
    first LIST_LIMIT items, or all of them when the template shows it whole (``whole``:
    alternatives joined by "or", lists the template names as whole)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in (value if whole else value[:LIST_LIMIT]) for s in _strings(item)]
    if isinstance(value, dict):
        template = _chosen(value)
        return [s for name in placeholders(template.one) if name not in template.dates
                and name not in template.words
                for s in _strings(value.get(name), _shown_whole(template, name))]
    return []


def _shown_whole(template: Template, name: str) -> bool:
    return name in template.alternatives or name in template.whole


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(code=st.sampled_from(sorted(TEMPLATES)), facts=_facts())
def test_any_facts_render_in_both_languages(code: str, facts: dict[str, Any]) -> None:
    data = {**facts, "code": code}
    template = _chosen(data)
    for words in (ENGLISH, INDONESIAN):
        text = render(data, words)
        assert text and text == render(json.loads(json.dumps(data)), words)
        shown = [s for name in placeholders(template.one) if name not in template.dates
                 and name not in template.words and name not in template.nouns
                 for s in _strings(facts.get(name), _shown_whole(template, name))]
        # A date's place given text that is not a date shows that text as it is.
        undated = [v for name in template.dates if isinstance(v := facts.get(name), str)
                   and not _is_iso_date(v)]
        residue = text
        for value in sorted(undated, key=len, reverse=True):
            residue = residue.replace(value, "")
        for value in sorted(shown, key=len, reverse=True):
            assert value in text, (code, value, text)
            residue = residue.replace(value, "")
        assert "{" not in residue and "}" not in residue, (code, text)
        for name, noun in template.nouns.items():
            value = facts[name]
            assert counted(noun, len(value) if isinstance(value, list) else value,
                           words) in text, (code, name, text)


def test_nouns_and_verbs_follow_the_count() -> None:
    assert [counted("seat", n) for n in (0, 1, 2, 1500)] == ["0 seats", "1 seat", "2 seats",
                                                            "1,500 seats"]
    assert counted("seat", 1500, INDONESIAN) == "1.500 kursi"
    one = {"code": "flights_full", "flights": ["QZ 1 2026-03-05"], "competing_persons": 1}
    two = {**one, "flights": ["QZ 1 2026-03-05", "QZ 2 2026-03-06"], "competing_persons": 2}
    assert render(one) == "QZ 1 2026-03-05 is full in this plan, carrying 1 person."
    assert render(two) == ("QZ 1 2026-03-05, QZ 2 2026-03-06 are full in this plan, carrying "
                           "2 persons.")
    assert render(two, INDONESIAN) == ("QZ 1 2026-03-05, QZ 2 2026-03-06 sudah penuh dalam "
                                       "rencana ini, membawa 2 orang.")
    many = {**one, "flights": [f"QZ {n} 2026-03-05" for n in range(7)]}
    assert render(many).startswith("QZ 0 2026-03-05, QZ 1 2026-03-05, QZ 2 2026-03-05, "
                                   "QZ 3 2026-03-05 and 3 more are full")
    assert " dan 3 lainnya " in render(many, INDONESIAN)


def test_a_reason_stored_before_codes_is_shown_as_stored() -> None:
    old = {"code": "flights_full", "flights": ["QZ 1"], "text": "All 1 flight(s) are full."}
    assert render(old) == render(old, INDONESIAN) == "All 1 flight(s) are full."
    assert stored_reason(None, "No shelter takes this household: A, B.") == {
        "code": "", "text": "No shelter takes this household: A, B."}
    assert stored_reason({"code": "no_shelter", "first": "2026-03-02"}, "ignored")["code"] \
        == "no_shelter"
    assert stored_reason(None, None) is None
    assert render({"code": "a_code_of_the_future", "x": 1}) == "a_code_of_the_future"


# --- the planner's own reasons ----------------------------------------------------------------
def test_a_shelter_named_with_a_comma_is_one_shelter() -> None:
    name = "Rumah Aman, Jakarta"
    prob = problem([person(1, 1, sex="F")], [],
                   shelters=(ShelterSpec(id=1, name=name, beds=10, accepts="men",
                                         medical_care=True),))
    overflow = explain_overflow(prob, Assignment())
    _nights, why = overflow[1]
    stored = json.loads(json.dumps(why))
    assert stored["code"] == "no_fitting_shelter"
    assert [m["shelter"] for m in stored["misfits"]] == [name]
    assert render(stored) == f"No shelter takes this household: {name} takes only men."
    assert render(stored, INDONESIAN).count(name) == 1


def test_the_age_of_a_minor_follows_the_setting() -> None:
    """Settings make adults 21+: a 19-year-old is no lap for an infant, and every sentence
    says 21, never a hard-coded 18."""
    family = [person(1, 1, age=19), person(2, 1, age=0)]
    prob = dataclasses.replace(problem(family, [flight(1, 2)],
                                       pins=(PinSpec(1, "flight", 1, 1),)), minor_age=21)
    reasons = explain_unflown(prob, Assignment(), [])[1]
    assert reasons[0]["code"] == "infant_without_adult" and reasons[0]["minor_age"] == 21
    assert "aged 21 or over" in render(reasons[0])
    assert "21 tahun ke atas" in render(reasons[0], INDONESIAN)
    conflict = screen(prob).conflicts[0]
    assert conflict["why"] == {"code": "infant_without_lap", "infants": 1, "adults": 0,
                               "minor_age": 21}
    assert render(conflict).endswith("an infant would travel without a member aged 21 or "
                                     "over.")


_LOCALE_SCRIPT = """
import datetime as dt, locale, sys
locale.setlocale(locale.LC_ALL, "")
assert dt.date(2026, 8, 5).strftime("%b") != "Aug", "the locale did not take"
from planner.words.render import render
from solvers.rules.pins import screen
from tests.test_solver_rules import S, flight, person, problem, slot
from solvers.problem import PinSpec
late = person(1, 1, doc=True, available=dt.date(2026, 8, 5))
prob = problem([late], [flight(1, 200)], slots=(slot(1, 1),),
               pins=(PinSpec(1, "slot", 1, 1),))
conflict = screen(prob).conflicts[0]
print(conflict["why"]["ready"])
print(render(conflict))
"""


@pytest.mark.skipif(shutil.which("localedef") is None or
                    not Path("/usr/share/i18n/locales/id_ID").exists(),
                    reason="needs localedef and the id_ID locale source to make a locale")
def test_month_names_do_not_follow_the_locale(tmp_path: Path) -> None:
    """Under an Indonesian C locale (``%b`` of August is "Agu") the planner still writes
    its facts as ISO dates and its English as "5 Aug 2026"."""
    made = subprocess.run(["localedef", "-i", "id_ID", "-f", "UTF-8",
                           str(tmp_path / "id_ID.UTF-8")], capture_output=True, check=False)
    assert (tmp_path / "id_ID.UTF-8").exists(), made.stderr
    env = {**os.environ, "LOCPATH": str(tmp_path), "LC_ALL": "id_ID.UTF-8",
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", _LOCALE_SCRIPT], capture_output=True,
                            text=True, env=env, cwd=ROOT, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    iso, sentence = result.stdout.splitlines()
    assert iso == "2026-08-05"
    assert sentence.endswith("before the person is available on 5 Aug 2026.")
    assert "Agu" not in sentence


def test_no_regular_expression_reads_a_sentence_back() -> None:
    for path in ("ui/messages.py", "solvers/explain.py", "solvers/rules/pins.py",
                 "planner/words/render.py", "planner/words/templates.py",
                 "planner/planning/insights.py"):
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree)
                    if isinstance(node, (ast.Import, ast.ImportFrom))
                    for alias in node.names} | {
            node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "re" not in imported, path


def test_a_plan_s_reasons_render_from_their_facts_alone() -> None:
    """No reason the planner stores carries a sentence: each is its code and facts."""
    prob = problem([person(1, 1, dest=("KNO",)), person(2, 2, medical=True)],
                   [flight(1, 2, medical=0)])
    plan = Assignment()
    for reasons in explain_unflown(prob, plan, [], PlanUsage.of(prob, plan)).values():
        for reason in reasons:
            assert "text" not in reason and reason["code"] in TEMPLATES
            assert render(Reason.of(reason)) == render(reason)


def test_close_and_manifest_changes_are_codes_too() -> None:
    """A no-show's reason and a manifest revision's why (SPEC 8.4, 8.5) come from the
    templates: the change sheet words the stored code, an unknown one stays as it is."""
    from planner.export.layout import change_why

    assert change_why("no_show") == "did not check in (no-show)"
    assert change_why("standby") == "standby, given a freed seat at close"
    assert change_why("something_new") == "something_new"
    reason = {"code": "no_show", "flight": "QZ 1 2026-03-05", "date": "2026-03-05"}
    assert render(reason) == "Did not check in for QZ 1 2026-03-05; planned again."
    assert render(reason, INDONESIAN).startswith("Tidak melapor")


def test_a_plan_stored_before_reasons_were_codes_shows_its_sentences_as_stored(
        sqlite_operation: Operation) -> None:
    """A plan stored by an older version (English sentences under "text", the overflow
    reason in overflow_reason) reads back as it was stored: the JSON of solve, the Results
    screen's overview and the manifests show the same sentences, nothing read back."""
    operation = sqlite_operation
    with operation.session() as session:
        demo.create(session, 60, seed=2)
    plan_id = service.solve_and_store(operation, service.PlanningOptions(time_limit=10))
    assert plan_id is not None
    old_reason = {"code": "flights_full", "flights": ["XX"], "text": "All 1 flight(s) full."}
    old_conflict = {"code": "pin_conflict", "pin_id": 9, "text": "The pin of household H-1 to "
                    "flight QZ 1 was released: the flight is cancelled."}
    with operation.session() as session:
        plan = session.get(Plan, plan_id)
        plan.conflicts = [old_conflict]
        rows = list(session.scalars(select(PlanHousehold).where(
            PlanHousehold.plan_id == plan_id)))
        unflown = next(r for r in rows if r.flight_id is None)
        unflown.reasons = [old_reason]
        unsheltered = next(r for r in rows if r.shelter_id is None)
        unsheltered.overflow_person_nights = 3
        unsheltered.overflow_why = None
        unsheltered.overflow_reason = "No shelter takes this household: A, B and 1 more."
        household_id, overflow_id = unflown.household_id, unsheltered.household_id
    with operation.session() as session:
        document = plan_json(session, plan_id)
        manifests = read_manifests(session, plan_id)
    line = next(h for h in document["households"] if h["reasons"] == [old_reason])
    assert line["reasons"][0]["text"] == "All 1 flight(s) full."
    assert document["conflicts"] == [old_conflict]
    assert "All 1 flight(s) full." in {r for u in manifests.unassigned for r in u.reasons}
    assert "No shelter takes this household: A, B and 1 more." in {
        o.reason for o in manifests.overflow}
    assert manifests.conflicts == (old_conflict["text"],)
    with operation.session() as session:
        overview = read_overview(session, plan_id)
    lines = {h.household_id: h for h in overview.households}
    assert lines[household_id].reasons == (old_reason,)
    assert lines[overflow_id].overflow_why == {
        "code": "", "text": "No shelter takes this household: A, B and 1 more."}
    assert render(lines[overflow_id].overflow_why, INDONESIAN) == \
        "No shelter takes this household: A, B and 1 more."


def test_text_in_a_dates_place_is_shown_as_it_is() -> None:
    """The case hypothesis found rarely: a name with braces given where a date goes."""
    data = {"code": "no_document_slot", "persons": ["C-1"], "flights": ["QZ 1"],
            "destinations": ["CGK"], "after": "Aula {KBRI}", "all_flights": True}
    for words in (ENGLISH, INDONESIAN):
        assert "Aula {KBRI}" in render(data, words)


def test_alternatives_longer_than_the_list_limit_are_shown_whole() -> None:
    places = [f"Kota {i}" for i in range(LIST_LIMIT + 2)]
    data = {"code": "no_document_slot", "all_flights": True, "persons": ["Ani"],
            "destinations": places, "after": "2026-03-01"}
    for words in (ENGLISH, INDONESIAN):
        text = render(data, words)
        assert all(place in text for place in places), text



def test_no_template_reads_a_fact_named_text() -> None:
    # "text" holds a sentence stored before reasons were codes, which render shows as it
    # was: a template reading {text} showed only its fact (a wrongly written flight printed
    # "evacplan: QG 437").
    readers = sorted(code for code, entry in ALL_TEMPLATES.items() for t in entry.templates()
                     for s in t.sentences() if "text" in placeholders(s))
    assert readers == []
    for words in (ENGLISH, INDONESIAN):
        text = render({"code": "flight_key_wrong", "given": "QG 437"}, words)
        assert "'QG 437'" in text and "2026-02-03" in text, text
