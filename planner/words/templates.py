"""Every sentence the planner says about a plan: one template per reason code.

The one place to add a reason: write its entry in ``TEMPLATES`` (its English template,
in the right number when it counts something, and the kind of each fact), emit
``Reason(code, facts)`` where the rule finds it, and add the Indonesian to
``resources/translations/evacplan_id.ts`` (``python tools/translations.py`` collects the
new template; ``tests/test_words.py`` fails until it is translated and every code it sees
has an entry).

Templates are marked with ``QT_TR_NOOP`` so that ``pyside6-lupdate`` collects them into the
Qt Linguist catalogue (the desktop translates them with ``tr``; the command line and the
manifests read the same catalogue, :mod:`planner.words.catalogue`). ``{name}`` is a fact;
``render`` formats it by its kind: ``dates`` (ISO text), ``nouns`` (a count shown with its
noun in the right number), ``words`` (a value with a word of its own: a flight status, a
kind of pin), ``alternatives`` (a list joined by "or"); other lists are joined by commas
and cut after four items, nested reasons are rendered in turn, integers as numbers.

Codes by family: why a household has no flight (``solvers.explain``, SPEC 3.3), why a
pin is (or would be) released (``solvers.rules.pins``), why a shelter does not take a
household (``solvers.rules.shelter_fit``), why a household has no bed (overflow), why a
household's flight changed between plans (``move_*``, ``planner.planning.insights``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a template for the translators; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Template:
    # The sentence (when ``count`` is 1, or counts nothing).
    one: str
    # The sentence when the fact ``count`` (a number, or a list's length) is not 1.
    many: str = ""
    count: str = ""
    dates: tuple[str, ...] = ()
    # fact -> noun of NOUNS: the count shown with its noun ("3 seats").
    nouns: Mapping[str, str] = field(default_factory=dict)
    # fact -> table of VALUE_WORDS: the value shown as its word ("cancelled").
    words: Mapping[str, str] = field(default_factory=dict)
    # List facts joined by "or" ("CGK or SUB").
    alternatives: tuple[str, ...] = ()
    # Facts naming a field (or a list of fields): shown as the field's label.
    fields: tuple[str, ...] = ()
    # Lists shown whole (their maker cut them and counts the rest under ``<name>_more``).
    whole: tuple[str, ...] = ()
    # Lists of reasons shown whole, numbered one after the other ("(1) ...; (2) ..."):
    # each may hold commas and semicolons of its own.
    clauses: tuple[str, ...] = ()

    def sentences(self) -> tuple[str, ...]:
        return (self.one, self.many) if self.many else (self.one,)


def _same(_facts: Mapping[str, Any]) -> str | None:
    return None


@dataclass(frozen=True)
class Entry:
    """A code's template, and the forms it takes when its facts say so."""

    template: Template
    variants: Mapping[str, Template] = field(default_factory=dict)
    choose: Callable[[Mapping[str, Any]], str | None] = _same

    def pick(self, facts: Mapping[str, Any]) -> Template:
        return self.variants.get(self.choose(facts) or "", self.template)

    def templates(self) -> tuple[Template, ...]:
        return (self.template, *self.variants.values())


#: The variant of a template the desktop program says (``Words.desktop``): it names the
#: desktop's own controls where the command line's sentence names an option.
DESKTOP = "desktop"


def sentence(text: str, **kinds: Any) -> Entry:
    """A code with one sentence (it counts nothing, or only in its ``nouns``); ``kinds``
    are the ``Template``'s kinds of facts (``dates``, ``nouns``, ``words``...)."""
    return Entry(Template(text, **kinds))


def counting(one: str, many: str, count: str = "count", **kinds: Any) -> Entry:
    """A code whose sentence follows the number ``count`` (``one`` for 1, else ``many``)."""
    return Entry(Template(one, many, count=count, **kinds))


def merged(*families: Mapping[str, Entry]) -> dict[str, Entry]:
    """The codes of several families in one table; a code in two families is a mistake."""
    table: dict[str, Entry] = {}
    for family in families:
        assert not table.keys() & family.keys(), "a code is in two families"
        table.update(family)
    return table


