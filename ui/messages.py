"""Sentences made outside ui/, in the officer's language.

The planner and the import write their sentences in English (the command line, the JSON
of ``evacplan solve --json``, the manifests and the stored plans keep them), each with a
stable ``code`` and the facts it states under stable names:

- why a household has no flight (``solvers.explain``: a dict with ``code``, ``text`` and
  facts such as ``destinations``, ``after``, ``flights``, ``persons``);
- why a household has no bed (stored as text only: ``solvers.explain.read_overflow``
  reads the code and facts back from the sentence);
- why a pin was released (``solvers.rules.pins``: ``kind``, ``subject``, ``target`` and
  the English sentence; its last clause is read here against the rules' own wording);
- why a household's flight changed (``planner.planning.insights.Move``);
- why an import row cannot be imported (``planner.importing.Problem``: ``code``, ``params``).

In English the producer's own sentence is shown. In another language the sentence is
made again here from the code and the facts with ``tr()``; an unknown code, a missing
fact or a sentence that cannot be read (a plan stored by an older version) falls back to
the English sentence, so nothing is ever lost, only left untranslated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from planner.importing import Problem
from planner.planning.insights import Move
from solvers.explain import read_day, read_overflow
from ui.i18n import DEFAULT_LANGUAGE, languages, tr
from ui.labels import field_label
from ui.plan_words import counted, short_date


class _Missing(Exception):
    """A fact the sentence needs is not there: use the English sentence."""


def translating() -> bool:
    return languages.current != DEFAULT_LANGUAGE


def _iso_day(value: Any) -> str:
    if value in (None, ""):
        raise _Missing
    try:
        return short_date(dt.date.fromisoformat(str(value)))
    except ValueError as exc:
        raise _Missing from exc


def _english_day(value: str) -> str:
    day = read_day(value)
    if day is None:
        raise _Missing
    return short_date(day)


def listed(items: Sequence[Any], limit: int = 4, more: int = 0) -> str:
    """Items joined by commas, the rest counted ("A, B dan 3 lainnya")."""
    items = list(items)
    if not items:
        raise _Missing
    shown = ", ".join(str(i) for i in items[:limit])
    rest = max(len(items) - limit, 0) + more
    if rest:
        return tr("{shown} and {count} more").format(shown=shown, count=rest)
    return shown


def _places(reason: Mapping[str, Any]) -> str | None:
    """The accepted airports ("CGK atau SUB"); None for a reason stored before it carried
    them (its sentence is then worded without them)."""
    airports = list(reason.get("destinations") or ())
    return tr(" or ", "between airports").join(airports) if airports else None


def _need(reason: Mapping[str, Any], name: str) -> Any:
    value = reason.get(name)
    if value is None or value == "" or value == []:
        raise _Missing
    return value


def _fields(names: Sequence[str]) -> str:
    return ", ".join(field_label(n) for n in names) if names else ""


# --- why a household has no flight (SPEC 3.3) -------------------------------------------
def _reason_sentence(code: Any, r: Mapping[str, Any]) -> str | None:
    # Reasons stored before they carried every fact of their sentence (destinations, the
    # plan start, counts) are worded without those facts, as they were then.
    flights = list(r.get("flights") or ())
    persons = list(r.get("persons") or ())
    places = _places(r)
    if code == "no_common_destination":
        return tr("The members accept no arrival airport in common; record one they all "
                  "accept or split the household.")
    if code == "no_flight_to_destination":
        if r.get("start"):
            return tr("No usable flight to {airports} on or after {start}; add a flight or "
                      "accept another airport.").format(airports=places or "",
                                                        start=_iso_day(r.get("start")))
        return tr("No usable flight to {airports}; add a flight or accept another "
                  "airport.").format(airports=" / ".join(_need(r, "destinations")))
    if code == "not_cleared":
        cleared, last = _iso_day(r.get("cleared_from")), _iso_day(r.get("last_flight"))
        if places:
            return tr("Cleared to leave only from {cleared}, after the last flight to "
                      "{airports} on {last}.").format(cleared=cleared, airports=places,
                                                      last=last)
        return tr("Cleared to leave only from {cleared}, after the last usable flight on "
                  "{last}.").format(cleared=cleared, last=last)
    if code == "no_flight_after_ready":
        ready, last = _iso_day(r.get("ready")), _iso_day(r.get("last_flight"))
        if places:
            return tr("Available to travel only from {ready}, after the last flight to "
                      "{airports} on {last}.").format(ready=ready, airports=places, last=last)
        return tr("Available to travel only from {ready}, after the last usable flight on "
                  "{last}.").format(ready=ready, last=last)
    if code == "infant_without_adult":
        infants, adults = r.get("infants"), r.get("adults")
        if isinstance(infants, int) and infants > 1 and isinstance(adults, int) and \
                r.get("minor_age") is not None:
            if adults == 0:
                return tr("The household has {infants} infants but no member aged {age} or "
                          "over; each infant travels on the lap of its own adult.").format(
                    infants=infants, age=r["minor_age"])
            return tr("The household has {infants} infants but only {adults} member(s) aged "
                      "{age} or over; each infant travels on the lap of its own adult.").format(
                infants=infants, adults=adults, age=r["minor_age"])
        if r.get("minor_age") is not None and flights and r.get("all_flights") is False:
            return tr("An infant in this household has no member aged {age} or over to "
                      "travel with on {flights}.").format(age=r["minor_age"],
                                                         flights=listed(flights))
        if r.get("minor_age") is not None:
            return tr("An infant in this household has no member aged {age} or over to "
                      "travel with.").format(age=r["minor_age"])
        return tr("An infant in this household has no adult member to travel with.")
    if code == "household_too_large":
        if flights and r.get("seats") and "all_flights" in r:
            return tr("The household needs {seats} seats, more than {flights} can take.").format(
                seats=r["seats"], flights=listed(flights))
        if places and r.get("seats"):
            return tr("The household needs {seats} seats, more than any flight to {airports} "
                      "has.").format(seats=r["seats"], airports=places)
        return tr("The household needs more seats than any flight it could take has.")
    if code == "medical_capacity":
        if flights and r.get("medical") and "all_flights" in r:
            return tr("{count} medical passengers exceed the medical capacity of "
                      "{flights}.").format(count=r["medical"], flights=listed(flights))
        if places and r.get("medical") and r.get("after"):
            return tr("{count} medical passengers exceed the medical places of every flight "
                      "to {airports} from {day}.").format(count=r["medical"], airports=places,
                                                          day=_iso_day(r["after"]))
        return tr("Its medical passengers exceed the medical places of every flight it "
                  "could take.")
    if code == "no_document_slot":
        if flights and r.get("all_flights") is False:
            return tr("No document appointment is early enough for {persons} to take "
                      "{flights}; add an earlier appointment.").format(
                persons=listed(persons), flights=listed(flights))
        if places and r.get("after"):
            return tr("No document appointment is early enough for {persons} to take any "
                      "flight to {airports} from {day}; add an earlier appointment.").format(
                persons=listed(persons), airports=places, day=_iso_day(r["after"]))
        return tr("No document appointment is early enough for {persons} to take any usable "
                  "flight; add an earlier appointment.").format(persons=listed(persons))
    if code == "no_fit_to_travel":
        return tr("No fit-to-travel clearance: {persons} need a medical clearance dated at "
                  "most {days} days before {flights}; record the clearance date.").format(
            persons=listed(persons), days=_need(r, "days"), flights=listed(flights))
    if code == "flights_full":
        return tr("Full in this plan: {flights}, carrying {competing} persons.").format(
            flights=listed(flights), competing=_need(r, "competing_persons"))
    if code == "medical_capacity_full":
        return tr("The medical places on {flights} are taken.").format(flights=listed(flights))
    if code == "document_slots_full":
        return tr("Every document appointment early enough for {persons} to take {flights} "
                  "is fully booked.").format(flights=listed(flights), persons=listed(persons))
    if code == "not_placed":
        return tr("{flights} still has room for this household, but the planner could not "
                  "place it within its time limit; solve again with more time or pin "
                  "it.").format(flights=listed(flights))
    if code == "pinned_slot_late":
        return tr("The pinned document appointment of {persons} is ready too late for "
                  "{flights}; pin an earlier appointment or remove the pin.").format(
            persons=listed(persons), flights=listed(flights))
    if code == "flights_before_ready":
        day = _iso_day(r.get("ready"))
        if r.get("cleared"):
            return tr("{flights} leave before {day}, the day it is cleared to leave.").format(
                flights=listed(flights), day=day)
        return tr("{flights} leave before {day}, the day it is available to travel.").format(
            flights=listed(flights), day=day)
    if code == "lost_seat":
        then = (tr("plan {number}").format(number=r["reference_plan"])
                if r.get("reference_plan") else tr("the previous plan"))
        facts = {"flight": _need(r, "flight"), "then": then,
                 "count": _need(r, "newcomers"), "weight": r.get("newcomer_weight", 0),
                 "own": r.get("weight", 0), "members": r.get("persons_weighed", 0)}
        if r.get("higher_priority"):
            return tr("Lost its seat on {flight} ({then}) to households of higher priority: "
                      "{count} persons not on it then fly on it now, with priority weight "
                      "{weight} (this household: {own} for {members} persons).").format(**facts)
        return tr("Lost its seat on {flight} ({then}) to other households: {count} persons "
                  "not on it then fly on it now, with priority weight {weight} (this "
                  "household: {own} for {members} persons).").format(**facts)
    if code == "pin_conflict":
        return _conflict_sentence(r)
    return None


# Every reason code this module words (the tests compare it with the planner's codes).
REASON_CODES = ("no_common_destination", "no_flight_to_destination", "not_cleared",
                "no_flight_after_ready", "infant_without_adult", "household_too_large",
                "medical_capacity", "no_document_slot", "flights_full",
                "medical_capacity_full", "document_slots_full", "not_placed", "pin_conflict",
                "pinned_slot_late", "flights_before_ready", "lost_seat", "no_fit_to_travel")


def _made(make: Callable[[], str | None], original: str) -> str:
    if not translating():
        return original
    try:
        return make() or original
    except _Missing:
        return original


def reason_text(reason: Mapping[str, Any]) -> str:
    """Why a household has no flight, in the officer's language."""
    original = str(reason.get("text") or reason.get("code") or "")
    return _made(lambda: _reason_sentence(reason.get("code"), reason), original)


