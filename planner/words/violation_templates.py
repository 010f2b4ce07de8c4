"""What the independent validator says when a plan breaks SPEC 3.1: one template per code.

``solvers.validate`` returns ``Violation(rule, code, facts)``; a plan that breaks a rule is
never stored, so these sentences reach an officer only in the internal-error message of
``planner.planning.service`` (and the benchmarks' reports), worded here like every other
reason, in English and Indonesian.
"""

from __future__ import annotations

from planner.words.templates import QT_TR_NOOP, Entry, Template


def _one(text: str, dates: tuple[str, ...] = ()) -> Entry:
    return Entry(Template(text, dates=dates))


VIOLATIONS: dict[str, Entry] = {
    # rule 1: together (every entry names a household, shelter, flight of the problem)
    "broken_unknown_id": _one(QT_TR_NOOP("a {kind} is assigned to unknown id #{id}")),
    "broken_unknown_flight": _one(QT_TR_NOOP(
        "household #{household_id} is on unknown flight #{flight_id}")),
    "broken_unknown_shelter": _one(QT_TR_NOOP(
        "household #{household_id} is in unknown shelter #{shelter_id}")),
    # rule 2: seats, one lap infant per adult
    "broken_laps": Entry(Template(
        QT_TR_NOOP("household {household} flies {infants} with {adults} {minor_age} or over on "
                   "{flight} (one lap infant per adult)"),
        nouns={"infants": "infant", "adults": "adult_member"})),
    "broken_seats": _one(QT_TR_NOOP("{flight} has {seated} seated passengers for {seats} seats")),
    # rule 3: medical capacity
    "broken_medical": _one(QT_TR_NOOP(
        "{flight} carries {medical} medical passengers for a capacity of {capacity}")),
    # rule 4: destination
    "broken_destination": _one(QT_TR_NOOP("{case_no} does not accept {airport} ({flight})")),
    # rule 5: timing
    "broken_before_start": _one(QT_TR_NOOP("{flight} leaves before the plan start on {start}"),
                                ("start",)),
    "broken_before_ready": _one(QT_TR_NOOP(
        "{case_no} flies on {departure}, before being ready on {ready}"),
        ("departure", "ready")),
    "broken_before_cleared": _one(QT_TR_NOOP(
        "{case_no} flies on {departure}, before being cleared on {cleared}"),
        ("departure", "cleared")),
    # rule 6: documents
    "broken_no_document": _one(QT_TR_NOOP(
        "{case_no} flies on {flight} without a document appointment")),
    "broken_slot_before_ready": _one(QT_TR_NOOP(
        "{case_no} has the document appointment {slot} before being available")),
    "broken_document_late": _one(QT_TR_NOOP(
        "the document of {case_no} from {slot} is ready at {ready_at}, after check-in for "
        "{flight}")),
    # rule 7: slot capacity
    "broken_slot_capacity": _one(QT_TR_NOOP(
        "the document appointment {slot} has {persons} persons for {capacity} places")),
    # rule 8: shelter nights
    "broken_shelter_closed": _one(QT_TR_NOOP(
        "{shelter} is closed on the night of {night} when household {household} stays"),
        ("night",)),
    "broken_beds": _one(QT_TR_NOOP(
        "{shelter} has {persons} persons for {beds} beds on the night of {night}"), ("night",)),
    # rule 9: shelter fit
    "broken_women_children": _one(QT_TR_NOOP(
        "{case_no} cannot stay in {shelter} (women and children only)")),
    "broken_men_only": _one(QT_TR_NOOP("{case_no} cannot stay in {shelter} (men only)")),
    "broken_medical_care": _one(QT_TR_NOOP(
        "{case_no} is medical and {shelter} has no medical care")),
    # rule 10: pins
    "broken_pin": _one(QT_TR_NOOP("pin #{pin_id} ({kind}) is neither kept nor released")),
    # rule 11: cancelled and departed flights
    "broken_flight_status": Entry(
        Template(QT_TR_NOOP("household {household} is on {flight}, which is {status}"),
                 words={"status": "flight_status"}),
        {"gone": Template(QT_TR_NOOP(
            "household {household} is on {flight}, which is {status} and left before the "
            "plan start"), words={"status": "flight_status"})},
        lambda facts: "gone" if facts.get("before_start") else None,
    ),
    # fit to travel (issue 17)
    "broken_no_clearance": _one(QT_TR_NOOP(
        "{case_no} flies on {flight} without a medical clearance")),
    "broken_clearance_window": _one(QT_TR_NOOP(
        "the clearance of {case_no} of {clearance} does not cover {flight} ({days} days)"),
        ("clearance",)),
}

#: The rule a violation breaks, in words ("rule 2", "fit to travel").
RULE_WORDS = {"rule": QT_TR_NOOP("rule {number}"), "fit to travel": QT_TR_NOOP("fit to travel")}

__all__ = ["RULE_WORDS", "VIOLATIONS"]
