"""The main window: a sidebar of screens, menus with shortcuts, and a status bar.

Screens come from ``ui.pages.registry``; every one gets the window's ``AppContext``
(the operation, background tasks, edits with undo, record stores, error reporting,
preferences). While no operation is open the welcome screen shows instead.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from planner import operation as operation_service
from planner.db import Operation, open_operation
from planner.db.engine import describe_url, resolve_url
from ui.context import AppContext
from ui.dialogs import ask
from ui.dialogs.changes_dialog import OPENS_IN
from ui.dialogs.preferences_dialog import PreferencesDialog
from ui.dialogs.record_dialogs import edit_settings
from ui.dialogs.server_dialog import ServerDialog
from ui.dialogs.shortcuts_dialog import ShortcutsDialog
from ui.errors import ErrorReporter
from ui.i18n import tr
from ui.icons import icon
from ui.pages.base import PLANNING, RECORDS, Page
from ui.pages.registry import page_types
from ui.pages.welcome import WelcomePage
from ui.preferences import Preferences
from ui.tasks import TaskRunner, TaskState, ThreadPoolTaskRunner
from ui.widgets.task_progress import TaskProgress

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
OPERATION_SUFFIXES = (".sqlite", ".sqlite3", ".db")
#: How long an action's result line stays in the status bar.
RESULT_SECONDS = 30


def recent_location(operation: Operation) -> str:
    """How an operation is remembered: its file, or its server URL without the password."""
    if operation.path is not None:
        return str(operation.path)
    return describe_url(operation.url).replace(":***@", "@")


#: The window's first size, where the screen has room for it.
FIRST_SIZE = QSize(1360, 860)
#: Room kept for the window's title bar and borders, which ``resize`` does not count.
FRAME_ALLOWANCE = QSize(16, 40)


def first_size(available: QSize) -> QSize:
    """``FIRST_SIZE``, made smaller to fit a screen whose free area (less the taskbar) is
    ``available``, with room for the window's frame."""
    return FIRST_SIZE.boundedTo(available - FRAME_ALLOWANCE)


