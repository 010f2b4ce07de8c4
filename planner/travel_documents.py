"""Emergency travel documents written where a document status is asked: the importer's
cells and the desk's and forms' field refuse them by name (SPEC 2.1 has no such status).
Its own module, importing nothing, so that the form checks (planner.records) and the
importer (planner.importing) share it without one importing the other."""

from __future__ import annotations

import re

#: Emergency travel documents written where a document status is asked (folded): a kind of
#: document, not one of SPEC 2.1's statuses, and either issued (valid) or still to be
#: issued (missing), which the word alone does not say. Refused with a line naming them.
TRAVEL_DOCUMENT_WORDS = frozenset({
    "splp", "surat perjalanan laksana paspor", "spl paspor", "etd",
    "emergency travel document", "emergency travel documents",
})


def names_travel_document(folded: str) -> bool:
    """Whether text folded for comparing words (lower case, punctuation as spaces) is or
    contains the name of an emergency travel document."""
    return folded in TRAVEL_DOCUMENT_WORDS or any(
        re.search(rf"\b{re.escape(word)}\b", folded) for word in TRAVEL_DOCUMENT_WORDS)


__all__ = ["TRAVEL_DOCUMENT_WORDS", "names_travel_document"]
