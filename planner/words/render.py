"""Reasons in words: one function, ``render``, for every language.

A language is a ``Words``: how it translates a template (English: as written; the desktop:
Qt Linguist's ``tr``; the command line: the same ``.ts`` catalogue read by
:mod:`planner.words.catalogue`) and how it writes a number. ``render`` picks the code's
template (and its plural form), formats each fact by its kind (dates without the locale,
lists cut after a few items, counted nouns in the right number, nested reasons rendered
in turn) and fills the translated template. A fact the template needs and the reason
lacks shows as "?", an unknown code as the code itself: a stored plan never fails to show.

Reasons stored before they were codes with facts carry their English sentence under
``text``: that sentence is shown as it was stored (see docs/decisions.md, "Reasons as
codes with facts").
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planner.fields import find as find_field
from planner.words.command_templates import COMMAND_TEMPLATES, COMMAND_VALUE_WORDS
from planner.words.error_templates import ERRORS
from planner.words.form_templates import FORM_PROBLEMS
from planner.words.import_templates import FIELD_PARTS, IMPORT_TEMPLATES, IMPORT_VALUE_WORDS
from planner.words.templates import (
    DESKTOP,
    LIST_MORE,
    LIST_OR,
    MONTH_DATES,
    NOUNS,
    TEMPLATES,
    VALUE_WORDS,
    Entry,
    Template,
    count_of,
)
from planner.words.violation_templates import RULE_WORDS, VIOLATIONS
from solvers.reasons import Reason
from solvers.validate import Violation

#: Items a list shows before "and N more".
LIST_LIMIT = 4
#: Every code's template: the planner's reasons, the import's sentences, the validator's
#: findings, the form checks' problems, the command line's lines and the errors.
_FAMILIES = (TEMPLATES, IMPORT_TEMPLATES, VIOLATIONS, FORM_PROBLEMS, COMMAND_TEMPLATES, ERRORS)
ALL_TEMPLATES: dict[str, Entry] = {code: entry for family in _FAMILIES
                                   for code, entry in family.items()}
assert len(ALL_TEMPLATES) == sum(map(len, _FAMILIES)), "a code is in two families"
ALL_VALUE_WORDS: dict[str, dict[str, str]] = {**VALUE_WORDS, **IMPORT_VALUE_WORDS,
                                              **COMMAND_VALUE_WORDS}
assert len(ALL_VALUE_WORDS) == len(VALUE_WORDS) + len(IMPORT_VALUE_WORDS) + len(
    COMMAND_VALUE_WORDS), "a table of value words is in two families"
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Words:
    """A language: how it translates a template and writes a whole number; ``desktop``
    when the words are the desktop program's, whose sentences name its own controls
    ("the Time limit on the Plan screen") where the command line's name its options
    (``--time-limit``): a template with a ``desktop`` variant (``DESKTOP``) says it so."""

    translate: Callable[[str], str]
    number: Callable[[int], str]
    desktop: bool = False


def _english_number(value: int) -> str:
    return f"{value:,}"


ENGLISH = Words(lambda text: text, _english_number)


def decimal_text(value: float, words: Words = ENGLISH, places: int = 2) -> str:
    """A number with ``places`` decimals in the language's way ("0.93", Indonesian
    "0,93"; "1,234.50", "1.234,50"): the whole part by ``words.number``, the decimal mark
    the one its thousands separator is not."""
    text = f"{abs(value):.{places}f}"
    whole, _, fraction = text.partition(".")
    mark = "," if words.number(1000)[1:2] == "." else "."
    sign = "-" if value < 0 and float(text) != 0 else ""
    return sign + words.number(int(whole)) + (mark + fraction if fraction else "")


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{fields}``."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def date_text(value: Any, words: Words = ENGLISH) -> str:
    """An ISO date ("2026-03-05") as "5 Mar 2026" in the language's own month names,
    whatever the process's locale; text that is no date is shown as it is."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return words.translate(MONTH_DATES[value.month - 1]).format(day=value.day,
                                                                 year=value.year)


def day_month_text(value: dt.date, words: Words = ENGLISH) -> str:
    """A day of a chart's axis or a short list, without its year: "5 Mar" ("5 Agu"), the
    month as :func:`date_text` names it."""
    return words.translate(MONTH_DATES[value.month - 1]).format(day=value.day, year="").strip()


def counted(noun: str, count: int, words: Words = ENGLISH) -> str:
    """"1 seat", "3 seats": a noun of ``NOUNS`` with its count, in the right number."""
    one, many = NOUNS[noun]
    return words.translate(one if count == 1 else many).format(count=words.number(count))


def listed(items: Sequence[str], words: Words = ENGLISH, more: int = 0,
           limit: int = LIST_LIMIT) -> str:
    """Items joined by commas, the rest counted ("A, B, C, D and 3 more")."""
    shown = ", ".join(items[:limit])
    rest = max(len(items) - limit, 0) + more
    if rest:
        return words.translate(LIST_MORE).format(shown=shown, count=words.number(rest))
    return shown


def field_words(name: str, words: Words = ENGLISH) -> str:
    """A field (``full_name``, a mapping target ``departs_at@date``) by its label in the
    language (the registry's label; the name in words for a name it does not hold)."""
    base, _, part = name.partition("@")
    entry = find_field(base)
    label = words.translate(entry.label_en) if entry is not None else base.replace("_", " ")
    if part in FIELD_PARTS:
        return words.translate(FIELD_PARTS[part]).format(field=label)
    return label


