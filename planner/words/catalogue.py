"""The Qt Linguist catalogue read without Qt, for the command line and the workbooks.

The desktop translates through Qt (``ui/i18n.py``); the command line and the manifests
read the same ``resources/translations/evacplan_<language>.ts`` here, so a reason reads
the same in every place it is shown.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from planner.fields import translated_labels
from planner.words.render import ENGLISH, Words

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: Thousands separators of the languages the program speaks (English: a comma).
_THOUSANDS = {"id": "."}
#: A spreadsheet's number format of a whole number in each language: the locale tag
#: (Windows LCID 0x421, Indonesian) makes LibreOffice write "1.234" whatever the reader's
#: own settings; English keeps the plain format.
_SHEET_FORMATS = {"id": "[$-421]#,##0"}


def read_ts(source: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation, finished translations only."""
    messages: dict[tuple[str, str, str], str] = {}
    root = ElementTree.parse(source).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                    "vanished"):
                continue
            text = translation.text or ""
            if text:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                messages[key] = text
    return messages


@cache
def catalogue_words(language: str) -> Words:
    """The ``Words`` of ``language`` ("en", "id") from its catalogue; English when there is
    none."""
    source = TRANSLATIONS_DIR / f"evacplan_{language}.ts"
    if language == "en" or not source.exists():
        return ENGLISH
    messages = {text: translated for (context, text, comment), translated
                in read_ts(source).items() if not context and not comment}
    # A field's label is the registry's, as on the desktop (ui.i18n.FieldLabelTranslator).
    messages.update(translated_labels(language))
    return Words(lambda text: messages.get(text, text),
                 lambda value: thousands_text(value, language))


def thousands_text(value: int, language: str) -> str:
    """A whole number with its thousands marked as ``language`` marks them ("1,234",
    Indonesian "1.234"): the one way every report, workbook and command line writes one."""
    return f"{value:,}".replace(",", _THOUSANDS.get(language, ","))



def thousands_format(language: str) -> str:
    """The spreadsheet number format that shows a whole number as ``thousands_text``
    writes it in ``language`` (the cell stays a number the reader can add up)."""
    return _SHEET_FORMATS.get(language, "#,##0")


__all__ = ["TRANSLATIONS_DIR", "catalogue_words", "read_ts", "thousands_format",
           "thousands_text"]
