"""The desktop names its own controls where the command line names its options: one
code, a ``desktop`` variant of its template (planner.words.templates.DESKTOP), picked by
the desktop's words (ui.messages.QT_WORDS)."""

from __future__ import annotations

from typing import Any

from planner.errors import PlannerError
from planner.words.catalogue import catalogue_words
from planner.words.render import ALL_TEMPLATES, Words, render
from planner.words.templates import DESKTOP
from solvers.reasons import Reason


def test_no_plan_in_time_names_the_option_or_the_control() -> None:
    error = PlannerError.of("no_plan_in_time")
    assert str(error) == ("The planner found no plan within the time limit; solve again with "
                          "a longer --time-limit")
    indonesian = catalogue_words("id")
    desktop = Words(indonesian.translate, indonesian.number, desktop=True)
    said = error.text(desktop)
    assert said == ("Perencana tidak menemukan rencana dalam batas waktu; atur Batas waktu "
                    "yang lebih panjang di layar Rencana, lalu Susun rencana lagi")
    assert "--" not in said and "--time-limit" in error.text(indonesian)


def test_the_desktops_words_pick_the_desktop_variant(qapp: Any) -> None:
    from ui.messages import QT_WORDS

    assert QT_WORDS.desktop
    assert render(Reason("no_plan_in_time"), QT_WORDS) == (
        "The planner found no plan within the time limit; set a longer Time limit on the "
        "Plan screen and solve again")


def test_every_desktop_variant_names_no_option() -> None:
    variants = [entry.variants[DESKTOP].one for entry in ALL_TEMPLATES.values()
                if DESKTOP in entry.variants]
    assert variants
    assert not [text for text in variants if " --" in text or "evacplan" in text]
