"""The validator's findings as codes with facts (issue 15): every code solvers/validate.py
gives has one template, translated with the same facts; a broken rule reads in English and
Indonesian, counts in the right number; violations compare as values (a close compares the
rules a trial breaks with those already broken)."""

from __future__ import annotations

import ast
from pathlib import Path

from planner.words.catalogue import TRANSLATIONS_DIR, catalogue_words, read_ts
from planner.words.render import placeholders, violation_text
from planner.words.violation_templates import RULE_WORDS, VIOLATIONS
from solvers.solution import Assignment
from solvers.validate import Violation, _broken, validate
from tests.test_solver_rules import flight, person, problem

ROOT = Path(__file__).resolve().parent.parent
INDONESIAN = catalogue_words("id")


def test_every_code_the_validator_gives_has_a_template_and_no_other() -> None:
    tree = ast.parse((ROOT / "solvers" / "validate.py").read_text(encoding="utf-8"))
    given = {node.args[1].value for node in ast.walk(tree) if isinstance(node, ast.Call)
             and getattr(node.func, "id", None) == "_broken"
             and isinstance(node.args[1], ast.Constant)}
    assert len(given) >= 20
    assert given == VIOLATIONS.keys(), given ^ VIOLATIONS.keys()


def test_every_violation_template_is_translated_with_the_same_facts() -> None:
    catalogue = {source: text for (context, source, comment), text
                 in read_ts(TRANSLATIONS_DIR / "evacplan_id.ts").items() if not context}
    sources = [s for entry in VIOLATIONS.values() for t in entry.templates()
               for s in t.sentences()] + list(RULE_WORDS.values())
    for source in sources:
        assert source in catalogue, f"not translated: {source!r}"
        assert placeholders(catalogue[source]) == placeholders(source), source


def test_a_broken_seat_rule_reads_in_both_languages() -> None:
    one = problem([person(1, 1, age=0), person(2, 1, age=0), person(3, 1)], [flight(1, 2)])
    [broken] = validate(one, Assignment(flight_of={1: 1}))
    assert broken.rule == "rule 2" and broken.code == "broken_laps"
    english = violation_text(broken)
    assert english.startswith("rule 2: household ") and \
        "flies 2 infants with 1 member aged 18 or over on" in english, english
    indonesian = violation_text(broken, INDONESIAN)
    assert indonesian.startswith("aturan 2: keluarga ") and "2 bayi" in indonesian, indonesian


def test_violations_compare_as_values() -> None:
    first = _broken(8, "broken_beds", shelter="A", persons=3, beds=2, night="2026-03-05")
    again = _broken(8, "broken_beds", shelter="A", persons=3, beds=2, night="2026-03-05")
    assert first == again and len({first, again}) == 1
    assert isinstance(first, Violation) and str(first).startswith("rule 8: broken_beds (")
    assert violation_text(first) == "rule 8: A has 3 persons for 2 beds on the night of 5 Mar 2026"
    assert violation_text(first, INDONESIAN) == (
        "aturan 8: A berisi 3 orang untuk 2 tempat tidur pada malam 5 Mar 2026")