def reason_summary(reasons: Sequence[Mapping[str, Any]]) -> str:
    """The first reason, and how many more there are ("... (+2 more reasons)")."""
    if not reasons:
        return tr("The planner recorded no reason.")
    first = reason_text(reasons[0])
    if len(reasons) == 1:
        return first
    return counted(len(reasons) - 1, tr("{first} (+{count} more reason)"),
                   tr("{first} (+{count} more reasons)"), first=first)


# --- why a pin was released (SPEC 3.1 rule 10) -------------------------------------------
_PIN_TEXT = re.compile(r"The pin of (?P<subject>.+?) to (?P<kind>slot|flight|shelter) "
                       r"(?P<target>.+?) was released: (?P<why>.+)\.")
_PIN_ALL = re.compile(r"The pin #(?P<pin>\d+) \((?P<kind>\w+)\) was released: the pins cannot "
                      r"all hold together with the seats, slots and beds there are\.")
_DAY = r"(?P<{}>\d{{1,2}} [A-Z][a-z]{{2}} \d{{4}})"


def _why_sentences() -> list[tuple[re.Pattern[str], Callable[[dict[str, str]], str]]]:
    """The last clause of each pin rule's sentence (``solvers.rules.pins``, including the
    shelter policies of ``solvers.rules.shelter_fit``), with its wording."""
    d = _english_day
    table: list[tuple[str, Callable[[dict[str, str]], str]]] = [
        (r"'(?P<kind>.+)' is not a kind of pin",
         lambda g: tr("'{kind}' is not a kind of pin").format(kind=g["kind"])),
        (r"the person is no longer awaiting a flight",
         lambda g: tr("the person is no longer awaiting a flight")),
        (r"the slot no longer exists", lambda g: tr("the appointment no longer exists")),
        (r"the slot is on " + _DAY.format("slot") + r", before the person is available on "
         + _DAY.format("ready"),
         lambda g: tr("the appointment is on {slot}, before the person is available on "
                      "{ready}").format(slot=d(g["slot"]), ready=d(g["ready"]))),
        (r"the slot's (?P<n>\d+) places are taken by earlier pins",
         lambda g: tr("the appointment's {count} places are taken by earlier pins").format(
             count=g["n"])),
        (r"the household is no longer awaiting a flight",
         lambda g: tr("the household is no longer awaiting a flight")),
        (r"the flight no longer exists", lambda g: tr("the flight no longer exists")),
        (r"the flight is (?P<status>\w+)",
         lambda g: tr("the flight is {status}").format(status=flight_status(g["status"]))),
        (r"the flight left on " + _DAY.format("day") + r", before the plan start",
         lambda g: tr("the flight left on {day}, before the plan start").format(
             day=d(g["day"]))),
        (r"not every member accepts (?P<airport>\S+)",
         lambda g: tr("not every member accepts {airport}").format(airport=g["airport"])),
        (r"the household cannot leave before " + _DAY.format("day"),
         lambda g: tr("the household cannot leave before {day}").format(day=d(g["day"]))),
        (r"no fit-to-travel clearance of (?P<persons>.+?) covers " + _DAY.format("day"),
         lambda g: tr("no fit-to-travel clearance of {persons} covers {day}").format(
             persons=g["persons"], day=d(g["day"]))),
        (r"an infant would travel without a member aged (?P<age>\d+) or over",
         lambda g: tr("an infant would travel without a member aged {age} or over").format(
             age=g["age"])),
        (r"its (?P<n>\d+) infants would travel with (?P<adults>\d+) of its members aged "
         r"(?P<age>\d+) or over, and each infant needs the lap of its own adult",
         lambda g: tr("{infants} infants with {adults} member(s) aged {age} or over would "
                      "travel; each infant needs the lap of its own adult").format(
             infants=g["n"], adults=g["adults"], age=g["age"])),
        (r"the flight has fewer seats \((?P<seats>\d+)\) than the household needs "
         r"\((?P<need>\d+)\)",
         lambda g: tr("the flight has fewer seats ({seats}) than the household needs "
                      "({need})").format(seats=g["seats"], need=g["need"])),
        (r"the flight carries fewer medical passengers \((?P<cap>\d+)\) than the "
         r"household has \((?P<medical>\d+)\)",
         lambda g: tr("the flight carries fewer medical passengers ({capacity}) than the "
                      "household has ({medical})").format(capacity=g["cap"],
                                                          medical=g["medical"])),
        (r"its (?P<n>\d+) seats are taken by earlier pins",
         lambda g: tr("its {count} seats are taken by earlier pins").format(count=g["n"])),
        (r"its medical capacity of (?P<n>\d+) is taken",
         lambda g: tr("its {count} medical places are taken").format(count=g["n"])),
        (r"the document of (?P<case>.+) from its pinned slot is not ready in time",
         lambda g: tr("the document of {case} from its pinned appointment is not ready in "
                      "time").format(case=g["case"])),
        (r"no document slot is early enough for (?P<case>.+)",
         lambda g: tr("no document appointment is early enough for {case}").format(
             case=g["case"])),
        (r"the document slots in time for its members are taken \(by pins or capacity\)",
         lambda g: tr("the document appointments in time for its members are taken (by pins "
                      "or by their capacity)")),
        (r"the shelter no longer exists", lambda g: tr("the shelter no longer exists")),
        (r"the shelter is closed on some night of the stay",
         lambda g: tr("the shelter is closed on some night of the stay")),
        (r"its (?P<n>\d+) beds are taken by earlier pins on the night of " + _DAY.format("day"),
         lambda g: tr("its {count} beds are taken by earlier pins on the night of {day}").format(
             count=g["n"], day=d(g["day"]))),
    ]
    return [(re.compile(p), make) for p, make in table]