class MainWindow(QMainWindow):
    """The program's window over one operation at a time (or none)."""

    #: Files dropped on the window that are not operations (the import screen takes them).
    files_dropped = Signal(list)

    def __init__(self, operation: Operation | None = None, *,
                 preferences: Preferences | None = None, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.preferences = preferences if preferences is not None else Preferences()
        self.reporter = ErrorReporter(lambda: self)
        runner = tasks if tasks is not None else ThreadPoolTaskRunner(parent=self)
        runner.error_handler = self.reporter.handle
        self.context = AppContext(self.preferences, runner, self.reporter, self)
        self.context.window = self
        self.reporter.reload_requested.connect(self.reload)
        #: Called with a language code after the officer chose another language; the
        #: application rebuilds the window (``ui.app``). None: applies at the next start.
        self.on_language_changed: Callable[[str], None] | None = None
        self.detached = False

        self.sidebar = QListWidget(self)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            "QListWidget { background: palette(window); padding-top: 6px; outline: 0; }"
            "QListWidget::item { padding: 7px 10px; border-radius: 4px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }")
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.pages: dict[str, Page] = {}
        self._build_pages()
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_by_name: dict[str, QAction] = {}
        #: What each action does, as the shortcuts list names it.
        self.action_titles: dict[str, str] = {}
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.welcome.new_requested.connect(self.new_operation)
        self.welcome.open_requested.connect(self.open_operation_file)
        self.welcome.server_requested.connect(self.open_server)
        self.welcome.recent_requested.connect(self.open_location)
        self.sidebar.currentItemChanged.connect(self._on_sidebar)
        self.context.edits.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.context.edits.undo_stack.indexChanged.connect(lambda _index: self._update_actions())

        self._first_size()
        self._restore_window()
        self.set_operation(operation)

    # --- building -------------------------------------------------------------------------
    def _build_pages(self) -> None:
        sections = {RECORDS: tr("Records"), PLANNING: tr("Planning")}
        shown_sections: set[str] = set()
        for page_type in page_types():
            page = page_type(self.context, self.stack)
            if page.section not in shown_sections:
                shown_sections.add(page.section)
                header = QListWidgetItem(sections.get(page.section, page.section).upper())
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                font.setBold(True)
                header.setFont(font)
                self.sidebar.addItem(header)
            self.pages[page.page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(page.icon_name), page.title())
            item.setData(PAGE_ROLE, page.page_id)
            self.sidebar.addItem(item)
            page.selection_changed.connect(self._update_actions)

    def _action(self, name: str, text: str, slot: Callable[[], Any],
                shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcuts:
            # Once each: a standard key that is also named (Refresh is F5 here) made F5
            # ambiguous, and an ambiguous shortcut does nothing
            action.setShortcuts(list(dict.fromkeys(
                QKeySequence(s) for s in shortcuts if not QKeySequence(s).isEmpty())))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        self.action_titles[name] = text
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self._action("new_operation", tr("&New operation..."), self.new_operation, [key.New],
                     tr("Create an empty operation file"))
        self._action("open_operation", tr("&Open operation..."), self.open_operation_file,
                     [key.Open], tr("Open an operation file"))
        self._action("open_server", tr("Connect to a database &server..."), self.open_server,
                     ["Ctrl+Shift+O"], tr("Open an operation kept on a PostgreSQL server"))
        self._action("close_operation", tr("&Close operation"), self.close_operation,
                     [key.Close])
        self._action("settings", tr("Operation &settings..."), self.edit_settings,
                     ["Ctrl+,"], tr("Plan start, airports, ages and priority weights"))
        self._action("preferences", tr("&Preferences..."), self.edit_preferences, [],
                     tr("Language of the program"))
        # Qt's standard Quit key is none on Linux and Windows: Ctrl+Q there too
        self._action("quit", tr("&Quit"), self.close, [key.Quit, "Ctrl+Q"])
        stack = self.context.edits.undo_stack
        undo = stack.createUndoAction(self, tr("&Undo"))
        # The keys the user guide names, on every platform: Qt's standard Undo adds the
        # keyboard's own "Undo" key and Alt+Backspace (the shortcuts list showed "Undo" as
        # a key), and the first of its Redo keys is Ctrl+Y on X11: Ctrl+Shift+Z did nothing.
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for name, action, title in (("undo", undo, tr("&Undo")), ("redo", redo, tr("&Redo"))):
            self.addAction(action)
            self.actions_by_name[name] = action
            self.action_titles[name] = title  # the action's text names the last edit
        self._action("add", tr("&Add..."), lambda: self._page_call("add_record"),
                     ["Ctrl+Shift+N", "Ins"], tr("Add a record to the screen shown"))
        self._action("edit", tr("&Edit..."), lambda: self._page_call("edit_selected"),
                     ["F2", "Ctrl+E"], tr("Edit the chosen record"))
        self._action("delete", tr("&Delete"), lambda: self._page_call("delete_selected"),
                     [key.Delete], tr("Delete the chosen records"))
        self._action("find", tr("&Find"), lambda: self._page_call("focus_search"), [key.Find])
        self._action("clear_filters", tr("C&lear filters"),
                     lambda: self._page_call("clear_filters"), ["Ctrl+Shift+F"])
        self._action("reload", tr("&Reload"), self.reload, [key.Refresh, "F5"],
                     tr("Read the operation again (after another officer's changes)"))
        self._action("shortcuts", tr("&Keyboard shortcuts"), self.show_shortcuts,
                     [key.HelpContents])
        self._action("about", tr("&About"), self.show_about)
        for number, page_id in enumerate(self.pages, start=1):
            if number > 9:
                break
            self._action(f"page_{page_id}", self.pages[page_id].title(),
                         partial(self.show_page, page_id), [f"Ctrl+{number}"])

    def _build_menus(self) -> None:
        a = self.actions_by_name
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for name in ("new_operation", "open_operation", "open_server"):
            file_menu.addAction(a[name])
        self.recent_menu = QMenu(tr("Open &recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(a["close_operation"])
        file_menu.addSeparator()
        file_menu.addAction(a["settings"])
        file_menu.addAction(a["preferences"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = bar.addMenu(tr("&Edit"))
        for entry in ("undo", "redo", None, "add", "edit", "delete", None, "find",
                      "clear_filters"):
            if entry is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(a[entry])
        view_menu = bar.addMenu(tr("&View"))
        for page_id in self.pages:
            action = a.get(f"page_{page_id}")
            if action is not None:
                view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(a["reload"])
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])
        self._fill_recent_menu()

    def _build_status_bar(self) -> None:
        self.location_label = QLabel(self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.location_label, 1)
        self.task_progress = TaskProgress(self.context.tasks, self)
        self.statusBar().addPermanentWidget(self.task_progress)
        self.context.said.connect(self.show_result)
        stack = self.context.edits.undo_stack
        self._undo_index = stack.index()
        stack.indexChanged.connect(self._on_undo_index)

    def show_result(self, text: str) -> None:
        """The result line of an action, in the status bar for half a minute."""
        self.statusBar().showMessage(text, RESULT_SECONDS * 1000)

    def _on_undo_index(self, index: int) -> None:
        """Every edit, undo and redo names the record it changed."""
        stack = self.context.edits.undo_stack
        before, self._undo_index = self._undo_index, index
        if index > before and stack.command(index - 1) is not None:
            self.show_result(tr("Done: {action}.").format(action=stack.command(index - 1).text()))
        elif index < before and stack.command(index) is not None:
            self.show_result(tr("Undone: {action}.").format(action=stack.command(index).text()))

    # --- the operation --------------------------------------------------------------------
    @property
    def operation(self) -> Operation | None:
        return self.context.operation

    def set_operation(self, operation: Operation | None) -> None:
        """Show ``operation`` (closing the one shown before, unless it is the same)."""
        previous = self.context.operation
        if previous is not None and previous is not operation:
            self.context.tasks.cancel_all()
            self.context.tasks.wait(10_000)
            previous.close()
        self.context.set_operation(operation)
        if operation is not None:
            self.preferences.add_recent(recent_location(operation))
            self._fill_recent_menu()
        self._show_operation_state()

    def _show_operation_state(self) -> None:
        operation = self.context.operation
        if operation is None:
            self.setWindowTitle(tr("Evacuation planner"))
            self.location_label.setText(tr("No operation is open"))
            self.welcome.set_recent(self.preferences.recent_operations)
            self.stack.setCurrentWidget(self.welcome)
            self.sidebar.setVisible(False)
            self.sidebar.clearSelection()
        else:
            with operation.session() as session:
                name = operation_service.get_settings(session).name
            self.setWindowTitle(tr("{name} - Evacuation planner").format(name=name))
            where = (tr("Operation file {path}").format(path=operation.display_name)
                     if operation.is_sqlite else
                     tr("Shared database {url}").format(url=operation.display_name))
            self.location_label.setText(f"{name}  \u00b7  {where}")
            self.sidebar.setVisible(True)
            self.show_page(self.preferences.current_page)
        self._update_actions()

    def open_location(self, location: str, create: bool = False) -> None:
        """Open an operation file or server URL in the background, then show it."""
        def opened(operation: Operation) -> None:
            self.set_operation(operation)
            if operation.made_owner_only:  # SPEC 7: say it once, when it changed something
                self.show_result(tr("The operation's files were readable by other users; "
                                    "they are now readable by you only"))

        def failed(error: BaseException) -> None:
            if location in self.preferences.recent_operations and not create:
                from planner.errors import OperationNotFound

                if isinstance(error, OperationNotFound):
                    self.preferences.remove_recent(location)
                    self._fill_recent_menu()
                    self.welcome.set_recent(self.preferences.recent_operations)
            self.reporter.handle(error)

        self.context.tasks.start(_open_operation, (location, create),
                                 name=tr("Opening the operation..."),
                                 on_done=opened, on_error=failed)

    def new_operation(self) -> None:
        path = ask.save_file(self, tr("New operation"), self._suggest("operation.sqlite"),
                             tr("Operation files (*.sqlite)"))
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".sqlite")
        self.preferences.last_folder = str(path.parent)

        def created(operation: Operation) -> None:
            self.set_operation(operation)
            self.edit_settings()

        self.context.tasks.start(_open_operation, (str(path), True),
                                 name=tr("Creating the operation..."), on_done=created)

    def open_operation_file(self) -> None:
        path = ask.open_file(self, tr("Open operation"), self._suggest(""),
                             tr("Operation files (*.sqlite *.sqlite3 *.db);;All files (*)"))
        if path is not None:
            self.preferences.last_folder = str(path.parent)
            self.open_location(str(path))

    def open_server(self) -> None:
        recent_urls = [r for r in self.preferences.recent_operations if "://" in r]
        dialog = ServerDialog(self, recent_urls[0] if recent_urls else "")
        ask.run_dialog(dialog)
        if dialog.result():
            self.open_location(dialog.url())

    def close_operation(self) -> None:
        self.set_operation(None)

    def _suggest(self, name: str) -> str:
        folder = self.preferences.last_folder or str(Path.home())
        return str(Path(folder) / name) if name else folder

    def _fill_recent_menu(self) -> None:
        if not hasattr(self, "recent_menu"):
            return
        self.recent_menu.clear()
        recent = self.preferences.recent_operations
        for location in recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _c=False, loc=location: self.open_location(loc))
        self.recent_menu.setEnabled(bool(recent))

    def reload(self) -> None:
        if self.context.operation is not None:
            self.context.edits.undo_stack.clear()
            self.context.reload()
            self._show_operation_state()

    # --- pages and actions ----------------------------------------------------------------
    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, page_id: str) -> None:
        if self.context.operation is None:
            return
        page = self.pages.get(page_id) or next(iter(self.pages.values()))
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(PAGE_ROLE) == page.page_id:
                self.sidebar.setCurrentItem(item)
                break
        self.stack.setCurrentWidget(page)
        page.activated()
        self.preferences.current_page = page.page_id
        self._update_actions()

    def _on_sidebar(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None and item.data(PAGE_ROLE):
            self.show_page(str(item.data(PAGE_ROLE)))

    def _page_call(self, method: str) -> None:
        page = self.current_page()
        if page is not None and self.context.operation is not None:
            getattr(page, method)()

    def _update_actions(self) -> None:
        if not hasattr(self, "actions_by_name"):
            return
        a = self.actions_by_name
        open_ = self.context.operation is not None
        page = self.current_page()
        editable = bool(open_ and page is not None and page.can_edit())
        a["add"].setEnabled(editable)
        a["edit"].setEnabled(editable and page is not None and page.has_selection())
        a["delete"].setEnabled(editable and page is not None and page.has_selection())
        for name in ("close_operation", "settings", "reload", "find", "clear_filters"):
            a[name].setEnabled(open_)

    # --- dialogs --------------------------------------------------------------------------
    def edit_settings(self) -> None:
        if self.context.operation is not None and edit_settings(self.context):
            self._show_operation_state()

    def edit_preferences(self) -> None:
        before = self.preferences.language
        dialog = PreferencesDialog(self.preferences, self)
        ask.run_dialog(dialog)
        if dialog.result() and self.preferences.language != before:
            if self.on_language_changed is not None:
                self.on_language_changed(self.preferences.language)
            else:
                ask.inform(self, tr("Language"),
                           tr("The new language is used from the next start of the program."))

    def open_record(self, entity: str, key: str) -> None:
        """Show a record in its screen, chosen ("person", "C-000123"); says so when it is
        no longer in the operation."""
        page = self.pages.get(OPENS_IN.get(entity, ""))
        if page is None:
            return
        self.show_page(page.page_id)
        show_key = getattr(page, "show_key", None)
        if show_key is None or not show_key(key):
            self.show_result(tr("{key} is no longer in the operation.").format(key=key))

    def shortcut_rows(self) -> list[tuple[str, list[QKeySequence]]]:
        """Every action with keys: the window's, then each screen's own (Solve...)."""
        rows = [(self.action_titles.get(name, action.text()), list(action.shortcuts()))
                for name, action in self.actions_by_name.items()]
        for page in self.pages.values():
            rows += [(text, [keys]) for text, keys in page.shortcuts()]
        return rows

    def show_shortcuts(self) -> None:
        ask.run_dialog(ShortcutsDialog(self.shortcut_rows(), self))

    def show_about(self) -> None:
        from planner import __version__

        ask.inform(self, tr("About"), tr("Evacuation planner {version}").format(
            version=__version__), tr("Plans repatriation flights, shelters and emergency "
                                     "travel documents for embassy operations."))

    # --- window state ---------------------------------------------------------------------
    def _first_size(self) -> None:
        """The window's size before the officer's own is remembered: ``FIRST_SIZE``, or
        what the screen has room for (a 1,280 x 800 laptop: 1,360 x 860 hung off it)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(FIRST_SIZE)
            return
        available = screen.availableGeometry()
        self.resize(first_size(available.size()))
        self.move(available.topLeft())

    def _restore_window(self) -> None:
        geometry = self.preferences.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.preferences.window_state
        if not state.isEmpty():
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.preferences.window_geometry = QByteArray(self.saveGeometry())
        self.preferences.window_state = QByteArray(self.saveState())
        for page in self.pages.values():
            page.save_state()
        self.preferences.sync()

    def detach_operation(self) -> Operation | None:
        """Hand the operation to a new window: closing this one will not close it."""
        self.detached = True
        return self.context.operation

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_window_state()
        self.context.tasks.cancel_all()
        self.context.tasks.wait(10_000)
        if not self.detached and self.context.operation is not None:
            self.context.operation.close()
        super().closeEvent(event)

    # --- dropping files -------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.handle_dropped(paths)

    def handle_dropped(self, paths: list[Path]) -> None:
        operations = [p for p in paths if p.suffix.lower() in OPERATION_SUFFIXES]
        if operations:
            self.open_location(str(operations[0]))
        others = [p for p in paths if p not in operations]
        if others:
            self.files_dropped.emit(others)


def _open_operation(inputs: tuple[str, bool], state: TaskState) -> Operation:
    location, create = inputs
    state.set_status(tr("Opening {location}...").format(
        location=describe_url(resolve_url(location))))
    return open_operation(location, create=create)