def value_words(table: str, value: str, words: Words = ENGLISH) -> str:
    """A value with a word of its own (``ALL_VALUE_WORDS[table]``) in the language; the
    value itself when the table has no word for it."""
    found = ALL_VALUE_WORDS[table].get(value)
    return words.translate(found) if found is not None else value


def _item(value: Any, words: Words) -> str:
    if isinstance(value, Mapping):
        return render(value, words)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return words.number(value)
    return str(value)


def _fact(name: str, facts: Mapping[str, Any], template: Template, words: Words) -> str:
    value = facts.get(name)
    if value is None:
        return "?"
    if name in template.dates:
        return date_text(value, words)
    if name in template.nouns:
        return counted(template.nouns[name], count_of(value), words)
    if name in template.fields:
        names = value if isinstance(value, (list, tuple)) else [value]
        return listed([field_words(str(n), words) for n in names], words, limit=len(names))
    if name in template.words:
        table = ALL_VALUE_WORDS[template.words[name]]
        return words.translate(table[value]) if value in table else str(value)
    if isinstance(value, (list, tuple)):
        items = [_item(v, words) for v in value]
        if name in template.clauses:  # numbered where a reason holds a ";" of its own
            # A reason that is a sentence of its own ends where its clause does.
            items = [item[:-1] if item.endswith(".") and not item.endswith("..") else item
                     for item in items]
            return "; ".join(items if len(items) == 1 else
                             (f"({number}) {item}" for number, item in enumerate(items, 1)))
        if name in template.alternatives:
            return words.translate(LIST_OR).join(items)
        more = facts.get(f"{name}_more")
        limit = len(items) if name in template.whole else LIST_LIMIT
        return listed(items, words, more if isinstance(more, int) else 0, limit)
    return _item(value, words)


def template_of(data: Mapping[str, Any], words: Words = ENGLISH) -> Template | None:
    """The template ``render`` uses for a reason's JSON in the language of ``words``
    (None: an unknown code)."""
    entry = ALL_TEMPLATES.get(str(data.get("code") or ""))
    if entry is None:
        return None
    if words.desktop and DESKTOP in entry.variants:
        return entry.variants[DESKTOP]
    return entry.pick(data)


def stored_reason(facts: Any, sentence: str | None = None) -> dict[str, Any] | None:
    """A reason as a stored plan holds it: its JSON, or (a plan stored before reasons were
    codes) its English sentence as ``{"code": "", "text": ...}``, which ``render`` shows
    as it is; None when there is neither."""
    if isinstance(facts, Mapping) and facts:
        return dict(facts)
    if isinstance(facts, str) and facts:
        return {"code": "", "text": facts}
    if sentence:
        return {"code": "", "text": sentence}
    return None


def render(reason: Reason | Mapping[str, Any], words: Words = ENGLISH) -> str:
    """The reason in the language of ``words``."""
    data = reason.as_json() if isinstance(reason, Reason) else reason
    stored = data.get("text")
    if isinstance(stored, str) and stored:
        return stored  # stored before reasons were codes with facts: shown as it was
    template = template_of(data, words)
    if template is None:
        return str(data.get("code") or "")
    text = template.one
    if template.count and template.many and count_of(data.get(template.count)) != 1:
        text = template.many
    values = {name: _fact(name, data, template, words) for name in placeholders(text)}
    translated = words.translate(text)
    try:
        return translated.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation with other placeholders
        return text.format_map(values)


def said(words: Words, code: str, /, **facts: Any) -> str:
    """The sentence of ``code`` with these facts in the language of ``words``: a line the
    command line prints, an error's words (``render(Reason(code, facts), words)``)."""
    return render(Reason(code, facts), words)


def clauses(reasons: Sequence[Reason | Mapping[str, Any]], words: Words = ENGLISH) -> str:
    """Reasons said one after the other ("its header reads like 'Nama'; its cells hold
    names ('Siti', 'Budi')")."""
    return "; ".join(render(r, words) for r in reasons)


def violation_text(violation: Violation, words: Words = ENGLISH) -> str:
    """A broken rule of SPEC 3.1 (``solvers.validate``) in words: "rule 2: QZ 1 ... has 190
    seated passengers for 180 seats"."""
    number = violation.rule.removeprefix("rule ")
    rule = (words.translate(RULE_WORDS["rule"]).format(number=number)
            if number != violation.rule else words.translate(RULE_WORDS.get(violation.rule,
                                                                            violation.rule)))
    return f"{rule}: {render(violation.reason, words)}"


def with_text(reason: Any) -> dict[str, Any]:
    """A stored reason for readers of ``evacplan solve --json``: its code and facts, and
    its English sentence under ``text``."""
    stored = stored_reason(reason) or {"code": ""}
    return {**stored, "text": render(stored)}


__all__ = ["ALL_TEMPLATES", "ALL_VALUE_WORDS", "ENGLISH", "LIST_LIMIT", "Words", "clauses", "counted",
           "date_text", "decimal_text", "field_words", "listed", "value_words", "violation_text",
           "placeholders", "render", "said", "stored_reason", "template_of", "with_text"]