_MISFITS: list[tuple[re.Pattern[str], Callable[[dict[str, str]], str]]] = [
    (re.compile(r"(?P<name>.+) takes only women and children under (?P<age>\d+)"),
     lambda g: tr("{shelter} takes only women and children under {age}").format(
         shelter=g["name"], age=g["age"])),
    (re.compile(r"(?P<name>.+) takes only men"),
     lambda g: tr("{shelter} takes only men").format(shelter=g["name"])),
    (re.compile(r"(?P<name>.+) has no medical care for a member flagged medical"),
     lambda g: tr("{shelter} has no medical care for a member flagged medical").format(
         shelter=g["name"])),
]
_WHY: list[tuple[re.Pattern[str], Callable[[dict[str, str]], str]]] = []


def flight_status(status: str) -> str:
    return {"planned": tr("planned"), "confirmed": tr("confirmed"),
            "cancelled": tr("cancelled"), "departed": tr("departed")}.get(status, status)


def _match(table: Sequence[tuple[re.Pattern[str], Callable[[dict[str, str]], str]]],
           text: str) -> str:
    for pattern, make in table:
        found = pattern.fullmatch(text)
        if found:
            return make(found.groupdict())
    raise _Missing


def pin_why_text(why: str) -> str:
    """The clause of a pin rule saying why a pin was released (raises _Missing)."""
    if not _WHY:
        _WHY.extend(_why_sentences())
    return _match([*_WHY, *_MISFITS], why)


