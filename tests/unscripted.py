"""A dialog the test did not script fails the test, naming the dialog's title and text.

A modal dialog nobody answers would wait for a click that never comes (the run hangs until
pytest-timeout kills it, and says nothing of the dialog), and a dialog put away by default
lets a test pass over a question it never saw. ``Guard.install`` replaces every way the
program runs a modal dialog (``exec`` of any dialog and message box, and Qt's static
file, input and message functions) with a refusal: an ``UnscriptedDialog`` raised where the
dialog would open, and recorded, so that the test fails at its end even when the program
caught the exception (a slot's exception is printed by Qt, not raised to the test).
``tests/conftest.py`` installs it for every test that has imported Qt's widgets;
``tests.ui_support.Answers`` reports the dialogs it has no answer for the same way.
"""

from __future__ import annotations

from typing import Any

import pytest

#: How much of a dialog's words the failure quotes.
WORDS = 400


class UnscriptedDialog(AssertionError):
    """A modal dialog opened that the test gave no answer for."""


def dialog_words(dialog: Any) -> str:
    """What the officer would read: the kind of dialog, its title, and its text (a message
    box's text and informative text; other dialogs' labels, in order)."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    kind = type(dialog).__name__
    title = dialog.windowTitle() if hasattr(dialog, "windowTitle") else ""
    if isinstance(dialog, QMessageBox):
        texts = [dialog.text(), dialog.informativeText()]
    elif hasattr(dialog, "findChildren"):
        texts = [label.text() for label in dialog.findChildren(QLabel)]
    else:
        texts = []
    text = " / ".join(t.strip() for t in texts if t and t.strip())
    if len(text) > WORDS:
        text = text[:WORDS] + "..."
    return f"{kind} {title!r}: {text}" if text else f"{kind} {title!r}"


class Guard:
    """The unscripted dialogs of one test."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def refuse(self, said: str) -> UnscriptedDialog:
        """Record the dialog ``said`` and the error that stops it."""
        self.seen.append(said)
        return UnscriptedDialog(f"unscripted dialog: {said}")

    def refuse_dialog(self, dialog: Any) -> UnscriptedDialog:
        return self.refuse(dialog_words(dialog))

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        guard = self

        def refuse_exec(dialog: Any) -> int:
            raise guard.refuse_dialog(dialog)

        for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
            monkeypatch.setattr(cls, "exec", refuse_exec)

        def static(kind: str, name: str) -> Any:
            def refuse_static(*args: Any, **kwargs: Any) -> Any:
                # Qt's order: parent, then the title (caption), then the text or folder.
                words = [str(a) for a in args[1:3] if isinstance(a, str)]
                title = words[0] if words else ""
                text = f": {words[1]}" if len(words) > 1 else ""
                raise guard.refuse(f"{kind}.{name} {title!r}{text}")
            return staticmethod(refuse_static)

        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                     "getExistingDirectory", "getOpenFileUrl", "getSaveFileUrl",
                     "getExistingDirectoryUrl"):
            monkeypatch.setattr(QFileDialog, name, static("QFileDialog", name))
        for name in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"):
            monkeypatch.setattr(QInputDialog, name, static("QInputDialog", name))
        for name in ("question", "information", "warning", "critical", "about"):
            monkeypatch.setattr(QMessageBox, name, static("QMessageBox", name))

    def check(self) -> None:
        """At the test's end: fail it if any dialog was refused (even if caught)."""
        if self.seen:
            seen, self.seen = self.seen, []
            pytest.fail("the test did not script " + (
                f"this dialog: {seen[0]}" if len(seen) == 1
                else f"{len(seen)} dialogs: " + "; ".join(seen)), pytrace=False)
