"""The intake desk's duplicate search (planner.intake): the same person written another
way is found; a different person is not."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.intake import DuplicateIndex, name_words, same_name, sound_key

#: Names as written today, and how an older document or another officer writes them.
VARIANTS = [("Sukarno", "Soekarno"), ("Joko", "Djoko"), ("Cahyo", "Tjahjo"),
            ("Muhammad", "Mohamad"), ("Ahmad", "Achmad"), ("Khairul", "Chairul"),
            ("Syahrir", "Sjahrir"), ("Nyoman", "Njoman"), ("Yusuf", "Joesoef"),
            ("Siti", "SITI"), ("Dewi", "Dewy")]
OTHERS = ["Budi", "Agus", "Rina", "Wati", "Lestari", "Santoso", "Marlina", "Hartono"]


def test_each_spelling_reads_as_the_other() -> None:
    for today, old in VARIANTS:
        assert sound_key(today) == sound_key(old), (today, old)
    assert len({sound_key(n) for n in OTHERS}) == len(OTHERS)


@given(st.sampled_from(VARIANTS), st.sampled_from(VARIANTS), st.sampled_from(OTHERS),
       st.booleans())
def test_a_person_written_another_way_is_found(first: tuple[str, str],
                                               second: tuple[str, str], father: str,
                                               single: bool) -> None:
    born = dt.date(1990, 5, 17)
    index = DuplicateIndex()
    index.add(1, "C-000001", f"{first[0]} {second[0]}", born, "B 1234567", "H-1")
    index.add(2, "C-000002", f"{first[0]} {second[0]}", dt.date(1991, 5, 17), None, None)
    # Another spelling, in capitals, the father's name added, or a single name only.
    typed = first[1].upper() if single else f"{first[1]} {second[1]} binti {father}"
    assert [c.case_no for c in index.find(typed, born)] == ["C-000001"]
    assert [c.why for c in index.find("", None, "b1234567")] == [("passport",)]
    found = index.find(first[1], None, None, "h-1")
    assert [(c.case_no, c.why) for c in found] == [("C-000001", ("name_and_household",))]


def test_other_people_are_not_duplicates() -> None:
    index = DuplicateIndex()
    index.add(1, "C-000001", "Siti Aminah", dt.date(1990, 5, 17), "B1234567", "H-1")
    assert index.find("Siti Rahayu", dt.date(1990, 5, 17)) == []
    assert index.find("Siti Aminah", dt.date(1990, 5, 18)) == []
    assert index.find("Siti Aminah binti Budi", dt.date(1990, 5, 17))  # her father added
    assert index.find("Budi Aminah", dt.date(1990, 5, 17)) == []
    assert index.find("Aminah", None, "B12", "H-2") == []  # a passport number begun
    assert not same_name(name_words("FNU LNU"), name_words("Siti"))