def pin_clause_text(why: str | None) -> str:
    """The clause of a pin rule (why a pin would be, or was, released), in the officer's
    language; the English clause when it cannot be read."""
    original = why or ""
    return _made(lambda: pin_why_text(original), original)


def _pin_subject(subject: str) -> str:
    found = re.fullmatch(r"(household|person) (.+)", subject)
    if not found:
        raise _Missing
    word = tr("household {code}") if found.group(1) == "household" else tr("person {code}")
    return word.format(code=found.group(2))


def _pin_kind(kind: str) -> str:
    return {"flight": tr("flight"), "shelter": tr("shelter"),
            "slot": tr("document appointment")}.get(kind) or kind


def _conflict_sentence(conflict: Mapping[str, Any]) -> str:
    text = str(conflict.get("text") or "")
    together = _PIN_ALL.fullmatch(text)
    if together:
        return tr("Pin #{pin} ({kind}) was released: the pins cannot all hold together with "
                  "the seats, appointments and beds there are.").format(
            pin=together.group("pin"), kind=_pin_kind(together.group("kind")))
    found = _PIN_TEXT.fullmatch(text)
    if not found:
        raise _Missing
    return tr("The pin of {subject} to {kind} {target} was released: {why}.").format(
        subject=_pin_subject(found.group("subject")), kind=_pin_kind(found.group("kind")),
        target=found.group("target"), why=pin_why_text(found.group("why")))


