"""A reference code refused by the call list names the code the officer typed, in both
languages (it printed only 'evacplan: bad code!!': the fact named ``code`` took the
place of the reason's own code when the sentence was made; a review of 4 December)."""

from __future__ import annotations

import pytest

from planner.departure.call_list import check_reference
from planner.errors import PlannerError
from planner.words.catalogue import catalogue_words


def test_a_wrong_reference_code_is_refused_naming_it_in_both_languages() -> None:
    with pytest.raises(PlannerError) as refused:
        check_reference("bad code!!")
    assert refused.value.text() == ("A reference code is 2 to 16 letters, digits or dashes, "
                                    "not 'bad code!!'")
    assert refused.value.text(catalogue_words("id")) == (
        "Kode referensi terdiri atas 2 sampai 16 huruf, angka, atau tanda hubung, bukan "
        "'bad code!!'")
    assert check_reference("KBRI-PNH") == "KBRI-PNH"
