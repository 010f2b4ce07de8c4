"""Why a standby household got no seat at close: a reason code with its facts (never the
validator's sentence), in English for the command line and in Indonesian for the desk,
one case per rule a standby household meets on its flight."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.departure.standby import fill_standby
from planner.words.catalogue import catalogue_words
from planner.words.render import render
from solvers.problem import FlightSpec, HouseholdSpec, PersonSpec, Problem
from solvers.solution import Assignment

START = dt.date(2026, 3, 1)
DEPARTS = dt.datetime(2026, 3, 10, 10, 0)


def _person(pid: int, household: int, born: dt.date, **facts: object) -> PersonSpec:
    return PersonSpec(id=pid, case_no=f"C-{pid:06d}", household_id=household, sex="F",
                      date_of_birth=born, destinations=("CGK",), **facts)  # type: ignore[arg-type]


ADULT, INFANT = dt.date(1990, 1, 1), dt.date(2025, 12, 1)


def _refused(standby: list[PersonSpec], seats: int = 3, medical_capacity: int | None = None,
             destination: str = "CGK", fit_days: int | None = None
             ) -> tuple[str, str, dict]:  # type: ignore[type-arg]
    """One passenger household (one adult, medical) on a flight, one standby household."""
    passenger = _person(1, 1, ADULT, medical=True)
    problem = Problem(
        start=START, persons=(passenger, *standby),
        households=(HouseholdSpec(1, "H-1", (1,)),
                    HouseholdSpec(2, "H-2", tuple(p.id for p in standby))),
        flights=(FlightSpec(1, "QZ 1 2026-03-10", destination, DEPARTS, seats,
                            medical_capacity),),
        fit_to_travel_days=fit_days)
    kept = Assignment(flight_of={1: 1})
    _final, added, refused = fill_standby(problem, kept, [2])
    assert added == [] and [h for h, _ in refused] == [2]
    why = refused[0][1]
    return render(why), render(why, catalogue_words("id")), {"code": why.code, **why.facts}


@pytest.mark.parametrize(("standby", "options", "english", "indonesian"), [
    ([_person(2, 2, ADULT), _person(3, 2, ADULT), _person(4, 2, ADULT)], {},
     "Needs 3 seats; 2 left on the flight.", "Perlu 3 kursi; tersisa 2 di penerbangan."),
    ([_person(2, 2, INFANT)], {},
     "Its infant needs the lap of a member aged 18 or over; it has none on the flight's "
     "day.", "Bayinya perlu dipangku anggota berumur 18 tahun ke atas; tidak ada pada hari "
     "penerbangan."),
    ([_person(2, 2, ADULT, medical=True)], {"medical_capacity": 1},
     "Has 1 medical passenger; the flight takes 0 more.",
     "Ada 1 penumpang medis; penerbangan hanya menerima 0 lagi."),
    ([_person(2, 2, ADULT)], {"destination": "SUB"},
     "The flight goes to SUB, which not every member accepts.",
     "Penerbangan ini ke SUB, yang tidak diterima semua anggota."),
    ([_person(2, 2, ADULT, cleared_from=dt.date(2026, 3, 14))], {},
     "May leave only from 14 Mar 2026; the flight leaves 10 Mar 2026.",
     "Baru boleh berangkat mulai 14 Mar 2026; penerbangan berangkat 10 Mar 2026."),
    ([_person(2, 2, ADULT, needs_document=True)], {},
     "No travel document ready before check-in for the flight of 10 Mar 2026.",
     "Tidak ada dokumen perjalanan yang siap sebelum lapor diri untuk penerbangan 10 Mar "
     "2026."),
    ([_person(2, 2, ADULT, medical=True, needs_clearance=True)], {"fit_days": 7},
     "No fit-to-travel clearance covering 10 Mar 2026 (7 days).",
     "Tidak ada surat layak terbang yang berlaku untuk 10 Mar 2026 (7 hari)."),
])
def test_each_rule_has_its_words_in_both_languages(
        standby: list[PersonSpec], options: dict, english: str, indonesian: str) -> None:  # type: ignore[type-arg]
    said_en, said_id, facts = _refused(standby, **options)
    assert (said_en, said_id) == (english, indonesian), facts


def test_the_rule_number_comes_from_the_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule the validator gains is named by its own number, with no list here to keep in
    step: the number is the violation's, as ``solvers.validate`` gives it."""
    from planner.departure import standby
    from solvers.validate import RULES, Violation

    def rule_12_new(problem: Problem, plan: Assignment) -> list[Violation]:
        return [Violation("rule 12", "broken_new", (("household", "H-2"),))] \
            if 2 in plan.flight_of else []

    monkeypatch.setattr(standby, "RULES", (rule_12_new, *RULES))
    _english, _indonesian, facts = _refused([_person(2, 2, ADULT)])
    assert facts == {"code": "standby_rule", "rule": 12}
