"""The intake desk and the situation report for the user guide (``intake.png``,
``sitrep.png``): a returning walk-in typed at the desk with her name in the old spelling
(oe for u), caught as a possible duplicate of the person on the roster; and the report of
the operation's day as the screen opens on it.

Run by ``tools/screenshots.py`` before the workflow screens (they import and plan again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from planner.db.models import Person
from tests.ui_support import click_screen
from ui.app import wait_until_loaded
from ui.i18n import tr


def old_spelling(name: str) -> str | None:
    """The name as an old document writes it (the first u as oe, in capitals), or None
    for a name without a u."""
    at = name.lower().find("u")
    return None if at < 0 else (name[:at] + "oe" + name[at + 1:]).upper()


def shoot_intake(window: Any, out: Path, suffix: str,
                 save: Callable[[Any, Path, str], Path]) -> None:
    """The desk with a walk-in typed as the officer types her: a name of the roster in its
    old spelling, her sex and her date of birth day first; the duplicates list names her."""
    operation = window.context.operation
    with operation.session() as session:
        person = next(p for p in session.scalars(
            select(Person).where(Person.date_of_birth.is_not(None)).order_by(Person.id))
            if old_spelling(p.full_name) and p.sex == "F")
        name, born = old_spelling(person.full_name), person.date_of_birth
    click_screen(window, tr("Intake desk"))
    wait_until_loaded(window)
    page = window.pages["intake"]
    page.clear()
    for field, text in (("full_name", name), ("sex", "F"),
                        ("date_of_birth", f"{born:%d/%m/%Y}")):
        box = page.fields[field]
        box.setFocus()
        QTest.keyClicks(box, str(text))
    wait_until_loaded(window)
    if page.duplicates.count() == 0:
        raise SystemExit(f"screenshots: the desk found no duplicate of {name}")
    save(window, out, f"intake{suffix}")
    page.clear()


def shoot_sitrep(window: Any, out: Path, suffix: str,
                 save: Callable[[Any, Path, str], Path]) -> None:
    """The situation report of the day the screen opens on (today while the operation
    runs, else its last day with activity), laid out."""
    click_screen(window, tr("Situation report"))
    page = window.pages["sitrep"]
    app = QApplication.instance()
    assert app is not None
    for _ in range(3000):  # the report is computed in the background
        wait_until_loaded(window)
        if page.report is not None:
            break
        app.processEvents()
    if page.report is None:
        raise SystemExit(f"screenshots: no situation report of {page.day() or dt.date.today()}")
    save(window, out, f"sitrep{suffix}")
