"""The form checks' problems as codes with facts (issue 15): every code a check gives has
one template (found by reading the checks, so a code without words fails here), every
template is translated with the same facts and renders whole in English and Indonesian,
counts take their number, and the message of a form that cannot be saved names each field
by its label."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from planner.records import field_rules
from planner.records.field_rules import FieldIssue, ValidationError
from planner.words.catalogue import TRANSLATIONS_DIR, catalogue_words, read_ts
from planner.words.form_templates import FORM_PREFIX, FORM_PROBLEMS
from planner.words.render import ENGLISH, placeholders

ROOT = Path(__file__).resolve().parent.parent
INDONESIAN = catalogue_words("id")
#: Where form problems are made: the checks, the services that check whole records, and
#: the desktop's date fields.
CHECKS = ("planner/records/field_rules.py", "planner/records/editing.py",
          "planner/records/settings.py", "planner/departure/call_list.py",
          "ui/widgets/date_fields.py")
#: Facts of every kind a form template reads, as the checks give them.
FACTS = {"max": 40, "min": "1900-01-01", "choices": "M, F", "other": "open_from",
         "character": "U+0000", "days": 28, "day": 31, "month": 13}


def _codes_given() -> set[str]:
    """``FieldProblem("code")``, ``FieldIssue("code")`` and ``checker.add(name, "code")``."""
    codes: set[str] = set()
    for path in CHECKS:
        for node in ast.walk(ast.parse((ROOT / path).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            position = {"FieldProblem": 0, "FieldIssue": 0, "add": 1}.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                codes.add(argument.value)
    return codes


def test_every_code_a_check_gives_has_a_template() -> None:
    given = _codes_given()
    assert {"required", "too_long", "bad_date", "duplicate", "before", "ages_order",
            "control_character", "bad_reference_code"} <= given
    templated = {code.removeprefix(FORM_PREFIX) for code in FORM_PROBLEMS}
    assert given <= templated, given - templated


def test_every_form_template_is_translated_with_the_same_facts() -> None:
    catalogue = {source: text for (context, source, comment), text
                 in read_ts(TRANSLATIONS_DIR / "evacplan_id.ts").items()
                 if not context and not comment}
    for entry in FORM_PROBLEMS.values():
        for template in entry.templates():
            for source in template.sentences():
                assert source in catalogue, f"not translated: {source!r}"
                assert placeholders(catalogue[source]) == placeholders(source), source


@pytest.mark.parametrize("code", sorted(FORM_PROBLEMS))
def test_every_code_renders_whole_in_both_languages(code: str) -> None:
    issue = FieldIssue(code.removeprefix(FORM_PREFIX), FACTS)
    english, indonesian = issue.text(), issue.text(INDONESIAN)
    for text in (english, indonesian):
        assert text and "?" not in text and "{" not in text, (code, text)
    assert english != indonesian, f"{code} is not translated: {english!r}"


def test_counts_dates_and_fields_take_their_form() -> None:
    assert FieldIssue("too_long", {"max": 1}).text() == "At most 1 character."
    assert FieldIssue("too_long", {"max": 10_000}).text() == "At most 10,000 characters."
    assert FieldIssue("too_long", {"max": 10_000}).text(INDONESIAN) == \
        "Paling banyak 10.000 karakter."
    early = FieldIssue("too_early", {"min": dt.date(1900, 1, 1).isoformat()})
    assert early.text() == "Not before 1 Jan 1900."
    assert early.text(INDONESIAN) == "Tidak sebelum 1 Jan 1900."
    before = FieldIssue("before", {"other": "open_from"})
    assert before.text() == "Cannot be before Open from."
    assert before.text(INDONESIAN) == "Tidak boleh sebelum Buka mulai."


def test_a_check_s_problem_reads_in_both_languages() -> None:
    with pytest.raises(field_rules.FieldProblem) as caught:
        field_rules.text("x" * 41, 40)
    assert caught.value.problem.text(ENGLISH) == "At most 40 characters."
    assert caught.value.problem.text(INDONESIAN) == "Paling banyak 40 karakter."


def test_a_form_that_cannot_be_saved_names_each_field_by_its_label() -> None:
    error = ValidationError("person", {"full_name": FieldIssue("required"),
                                       "notes": FieldIssue("control_character",
                                                           {"character": "U+0007"})})
    assert str(error) == ("The person cannot be saved. Full name: Required. "
                          "Notes: Delete the hidden U+0007.")
