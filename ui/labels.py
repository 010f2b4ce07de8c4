"""The words the screens use for fields, codes and problems, in the chosen language.

Field names and codes are the spelling of ``planner.domain`` (``full_name``, ``confiscated``);
these functions give the officer's words for them. They are functions, not tables built
at import, so that they follow a change of language.
"""

from __future__ import annotations

from planner.fields import FLIGHT, Field, find
from planner.records.field_rules import FieldIssue, ValidationError
from ui.i18n import tr
from ui.messages import QT_WORDS


def field_label(name: str) -> str:
    """The label of a record's field (from the field registry) or a setting."""
    entry = find(name)
    if entry is not None:
        return tr(entry.label_en)  # ui.i18n.FieldLabelTranslator gives the registry's words
    labels = {
        # derived person columns
        "age": tr("Age"),
        "priority": tr("Priority"),
        "minor": tr("Minor"),
        "elderly": tr("Elderly"),
        "unaccompanied_minor": tr("Unaccompanied minor"),
        "needs": tr("Needs"),
        "plan_flight": tr("Flight"),
        "plan_shelter": tr("Shelter"),
        "plan_state": tr("Plan"),
        # households
        "code": tr("Household"),
        "members": tr("Members"),
        "adults": tr("Adults"),
        "children": tr("Children"),
        "first_member": tr("First member"),
        # settings (SPEC 2.5, 2.6)
        "origin_airport": tr("Origin airport"),
        "default_destination": tr("Default destination"),
        "default_nationality": tr("Default nationality"),
        "timezone": tr("Time zone"),
        "reference_code": tr("Reference code"),
        "plan_start": tr("Plan start"),
        "checkin_buffer_hours": tr("Check-in buffer (hours)"),
        "minor_age": tr("Minor below age"),
        "infant_age": tr("Infant below age"),
        "elderly_age": tr("Elderly from age"),
        "child_shelter_age": tr("Child in a women's shelter below age"),
        "fit_to_travel_required": tr("Ask for a fit-to-travel clearance"),
        "fit_to_travel_days": tr("Clearance valid for (days)"),
        "weights": tr("Priority weights"),
    }
    if name.startswith("weights."):
        return weight_label(name.split(".", 1)[1])
    return labels.get(name, name.replace("_", " ").capitalize())


def weight_label(name: str) -> str:
    """A priority weight's label: the flag or derived group it weighs (SPEC 2.6)."""
    return tr("Every person") if name == "base" else field_label(name)


def choice_labels(entry: Field) -> dict[str, str]:
    """Display words for the codes of a registry field: the words its entry gives (in
    English here, in the chosen language through ``tr``), else the codes themselves."""
    if entry.choice_words:
        return {code: tr(english) for code, english, _indonesian in entry.choice_words}
    return {code: code for code in entry.choices}


def code_labels(field: str) -> dict[str, str]:
    """Display words for the coded values of ``field`` (empty when it has no codes).
    ``status`` is a flight's (a person's movement status: ``choice_labels(PERSON["status"])``)."""
    if field == "plan_state":
        return {"flown": tr("Flown"), "waiting": tr("Waiting"),
                "left_behind": tr("Left behind"), "not_planned": tr("Not planned")}
    entry = FLIGHT["status"] if field == "status" else find(field)
    return choice_labels(entry) if entry is not None and entry.choices else {}


def problem_text(problem: FieldIssue) -> str:
    """A field problem in the officer's language (its template:
    ``planner/words/form_templates.py``)."""
    return problem.text(QT_WORDS)


def validation_text(error: ValidationError) -> str:
    """Every problem of a form on its own line: 'Field: problem'."""
    return "\n".join(f"{field_label(name)}: {problem_text(problem)}"
                     for name, problem in error.problems.items())


def record_kind_label(kind: str) -> str:
    return {"person": tr("person"), "household": tr("household"), "flight": tr("flight"),
            "shelter": tr("shelter"), "slot": tr("document slot"),
            "settings": tr("operation settings")}.get(kind, kind)
