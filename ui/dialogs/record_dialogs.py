"""Opening the add / edit forms of records and of the operation settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.departure.common import Booked, booked_on
from planner.errors import PlannerError
from planner.operation import get_settings, plan_start
from planner.records import editing
from planner.records import settings as settings_service
from planner.records.editing import RecordKind, RecordRef
from ui.context import AppContext
from ui.dialogs import ask
from ui.dialogs.record_form import RecordDialog
from ui.forms import (
    MOMENT_FIELDS,
    default_moment,
    groups_for,
    moment_notes,
    new_record_values,
    settings_groups,
    usual_time,
)
from ui.i18n import tr
from ui.labels import record_kind_label
from ui.plan_words import households_text, number, persons_text

#: The settings that give blank fields their meaning in the forms.
DEFAULT_FIELDS = ("default_destination", "default_nationality", "origin_airport")


def _defaults(context: AppContext) -> tuple[Any, dict[str, str]]:
    assert context.operation is not None
    with context.operation.session() as session:
        settings = get_settings(session)
        defaults = {name: str(getattr(settings, name)) for name in DEFAULT_FIELDS}
    return settings, defaults


def record_dialog(context: AppContext, kind: RecordKind, ref: RecordRef | None = None,
                  preset: dict[str, Any] | None = None,
                  parent: QWidget | None = None) -> RecordDialog:
    """The form to add a record (``ref`` None, fields from ``preset``) or edit ``ref``."""
    assert context.operation is not None
    settings, defaults = _defaults(context)
    creating = ref is None
    values: dict[str, Any] = {**new_record_values(kind), **(preset or {})}
    start = plan_start(settings)
    moment_field = MOMENT_FIELDS.get(kind)
    if creating and moment_field is not None and moment_field not in values:
        stored = context.stores.of(kind).table.columns.get(moment_field)
        values[moment_field] = default_moment(
            start, dt.datetime.now(), usual_time(stored.tolist() if stored is not None else []))
    if ref is not None:
        with context.operation.session() as session:
            loaded = editing.load(session, kind, ref.id)
        ref = loaded.ref  # edit what is there now
        values = dict(loaded.values)
        if kind is RecordKind.HOUSEHOLD and str(values.get("code") or "").startswith(
                editing.IMPLICIT_PREFIX):
            values["code"] = None  # a person travelling alone: no code to show
    current = ref
    was_status = values.get("status")
    was_seats = values.get("seats")

    def check(form_values: dict[str, Any]) -> Any:
        return editing.check(kind, form_values, settings, creating=creating)

    def save(form_values: dict[str, Any]) -> RecordRef:
        if current is None:
            return context.edits.create(kind, form_values)
        if kind is RecordKind.HOUSEHOLD:
            return context.edits.rename_household(current, form_values["code"] or "")
        if (kind is RecordKind.FLIGHT and form_values.get("status") == "cancelled"
                and was_status != "cancelled"
                and not confirm_cancelling(context, current, dialog)):
            raise PlannerError(tr("Not saved: {flight} is not cancelled.").format(
                flight=current.key))
        if (kind is RecordKind.FLIGHT and form_values.get("status") != "cancelled"
                and isinstance(form_values.get("seats"), int)
                and isinstance(was_seats, int) and form_values["seats"] < was_seats
                and not confirm_cutting_seats(context, current, form_values["seats"], dialog)):
            raise PlannerError(tr("Not saved: {flight} keeps its {seats} seats.").format(
                flight=current.key, seats=number(was_seats)))
        return context.edits.update(current, form_values)

    what = record_kind_label(kind)
    shown_key = "" if ref is None or ref.key.startswith(editing.IMPLICIT_PREFIX) else ref.key
    title = (tr("Add {kind}").format(kind=what) if creating else
             tr("Edit {kind} {key}").format(kind=what, key=shown_key).strip())
    def notes(form_values: dict[str, Any]) -> dict[str, str]:
        return moment_notes(kind, form_values, start, dt.datetime.now())

    dialog = RecordDialog(title, groups_for(kind, creating, defaults), check, save,
                          parent or context.window, on_conflict=context.errors.handle,
                          notes=notes if moment_field is not None else None)
    dialog.form.set_values(values)
    dialog.show_notes()
    return dialog


def confirm_cancelling(context: AppContext, flight: RecordRef, parent: QWidget) -> bool:
    """Before a flight is cancelled: who loses their seat on it in the published plan
    (nobody asked when nobody does)."""
    assert context.operation is not None
    with context.operation.session() as session:
        booked = booked_on(session, flight.id)
    if not booked.passengers:
        return True
    text = tr("{persons} in {households} have seats on {flight} in the published plan "
              "{plan}: cancelling the flight takes their seats.").format(
        persons=persons_text(booked.passengers), households=households_text(booked.households),
        flight=flight.key, plan=booked.plan_id)
    text += _called_and_checked(booked)
    text += "\n\n" + tr("Plan again to move them to other flights.")
    return ask.confirm(parent, tr("Cancel flight {flight}").format(flight=flight.key), text,
                       tr("Save as cancelled"), destructive=True)


def _called_and_checked(booked: Booked) -> str:
    """" Of them, N were called forward for it and M are checked in." (empty: none)."""
    if not (booked.called or booked.checked_in):
        return ""
    return " " + tr("Of them, {called} were called forward for it and {checked} are "
                    "checked in.").format(called=number(booked.called),
                                          checked=number(booked.checked_in))


def confirm_cutting_seats(context: AppContext, flight: RecordRef, seats: int,
                          parent: QWidget) -> bool:
    """Before a flight's seats are cut below those its passengers in the published plan
    take: how many lose their seat (nobody asked when the seats left suffice)."""
    assert context.operation is not None
    with context.operation.session() as session:
        booked = booked_on(session, flight.id)
    if booked.seated <= seats:
        return True
    text = tr("{persons} in {households} have seats on {flight} in the published plan "
              "{plan}: {seats} seats leave {over} without one.").format(
        persons=persons_text(booked.passengers), households=households_text(booked.households),
        flight=flight.key, plan=booked.plan_id, seats=number(seats),
        over=persons_text(booked.seated - seats))
    text += _called_and_checked(booked)
    text += "\n\n" + tr("Plan again to move them to other flights.")
    return ask.confirm(parent, tr("Cut the seats of {flight}").format(flight=flight.key),
                       text, tr("Save with fewer seats"), destructive=True)


def edit_record(context: AppContext, kind: RecordKind, ref: RecordRef | None = None,
                preset: dict[str, Any] | None = None) -> RecordRef | None:
    """Show the form; the saved record's ref, or None when the officer cancelled."""
    dialog = record_dialog(context, kind, ref, preset)
    ask.run_dialog(dialog)
    return dialog.result_value if dialog.result() else None


def _flatten(values: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in values.items() if k != "weights"}
    for name, weight in values.get("weights", {}).items():
        flat[f"weights.{name}"] = weight
    return flat


def _nest(flat: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in flat.items() if not k.startswith("weights.")}
    values["weights"] = {k.split(".", 1)[1]: v for k, v in flat.items()
                         if k.startswith("weights.")}
    return values


def settings_dialog(context: AppContext, parent: QWidget | None = None) -> RecordDialog:
    assert context.operation is not None
    with context.operation.session() as session:
        current = settings_service.load_settings(session)
    version = current.version

    def save(flat: dict[str, Any]) -> int:
        return context.edits.update_settings(_nest(flat), version)

    dialog = RecordDialog(
        tr("Operation settings"), settings_groups(),
        lambda flat: settings_service.check_settings(_nest(flat)), save,
        parent or context.window, on_conflict=context.errors.handle,
        intro=tr("These settings apply to every officer working on this operation."))
    dialog.form.set_values(_flatten(current.values))
    return dialog


def edit_settings(context: AppContext) -> bool:
    dialog = settings_dialog(context)
    ask.run_dialog(dialog)
    return bool(dialog.result())
