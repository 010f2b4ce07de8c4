"""A registry field that no page places still shows in its table, with its codes in the
officer's words: the movement status of SPEC 8.1 in the roster."""

from __future__ import annotations

from typing import Any

from tests.ui_support import *  # noqa: F403 - the UI fixtures
from ui.i18n import FieldLabelTranslator
from ui.main_window import MainWindow


def test_the_roster_shows_the_movement_status_in_words(window: MainWindow) -> None:
    window.show_page("roster")
    page: Any = window.pages["roster"]
    fields = [c.field for c in page.model.columns]
    column = fields.index("status")
    assert page.model.columns[column].header == "Status"
    shown = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert shown == {"Registered"}  # a demo operation: everyone waiting in care


def test_status_words_in_indonesian_come_from_the_registry() -> None:
    words = FieldLabelTranslator("id")
    assert words.translate("", "Registered") == "Terdaftar"
    assert words.translate("", "Whereabouts unknown") == "Tidak diketahui keberadaannya"
    assert words.translate("", "Emergency contact") is None  # not a field of this process
