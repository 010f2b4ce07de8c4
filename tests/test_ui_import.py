"""The Import screen: a dropped ministry workbook is checked (sheets, columns, problems by
row, a preview), its columns can be remapped, it is imported with the valid rows only, and
the rejected rows are saved for correction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from planner.protection.backup import automatic_backups
from tests.ministry_workbook import write_ministry_workbook
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers, choose, tick
from ui.main_window import MainWindow
from ui.models.import_tables import ColumnMappingModel
from ui.pages.import_page import CHECK, CHOOSE, DONE, ImportPage


def import_page(window: MainWindow) -> ImportPage:
    page = window.pages["import"]
    assert isinstance(page, ImportPage)
    return page


def test_a_dropped_workbook_is_checked_before_anything_changes(
        qtbot: Any, qtmodeltester: Any, window: MainWindow, tmp_path: Path) -> None:
    workbook = write_ministry_workbook(tmp_path / "daftar.xlsx", persons=30, bad_rows=2)
    window.handle_dropped([workbook])
    page = import_page(window)
    assert window.current_page() is page and page.stack.currentIndex() == CHECK
    check = page.check_step
    assert check.sheets.rowCount() == 1
    sheet = check.current_sheet()
    assert sheet is not None and sheet.kind is not None and sheet.header_row == 4
    fields = {check.mapping.data(check.mapping.index(r, 1)): check.mapping.data(
        check.mapping.index(r, 2), Qt.ItemDataRole.EditRole)
        for r in range(check.mapping.rowCount())}
    assert fields["Nama Lengkap"] == "full_name"
    assert fields["Jenis Kelamin (L/P)"] == "sex"
    assert fields["No. HP"] == "phone"
    rows = [(check.problems.record(r).row, check.problems.record(r).column)
            for r in range(check.problems.rowCount())]
    assert rows == [(36, "C"), (37, "D")]  # title block, header row 4, a blank row
    assert check.tabs.tabText(0) == "Problems (2)"
    assert check.preview.rowCount() > 0 and check.preview.columnCount() == 8
    assert "would add 30" in check.outcome_label.text()
    # Rows with problems: nothing is imported until the officer leaves them out.
    assert not check.import_button.isEnabled()
    tick(check.skip_check)
    assert check.import_button.isEnabled() and check.import_button.text() == "Import 30 persons"
    for model in (check.sheets, check.mapping, check.problems, check.preview):
        qtmodeltester.check(model)
    assert window.pages["roster"].model.rowCount() == 150  # type: ignore[attr-defined]


def test_importing_the_valid_rows_and_saving_the_rejected_ones(
        qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    workbook = write_ministry_workbook(tmp_path / "daftar.xlsx", persons=30, bad_rows=2)
    page = import_page(window)
    page.open_file(workbook)
    tick(page.check_step.skip_check)
    qtbot.mouseClick(page.check_step.import_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == DONE
    assert page.report is not None and page.report.committed
    assert window.pages["roster"].model.rowCount() == 180  # type: ignore[attr-defined]
    assert "Imported daftar.xlsx" in page.done_step.title.text()
    operation = window.operation
    assert operation is not None and operation.path is not None
    assert automatic_backups(operation.path)  # a copy from before the import
    answers.save_file = tmp_path / "to correct"
    qtbot.mouseClick(page.done_step.rejects_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "to correct.xlsx"
    assert saved.exists()
    sheet = load_workbook(saved).worksheets[0]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any("31/02/1990" in t for t in texts)
    assert answers.asked[-1][0] == "inform"
    # Importing the same file again adds nobody: the persons are matched and unchanged.
    page.restart()
    page.open_file(workbook)
    assert "would add 0" in page.check_step.outcome_label.text()


def test_columns_of_an_unrecognised_sheet_are_chosen_by_the_officer(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    workbook = write_ministry_workbook(tmp_path / "odd.xlsx", persons=12, bad_rows=0,
                                       name_header="Identitas")
    page = import_page(window)
    page.open_file(workbook)
    check = page.check_step
    assert page.stack.currentIndex() == CHECK
    sheet = check.current_sheet()
    assert sheet is not None and sheet.kind is None
    assert "Not recognised" in check.missing_label.text()
    assert check.preview.columnCount() == 9  # row number and columns A to H, by letter
    assert not check.import_button.isEnabled()
    choose(check.kind_choice, "persons")
    check.kind_choice.activated.emit(check.kind_choice.currentIndex())
    sheet = check.current_sheet()
    assert sheet is not None and sheet.kind is not None and sheet.missing_required == [
        "full_name"]
    assert "Full name" in check.missing_label.text()
    mapping = check.mapping
    row = next(r for r in range(mapping.rowCount())
               if mapping.data(mapping.index(r, 1)) == "Identitas")
    assert mapping.flags(mapping.index(row, ColumnMappingModel.FIELD)) & \
        Qt.ItemFlag.ItemIsEditable
    assert mapping.setData(mapping.index(row, ColumnMappingModel.FIELD), "full_name")
    assert page.mapping is not None and page.mapping.columns == {"Identitas": "full_name"}
    assert check.current_sheet() is not None
    assert check.import_button.isEnabled() and check.import_button.text() == "Import 12 persons"
    assert mapping.data(mapping.index(row, ColumnMappingModel.HOW)) == "chosen by you"
    qtbot.mouseClick(check.import_button, Qt.MouseButton.LeftButton)
    assert page.report is not None and page.report.committed
    assert window.pages["roster"].model.rowCount() == 162  # type: ignore[attr-defined]


def test_a_file_that_is_no_roster_is_explained(qtbot: Any, window: MainWindow,
                                               answers: Answers, tmp_path: Path) -> None:
    junk = tmp_path / "notes.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(200))  # a damaged zip package
    page = import_page(window)
    window.show_page("import")
    answers.open_file = junk
    qtbot.mouseClick(page.choose_step.choose_button, Qt.MouseButton.LeftButton)
    assert answers.asked and answers.asked[-1][0] == "warn"
    assert "damaged" in answers.asked[-1][1]
    assert page.stack.currentIndex() == CHOOSE
    assert window.pages["roster"].model.rowCount() == 150  # type: ignore[attr-defined]


def test_the_blank_template_is_saved(qtbot: Any, window: MainWindow, answers: Answers,
                                     tmp_path: Path) -> None:
    page = import_page(window)
    window.show_page("import")
    answers.save_file = tmp_path / "template"
    qtbot.mouseClick(page.choose_step.template_button, Qt.MouseButton.LeftButton)
    names = load_workbook(tmp_path / "template.xlsx").sheetnames
    assert {"Persons", "Flights", "Shelters", "Document slots"} <= set(names)


def test_a_roster_dropped_without_an_operation_asks_for_one(
        qtbot: Any, preferences: Any, answers: Answers, tmp_path: Path) -> None:
    from ui.tasks import SynchronousTaskRunner

    main = MainWindow(None, preferences=preferences, tasks=SynchronousTaskRunner())
    qtbot.addWidget(main)
    main.handle_dropped([write_ministry_workbook(tmp_path / "daftar.xlsx", persons=3)])
    assert answers.asked and "Open or create an operation first" in answers.asked[-1][1]
    assert import_page(main).stack.currentIndex() == CHOOSE
    main.close()


def test_one_import_changes_the_columns_of_one_sheet(
        qtbot: Any, window: MainWindow, answers: Answers, tmp_path: Path) -> None:
    workbook = write_ministry_workbook(tmp_path / "two.xlsx", persons=5, bad_rows=0,
                                       name_header="Identitas")
    book = load_workbook(workbook)
    book.copy_worksheet(book.worksheets[0]).title = "Gelombang 3"
    book.save(workbook)
    page = import_page(window)
    page.open_file(workbook)
    check = page.check_step
    assert check.sheets.rowCount() == 2
    check.kind_chosen.emit("Daftar WNI", "persons")
    assert page.mapping is not None and page.mapping.sheet == "Daftar WNI"
    answers.confirm_answer = False  # keep the changes made to the first sheet
    check.kind_chosen.emit("Gelombang 3", "persons")
    assert answers.asked[-1][0] == "confirm" and "Daftar WNI" in answers.asked[-1][1]
    assert page.mapping.sheet == "Daftar WNI"
    answers.confirm_answer = True
    check.kind_chosen.emit("Gelombang 3", "persons")
    assert page.mapping is not None and page.mapping.sheet == "Gelombang 3"
    sheet = check.current_sheet()
    assert sheet is not None and sheet.name == "Gelombang 3" and sheet.kind is not None
