"""The Situation report screen: chosen by a click, the day typed, shown, printed, saved."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest
from sqlalchemy import select

from planner import demo
from planner.db.models import AuditEntry
from planner.sitrep import compute_sitrep
from planner.sitrep.day import report_day
from planner.sitrep.figures import (
    DayLine,
    Documents,
    FlightLine,
    ShelterNight,
    Sitrep,
    Vulnerable,
)
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, click_screen, print_to
from ui.main_window import MainWindow


def _open(qtbot: Any, window: MainWindow) -> Any:
    """Open the situation report by a click on its name (in the language installed)."""
    from ui.i18n import tr

    click_screen(window, tr("Situation report"))
    page = window.current_page()
    assert page is window.pages["sitrep"]
    return page


def _a_demo_day() -> dt.date:
    """A day of the demo's own timeline: everyone of the 150-person demo is in care."""
    return demo.DEMO_START + dt.timedelta(days=3)


def test_the_day_typed_shows_its_figures_and_prints(qtbot: Any, window: MainWindow,
                                                    tmp_path: Path, answers: Answers,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = _open(qtbot, window)
    day = _a_demo_day()
    page.day_field.edit.clear()
    QTest.keyClicks(page.day_field.edit, day.strftime("%d/%m/%Y"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    with window.context.operation.session() as session:
        expected = compute_sitrep(session, day)
    assert page.sitrep == expected and expected.in_care == 150
    assert page.status.text() == f"{expected.in_care:,} persons in care"
    assert not page.page_view.pixmap().isNull()
    window.grab().save(str(tmp_path / "sitrep-screen.png"))

    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to(printed))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"Situation report {day.strftime('%d %b %Y')}" in text
    assert f"{expected.in_care:,}" in text

    # The file is named in the program's own save question (ui.dialogs.ask.save_file),
    # which the tests answer; Save asked Qt's file dialog itself.
    saved = tmp_path / "sitrep.xlsx"
    answers.save_file = saved
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    cells = {r[0]: r[1:] for r in load_workbook(saved).active.iter_rows(values_only=True)
             if r[0]}
    assert cells["In care"][0] == expected.in_care
    with window.context.operation.session() as session:
        formats = session.scalars(select(AuditEntry.details).where(
            AuditEntry.entity == "sitrep")).all()
    assert [f["format"] for f in formats] == ["print", "xlsx"]


def test_the_report_opens_on_a_day_with_something_to_show(qtbot: Any,
                                                          window: MainWindow) -> None:
    """Opened on the demo (its dates in March 2026), the screen shows the day
    ``planner.sitrep.day`` chooses: today while the operation runs, else its last day with
    activity; either way people in care and, on the demo's days, its flights."""
    page = _open(qtbot, window)
    with window.context.operation.session() as session:  # type: ignore[union-attr]
        chosen = report_day(session)
    assert page.day() == chosen
    assert page.sitrep is not None and page.sitrep.day == chosen
    assert page.sitrep.in_care > 0
    running = chosen == dt.datetime.now(dt.UTC).date()
    assert running or page.sitrep.flights, "the last active day's week lists its flights"


def test_indonesian_is_chosen_from_the_list(qtbot: Any, window: MainWindow) -> None:
    page = _open(qtbot, window)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    page.language.setFocus()
    QTest.keyClick(page.language, Qt.Key.Key_Down)
    assert page.report is not None and page.report.title.startswith("Laporan situasi")


def test_the_pdf_prints_every_figure_whole_bold_totals_too(tmp_path: Path) -> None:
    """Bold figures (the totals, "without a bed tonight") are wider than the same digits in
    the body font: the columns are measured in the font each row is drawn in, so no figure
    is cut ("1,5..." was printed for 1,511 on the 2,200-person demo)."""
    from planner.sitrep import build_report
    from ui.sitrep_print import render_sitrep_pdf

    day = dt.date(2026, 3, 5)
    shelters = [ShelterNight("Wisma 01", 141, 141, True), ShelterNight("Asrama 06", 153, 58,
                                                                        True)]
    report = build_report(Sitrep(
        "Demo", day, 1, {"registered": 2200}, 2200, shelters, 1511,
        Documents(574, 299, 0, day, day + dt.timedelta(days=6)),
        [FlightLine("QZ 1 2026-03-06", "QZ 1", "CGK", dt.datetime(2026, 3, 6, 9), "planned",
                    180, 170, 7, 0, 0)],
        Vulnerable(88, 26, 23, 47),
        [DayLine(day - dt.timedelta(days=n), 10, 5, 2200) for n in range(14)]))
    out = tmp_path / "sitrep.pdf"
    render_sitrep_pdf(report, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "\u2026" not in text, "a figure was cut"
    assert re.search(r"Without a bed tonight\s+1,511\b", text)
    assert re.search(r"Total\s+294\s+199\s+95\b", text)


def _large_sitrep() -> Sitrep:
    """The figures of a 30,000-person operation: 80 shelters, 46 flights in 7 days."""

    day = dt.date(2026, 3, 5)
    shelters = [ShelterNight(f"Rumah Aman Perempuan {n:02d}", 150 + n, 150 + n, n % 11 != 0)
                for n in range(1, 81)]
    flights = [FlightLine(f"QZ {100 + n} 2026-03-0{6 + n % 4}", f"QZ {100 + n}", "CGK",
                          dt.datetime(2026, 3, 6 + n % 4, 6 + n % 12), "planned", 180,
                          170 + n % 10, n % 4, n % 3, n % 2) for n in range(46)]
    return Sitrep("Demo", day, 1, {"registered": 25690}, 25690, shelters, 10562,
                  Documents(1428, 8340, 0, day, day + dt.timedelta(days=6)), flights,
                  Vulnerable(1038, 399, 422, 496),
                  [DayLine(day - dt.timedelta(days=n), 200, 0, 25690) for n in range(14)])


def test_an_indonesian_report_writes_its_numbers_as_its_command_line_does(
        tmp_path: Path) -> None:
    """Under --lang id the command's summary wrote "25.690" and the PDF's tables and chart
    "25,690": every figure of the report is written by the language's one formatter."""
    from planner.sitrep import build_report
    from planner.sitrep.words import number
    from ui.sitrep_print import render_sitrep_pdf

    out = tmp_path / "sitrep.pdf"
    render_sitrep_pdf(build_report(_large_sitrep(), "id"), out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert number(25690, "id") == "25.690"
    assert re.search(r"Dalam penanganan\s+25\.690\b", text)
    assert re.search(r"Semua 80 penampungan\s+13\.882\s+13\.882\s+0\b", text)
    assert re.search(r"Tanpa tempat tidur malam ini\s+10\.562\b", text)
    assert re.search(r"Jumlah\s+46\s+8\.280\b", text)  # the flights' seats
    assert not re.search(r"\d,\d{3}\b", text), "a number written the English way"
    # A header given its own width exactly came out cut on the detail pages ("Bayi dipang…").
    assert "\u2026" not in text, "a word was cut"


def _word_heights(pdf: Path) -> list[tuple[int, float, str]]:
    """(page, height in points, word) of every word pdftotext finds."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    found = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        for y_min, y_max, word in re.findall(
                r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
                body):
            found.append((page, float(y_max) - float(y_min), word))
    return found


def test_a_large_operations_report_prints_readable_on_pages_after_a_summary(
        tmp_path: Path) -> None:
    """80 shelters and 46 flights on one page printed in 3 pt type (30,000 persons): the
    first page has every figure with the shelters' and flights' totals, each shelter and
    flight is listed on the pages after, with its table's headers on every page, and no
    word is printed smaller than 7 pt."""
    from planner.sitrep import build_report
    from ui.sitrep_print import render_sitrep_pdf

    report = build_report(_large_sitrep())
    out = tmp_path / "sitrep.pdf"
    render_sitrep_pdf(report, out)
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")[:-1]
    assert len(pages) >= 3
    first = pages[0]
    assert "Flights of the next 7 days, by day" in first and "Rumah Aman" not in first
    assert re.search(r"All 80 shelters\s+13,882\s+13,882\s+0\b", first)
    assert "Each shelter on the pages after" in first
    assert "Each flight on the pages after" in first
    assert re.search(r"Total\s+46\s+8,280\b", first)
    assert re.search(r"Without a bed tonight\s+10,562", first)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        if "Rumah Aman" in text:
            assert re.search(r"Shelter\s+Beds\s+Used\s+Free", text)
        if "QZ 1" in text:
            assert re.search(r"Flight\s+To\s+Departs\s+Seats", text)
    rest = "".join(pages[1:])
    assert all(f"Rumah Aman Perempuan {n:02d}" in rest for n in range(1, 81))
    assert all(f"QZ {100 + n}" in rest for n in range(46))
    # The desktop's screen shows the same pages, one under the other.
    from PySide6.QtGui import QPageSize

    from ui.sitrep_print import report_image
    a4 = QPageSize(QPageSize.PageSizeId.A4).sizePixels(30)
    assert report_image(report, 30).height() > len(pages) * a4.height()
    heights = _word_heights(out)
    smallest = min(heights, key=lambda h: h[1])
    # A word's box is its font's ascent and descent: about 1.15 times its size.
    assert smallest[1] >= 7 * 1.1, smallest

    workbook = tmp_path / "sitrep.xlsx"
    from planner.sitrep.workbook import write_workbook

    write_workbook(report, workbook)
    book = load_workbook(workbook)
    summary, shelters, flights = book.worksheets
    # Fitted to one A4 page: 70 rows of 15 pt print at 3/4 of 11 pt at least (8 pt).
    assert summary.max_row < 70 and int(summary.page_setup.fitToHeight) == 1
    for sheet, title in ((shelters, "Shelters tonight"), (flights, "Flights of the next 7 days")):
        assert sheet.title == title and sheet["A2"].value == title
        assert int(sheet.page_setup.fitToWidth) == 1 and int(sheet.page_setup.fitToHeight) == 0
        assert sheet.print_title_rows == "$2:$3"
    assert [r[0] for r in shelters.iter_rows(min_row=4, max_row=83, values_only=True)] == [
        s.name if s.open else f"{s.name} (closed)" for s in _large_sitrep().shelters]


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_the_screen_says_why_beds_are_free_a_day_without_a_plan_and_refuses_a_day_to_come(
        qtbot: Any, language: str, window: MainWindow) -> None:
    """Officer's walk: the report showed beds free beside persons "without a bed tonight"
    with no word of why; a day before the plan showed 0 booked, said only in the page's
    subtitle; a day still to come was shown (evacplan sitrep --date refuses it, e67ec89).
    The screen says under its bar why those persons have no bed (the reasons add up to
    the report's figure, the free beds' shelters named with whom they do not take),
    that no plan was in use on a day before the plan, and refuses a day to come."""
    from planner.beds_tonight import beds_tonight
    from planner.planning import service
    from planner.sitrep.day import operation_today
    from planner.words.render import date_text
    from ui.i18n import tr
    from ui.plan_words import QT_WORDS, number

    operation = window.context.operation
    assert operation is not None
    service.solve_and_store(operation, service.PlanningOptions(time_limit=20, publish=True))
    page = _open(qtbot, window)

    def show(day: dt.date) -> list[str]:
        type_text(page.day_field, day.strftime("%d/%m/%Y"))  # noqa: F405 - ui_support
        click(page.show_button)  # noqa: F405 - ui_support
        return page.notice.text().splitlines() if page.notice.isVisible() else []

    day = demo.DEMO_START + dt.timedelta(days=4)
    lines = show(day)
    with operation.session() as session:
        beds = beds_tonight(session, compute_sitrep(session, day))
    assert page.sitrep is not None and page.sitrep.day == day
    assert beds.without == page.sitrep.without_bed > 0 and beds.free > 0
    head = (tr("{count} persons are without a bed tonight while {free} beds are free:")
            .format(count=number(beds.without), free=number(beds.free)))
    assert head in lines, lines
    marker = tr("{count} of them: no plan was in use").split(":")[0].replace("{count} ", "")
    of_them = re.compile(r"^  - ([\d.,]+) " + re.escape(marker) + ":")
    parts = [int(re.sub(r"\D", "", m.group(1))) for m in map(of_them.match, lines) if m]
    assert sum(parts) == beds.without, lines
    for shelter in beds.shelters:
        if shelter.not_taken or shelter.full_on_a_night:
            assert any(shelter.name in line and number(shelter.not_taken) in line
                       for line in lines), lines

    before = demo.DEMO_START - dt.timedelta(days=1)  # the plan starts on DEMO_START
    lines = show(before)
    assert page.sitrep is not None and page.sitrep.plan_id is None
    assert lines[0].startswith(tr("No plan was in use on {day}: the report shows no seats "
                                  "booked and no beds used on it.").format(
        day=date_text(before, QT_WORDS))), lines

    with operation.session() as session:
        today = operation_today(session)
    to_come = today + dt.timedelta(days=3)
    lines = show(to_come)
    assert lines == [tr("No situation report of {day}: that day is still to come (today is "
                        "{today} where the operation is), and a report counts what has "
                        "happened by the end of its day. Choose today or an earlier day.")
                     .format(day=date_text(to_come, QT_WORDS),
                             today=date_text(today, QT_WORDS))]
    assert page.sitrep is None and page.page_view.pixmap().isNull()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