def conflict_text(conflict: Mapping[str, Any]) -> str:
    """A released pin (a plan's conflict, or a household's "pin_conflict" reason)."""
    original = str(conflict.get("text") or "")
    return _made(lambda: _conflict_sentence(conflict), original)


# --- why a household has no bed ---------------------------------------------------------
def _misfit(text: str) -> str:
    return _match(_MISFITS, text)


def _overflow_sentence(text: str) -> str:
    facts = read_overflow(text)
    if facts is None:
        raise _Missing
    code = facts["code"]
    if code == "no_shelter":
        return tr("No shelter is recorded for the nights of {first} to {last}.").format(
            first=_iso_day(facts["first"]), last=_iso_day(facts["last"]))
    if code == "no_fitting_shelter":
        return tr("No shelter takes this household: {misfits}.").format(
            misfits=listed([_misfit(m) for m in facts["misfits"]], 3, facts["misfits_more"]))
    if code == "shelters_closed":
        return tr("Every shelter that takes this household is closed on some of the nights "
                  "of {first} to {last} ({shelters}).").format(
            first=_iso_day(facts["first"]), last=_iso_day(facts["last"]),
            shelters=listed(facts["shelters"], 4, facts["shelters_more"]))
    if code == "not_placed":
        return tr("{shelter} has beds for the nights of {first} to {last}, but the planner did "
                  "not place the household within its time limit; solve again or pin the "
                  "shelter.").format(shelter=facts["shelter"], first=_iso_day(facts["first"]),
                                     last=_iso_day(facts["last"]))
    if code == "shelters_full":
        full = [tr("{shelter} on the night of {night}").format(
            shelter=f["shelter"], night=_iso_day(f["night"])) for f in facts["full"]]
        return tr("All shelters that take this household are full: {full}.").format(
            full=listed(full, 4, facts["full_more"]))
    raise _Missing


# Every overflow code this module words (the tests compare it with the planner's).
OVERFLOW_CODES = ("no_shelter", "no_fitting_shelter", "shelters_closed", "not_placed",
                  "shelters_full")


def overflow_text(text: str | None) -> str:
    """Why a household has no bed for some nights, in the officer's language."""
    original = text or ""
    return _made(lambda: _overflow_sentence(original), original)


