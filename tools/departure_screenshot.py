"""The departure-day screens for the user guide: the call-forward preview of the busiest
flight of the published plan; the desk with two thirds of its households scanned in, three
standby persons, and a household whose first member only was scanned (the answer the desk
shows); and the flight after departure with one household handed over.

Run by ``tools/screenshots.py``; alone, on a copy of an operation with a published plan:

    python tools/departure_screenshot.py docs/screenshots --db op.sqlite [--language id]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.departure import call_list  # noqa: E402
from planner.departure.closing import close_flight  # noqa: E402
from planner.departure.departing import arrive, depart  # noqa: E402
from planner.planning.problem_builder import latest_published_plan_id  # noqa: E402
from planner.planning.reading import plan_json  # noqa: E402
from tests.ui_support import choose  # noqa: E402


def pick_flight(page: Any, flight: str) -> None:
    """Choose ``flight`` in the desk's list as the officer does (a click opens the list,
    the arrow keys go to it, Enter takes it)."""
    box = page.flight_box
    choose(box, at=next(i for i in range(box.count()) if box.itemText(i).startswith(flight)))


def shoot_departure(window: Any, out: Path, suffix: str,
                    save: Callable[[Any, Path, str], Path]) -> None:
    from ui.dialogs.call_forward_dialog import CallForwardDialog

    operation = window.context.operation
    with operation.session() as session:
        plan = plan_json(session, latest_published_plan_id(session) or 0)
    load = Counter(h["flight"] for h in plan["households"] if h["flight"])
    flight = max(load, key=lambda k: (load[k], k))
    booked = [h for h in plan["households"] if h["flight"] == flight]
    window.show_page("departure")
    page = window.pages["departure"]
    pick_flight(page, flight)

    with operation.session() as session:
        preview = call_list.preview(session, flight)
    dialog = CallForwardDialog(preview, window)
    dialog.reference.setText("KBRI-PNH")
    dialog.show()
    dialog.resize(dialog.sizeHint().width() + 240, dialog.sizeHint().height())
    save(dialog, out, f"departure-call-forward{suffix}")
    dialog.close()

    def scan(household: dict[str, Any]) -> None:
        for member in household["members"]:
            page.scan.setText(member["case_no"])
            page.take_scan()

    for household in booked[: len(booked) * 2 // 3]:
        scan(household)
    page.standby.setChecked(True)
    for household in [h for h in plan["households"] if h["flight"] is None
                      and len(h["members"]) == 1][:3]:
        scan(household)
    page.standby.setChecked(False)
    family = next((h for h in booked[len(booked) * 2 // 3:] if len(h["members"]) > 1), None)
    if family is not None:
        page.scan.setText(family["members"][0]["case_no"])
        page.take_scan()
    save(window, out, f"departure-day{suffix}")

    # Closed and departed (the confirmations are the screen's; here the services), then
    # the first household handed over: the screen as the arrival desk sees it.
    with operation.session() as session:
        close_flight(session, flight)
    with operation.session() as session:
        depart(session, flight)
    with operation.session() as session:
        first = booked[0]
        arrive(session, flight, [m["case_no"] for m in first["members"]])
    page.answer.clear()
    page.load_flights()
    pick_flight(page, flight)
    page.table.selectRow(len(first["members"]))
    save(window, out, f"departure-arrived{suffix}")


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QSettings

    from planner.db import open_operation
    from ui.app import application, wait_until_loaded
    from ui.i18n import languages
    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--db", type=Path, required=True,
                        help="an operation with a published plan (a copy is used)")
    parser.add_argument("--language", default="en", choices=("en", "id"))
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    app = application()
    app.setStyle("Fusion")
    languages.install(args.language)
    from screenshots import HEIGHT, WIDTH, save

    with tempfile.TemporaryDirectory(prefix="evacplan-departure-") as scratch:
        copy = Path(scratch) / "op.sqlite"
        shutil.copyfile(args.db, copy)
        operation = open_operation(copy)
        preferences = Preferences(QSettings(str(Path(scratch) / "prefs.ini"),
                                            QSettings.Format.IniFormat))
        window = MainWindow(operation, preferences=preferences)
        window.resize(WIDTH, HEIGHT)
        window.show()
        wait_until_loaded(window)
        suffix = "" if args.language == "en" else f"-{args.language}"
        shoot_departure(window, args.folder, suffix, save)
        window.close()
        operation.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