def count_of(value: Any) -> int:
    """The number a fact counts: an integer, or a list's length."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    return len(value) if isinstance(value, (list, tuple)) else 0


# The date of a reason: day, the month's short name and year, whatever the locale.
MONTH_DATES = (
    QT_TR_NOOP("{day} Jan {year}"),
    QT_TR_NOOP("{day} Feb {year}"),
    QT_TR_NOOP("{day} Mar {year}"),
    QT_TR_NOOP("{day} Apr {year}"),
    QT_TR_NOOP("{day} May {year}"),
    QT_TR_NOOP("{day} Jun {year}"),
    QT_TR_NOOP("{day} Jul {year}"),
    QT_TR_NOOP("{day} Aug {year}"),
    QT_TR_NOOP("{day} Sep {year}"),
    QT_TR_NOOP("{day} Oct {year}"),
    QT_TR_NOOP("{day} Nov {year}"),
    QT_TR_NOOP("{day} Dec {year}"),
)
LIST_MORE = QT_TR_NOOP("{shown} and {count} more")
LIST_OR = QT_TR_NOOP(" or ")

# Counted nouns: (one, many).
NOUNS: dict[str, tuple[str, str]] = {
    "person": (QT_TR_NOOP("{count} person"), QT_TR_NOOP("{count} persons")),
    "household": (QT_TR_NOOP("{count} household"), QT_TR_NOOP("{count} households")),
    "seat": (QT_TR_NOOP("{count} seat"), QT_TR_NOOP("{count} seats")),
    "medical_passenger": (
        QT_TR_NOOP("{count} medical passenger"),
        QT_TR_NOOP("{count} medical passengers"),
    ),
    "infant": (QT_TR_NOOP("{count} infant"), QT_TR_NOOP("{count} infants")),
    "bed": (QT_TR_NOOP("{count} bed"), QT_TR_NOOP("{count} beds")),
    "place": (QT_TR_NOOP("{count} place"), QT_TR_NOOP("{count} places")),
    "day": (QT_TR_NOOP("{count} day"), QT_TR_NOOP("{count} days")),
    "adult_member": (QT_TR_NOOP("{count} member aged"), QT_TR_NOOP("{count} members aged")),
    # Nouns the command line counts (planner/words/command_templates.py).
    "flight": (QT_TR_NOOP("{count} flight"), QT_TR_NOOP("{count} flights")),
    "passenger": (QT_TR_NOOP("{count} passenger"), QT_TR_NOOP("{count} passengers")),
    "shelter": (QT_TR_NOOP("{count} shelter"), QT_TR_NOOP("{count} shelters")),
    "document_slot": (QT_TR_NOOP("{count} document appointment"),
                      QT_TR_NOOP("{count} document appointments")),
    "conflict": (QT_TR_NOOP("{count} conflict"), QT_TR_NOOP("{count} conflicts")),
    "person_night": (QT_TR_NOOP("{count} person-night"), QT_TR_NOOP("{count} person-nights")),
    "emptied_household": (QT_TR_NOOP("{count} emptied household"),
                          QT_TR_NOOP("{count} emptied households")),
    "entry": (QT_TR_NOOP("{count} entry"), QT_TR_NOOP("{count} entries")),
    "column": (QT_TR_NOOP("{count} column"), QT_TR_NOOP("{count} columns")),
    "tag": (QT_TR_NOOP("{count} tag"), QT_TR_NOOP("{count} tags")),
    "page": (QT_TR_NOOP("{count} page"), QT_TR_NOOP("{count} pages")),
}

# Values with words of their own.
VALUE_WORDS: dict[str, dict[str, str]] = {
    "flight_status": {
        "planned": QT_TR_NOOP("planned"),
        "confirmed": QT_TR_NOOP("confirmed"),
        "cancelled": QT_TR_NOOP("cancelled"),
        "departed": QT_TR_NOOP("departed"),
    },
    "pin_kind": {
        "flight": QT_TR_NOOP("flight"),
        "shelter": QT_TR_NOOP("shelter"),
        "slot": QT_TR_NOOP("document appointment"),
    },
}


def _flag(name: str, yes: str, no: str | None = None) -> Callable[[Mapping[str, Any]], str | None]:
    def choose(facts: Mapping[str, Any]) -> str | None:
        return yes if facts.get(name) else no

    return choose


def _document_advice(facts: Mapping[str, Any]) -> str | None:
    """no_document_slot: the sentence whose advice fits the cause."""
    cause = facts.get("cause")
    if cause in ("before_ready", "none"):
        return str(cause)
    return "all" if facts.get("all_flights") else None


def _infants(facts: Mapping[str, Any]) -> str | None:
    infants = facts.get("infants")
    if not isinstance(infants, int) or infants <= 1:
        return None
    return "no_adult" if not facts.get("adults") else "few_adults"


def _lost_seat(facts: Mapping[str, Any]) -> str:
    return ("higher" if facts.get("higher_priority") else "other") + (
        "" if facts.get("reference_plan") else "_previous"
    )


_PERSONS_NOUN = {"competing_persons": "person"}

# --- why a household has no flight (SPEC 3.3; solvers.explain) --------------------------
UNFLOWN: dict[str, Entry] = {
    "no_common_destination": Entry(
        Template(
            QT_TR_NOOP(
                "The members accept no arrival airport in common; record one they all accept or "
                "split the household."
            )
        )
    ),
    "no_flight_to_destination": Entry(
        Template(
            QT_TR_NOOP(
                "No usable flight to {destinations} on or after {start}; add a flight or accept "
                "another airport."
            ),
            dates=("start",),
            alternatives=("destinations",),
        )
    ),
    "not_cleared": Entry(
        Template(
            QT_TR_NOOP(
                "Cleared to leave only from {cleared_from}, after the last flight to {destinations} "
                "on {last_flight}."
            ),
            dates=("cleared_from", "last_flight"),
            alternatives=("destinations",),
        )
    ),
    "no_flight_after_ready": Entry(
        Template(
            QT_TR_NOOP(
                "Available to travel only from {ready}, after the last flight to {destinations} on "
                "{last_flight}."
            ),
            dates=("ready", "last_flight"),
            alternatives=("destinations",),
        )
    ),
    "infant_without_adult": Entry(
        Template(
            QT_TR_NOOP(
                "An infant in this household has no member aged {minor_age} or over to "
                "travel with on {flights}."
            )
        ),
        {
            "no_adult": Template(
                QT_TR_NOOP(
                    "The household has {infants} but no member aged {minor_age} or over on "
                    "{flights}; each infant travels on the lap of its own adult."
                ),
                nouns={"infants": "infant"},
            ),
            "few_adults": Template(
                QT_TR_NOOP(
                    "The household has {infants} but only {adults} {minor_age} or over on "
                    "{flights}; each infant travels on the lap of its own adult."
                ),
                nouns={"infants": "infant", "adults": "adult_member"},
            ),
        },
        _infants,
    ),
    "household_too_large": Entry(
        Template(
            QT_TR_NOOP("The household needs {seats}, more than {flights} has."),
            QT_TR_NOOP("The household needs {seats}, more than {flights} have."),
            "flights",
            nouns={"seats": "seat"},
        )
    ),
    "medical_capacity": Entry(
        Template(
            QT_TR_NOOP("Its {medical} exceeds the medical capacity of {flights}."),
            QT_TR_NOOP("Its {medical} exceed the medical capacity of {flights}."),
            "medical",
            nouns={"medical": "medical_passenger"},
        )
    ),
    "pinned_slot_late": Entry(
        Template(
            QT_TR_NOOP(
                "The pinned document appointment of {persons} is ready too late for {flights}; pin "
                "an earlier appointment or remove the pin."
            )
        )
    ),
    "no_fit_to_travel": Entry(
        Template(
            QT_TR_NOOP(
                "No fit-to-travel clearance: {persons} needs a medical clearance dated at "
                "most {days} before {flights}; record the clearance date."
            ),
            QT_TR_NOOP(
                "No fit-to-travel clearance: {persons} need a medical clearance dated at "
                "most {days} before {flights}; record the clearance date."
            ),
            "persons",
            nouns={"days": "day"},
        )
    ),
    "no_document_slot": Entry(
        Template(
            QT_TR_NOOP(
                "No document appointment is early enough for {persons} to take "
                "{flights}; add an earlier appointment."
            )
        ),
        {
            "all": Template(
                QT_TR_NOOP(
                    "No document appointment is early enough for {persons} to take any flight to "
                    "{destinations} from {after}; add an earlier appointment."
                ),
                dates=("after",),
                alternatives=("destinations",),
            ),
            # An earlier appointment would not help: every one is before the day the
            # persons can attend, or there is none at all (solvers/explain.py "cause").
            "before_ready": Template(
                QT_TR_NOOP(
                    "Every document appointment is before {after}, the first day {persons} can "
                    "attend one; add an appointment from {after} on, in time for {flights}."
                ),
                dates=("after",),
            ),
            "none": Template(
                QT_TR_NOOP(
                    "The operation has no document appointment, and {persons} needs a travel "
                    "document to fly; add appointments (Document slots)."
                ),
                QT_TR_NOOP(
                    "The operation has no document appointment, and {persons} need travel "
                    "documents to fly; add appointments (Document slots)."
                ),
                "persons",
            ),
        },
        _document_advice,
    ),
    "flights_full": Entry(
        Template(
            QT_TR_NOOP("{flights} is full in this plan, carrying {competing_persons}."),
            QT_TR_NOOP("{flights} are full in this plan, carrying {competing_persons}."),
            "flights",
            nouns=_PERSONS_NOUN,
        )
    ),
    "medical_capacity_full": Entry(
        Template(QT_TR_NOOP("The medical places on {flights} are taken."))
    ),
    "document_slots_full": Entry(
        Template(
            QT_TR_NOOP(
                "Every document appointment early enough for {persons} to take {flights} is fully "
                "booked."
            )
        )
    ),
    "not_placed": Entry(
        Template(
            QT_TR_NOOP(
                "{flights} still has room for this household, but the planner could not place it "
                "without moving others within its time limit; solve again with more time or pin "
                "it."
            ),
            QT_TR_NOOP(
                "{flights} still have room for this household, but the planner could not place "
                "it without moving others within its time limit; solve again with more time or "
                "pin it."
            ),
            "flights",
        )
    ),
    "flights_before_ready": Entry(
        Template(
            QT_TR_NOOP("{flights} leaves before {ready}, the day it is available to travel."),
            QT_TR_NOOP("{flights} leave before {ready}, the day it is available to travel."),
            "flights",
            dates=("ready",),
        ),
        {
            "cleared": Template(
                QT_TR_NOOP("{flights} leaves before {ready}, the day it is cleared to leave."),
                QT_TR_NOOP("{flights} leave before {ready}, the day it is cleared to leave."),
                "flights",
                dates=("ready",),
            )
        },
        _flag("cleared", "cleared"),
    ),
    "lost_seat": Entry(
        Template(
            QT_TR_NOOP(
                "Lost its seat on {flight} (plan {reference_plan}) to other households: "
                "it now carries {newcomers} not on it then, with priority weight "
                "{newcomer_weight} (this household: {weight} for {persons_weighed})."
            ),
            nouns={"newcomers": "person", "persons_weighed": "person"},
        ),
        {
            "higher": Template(
                QT_TR_NOOP(
                    "Lost its seat on {flight} (plan {reference_plan}) to households of higher "
                    "priority: it now carries {newcomers} not on it then, with priority weight "
                    "{newcomer_weight} (this household: {weight} for {persons_weighed})."
                ),
                nouns={"newcomers": "person", "persons_weighed": "person"},
            ),
            "higher_previous": Template(
                QT_TR_NOOP(
                    "Lost its seat on {flight} (the previous plan) to households of higher "
                    "priority: it now carries {newcomers} not on it then, with priority weight "
                    "{newcomer_weight} (this household: {weight} for {persons_weighed})."
                ),
                nouns={"newcomers": "person", "persons_weighed": "person"},
            ),
            "other_previous": Template(
                QT_TR_NOOP(
                    "Lost its seat on {flight} (the previous plan) to other households: "
                    "it now carries {newcomers} not on it then, with priority weight "
                    "{newcomer_weight} (this household: {weight} for {persons_weighed})."
                ),
                nouns={"newcomers": "person", "persons_weighed": "person"},
            ),
        },
        _lost_seat,
    ),
    # Did not check in when its flight closed (planner/departure/closing.py).
    "no_show": Entry(Template(QT_TR_NOOP("Did not check in for {flight}; planned again."))),
    # A released pin of the household (the conflict's facts, see PIN_CONFLICTS).
    "pin_conflict": Entry(
        Template(
            QT_TR_NOOP("The pin of household {subject} to {kind} {target} was released: {why}."),
            words={"kind": "pin_kind"},
        ),
        {
            "person": Template(
                QT_TR_NOOP("The pin of person {subject} to {kind} {target} was released: {why}."),
                words={"kind": "pin_kind"},
            )
        },
        lambda facts: "person" if facts.get("subject_kind") == "person" else None,
    ),
}

# --- released pins that are no one rule's (solvers.solve) -------------------------------
PIN_CONFLICTS: dict[str, Entry] = {
    "pins_together": Entry(
        Template(
            QT_TR_NOOP(
                "Pin #{pin_id} ({kind}) was released: the pins cannot all hold together with the "
                "seats, appointments and beds there are."
            ),
            words={"kind": "pin_kind"},
        )
    ),
}

# --- why a pin would be, or was, released (solvers.rules.pins) --------------------------
PIN_CLAUSES: dict[str, Entry] = {
    "pin_unknown_kind": Entry(Template(QT_TR_NOOP("'{kind}' is not a kind of pin"))),
    "person_not_awaiting": Entry(Template(QT_TR_NOOP("the person is no longer awaiting a flight"))),
    "slot_gone": Entry(Template(QT_TR_NOOP("the appointment no longer exists"))),
    "person_needs_no_document": Entry(
        Template(QT_TR_NOOP("the person's travel document is valid: they need no appointment"))
    ),
    "slot_before_ready": Entry(
        Template(
            QT_TR_NOOP(
                "the appointment is on {slot_date}, before the person is available on {ready}"
            ),
            dates=("slot_date", "ready"),
        )
    ),
    "slot_taken_by_pins": Entry(
        Template(
            QT_TR_NOOP("the appointment's {capacity} is taken by an earlier pin"),
            QT_TR_NOOP("the appointment's {capacity} are taken by earlier pins"),
            "capacity",
            nouns={"capacity": "place"},
        )
    ),
    "household_not_awaiting": Entry(
        Template(QT_TR_NOOP("the household is no longer awaiting a flight"))
    ),
    "flight_gone": Entry(Template(QT_TR_NOOP("the flight no longer exists"))),
    "household_held": Entry(
        Template(
            QT_TR_NOOP(
                "the household is called or checked in for flight {flight}, and the planner "
                "keeps it there until the flight closes or its status is set back to registered"
            )
        )
    ),
    "flight_not_flying": Entry(
        Template(QT_TR_NOOP("the flight is {status}"), words={"status": "flight_status"})
    ),
    "flight_before_start": Entry(
        Template(
            QT_TR_NOOP("the flight left on {departure}, before the plan start"),
            dates=("departure",),
        )
    ),
    # With ``accepted`` (a pin's clause, solvers/rules/pins.py), the airports the household
    # accepts; plans stored before name only the airport.
    "destination_not_accepted": Entry(
        Template(QT_TR_NOOP("not every member accepts {airport}")),
        {"accepted": Template(QT_TR_NOOP("the household accepts only {accepted}, not {airport}"),
                              alternatives=("accepted",))},
        lambda facts: "accepted" if facts.get("accepted") else None),
    "cannot_leave_before": Entry(
        Template(QT_TR_NOOP("the household cannot leave before {earliest}"), dates=("earliest",))
    ),
    "infant_without_lap": Entry(
        Template(QT_TR_NOOP("an infant would travel without a member aged {minor_age} or over")),
        {
            "many": Template(
                QT_TR_NOOP(
                    "{infants} would travel with {adults} {minor_age} or over, and each infant "
                    "needs the lap of its own adult"
                ),
                nouns={"infants": "infant", "adults": "adult_member"},
            )
        },
        lambda facts: "many" if count_of(facts.get("infants")) > 1 else None,
    ),
    "fit_to_travel_uncovered": Entry(
        Template(
            QT_TR_NOOP("no fit-to-travel clearance of {persons} covers {departure}"),
            dates=("departure",),
        )
    ),
    "flight_too_small": Entry(
        Template(
            QT_TR_NOOP("the flight has fewer seats ({seats}) than the household needs ({need})")
        )
    ),
    "seats_taken_by_pins": Entry(
        Template(QT_TR_NOOP("its {seats} are taken by earlier pins"), nouns={"seats": "seat"})
    ),
    "medical_too_many": Entry(
        Template(
            QT_TR_NOOP(
                "the flight carries fewer medical passengers ({capacity}) than the household has "
                "({medical})"
            )
        )
    ),
    "medical_taken_by_pins": Entry(
        Template(QT_TR_NOOP("its medical capacity of {capacity} is taken by earlier pins"))
    ),
    "pinned_document_late": Entry(
        Template(
            QT_TR_NOOP("the document of {case_no} from its pinned appointment is not ready in time")
        )
    ),
    "no_document_in_time": Entry(
        Template(QT_TR_NOOP("no document appointment is early enough for {case_no}"))
    ),
    "document_slots_taken": Entry(
        Template(
            QT_TR_NOOP(
                "the document appointments in time for its members are taken (by pins or by their "
                "capacity)"
            )
        )
    ),
    "shelter_gone": Entry(Template(QT_TR_NOOP("the shelter no longer exists"))),
    "shelter_closed": Entry(
        Template(QT_TR_NOOP("the shelter is closed on some night of the stay"))
    ),
    "household_needs_no_shelter": Entry(
        Template(QT_TR_NOOP("no member of the household needs a shelter"))
    ),
    "shelter_too_small": Entry(
        Template(
            QT_TR_NOOP("the shelter has fewer beds ({beds}) than the household needs ({need})")
        )
    ),
    "beds_taken_by_pins": Entry(
        Template(
            QT_TR_NOOP("its {beds} are taken by earlier pins on the night of {night}"),
            dates=("night",),
            nouns={"beds": "bed"},
        )
    ),
}

# --- why a shelter does not take a household (rule 9; solvers.rules.shelter_fit) --------
MISFITS: dict[str, Entry] = {
    "shelter_women_children": Entry(
        Template(QT_TR_NOOP("{shelter} takes only women and children under {age}"))
    ),
    "shelter_men_only": Entry(Template(QT_TR_NOOP("{shelter} takes only men"))),
    "shelter_no_medical_care": Entry(
        Template(QT_TR_NOOP("{shelter} has no medical care for a member flagged medical"))
    ),
}

# --- why a household has no bed (overflow; solvers.explain) -----------------------------
OVERFLOW: dict[str, Entry] = {
    "no_shelter": Entry(
        Template(
            QT_TR_NOOP("No shelter is recorded for the nights of {first} to {last}."),
            dates=("first", "last"),
        )
    ),
    "no_fitting_shelter": Entry(
        Template(QT_TR_NOOP("No shelter takes this household: {misfits}."))
    ),
    "shelters_closed": Entry(
        Template(
            QT_TR_NOOP(
                "Every shelter that takes this household is closed on some of the nights of {first} "
                "to {last} ({shelters})."
            ),
            dates=("first", "last"),
        )
    ),
    "shelter_not_placed": Entry(
        Template(
            QT_TR_NOOP(
                "{shelter} has beds for the nights of {first} to {last}, but the planner did not "
                "place the household within its time limit; solve again or pin the shelter."
            ),
            dates=("first", "last"),
        )
    ),
    "shelters_full": Entry(
        Template(QT_TR_NOOP("All shelters that take this household are full: {full}."))
    ),
    "shelter_full_on": Entry(
        Template(QT_TR_NOOP("{shelter} on the night of {night}"), dates=("night",))
    ),
}

# --- why a passenger was added to or removed from a manifest revision (SPEC 8.5) ------
# The revision stores the bare code ("no_show", a status, ...): the change sheet renders
# "change_<code>" (planner/departure/revisions.py, planner/export/layout.py).
MANIFEST_CHANGES: dict[str, Entry] = {
    "change_no_show": Entry(Template(QT_TR_NOOP("did not check in (no-show)"))),
    "change_standby": Entry(Template(QT_TR_NOOP("standby, given a freed seat at close"))),
    "change_replanned": Entry(Template(QT_TR_NOOP("moved by a new plan"))),
    "change_self_departed": Entry(Template(QT_TR_NOOP("left by own means"))),
    "change_withdrawn": Entry(Template(QT_TR_NOOP("withdrew"))),
    "change_missing": Entry(Template(QT_TR_NOOP("missing"))),
    "change_left": Entry(Template(QT_TR_NOOP("left the operation"))),
}

# --- why a standby household got no seat at close (planner.departure.standby) -----------
STANDBY: dict[str, Entry] = {
    "standby_seats": Entry(
        Template(QT_TR_NOOP("Needs {needed}; {free} left on the flight."),
                 nouns={"needed": "seat"})
    ),
    "standby_laps": Entry(
        Template(
            QT_TR_NOOP("Its infant needs the lap of a member aged {minor_age} or over; it has "
                       "none on the flight's day."),
            QT_TR_NOOP("{infants} need the laps of members aged {minor_age} or over; it has "
                       "{adults} on the flight's day."),
            count="infants",
            nouns={"infants": "infant"},
        )
    ),
    "standby_medical": Entry(
        Template(QT_TR_NOOP("Has {medical}; the flight takes {free} more."),
                 nouns={"medical": "medical_passenger"})
    ),
    "standby_destination": Entry(
        Template(QT_TR_NOOP("The flight goes to {destination}, which not every member "
                            "accepts."))
    ),
    "standby_timing": Entry(
        Template(QT_TR_NOOP("May leave only from {ready}; the flight leaves {departs}."),
                 dates=("ready", "departs"))
    ),
    "standby_documents": Entry(
        Template(QT_TR_NOOP("No travel document ready before check-in for the flight of "
                            "{departs}."), dates=("departs",))
    ),
    "standby_fit_to_travel": Entry(
        Template(QT_TR_NOOP("No fit-to-travel clearance covering {departs} ({days} days)."),
                 dates=("departs",))
    ),
    "standby_rule": Entry(
        Template(QT_TR_NOOP("Seating it would break planning rule {rule}."))
    ),
}

# --- why a household's flight changed (planner.planning.insights) -----------------------
MOVES: dict[str, Entry] = {
    "move_flight_unusable": Entry(
        Template(
            QT_TR_NOOP("{before} is {before_status}; no other flight could take it."),
            words={"before_status": "flight_status"},
        ),
        {
            "moved": Template(
                QT_TR_NOOP("{before} is {before_status}; moved to {after}."),
                words={"before_status": "flight_status"},
            )
        },
        _flag("after", "moved"),
    ),
    "move_lost_seat": Entry(
        Template(QT_TR_NOOP("Taken off {before}: {reason}")),
        {"unknown": Template(QT_TR_NOOP("Taken off {before}: see its reasons"))},
        lambda facts: None if facts.get("reason") else "unknown",
    ),
    "move_newly_flown": Entry(
        Template(QT_TR_NOOP("Now flies on {after}; it had no flight in plan {against}.")),
        {
            "no_show": Template(QT_TR_NOOP(
                "Now flies on {after}; a no-show on {no_show} (plan {against}), planned again."))
        },
        _flag("no_show", "no_show"),
    ),
    "move_moved": Entry(
        Template(
            QT_TR_NOOP(
                "Moved from {before} to {after}: no plan with fewer changes flies as much priority "
                "weight."
            )
        )
    ),
    "move_moved_unproven": Entry(
        Template(
            QT_TR_NOOP(
                "Moved from {before} to {after}, although {before} still flies; the planner did not "
                "prove this move necessary. Pin the household to {before} to keep it there."
            )
        )
    ),
}


# Every code, its template. Codes are unique across families.
TEMPLATES: dict[str, Entry] = {}
for _family in (UNFLOWN, PIN_CONFLICTS, PIN_CLAUSES, MISFITS, OVERFLOW, MANIFEST_CHANGES, MOVES,
                STANDBY):
    assert not TEMPLATES.keys() & _family.keys(), "a reason code is in two families"
    TEMPLATES.update(_family)

__all__ = [
    "DESKTOP",
    "LIST_MORE",
    "LIST_OR",
    "MANIFEST_CHANGES",
    "MISFITS",
    "MONTH_DATES",
    "MOVES",
    "NOUNS",
    "OVERFLOW",
    "PIN_CLAUSES",
    "PIN_CONFLICTS",
    "STANDBY",
    "QT_TR_NOOP",
    "TEMPLATES",
    "UNFLOWN",
    "VALUE_WORDS",
    "Entry",
    "Template",
    "count_of",
]