# --- why a household's flight changed ----------------------------------------------------
def _move_sentence(move: Move) -> str | None:
    before, after = move.before, move.after
    if move.code == "flight_unusable":
        status = flight_status(_need({"s": move.before_status}, "s"))
        if after:
            return tr("{before} is {status}; moved to {after}.").format(
                before=before, status=status, after=after)
        return tr("{before} is {status}; no other flight could take it.").format(
            before=before, status=status)
    if move.code == "lost_seat":
        why = reason_text(move.reason) if move.reason else tr("see its reasons")
        return tr("Taken off {before}: {why}").format(before=before, why=why)
    if move.code == "newly_flown":
        return tr("Now flies on {after}; it had no flight in plan {plan}.").format(
            after=after, plan=_need({"p": move.against}, "p"))
    if move.code == "moved":
        return tr("Moved from {before} to {after}: no plan with fewer changes flies as much "
                  "priority weight.").format(before=before, after=after)
    if move.code == "moved_unproven":
        return tr("Moved from {before} to {after}, although {before} still flies; the planner "
                  "did not prove this move necessary. Pin the household to {before} to keep "
                  "it there.").format(before=before, after=after)
    return None


# Every move code this module words.
MOVE_CODES = ("flight_unusable", "lost_seat", "newly_flown", "moved", "moved_unproven")


def move_text(move: Move) -> str:
    """Why a household's flight differs from the plan compared with."""
    return _made(lambda: _move_sentence(move), move.text)


def move_label(code: str) -> str:
    return {
        "flight_unusable": tr("Flight cancelled"),
        "lost_seat": tr("Lost the seat"),
        "newly_flown": tr("Now flies"),
        "moved": tr("Moved"),
        "moved_unproven": tr("Moved, not proven needed"),
    }.get(code, code)


# --- why an import row cannot be imported (SPEC 4) ---------------------------------------
def _key_words(key: str) -> str:
    if key == "full name and date of birth":
        return tr("full name and date of birth")
    return field_label(key)


