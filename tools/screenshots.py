"""Save a screenshot of each screen of the desktop program (``make screenshots``).

    python tools/screenshots.py docs/screenshots [--people 2200] [--language en]

Makes a demo operation in a temporary folder (plans it and publishes the plan when the
planner is installed), opens the main window offscreen with throwaway preferences,
and saves every screen and dialog as a PNG. Nothing of the officer's own settings is
read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from planner import demo  # noqa: E402
from planner.db import Operation, open_operation  # noqa: E402
from planner.records.editing import RecordKind, RecordRef  # noqa: E402
from ui.app import application, wait_until_loaded  # noqa: E402
from ui.i18n import languages  # noqa: E402
from ui.preferences import Preferences  # noqa: E402

WIDTH, HEIGHT = 1400, 860


def make_operation(folder: Path, people: int) -> Operation:
    operation = open_operation(folder / "demo.sqlite", create=True)
    with operation.session() as session:
        demo.create(session, people, seed=1)
    try:
        from planner.planning.service import PlanningOptions, solve_and_store
    except ImportError:
        return operation
    solve_and_store(operation, PlanningOptions(time_limit=30, publish=True))
    return operation


def save(widget: QWidget, folder: Path, name: str) -> Path:
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"screenshots: cannot write {path}")
    print(f"saved {path}")
    return path


def shoot_dialog(make: Callable[[], QWidget], folder: Path, name: str) -> None:
    dialog = make()
    dialog.show()
    dialog.resize(dialog.sizeHint())  # adjustSize caps at 2/3 of the (small offscreen) screen
    save(dialog, folder, name)
    dialog.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=2200)
    parser.add_argument("--language", default="en", choices=("en", "id"))
    args = parser.parse_args(argv)
    out: Path = args.folder
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "en" else f"-{args.language}"
    app = application()
    app.setStyle("Fusion")
    languages.install(args.language)
    from ui.dialogs.exception_dialog import ExceptionDialog
    from ui.dialogs.preferences_dialog import PreferencesDialog
    from ui.dialogs.record_dialogs import record_dialog, settings_dialog
    from ui.dialogs.server_dialog import ServerDialog
    from ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from ui.errors import crash_report
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="evacplan-screens-") as scratch:
        folder = Path(scratch)
        preferences = Preferences(QSettings(str(folder / "prefs.ini"),
                                            QSettings.Format.IniFormat))
        welcome = MainWindow(None, preferences=preferences)
        welcome.resize(WIDTH, HEIGHT)
        welcome.show()
        save(welcome, out, f"welcome{suffix}")
        welcome.close()

        operation = make_operation(folder, args.people)
        window = MainWindow(operation, preferences=preferences)
        window.resize(WIDTH, HEIGHT)
        window.show()
        wait_until_loaded(window)
        window.show_page("roster")
        save(window, out, f"main-window{suffix}")

        roster = window.pages["roster"]
        roster.need_actions["unaccompanied_minor"].setChecked(True)  # type: ignore[attr-defined]
        roster.search.setText("a")  # type: ignore[attr-defined]
        save(window, out, f"roster-filtered{suffix}")
        roster.clear_filters()
        index = roster.plan_filter.findData("left_behind")  # type: ignore[attr-defined]
        roster.plan_filter.setCurrentIndex(index)  # type: ignore[attr-defined]
        save(window, out, f"roster-left-behind{suffix}")
        roster.clear_filters()

        window.show_page("households")
        households = window.pages["households"]
        households.view.selectRow(2)  # type: ignore[attr-defined]
        save(window, out, f"households{suffix}")
        for page in ("flights", "shelters", "slots"):
            window.show_page(page)
            save(window, out, f"{page}{suffix}")

        context = window.context
        person = context.stores.persons.table
        ref = RecordRef(RecordKind.PERSON, int(person.ids[5]), "", int(person.versions[5]))
        shoot_dialog(lambda: record_dialog(context, RecordKind.PERSON, ref), out,
                     f"person-dialog{suffix}")
        flights = context.stores.flights.table
        flight = RecordRef(RecordKind.FLIGHT, int(flights.ids[0]), "", int(flights.versions[0]))
        shoot_dialog(lambda: record_dialog(context, RecordKind.FLIGHT, flight), out,
                     f"flight-dialog{suffix}")

        def typed_flight() -> QWidget:
            """A new flight whose departure is typed day first and lies in the past: the
            field reads it back in words and warns."""
            dialog = record_dialog(context, RecordKind.FLIGHT)
            moment = dialog.form.editors["departs_at"]
            moment.edit.setText("09/01/2026 14:15")  # type: ignore[attr-defined]
            return dialog

        shoot_dialog(typed_flight, out, f"flight-new-dialog{suffix}")
        shoot_dialog(lambda: settings_dialog(context), out, f"settings-dialog{suffix}")
        shoot_dialog(lambda: ShortcutsDialog(window.shortcut_rows(), window), out,
                     f"shortcuts-dialog{suffix}")
        shoot_dialog(lambda: PreferencesDialog(preferences, window), out,
                     f"preferences-dialog{suffix}")
        shoot_dialog(lambda: ServerDialog(window), out, f"server-dialog{suffix}")
        try:
            raise RuntimeError("example")
        except RuntimeError as error:
            report = crash_report(error)
        shoot_dialog(lambda: ExceptionDialog(report, None, window), out,
                     f"exception-dialog{suffix}")
        from desk_screenshots import shoot_intake, shoot_sitrep  # before the workflow

        shoot_intake(window, out, suffix, save)
        shoot_sitrep(window, out, suffix, save)
        from workflow_screenshots import shoot_workflow  # the Import ... Export screens

        shoot_workflow(window, out, suffix, folder, save)
        from departure_screenshot import shoot_departure  # after the workflow: it checks in

        shoot_departure(window, out, suffix, save)
        window.close()
        operation.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
