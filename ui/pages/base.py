"""What a screen of the main window is.

A page is a ``QWidget`` subclass with a ``page_id``, a translated ``title()``, an icon
name (``resources/icons/<name>.svg``) and a sidebar ``section``. It receives the
``AppContext`` and follows ``context.operation_changed``. Pages that edit records say
so with ``can_edit()``; the main window's Add / Edit / Delete actions (menu, keyboard)
then call ``add_record``, ``edit_selected`` and ``delete_selected``. ``focus_search``
and ``clear_filters`` serve Ctrl+F and Ctrl+Shift+L.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.errors import PlannerError
from ui.context import AppContext

T = TypeVar("T")

RECORDS = "records"
PLANNING = "planning"


class Page(QWidget):
    page_id: ClassVar[str] = ""
    icon_name: ClassVar[str] = ""
    section: ClassVar[str] = RECORDS

    #: The selection changed: the main window updates Edit / Delete.
    selection_changed = Signal()
    #: The page's one-line summary for its header changed.
    summary_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def can_edit(self) -> bool:
        return False

    def has_selection(self) -> bool:
        return False

    def add_record(self) -> None:
        pass

    def edit_selected(self) -> None:
        pass

    def delete_selected(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def shortcuts(self) -> list[tuple[str, QKeySequence]]:
        """The screen's own keys for the shortcuts list: (what they do, the keys)."""
        return []

    def clear_filters(self) -> None:
        pass

    def guarded(self, action: Callable[[], T]) -> T | None:
        """Run an officer's action; a ``PlannerError`` (a refusal, a conflict) is shown,
        not raised. Returns the action's result, or None when it was refused."""
        try:
            return action()
        except PlannerError as error:
            self.context.errors.handle(error)
        return None

    def activated(self) -> None:
        """The page became the visible one."""

    def save_state(self) -> None:
        """The window is closing: remember layout in the preferences."""


def page_header(page: Page, subtitle: QLabel | None = None) -> QWidget:
    """A title line with a summary on the right, for the top of a page."""
    header = QWidget(page)
    layout = QHBoxLayout(header)
    layout.setContentsMargins(0, 0, 0, 0)
    title = QLabel(page.title(), header)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    layout.addStretch(1)
    if subtitle is not None:
        subtitle.setParent(header)
        subtitle.setStyleSheet("color: palette(mid);")
        layout.addWidget(subtitle)
    return header


def page_layout(page: Page) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(14, 10, 14, 8)
    layout.setSpacing(8)
    return layout