def _import_sentences() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    p = _need
    return {
        "too_long": lambda a: tr("longer than the {max} characters this field can hold").format(
            max=p(a, "max_length")),
        "bad_flight_number": lambda a: tr("not a flight number such as QZ 8205"),
        "bad_sex": lambda a: tr("not a sex (M/F, L/P, Male/Female, Laki-laki/Perempuan)"),
        "bad_accepts": lambda a: tr("not a shelter rule (any, women_children, men)"),
        "bad_flight_status": lambda a: tr("not a flight status (planned, confirmed, "
                                          "cancelled, departed)"),
        "bad_person_status": lambda a: tr("not a movement status (registered, called, "
                                          "checked_in, no_show, flown, arrived, "
                                          "self_departed, withdrawn, missing)"),
        "bad_yes_no": lambda a: tr("not yes or no (yes/no, ya/tidak, y/n, 1/0)"),
        "bad_document_status": lambda a: tr("not a document status (valid, expired, missing, "
                                            "lost, confiscated)"),
        "bad_country": lambda a: tr("not a three-letter country code such as IDN"),
        "bad_airport": lambda a: tr("not one three-letter airport code such as CGK"),
        "bad_airport_in_list": lambda a: tr("{part} is not a three-letter airport code such "
                                            "as CGK").format(part=repr(p(a, "part"))),
        "no_airport": lambda a: tr("no airport code"),
        "too_many_airports": lambda a: tr("too many airports"),
        "bad_phone": lambda a: tr("not a phone number"),
        "phone_too_long": lambda a: tr("longer than the {max} characters a phone number can "
                                       "have").format(max=p(a, "max_length")),
        "not_a_number": lambda a: tr("not a number"),
        "not_whole_number": lambda a: tr("not a whole number"),
        "negative": lambda a: tr("less than zero"),
        "too_large": lambda a: tr("too large"),
        "more_than_a_year": lambda a: tr("more than a year"),
        "bad_time": lambda a: tr("not a time of day (such as 14:30)"),
        "impossible_date": lambda a: tr("not a real date (day or month out of range)"),
        "not_a_date": lambda a: tr("not a date"),
        "number_not_date": lambda a: tr("a number that is not a date"),
        "date_day_first": lambda a: tr("not a date (write it day first, such as 31/12/1990 "
                                       "or 31 Des 1990)"),
        "date_out_of_range": lambda a: tr("a date outside the years 1900 to 2100"),
        "birth_in_future": lambda a: tr("a date of birth in the future"),
        "birth_too_old": lambda a: tr("a date of birth more than 120 years ago"),
        "date_without_time": lambda a: tr("a date without a time of day (write it like "
                                          "03/02/2026 14:30)"),
        "date_needs_time": lambda a: tr("a date without a time of day; add the time or a "
                                        "time column"),
        "reserved_household": lambda a: tr("household codes starting with ~ are reserved for "
                                           "households of one"),
        "required": lambda a: tr("is missing (required)"),
        "pregnant_male": lambda a: tr("pregnant is yes but sex is M"),
        "closes_before_opens": lambda a: tr("closes before it opens"),
        "formula_without_value": lambda a: tr("a formula without a saved result; open the "
                                              "file in a spreadsheet program and save it "
                                              "again so the results are stored"),
        "cell_too_long": lambda a: tr("longer than a spreadsheet cell may be (32,767 "
                                      "characters)"),
        "spreadsheet_error": lambda a: tr("the spreadsheet shows the error {error}").format(
            error=p(a, "shown")),
        "damaged_number": lambda a: tr("not a number although stored as one"),
        "damaged_text": lambda a: tr("refers to text missing from the file (damaged)"),
        "control_character": lambda a: tr("holds an invisible control character "
                                          "({character}); remove it").format(
            character=p(a, "character")),
        "unreadable_text": lambda a: tr("holds letters that are neither UTF-8 nor "
                                        "Windows-1252, so they cannot be read; save the file "
                                        "again as CSV UTF-8"),
        "slot_without_key": lambda a: tr("needs a slot_id or a starts_at to be known by"),
        "repeats_record": lambda a: tr("repeats {key} of row {row} but {fields} differ").format(
            key=p(a, "key"), row=p(a, "first_row"), fields=_fields(p(a, "fields"))),
        "record_invalid": _record_invalid,
        "new_needs_fields": lambda a: tr("{key} is new and needs {fields}").format(
            key=p(a, "key"), fields=_fields(p(a, "fields"))),
        "conflicts_with_stored": lambda a: tr(
            "matches the stored person {case} by {key} but {fields} differ; correct the row "
            "or the stored person").format(case=p(a, "case_no"), key=_key_words(p(a, "key")),
                                           fields=_fields(p(a, "fields"))),
        "repeats_person": _repeats_person,
    }


def _record_invalid(a: Mapping[str, Any]) -> str:
    if _need(a, "problem") != "open_until would fall before open_from":
        raise _Missing
    return tr("{key}: it would close before it opens").format(key=_need(a, "key"))


def _repeats_person(a: Mapping[str, Any]) -> str:
    sheet = a.get("first_sheet")
    where = (tr("{sheet} row {row}").format(sheet=sheet, row=_need(a, "first_row")) if sheet
             else tr("row {row}").format(row=_need(a, "first_row")))
    return tr("repeats the person of {where} (same {key}) but {fields} differ").format(
        where=where, key=_key_words(_need(a, "key")), fields=_fields(_need(a, "fields")))


_IMPORT: dict[str, Callable[[Mapping[str, Any]], str]] = {}


def import_codes() -> set[str]:
    """Every import problem code this module words."""
    if not _IMPORT:
        _IMPORT.update(_import_sentences())
    return set(_IMPORT)


def problem_reason(problem: Problem) -> str:
    """Why an import row (or cell) cannot be imported, in the officer's language."""
    import_codes()
    make = _IMPORT.get(problem.code or "")
    if make is None:
        return problem.reason
    return _made(lambda: make(problem.params or {}), problem.reason)


def problem_short(problem: Problem) -> str:
    """``Problem.short`` in the officer's language: the column, the value and why."""
    if not translating():
        return problem.short
    label = problem.header or (field_label(problem.field) if problem.field else "")
    shown = f" {problem.value!r}" if problem.value else ""
    reason = problem_reason(problem)
    return f"{label}{shown}: {reason}" if label else reason


__all__ = ["MOVE_CODES", "OVERFLOW_CODES", "REASON_CODES", "conflict_text", "import_codes",
           "listed", "move_label", "move_text", "overflow_text", "problem_reason",
           "problem_short", "reason_summary", "reason_text", "translating"]
