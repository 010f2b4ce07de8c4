"""What changed in a plan's inputs since it was made, read from the audit log (both
databases): edits, pins and imports after the plan's own solve entry, none before."""

from __future__ import annotations

from planner import demo
from planner.db import Operation
from planner.planning import pins
from planner.planning.input_changes import changes_since
from planner.planning.overview import read_overview
from planner.planning.service import PlanningOptions, solve_and_store
from planner.records import editing
from planner.records.editing import RecordKind


def test_changes_since_a_plan_are_the_inputs_touched_after_it(operation: Operation) -> None:
    with operation.session() as session:
        demo.create(session, 60, seed=4)
    plan_id = solve_and_store(operation, PlanningOptions(time_limit=10))
    assert plan_id is not None
    with operation.session() as session:
        assert changes_since(session, plan_id) == ([], 0)
        person = editing.load(session, RecordKind.PERSON, 1)
    with operation.session() as session:
        values = dict(person.values)
        values["full_name"] = str(values["full_name"]).upper()
        editing.update(session, person.ref, values)
    with operation.session() as session:
        overview = read_overview(session, plan_id)
    # Keep a household's shelter, as the Households tab does.
    household = next(h for h in overview.households if h.shelter_name)
    pins.pin(operation, "shelter", household.stored_code, household.shelter_name)
    with operation.session() as session:
        changes, total = changes_since(session, plan_id)
        assert read_overview(session, plan_id).records_changed
    assert total == 2
    edit, pin = changes
    assert (edit.action, edit.entity, edit.key, edit.fields) == \
        ("update", "person", person.ref.key, ("full_name",))
    assert (pin.action, pin.entity, pin.key) == ("pin", "pin", household.stored_code)
    # A newer plan starts from these inputs: nothing changed since it.
    newer = solve_and_store(operation, PlanningOptions(time_limit=10))
    assert newer is not None
    with operation.session() as session:
        assert changes_since(session, newer) == ([], 0)
        assert changes_since(session, plan_id)[1] == 2
        assert changes_since(session, 9_999) == ([], 0)

