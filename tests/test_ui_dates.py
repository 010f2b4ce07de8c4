"""The desktop writes a date as the reports and the command line do (date_text), in the
desktop's language, whatever Qt's default locale says."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from planner.words.catalogue import catalogue_words
from planner.words.render import date_text
from ui.i18n import languages
from ui.plan_words import day_month, short_date, short_datetime


def test_desktop_dates_follow_the_language_not_the_locale(qapp: object) -> None:
    before = QLocale()
    try:
        for language in ("en", "id"):
            languages.install(language)
            # A locale that is neither language: its month names must not show.
            QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
            words = catalogue_words(language)
            for month in range(1, 13):
                day = dt.date(2026, month, 5)
                assert short_date(day) == date_text(day, words)
                assert day_month(day) == date_text(day, words).rsplit(" ", 1)[0]
            assert short_datetime(dt.datetime(2026, 8, 5, 7, 30)) == \
                date_text(dt.date(2026, 8, 5), words) + " 07:30"
        assert short_date(dt.date(2026, 8, 17)) == "17 Agu 2026"
    finally:
        languages.install("en")
        QLocale.setDefault(before)
