"""English and Indonesian: every string of ui/ is in the catalogue and translated, the
catalogue compiles, every visible text of every screen goes through tr(), and the
officer switches language from the preferences."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.db import Operation
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, click, menu_item, show
from ui import i18n
from ui.i18n import TsTranslator, compile_catalogue, languages, tr, ts_path
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.tasks import SynchronousTaskRunner

ROOT = Path(__file__).resolve().parent.parent
OPEN, CLOSE = "\u27e6", "\u27e7"


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    languages.install("en")


def test_every_string_is_in_the_catalogue_and_translated() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def test_indonesian_is_installed_and_english_restored(qapp: Any, english_afterwards: None
                                                     ) -> None:
    assert tr("Roster") == "Roster"
    languages.install("id")
    assert tr("Roster") == "Daftar orang"
    assert tr("M", "sex: male") == "L" and tr("F", "sex: female") == "P"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    languages.install("en")
    assert tr("Roster") == "Roster"
    assert languages.install("xx") == "en"  # an unknown language falls back to English


def test_compiled_and_fallback_translators_agree(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv(i18n.CACHE_ENV, str(tmp_path))
    source = ts_path("evacplan", "id")
    compiled = compile_catalogue(source)
    assert compiled is not None and compiled.parent == tmp_path / "translations"
    qm = QTranslator()
    assert qm.load(str(compiled))
    fallback = TsTranslator(source)
    assert len(fallback) > 400
    for text in ("Roster", "Delete the {kind} {key}?", "Members of {code}",
                 "No persons yet.\nImport a ministry roster, or add a person with Add..."):
        assert qm.translate("", text) == fallback.translate("", text) != ""
    assert fallback.translate("", "not a string of the program") is None
    assert compile_catalogue(source) == compiled  # cached by content


def test_without_lrelease_the_ts_file_is_read(qapp: Any, english_afterwards: None,
                                              monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.setenv(i18n.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    languages.install("id")
    assert tr("Households") == "Keluarga"
    assert not list(tmp_path.rglob("*.qm"))


class Marker(QTranslator):
    """Pseudo-translation: every translated text comes back between marks."""

    def translate(self, context: Any, source: Any, disambiguation: Any = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        text = source.decode() if isinstance(source, bytes) else str(source)
        return f"{OPEN}{text}{CLOSE}" if context in ("", b"") and text else None


def visible_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every label, button, title, placeholder, combo item and header."""
    found: list[tuple[str, str]] = [("window title", widget.windowTitle())]
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel):
            found.append(("label", child.text()))
        elif isinstance(child, QAbstractButton):
            found.append(("button", child.text()))
        elif isinstance(child, QGroupBox):
            found.append(("group", child.title()))
        elif isinstance(child, QLineEdit):
            found.append(("placeholder", child.placeholderText()))
        elif isinstance(child, QComboBox):
            found.extend(("combo item", child.itemText(i)) for i in range(child.count()))
        model = getattr(child, "model", None)
        if callable(model) and hasattr(child, "horizontalHeader"):
            table = model()
            found.extend(("header", str(table.headerData(c, Qt.Orientation.Horizontal)))
                         for c in range(table.columnCount()))
    for action in widget.findChildren(type(widget.actions()[0])) if widget.actions() else []:
        found.append(("action", action.text()))
    return found


#: Texts shown as they are in every language: each language's own name, examples of
#: codes an officer types.
AS_THEY_ARE = {*i18n.LANGUAGES.values(), "Asia/Phnom_Penh", "QZ 8205"}


def untranslated(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    def is_data(text: str) -> bool:
        stripped = text.replace("&", "").strip()
        return (not stripped or all(not c.isalpha() for c in stripped)
                or stripped in AS_THEY_ARE or stripped.startswith("/"))  # recent files

    return [(what, text) for what, text in texts
            if not is_data(text) and OPEN not in text]


def _marker_installed() -> Marker:
    languages.install("en")
    marker = Marker()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(marker)
    return marker


def test_every_visible_text_goes_through_tr(qtbot: Any, demo_operation: Operation,
                                            preferences: Preferences, answers: Answers,
                                            english_afterwards: None) -> None:
    from planner.records.editing import RecordKind, RecordRef
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.dialogs.record_dialogs import record_dialog, settings_dialog
    from ui.dialogs.server_dialog import ServerDialog

    marker = _marker_installed()
    try:
        window = MainWindow(demo_operation, preferences=preferences,
                            tasks=SynchronousTaskRunner())
        window.detached = True
        qtbot.addWidget(window)
        window.show()
        problems = untranslated(visible_texts(window))
        for page_id in window.pages:
            window.show_page(page_id)
            problems += [(f"{page_id}: {w}", t) for w, t in
                         untranslated(visible_texts(window.pages[page_id]))]
        context = window.context
        persons = context.stores.persons.table
        dialogs: list[QWidget] = [
            record_dialog(context, RecordKind.PERSON,
                          RecordRef(RecordKind.PERSON, int(persons.ids[0]), "", 1)),
            record_dialog(context, RecordKind.FLIGHT),
            record_dialog(context, RecordKind.SHELTER),
            record_dialog(context, RecordKind.SLOT),
            settings_dialog(context),
            PreferencesDialog(preferences, window),
            ServerDialog(window),
        ]
        for dialog in dialogs:
            problems += [(f"{type(dialog).__name__}: {w}", t)
                         for w, t in untranslated(visible_texts(dialog))]
        assert problems == [], problems
        window.close()
    finally:
        app = QCoreApplication.instance()
        assert app is not None
        app.removeTranslator(marker)


def test_the_language_is_chosen_in_the_preferences(
        qtbot: Any, demo_operation: Operation, preferences: Preferences, answers: Answers,
        monkeypatch: Any, english_afterwards: None) -> None:
    from ui.app import DesktopProgram

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    preferences.language = "en"
    program = DesktopProgram(preferences)
    first = program.window
    assert isinstance(first, MainWindow)
    first.set_operation(demo_operation)
    first.show()
    qtbot.waitUntil(lambda: not first.context.tasks.running, timeout=20_000)

    def choose_indonesian(dialog: Any) -> None:
        show(dialog)
        choose(dialog.language, "id")
        click(next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save"))

    answers.dialog = choose_indonesian
    menu_item(first, first.actions_by_name["preferences"])
    second = program.window
    assert isinstance(second, MainWindow) and second is not first
    assert preferences.language == "id"
    assert second.operation is demo_operation  # the same operation, still open
    qtbot.waitUntil(lambda: not second.context.tasks.running, timeout=20_000)
    assert second.pages["roster"].title() == "Daftar orang"
    assert second.menuBar().actions()[0].text() == "&Berkas"
    with demo_operation.session() as session:  # the operation was not closed
        session.connection()
    second.detached = True
    second.close()
    QApplication.processEvents()
