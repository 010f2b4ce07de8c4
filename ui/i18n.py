"""The program's languages: English in the source, Indonesian from Qt Linguist files.

Every visible string goes through ``tr()``. ``pyside6-lupdate`` collects the calls
into ``resources/translations/evacplan_id.ts`` (``tools/translations.py`` runs it);
translators fill it in with Qt Linguist. At start-up the ``.ts`` files are compiled to
``.qm`` with ``lrelease`` (shipped with PySide6) into the user's cache folder, keyed by
the file's content, so a changed ``.ts`` is always compiled again. Where ``lrelease``
is missing, ``TsTranslator`` reads the ``.ts`` file itself: the program is never
without its Indonesian.

``tr`` uses one translation context (the empty one): that is where ``lupdate`` files a
call of a plain function named ``tr``, so the catalogue and the lookups agree.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from planner.fields import translated_labels
from planner.words.catalogue import read_ts

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
#: Language codes the program speaks, with each language's own name.
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia"}
DEFAULT_LANGUAGE = "en"
#: The catalogues of a language: the program's strings, and Qt's own (buttons, menus).
CATALOGUES = ("evacplan", "qt")
CACHE_ENV = "EVACPLAN_CACHE_DIR"


def tr(text: str, disambiguation: str | None = None) -> str:
    """The text in the chosen language (``disambiguation`` tells apart equal English words)."""
    return QCoreApplication.translate("", text, disambiguation)


def ts_path(catalogue: str, language: str) -> Path:
    return TRANSLATIONS_DIR / f"{catalogue}_{language}.ts"


def system_language() -> str:
    return "id" if QLocale.system().language() == QLocale.Language.Indonesian else "en"


def find_lrelease() -> Path | None:
    """``lrelease`` from the installed PySide6, the virtual environment, or PATH."""
    candidates: list[Path] = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / "lrelease")
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    candidates.append(Path(sys.executable).parent / "pyside6-lrelease")
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    base = Path(override) if override else Path(platformdirs.user_cache_dir("evacplan",
                                                                             appauthor=False))
    return base / "translations"


def compile_catalogue(source: Path, lrelease: Path | None = None) -> Path | None:
    """The ``.qm`` of ``source``: a ready one beside it, one in the cache, or compiled now."""
    beside = source.with_suffix(".qm")
    if beside.exists() and beside.stat().st_mtime >= source.stat().st_mtime:
        return beside
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"{source.stem}-{digest}.qm"
    if target.exists():
        return target
    tool = lrelease or find_lrelease()
    if tool is None:
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        result = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(partial)],
            capture_output=True, text=True, timeout=60, check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease could not run (%s); reading the .ts file instead",
                    type(exc).__name__)
        return None
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s (exit %s); reading the .ts file instead",
                    source.name, result.returncode)
        return None
    partial.replace(target)
    return target


class TsTranslator(QTranslator):
    """A translator that reads a Qt Linguist ``.ts`` file directly (no ``lrelease``)."""

    def __init__(self, source: Path) -> None:
        super().__init__()
        self._messages = read_ts(source)

    def __len__(self) -> int:
        return len(self._messages)

    def translate(self, context: str | bytes, source: str | bytes,  # type: ignore[override]
                  disambiguation: str | bytes | None = None, n: int = -1) -> str | None:
        """The translation, or None (a null string: Qt then asks the next translator)."""
        def text(value: str | bytes | None) -> str:
            return value.decode() if isinstance(value, bytes) else (value or "")

        return self._messages.get((text(context), text(source), text(disambiguation)))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._messages


class FieldLabelTranslator(QTranslator):
    """Field labels in the chosen language, from the field registry (``planner.fields``),
    where each field's English and Indonesian labels are declared with the field: the
    labels go through ``tr()`` like every other text, and this translator answers them."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._labels = translated_labels(language)

    def translate(self, context: str | bytes, source: str | bytes,  # type: ignore[override]
                  disambiguation: str | bytes | None = None, n: int = -1) -> str | None:
        if context or disambiguation:
            return None
        return self._labels.get(source.decode() if isinstance(source, bytes) else source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._labels


class Languages:
    """Installs the translators of the chosen language on the application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = DEFAULT_LANGUAGE

    def install(self, language: str, prefer_compiled: bool = True) -> str:
        """Switch to ``language`` (unknown codes fall back to English); returns the code used."""
        app = QCoreApplication.instance()
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed = []
        if language != DEFAULT_LANGUAGE:
            translators = [self._load(ts_path(catalogue, language), prefer_compiled)
                           for catalogue in CATALOGUES]
            # Installed last, asked first: a field's label is the registry's.
            translators.append(FieldLabelTranslator(language))
            for loaded in translators:
                if loaded is not None and app is not None:
                    app.installTranslator(loaded)
                    self._installed.append(loaded)
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
                           if language == "id" else QLocale(QLocale.Language.English,
                                                            QLocale.Country.UnitedKingdom))
        self.current = language
        return language

    @staticmethod
    def _load(source: Path, prefer_compiled: bool) -> QTranslator | None:
        if not source.exists():
            log.warning("No translation file %s", source.name)
            return None
        compiled = compile_catalogue(source) if prefer_compiled else None
        if compiled is not None:
            translator = QTranslator()
            if translator.load(str(compiled)):
                return translator
            log.warning("Could not load %s; reading the .ts file instead", compiled.name)
        return TsTranslator(source)


#: The application's one set of installed translators.
languages = Languages()
